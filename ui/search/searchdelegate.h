#pragma once

#include <QStyledItemDelegate>

namespace Colloquy {

/**
 * Draws a SearchModel row as a result a reader can scan: the speaker (when
 * there is one) and the article's title on the first line with the source
 * (text or note) at the right, then up to two lines of the snippet with the
 * matched words in bold.
 */
class SearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Colloquy
