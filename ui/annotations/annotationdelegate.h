#pragma once

#include "rowdelegate.h"

namespace Colloquy {

/**
 * Paints one highlight of the annotation sidebar in a fixed height (so the
 * view can lay out thousands of rows at once): a bar in the highlight's
 * colour, the quote, the themes as coloured dots with names, the start of the
 * note, and the anchor state when the text moved or was lost. Group rows are
 * painted as usual.
 */
class AnnotationDelegate : public RowDelegate
{
    Q_OBJECT
public:
    using RowDelegate::RowDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Paints the quote on up to two lines; how many it took.
    int paintQuote(
        QPainter *painter, const QStyleOptionViewItem &option, const QString &quote, const QRect &rect) const;
    void paintThemesAndState(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const RowPens &pens, const QRect &rect) const;
    void paintNotePreview(
        QPainter *painter, const QModelIndex &index, const RowPens &pens, const QRect &rect, int line) const;
};

} // namespace Colloquy
