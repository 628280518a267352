#pragma once

#include "annotate/highlightcolour.h"

#include <QFrame>

namespace Colloquy {

class SpeechView;

/**
 * The small bar that floats above a selection in a speech: one swatch per
 * highlight colour, Note and Tag. Its buttons never take the focus, so the
 * selection and the keyboard stay in the speech. It follows the selection of
 * the SpeechView it is a child of and hides when there is none.
 */
class SelectionToolBar : public QFrame
{
    Q_OBJECT
public:
    explicit SelectionToolBar(SpeechView *view);

    /// Places the bar above the view's selection and shows it; hides it without one.
    void follow();

Q_SIGNALS:
    void highlightRequested(HighlightColour colour);
    void noteRequested();
    void tagRequested();

private:
    SpeechView *m_view;
};

} // namespace Colloquy
