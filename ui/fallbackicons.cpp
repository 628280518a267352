#include "fallbackicons_p.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Colloquy {

namespace {

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(FallbackIcon kind)
        : m_kind(kind)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const QPalette palette = QGuiApplication::palette();
        const QColor color = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
            : mode == QIcon::Selected                ? palette.color(QPalette::HighlightedText)
                                                     : palette.color(QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Draw on a 16×16 grid and let the painter scale it to the requested size.
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        QPen pen(color, 1.2);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_kind); }

private:
    void draw(QPainter *painter, const QColor &color) const
    {
        const QRectF frame(1.5, 2.5, 13, 11);
        switch (m_kind) {
        case FallbackIcon::SideBySide:
            painter->drawRoundedRect(frame, 1.5, 1.5);
            painter->drawLine(QPointF(8, 2.5), QPointF(8, 13.5));
            break;
        case FallbackIcon::Stacked:
            painter->drawRoundedRect(frame, 1.5, 1.5);
            painter->drawLine(QPointF(1.5, 8), QPointF(14.5, 8));
            break;
        case FallbackIcon::OneAtATime:
            painter->drawRoundedRect(frame, 1.5, 1.5);
            painter->drawLine(QPointF(5.5, 2.5), QPointF(5.5, 13.5));
            for (qreal y : {5.5, 8.0, 10.5})
                painter->drawLine(QPointF(3, y), QPointF(4, y));
            break;
        case FallbackIcon::Conversation:
            // Two speech bubbles, one answering the other.
            painter->drawRoundedRect(QRectF(1.5, 2, 8.5, 5.5), 1.5, 1.5);
            painter->drawLine(QPointF(3.5, 7.5), QPointF(3, 9.5));
            painter->drawRoundedRect(QRectF(6, 8.5, 8.5, 5.5), 1.5, 1.5);
            painter->drawLine(QPointF(12.5, 14), QPointF(13, 15.5));
            break;
        case FallbackIcon::ZoomIn:
        case FallbackIcon::ZoomOut:
        case FallbackIcon::ZoomReset:
        case FallbackIcon::Search:
            painter->drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
            painter->drawLine(QPointF(9.8, 9.8), QPointF(14, 14));
            if (m_kind != FallbackIcon::Search && m_kind != FallbackIcon::ZoomReset)
                painter->drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
            if (m_kind == FallbackIcon::ZoomIn)
                painter->drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
            if (m_kind == FallbackIcon::ZoomReset) {
                painter->setBrush(color);
                painter->drawEllipse(QPointF(6.5, 6.5), 1.2, 1.2);
            }
            break;
        case FallbackIcon::Library:
            for (qreal x : {2.5, 6.0})
                painter->drawRect(QRectF(x, 2.5, 2.5, 11));
            painter->drawLine(QPointF(10, 3.5), QPointF(13.5, 13));
            painter->drawLine(QPointF(12.3, 2.7), QPointF(15, 12.3));
            break;
        case FallbackIcon::Sort:
            // Lines shortening downwards beside an arrow pointing down.
            for (int i = 0; i < 4; ++i)
                painter->drawLine(QPointF(1.5, 3.5 + 3 * i), QPointF(9.5 - 2 * i, 3.5 + 3 * i));
            painter->drawLine(QPointF(13, 2.5), QPointF(13, 13.5));
            painter->drawLine(QPointF(10.5, 11), QPointF(13, 13.5));
            painter->drawLine(QPointF(15.5, 11), QPointF(13, 13.5));
            break;
        }
    }

    FallbackIcon m_kind;
};

} // namespace

QIcon fallbackIcon(FallbackIcon kind)
{
    return QIcon(new PaintedIconEngine(kind));
}

QIcon themeIcon(const QString &name, FallbackIcon fallback)
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : fallbackIcon(fallback);
}

} // namespace Colloquy
