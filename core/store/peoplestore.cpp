// LibraryStore's people tables: person profiles and the speakers linked to them.

#include "store/librarystore_p.h"
#include "store/migrations_p.h"
#include "store/personmatcher.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace Store {

namespace {

/// A speaker without a profile yet.
struct Unlinked
{
    qint64 id = 0;
    qint64 articleId = 0;
    QString name;
};

/**
 * Links a batch of speakers to profiles for linkSpeakersToPeople(), inside
 * the caller's transaction: it reads the profiles that share a lookup key
 * with each speaker, lets the PersonMatcher choose, and keeps track of what
 * it learnt so that later speakers of the batch see the earlier ones.
 */
class SpeakerLinker
{
public:
    SpeakerLinker(Database &db, const PersonMatcher &matcher)
        : m_matcher(matcher)
        , m_db(db)
        , m_candidates(db.prepare(u"SELECT DISTINCT s.person_id FROM speaker_family_keys AS k "
                                  "JOIN speakers AS s ON s.id = k.speaker_id "
                                  "WHERE k.family_key = :key AND s.person_id IS NOT NULL"_s))
        , m_insertKey(db.prepare(
              u"INSERT OR IGNORE INTO speaker_family_keys (family_key, speaker_id) VALUES (:key, :id)"_s))
        , m_link(db.prepare(u"UPDATE speakers SET person_id = :person WHERE id = :id"_s))
    { }

    /// Links `speaker` (unless its name names nobody); `previous` as linkSpeakersToPeople() takes it.
    bool link(const Unlinked &speaker, const QHash<QString, qint64> &previous);
    /// Names each profile the batch touched after its fullest variant, unless the user named it.
    bool renameTouched();

    QString error;

private:
    /// What the library knows of a person, read when a new name shares a lookup key with them.
    struct Known
    {
        QStringList names;
        QSet<qint64> articles;
        bool namedByUser = false;
    };

    bool fail(const QString &what, const Statement &statement)
    {
        error = u"%1: %2"_s.arg(what, statement.errorText());
        return false;
    }
    /// Indexes `speaker` under `keys` and finds the profiles that share one, oldest first.
    std::optional<QList<qint64>> candidates(const Unlinked &speaker, const QStringList &keys);
    /// Reads what `person` is known by into m_known, once.
    bool load(qint64 person);
    /// The profile `speaker` goes to: one of `candidates`, else a new one.
    std::optional<qint64> choose(
        const Unlinked &speaker, const QList<qint64> &candidates, const QHash<QString, qint64> &previous);

    const PersonMatcher &m_matcher;
    Database &m_db;
    Statement m_candidates;
    Statement m_insertKey;
    Statement m_link;
    QHash<qint64, Known> m_known;
    QList<qint64> m_touched;
};

std::optional<QList<qint64>> SpeakerLinker::candidates(const Unlinked &speaker, const QStringList &keys)
{
    QList<qint64> result;
    for (const QString &key : keys) {
        if (!m_insertKey.exec({{u":key"_s, key}, {u":id"_s, speaker.id}})) {
            fail(u"cannot index the name %1"_s.arg(speaker.name), m_insertKey);
            return std::nullopt;
        }
        if (!m_candidates.exec({{u":key"_s, key}})) {
            fail(u"cannot look up profiles for %1"_s.arg(speaker.name), m_candidates);
            return std::nullopt;
        }
        while (m_candidates.next()) {
            const qint64 person = m_candidates.id(0);
            if (!result.contains(person))
                result.append(person);
        }
    }
    std::sort(result.begin(), result.end()); // oldest profile first, whatever SQLite's order
    return result;
}

bool SpeakerLinker::load(qint64 person)
{
    if (m_known.contains(person))
        return true;
    Known &entry = m_known[person];
    // From people: a profile kept across a re-import may have no speakers left for a moment.
    Statement variants = m_db.run(u"SELECT s.name, s.article_id, p.named_by_user FROM people AS p "
                                  "LEFT JOIN speakers AS s ON s.person_id = p.id WHERE p.id = :person"_s,
        {{u":person"_s, person}});
    while (variants.next()) {
        entry.namedByUser = variants.flag(2);
        if (variants.isNull(0))
            continue;
        entry.names.append(variants.text(0));
        entry.articles.insert(variants.id(1));
    }
    return variants.ok() || fail(u"cannot read profile %1"_s.arg(person), variants);
}

std::optional<qint64> SpeakerLinker::choose(
    const Unlinked &speaker, const QList<qint64> &candidates, const QHash<QString, qint64> &previous)
{
    // The profile this speaker had before a re-import (or a rename) wins over any name matching.
    const auto kept = previous.constFind(speaker.name);
    QList<PersonMatcher::Candidate> offered;
    for (const qint64 person : kept != previous.cend() ? QList<qint64> {*kept} : candidates) {
        if (!load(person))
            return std::nullopt;
        const Known &entry = m_known[person];
        offered.append({person, entry.names, entry.articles.contains(speaker.articleId)});
    }
    if (kept != previous.cend())
        return *kept;
    if (const qint64 person = m_matcher.match(speaker.name, offered))
        return person;

    const QString displayName = m_matcher.displayName({speaker.name});
    const Statement insert = m_db.run(u"INSERT INTO people (display_name, named_by_user) VALUES (:name, 0)"_s,
        {{u":name"_s, displayName.isEmpty() ? speaker.name.simplified() : displayName}});
    if (!insert.ok()) {
        fail(u"cannot create a profile for %1"_s.arg(speaker.name), insert);
        return std::nullopt;
    }
    m_known.insert(insert.insertedId(), {});
    return insert.insertedId();
}

bool SpeakerLinker::link(const Unlinked &speaker, const QHash<QString, qint64> &previous)
{
    const QStringList keys = m_matcher.lookupKeys(speaker.name);
    if (keys.isEmpty())
        return true; // `Q`, `GT`, `Moderator`: nobody's profile
    const std::optional<QList<qint64>> found = candidates(speaker, keys);
    if (!found)
        return false;
    const std::optional<qint64> person = choose(speaker, *found, previous);
    if (!person)
        return false;
    if (!m_link.exec({{u":person"_s, *person}, {u":id"_s, speaker.id}}))
        return fail(u"cannot link %1 to a profile"_s.arg(speaker.name), m_link);
    Known &entry = m_known[*person];
    entry.names.append(speaker.name);
    entry.articles.insert(speaker.articleId);
    if (!m_touched.contains(*person))
        m_touched.append(*person);
    return true;
}

bool SpeakerLinker::renameTouched()
{
    Statement rename = m_db.prepare(u"UPDATE people SET display_name = :name WHERE id = :id"_s);
    for (const qint64 person : std::as_const(m_touched)) {
        const Known &entry = m_known[person];
        if (entry.namedByUser)
            continue;
        if (!rename.exec({{u":name"_s, m_matcher.displayName(entry.names)}, {u":id"_s, person}}))
            return fail(u"cannot name profile %1"_s.arg(person), rename);
    }
    return true;
}

} // namespace

bool linkSpeakersToPeople(Database &db, const PersonMatcher *matcher, qint64 articleId, QString *error,
    const QHash<QString, qint64> &previous)
{
    if (!matcher)
        return true;
    QList<Unlinked> unlinked;
    {
        Statement query = articleId > 0
            ? db.run(u"SELECT id, article_id, name FROM speakers WHERE person_id IS NULL "
                     "AND article_id = :article ORDER BY ordinal"_s,
                  {{u":article"_s, articleId}})
            : db.run(u"SELECT id, article_id, name FROM speakers WHERE person_id IS NULL "
                     "ORDER BY article_id, ordinal"_s);
        while (query.next())
            unlinked.append({query.id(0), query.id(1), query.text(2)});
        if (!query.ok()) {
            *error = u"cannot read the speakers: %1"_s.arg(query.errorText());
            return false;
        }
    }

    SpeakerLinker linker(db, *matcher);
    for (const Unlinked &speaker : std::as_const(unlinked)) {
        if (!linker.link(speaker, previous)) {
            *error = linker.error;
            return false;
        }
    }
    if (!linker.renameTouched()) {
        *error = linker.error;
        return false;
    }
    return true;
}

bool refreshPeople(Database &db, const PersonMatcher *matcher, const QList<qint64> &people, QString *error)
{
    const auto fail = [error](const QString &what, const Statement &statement) {
        *error = u"%1: %2"_s.arg(what, statement.errorText());
        return false;
    };
    for (const qint64 person : people) {
        QStringList names;
        bool namedByUser = false;
        {
            Statement variants = db.run(u"SELECT s.name, p.named_by_user FROM speakers AS s JOIN people AS p "
                                        "ON p.id = s.person_id WHERE s.person_id = :person ORDER BY s.id"_s,
                {{u":person"_s, person}});
            while (variants.next()) {
                namedByUser = variants.flag(1);
                names.append(variants.text(0));
            }
            if (!variants.ok())
                return fail(u"cannot read profile %1"_s.arg(person), variants);
        }
        if (names.isEmpty()) {
            const Statement remove = db.run(u"DELETE FROM people WHERE id = :id"_s, {{u":id"_s, person}});
            if (!remove.ok())
                return fail(u"cannot update profile %1"_s.arg(person), remove);
            continue;
        }
        const QString displayName = namedByUser || !matcher ? QString() : matcher->displayName(names);
        if (displayName.isEmpty())
            continue;
        const Statement rename = db.run(u"UPDATE people SET display_name = :name WHERE id = :id"_s,
            {{u":name"_s, displayName}, {u":id"_s, person}});
        if (!rename.ok())
            return fail(u"cannot update profile %1"_s.arg(person), rename);
    }
    return true;
}

} // namespace Store

Result<QList<PersonProfile>> LibraryStore::Private::readPeople(qint64 personId) const
{
    const QString select =
        u"SELECT p.id, p.display_name, p.named_by_user, s.id, s.article_id, a.title, a.source_path, "
        "a.imported_at, s.name, s.bio FROM people AS p "
        "JOIN speakers AS s ON s.person_id = p.id "
        "JOIN articles AS a ON a.id = s.article_id AND a.trashed_at IS NULL "_s;
    const QString order = u" ORDER BY p.display_name COLLATE NOCASE, p.id, a.imported_at, a.id, s.ordinal"_s;
    QList<PersonProfile> result;
    const auto row = [&result](const Statement &row) {
        const qint64 id = row.id(0);
        if (result.isEmpty() || result.constLast().id != id)
            result.append(PersonProfile {id, row.text(1), row.flag(2), {}});
        PersonProfile::Appearance appearance;
        appearance.speakerId = row.id(3);
        appearance.articleId = row.id(4);
        ArticleSummary summary;
        summary.title = row.text(5);
        summary.sourcePath = row.text(6);
        appearance.articleTitle = summary.displayTitle();
        appearance.importedAt = row.time(7);
        appearance.name = row.text(8);
        appearance.bio = row.text(9);
        result.last().appearances.append(appearance);
    };
    const QString what = u"cannot read the speaker profiles"_s;
    const std::optional<Failure> failure = personId > 0
        ? each(what, select + u"WHERE p.id = :id"_s + order, {{u":id"_s, personId}}, row)
        : each(what, select + order, {}, row);
    if (failure)
        return *failure;
    return result;
}

Result<QList<PersonProfile>> LibraryStore::people() const
{
    return d->readPeople(0);
}

Result<std::optional<PersonProfile>> LibraryStore::person(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    Result<QList<PersonProfile>> found = d->readPeople(id);
    if (found.failed())
        return Failure {found.error()};
    if (!found->isEmpty())
        return found->takeFirst();
    // A profile with no appearance left (its article was removed meanwhile) reads as a bare row.
    return d->one(u"cannot read profile %1"_s.arg(id),
        u"SELECT display_name, named_by_user FROM people WHERE id = :id"_s, {{u":id"_s, id}},
        [id](const Statement &row) {
            return PersonProfile {id, row.text(0), row.flag(1), {}};
        });
}

Result<std::optional<qint64>> LibraryStore::personOfSpeaker(qint64 speakerId) const
{
    return d->one(u"cannot read speaker %1"_s.arg(speakerId),
        u"SELECT person_id FROM speakers WHERE id = :id"_s, {{u":id"_s, speakerId}},
        [](const Statement &row) { return row.id(0); });
}

bool LibraryStore::applyPeopleChange(PeopleChange &change)
{
    Store::Transaction transaction(d->db);
    if (!d->beginRowChange(transaction, u"speaker profiles"_s))
        return false;
    // In the order PeopleChange documents.
    const std::optional<qint64> firstNew = d->putPeople(change.putPeople);
    const bool newAttribute = !change.putAttributes.isEmpty() && change.putAttributes.constFirst().id <= 0;
    if (!firstNew || !d->putAttributes(change.putAttributes) || !d->linkPeople(change.links, *firstNew) ||
        !d->removeValues(change.removeValues) ||
        !d->putValues(change.putValues, newAttribute ? change.putAttributes.constFirst().id : 0) ||
        !d->forEachId(
            change.removePeople, u"DELETE FROM people WHERE id = :id"_s, u"cannot remove profile %1"_s) ||
        !d->removeAttributes(change.removeAttributes) ||
        !d->commit(transaction, u"cannot save speaker profiles"_s))
        return false;
    d->announce(u"people"_s, [this] { Q_EMIT peopleChanged(); });
    return true;
}

std::optional<qint64> LibraryStore::Private::putPeople(QList<PeopleChange::Person> &people)
{
    const auto isNew = [](const PeopleChange::Person &person) {
        return person.id <= 0;
    };
    const qsizetype firstNew = std::find_if(people.cbegin(), people.cend(), isNew) - people.cbegin();
    if (!upsertEach(
            people,
            u"INSERT INTO people (id, display_name, named_by_user) VALUES (:id, :name, :user) "
            "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
            "named_by_user = excluded.named_by_user"_s,
            [](Statement &s, const PeopleChange::Person &person) {
                return s.exec({{u":id"_s, Store::idOrNull(person.id)}, {u":name"_s, person.displayName},
                    {u":user"_s, person.namedByUser ? 1 : 0}});
            },
            [](const PeopleChange::Person &person) {
                return u"cannot save profile '%1'"_s.arg(person.displayName);
            }))
        return std::nullopt;
    // Links to person 0 go to the first new profile, or else to the first put.
    if (people.isEmpty())
        return 0;
    return people.at(firstNew < people.size() ? firstNew : 0).id;
}

bool LibraryStore::Private::linkPeople(QList<PeopleChange::Link> &links, qint64 firstNew)
{
    for (PeopleChange::Link &link : links) {
        if (link.personId <= 0)
            link.personId = firstNew;
        if (link.personId <= 0)
            return fail(u"cannot link speaker %1: no profile to link to"_s.arg(link.speakerId));
    }
    return forEach(
        links, u"UPDATE speakers SET person_id = :person WHERE id = :id"_s,
        [](Statement &s, const PeopleChange::Link &link) {
            return s.exec({{u":person"_s, link.personId}, {u":id"_s, link.speakerId}});
        },
        [](const PeopleChange::Link &link) {
            return u"cannot link speaker %1 to profile %2"_s.arg(link.speakerId).arg(link.personId);
        });
}

} // namespace Colloquy
