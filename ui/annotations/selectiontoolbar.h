#pragma once

#include "model/highlightcolour.h"

#include <QFrame>
#include <QPointer>

namespace Colloquy {

class SpeechView;

/**
 * The small bar that floats above a selection in a speech: one swatch per
 * highlight colour, Note and Tag. Its buttons never take the focus, so the
 * selection and the keyboard stay in the speech. It follows the selection of
 * one SpeechView and hides when there is none or the view loses the focus.
 *
 * It lives on the view's window, not inside the view, so a narrow pane does
 * not clip it; it is deleted with the view.
 */
class SelectionToolBar : public QFrame
{
    Q_OBJECT
public:
    explicit SelectionToolBar(SpeechView *view);

    SpeechView *view() const;

    /// Places the bar above the view's selection and shows it; hides it without one.
    void follow();

Q_SIGNALS:
    void highlightRequested(HighlightColour colour);
    void noteRequested();
    void tagRequested();

private:
    QPointer<SpeechView> m_view; // null once the view is gone, before this is
};

} // namespace Colloquy
