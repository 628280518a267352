#include "reader/speechview.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextFrame>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
/// A lead block's own top margin, before setTurnSpacing() adds to it.
constexpr int BaseTopMarginProperty = QTextFormat::UserProperty + 1;
/// Between a speaker's name and the detail after it in a heading.
constexpr QStringView HeadingSeparator = u" \u2014 ";
} // namespace

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

namespace {
QString &readingFamily()
{
    static QString family = u"serif"_s;
    return family;
}
} // namespace

void SpeechView::setReadingFamily(const QString &family)
{
    readingFamily() = family.isEmpty() ? u"serif"_s : family;
}

QFont SpeechView::readingFont(qreal pointSize)
{
    QFont font(readingFamily());
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(pointSize);
    return font;
}

void SpeechView::setTurns(const QList<QStringList> &turns, const QList<TurnHeading> &headings)
{
    m_paragraphCounts.clear();
    for (const QStringList &paragraphs : turns)
        m_paragraphCounts.append(int(paragraphs.size()));
    m_headings = headings;
    m_turnBlocks.clear();
    m_leads.clear();
    m_dimmed.clear();
    // rebuild() makes one block per paragraph, plus one lead block before a
    // turn that has a heading and before every later turn (the rule).
    int block = 0;
    for (qsizetype turn = 0; turn < m_paragraphCounts.size(); ++turn) {
        const bool lead = turn > 0 || !headings.value(turn).name.isEmpty();
        m_leads.append(lead);
        block += lead ? 1 : 0;
        m_turnBlocks.append(block);
        block += m_paragraphCounts.at(turn);
    }
    // Positions in the old text mean nothing in the new one.
    m_runs.clear();
    m_marks.clear();
    m_markReach.clear();
    rebuild(turns);
}

int SpeechView::turnCount() const
{
    return int(m_paragraphCounts.size());
}

int SpeechView::turnOfBlock(int block) const
{
    // The last turn starting (with its lead block) at or before `block`.
    int low = 0;
    int high = int(m_turnBlocks.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_turnBlocks.at(middle) - (m_leads.at(middle) ? 1 : 0) <= block)
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}

int SpeechView::turnAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    return block.isValid() ? turnOfBlock(block.blockNumber()) : -1;
}

int SpeechView::turnStart(int turn) const
{
    if (turn < 0 || turn >= m_paragraphCounts.size())
        return -1;
    const QTextBlock block =
        document()->findBlockByNumber(m_turnBlocks.at(turn) - (m_leads.at(turn) ? 1 : 0));
    return block.isValid() ? block.position() : -1;
}

qreal SpeechView::turnTop(int turn) const
{
    const int start = turnStart(turn);
    if (start < 0)
        return document()->size().height();
    const QTextBlock block = document()->findBlock(start);
    // The block's text, after the margins above it (which setTurnSpacing() changes).
    document()->documentLayout()->blockBoundingRect(block);
    return block.layout()->position().y();
}

void SpeechView::setTurnSpacing(const QList<qreal> &above, qreal belowLast)
{
    QTextDocument *doc = document();
    QTextCursor edit(doc);
    // One edit: the document is laid out again once, not once per turn.
    edit.beginEditBlock();
    for (qsizetype turn = 1; turn < m_paragraphCounts.size(); ++turn) {
        const QTextBlock lead = doc->findBlockByNumber(m_turnBlocks.at(turn) - 1);
        QTextBlockFormat format = lead.blockFormat();
        const qreal base = format.property(BaseTopMarginProperty).toReal();
        // Margins between blocks collapse to the larger: the extra goes on top of that.
        const qreal collapsed = std::max(base, lead.previous().blockFormat().bottomMargin());
        const qreal extra = above.value(turn);
        format.setTopMargin(extra > 0 ? collapsed + extra : base);
        QTextCursor(lead).setBlockFormat(format);
    }
    // Below the last block, the root frame's margin: the last block's own is not laid out.
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    frame.setBottomMargin(doc->documentMargin() + std::max(0.0, belowLast));
    doc->rootFrame()->setFrameFormat(frame);
    edit.endEditBlock();
}

void SpeechView::setDimmedTurns(const QList<bool> &dimmed)
{
    m_dimmed = dimmed;
    viewport()->update();
}

QList<bool> SpeechView::dimmedTurns() const
{
    return m_dimmed;
}

void SpeechView::setParagraphs(const QStringList &paragraphs)
{
    setTurns({paragraphs});
}

QString SpeechView::plainText() const
{
    QStringList paragraphs;
    for (const QStringList &turn : turns())
        paragraphs += turn;
    return paragraphs.join(u'\n');
}

QList<QStringList> SpeechView::turns() const
{
    QList<QStringList> turns;
    turns.reserve(m_paragraphCounts.size());
    for (qsizetype turn = 0; turn < m_paragraphCounts.size(); ++turn) {
        QStringList paragraphs;
        paragraphs.reserve(m_paragraphCounts.at(turn));
        QTextBlock block = document()->findBlockByNumber(m_turnBlocks.at(turn));
        for (int paragraph = 0; paragraph < m_paragraphCounts.at(turn) && block.isValid(); ++paragraph) {
            paragraphs.append(block.text());
            block = block.next();
        }
        turns.append(paragraphs);
    }
    return turns;
}

int SpeechView::paragraphPosition(int turn, int paragraph) const
{
    if (turn < 0 || turn >= m_paragraphCounts.size() || paragraph < 0 ||
        paragraph >= m_paragraphCounts.at(turn))
        return -1;
    return document()->findBlockByNumber(m_turnBlocks.at(turn) + paragraph).position();
}

void SpeechView::setHighlightRuns(const QList<HighlightRun> &runs)
{
    m_runs = runs;
    viewport()->update();
}

QList<SpeechView::HighlightRun> SpeechView::highlightRuns() const
{
    return m_runs;
}

std::optional<SpeechView::HighlightRun> SpeechView::highlightRunAt(int position) const
{
    const auto run = std::upper_bound(
        m_runs.cbegin(), m_runs.cend(), position, [](int at, const HighlightRun &r) { return at < r.end; });
    if (run == m_runs.cend() || run->start > position)
        return std::nullopt;
    return *run;
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
    std::stable_sort(m_marks.begin(), m_marks.end(),
        [](const MarginMark &a, const MarginMark &b) { return a.start < b.start; });
    m_markReach.clear();
    m_markReach.reserve(m_marks.size());
    int reach = 0;
    for (const MarginMark &mark : std::as_const(m_marks))
        m_markReach.append(reach = std::max(reach, mark.end));
    viewport()->update();
}

QList<SpeechView::MarginMark> SpeechView::marginMarks() const
{
    return m_marks;
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

void SpeechView::rebuild(const QList<QStringList> &turns)
{
    QTextDocument *doc = document();
    // Without a page size the document lays nothing out while the text goes
    // in; restoring it lays the whole text out once, and only as far as the
    // view shows until more is needed. A hidden view waits until it shows:
    // its width is not the one it will show at.
    // (QTextEdit sets a page size of its own when the width changes, hidden or not.)
    const QSizeF current = doc->pageSize();
    const QSizeF pageSize = current.isNull() ? m_hiddenPageSize.value_or(current) : current;
    doc->setPageSize(QSizeF(0, 0));
    doc->clear();
    doc->setDefaultFont(font());
    const QFontMetricsF metrics(font());

    QTextBlockFormat paragraph;
    paragraph.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    paragraph.setBottomMargin(metrics.height() * 0.75);

    // One insert for the whole text, as setPlainText() does: every line
    // becomes a block in the paragraph format; then the few lead blocks
    // (headings, or the empty line before each later turn) and the last block get theirs.
    QStringList lines;
    for (qsizetype turn = 0; turn < turns.size(); ++turn) {
        if (m_leads.at(turn)) {
            const TurnHeading heading = m_headings.value(turn);
            lines.append(heading.detail.isEmpty() || heading.name.isEmpty()
                    ? heading.name
                    : heading.name + HeadingSeparator + heading.detail);
        }
        lines += turns.at(turn);
    }
    QTextCursor cursor(doc);
    cursor.setBlockFormat(paragraph);
    cursor.insertText(lines.join(u'\n'));
    formatLeadBlocks(metrics, paragraph);
    // The last paragraph needs no space below it.
    QTextBlockFormat last = cursor.blockFormat();
    last.setBottomMargin(0);
    cursor.setBlockFormat(last);
    // Before the layout comes back: moving the view's cursor (pushed to the
    // end by the inserts) would otherwise lay out all the text it passes.
    moveCursor(QTextCursor::Start);
    if (isVisible()) {
        m_hiddenPageSize.reset();
        doc->setPageSize(pageSize);
    } else {
        m_hiddenPageSize = pageSize;
    }
    updateColumn();
}

void SpeechView::formatLeadBlocks(const QFontMetricsF &metrics, const QTextBlockFormat &paragraph)
{
    // A short centred rule between two turns of the same speaker.
    QTextBlockFormat separator;
    separator.setAlignment(Qt::AlignHCenter);
    separator.setTopMargin(metrics.height() * 0.25);
    separator.setBottomMargin(metrics.height() * 1.0);
    separator.setProperty(
        QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 25));
    separator.setProperty(BaseTopMarginProperty, separator.topMargin());
    // A speaker's name: set off from the turn before, close to its own text.
    QTextBlockFormat heading = paragraph;
    heading.setTopMargin(metrics.height() * 1.1);
    heading.setBottomMargin(metrics.height() * 0.2);
    heading.setProperty(BaseTopMarginProperty, heading.topMargin());
    QTextCharFormat name;
    name.setFontWeight(QFont::Bold);
    QTextCharFormat detail;
    detail.setFontPointSize(std::max(7.0, font().pointSizeF() * 0.8));
    detail.setForeground(palette().color(QPalette::PlaceholderText));

    QTextDocument *doc = document();
    for (qsizetype turn = 0; turn < m_paragraphCounts.size(); ++turn) {
        if (!m_leads.at(turn))
            continue;
        const QTextBlock block = doc->findBlockByNumber(m_turnBlocks.at(turn) - 1);
        QTextCursor lead(block);
        const TurnHeading turnHeading = m_headings.value(turn);
        if (turnHeading.name.isEmpty()) {
            lead.setBlockFormat(separator);
            continue;
        }
        QTextBlockFormat format = heading;
        if (turn == 0)
            format.setTopMargin(0);
        lead.setBlockFormat(format);
        name.setForeground(turnHeading.colour.isValid() ? QBrush(turnHeading.colour) : QBrush());
        lead.setPosition(block.position() + int(turnHeading.name.size()), QTextCursor::KeepAnchor);
        lead.setCharFormat(name);
        if (!turnHeading.detail.isEmpty()) {
            lead.setPosition(block.position() + int(turnHeading.name.size()));
            lead.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            lead.setCharFormat(detail);
        }
    }
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
    setFixedHeight((textHeight <= cap ? textHeight : wholeLinesWithin(cap)) + 2 * frameWidth());
}

int SpeechView::wholeLinesWithin(int height) const
{
    // The bottom of the last line that ends within `height`: a scrolling
    // view shows whole lines, not the top half of the next one.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    qreal bottom = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const qreal top = layout->blockBoundingRect(block).top();
        if (top >= height)
            break;
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal lineBottom = lines->position().y() + line.y() + line.height();
            if (lineBottom <= height)
                bottom = lineBottom;
        }
    }
    return bottom > 0 ? int(std::ceil(bottom)) : height;
}

void SpeechView::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    // A resize on the way may have set a page size already (QTextEdit does on a new width).
    if (const std::optional<QSizeF> pageSize = std::exchange(m_hiddenPageSize, std::nullopt);
        pageSize && document()->pageSize().isNull())
        document()->setPageSize(*pageSize);
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
        rebuild(turns()); // the text from the document: the view keeps no copy of it
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
    if (m_runs.isEmpty() && m_marks.isEmpty() && m_dimmed.isEmpty()) {
        QTextBrowser::paintEvent(event);
        if (isFlashing())
            paintFlash();
        return;
    }
    const QList<QTextBlock> blocks = blocksIn(event->rect());
    {
        // The highlights' colour goes under the text, the way a character
        // format's background would, so the text and a selection stay on top.
        QPainter painter(viewport());
        paintRuns(&painter, blocks, false);
    }
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    paintRuns(&painter, blocks, true);
    paintMarks(&painter, blocks);
    paintVeil(&painter, blocks);
    painter.end();
    if (isFlashing())
        paintFlash();
}

QList<QTextBlock> SpeechView::blocksIn(const QRect &rect) const
{
    QList<QTextBlock> blocks;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const qreal top = rect.top() + verticalScrollBar()->value();
    const qreal bottom = rect.bottom() + 1 + verticalScrollBar()->value();
    // hitTest() lays the document out only as far down as `top`.
    QTextBlock block = document()->findBlock(std::max(0, layout->hitTest(QPointF(0, top), Qt::FuzzyHit)));
    while (block.previous().isValid() && layout->blockBoundingRect(block).top() > top)
        block = block.previous();
    for (; block.isValid(); block = block.next()) {
        const QRectF bounds = layout->blockBoundingRect(block);
        if (bounds.top() >= bottom)
            break;
        if (bounds.bottom() > top)
            blocks.append(block);
    }
    return blocks;
}

namespace {

/// Calls `f(box, line)` for each line of `block` that holds part of
/// `[from, to)`, with that part's box in the coordinates of `origin`.
template<typename F>
void forEachLineBox(const QTextBlock &block, const QPointF &origin, int from, int to, F &&f)
{
    const QTextLayout *layout = block.layout();
    const int position = block.position();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int lineStart = position + line.textStart();
        const int start = std::max(from, lineStart);
        const int end = std::min(to, lineStart + line.textLength());
        if (start >= end)
            continue;
        const qreal left = line.cursorToX(start - position);
        const qreal right = line.cursorToX(end - position);
        f(QRectF(origin.x() + std::min(left, right), origin.y() + line.y(), std::abs(right - left),
              line.height()),
            line);
    }
}

} // namespace

void SpeechView::paintRuns(QPainter *painter, const QList<QTextBlock> &blocks, bool underlines) const
{
    if (m_runs.isEmpty())
        return;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QFontMetricsF metrics(font());
    const qreal thickness = std::max(1.0, metrics.lineWidth());
    for (const QTextBlock &block : blocks) {
        const int from = block.position();
        const int to = from + block.length();
        const QPointF origin = layout->blockBoundingRect(block).topLeft() - scroll;
        // The runs are sorted and disjoint: the first one ending after the block's start, on.
        auto run = std::upper_bound(
            m_runs.cbegin(), m_runs.cend(), from, [](int at, const HighlightRun &r) { return at < r.end; });
        for (; run != m_runs.cend() && run->start < to; ++run) {
            if (underlines && !run->underline.isValid())
                continue;
            forEachLineBox(
                block, origin, run->start, run->end, [&](const QRectF &box, const QTextLine &line) {
                    if (!underlines) {
                        painter->fillRect(box, run->background);
                        return;
                    }
                    const qreal y = box.top() + line.ascent() + metrics.underlinePos();
                    painter->fillRect(QRectF(box.left(), y, box.width(), thickness), run->underline);
                });
        }
    }
}

void SpeechView::paintMarks(QPainter *painter, const QList<QTextBlock> &blocks) const
{
    if (m_marks.isEmpty() || blocks.isEmpty())
        return;
    // The bars sit in the document margin, right of the viewport's edge and
    // clear of the text.
    constexpr int BarWidth = 2;
    constexpr int Pitch = 3;
    constexpr int MaxBars = 3;
    const int right = int(document()->documentMargin()) - 3;
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const qreal scroll = verticalScrollBar()->value();
    const int first = blocks.constFirst().position();
    const int last = blocks.constLast().position() + blocks.constLast().length();
    // The top or bottom of the line at `position`, which is in one of `blocks`.
    const auto lineEdge = [&](int position, bool top) {
        const QTextBlock block = document()->findBlock(position);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        const qreal y = layout->blockBoundingRect(block).top() - scroll;
        if (!line.isValid())
            return y;
        return y + line.y() + (top ? 0 : line.height());
    };
    const qreal above = layout->blockBoundingRect(blocks.constFirst()).top() - scroll;
    const qreal below = layout->blockBoundingRect(blocks.constLast()).bottom() - scroll;
    // Marks are sorted by start; m_markReach finds the first that reaches the blocks.
    const auto reach = std::upper_bound(m_markReach.cbegin(), m_markReach.cend(), first);
    for (qsizetype i = reach - m_markReach.cbegin(); i < m_marks.size(); ++i) {
        const MarginMark &mark = m_marks.at(i);
        if (mark.start >= last)
            break;
        if (mark.end <= first)
            continue;
        // Off the blocks at either end, the bar runs on past the edge of what is painted.
        const qreal top = mark.start < first ? above - 4 : lineEdge(mark.start, true);
        const qreal bottom =
            mark.end >= last ? below + 4 : lineEdge(std::max(mark.start, mark.end - 1), false);
        const QRectF rows(0, top + 2, 1, bottom - top - 4);
        for (int c = 0; c < std::min(MaxBars, int(mark.colours.size())); ++c) {
            const int x = right - (c + 1) * Pitch + (Pitch - BarWidth);
            painter->fillRect(QRectF(x, rows.top(), BarWidth, rows.height()), mark.colours.at(c));
        }
    }
}

void SpeechView::paintVeil(QPainter *painter, const QList<QTextBlock> &blocks) const
{
    if (!m_dimmed.contains(true))
        return;
    QColor veil = palette().color(QPalette::Base);
    veil.setAlphaF(0.7f);
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const qreal width = viewport()->width() + scroll.x();
    for (const QTextBlock &block : blocks) {
        if (!m_dimmed.value(turnOfBlock(block.blockNumber())))
            continue;
        const QRectF bounds = layout->blockBoundingRect(block).translated(-scroll);
        painter->fillRect(QRectF(0, bounds.top(), width, bounds.height()), veil);
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
        const QPointF origin = document()->documentLayout()->blockBoundingRect(block).topLeft() - scroll;
        forEachLineBox(block, origin, from, to,
            [&boxes](const QRectF &box, const QTextLine &) { boxes.append(box.adjusted(-2, -1, 2, 1)); });
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
