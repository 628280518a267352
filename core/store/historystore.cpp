// LibraryStore's undo history (`undo_steps`, migration 7) and the Trash (`articles.trashed_at`, migration 8).

#include "store/librarystore_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

Result<QList<UndoRecord>> LibraryStore::undoRecords(const QString &author) const
{
    return d->all(u"cannot read the undo history"_s,
        u"SELECT id, author, text, created_at, undone, changes FROM undo_steps WHERE author = :author "
        "ORDER BY id"_s,
        {{u":author"_s, Store::notNull(author)}}, [](const Statement &row) {
            return UndoRecord {row.id(0), row.text(1), row.text(2), row.time(3), row.flag(4), row.bytes(5)};
        });
}

std::optional<qint64> LibraryStore::addUndoRecord(const UndoRecord &record, int keep)
{
    const QString what = u"cannot save the undo history"_s;
    Store::Transaction transaction(d->db);
    if (!d->startWrite() || !d->begin(transaction, what))
        return std::nullopt;
    const QString author = Store::notNull(record.author);
    qint64 id = 0;
    {
        const Statement insert = d->exec(what,
            u"INSERT INTO undo_steps (author, text, created_at, undone, changes) "
            "VALUES (:author, :text, :created, 0, :changes)"_s,
            {{u":author"_s, author}, {u":text"_s, Store::notNull(record.text)},
                {u":created"_s, Store::timeText(record.created)}, {u":changes"_s, record.changes}});
        if (!insert)
            return std::nullopt;
        id = insert.insertedId();
    }
    // A new step ends the redo of the undone ones; the oldest beyond `keep` go.
    if (!d->exec(what, u"DELETE FROM undo_steps WHERE author = :author AND undone = 1"_s,
            {{u":author"_s, author}}) ||
        !d->exec(what,
            u"DELETE FROM undo_steps WHERE author = :author AND id <= (SELECT id FROM undo_steps "
            "WHERE author = :author2 ORDER BY id DESC LIMIT 1 OFFSET :keep)"_s,
            {{u":author"_s, author}, {u":author2"_s, author}, {u":keep"_s, keep}}) ||
        !d->commit(transaction, what))
        return std::nullopt;
    return id;
}

bool LibraryStore::updateUndoRecord(qint64 id, const QByteArray &changes, const QString &author)
{
    const QString what = u"cannot save the undo history"_s;
    Store::Transaction transaction(d->db);
    return d->startWrite() && d->begin(transaction, what) &&
        d->exec(what, u"UPDATE undo_steps SET changes = :changes WHERE id = :id"_s,
            {{u":changes"_s, changes}, {u":id"_s, id}}) &&
        d->exec(what, u"DELETE FROM undo_steps WHERE author = :author AND undone = 1"_s,
            {{u":author"_s, Store::notNull(author)}}) &&
        d->commit(transaction, what);
}

Result<std::optional<bool>> LibraryStore::undoRecordUndone(qint64 id) const
{
    return d->one(u"cannot read the undo history"_s, u"SELECT undone FROM undo_steps WHERE id = :id"_s,
        {{u":id"_s, id}}, [](const Statement &row) { return row.flag(0); });
}

bool LibraryStore::setUndoRecordUndone(qint64 id, bool undone)
{
    const QString what = u"cannot save the undo history"_s;
    Store::Transaction transaction(d->db);
    return d->startWrite() && d->begin(transaction, what) &&
        d->exec(what, u"UPDATE undo_steps SET undone = :undone WHERE id = :id"_s,
            {{u":undone"_s, undone ? 1 : 0}, {u":id"_s, id}}) &&
        d->commit(transaction, what);
}

bool LibraryStore::applyTrashChange(TrashChange &change)
{
    const QString what = change.trashedAt.isValid()
        ? u"cannot move article %1 to the Trash"_s.arg(change.articleId)
        : u"cannot restore article %1"_s.arg(change.articleId);
    Store::Transaction transaction(d->db);
    if (!d->startWrite() || !d->begin(transaction, what))
        return false;
    {
        const Statement update = d->exec(what, u"UPDATE articles SET trashed_at = :at WHERE id = :id"_s,
            {{u":at"_s,
                 change.trashedAt.isValid() ? QVariant(Store::timeText(change.trashedAt)) : QVariant()},
                {u":id"_s, change.articleId}});
        if (!update)
            return false;
        if (update.rowsAffected() < 1)
            return d->fail(u"there is no article %1 in the library"_s.arg(change.articleId));
    }
    if (!d->commit(transaction, what))
        return false;
    const qint64 id = change.articleId;
    if (change.trashedAt.isValid())
        d->announce(u"removed %1"_s.arg(id), [this, id] { Q_EMIT articleRemoved(id); });
    else
        d->announce(u"added %1"_s.arg(id), [this, id] { Q_EMIT articleAdded(id); });
    d->announce(u"people"_s, [this] { Q_EMIT peopleChanged(); });
    return true;
}

Result<QList<TrashedArticle>> LibraryStore::trashedArticles() const
{
    return d->all(u"cannot list the Trash"_s,
        u"SELECT id, title, source_path, trashed_at FROM articles WHERE trashed_at IS NOT NULL "
        "ORDER BY trashed_at DESC, id DESC"_s,
        {}, [](const Statement &row) {
            return TrashedArticle {row.id(0), row.text(1), row.text(2), row.time(3)};
        });
}

std::optional<int> LibraryStore::purgeTrash(const QDateTime &before)
{
    const Result<QList<TrashedArticle>> trashed = trashedArticles();
    if (trashed.failed()) {
        d->fail(trashed.error());
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const TrashedArticle &article : *trashed) {
        if (!before.isValid() || article.trashedAt < before)
            ids.append(article.id);
    }
    if (ids.isEmpty())
        return 0;
    Store::Transaction transaction(d->db);
    if (!d->startWrite() || !d->begin(transaction, u"cannot empty the Trash"_s))
        return std::nullopt;
    for (const qint64 id : std::as_const(ids)) {
        if (!removeArticle(id))
            return std::nullopt;
    }
    if (!d->commit(transaction, u"cannot empty the Trash"_s))
        return std::nullopt;
    return int(ids.size());
}

Result<std::optional<QDateTime>> LibraryStore::trashedAt(qint64 articleId) const
{
    return d->one(u"cannot read article %1"_s.arg(articleId),
        u"SELECT trashed_at FROM articles WHERE id = :id"_s, {{u":id"_s, articleId}},
        [](const Statement &row) { return row.time(0); });
}

} // namespace Colloquy
