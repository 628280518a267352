#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace Colloquy {

/**
 * Base of the delegates that draw a list row themselves (the annotation
 * sidebar, the search results): paintPanel() draws the row's background as
 * the style does (selection, hover, focus) without its text, and says which
 * colours the text goes in. Owned by its view like any delegate; GUI thread.
 */
class RowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    /// The colours a row's text is drawn in. A plain value.
    struct RowPens
    {
        QPalette::ColorGroup group = QPalette::Active;
        bool selected = false;
        QColor text;
        /// The text colour at `mutedAlpha` opacity, for secondary lines.
        QColor muted;
    };

    /// Draws the row's panel without its text and returns its pens.
    RowPens paintPanel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        float mutedAlpha) const;
};

} // namespace Colloquy
