#include "compare/heatmapdelegate.h"

#include "compare/thematrixmodel.h"

#include <QPainter>

namespace Colloquy {

QColor HeatMapDelegate::fill(double heat, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor hot = palette.color(QPalette::Highlight);
    const double t = std::clamp(heat, 0.0, 1.0) * 0.9; // the hottest cell still shows the base a little
    return QColor::fromRgbF(float(base.redF() + (hot.redF() - base.redF()) * t),
        float(base.greenF() + (hot.greenF() - base.greenF()) * t),
        float(base.blueF() + (hot.blueF() - base.blueF()) * t));
}

QColor HeatMapDelegate::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights); 0.5 splits dark from light well enough for text.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

void HeatMapDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant heat = index.data(ThemeMatrixModel::HeatRole);
    if (!heat.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor background = fill(heat.toDouble(), option.palette);
    painter->fillRect(option.rect, background);
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.backgroundBrush = Qt::NoBrush;
    const QColor text = textOn(background);
    cell.palette.setColor(QPalette::Text, text);
    cell.palette.setColor(QPalette::HighlightedText, text);
    if (cell.state & QStyle::State_Selected) {
        // A frame rather than the selection fill, which would hide the shading.
        cell.state &= ~QStyle::State_Selected;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Highlight).darker(150), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, cell, index);
}

} // namespace Colloquy
