#include "rowdelegate.h"

#include <QApplication>
#include <QPainter>

namespace Colloquy {

RowDelegate::RowPens RowDelegate::paintPanel(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, float mutedAlpha) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    RowPens pens;
    pens.selected = option.state & QStyle::State_Selected;
    pens.group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    pens.text = option.palette.color(pens.group, pens.selected ? QPalette::HighlightedText : QPalette::Text);
    pens.muted = pens.text;
    pens.muted.setAlphaF(mutedAlpha);
    return pens;
}

} // namespace Colloquy
