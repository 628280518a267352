#include "speechview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SpeechView::SpeechView(QWidget *parent)
    : QTextBrowser(parent)
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

} // namespace Colloquy
