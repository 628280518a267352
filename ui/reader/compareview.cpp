#include "reader/compareview.h"

#include "reader/articleparts.h"
#include "reader/panesplitter_p.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Colloquy {

namespace {

/// One column's cells, row by row, before they become a pane's turns.
struct Column
{
    QList<QStringList> turns;
    QList<QList<qsizetype>> ordinals;
    QList<SpeechView::TurnHeading> headings;
};

/// Rows by question: the question column first, then one per compared voice.
QList<Column> compareColumns(const ArticleParts &parts, const QList<int> &voices, int questioner)
{
    QList<Column> columns(voices.size() + 1);
    bool rowHasAnswer = false;
    const auto startRow = [&] {
        // A question nobody compared answered is left out.
        if (!columns.constFirst().turns.isEmpty() && !rowHasAnswer) {
            for (Column &column : columns) {
                column.turns.removeLast();
                column.ordinals.removeLast();
                column.headings.removeLast();
            }
        }
        for (Column &column : columns) {
            column.turns.append(QStringList());
            column.ordinals.append(QList<qsizetype>());
            column.headings.append(SpeechView::TurnHeading());
        }
        rowHasAnswer = false;
    };
    startRow();
    bool lastWasQuestion = false;
    for (const ArticleParts::Turn &turn : parts.turns) {
        if (turn.voice < 0)
            continue;
        const qsizetype answerer = voices.indexOf(turn.voice);
        const bool asks = questioner >= 0 ? turn.voice == questioner : answerer < 0;
        if (asks) {
            if (!lastWasQuestion)
                startRow();
            Column &questions = columns.first();
            questions.turns.last() += turn.paragraphs;
            questions.ordinals.last() += turn.ordinals;
            // Without one questioner, say who asks.
            if (questioner < 0 && questions.headings.last().name.isEmpty())
                questions.headings.last() = {parts.voices.at(turn.voice).name, {}, {}};
            lastWasQuestion = true;
            continue;
        }
        lastWasQuestion = false;
        if (answerer < 0)
            continue;
        Column &column = columns[answerer + 1];
        column.turns.last() += turn.paragraphs;
        column.ordinals.last() += turn.ordinals;
        rowHasAnswer = true;
    }
    if (!rowHasAnswer && columns.constFirst().turns.size() > 1) {
        for (Column &column : columns) {
            column.turns.removeLast();
            column.ordinals.removeLast();
            column.headings.removeLast();
        }
    }
    return columns;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_splitter(new PaneSplitter(Qt::Horizontal, this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_alignTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_splitter->setObjectName(QStringLiteral("compareSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(std::max(m_splitter->handleWidth(), 5));
    // Columns keep a readable width; when they do not fit, they scroll sideways.
    m_scroll->setObjectName(QStringLiteral("compareScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_splitter);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scrollBar->setObjectName(QStringLiteral("compareScrollBar"));
    m_scrollBar->setRange(0, 0);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &CompareView::syncScroll);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_scrollBar);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(0);
    connect(m_alignTimer, &QTimer::timeout, this, &CompareView::align);
}

CompareView::~CompareView() = default;

void CompareView::setComparison(const ArticleParts &parts, const QList<int> &voices,
    const QList<QColor> &colours, int questioner, const QColor &questionerColour, qreal pointSize)
{
    clear();
    const QList<Column> columns = compareColumns(parts, voices, questioner);
    m_rows = int(columns.constFirst().turns.size());
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const bool questions = c == 0;
        const ArticleParts::Voice voice = questions
            ? (questioner >= 0 ? parts.voices.at(questioner) : ArticleParts::Voice {tr("Questions"), {}, {}})
            : parts.voices.at(voices.at(c - 1));
        auto *pane = new SpeakerPane(voice.name, voice.bio, {}, pointSize, m_splitter);
        pane->setObjectName(questions ? QStringLiteral("compareQuestions") : QStringLiteral("compareColumn"));
        pane->setTurns(columns.at(c).turns, columns.at(c).ordinals, columns.at(c).headings);
        pane->setAccentColour(
            questions ? (questioner >= 0 ? questionerColour : QColor()) : colours.value(c - 1));
        SpeechView *speech = pane->speechView();
        connect(speech, &SpeechView::zoomRequested, this, &CompareView::zoomRequested);
        connect(speech->verticalScrollBar(), &QScrollBar::valueChanged, this, &CompareView::syncScroll);
        connect(
            speech->verticalScrollBar(), &QScrollBar::rangeChanged, this, &CompareView::updateScrollRange);
        speech->installEventFilter(this);
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    // The columns scroll together, by one scroll bar beside them all.
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->speechView()->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The questions take less room than the answers.
    QList<int> sizes(m_panes.size(), 1000);
    sizes.first() = 700;
    m_splitter->setSizes(sizes);
    m_alignTimer->start();
}

void CompareView::clear()
{
    const QList<SpeakerPane *> panes = std::exchange(m_panes, {});
    for (SpeakerPane *pane : panes)
        pane->speechView()->removeEventFilter(this);
    qDeleteAll(panes);
    m_rows = 0;
    updateScrollRange();
}

QList<SpeakerPane *> CompareView::panes() const
{
    return m_panes;
}

int CompareView::rowCount() const
{
    return m_rows;
}

QSplitter *CompareView::splitter() const
{
    return m_splitter;
}

QScrollArea *CompareView::scrollArea() const
{
    return m_scroll;
}

QScrollBar *CompareView::scrollBar() const
{
    return m_scrollBar;
}

void CompareView::setReadingPointSize(qreal pointSize)
{
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->setReadingPointSize(pointSize);
    m_alignTimer->start();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    // A new width rewraps every answer: the rows line up again.
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange ||
        event->type() == QEvent::Show)
        m_alignTimer->start();
    return QWidget::eventFilter(watched, event);
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_alignTimer->start();
}

void CompareView::align()
{
    if (m_panes.isEmpty() || !isVisible())
        return;
    int header = 0;
    for (const SpeakerPane *pane : std::as_const(m_panes))
        header = std::max(header, pane->naturalHeaderHeight());
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->setHeaderMinimumHeight(header);

    // Each row's natural height in each column, with no extra space anywhere.
    QList<QList<qreal>> heights;
    QList<qreal> rowHeights(m_rows, 0.0);
    for (SpeakerPane *pane : std::as_const(m_panes)) {
        SpeechView *speech = pane->speechView();
        speech->setTurnSpacing({}, 0);
        QList<qreal> column;
        qreal top = speech->turnTop(0);
        for (int row = 0; row < m_rows; ++row) {
            const qreal next =
                row + 1 < m_rows ? speech->turnTop(row + 1) : speech->document()->size().height();
            column.append(next - top);
            rowHeights[row] = std::max(rowHeights.at(row), next - top);
            top = next;
        }
        heights.append(column);
    }
    for (qsizetype c = 0; c < m_panes.size(); ++c) {
        QList<qreal> above(m_rows, 0.0);
        for (int row = 1; row < m_rows; ++row)
            above[row] = rowHeights.at(row - 1) - heights.at(c).at(row - 1);
        const qreal below = m_rows > 0 ? rowHeights.constLast() - heights.at(c).constLast() : 0.0;
        m_panes.at(c)->speechView()->setTurnSpacing(above, below);
    }
    syncScroll(m_panes.constFirst()->speechView()->verticalScrollBar()->value());
}

void CompareView::syncScroll(int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->speechView()->verticalScrollBar()->setValue(value);
    m_scrollBar->setValue(value);
    m_syncing = false;
}

void CompareView::updateScrollRange()
{
    // Aligned, the columns are equally tall; the longest one decides while they are not.
    int maximum = 0;
    int page = 0;
    for (const SpeakerPane *pane : std::as_const(m_panes)) {
        const QScrollBar *bar = pane->speechView()->verticalScrollBar();
        maximum = std::max(maximum, bar->maximum());
        page = std::max(page, bar->pageStep());
    }
    m_scrollBar->setRange(0, maximum);
    m_scrollBar->setPageStep(page);
    m_scrollBar->setSingleStep(
        m_panes.isEmpty() ? 1 : m_panes.constFirst()->speechView()->verticalScrollBar()->singleStep());
    m_scrollBar->setVisible(maximum > 0);
}

} // namespace Colloquy
