#include "people/speakerprofiles.h"

#include "logging.h"
#include "people/personname.h"
#include "store/librarystore.h"

#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// One profile edit: the change that does it and the change that undoes it.
class PeopleCommand : public QUndoCommand
{
public:
    PeopleCommand(LibraryStore *store, const QString &text, PeopleChange redo, PeopleChange undo)
        : QUndoCommand(text)
        , m_store(store)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    { }

    void redo() override
    {
        // The edit was applied before the push, so the method could report a failure.
        if (m_applied) {
            m_applied = false;
            return;
        }
        applyOrWarn(m_redo);
    }
    void undo() override { applyOrWarn(m_undo); }

private:
    void applyOrWarn(PeopleChange &change)
    {
        if (!m_store->applyPeopleChange(change))
            qCWarning(lcStore).noquote() << "cannot" << (&change == &m_undo ? "undo" : "redo") << text()
                                         << ":" << m_store->errorString();
    }

    LibraryStore *m_store;
    PeopleChange m_redo;
    PeopleChange m_undo;
    bool m_applied = true;
};

PeopleChange::Person rowOf(const PersonProfile &profile)
{
    return {profile.id, profile.displayName, profile.namedByUser};
}

/// The fullest of the names the appearances printed; `fallback` when none reads as a person.
QString fullestName(const QList<PersonProfile::Appearance> &appearances, const QString &fallback)
{
    QList<PersonName> names;
    for (const PersonProfile::Appearance &appearance : appearances) {
        if (auto name = PersonName::parse(appearance.name))
            names.append(*name);
    }
    const qsizetype best = PersonName::fullest(names);
    return best < 0 ? fallback : names.at(best).printed;
}

} // namespace

struct SpeakerProfiles::Private
{
    LibraryStore *store = nullptr;
    QUndoStack *stack = nullptr;
    QString error;

    bool fail(const QString &message)
    {
        error = message;
        qCDebug(lcStore).noquote() << "refused:" << message;
        return false;
    }

    std::optional<PersonProfile> profile(qint64 id)
    {
        std::optional<PersonProfile> result = store->person(id);
        if (!result)
            fail(store->errorString().isEmpty() ? u"there is no speaker profile %1"_s.arg(id)
                                                : store->errorString());
        return result;
    }

    /// Applies `redo` and, when that committed, pushes it with its inverse.
    bool commit(const QString &text, PeopleChange &redo, PeopleChange undo)
    {
        if (!store->applyPeopleChange(redo))
            return fail(store->errorString());
        stack->push(new PeopleCommand(store, text, redo, std::move(undo)));
        return true;
    }
};

SpeakerProfiles::SpeakerProfiles(LibraryStore *store, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    Q_ASSERT(store);
    d->store = store;
    d->stack = undoStack ? undoStack : new QUndoStack(this);
}

SpeakerProfiles::~SpeakerProfiles() = default;

QUndoStack *SpeakerProfiles::undoStack() const
{
    return d->stack;
}

QString SpeakerProfiles::errorString() const
{
    return d->error;
}

bool SpeakerProfiles::mergeProfiles(qint64 from, qint64 into)
{
    d->error.clear();
    if (from == into)
        return d->fail(u"cannot merge speaker profile %1 into itself"_s.arg(from));
    const std::optional<PersonProfile> source = d->profile(from);
    if (!source)
        return false;
    const std::optional<PersonProfile> target = d->profile(into);
    if (!target)
        return false;

    PeopleChange::Person merged = rowOf(*target);
    if (!target->namedByUser) {
        if (source->namedByUser) {
            merged.displayName = source->displayName;
            merged.namedByUser = true;
        } else {
            merged.displayName = fullestName(target->appearances + source->appearances, target->displayName);
        }
    }

    PeopleChange redo;
    PeopleChange undo;
    redo.putPeople = {merged};
    undo.putPeople = {rowOf(*source), rowOf(*target)};
    for (const PersonProfile::Appearance &appearance : source->appearances) {
        redo.links.append({appearance.speakerId, into});
        undo.links.append({appearance.speakerId, from});
    }
    redo.removePeople = {from};
    return d->commit(tr("Merge speaker profiles"), redo, undo);
}

std::optional<qint64> SpeakerProfiles::splitAppearance(qint64 speakerId)
{
    d->error.clear();
    const std::optional<qint64> personId = d->store->personOfSpeaker(speakerId);
    if (!personId) {
        d->fail(d->store->errorString().isEmpty() ? u"there is no speaker %1"_s.arg(speakerId)
                                                  : d->store->errorString());
        return std::nullopt;
    }
    if (*personId == 0) {
        d->fail(u"speaker %1 names nobody in particular (a label such as Q or an outlet), so it has no "
                "profile to split"_s.arg(speakerId));
        return std::nullopt;
    }
    const std::optional<PersonProfile> profile = d->profile(*personId);
    if (!profile)
        return std::nullopt;
    QList<PersonProfile::Appearance> staying;
    PersonProfile::Appearance leaving;
    for (const PersonProfile::Appearance &appearance : profile->appearances) {
        if (appearance.speakerId == speakerId)
            leaving = appearance;
        else
            staying.append(appearance);
    }
    if (staying.isEmpty()) {
        d->fail(u"'%1' is the only appearance of profile %2; there is nothing to split it from"_s
                    .arg(leaving.name)
                    .arg(profile->id));
        return std::nullopt;
    }

    PeopleChange::Person rest = rowOf(*profile);
    if (!profile->namedByUser)
        rest.displayName = fullestName(staying, profile->displayName);

    PeopleChange redo;
    redo.putPeople = {PeopleChange::Person {0, leaving.name, false}, rest};
    redo.links = {{speakerId, 0}};
    if (!d->store->applyPeopleChange(redo)) {
        d->fail(d->store->errorString());
        return std::nullopt;
    }
    const qint64 newId = redo.putPeople.constFirst().id;
    PeopleChange undo;
    undo.putPeople = {rowOf(*profile)};
    undo.links = {{speakerId, profile->id}};
    undo.removePeople = {newId};
    d->stack->push(new PeopleCommand(d->store, tr("Split speaker profile"), redo, undo));
    return newId;
}

bool SpeakerProfiles::renameProfile(qint64 id, const QString &name)
{
    d->error.clear();
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return d->fail(u"a speaker profile needs a name"_s);
    const std::optional<PersonProfile> profile = d->profile(id);
    if (!profile)
        return false;
    if (profile->namedByUser && profile->displayName == trimmed)
        return true;
    PeopleChange redo;
    redo.putPeople = {PeopleChange::Person {id, trimmed, true}};
    PeopleChange undo;
    undo.putPeople = {rowOf(*profile)};
    return d->commit(tr("Rename speaker profile"), redo, undo);
}

} // namespace Colloquy
