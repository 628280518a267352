#include "annotations/annotationdelegate.h"

#include "annotations/annotationmodel.h"
#include "model/anchorstate.h"
#include "reader/highlightstyle.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int Padding = 4;
constexpr int BarWidth = 4;
constexpr int QuoteLines = 2;

bool hasThemesOrState(const QModelIndex &index)
{
    return !index.data(AnnotationModel::ThemesRole).toString().isEmpty() ||
        AnchorState(index.data(AnnotationModel::AnchorStateRole).toInt()) != AnchorState::Anchored;
}

/// The note as one line of plain words, not the Markdown source: emphasis,
/// heading and quote marks dropped.
QString notePreview(const QModelIndex &index)
{
    static const QRegularExpression markup(u"[*_`#>]+"_s);
    return index.data(AnnotationModel::NoteRole).toString().remove(markup).simplified();
}
} // namespace

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(AnnotationModel::IsGroupRole).toBool())
        return QStyledItemDelegate::sizeHint(option, index);
    // Room for the quote, then a line for themes and one for the note only
    // when there are some: a plain highlight is not followed by blank lines.
    const int line = option.fontMetrics.lineSpacing();
    const int lines = QuoteLines + (hasThemesOrState(index) ? 1 : 0) + (notePreview(index).isEmpty() ? 0 : 1);
    return {option.rect.width() > 0 ? option.rect.width() : 200, lines * line + 2 * Padding};
}

void AnnotationDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(AnnotationModel::IsGroupRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const RowPens pens = paintPanel(painter, option, index, 0.7f);
    painter->save();
    const QRect rect = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const int line = option.fontMetrics.lineSpacing();

    const auto colour = HighlightColour(index.data(AnnotationModel::ColourRole).toInt());
    painter->fillRect(
        QRect(rect.left(), rect.top(), BarWidth, rect.height()), HighlightStyle::swatch(colour));
    const int left = rect.left() + BarWidth + Padding;
    const QRect text(left, rect.top(), rect.right() - left, rect.height());

    painter->setPen(pens.text);
    const int quoteLines =
        paintQuote(painter, option, index.data(AnnotationModel::QuoteRole).toString().simplified(), text);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    // Themes and note right under the quote; the room left, if any, below them.
    QRect below = text.adjusted(0, quoteLines * line, 0, 0);
    if (hasThemesOrState(index)) {
        paintThemesAndState(painter, option, index, pens, below);
        below.adjust(0, line, 0, 0);
    }
    paintNotePreview(painter, index, pens, below, line);
    painter->restore();
}

int AnnotationDelegate::paintQuote(
    QPainter *painter, const QStyleOptionViewItem &option, const QString &quote, const QRect &rect) const
{
    // Up to two lines, the second elided.
    const int line = option.fontMetrics.lineSpacing();
    int drawn = 0;
    QTextLayout layout(quote, option.font);
    layout.beginLayout();
    int y = rect.top();
    for (int i = 0; i < QuoteLines; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(rect.width());
        const int from = textLine.textStart();
        QString shown = quote.mid(from, textLine.textLength());
        if (i == QuoteLines - 1 && from + textLine.textLength() < quote.size())
            shown = option.fontMetrics.elidedText(quote.mid(from), Qt::ElideRight, rect.width());
        painter->drawText(
            QRect(rect.left(), y, rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter, shown.trimmed());
        y += line;
        ++drawn;
    }
    layout.endLayout();
    return std::max(drawn, 1);
}

void AnnotationDelegate::paintThemesAndState(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const RowPens &pens, const QRect &rect) const
{
    // Themes as coloured dots with their names; then the anchor state when it is news.
    const int line = option.fontMetrics.lineSpacing();
    const int left = rect.left();
    const int width = rect.width();
    const int y = rect.top();
    const QFontMetrics smallMetrics(painter->font());
    int x = left;
    const QStringList names =
        index.data(AnnotationModel::ThemesRole).toString().split(u", "_s, Qt::SkipEmptyParts);
    const QList<QColor> dots = index.data(AnnotationModel::ThemeColoursRole).value<QList<QColor>>();
    const int dot = smallMetrics.height() / 2;
    for (qsizetype i = 0; i < names.size() && x < left + width; ++i) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(dots.value(i));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QRect(x, y + (line - dot) / 2, dot, dot));
        x += dot + 3;
        painter->setPen(pens.text);
        const QString name = smallMetrics.elidedText(names.at(i), Qt::ElideRight, left + width - x);
        painter->drawText(QRect(x, y, left + width - x, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += smallMetrics.horizontalAdvance(name) + 10;
    }
    const auto state = AnchorState(index.data(AnnotationModel::AnchorStateRole).toInt());
    if (state != AnchorState::Anchored) {
        const QString label = state == AnchorState::Orphaned ? tr("orphaned")
            : state == AnchorState::Fuzzy                    ? tr("approximate")
                                                             : tr("moved");
        painter->setPen(state == AnchorState::Orphaned ? QColor(0xe0, 0x1b, 0x24) : pens.muted);
        painter->drawText(QRect(left, y, width, line), Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

void AnnotationDelegate::paintNotePreview(
    QPainter *painter, const QModelIndex &index, const RowPens &pens, const QRect &rect, int line) const
{
    const QString note = notePreview(index);
    if (note.isEmpty())
        return;
    painter->setPen(pens.muted);
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font()).elidedText(u"\u270E "_s + note, Qt::ElideRight, rect.width()));
}

} // namespace Colloquy
