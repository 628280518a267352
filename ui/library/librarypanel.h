#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Colloquy {

class LibraryModel;
class LibraryProxyModel;
class LibraryStore;

/**
 * The library side of the main window: a filter field over the list of
 * articles, newest first.
 *
 * It reports the article the user picks; filtering the current article out of
 * view does not count as picking another one.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(LibraryStore *store, QWidget *parent = nullptr);
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

Q_SIGNALS:
    void currentArticleChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyHint();

    LibraryModel *m_model;
    LibraryProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_emptyHint;
};

} // namespace Colloquy
