#include "taborder.h"

#include <QWidget>

namespace Colloquy {

namespace {
bool isTabStop(const QWidget *w, const QWidget *window)
{
    return w->window() == window && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() &&
        w->isEnabled();
}

/// The controls inside `panel` that Tab can reach, in the window's chain order.
QList<QWidget *> tabStops(QWidget *panel, QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && isTabStop(w, window))
            stops.append(w);
    }
    return stops;
}
} // namespace

QWidget *nextTabStop(const QList<QWidget *> &panels, QWidget *from, bool forward)
{
    if (!from)
        return nullptr;
    QWidget *window = from->window();
    QList<QWidget *> chain;
    for (QWidget *panel : panels) {
        if (panel && panel->isVisible() && panel->window() == window)
            chain += tabStops(panel, window);
    }
    // Inside a control (a combo box's line edit), go from the control.
    qsizetype at = -1;
    for (QWidget *w = from; w && at < 0 && w != window; w = w->parentWidget())
        at = chain.indexOf(w);
    if (at < 0 || chain.size() < 2)
        return nullptr;
    const qsizetype size = chain.size();
    return chain.at((at + (forward ? 1 : size - 1)) % size);
}

} // namespace Colloquy
