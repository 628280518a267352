#pragma once

#include <QStyledItemDelegate>

namespace Colloquy {

/**
 * Paints the voice cells of a ThemeMatrixModel as a heat map: the palette's
 * highlight colour laid over the base in proportion to the cell's
 * ThemeMatrixModel::HeatRole, the text in whichever of black and white reads
 * better on it, so the shading works in light and dark palettes alike. Other
 * cells are painted as usual. GUI thread only.
 */
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The fill for `heat` (0–1) on `palette`.
    static QColor fill(double heat, const QPalette &palette);
    /// Black or white, whichever contrasts more with `background`.
    static QColor textOn(const QColor &background);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Colloquy
