// LibraryStore: managing the library (article details, collections, deleting
// an article and putting it back) through LibraryChange.

#include "store/librarystore_p.h"

#include <QHash>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace {

/// How a table's rows go back in.
enum class Restore
{
    Keep, ///< with their ids: something outside the article may refer to them
    Upsert, ///< over the row with that id, if it is still there (a person other articles share)
    Renumber, ///< under new ids (undo may come after a new import took the old ones)
};

/// One table of an ArticleRecord: which of its rows are the article's, and how they go back.
struct RecordPart
{
    QString table;
    QString where; ///< binds `:id`, the article
    Restore restore;
    /// Columns holding an id of a Renumber table that comes earlier, with that table.
    std::array<std::pair<QString, QString>, 1> renumbered {};
};

/// In the order the rows go back: each after the rows it refers to.
const QList<RecordPart> &recordParts()
{
    static const QList<RecordPart> parts {
        {u"people"_s, u"id IN (SELECT person_id FROM speakers WHERE article_id = :id)"_s, Restore::Upsert},
        {u"articles"_s, u"id = :id"_s, Restore::Keep},
        {u"speakers"_s, u"article_id = :id ORDER BY id"_s, Restore::Renumber},
        {u"speaker_family_keys"_s, u"speaker_id IN (SELECT id FROM speakers WHERE article_id = :id)"_s,
            Restore::Keep, {{{u"speaker_id"_s, u"speakers"_s}}}},
        {u"segments"_s, u"article_id = :id ORDER BY id"_s, Restore::Renumber,
            {{{u"speaker_id"_s, u"speakers"_s}}}},
        {u"paragraphs"_s, u"segment_id IN (SELECT id FROM segments WHERE article_id = :id) ORDER BY id"_s,
            Restore::Renumber, {{{u"segment_id"_s, u"segments"_s}}}},
        {u"highlights"_s, u"article_id = :id"_s, Restore::Keep},
        {u"notes"_s, u"highlight_id IN (SELECT id FROM highlights WHERE article_id = :id)"_s, Restore::Keep},
        {u"highlight_themes"_s, u"highlight_id IN (SELECT id FROM highlights WHERE article_id = :id)"_s,
            Restore::Keep},
        {u"article_notes"_s, u"article_id = :id"_s, Restore::Keep},
        {u"article_collections"_s, u"article_id = :id"_s, Restore::Keep},
    };
    return parts;
}

/// The INSERT that puts back one row of `part` with `columns` (`id` left out when renumbered).
QString insertSql(const RecordPart &part, const QStringList &columns)
{
    QStringList names;
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (part.restore == Restore::Renumber && columns[i] == u"id")
            continue;
        names.append(columns[i]);
        values.append(u":c%1"_s.arg(i));
    }
    // Table and column names come from recordParts() and the schema, never from input.
    QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(part.table, names.join(u", "), values.join(u", "));
    if (part.restore == Restore::Upsert) {
        QStringList updates;
        for (const QString &name : std::as_const(names))
            updates.append(u"%1 = excluded.%1"_s.arg(name));
        sql += u" ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", ");
    }
    return sql;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

Result<std::optional<ArticleRecord>> LibraryStore::articleRecord(qint64 id) const
{
    ArticleRecord record;
    record.articleId = id;
    for (const RecordPart &part : recordParts()) {
        ArticleRecord::Table table {part.table, {}, {}};
        // The table name and condition are constants of recordParts().
        if (auto failure = d->each(u"cannot read article %1"_s.arg(id),
                u"SELECT * FROM %1 WHERE %2"_s.arg(part.table, part.where), {{u":id"_s, id}},
                [&table](const Statement &row) {
                    if (table.columns.isEmpty()) {
                        for (int c = 0; c < row.columnCount(); ++c)
                            table.columns.append(row.columnName(c));
                    }
                    QVariantList values;
                    for (int c = 0; c < row.columnCount(); ++c)
                        values.append(row.value(c));
                    table.rows.append(values);
                }))
            return *failure;
        if (part.table == u"articles" && table.rows.isEmpty())
            return std::optional<ArticleRecord>();
        record.tables.append(table);
    }
    return std::optional<ArticleRecord>(record);
}

bool LibraryStore::Private::restoreArticle(const ArticleRecord &record)
{
    const QString what = u"cannot put back article %1"_s.arg(record.articleId);
    QHash<QString, QHash<qint64, qint64>> newIds; // by table: old id → new id
    for (const ArticleRecord::Table &table : record.tables) {
        const auto part = std::find_if(recordParts().cbegin(), recordParts().cend(),
            [&table](const RecordPart &p) { return p.table == table.name; });
        if (part == recordParts().cend())
            return fail(u"%1: it holds rows of an unknown table %2"_s.arg(what, table.name));
        if (table.rows.isEmpty())
            continue;
        Statement insert = db.prepare(insertSql(*part, table.columns));
        const qsizetype idColumn = table.columns.indexOf(u"id"_s);
        for (const QVariantList &row : table.rows) {
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (part->restore == Restore::Renumber && c == idColumn)
                    continue;
                QVariant value = row.value(c);
                for (const auto &[column, from] : part->renumbered) {
                    if (column == table.columns[c] && !value.isNull())
                        value = newIds[from].value(value.toLongLong(), value.toLongLong());
                }
                insert.bind(u":c%1"_s.arg(c), value);
            }
            if (!insert.exec())
                return fail(what, insert);
            if (part->restore == Restore::Renumber)
                newIds[table.name].insert(row.value(idColumn).toLongLong(), insert.insertedId());
        }
    }
    return true;
}

std::optional<qint64> LibraryStore::Private::putCollections(QList<Collection> &collections)
{
    const auto isNew = [](const Collection &collection) {
        return collection.id <= 0;
    };
    const auto firstNew =
        std::find_if(collections.cbegin(), collections.cend(), isNew) - collections.cbegin();
    if (!upsertEach(
            collections,
            u"INSERT INTO collections (id, name) VALUES (:id, :name) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name"_s,
            [](Statement &s, const Collection &collection) {
                return s.exec({{u":id"_s, Store::idOrNull(collection.id)}, {u":name"_s, collection.name}});
            },
            [](const Collection &collection) {
                return u"cannot save the collection “%1”"_s.arg(collection.name);
            }))
        return std::nullopt;
    return firstNew < collections.size() ? collections[firstNew].id : 0;
}

bool LibraryStore::Private::writeDetails(const QList<ArticleDetails> &details)
{
    QList<ArticleDetails> rows = details;
    return forEach(
        rows,
        u"UPDATE articles SET title = :title, source_name = :source, url = :url, published = :published "
        "WHERE id = :id"_s,
        [](Statement &s, const ArticleDetails &row) {
            return s.exec({{u":title"_s, row.title}, {u":source"_s, row.source}, {u":url"_s, row.url},
                       {u":published"_s, dateText(row.published)}, {u":id"_s, row.articleId}}) &&
                s.rowsAffected() == 1;
        },
        [](const ArticleDetails &row) {
            return u"cannot save the details of article %1"_s.arg(row.articleId);
        });
}

bool LibraryStore::Private::writeMemberships(
    const QList<LibraryChange::Membership> &memberships, bool add, qint64 firstNew)
{
    QList<LibraryChange::Membership> rows = memberships;
    return forEach(
        rows,
        add ? u"INSERT OR IGNORE INTO article_collections (article_id, collection_id) VALUES (:a, :c)"_s
            : u"DELETE FROM article_collections WHERE article_id = :a AND collection_id = :c"_s,
        [firstNew](Statement &s, const LibraryChange::Membership &row) {
            return s.exec(
                {{u":a"_s, row.articleId}, {u":c"_s, row.collectionId > 0 ? row.collectionId : firstNew}});
        },
        [](const LibraryChange::Membership &row) {
            return u"cannot change the collections of article %1"_s.arg(row.articleId);
        });
}

bool LibraryStore::applyLibraryChange(LibraryChange &change)
{
    Store::Transaction transaction(d->db);
    if (!d->beginRowChange(transaction, u"the library"_s))
        return false;
    // In the order LibraryChange documents.
    const std::optional<qint64> firstNew = d->putCollections(change.putCollections);
    if (!firstNew)
        return false;
    for (const ArticleRecord &record : std::as_const(change.restoreArticles)) {
        if (!d->restoreArticle(record))
            return false;
    }
    if (!d->writeDetails(change.details) || !d->writeMemberships(change.addMemberships, true, *firstNew) ||
        !d->writeMemberships(change.removeMemberships, false, *firstNew))
        return false;
    for (const qint64 id : std::as_const(change.removeArticles)) {
        if (!d->deleteArticle(id))
            return false;
    }
    if (!d->forEachId(change.removeCollections, u"DELETE FROM collections WHERE id = :id"_s,
            u"cannot remove collection %1"_s) ||
        !d->commit(transaction, u"cannot save the library"_s))
        return false;

    for (const ArticleRecord &record : std::as_const(change.restoreArticles))
        d->announce(
            u"added %1"_s.arg(record.articleId), [this, id = record.articleId] { Q_EMIT articleAdded(id); });
    QSet<qint64> changed;
    for (const ArticleDetails &details : std::as_const(change.details))
        changed.insert(details.articleId);
    for (const auto &membership : change.addMemberships + change.removeMemberships)
        changed.insert(membership.articleId);
    for (const qint64 id : std::as_const(changed))
        d->announce(u"details %1"_s.arg(id), [this, id] { Q_EMIT articleDetailsChanged(id); });
    for (const qint64 id : std::as_const(change.removeArticles))
        d->announce(u"removed %1"_s.arg(id), [this, id] { Q_EMIT articleRemoved(id); });
    if (!change.putCollections.isEmpty() || !change.removeCollections.isEmpty())
        d->announce(u"collections"_s, [this] { Q_EMIT collectionsChanged(); });
    return true;
}

Result<QList<Collection>> LibraryStore::collections() const
{
    return d->all(u"cannot list the collections"_s,
        u"SELECT id, name FROM collections ORDER BY name COLLATE NOCASE"_s, {}, [](const Statement &row) {
            return Collection {row.id(0), row.text(1)};
        });
}

Result<std::optional<ArticleDetails>> LibraryStore::articleDetails(qint64 id) const
{
    return d->one(u"cannot read article %1"_s.arg(id),
        u"SELECT title, source_name, url, published FROM articles WHERE id = :id"_s, {{u":id"_s, id}},
        [id](const Statement &row) {
            return ArticleDetails {
                id, row.text(0), row.text(1), row.text(2), QDate::fromString(row.text(3), Qt::ISODate)};
        });
}

} // namespace Colloquy
