#pragma once

#include "actions.h"
#include "model/highlightcolour.h"
#include "model/highlightspan.h"

#include <QColor>
#include <QHash>

#include <QObject>
#include <QPointer>

#include <optional>

class QKeyEvent;
class QMenu;

namespace Colloquy {

class Annotations;
class ArticleView;
class NoteEditor;
class SpeakerPane;
class TagPicker;

/**
 * Highlighting in the article view: turns the reader's selections, keys and
 * context menus into Annotations calls, and shows the article's highlights
 * in the speaker panes again whenever the store reports a change (an edit
 * here, an undo, another window).
 *
 * Every edit goes through Annotations, so each is one step on its undo
 * stack. Refusals (no selection, a selection across turns) come out as
 * statusMessage(). Owns nothing it is given; all must outlive it.
 */
class HighlightController : public QObject
{
    Q_OBJECT
public:
    HighlightController(
        Annotations *annotations, ArticleView *view, Actions *actions, QObject *parent = nullptr);
    ~HighlightController() override;

    /// The article the view now shows (after ArticleView::setArticle()); 0 for none.
    void setArticle(qint64 articleId);
    qint64 articleId() const;

    /// The colour `H` highlights in.
    HighlightColour currentColour() const;
    void setCurrentColour(HighlightColour colour);

    /// Highlights the selection of the focused pane in the current colour;
    /// false, with a statusMessage(), when there is nothing to highlight.
    bool highlightSelection();
    /// Removes the innermost highlight at the focused pane's cursor.
    bool removeHighlightAtCursor();
    /// Opens the tag picker for the focused pane's selection (highlighting it
    /// first in the current colour) or for the highlight at its cursor.
    bool tagSelection();
    /// Opens the note editor the same way.
    bool editNote();
    /// Shows the highlight: makes its pane current, scrolls to it, selects
    /// its text and focuses the pane. False when it is not shown (an orphan).
    bool revealHighlight(qint64 highlightId);
    /// Re-attaches the highlight (an orphan) to the text selected last in a
    /// pane, which keeps its selection when the focus moves to the sidebar;
    /// one undo step. False, with a statusMessage(), without such a selection.
    bool reattachToSelection(qint64 highlightId);
    /// Gives the highlight another colour: one undo step, never a new
    /// highlight. The sidebar, the context menu, the selection bar and the
    /// colour keys on a chosen highlight all come here.
    bool recolourHighlight(qint64 highlightId, HighlightColour colour);

    TagPicker *tagPicker() const;
    NoteEditor *noteEditor() const;

Q_SIGNALS:
    void currentColourChanged(HighlightColour colour);
    void statusMessage(const QString &message);
    /// A claim was chosen in a pane's coding strip (and is shown selected there).
    void claimChosen(qint64 highlightId);

protected:
    /// On the speeches: colour keys on a chosen highlight, and hover tooltips.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Connects the panes the view shows now (a new article, another layout).
    void wirePanes();
    void wirePane(SpeakerPane *pane);
    SpeakerPane *paneOf(const QObject *speechOrViewport) const;
    void render();
    /// The highlight the reader has chosen in `pane`: the selection when it
    /// is exactly one highlight (as the sidebar selects one), else the one
    /// the caret is strictly inside.
    std::optional<HighlightSpan> selectedHighlight(SpeakerPane *pane) const;
    /// A swatch of the selection bar: recolours a chosen highlight, else highlights.
    void applyColour(SpeakerPane *pane, HighlightColour colour);
    std::optional<HighlightColour> colourKey(const QKeyEvent *event) const;
    void showToolTip(SpeakerPane *pane, const QPoint &viewportPos, const QPoint &globalPos);
    /// The highlight's themes and note as rich text; empty when it has neither.
    QString toolTipText(qint64 highlightId) const;
    SpeakerPane *focusedPane() const;
    std::optional<qint64> highlightIn(SpeakerPane *pane, HighlightColour colour);
    /// The selection's new highlight, else the highlight at the cursor.
    std::optional<qint64> targetIn(SpeakerPane *pane);
    void openTagPicker(SpeakerPane *pane, qint64 highlightId);
    void openNoteEditor(SpeakerPane *pane, qint64 highlightId);
    QPoint popupPosition(SpeakerPane *pane, qint64 highlightId) const;
    QString shortcutText(Actions::Id id) const;
    void extendContextMenu(SpeakerPane *pane, QMenu *menu, int position);

    Annotations *m_annotations;
    ArticleView *m_view;
    Actions *m_actions;
    qint64 m_articleId = 0;
    HighlightColour m_colour = HighlightColour::Yellow;
    bool m_rendered = false;
    QList<HighlightSpan> m_renderedHighlights;
    QHash<qint64, QList<QColor>> m_renderedClaims;
    QPointer<SpeakerPane> m_selectionPane; ///< where the reader last selected text
    TagPicker *m_tagPicker;
    NoteEditor *m_noteEditor;
};

} // namespace Colloquy
