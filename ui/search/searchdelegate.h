#pragma once

#include "rowdelegate.h"

namespace Colloquy {

/**
 * Draws a SearchModel row as a result a reader can scan: the speaker (when
 * there is one) and the article's title on the first line with the source
 * (text or note) at the right, then up to two lines of the snippet with the
 * matched words in bold.
 */
class SearchDelegate : public RowDelegate
{
    Q_OBJECT
public:
    using RowDelegate::RowDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// The speaker and article on the first line, the source (text or note) at the right.
    void paintHeading(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const RowPens &pens, const QRect &rect) const;
    /// Up to two lines of the snippet in `rect`, the matched words bold.
    void paintSnippet(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const QRect &rect) const;
};

} // namespace Colloquy
