#pragma once

class QPoint;
class QWidget;

namespace Colloquy {

/// Shows `popup` (a Qt::Popup frame) with its top-left corner at `globalPos`,
/// moved as little as needed to stay on that screen, activates it and gives
/// `focus` (one of its children) the keyboard.
void showPopupAt(QWidget *popup, const QPoint &globalPos, QWidget *focus);

} // namespace Colloquy
