#pragma once

#include "model/highlightcolour.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace Colloquy {

class AnnotationModel;
class AnnotationProxyModel;
class LibraryStore;

/**
 * The annotation sidebar: every highlight of the shown article, grouped by
 * speaker, with its colour, quote, themes, note and anchor state (orphans in
 * their own group), filtered by text, speaker, theme and colour.
 *
 * It follows the store: every edit, undo and redo shows at once. Clicking a
 * highlight (or Enter on it) emits highlightActivated(); the window shows it
 * in its pane. On an orphan, *Re-attach Here* (a button under the list and
 * the entry's context menu) emits reattachRequested(): the window attaches
 * it to the text selected in a pane. The context menu's *Colour* and the keys
 * 1–6 on an entry emit recolourRequested().
 */
class AnnotationSidebar : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnnotationSidebar(LibraryStore *store, QWidget *parent = nullptr);
    ~AnnotationSidebar() override;

    void setArticle(qint64 articleId, const QString &articleTitle);
    /// Makes the highlight's entry current and scrolls to it, without activating it;
    /// false when it is not listed (filtered out, or the sidebar is hidden).
    bool selectHighlight(qint64 highlightId);

    AnnotationModel *model() const;
    AnnotationProxyModel *proxy() const;
    QTreeView *view() const;
    QLineEdit *textFilter() const;
    QComboBox *speakerFilter() const;
    QComboBox *themeFilter() const;
    QComboBox *colourFilter() const;
    /// Re-attach Here: enabled on an orphan.
    QAction *reattachAction() const;
    QToolButton *reattachButton() const;

Q_SIGNALS:
    void highlightActivated(qint64 highlightId);
    void reattachRequested(qint64 highlightId);
    /// The entry's context menu (Colour) or 1–6 on an entry.
    void recolourRequested(qint64 highlightId, HighlightColour colour);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Hidden, the list does not follow edits; shown, it catches up at once.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// The text, speaker, theme and colour filters.
    void setupFilters(QGridLayout *layout);
    /// The list of highlights, its count and the Re-attach Here button.
    void setupList(QGridLayout *layout);
    void connectSignals();
    void refill();
    void fillSpeakers();
    void fillThemes();
    void applyFilters();
    void activate(const QModelIndex &index);
    void updateReattach();
    void showContextMenu(const QPoint &position);

    LibraryStore *m_store;
    AnnotationModel *m_model;
    AnnotationProxyModel *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_speaker;
    QComboBox *m_theme;
    QComboBox *m_colour;
    QTreeView *m_view;
    QLabel *m_count;
    QAction *m_reattach;
    QToolButton *m_reattachButton;
};

} // namespace Colloquy
