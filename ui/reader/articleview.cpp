#include "reader/articleview.h"

#include "model/article.h"
#include "reader/conversationview.h"
#include "reader/editornoteband.h"
#include "reader/elidedlabel.h"
#include "reader/panesplitter_p.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr int PageMargin = 24;

/// A voice of the article and everything it says, before it becomes a pane.
struct Voice
{
    int voice = -1; ///< into ArticleParts::voices; -1 for narration
    QList<QStringList> turns;
    /// The segment ordinal of each paragraph, in the shape of `turns`.
    QList<QList<qsizetype>> ordinals;
};

/// The introduction shows this many lines and scrolls beyond.
constexpr int IntroLines = 5;
constexpr int CompactIntroLines = 3;
/// A long title wraps to this many lines, then elides (its tooltip has it all).
constexpr int TitleLines = 3;
constexpr int CompactTitleLines = 2;
/// Below this height the article view is compact: the editor's note starts folded.
constexpr int CompactHeight = 640;

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// Speaker list rows: the name, and below it the bio, smaller and muted.
class SpeakerListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QRect text = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
        QFont nameFont = opt.font;
        nameFont.setBold(true);
        const QFont bioFont = scaledFont(opt.font, 0.85);
        const QFontMetrics nameMetrics(nameFont);
        const QFontMetrics bioMetrics(bioFont);

        painter->save();
        painter->setPen(color);
        painter->setFont(nameFont);
        painter->drawText(QRect(text.left(), text.top(), text.width(), nameMetrics.height()), Qt::AlignLeft,
            nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        color.setAlphaF(0.7f);
        painter->setPen(color);
        painter->setFont(bioFont);
        const QString bio = index.data(Qt::ToolTipRole).toString();
        painter->drawText(
            QRect(text.left(), text.top() + nameMetrics.height() + 2, text.width(), bioMetrics.height()),
            Qt::AlignLeft, bioMetrics.elidedText(bio, Qt::ElideRight, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QFont nameFont = option.font;
        nameFont.setBold(true);
        return {0,
            QFontMetrics(nameFont).height() + QFontMetrics(scaledFont(option.font, 0.85)).height() + 2 +
                2 * Padding};
    }

private:
    static constexpr int Padding = 8;
};

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_titleLabel(new ElidedLabel(QString(), this))
    , m_detailsLabel(makeLabel(u"articleDetails"_s, this))
    , m_introPane(new SpeakerPane(tr("Introduction"), QString(), {}, defaultReadingPointSize(), this))
    , m_noteBand(new EditorNoteBand(this))
    , m_body(new QStackedWidget(this))
    , m_paneScroll(new QScrollArea(this))
    , m_splitter(new PaneSplitter(Qt::Horizontal, this))
    , m_onePage(new QWidget(this))
    , m_speakerList(new QListWidget(this))
    , m_paneStack(new QStackedWidget(this))
    , m_conversation(new ConversationView(this))
    , m_pointSize(defaultReadingPointSize())
{
    setObjectName(u"articleView"_s);
    setAccessibleName(tr("Article"));
    // Small enough for a laptop with the library and a dock beside it; the
    // panes scroll when they do not fit.
    setMinimumSize(260, 240);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    QWidget *empty = buildEmptyPage();
    QWidget *header = buildHeader();
    setupBody();

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *article = new QWidget(this);
    auto *articleLayout = new QVBoxLayout(article);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->setSpacing(0);
    articleLayout->addWidget(header);
    articleLayout->addWidget(m_noteBand);
    articleLayout->addWidget(rule);
    articleLayout->addWidget(m_body, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(article);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

QWidget *ArticleView::buildEmptyPage()
{
    // The page shown before any article is chosen.
    auto *empty = new QWidget(this);
    auto *emptyTitle = new QLabel(tr("No article open"), empty);
    emptyTitle->setFont(scaledFont(font(), 1.5, true));
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyHint = new QLabel(
        tr("Choose an article in the library, open a file with File → Open…, or drop text files here."),
        empty);
    emptyHint->setWordWrap(true);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch();
    return empty;
}

QWidget *ArticleView::buildHeader()
{
    // The article's title, what is not speech (captions, metadata) and the introduction.
    QFont titleFont = SpeechView::readingFont(font().pointSizeF() * 1.75);
    titleFont.setBold(true);
    m_titleLabel->setObjectName(u"articleTitle"_s);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setMaximumLines(TitleLines);
    m_titleLabel->setAccessibleName(tr("Article title"));
    m_detailsLabel->setFont(scaledFont(font(), 0.9));
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailsLabel->setAccessibleName(tr("Captions and details"));

    m_introPane->setObjectName(u"introPane"_s);
    m_introPane->setHeaderVisible(false);
    m_introPane->setMinimumSize(0, 0);
    m_introPane->setCodingStripVisible(false); // a few lines need no overview
    SpeechView *intro = m_introPane->speechView();
    intro->setObjectName(u"introText"_s);
    intro->setAccessibleName(tr("Introduction"));
    intro->setColumnAlignment(Qt::AlignLeft);
    intro->setFittedLines(IntroLines);
    intro->document()->setDocumentMargin(0);
    connect(intro, &SpeechView::zoomRequested, this, &ArticleView::zoomRequested);

    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(PageMargin, 18, PageMargin, 12);
    headerLayout->setSpacing(6);
    headerLayout->addWidget(m_titleLabel);
    headerLayout->addWidget(m_detailsLabel);
    headerLayout->addWidget(m_introPane);
    return header;
}

void ArticleView::setupBody()
{
    // The speakers: side by side or stacked in the splitter, which scrolls
    // when the panes do not fit; one at a time beside a list; or the conversation.
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setAccessibleName(tr("Speakers"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(std::max(m_splitter->handleWidth(), 5));
    m_paneScroll->setObjectName(u"paneScrollArea"_s);
    m_paneScroll->setAccessibleName(tr("Speaker panes"));
    m_paneScroll->setFrameShape(QFrame::NoFrame);
    m_paneScroll->setWidgetResizable(true);
    m_paneScroll->setWidget(m_splitter);
    m_paneScroll->setBackgroundRole(QPalette::Base);

    m_speakerList->setObjectName(u"speakerList"_s);
    m_speakerList->setAccessibleName(tr("Speakers"));
    m_speakerList->setFrameShape(QFrame::NoFrame);
    m_speakerList->setMinimumWidth(120);
    m_speakerList->setMaximumWidth(260);
    m_speakerList->setItemDelegate(new SpeakerListDelegate(m_speakerList));
    m_speakerList->setBackgroundRole(QPalette::AlternateBase);
    m_speakerList->viewport()->setBackgroundRole(QPalette::AlternateBase);
    connect(m_speakerList, &QListWidget::currentRowChanged, m_paneStack, &QStackedWidget::setCurrentIndex);
    auto *oneLayout = new QHBoxLayout(m_onePage);
    oneLayout->setContentsMargins(0, 0, 0, 0);
    oneLayout->setSpacing(0);
    oneLayout->addWidget(m_speakerList);
    auto *divider = new QFrame(m_onePage);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    oneLayout->addWidget(divider);
    oneLayout->addWidget(m_paneStack, 1);

    connect(m_conversation, &ConversationView::zoomRequested, this, &ArticleView::zoomRequested);
    connect(m_conversation, &ConversationView::panesChanged, this, &ArticleView::panesChanged);

    // A window too narrow for the list and a readable pane scrolls sideways.
    auto *oneScroll = new QScrollArea(this);
    oneScroll->setObjectName(u"oneAtATimeScrollArea"_s);
    oneScroll->setAccessibleName(tr("Speaker shown"));
    oneScroll->setFrameShape(QFrame::NoFrame);
    oneScroll->setWidgetResizable(true);
    oneScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    oneScroll->setWidget(m_onePage);
    m_body->addWidget(m_paneScroll);
    m_body->addWidget(oneScroll);
    m_body->addWidget(m_conversation);
}

ArticleView::~ArticleView() = default;

void ArticleView::setArticle(const Article &article)
{
    clearPanes();
    m_parts = articlePartsOf(article);
    m_titleLabel->setText(m_parts.title);
    m_detailsLabel->setText(m_parts.details.join(u'\n'));
    m_detailsLabel->setVisible(!m_parts.details.isEmpty());
    m_noteBand->setNote(m_parts.noteLabel, m_parts.noteParagraphs);
    m_noteBand->setVisible(!m_parts.noteParagraphs.isEmpty());
    if (isCompact())
        m_noteBand->setExpanded(false);
    m_introPane->setTurns({m_parts.intro.paragraphs}, {m_parts.intro.ordinals});
    m_pages->setCurrentIndex(1);
    ensurePanes();
}

void ArticleView::clear()
{
    clearPanes();
    m_parts = {};
    m_introPane->setTurns({}, {});
    m_titleLabel->clear();
    m_detailsLabel->clear();
    m_pages->setCurrentIndex(0);
}

bool ArticleView::hasArticle() const
{
    return m_pages->currentIndex() == 1;
}

const ArticleParts &ArticleView::parts() const
{
    return m_parts;
}

ArticleLayout ArticleView::articleLayout() const
{
    return m_layout;
}

void ArticleView::setArticleLayout(ArticleLayout layout)
{
    if (layout == m_layout)
        return;
    const bool conversation = m_layout == ArticleLayout::Conversation;
    const int current = conversation ? -1 : currentSpeaker();
    m_layout = layout;
    if (hasArticle())
        ensurePanes();
    else
        updateIntro();
    if (current >= 0 && layout != ArticleLayout::Conversation)
        setCurrentSpeaker(current);
    Q_EMIT panesChanged();
}

void ArticleView::ensurePanes()
{
    if (m_layout == ArticleLayout::Conversation) {
        if (!m_conversationBuilt) {
            m_conversation->setParts(m_parts, m_pointSize);
            m_conversationBuilt = true;
        }
        m_body->setCurrentWidget(m_conversation);
    } else {
        if (!m_panesBuilt)
            buildVoicePanes();
        placePanes();
    }
    updateIntro();
}

void ArticleView::updateIntro()
{
    m_introPane->setVisible(hasArticle() && !m_parts.intro.paragraphs.isEmpty());
    updateCompactness();
}

void ArticleView::updateCompactness()
{
    // On a low window the head takes less room, so the speakers keep theirs.
    const bool compact = isCompact();
    m_introPane->speechView()->setFittedLines(compact ? CompactIntroLines : IntroLines);
    m_titleLabel->setMaximumLines(compact ? CompactTitleLines : TitleLines);
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->setCompactHeader(compact);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((event->oldSize().height() < CompactHeight) != (height() < CompactHeight))
        updateCompactness();
}

void ArticleView::buildVoicePanes()
{
    // One pane per voice in order of first appearance; narration after the
    // introduction gets one too, titled with the article.
    QList<Voice> voices;
    for (const ArticleParts::Turn &turn : std::as_const(m_parts.turns)) {
        auto voice = std::find_if(
            voices.begin(), voices.end(), [&turn](const Voice &v) { return v.voice == turn.voice; });
        if (voice == voices.end()) {
            voices.append({turn.voice, {}, {}});
            voice = voices.end() - 1;
        }
        voice->turns.append(turn.paragraphs);
        voice->ordinals.append(turn.ordinals);
    }
    const QString narration = m_parts.titled ? m_parts.title : tr("Narration");
    for (const Voice &voice : std::as_const(voices)) {
        const ArticleParts::Voice speaker =
            voice.voice >= 0 ? m_parts.voices.at(voice.voice) : ArticleParts::Voice {narration, {}, {}};
        auto *pane = new SpeakerPane(speaker.name, speaker.bio, voice.turns, m_pointSize, this);
        pane->setSegmentOrdinals(voice.ordinals);
        connect(pane->speechView(), &SpeechView::zoomRequested, this, &ArticleView::zoomRequested);
        pane->installEventFilter(this);
        m_panes.append(pane);

        auto *item = new QListWidgetItem(speaker.name, m_speakerList);
        // The delegate shows the tooltip, the bio, under the name.
        item->setToolTip(speaker.bio);
        item->setData(Qt::AccessibleDescriptionRole, speaker.bio);
    }
    m_speakerList->setCurrentRow(m_panes.isEmpty() ? -1 : 0);
    m_panesBuilt = true;
}

qreal ArticleView::readingPointSize() const
{
    return m_pointSize;
}

void ArticleView::setReadingPointSize(qreal pointSize)
{
    m_pointSize = pointSize;
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->setReadingPointSize(pointSize);
    m_introPane->setReadingPointSize(pointSize);
    m_conversation->setReadingPointSize(pointSize);
    m_noteBand->setReadingPointSize(pointSize);
    alignPaneHeaders();
}

qreal ArticleView::defaultReadingPointSize()
{
    return std::max(11.0, QApplication::font().pointSizeF() * 1.2);
}

QList<SpeakerPane *> ArticleView::panes() const
{
    if (m_layout == ArticleLayout::Conversation)
        return m_conversationBuilt ? m_conversation->panes() : QList<SpeakerPane *>();
    return m_panes;
}

QList<SpeakerPane *> ArticleView::textPanes() const
{
    QList<SpeakerPane *> panes = this->panes();
    if (!m_parts.intro.paragraphs.isEmpty())
        panes.prepend(m_introPane);
    return panes;
}

SpeakerPane *ArticleView::introPane() const
{
    return m_introPane;
}

ConversationView *ArticleView::conversationView() const
{
    return m_conversation;
}

int ArticleView::currentSpeaker() const
{
    const QList<SpeakerPane *> shown = panes();
    if (shown.isEmpty())
        return -1;
    if (m_layout == ArticleLayout::OneAtATime)
        return m_speakerList->currentRow();
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (focus && shown.at(i)->isAncestorOf(focus))
            return int(i);
    }
    return 0;
}

void ArticleView::setCurrentSpeaker(int index)
{
    const QList<SpeakerPane *> shown = panes();
    if (index < 0 || index >= shown.size())
        return;
    if (m_layout == ArticleLayout::OneAtATime) {
        m_speakerList->setCurrentRow(index);
        return;
    }
    SpeakerPane *pane = shown.at(index);
    if (m_layout != ArticleLayout::Conversation)
        m_paneScroll->ensureWidgetVisible(pane, 0, 0);
    pane->speechView()->setFocus(Qt::OtherFocusReason);
}

void ArticleView::showNextSpeaker()
{
    if (m_layout == ArticleLayout::Conversation && !m_conversation->isComparing()) {
        m_conversation->showNeighbourTurn(1);
        return;
    }
    const int current = currentSpeaker();
    // Focus inside another widget counts as "before the first speaker".
    const bool inPanes = current >= 0 && panes().at(current)->isAncestorOf(QApplication::focusWidget());
    setCurrentSpeaker(m_layout == ArticleLayout::OneAtATime || inPanes ? current + 1 : 0);
}

void ArticleView::showPreviousSpeaker()
{
    if (m_layout == ArticleLayout::Conversation && !m_conversation->isComparing()) {
        m_conversation->showNeighbourTurn(-1);
        return;
    }
    setCurrentSpeaker(currentSpeaker() - 1);
}

SpeakerPane *ArticleView::revealSpan(qsizetype segment, qsizetype start, qsizetype end)
{
    if (SpeakerPane *pane = revealIn(segment, start, end))
        return pane;
    // The conversation's filter or compare may keep the place out of sight.
    if (m_layout == ArticleLayout::Conversation &&
        (m_conversation->isComparing() || !m_conversation->chosenVoices().isEmpty())) {
        m_conversation->resetFilter();
        return revealIn(segment, start, end);
    }
    return nullptr;
}

SpeakerPane *ArticleView::revealIn(qsizetype segment, qsizetype start, qsizetype end)
{
    const QList<SpeakerPane *> shown = textPanes();
    for (SpeakerPane *pane : shown) {
        if (!pane->hasSegment(segment))
            continue;
        const qsizetype index = panes().indexOf(pane);
        if (index >= 0)
            setCurrentSpeaker(int(index));
        pane->showRange(pane->documentPosition(segment, start), pane->documentPosition(segment, end));
        pane->speechView()->setFocus(Qt::OtherFocusReason);
        return pane;
    }
    return nullptr;
}

EditorNoteBand *ArticleView::editorNoteBand() const
{
    return m_noteBand;
}

QLabel *ArticleView::titleLabel() const
{
    return m_titleLabel;
}

QLabel *ArticleView::detailsLabel() const
{
    return m_detailsLabel;
}

QSplitter *ArticleView::paneSplitter() const
{
    return m_splitter;
}

QScrollArea *ArticleView::paneScrollArea() const
{
    return m_paneScroll;
}

QListWidget *ArticleView::speakerList() const
{
    return m_speakerList;
}

bool ArticleView::isCompact() const
{
    const QWidget *top = window();
    return (isVisible() ? height() : top->height()) < CompactHeight;
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    // A pane's width decides how many lines its bio wraps to.
    if (event->type() == QEvent::Resize && qobject_cast<SpeakerPane *>(watched))
        alignPaneHeaders();
    return QWidget::eventFilter(watched, event);
}

void ArticleView::alignPaneHeaders()
{
    // Side by side, the speeches start on one line however long each bio is.
    int height = 0;
    if (m_layout == ArticleLayout::SideBySide) {
        for (const SpeakerPane *pane : std::as_const(m_panes))
            height = std::max(height, pane->naturalHeaderHeight());
    }
    for (SpeakerPane *pane : std::as_const(m_panes))
        pane->setHeaderMinimumHeight(height);
}

void ArticleView::placePanes()
{
    if (m_layout == ArticleLayout::OneAtATime) {
        for (SpeakerPane *pane : std::as_const(m_panes))
            m_paneStack->addWidget(pane);
        m_paneStack->setCurrentIndex(std::max(0, m_speakerList->currentRow()));
        m_body->setCurrentIndex(1);
        alignPaneHeaders();
        return;
    }
    const bool stacked = m_layout == ArticleLayout::Stacked;
    m_splitter->setOrientation(stacked ? Qt::Vertical : Qt::Horizontal);
    // Panes that do not fit scroll along the splitter.
    m_paneScroll->setHorizontalScrollBarPolicy(stacked ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    // Side by side, a window too low for a pane's header and a few lines scrolls down as well.
    m_paneScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        SpeakerPane *pane = m_panes.at(i);
        m_splitter->insertWidget(int(i), pane);
        // A pane coming back from the stack was hidden there.
        pane->show();
    }
    // Sizes from the other orientation mean nothing here: share the space evenly.
    m_splitter->setSizes(QList<int>(m_panes.size(), 1000));
    m_body->setCurrentWidget(m_paneScroll);
    alignPaneHeaders();
}

void ArticleView::clearPanes()
{
    m_speakerList->clear();
    // Empty the list first: deleting a pane resizes its siblings, and their
    // resize events must not see the panes already gone.
    const QList<SpeakerPane *> panes = std::exchange(m_panes, {});
    for (SpeakerPane *pane : panes)
        pane->removeEventFilter(this);
    qDeleteAll(panes);
    m_panesBuilt = false;
    m_conversation->clear();
    m_conversationBuilt = false;
}

} // namespace Colloquy
