#include "reader/conversationview.h"

#include "reader/articleshape.h"
#include "reader/compareview.h"
#include "reader/speakerpane.h"
#include "reader/speakerstyle.h"
#include "reader/speechview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr const char *VoiceProperty = "colloquyVoice";

QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_speakersButton(new QToolButton(this))
    , m_speakersMenu(new QMenu(this))
    , m_modeBox(new QComboBox(this))
    , m_compareButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_reading(new SpeakerPane(QString(), QString(), {}, m_pointSize, this))
    , m_compare(new CompareView(this))
{
    setObjectName(u"conversationView"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_reading->setObjectName(u"conversationPane"_s);
    m_reading->setHeaderVisible(false);
    m_reading->setAccessibleName(tr("Conversation"));
    m_reading->speechView()->setAccessibleName(tr("Conversation"));
    connect(m_reading->speechView(), &SpeechView::zoomRequested, this, &ConversationView::zoomRequested);
    connect(m_compare, &CompareView::zoomRequested, this, &ConversationView::zoomRequested);
    m_stack->addWidget(m_reading);
    m_stack->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFilterBar());
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);
}

ConversationView::~ConversationView() = default;

QWidget *ConversationView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"conversationFilterBar"_s);
    m_speakersButton->setObjectName(u"conversationSpeakerFilter"_s);
    m_speakersButton->setAccessibleName(tr("Speakers shown"));
    m_speakersButton->setToolTip(tr("Choose the speakers to follow; the others are dimmed or hidden"));
    m_speakersButton->setPopupMode(QToolButton::InstantPopup);
    m_speakersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_speakersButton->setMenu(m_speakersMenu);
    m_speakersButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_modeBox->setObjectName(u"conversationFilterMode"_s);
    m_modeBox->setAccessibleName(tr("Other speakers"));
    m_modeBox->addItem(tr("Dim the others"), int(FilterMode::Dim));
    m_modeBox->addItem(tr("Hide the others"), int(FilterMode::Hide));
    m_modeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_modeBox, &QComboBox::activated, this,
        [this](int index) { setFilterMode(FilterMode(m_modeBox->itemData(index).toInt())); });
    m_compareButton->setObjectName(u"conversationCompare"_s);
    m_compareButton->setText(tr("Co&mpare"));
    m_compareButton->setCheckable(true);
    m_compareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compareButton->setToolTip(
        tr("Show the chosen speakers' answers side by side, row by row with the questions"));
    connect(m_compareButton, &QToolButton::toggled, this, &ConversationView::setComparing);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_speakersButton);
    layout->addWidget(m_modeBox);
    layout->addStretch(1);
    layout->addWidget(m_compareButton);
    return bar;
}

void ConversationView::setParts(const ArticleParts &parts, qreal pointSize)
{
    m_parts = parts;
    m_questioner = questionerOf(parts);
    m_pointSize = pointSize;
    m_chosen.clear();
    m_reading->setReadingPointSize(pointSize);
    fillSpeakerMenu();
    const bool wasComparing = std::exchange(m_comparing, false);
    showReading();
    if (wasComparing)
        Q_EMIT panesChanged();
}

const ArticleParts &ConversationView::parts() const
{
    return m_parts;
}

void ConversationView::clear()
{
    setParts({}, m_pointSize);
}

void ConversationView::setReadingPointSize(qreal pointSize)
{
    m_pointSize = pointSize;
    m_reading->setReadingPointSize(pointSize);
    m_compare->setReadingPointSize(pointSize);
}

QList<SpeakerPane *> ConversationView::panes() const
{
    return m_comparing ? m_compare->panes() : QList<SpeakerPane *> {m_reading};
}

SpeakerPane *ConversationView::readingPane() const
{
    return m_reading;
}

CompareView *ConversationView::compareView() const
{
    return m_compare;
}

QColor ConversationView::voiceColour(int voice) const
{
    return voice >= 0 ? SpeakerStyle::colour(voice, palette()) : QColor();
}

void ConversationView::fillSpeakerMenu()
{
    m_speakersMenu->clear();
    QAction *all = m_speakersMenu->addAction(tr("&All Speakers"));
    all->setObjectName(u"conversationAllSpeakers"_s);
    connect(all, &QAction::triggered, this, [this] { setChosenVoices({}); });
    m_speakersMenu->addSeparator();
    const QList<int> counts = m_parts.turnCounts();
    for (int voice = 0; voice < int(m_parts.voices.size()); ++voice) {
        const QString name = m_parts.voices.at(voice).name;
        QAction *action = m_speakersMenu->addAction(dotIcon(voiceColour(voice)),
            counts.at(voice) == 1 ? tr("%1 (1 turn)").arg(name)
                                  : tr("%1 (%2 turns)").arg(name).arg(counts.at(voice)));
        action->setCheckable(true);
        action->setProperty(VoiceProperty, voice);
        connect(action, &QAction::toggled, this, [this, voice](bool on) {
            QList<int> chosen = m_chosen;
            chosen.removeAll(voice);
            if (on)
                chosen.append(voice);
            std::sort(chosen.begin(), chosen.end());
            setChosenVoices(chosen);
        });
    }
    updateFilterBar();
}

QList<int> ConversationView::chosenVoices() const
{
    return m_chosen;
}

void ConversationView::setChosenVoices(const QList<int> &voices)
{
    QList<int> chosen;
    for (const int voice : voices) {
        if (voice >= 0 && voice < m_parts.voices.size() && !chosen.contains(voice))
            chosen.append(voice);
    }
    std::sort(chosen.begin(), chosen.end());
    // Everyone chosen is no filter at all.
    if (chosen.size() == m_parts.voices.size())
        chosen.clear();
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    updateFilterBar();
    if (m_comparing)
        startCompare();
    else if (m_mode == FilterMode::Hide)
        showReading();
    else
        updateDimming();
}

ConversationView::FilterMode ConversationView::filterMode() const
{
    return m_mode;
}

void ConversationView::setFilterMode(FilterMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    updateFilterBar();
    if (!m_chosen.isEmpty() && !m_comparing)
        showReading();
}

bool ConversationView::isComparing() const
{
    return m_comparing;
}

void ConversationView::setComparing(bool comparing)
{
    if (comparing && comparedVoices().isEmpty())
        comparing = false;
    if (comparing == m_comparing) {
        updateFilterBar();
        return;
    }
    m_comparing = comparing;
    if (comparing) {
        startCompare();
    } else {
        m_compare->clear();
        m_stack->setCurrentWidget(m_reading);
    }
    updateFilterBar();
    Q_EMIT panesChanged();
}

void ConversationView::resetFilter()
{
    setComparing(false);
    setChosenVoices({});
}

QList<int> ConversationView::comparedVoices() const
{
    QList<int> voices;
    for (int voice = 0; voice < int(m_parts.voices.size()); ++voice) {
        if ((m_chosen.isEmpty() || m_chosen.contains(voice)) && voice != m_questioner)
            voices.append(voice);
    }
    return voices;
}

void ConversationView::startCompare()
{
    const QList<int> voices = comparedVoices();
    QList<QColor> colours;
    for (const int voice : voices)
        colours.append(voiceColour(voice));
    m_compare->setComparison(m_parts, voices, colours, m_questioner, voiceColour(m_questioner), m_pointSize);
    m_stack->setCurrentWidget(m_compare);
}

void ConversationView::showReading()
{
    // Each turn headed by its speaker (with the bio the first time), unless
    // the filter hides it; narration unheaded.
    QList<QStringList> turns;
    QList<QList<qsizetype>> ordinals;
    QList<SpeechView::TurnHeading> headings;
    m_readingTurns.clear();
    const bool hiding = m_mode == FilterMode::Hide && !m_chosen.isEmpty();
    QList<bool> introduced(m_parts.voices.size(), false);
    for (qsizetype t = 0; t < m_parts.turns.size(); ++t) {
        const ArticleParts::Turn &turn = m_parts.turns.at(t);
        if (hiding && !m_chosen.contains(turn.voice))
            continue;
        turns.append(turn.paragraphs);
        ordinals.append(turn.ordinals);
        m_readingTurns.append(int(t));
        if (turn.voice < 0) {
            headings.append(SpeechView::TurnHeading());
            continue;
        }
        const ArticleParts::Voice &voice = m_parts.voices.at(turn.voice);
        const bool first = !std::exchange(introduced[turn.voice], true);
        headings.append({voice.name, first ? voice.bio : QString(), voiceColour(turn.voice)});
    }
    m_reading->setTurns(turns, ordinals, headings);
    m_stack->setCurrentWidget(m_reading);
    updateDimming();
}

QList<int> ConversationView::readingVoices() const
{
    QList<int> voices;
    for (const int turn : m_readingTurns)
        voices.append(m_parts.turns.at(turn).voice);
    return voices;
}

void ConversationView::updateDimming()
{
    QList<bool> dimmed;
    if (!m_chosen.isEmpty() && m_mode == FilterMode::Dim) {
        for (const int turn : std::as_const(m_readingTurns))
            dimmed.append(!m_chosen.contains(m_parts.turns.at(turn).voice));
    }
    m_reading->speechView()->setDimmedTurns(dimmed);
}

void ConversationView::updateFilterBar()
{
    for (QAction *action : m_speakersMenu->actions()) {
        const QVariant voice = action->property(VoiceProperty);
        if (voice.isValid()) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_chosen.contains(voice.toInt()));
        }
    }
    QStringList names;
    for (const int voice : std::as_const(m_chosen))
        names.append(m_parts.voices.at(voice).name);
    const QString text = m_chosen.isEmpty() ? tr("All speakers")
        : names.size() <= 2                 ? names.join(u", "_s)
                                            : tr("%1 speakers").arg(names.size());
    m_speakersButton->setText(text);
    m_speakersButton->setIcon(m_chosen.size() == 1 ? dotIcon(voiceColour(m_chosen.constFirst())) : QIcon());
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_mode)));
    m_modeBox->setEnabled(!m_chosen.isEmpty() && !m_comparing);
    m_compareButton->setEnabled(m_comparing || !comparedVoices().isEmpty());
    const QSignalBlocker blocker(m_compareButton);
    m_compareButton->setChecked(m_comparing);
}

void ConversationView::showNeighbourTurn(int direction)
{
    SpeechView *speech = m_reading->speechView();
    const QList<int> voices = readingVoices();
    const int current = std::max(0, speech->turnAt(speech->textCursor().position()));
    const bool inside = speech->hasFocus();
    int turn = inside ? current + direction : 0;
    // The next turn of someone else: skip the same speaker's and narration.
    const int from = voices.value(current, -1);
    while (inside && turn >= 0 && turn < voices.size() && (voices.at(turn) < 0 || voices.at(turn) == from))
        turn += direction;
    if (turn < 0 || turn >= voices.size())
        return;
    QTextCursor cursor = speech->textCursor();
    cursor.setPosition(speech->turnStart(turn));
    speech->setTextCursor(cursor);
    speech->setFocus(Qt::OtherFocusReason);
    // The turn's start near the top, not just barely in sight.
    speech->ensureCursorVisible();
    QScrollBar *bar = speech->verticalScrollBar();
    bar->setValue(bar->value() + speech->cursorRect().top() - speech->fontMetrics().height());
}

QToolButton *ConversationView::speakerFilterButton() const
{
    return m_speakersButton;
}

QComboBox *ConversationView::filterModeBox() const
{
    return m_modeBox;
}

QToolButton *ConversationView::compareButton() const
{
    return m_compareButton;
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Speaker colours follow a light or dark palette.
    if (event->type() == QEvent::PaletteChange && !m_parts.voices.isEmpty()) {
        fillSpeakerMenu();
        if (!m_comparing)
            showReading();
    }
}

} // namespace Colloquy
