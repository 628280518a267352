#include "search/searchdelegate.h"

#include "search/searchmodel.h"

#include <QPainter>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int Padding = 6;
constexpr int SnippetLines = 2;
} // namespace

QSize SearchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    // Any width: the list gives each row its own, and the text wraps or elides to it.
    return {1, (SnippetLines + 1) * line + 3 * Padding};
}

void SearchDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const RowPens pens = paintPanel(painter, option, index, 0.65f);
    painter->save();
    const QRect rect = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const int line = option.fontMetrics.lineSpacing();
    paintHeading(painter, option, index, pens, rect);
    painter->setPen(pens.text);
    paintSnippet(painter, option, index,
        QRect(rect.left(), rect.top() + line + Padding, rect.width(), SnippetLines * line));
    painter->restore();
}

void SearchDelegate::paintHeading(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const RowPens &pens, const QRect &rect) const
{
    const int line = option.fontMetrics.lineSpacing();
    // Who and where, with the source set small at the right.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);
    const bool note = index.data(SearchModel::IsNoteRole).toBool();
    const QString source = note ? tr("note") : tr("text");
    const int sourceWidth = smallMetrics.horizontalAdvance(source) + 2 * Padding;
    painter->setFont(small);
    painter->setPen(note
            ? option.palette.color(pens.group, pens.selected ? QPalette::HighlightedText : QPalette::Link)
            : pens.muted);
    painter->drawText(QRect(rect.right() - sourceWidth, rect.top(), sourceWidth, line),
        Qt::AlignRight | Qt::AlignVCenter, source);

    // The speaker in bold, then the article; text outside the turns (the
    // editor's note, narration) has only the article, in bold.
    const QString speaker = index.data(SearchModel::SpeakerRole).toString();
    QString title = index.data(SearchModel::ArticleTitleRole).toString();
    if (title.isEmpty())
        title = tr("Untitled article");
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int headWidth = rect.width() - sourceWidth;
    const QString who = boldMetrics.elidedText(speaker.isEmpty() ? title : speaker, Qt::ElideRight,
        speaker.isEmpty() ? headWidth : headWidth * 2 / 3);
    painter->setFont(bold);
    painter->setPen(pens.text);
    painter->drawText(QRect(rect.left(), rect.top(), headWidth, line), Qt::AlignLeft | Qt::AlignVCenter, who);
    if (!speaker.isEmpty()) {
        const int titleLeft = rect.left() + boldMetrics.horizontalAdvance(who);
        const int titleWidth = rect.left() + headWidth - titleLeft;
        painter->setFont(option.font);
        painter->setPen(pens.muted);
        painter->drawText(QRect(titleLeft, rect.top(), titleWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(u" · "_s + title, Qt::ElideRight, titleWidth));
    }
}

void SearchDelegate::paintSnippet(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &rect) const
{
    // The snippet, matched words bold; what does not fit in two lines is cut.
    const int line = option.fontMetrics.lineSpacing();
    const QString snippet = index.data(SearchModel::SnippetRole).toString();
    QList<QTextLayout::FormatRange> formats;
    for (const TextSpan &span : index.data(SearchModel::SnippetMatchesRole).value<QList<TextSpan>>()) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        formats.append({int(span.start), int(span.length), format});
    }
    QTextLayout layout(snippet, option.font);
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < SnippetLines; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(rect.width());
        textLine.setPosition(QPointF(0, y));
        y += line;
    }
    layout.endLayout();
    painter->setClipRect(rect);
    layout.draw(painter, rect.topLeft());
}

} // namespace Colloquy
