#pragma once

#include <QStyledItemDelegate>

namespace Colloquy {

/**
 * Draws a library row as three lines: the title in bold, the speakers, and the
 * import date in a smaller, muted font. Colours come from the palette only, so
 * light and dark themes both work.
 */
class LibraryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LibraryDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Colloquy
