// LibraryStore's people tables: person profiles and the speakers linked to them.

#include "people/personname.h"
#include "store/librarystore_p.h"
#include "store/migrations_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString queryError(const QString &what, const QSqlQuery &query)
{
    return u"%1: %2"_s.arg(what, query.lastError().text().simplified());
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString displayNameOf(const QList<PersonName> &variants)
{
    const qsizetype best = PersonName::fullest(variants);
    return best < 0 ? QString() : variants.at(best).printed;
}

} // namespace

namespace Store {

bool linkSpeakersToPeople(
    const QSqlDatabase &db, qint64 articleId, QString *error, const QHash<QString, qint64> &previous)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    struct Unlinked
    {
        qint64 id = 0;
        qint64 articleId = 0;
        QString name;
    };
    QList<Unlinked> unlinked;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (articleId > 0) {
        query.prepare(u"SELECT id, article_id, name FROM speakers WHERE person_id IS NULL "
                      "AND article_id = :article ORDER BY ordinal"_s);
        query.bindValue(u":article"_s, articleId);
    } else {
        query.prepare(
            u"SELECT id, article_id, name FROM speakers WHERE person_id IS NULL ORDER BY article_id, ordinal"_s);
    }
    if (!query.exec())
        return fail(queryError(u"cannot read the speakers"_s, query));
    while (query.next())
        unlinked.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    query.finish();

    // What the library knows of a person, read when a new name shares a family name with them.
    struct Known
    {
        QList<PersonName> variants;
        QSet<qint64> articles;
        bool namedByUser = false;
    };
    QHash<qint64, Known> known;
    QSqlQuery candidatesQuery(db);
    candidatesQuery.setForwardOnly(true);
    candidatesQuery.prepare(u"SELECT DISTINCT s.person_id FROM speaker_family_keys AS k "
                            "JOIN speakers AS s ON s.id = k.speaker_id "
                            "WHERE k.family_key = :key AND s.person_id IS NOT NULL"_s);
    QSqlQuery variantsQuery(db);
    variantsQuery.setForwardOnly(true);
    // From people: a profile kept across a re-import may have no speakers left for a moment.
    variantsQuery.prepare(u"SELECT s.name, s.article_id, p.named_by_user FROM people AS p "
                          "LEFT JOIN speakers AS s ON s.person_id = p.id WHERE p.id = :person"_s);
    QSqlQuery insertKey(db);
    insertKey.prepare(
        u"INSERT OR IGNORE INTO speaker_family_keys (family_key, speaker_id) VALUES (:key, :id)"_s);
    QSqlQuery insertPerson(db);
    insertPerson.prepare(u"INSERT INTO people (display_name, named_by_user) VALUES (:name, 0)"_s);
    QSqlQuery link(db);
    link.prepare(u"UPDATE speakers SET person_id = :person WHERE id = :id"_s);
    QList<qint64> touched;

    for (const Unlinked &speaker : std::as_const(unlinked)) {
        const std::optional<PersonName> name = PersonName::parse(speaker.name);
        if (!name)
            continue; // `Q`, `GT`, `Moderator`: nobody's profile

        QList<qint64> candidates;
        for (const PersonName::Reading &reading : name->readings) {
            insertKey.bindValue(u":key"_s, reading.family);
            insertKey.bindValue(u":id"_s, speaker.id);
            if (!insertKey.exec())
                return fail(queryError(u"cannot index the name %1"_s.arg(speaker.name), insertKey));
            candidatesQuery.bindValue(u":key"_s, reading.family);
            if (!candidatesQuery.exec())
                return fail(
                    queryError(u"cannot look up profiles for %1"_s.arg(speaker.name), candidatesQuery));
            while (candidatesQuery.next()) {
                const qint64 person = candidatesQuery.value(0).toLongLong();
                if (!candidates.contains(person))
                    candidates.append(person);
            }
        }
        std::sort(candidates.begin(), candidates.end()); // oldest profile first, whatever SQLite's order
        if (const qint64 kept = previous.value(speaker.name))
            candidates = {kept};

        QList<qint64> fitting;
        for (const qint64 person : std::as_const(candidates)) {
            if (!known.contains(person)) {
                Known &entry = known[person];
                variantsQuery.bindValue(u":person"_s, person);
                if (!variantsQuery.exec())
                    return fail(queryError(u"cannot read profile %1"_s.arg(person), variantsQuery));
                while (variantsQuery.next()) {
                    entry.namedByUser = variantsQuery.value(2).toInt() != 0;
                    if (variantsQuery.isNull(0))
                        continue;
                    if (auto variant = PersonName::parse(variantsQuery.value(0).toString()))
                        entry.variants.append(*variant);
                    entry.articles.insert(variantsQuery.value(1).toLongLong());
                }
            }
            const Known &entry = known.value(person);
            // The profile this speaker had before a re-import; else two voices of one article are two
            // people.
            if (previous.contains(speaker.name) ||
                (!entry.articles.contains(speaker.articleId) &&
                    PersonName::matchesProfile(*name, entry.variants)))
                fitting.append(person);
        }
        // Several fit: the one that knows this exact variant, else nobody (the user can merge).
        if (fitting.size() > 1) {
            QList<qint64> exact;
            for (const qint64 person : std::as_const(fitting)) {
                if (PersonName::isKnownVariant(*name, known.value(person).variants))
                    exact.append(person);
            }
            fitting = exact;
        }

        qint64 person = 0;
        if (fitting.size() == 1) {
            person = fitting.constFirst();
        } else {
            insertPerson.bindValue(u":name"_s, name->printed);
            if (!insertPerson.exec())
                return fail(queryError(u"cannot create a profile for %1"_s.arg(speaker.name), insertPerson));
            person = insertPerson.lastInsertId().toLongLong();
            known.insert(person, {});
        }
        link.bindValue(u":person"_s, person);
        link.bindValue(u":id"_s, speaker.id);
        if (!link.exec())
            return fail(queryError(u"cannot link %1 to a profile"_s.arg(speaker.name), link));
        known[person].variants.append(*name);
        known[person].articles.insert(speaker.articleId);
        if (!touched.contains(person))
            touched.append(person);
    }

    QSqlQuery rename(db);
    rename.prepare(u"UPDATE people SET display_name = :name WHERE id = :id"_s);
    for (const qint64 person : std::as_const(touched)) {
        const Known &entry = known.value(person);
        if (entry.namedByUser)
            continue;
        rename.bindValue(u":name"_s, displayNameOf(entry.variants));
        rename.bindValue(u":id"_s, person);
        if (!rename.exec())
            return fail(queryError(u"cannot name profile %1"_s.arg(person), rename));
    }
    return true;
}

bool refreshPeople(const QSqlDatabase &db, const QList<qint64> &people, QString *error)
{
    QSqlQuery variants(db);
    variants.setForwardOnly(true);
    variants.prepare(u"SELECT s.name, p.named_by_user FROM speakers AS s "
                     "JOIN people AS p ON p.id = s.person_id WHERE s.person_id = :person ORDER BY s.id"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM people WHERE id = :id"_s);
    QSqlQuery rename(db);
    rename.prepare(u"UPDATE people SET display_name = :name WHERE id = :id"_s);
    for (const qint64 person : people) {
        variants.bindValue(u":person"_s, person);
        if (!variants.exec()) {
            if (error)
                *error = queryError(u"cannot read profile %1"_s.arg(person), variants);
            return false;
        }
        QList<PersonName> names;
        bool any = false;
        bool namedByUser = false;
        while (variants.next()) {
            any = true;
            namedByUser = variants.value(1).toInt() != 0;
            if (auto name = PersonName::parse(variants.value(0).toString()))
                names.append(*name);
        }
        QSqlQuery &q = any ? rename : remove;
        if (any && (namedByUser || names.isEmpty()))
            continue;
        if (any)
            q.bindValue(u":name"_s, displayNameOf(names));
        q.bindValue(u":id"_s, person);
        if (!q.exec()) {
            if (error)
                *error = queryError(u"cannot update profile %1"_s.arg(person), q);
            return false;
        }
    }
    return true;
}

} // namespace Store

QList<PersonProfile> LibraryStore::Private::readPeople(qint64 personId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString select =
        u"SELECT p.id, p.display_name, p.named_by_user, s.id, s.article_id, a.title, a.source_path, "
        "a.imported_at, s.name, s.bio FROM people AS p "
        "JOIN speakers AS s ON s.person_id = p.id JOIN articles AS a ON a.id = s.article_id "_s;
    const QString order = u" ORDER BY p.display_name COLLATE NOCASE, p.id, a.imported_at, a.id, s.ordinal"_s;
    if (personId > 0) {
        query.prepare(select + u"WHERE p.id = :id"_s + order);
        query.bindValue(u":id"_s, personId);
    } else {
        query.prepare(select + order);
    }
    if (!query.exec()) {
        failQuery(u"cannot read the speaker profiles"_s, query);
        return {};
    }
    QList<PersonProfile> result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != id) {
            PersonProfile profile;
            profile.id = id;
            profile.displayName = query.value(1).toString();
            profile.namedByUser = query.value(2).toInt() != 0;
            result.append(profile);
        }
        PersonProfile::Appearance appearance;
        appearance.speakerId = query.value(3).toLongLong();
        appearance.articleId = query.value(4).toLongLong();
        ArticleSummary summary;
        summary.title = query.isNull(5) ? QString() : query.value(5).toString();
        summary.sourcePath = query.isNull(6) ? QString() : query.value(6).toString();
        appearance.articleTitle = summary.displayTitle();
        appearance.importedAt = timeFromText(query.value(7).toString());
        appearance.name = query.value(8).toString();
        appearance.bio = query.isNull(9) ? QString() : query.value(9).toString();
        result.last().appearances.append(appearance);
    }
    return result;
}

QList<PersonProfile> LibraryStore::people() const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    return d->readPeople(0);
}

std::optional<PersonProfile> LibraryStore::person(qint64 id) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    if (id <= 0)
        return std::nullopt;
    QList<PersonProfile> found = d->readPeople(id);
    if (!found.isEmpty())
        return found.takeFirst();
    if (!d->error.isEmpty())
        return std::nullopt;
    // A profile with no appearance left (its article was removed meanwhile) reads as a bare row.
    QSqlQuery query(d->db);
    query.prepare(u"SELECT display_name, named_by_user FROM people WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read profile %1"_s.arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return PersonProfile {id, query.value(0).toString(), query.value(1).toInt() != 0, {}};
}

std::optional<qint64> LibraryStore::personOfSpeaker(qint64 speakerId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.prepare(u"SELECT person_id FROM speakers WHERE id = :id"_s);
    query.bindValue(u":id"_s, speakerId);
    if (!query.exec()) {
        d->failQuery(u"cannot read speaker %1"_s.arg(speakerId), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.isNull(0) ? 0 : query.value(0).toLongLong();
}

bool LibraryStore::applyPeopleChange(PeopleChange &change)
{
    d->error.clear();
    if (!isOpen())
        return d->fail(u"the library is not open"_s);

    Store::Transaction transaction(d->db);
    QString reason;
    if (!transaction.begin(&reason))
        return d->fail(u"cannot start saving speaker profiles: %1"_s.arg(reason));
    {
        QSqlQuery query(d->db);
        // Checked at COMMIT: a restored person and the speakers pointing at it arrive in either order.
        if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return d->failQuery(u"cannot save speaker profiles"_s, query);

        QSqlQuery insert(d->db);
        insert.prepare(u"INSERT INTO people (display_name, named_by_user) VALUES (:name, :user)"_s);
        QSqlQuery put(d->db);
        put.prepare(u"INSERT INTO people (id, display_name, named_by_user) VALUES (:id, :name, :user) "
                    "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, "
                    "named_by_user = excluded.named_by_user"_s);
        qint64 firstNew = 0;
        for (PeopleChange::Person &person : change.putPeople) {
            QSqlQuery &q = person.id > 0 ? put : insert;
            if (person.id > 0)
                q.bindValue(u":id"_s, person.id);
            q.bindValue(u":name"_s, person.displayName);
            q.bindValue(u":user"_s, person.namedByUser ? 1 : 0);
            if (!q.exec())
                return d->failQuery(u"cannot save profile '%1'"_s.arg(person.displayName), q);
            if (person.id <= 0) {
                person.id = q.lastInsertId().toLongLong();
                if (!firstNew)
                    firstNew = person.id;
            }
        }
        if (!firstNew && !change.putPeople.isEmpty())
            firstNew = change.putPeople.constFirst().id;

        query.prepare(u"UPDATE speakers SET person_id = :person WHERE id = :id"_s);
        for (PeopleChange::Link &link : change.links) {
            if (link.personId <= 0)
                link.personId = firstNew;
            if (link.personId <= 0)
                return d->fail(u"cannot link speaker %1: no profile to link to"_s.arg(link.speakerId));
            query.bindValue(u":person"_s, link.personId);
            query.bindValue(u":id"_s, link.speakerId);
            if (!query.exec())
                return d->failQuery(
                    u"cannot link speaker %1 to profile %2"_s.arg(link.speakerId).arg(link.personId), query);
        }

        query.prepare(u"DELETE FROM people WHERE id = :id"_s);
        for (const qint64 id : std::as_const(change.removePeople)) {
            query.bindValue(u":id"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot remove profile %1"_s.arg(id), query);
        }
    }
    if (!transaction.commit(&reason))
        return d->fail(u"cannot save speaker profiles: %1"_s.arg(reason));
    Q_EMIT peopleChanged();
    return true;
}

} // namespace Colloquy
