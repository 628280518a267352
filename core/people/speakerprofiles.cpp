#include "people/speakerprofiles.h"

#include "logging.h"
#include "people/personnamematcher.h"
#include "store/editservice_p.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

PeopleChange::Person rowOf(const PersonProfile &profile)
{
    return {profile.id, profile.displayName, profile.namedByUser};
}

/// The fullest of the names the appearances printed; `fallback` when none reads as a person.
QString fullestName(const QList<PersonProfile::Appearance> &appearances, const QString &fallback)
{
    QStringList names;
    for (const PersonProfile::Appearance &appearance : appearances)
        names.append(appearance.name);
    const QString fullest = PersonNameMatcher().displayName(names);
    return fullest.isEmpty() ? fallback : fullest;
}

} // namespace

struct SpeakerProfiles::Private : EditService
{
    /// The profile, or nullopt with the reason in `error`.
    std::optional<PersonProfile> profile(qint64 id)
    {
        Result<PersonProfile> result =
            store.person(id).orFailure(u"there is no speaker profile %1"_s.arg(id));
        if (result.failed()) {
            fail(result.error());
            return std::nullopt;
        }
        return *std::move(result);
    }

    /// Adds to a merge of `from` into `into` the attribute values `into` lacks
    /// (`into`'s own win) and, to its undo, `from`'s values as they were:
    /// removing `from` takes its values with it.
    bool moveAttributeValues(qint64 from, qint64 into, PeopleChange &redo, PeopleChange &undo)
    {
        const auto fromValues = store.attributeValues(from);
        const auto intoValues = store.attributeValues(into);
        if (fromValues.failed() || intoValues.failed())
            return fail(fromValues.failed() ? fromValues.error() : intoValues.error());
        for (const AttributeValue &value : *fromValues) {
            undo.putValues.append(value);
            const bool taken = std::any_of(intoValues->cbegin(), intoValues->cend(),
                [&value](const AttributeValue &v) { return v.attributeId == value.attributeId; });
            if (taken)
                continue;
            redo.putValues.append({into, value.attributeId, value.value});
            undo.removeValues.append({into, value.attributeId, {}});
        }
        return true;
    }
};

SpeakerProfiles::SpeakerProfiles(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}}))
{ }

SpeakerProfiles::~SpeakerProfiles() = default;

QUndoStack *SpeakerProfiles::undoStack() const
{
    return d->history.undoStack();
}

EditHistory *SpeakerProfiles::history() const
{
    return &d->history;
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
    if (!d->moveAttributeValues(from, into, redo, undo))
        return false;
    return d->commit(tr("Merge speaker profiles"), redo, undo);
}

std::optional<qint64> SpeakerProfiles::splitAppearance(qint64 speakerId)
{
    d->error.clear();
    const Result<qint64> personId =
        d->store.personOfSpeaker(speakerId).orFailure(u"there is no speaker %1"_s.arg(speakerId));
    if (personId.failed()) {
        d->fail(personId.error());
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
    if (!d->commitInsertion(
            tr("Split speaker profile"), redo, [&profile, speakerId](const PeopleChange &done) {
                PeopleChange undo;
                undo.putPeople = {rowOf(*profile)};
                undo.links = {{speakerId, profile->id}};
                undo.removePeople = {done.putPeople.constFirst().id};
                return undo;
            }))
        return std::nullopt;
    return redo.putPeople.constFirst().id;
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
