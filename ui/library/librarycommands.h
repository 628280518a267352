#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Colloquy {

class LibraryCatalogue;
class LibraryStore;

/**
 * What the user does to the articles of the library, with its dialogs: delete
 * (after a confirmation that counts the annotations lost), edit the details,
 * put into and take out of collections, make, rename and delete collections.
 *
 * Each step goes through LibraryCatalogue, so it is one undo step; a refusal
 * is shown as a message box on `parent`. Owned by the library panel; the
 * store and catalogue must outlive it. GUI thread only.
 */
class LibraryCommands : public QObject
{
    Q_OBJECT
public:
    LibraryCommands(LibraryStore *store, LibraryCatalogue *catalogue, QWidget *parent);

    /// Asks, then deletes; false when the user declined or it failed.
    bool deleteArticle(qint64 articleId);
    /// Opens the details dialog; false when cancelled or refused.
    bool editDetails(qint64 articleId);
    /// Asks for a name and makes a collection (with the article in it, when not 0).
    bool newCollection(qint64 articleId);
    bool renameCollection(qint64 collectionId);
    bool deleteCollection(qint64 collectionId);
    /// Fills `menu` with a checkable entry per collection for the article and "New Collection…".
    void fillCollectionsMenu(QMenu *menu, qint64 articleId);
    /// The context menu of an article in the list.
    void fillArticleMenu(QMenu *menu, qint64 articleId);

private:
    bool report(bool ok);

    LibraryStore *m_store;
    LibraryCatalogue *m_catalogue;
    QWidget *m_parent;
};

} // namespace Colloquy
