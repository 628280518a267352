#pragma once

#include <QList>

class QWidget;

namespace Colloquy {

/**
 * The Tab order of a window made of panels: every control of `panels.at(0)`
 * (in Qt's focus chain order within it), then those of `panels.at(1)`, and so
 * on, round to the first again. Only controls shown, enabled and reached by
 * Tab count, and only in `from`'s window (a floating dock has its own order).
 *
 * Computed on each press instead of set once with QWidget::setTabOrder():
 * widgets made later (a reader's panes for each article) join the end of
 * Qt's chain, and a panel's focus proxy would pull Tab back into it.
 *
 * Returns the control after (`forward`) or before `from`; null when `from` is
 * in none of the panels, so the caller falls back to Qt's order. GUI thread.
 */
QWidget *nextTabStop(const QList<QWidget *> &panels, QWidget *from, bool forward);

} // namespace Colloquy
