#include "reader/codingstrip.h"

#include "reader/listkeys.h"
#include "reader/speechview.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
/// Space left and right of the marks, and the least height of a mark, in pixels.
constexpr int Inset = 2;
constexpr int MinimumMarkHeight = 3;
/// How far from a mark a click still hits it, in pixels.
constexpr int HitSlack = 3;
/// The most characters of a quote a tooltip shows.
constexpr int QuoteStart = 60;
/// At most this many theme colours side by side, as the margin marks draw them.
constexpr int MaxColours = 3;
} // namespace

CodingStrip::CodingStrip(SpeechView *speech, QWidget *parent)
    : QWidget(parent)
    , m_speech(speech)
{
    setObjectName(u"codingStrip"_s);
    setAccessibleName(tr("Coding strip"));
    setFocusPolicy(Qt::NoFocus);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    const auto stale = [this] {
        m_places.clear();
        update();
    };
    connect(m_speech->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        stale);
    connect(m_speech->document(), &QTextDocument::contentsChanged, this, stale);
    QScrollBar *bar = m_speech->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(bar, &QScrollBar::rangeChanged, this, qOverload<>(&QWidget::update));
}

void CodingStrip::setMarks(const QList<Mark> &marks)
{
    const qint64 current = m_current >= 0 ? m_marks.at(m_current).highlightId : 0;
    m_marks = marks;
    // Reading order; of two starting together, the longer (outer) first.
    std::sort(m_marks.begin(), m_marks.end(),
        [](const Mark &a, const Mark &b) { return a.from != b.from ? a.from < b.from : a.to > b.to; });
    m_places.clear();
    const auto kept = std::find_if(
        m_marks.cbegin(), m_marks.cend(), [current](const Mark &m) { return m.highlightId == current; });
    m_current = m_marks.isEmpty() ? -1
        : kept != m_marks.cend()  ? int(kept - m_marks.cbegin())
                                  : std::clamp(m_current, 0, int(m_marks.size()) - 1);
    setFocusPolicy(m_marks.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    setAccessibleDescription(tr("%n claim(s) along the text", nullptr, int(m_marks.size())));
    update();
}

QList<CodingStrip::Mark> CodingStrip::marks() const
{
    return m_marks;
}

void CodingStrip::setThemeNames(const QHash<qint64, QStringList> &names)
{
    m_themeNames = names;
}

int CodingStrip::currentMark() const
{
    return m_current;
}

void CodingStrip::setCurrentMark(int index)
{
    if (index < 0 || index >= m_marks.size() || index == m_current)
        return;
    m_current = index;
    update();
}

void CodingStrip::ensurePlaces() const
{
    if (m_places.size() == m_marks.size())
        return;
    m_places.clear();
    const QTextDocument *document = m_speech->document();
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal height = std::max<qreal>(1.0, document->size().height());
    // The line holding `position`: its top, or its bottom; asking lays the text out that far.
    const auto lineEdge = [&](int position, bool bottom) {
        const QTextBlock block = document->findBlock(position);
        const QRectF box = layout->blockBoundingRect(block);
        const QTextLine line =
            block.layout() ? block.layout()->lineForTextPosition(position - block.position()) : QTextLine();
        if (!line.isValid())
            return bottom ? box.bottom() : box.top();
        return box.top() + line.y() + (bottom ? line.height() : 0.0);
    };
    for (const Mark &mark : m_marks) {
        const qreal top = lineEdge(mark.from, false);
        const qreal bottom = std::max(top, lineEdge(std::max(mark.from, mark.to - 1), true));
        m_places.append({std::clamp(top / height, 0.0, 1.0), std::clamp(bottom / height, 0.0, 1.0)});
    }
}

QRect CodingStrip::markRect(int index) const
{
    if (index < 0 || index >= m_marks.size())
        return {};
    ensurePlaces();
    const auto [top, bottom] = m_places.at(index);
    const int y = int(top * height());
    const int h = std::max(MinimumMarkHeight, int(bottom * height()) - y);
    return QRect(Inset, std::min(y, height() - h), width() - 2 * Inset, h);
}

int CodingStrip::markAt(int y) const
{
    int best = -1;
    int bestDistance = HitSlack + 1;
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRect rect = markRect(i);
        const int distance = y < rect.top() ? rect.top() - y : y > rect.bottom() ? y - rect.bottom() : 0;
        // Inside several (overlapping claims): the one that starts last, the innermost.
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString CodingStrip::describe(int index) const
{
    if (index < 0 || index >= m_marks.size())
        return {};
    const Mark &mark = m_marks.at(index);
    QTextCursor cursor(m_speech->document());
    cursor.setPosition(mark.from);
    cursor.setPosition(std::min(mark.to, mark.from + QuoteStart + 1), QTextCursor::KeepAnchor);
    QString quote = cursor.selectedText().replace(QChar::ParagraphSeparator, u' ').simplified();
    if (mark.to - mark.from > QuoteStart) {
        const qsizetype space = quote.lastIndexOf(u' ', QuoteStart);
        quote = quote.left(space > QuoteStart / 2 ? space : QuoteStart) + u'…';
    }
    const QStringList themes = m_themeNames.value(mark.highlightId);
    return tr("%1: “%2”").arg(themes.isEmpty() ? tr("Claim") : themes.join(u", "_s), quote);
}

QSize CodingStrip::sizeHint() const
{
    return {std::max(10, fontMetrics().height() * 3 / 4), 0};
}

QSize CodingStrip::minimumSizeHint() const
{
    return sizeHint();
}

void CodingStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, 0, 0, height());
    // The part of the text on screen, so the marks read against where the reader is.
    const qreal document = std::max<qreal>(1.0, m_speech->document()->size().height());
    const QScrollBar *bar = m_speech->verticalScrollBar();
    if (bar->maximum() > 0) {
        const int top = int(bar->value() / document * height());
        const int shown = std::max(4, int(m_speech->viewport()->height() / document * height()));
        QColor band = pal.color(QPalette::Highlight);
        band.setAlphaF(0.18f);
        p.fillRect(QRect(1, top, width() - 1, shown), band);
    }
    for (int i = 0; i < m_marks.size(); ++i) {
        const QRect rect = markRect(i);
        const QList<QColor> &colours = m_marks.at(i).colours;
        const int n = int(std::min<qsizetype>(std::max<qsizetype>(colours.size(), 1), MaxColours));
        const int each = std::max(1, rect.width() / n);
        for (int c = 0; c < n; ++c) {
            const QColor colour = colours.value(c, pal.color(QPalette::Text));
            const int left = rect.left() + c * each;
            p.fillRect(
                QRect(left, rect.top(), c == n - 1 ? rect.right() - left + 1 : each, rect.height()), colour);
        }
    }
    if (hasFocus() && m_current >= 0) {
        p.setPen(QPen(pal.color(QPalette::Text), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(markRect(m_current).adjusted(-Inset, -2, Inset - 1, 1));
    }
}

void CodingStrip::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        activate(m_current);
        return;
    }
    const std::optional<int> next = listKeyTarget(event->key(), m_current, int(m_marks.size()));
    if (!next) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (*next < 0)
        return; // no marks
    setCurrentMark(*next);
    showDescription(*next);
}

void CodingStrip::mousePressEvent(QMouseEvent *event)
{
    const int index = markAt(int(event->position().y()));
    if (event->button() != Qt::LeftButton || index < 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setCurrentMark(index);
    activate(index);
}

bool CodingStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos().y());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this, markRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update(); // the frame on the current mark
    return QWidget::event(event);
}

void CodingStrip::activate(int index)
{
    if (index < 0 || index >= m_marks.size())
        return;
    const Mark &mark = m_marks.at(index);
    Q_EMIT markActivated(mark.highlightId, mark.from, mark.to);
}

void CodingStrip::showDescription(int index)
{
    const QString text = describe(index);
    setAccessibleDescription(text);
    const QRect rect = markRect(index);
    QToolTip::showText(mapToGlobal(QPoint(0, rect.center().y())), text, this, rect);
}

} // namespace Colloquy
