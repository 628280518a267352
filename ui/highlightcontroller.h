#pragma once

#include "annotate/highlightcolour.h"

#include <QObject>

class QMenu;

namespace Colloquy {

class Actions;
class Annotations;
class ArticleView;
class SpeakerPane;

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

Q_SIGNALS:
    void currentColourChanged(HighlightColour colour);
    void statusMessage(const QString &message);

private:
    void render();
    SpeakerPane *focusedPane() const;
    bool highlightIn(SpeakerPane *pane, HighlightColour colour);
    void extendContextMenu(SpeakerPane *pane, QMenu *menu, int position);

    Annotations *m_annotations;
    ArticleView *m_view;
    Actions *m_actions;
    qint64 m_articleId = 0;
    HighlightColour m_colour = HighlightColour::Yellow;
};

} // namespace Colloquy
