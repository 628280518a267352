#pragma once

#include <QStyledItemDelegate>

namespace Colloquy {

/**
 * Paints one highlight of the annotation sidebar in a fixed height (so the
 * view can lay out thousands of rows at once): a bar in the highlight's
 * colour, the quote, the themes as coloured dots with names, the start of the
 * note, and the anchor state when the text moved or was lost. Group rows are
 * painted as usual.
 */
class AnnotationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Colloquy
