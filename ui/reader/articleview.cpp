#include "reader/articleview.h"

#include "model/article.h"
#include "reader/editornoteband.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextCursor>
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
    QString name;
    QString bio;
    QList<QStringList> turns;
    /// The segment ordinal of each paragraph, in the shape of `turns`.
    QList<QList<qsizetype>> ordinals;
};

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// A splitter handle drawn as a hairline in the palette's mid tone, so panes
/// read as separate sheets in both orientations.
class PaneSplitterHandle : public QSplitterHandle
{
public:
    using QSplitterHandle::QSplitterHandle;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Base));
        const QRect line = orientation() == Qt::Horizontal ? QRect(width() / 2, 0, 1, height())
                                                           : QRect(0, height() / 2, width(), 1);
        painter.fillRect(line, palette().color(QPalette::Mid));
    }
};

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

class PaneSplitter : public QSplitter
{
public:
    using QSplitter::QSplitter;

protected:
    QSplitterHandle *createHandle() override { return new PaneSplitterHandle(orientation(), this); }
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
    , m_titleLabel(makeLabel(u"articleTitle"_s, this))
    , m_detailsLabel(makeLabel(u"articleDetails"_s, this))
    , m_noteBand(new EditorNoteBand(this))
    , m_body(new QStackedWidget(this))
    , m_splitter(new PaneSplitter(Qt::Horizontal, this))
    , m_onePage(new QWidget(this))
    , m_speakerList(new QListWidget(this))
    , m_paneStack(new QStackedWidget(this))
    , m_pointSize(defaultReadingPointSize())
{
    setObjectName(u"articleView"_s);
    setAccessibleName(tr("Article"));
    setMinimumSize(360, 300);
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
    // The article's title and what is not speech (captions, metadata).
    QFont titleFont = SpeechView::readingFont(font().pointSizeF() * 1.75);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAccessibleName(tr("Article title"));
    m_detailsLabel->setFont(scaledFont(font(), 0.9));
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailsLabel->setAccessibleName(tr("Captions and details"));

    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(PageMargin, 18, PageMargin, 12);
    headerLayout->setSpacing(6);
    headerLayout->addWidget(m_titleLabel);
    headerLayout->addWidget(m_detailsLabel);
    return header;
}

void ArticleView::setupBody()
{
    // The speakers: side by side or stacked in the splitter, or one at a time beside a list.
    m_splitter->setObjectName(u"paneSplitter"_s);
    m_splitter->setAccessibleName(tr("Speakers"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(std::max(m_splitter->handleWidth(), 5));

    m_speakerList->setObjectName(u"speakerList"_s);
    m_speakerList->setAccessibleName(tr("Speakers"));
    m_speakerList->setFrameShape(QFrame::NoFrame);
    m_speakerList->setMinimumWidth(140);
    m_speakerList->setMaximumWidth(280);
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

    m_body->addWidget(m_splitter);
    m_body->addWidget(m_onePage);
}

ArticleView::~ArticleView() = default;

void ArticleView::setArticle(const Article &article)
{
    clearPanes();

    QStringList details;
    QStringList noteParagraphs;
    QString noteLabel;
    QList<Voice> voices;
    // Narration is keyed by a null name, which no speaker has; nullopt before the first voice.
    std::optional<QString> previousKey;
    for (qsizetype ordinal = 0; ordinal < article.segments.size(); ++ordinal) {
        const Segment &segment = article.segments.at(ordinal);
        switch (segment.kind) {
        case SegmentKind::Caption:
        case SegmentKind::Metadata:
            details += segment.paragraphs;
            continue;
        case SegmentKind::EditorNote:
            if (noteLabel.isEmpty())
                noteLabel = segment.label;
            noteParagraphs += segment.paragraphs;
            continue;
        case SegmentKind::Speaker:
        case SegmentKind::Narration:
            break;
        }
        const bool isSpeaker = segment.kind == SegmentKind::Speaker && segment.speaker;
        const QString key = isSpeaker ? segment.speaker->name : QString();
        auto voice = std::find_if(voices.begin(), voices.end(),
            [&](const Voice &v) { return v.name.isNull() == key.isNull() && v.name == key; });
        if (voice == voices.end()) {
            voices.append({key, QString(), {}, {}});
            voice = voices.end() - 1;
        }
        if (isSpeaker && voice->bio.isEmpty())
            voice->bio = segment.speaker->bio;
        // Consecutive segments of one voice are one turn; a return after someone else is a new one.
        const bool continues = previousKey && previousKey->isNull() == key.isNull() && *previousKey == key;
        const QList<qsizetype> ordinals(segment.paragraphs.size(), ordinal);
        if (continues) {
            voice->turns.last() += segment.paragraphs;
            voice->ordinals.last() += ordinals;
        } else {
            voice->turns.append(segment.paragraphs);
            voice->ordinals.append(ordinals);
        }
        previousKey = key;
    }

    m_titleLabel->setText(article.displayTitle());
    m_detailsLabel->setText(details.join(u'\n'));
    m_detailsLabel->setVisible(!details.isEmpty());
    m_noteBand->setNote(noteLabel, noteParagraphs);
    m_noteBand->setVisible(!noteParagraphs.isEmpty());

    const QString narrationTitle = article.title.isEmpty() ? tr("Narration") : article.title;
    for (const Voice &voice : std::as_const(voices)) {
        const QString name = voice.name.isNull() ? narrationTitle : voice.name;
        auto *pane = new SpeakerPane(name, voice.bio, voice.turns, m_pointSize, this);
        pane->setSegmentOrdinals(voice.ordinals);
        connect(pane->speechView(), &SpeechView::zoomRequested, this, &ArticleView::zoomRequested);
        pane->installEventFilter(this);
        m_panes.append(pane);

        auto *item = new QListWidgetItem(name, m_speakerList);
        item->setToolTip(voice.bio);
        item->setData(Qt::AccessibleDescriptionRole, voice.bio);
    }
    m_speakerList->setCurrentRow(m_panes.isEmpty() ? -1 : 0);
    placePanes();
    m_pages->setCurrentIndex(1);
}

void ArticleView::clear()
{
    clearPanes();
    m_titleLabel->clear();
    m_detailsLabel->clear();
    m_pages->setCurrentIndex(0);
}

bool ArticleView::hasArticle() const
{
    return m_pages->currentIndex() == 1;
}

ArticleLayout ArticleView::articleLayout() const
{
    return m_layout;
}

void ArticleView::setArticleLayout(ArticleLayout layout)
{
    if (layout == m_layout)
        return;
    const int current = currentSpeaker();
    m_layout = layout;
    placePanes();
    if (current >= 0)
        setCurrentSpeaker(current);
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
    m_noteBand->setReadingPointSize(pointSize);
    alignPaneHeaders();
}

qreal ArticleView::defaultReadingPointSize()
{
    return std::max(11.0, QApplication::font().pointSizeF() * 1.2);
}

QList<SpeakerPane *> ArticleView::panes() const
{
    return m_panes;
}

QList<SpeakerPane *> ArticleView::textPanes() const
{
    return m_panes;
}

int ArticleView::currentSpeaker() const
{
    if (m_panes.isEmpty())
        return -1;
    if (m_layout == ArticleLayout::OneAtATime)
        return m_speakerList->currentRow();
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (focus && m_panes.at(i)->isAncestorOf(focus))
            return int(i);
    }
    return 0;
}

void ArticleView::setCurrentSpeaker(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    if (m_layout == ArticleLayout::OneAtATime)
        m_speakerList->setCurrentRow(index);
    else
        m_panes.at(index)->speechView()->setFocus(Qt::OtherFocusReason);
}

void ArticleView::showNextSpeaker()
{
    const int current = currentSpeaker();
    // Focus inside another widget counts as "before the first speaker".
    const bool inPanes = current >= 0 && m_panes.at(current)->isAncestorOf(QApplication::focusWidget());
    setCurrentSpeaker(m_layout == ArticleLayout::OneAtATime || inPanes ? current + 1 : 0);
}

void ArticleView::showPreviousSpeaker()
{
    setCurrentSpeaker(currentSpeaker() - 1);
}

SpeakerPane *ArticleView::revealSpan(qsizetype segment, qsizetype start, qsizetype end)
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        SpeakerPane *pane = m_panes.at(i);
        if (!pane->hasSegment(segment))
            continue;
        setCurrentSpeaker(int(i));
        SpeechView *speech = pane->speechView();
        const int from = pane->documentPosition(segment, start);
        const int to = pane->documentPosition(segment, end);
        // Scroll to the end first, then the start, so a long span shows from its beginning.
        QTextCursor cursor = speech->textCursor();
        cursor.setPosition(to);
        speech->setTextCursor(cursor);
        speech->ensureCursorVisible();
        cursor.setPosition(from, QTextCursor::KeepAnchor);
        speech->setTextCursor(cursor);
        speech->ensureCursorVisible();
        speech->setFocus(Qt::OtherFocusReason);
        speech->flash(from, to);
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

QListWidget *ArticleView::speakerList() const
{
    return m_speakerList;
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
        m_body->setCurrentWidget(m_onePage);
        alignPaneHeaders();
        return;
    }
    m_splitter->setOrientation(m_layout == ArticleLayout::Stacked ? Qt::Vertical : Qt::Horizontal);
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        SpeakerPane *pane = m_panes.at(i);
        m_splitter->insertWidget(int(i), pane);
        // A pane coming back from the stack was hidden there.
        pane->show();
    }
    // Sizes from the other orientation mean nothing here: share the space evenly.
    m_splitter->setSizes(QList<int>(m_panes.size(), 1000));
    m_body->setCurrentWidget(m_splitter);
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
}

} // namespace Colloquy
