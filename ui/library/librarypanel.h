#pragma once

#include <QWidget>

class QComboBox;
class QMenu;
class QPoint;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Colloquy {

class LibraryCatalogue;
class LibraryCommands;
class LibraryModel;
class LibraryProxyModel;
class LibraryStore;

/**
 * The library side of the main window: a filter field, a collection and an
 * order over the list of articles, and the context menu that manages them
 * (LibraryCommands: details, collections, delete).
 *
 * It reports the article the user picks; filtering the current article out of
 * view does not count as picking another one.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(LibraryStore *store, LibraryCatalogue *catalogue, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    /// The article selected in the list; 0 when there is none.
    qint64 currentArticleId() const;
    /// Selects the article, clearing a filter that hides it.
    void selectArticle(qint64 id);
    /// The article at the top of the list; 0 when the library is empty.
    qint64 firstArticleId() const;

    /// Moves the keyboard focus to the filter field and selects its text.
    void focusFilter();

    QLineEdit *filterEdit() const;
    QListView *listView() const;
    LibraryModel *model() const;
    LibraryProxyModel *proxyModel() const;
    QComboBox *collectionBox() const;
    /// The button whose menu picks the order (one checkable action per order).
    QToolButton *orderButton() const;
    LibraryCommands *commands() const;

Q_SIGNALS:
    void currentArticleChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilter();
    void setUpList();
    void setUpChoices();
    void updateEmptyHint();
    /// The collection box's entries, as stored now, keeping the choice when it is still there.
    void fillCollections();
    void showContextMenu(const QPoint &position);
    void fillCollectionMenu(QMenu *menu);

    LibraryModel *m_model;
    LibraryProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_emptyHint;
    QComboBox *m_collections;
    QToolButton *m_order;
    QToolButton *m_collectionMenu;
    LibraryStore *m_store;
    LibraryCommands *m_commands;
};

} // namespace Colloquy
