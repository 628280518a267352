#include "speechview.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SpeechView::SpeechView(QWidget *parent)
    : QTextBrowser(parent)
    , m_flash(new QVariantAnimation(this))
{
    setReadOnly(true);
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setAcceptDrops(false); // dropped files go to the main window, which imports them
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(readingFont(font().pointSizeF() * 1.2));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(12);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &SpeechView::updateFittedHeight);

    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(900);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashRange = {};
        viewport()->update();
    });
}

QFont SpeechView::readingFont(qreal pointSize)
{
    QFont font(u"serif"_s);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    return font;
}

void SpeechView::setTurns(const QList<QStringList> &turns)
{
    m_turns = turns;
    // Positions in the old text mean nothing in the new one.
    m_formats.clear();
    m_marks.clear();
    rebuild();
}

void SpeechView::setParagraphs(const QStringList &paragraphs)
{
    setTurns({paragraphs});
}

QString SpeechView::plainText() const
{
    QStringList paragraphs;
    for (const QStringList &turn : m_turns)
        paragraphs += turn;
    return paragraphs.join(u'\n');
}

int SpeechView::paragraphPosition(int turn, int paragraph) const
{
    if (turn < 0 || turn >= m_turns.size() || paragraph < 0 || paragraph >= m_turns.at(turn).size())
        return -1;
    // rebuild() makes one block per paragraph, plus one separator block before each later turn.
    int block = turn;
    for (int t = 0; t < turn; ++t)
        block += int(m_turns.at(t).size());
    return document()->findBlockByNumber(block + paragraph).position();
}

void SpeechView::setTextFormats(const QList<QTextLayout::FormatRange> &ranges)
{
    m_formats = ranges;
    applyTextFormats();
}

QList<QTextLayout::FormatRange> SpeechView::textFormats() const
{
    return m_formats;
}

void SpeechView::flash(int from, int to)
{
    m_flash->stop();
    m_flashRange = {std::min(from, to), std::max(from, to)};
    m_flash->start();
    viewport()->update();
}

bool SpeechView::isFlashing() const
{
    return m_flash->state() != QAbstractAnimation::Stopped;
}

std::pair<int, int> SpeechView::flashRange() const
{
    return m_flashRange;
}

QVariantAnimation *SpeechView::flashAnimation() const
{
    return m_flash;
}

void SpeechView::setMarginMarks(const QList<MarginMark> &marks)
{
    m_marks = marks;
    viewport()->update();
}

QList<SpeechView::MarginMark> SpeechView::marginMarks() const
{
    return m_marks;
}

void SpeechView::applyTextFormats()
{
    QScrollBar *bar = verticalScrollBar();
    const int scroll = bar->value();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    const int end = std::max(0, document()->characterCount() - 1);
    for (const QTextLayout::FormatRange &range : std::as_const(m_formats)) {
        const int from = std::clamp(range.start, 0, end);
        const int to = std::clamp(range.start + range.length, from, end);
        if (from == to)
            continue;
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
    cursor.endEditBlock();
    bar->setValue(scroll);
}

void SpeechView::setFittedLines(int lines)
{
    m_fittedLines = std::max(0, lines);
    if (m_fittedLines == 0) {
        setMinimumHeight(0);
        setMaximumHeight(QWIDGETSIZE_MAX);
    }
    updateFittedHeight();
}

void SpeechView::setColumnAlignment(Qt::Alignment alignment)
{
    m_columnAlignment = alignment;
    updateColumn();
}

int SpeechView::columnLeft() const
{
    return m_columnLeft;
}

void SpeechView::rebuild()
{
    QTextDocument *doc = document();
    doc->clear();
    doc->setDefaultFont(font());
    const QFontMetricsF metrics(font());

    QTextBlockFormat paragraph;
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    paragraph.setBottomMargin(metrics.height() * 0.75);
    // A short centred rule between two turns of the same speaker.
    QTextBlockFormat separator;
    separator.setAlignment(Qt::AlignHCenter);
    separator.setTopMargin(metrics.height() * 0.25);
    separator.setBottomMargin(metrics.height() * 1.0);
    separator.setProperty(
        QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 25));

    QTextCursor cursor(doc);
    bool first = true;
    for (qsizetype turn = 0; turn < m_turns.size(); ++turn) {
        if (turn > 0) {
            cursor.insertBlock(separator);
        }
        for (const QString &text : m_turns.at(turn)) {
            if (first)
                cursor.setBlockFormat(paragraph);
            else
                cursor.insertBlock(paragraph);
            cursor.insertText(text);
            first = false;
        }
    }
    // The last paragraph needs no space below it.
    QTextBlockFormat last = paragraph;
    last.setBottomMargin(0);
    cursor.setBlockFormat(last);
    if (!m_formats.isEmpty())
        applyTextFormats();
    moveCursor(QTextCursor::Start);
    updateColumn();
}

void SpeechView::updateColumn()
{
    const qreal margin = document()->documentMargin();
    const int column = int(QFontMetricsF(font()).averageCharWidth() * ColumnCharacters + 2 * margin);
    // Room for the scroll bar is kept whether it shows or not, so that its
    // coming and going never rewraps the text under the reader's eyes.
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    if (m_columnAlignment & Qt::AlignLeft)
        setMaximumWidth(column + scrollBar + 2 * frameWidth());
    const int available = contentsRect().width() - scrollBar;
    const int width = std::max(1, std::min(column, available));
    // The document wraps at exactly the column's width; the viewport margins
    // only place that column. Wrapping at the viewport's width instead would
    // lag behind margin changes, which do not resize the widget itself.
    if (lineWrapMode() != FixedPixelWidth || lineWrapColumnOrWidth() != width) {
        setLineWrapMode(FixedPixelWidth);
        setLineWrapColumnOrWidth(width);
    }
    const int spare = std::max(0, available - width);
    const QMargins margins =
        m_columnAlignment & Qt::AlignLeft ? QMargins() : QMargins(spare / 2, 0, spare - spare / 2, 0);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
    const int left = contentsRect().left() + margins.left() + int(margin);
    if (left != m_columnLeft) {
        m_columnLeft = left;
        Q_EMIT columnChanged();
    }
}

void SpeechView::updateFittedHeight()
{
    if (m_fittedLines == 0)
        return;
    const int textHeight = int(std::ceil(document()->size().height()));
    const int cap =
        int(QFontMetricsF(font()).lineSpacing() * 1.35 * m_fittedLines + 2 * document()->documentMargin());
    setFixedHeight(std::min(textHeight, cap) + 2 * frameWidth());
}

void SpeechView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void SpeechView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Spacing is in font units, so a zoom rebuilds the formats as well;
        // keep the reader at the same place in the text.
        QScrollBar *bar = verticalScrollBar();
        const double position = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
        rebuild();
        updateFittedHeight();
        bar->setValue(int(position * bar->maximum()));
    }
}

void SpeechView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // Touchpads send many small deltas: zoom one step per notch of a wheel.
        m_wheelDelta += event->angleDelta().y();
        const int steps = m_wheelDelta / QWheelEvent::DefaultDeltasPerStep;
        if (steps != 0) {
            m_wheelDelta -= steps * QWheelEvent::DefaultDeltasPerStep;
            Q_EMIT zoomRequested(steps);
        }
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void SpeechView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (isFlashing())
        paintFlash();
    if (m_marks.isEmpty())
        return;
    // The bars sit in the document margin, right of the viewport's edge and
    // clear of the text.
    constexpr int BarWidth = 2;
    constexpr int Pitch = 3;
    constexpr int MaxBars = 3;
    const int right = int(document()->documentMargin()) - 3;
    const QRect visible = viewport()->rect();
    QPainter painter(viewport());
    QTextCursor cursor(document());
    for (const MarginMark &mark : std::as_const(m_marks)) {
        cursor.setPosition(mark.start);
        const QRect first = cursorRect(cursor);
        cursor.setPosition(mark.end);
        const QRect last = cursorRect(cursor);
        const QRect rows(0, first.top(), 1, last.bottom() - first.top());
        if (!rows.intersects(QRect(0, visible.top(), 1, visible.height())))
            continue;
        for (int i = 0; i < std::min(MaxBars, int(mark.colours.size())); ++i) {
            const int x = right - (i + 1) * Pitch + (Pitch - BarWidth);
            painter.fillRect(QRect(x, rows.top() + 2, BarWidth, rows.height() - 4), mark.colours.at(i));
        }
    }
}

void SpeechView::paintFlash()
{
    const auto [from, to] = m_flashRange;
    const qreal strength = m_flash->currentValue().toReal();
    if (from >= to || strength <= 0.0)
        return;
    // One box per line the range covers, in viewport coordinates.
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QList<QRectF> boxes;
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = document()->documentLayout()->blockBoundingRect(block).topLeft() - scroll;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int start = std::max(from, lineStart);
            const int end = std::min(to, lineStart + line.textLength());
            if (start >= end)
                continue;
            const qreal left = line.cursorToX(start - block.position());
            const qreal right = line.cursorToX(end - block.position());
            boxes.append(QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())
                             .adjusted(-2, -1, 2, 1));
        }
    }
    QColor frame = palette().color(QPalette::Highlight);
    frame.setAlphaF(float(strength));
    QColor fill = frame;
    fill.setAlphaF(float(strength * 0.3));
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(frame, 2));
    painter.setBrush(fill);
    for (const QRectF &box : std::as_const(boxes))
        painter.drawRoundedRect(box, 3, 3);
}

void SpeechView::contextMenuEvent(QContextMenuEvent *event)
{
    // The event comes through the viewport, in its coordinates; the standard
    // menu wants document coordinates (for the link under the mouse).
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QMenu *menu = createStandardContextMenu(event->pos() + scroll);
    Q_EMIT contextMenuAboutToShow(menu, cursorForPosition(event->pos()).position());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Colloquy
