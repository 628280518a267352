#pragma once

#include "model/articledetails.h"
#include "model/collection.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

class EditHistory;

/**
 * Managing the library: deleting articles, editing their details (title,
 * publication, URL, date) and sorting them into collections.
 *
 * Every method is one user-level step: one transaction of the store
 * (LibraryStore::applyLibraryChange(), applyTrashChange()) and one step of
 * the session's EditHistory, kept in the library. Deleting an article moves
 * it to the Trash, where every row of it (text, annotations, notes,
 * collections) waits, so undo or a restore puts it back exactly.
 *
 * Made and owned by LibrarySession, which gives it the history (and store);
 * use it from the thread that made the session. A refused or failed step
 * returns false (or nullopt), changes nothing and leaves one sentence for the
 * user in errorString().
 */
class LibraryCatalogue : public QObject
{
    Q_OBJECT
public:
    ~LibraryCatalogue() override;

    /// Why the last step was refused or failed.
    QString errorString() const;

    /// Moves an article to the Trash with everything on it: it leaves the
    /// library list, search, comparisons and profiles, keeping every row,
    /// until undo or restoreArticle() brings it back or the Trash is emptied.
    bool removeArticle(qint64 articleId);
    /// Brings an article back out of the Trash.
    bool restoreArticle(qint64 articleId);
    /// Writes `details` (its articleId names the article); spaces around the
    /// fields are dropped, an empty title means "the file name".
    bool setDetails(const ArticleDetails &details);
    /// Gives an article a new title, its other details unchanged.
    bool rename(qint64 articleId, const QString &title);

    /// A new collection named `name`, with `articleIds` in it; refuses an
    /// empty name or one another collection has (ignoring case).
    std::optional<qint64> addCollection(const QString &name, const QList<qint64> &articleIds = {});
    bool renameCollection(qint64 collectionId, const QString &name);
    /// Removes a collection (its articles stay in the library).
    bool removeCollection(qint64 collectionId);
    /// Puts an article in a collection, or takes it out.
    bool setInCollection(qint64 articleId, qint64 collectionId, bool in);
    /// The collection of that name (ignoring case); nullopt when there is none.
    std::optional<Collection> collectionNamed(const QString &name) const;

private:
    friend class LibrarySession;
    explicit LibraryCatalogue(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
