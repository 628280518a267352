#include "reader/speakerpane.h"

#include "reader/codingstrip.h"
#include "reader/elidedlabel.h"
#include "reader/highlightstyle.h"
#include "reader/speechview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace Colloquy {

namespace {
constexpr int HeaderTopMargin = 14;
constexpr int HeaderBottomMargin = 10;
constexpr int NameLines = 2;
constexpr int BioLines = 3;
/// A pane is never narrower than this many average characters of its text,
/// nor lower than its header and this many lines.
constexpr int MinimumColumnCharacters = 26;
constexpr int MinimumLines = 4;
} // namespace

SpeakerPane::SpeakerPane(const QString &name, const QString &bio, const QList<QStringList> &turns,
    qreal pointSize, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_bio(bio)
    , m_header(new QWidget(this))
    , m_rule(new QFrame(this))
    , m_nameLabel(new ElidedLabel(name, m_header))
    , m_bioLabel(new ElidedLabel(bio, m_header))
    , m_speech(new SpeechView(this))
    , m_strip(new CodingStrip(m_speech, this))
    , m_turns(turns)
{
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(name);

    // The header shares the speech's background so pane and text read as one sheet.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    // Long names and bios wrap, then elide with the whole text in a tooltip.
    m_nameLabel->setObjectName(QStringLiteral("speakerName"));
    m_nameLabel->setMaximumLines(NameLines);
    m_bioLabel->setObjectName(QStringLiteral("speakerBio"));
    m_bioLabel->setMaximumLines(BioLines);
    m_bioLabel->setForegroundRole(QPalette::PlaceholderText);
    m_bioLabel->setVisible(!bio.isEmpty());

    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_nameLabel);
    headerLayout->addWidget(m_bioLabel);
    headerLayout->addStretch();

    m_rule->setFrameShape(QFrame::HLine);
    m_rule->setFrameShadow(QFrame::Sunken);

    // The font first: a font change sets the whole text again.
    setReadingPointSize(pointSize);
    m_speech->setTurns(turns);
    m_speech->setAccessibleName(tr("Speech of %1").arg(name));
    setFocusProxy(m_speech);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_rule);
    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(m_speech, 1);
    body->addWidget(m_strip);
    layout->addLayout(body, 1);

    connect(m_speech, &SpeechView::columnChanged, this, &SpeakerPane::alignHeader);
    connect(m_strip, &CodingStrip::markActivated, this, [this](qint64 highlightId, int from, int to) {
        showRange(from, to);
        Q_EMIT claimChosen(highlightId);
    });
}

QString SpeakerPane::name() const
{
    return m_name;
}

QString SpeakerPane::bio() const
{
    return m_bio;
}

QLabel *SpeakerPane::nameLabel() const
{
    return m_nameLabel;
}

QLabel *SpeakerPane::bioLabel() const
{
    return m_bioLabel;
}

SpeechView *SpeakerPane::speechView() const
{
    return m_speech;
}

int SpeakerPane::naturalHeaderHeight() const
{
    // The header spans the pane; the pane's width is current even while its layout is catching up.
    QLayout *layout = m_header->layout();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                       : layout->totalSizeHint().height();
}

void SpeakerPane::setHeaderMinimumHeight(int height)
{
    m_header->setMinimumHeight(height);
}

QSize SpeakerPane::minimumSizeHint() const
{
    const QFontMetricsF metrics(m_speech->font());
    const int margins = int(2 * m_speech->document()->documentMargin());
    const int width = int(metrics.averageCharWidth() * MinimumColumnCharacters) + margins +
        m_speech->verticalScrollBar()->sizeHint().width() +
        (m_strip->isVisibleTo(this) ? m_strip->sizeHint().width() : 0);
    // A speech sized to its text (an introduction) needs no more than that.
    const bool fitted = m_speech->minimumHeight() == m_speech->maximumHeight();
    int height =
        fitted ? m_speech->minimumHeight() : int(metrics.lineSpacing() * 1.35 * MinimumLines) + margins;
    if (m_header->isVisibleTo(this))
        height += std::max(m_header->minimumHeight(), naturalHeaderHeight()) + m_rule->sizeHint().height();
    return {width, height};
}

void SpeakerPane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // A new width wraps the bio to more or fewer lines: the least height changes.
    const int header = naturalHeaderHeight();
    if (header != m_lastHeaderHeight) {
        m_lastHeaderHeight = header;
        updateGeometry();
    }
}

void SpeakerPane::setReadingPointSize(qreal pointSize)
{
    m_speech->setFont(SpeechView::readingFont(pointSize));
    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(pointSize * 1.15);
    m_nameLabel->setFont(nameFont);
    QFont bioFont = font();
    bioFont.setPointSizeF(std::max(7.0, pointSize * 0.8));
    m_bioLabel->setFont(bioFont);
    alignHeader();
}

void SpeakerPane::setTurns(const QList<QStringList> &turns, const QList<QList<qsizetype>> &ordinals,
    const QList<SpeechView::TurnHeading> &headings)
{
    m_turns = turns;
    m_speech->setTurns(turns, headings);
    setSegmentOrdinals(ordinals);
    setHighlights(m_givenHighlights, m_givenClaimColours);
}

void SpeakerPane::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
    m_rule->setVisible(visible);
    updateGeometry();
}

void SpeakerPane::setCompactHeader(bool compact)
{
    m_nameLabel->setMaximumLines(compact ? 1 : NameLines);
    m_bioLabel->setMaximumLines(compact ? 1 : BioLines);
}

void SpeakerPane::setAccentColour(const QColor &colour)
{
    QPalette palette = this->palette();
    if (colour.isValid()) {
        // The label draws in the role that contrasts with its background, whichever that is.
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
    }
    m_nameLabel->setPalette(palette);
}

void SpeakerPane::setSegmentOrdinals(const QList<QList<qsizetype>> &ordinals)
{
    m_segments.clear();
    m_segmentIndex.clear();
    for (int turn = 0; turn < std::min(ordinals.size(), m_turns.size()); ++turn) {
        const QStringList &paragraphs = m_turns.at(turn);
        const QList<qsizetype> &turnOrdinals = ordinals.at(turn);
        for (int paragraph = 0; paragraph < std::min(turnOrdinals.size(), paragraphs.size()); ++paragraph) {
            const qsizetype ordinal = turnOrdinals.at(paragraph);
            if (!m_segments.isEmpty() && m_segments.constLast().ordinal == ordinal) {
                m_segments.last().length += 1 + paragraphs.at(paragraph).size();
                continue;
            }
            m_segmentIndex.insert(ordinal, m_segments.size());
            m_segments.append({ordinal, turn, paragraph, paragraphs.at(paragraph).size()});
        }
    }
}

const SpeakerPane::SegmentSpan *SpeakerPane::span(qsizetype ordinal) const
{
    const auto found = m_segmentIndex.constFind(ordinal);
    return found == m_segmentIndex.cend() ? nullptr : &m_segments.at(*found);
}

bool SpeakerPane::hasSegment(qsizetype ordinal) const
{
    return span(ordinal) != nullptr;
}

int SpeakerPane::documentPosition(qsizetype segment, qsizetype offset) const
{
    const SegmentSpan *found = span(segment);
    if (!found)
        return -1;
    const int start = m_speech->paragraphPosition(found->turn, found->paragraph);
    return start < 0 ? -1 : start + int(std::clamp(offset, qsizetype(0), found->length));
}

std::optional<SpeakerPane::SegmentRange> SpeakerPane::segmentRange(int from, int to) const
{
    if (from > to)
        std::swap(from, to);
    for (const SegmentSpan &segment : m_segments) {
        const int start = m_speech->paragraphPosition(segment.turn, segment.paragraph);
        const int end = start + int(segment.length);
        if (start < 0 || from < start || from > end)
            continue;
        if (to > end)
            return std::nullopt;
        // Paragraph breaks are U+2029 in the document, `\n` in the segment: both spaces.
        const QTextDocument *doc = m_speech->document();
        int first = from;
        int last = to;
        while (first < last && doc->characterAt(first).isSpace())
            ++first;
        while (last > first && doc->characterAt(last - 1).isSpace())
            --last;
        return SegmentRange {segment.ordinal, first - start, last - start};
    }
    return std::nullopt;
}

void SpeakerPane::setHighlights(
    const QList<HighlightSpan> &highlights, const QHash<qint64, QList<QColor>> &claimColours)
{
    m_givenHighlights = highlights;
    m_givenClaimColours = claimColours;
    m_highlights.clear();
    m_claimColours.clear();
    for (const HighlightSpan &highlight : highlights) {
        if (highlight.state == AnchorState::Orphaned || !hasSegment(highlight.segment))
            continue;
        m_highlights.append(highlight);
        const auto colours = claimColours.constFind(highlight.id);
        if (colours != claimColours.cend() && !colours->isEmpty())
            m_claimColours.insert(highlight.id, *colours);
    }
    renderHighlights();
}

QList<HighlightSpan> SpeakerPane::highlights() const
{
    return m_highlights;
}

void SpeakerPane::setClaimThemes(const QHash<qint64, QStringList> &names)
{
    m_strip->setThemeNames(names);
}

CodingStrip *SpeakerPane::codingStrip() const
{
    return m_strip;
}

void SpeakerPane::setCodingStripVisible(bool visible)
{
    m_strip->setVisible(visible);
    updateGeometry();
}

void SpeakerPane::showRange(int from, int to)
{
    // Scroll to the end first, then the start, so a long span shows from its beginning.
    QTextCursor cursor = m_speech->textCursor();
    cursor.setPosition(to);
    m_speech->setTextCursor(cursor);
    m_speech->ensureCursorVisible();
    cursor.setPosition(from, QTextCursor::KeepAnchor);
    m_speech->setTextCursor(cursor);
    m_speech->ensureCursorVisible();
    m_speech->flash(from, to);
}

std::optional<HighlightSpan> SpeakerPane::highlightAt(int position) const
{
    const Placed *inside = nullptr;
    const Placed *endingHere = nullptr;
    for (const Placed &placed : m_placed) {
        if (placed.from > position)
            break; // sorted by start: none further on covers `position`
        if (position < placed.to && (!inside || placed.to - placed.from < inside->to - inside->from))
            inside = &placed;
        else if (placed.to == position && !endingHere)
            endingHere = &placed;
    }
    if (const Placed *found = inside ? inside : endingHere)
        return m_highlights.at(found->index);
    return std::nullopt;
}

void SpeakerPane::renderHighlights()
{
    m_placed.clear();
    QList<int> bounds;
    for (qsizetype i = 0; i < m_highlights.size(); ++i) {
        const HighlightSpan &span = m_highlights.at(i);
        const int from = documentPosition(span.segment, span.position.start);
        const int to = documentPosition(span.segment, span.position.end);
        if (from < 0 || to <= from)
            continue;
        m_placed.append({from, to, i});
        bounds << from << to;
    }
    std::stable_sort(
        m_placed.begin(), m_placed.end(), [](const Placed &a, const Placed &b) { return a.from < b.from; });
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    QList<SpeechView::MarginMark> marks;
    QList<CodingStrip::Mark> claims;
    for (const Placed &p : std::as_const(m_placed)) {
        const qint64 id = m_highlights.at(p.index).id;
        const auto colours = m_claimColours.constFind(id);
        if (colours == m_claimColours.cend())
            continue;
        marks.append({p.from, p.to, *colours});
        claims.append({id, p.from, p.to, *colours});
    }

    // Sweep the pieces between consecutive bounds: each gets one layer of
    // tint per highlight over it, so overlaps show deeper than either
    // highlight, and the underline of the last claim to start over it.
    QList<SpeechView::HighlightRun> runs;
    QList<Placed> active;
    qsizetype next = 0;
    const QPalette pal = palette();
    // Most pieces lie under one highlight: mix each colour over the base once.
    QHash<int, QColor> tints;
    const auto tint = [&tints, &pal](HighlightColour colour) {
        auto found = tints.find(int(colour));
        if (found == tints.end())
            found = tints.insert(int(colour), HighlightStyle::tint(colour, pal));
        return *found;
    };
    for (qsizetype b = 0; b + 1 < bounds.size(); ++b) {
        const int from = bounds.at(b);
        const int to = bounds.at(b + 1);
        active.removeIf([from](const Placed &p) { return p.to <= from; });
        while (next < m_placed.size() && m_placed.at(next).from <= from)
            active.append(m_placed.at(next++));
        if (active.isEmpty())
            continue;
        QColor background;
        QColor underline;
        for (const Placed &p : std::as_const(active)) {
            const HighlightSpan &highlight = m_highlights.at(p.index);
            background = background.isValid() ? HighlightStyle::layer(background, highlight.colour, pal)
                                              : tint(highlight.colour);
            const auto colours = m_claimColours.constFind(highlight.id);
            if (colours != m_claimColours.cend())
                underline = colours->constFirst();
        }
        runs.append({from, to, background, underline});
    }
    m_speech->setHighlightRuns(runs);
    m_speech->setMarginMarks(marks);
    m_strip->setMarks(claims);
}

void SpeakerPane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_highlights.isEmpty())
        renderHighlights();
}

void SpeakerPane::alignHeader()
{
    // Line the header up with the centred text column below it.
    const int side = m_speech->columnLeft();
    m_header->layout()->setContentsMargins(side, HeaderTopMargin, side, HeaderBottomMargin);
}

} // namespace Colloquy
