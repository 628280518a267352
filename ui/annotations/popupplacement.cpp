#include "annotations/popupplacement_p.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace Colloquy {

void showPopupAt(QWidget *popup, const QPoint &globalPos, QWidget *focus)
{
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), area.left(), std::max(area.left(), area.right() - popup->width())));
        pos.setY(std::clamp(pos.y(), area.top(), std::max(area.top(), area.bottom() - popup->height())));
    }
    popup->move(pos);
    popup->show();
    popup->activateWindow();
    focus->setFocus(Qt::PopupFocusReason);
}

} // namespace Colloquy
