#include "reader/highlightstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Colloquy::HighlightStyle {

namespace {
// How much of the swatch shows through: enough to see at a glance, little
// enough that text keeps its contrast. Dark bases need a little more.
constexpr float LightAlpha = 0.38f;
constexpr float DarkAlpha = 0.42f;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5f;
}

QColor mix(const QColor &under, const QColor &over, float alpha)
{
    const auto channel = [alpha](float a, float b) {
        return a + (b - a) * alpha;
    };
    return QColor::fromRgbF(channel(under.redF(), over.redF()), channel(under.greenF(), over.greenF()),
        channel(under.blueF(), over.blueF()));
}
} // namespace

QColor swatch(HighlightColour colour)
{
    return colourSwatch(colour);
}

QColor layer(const QColor &under, HighlightColour colour, const QPalette &palette)
{
    return mix(under, swatch(colour), isDark(palette) ? DarkAlpha : LightAlpha);
}

QColor tint(HighlightColour colour, const QPalette &palette)
{
    return layer(palette.color(QPalette::Base), colour, palette);
}

QIcon icon(HighlightColour colour)
{
    QIcon result;
    for (const int size : {16, 22, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = swatch(colour);
        painter.setPen(QPen(fill.darker(140), 1));
        painter.setBrush(fill);
        const qreal inset = size / 8.0;
        painter.drawRoundedRect(
            QRectF(0, 0, size, size).adjusted(inset, inset, -inset, -inset), size / 6.0, size / 6.0);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString displayName(HighlightColour colour)
{
    switch (colour) {
    case HighlightColour::Yellow:
        return QCoreApplication::translate("HighlightStyle", "Yellow");
    case HighlightColour::Green:
        return QCoreApplication::translate("HighlightStyle", "Green");
    case HighlightColour::Blue:
        return QCoreApplication::translate("HighlightStyle", "Blue");
    case HighlightColour::Red:
        return QCoreApplication::translate("HighlightStyle", "Red");
    case HighlightColour::Purple:
        return QCoreApplication::translate("HighlightStyle", "Purple");
    case HighlightColour::Orange:
        return QCoreApplication::translate("HighlightStyle", "Orange");
    }
    return QString();
}

} // namespace Colloquy::HighlightStyle
