#include "reader/panesplitter_p.h"

#include <QPainter>

namespace Colloquy {

namespace {

class PaneSplitterHandle : public QSplitterHandle
{
public:
    using QSplitterHandle::QSplitterHandle;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Base));
        const QRect line = orientation() == Qt::Horizontal ? QRect(width() / 2, 0, 1, height())
                                                           : QRect(0, height() / 2, width(), 1);
        painter.fillRect(line, palette().color(QPalette::Mid));
    }
};

} // namespace

QSplitterHandle *PaneSplitter::createHandle()
{
    return new PaneSplitterHandle(orientation(), this);
}

} // namespace Colloquy
