#pragma once

#include "model/articledetails.h"
#include "model/collection.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace Colloquy {

class LibraryStore;

/**
 * Managing the library: deleting articles, editing their details (title,
 * publication, URL, date) and sorting them into collections.
 *
 * Every method is one user-level step: one transaction of the store
 * (LibraryStore::applyLibraryChange()) and one command on the session's undo
 * stack. Deleting an article keeps every row of it (text, annotations,
 * notes, collections, the profiles its speakers link to) in the undo step,
 * so undo puts it back exactly.
 *
 * Made and owned by LibrarySession, which gives it the store and the stack;
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

    /// Deletes an article with everything on it; undo puts it back.
    bool removeArticle(qint64 articleId);
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
    LibraryCatalogue(LibraryStore &store, QUndoStack &undoStack, QObject *parent);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
