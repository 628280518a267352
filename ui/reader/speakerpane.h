#pragma once

#include "model/highlightspan.h"
#include "reader/speechview.h"

#include <QColor>
#include <QFrame>
#include <QHash>

#include <optional>

class QLabel;

namespace Colloquy {

class CodingStrip;
class ElidedLabel;

/**
 * One voice of an article: a header with the speaker's name and bio above
 * everything that speaker says, all turns in one SpeechView.
 *
 * The header stays put while the speech scrolls, so the reader always sees
 * who is talking, and it lines up with the speech's text column.
 *
 * The pane knows which article segment each paragraph comes from
 * (setSegmentOrdinals()), so it can translate between highlight offsets
 * (segment ordinal, offset in Segment::text()) and positions in its
 * speech's document, and it draws the highlights that fall in its segments.
 * Beside the speech, a CodingStrip shows where the pane's claims sit along
 * the whole text; activating a mark there shows the claim in the speech
 * (the strip keeps the focus) and emits claimChosen().
 */
class SpeakerPane : public QFrame
{
    Q_OBJECT
public:
    /// `bio` may be null; `turns` holds one list of paragraphs per turn;
    /// `pointSize` is the reading size (setReadingPointSize()).
    SpeakerPane(const QString &name, const QString &bio, const QList<QStringList> &turns, qreal pointSize,
        QWidget *parent = nullptr);

    /// Offsets in one segment's text, `[start, end)`.
    struct SegmentRange
    {
        qsizetype segment = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    QString name() const;
    QString bio() const;
    QLabel *nameLabel() const;
    QLabel *bioLabel() const;
    SpeechView *speechView() const;

    /// The height the header needs at its current width.
    int naturalHeaderHeight() const;
    /// Makes the header at least this tall, so side-by-side speeches start on one line.
    void setHeaderMinimumHeight(int height);

    /// The point size of the speech; the header scales with it.
    void setReadingPointSize(qreal pointSize);

    /// The segment ordinal of each paragraph, in the shape of the turns.
    void setSegmentOrdinals(const QList<QList<qsizetype>> &ordinals);
    /// Replaces what the pane shows: turns, the segment ordinal of each of
    /// their paragraphs, and the turns' headings; the highlights given last
    /// are placed again in the new text.
    void setTurns(const QList<QStringList> &turns, const QList<QList<qsizetype>> &ordinals,
        const QList<SpeechView::TurnHeading> &headings = {});

    /// Hides the name and bio above the speech (a conversation heads each turn instead).
    void setHeaderVisible(bool visible);
    /// A low window: the name on one line and the bio on one, each elided.
    void setCompactHeader(bool compact);
    /// The colour of the speaker's name; invalid for the text colour.
    void setAccentColour(const QColor &colour);
    bool hasSegment(qsizetype ordinal) const;
    /// The speech's document position of `offset` in segment `segment`; -1
    /// when the segment is not in this pane.
    int documentPosition(qsizetype segment, qsizetype offset) const;
    /// The document range `[from, to)` as offsets in one segment, with the
    /// whitespace at either end left out; nullopt when it is not within one segment.
    std::optional<SegmentRange> segmentRange(int from, int to) const;

    /// Shows the highlights that fall in this pane's segments (others are
    /// ignored). `claimColours` gives, by highlight id, its themes' colours.
    void setHighlights(
        const QList<HighlightSpan> &highlights, const QHash<qint64, QList<QColor>> &claimColours);
    /// The highlights shown, in reading order.
    QList<HighlightSpan> highlights() const;
    /// The theme names of each claim by highlight id, for the coding strip's tooltips.
    void setClaimThemes(const QHash<qint64, QStringList> &names);
    CodingStrip *codingStrip() const;
    /// Shows the coding strip (the default) or not (a short text sized to its lines).
    void setCodingStripVisible(bool visible);
    /// Scrolls the speech to the document range `[from, to)`, selects it and
    /// flashes it; the focus stays where it is.
    void showRange(int from, int to);
    /// The highlight at a document position, the innermost where they
    /// overlap; one that ends right at `position` counts when none contains it.
    std::optional<HighlightSpan> highlightAt(int position) const;

    /// Room for a readable column of text and a few lines below the header.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A claim was chosen in the coding strip and is now shown selected in the speech.
    void claimChosen(qint64 highlightId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct SegmentSpan
    {
        qsizetype ordinal = -1;
        int turn = 0;
        int paragraph = 0;
        /// The segment's text length, paragraphs joined by one separator: the
        /// text itself is the document's, not copied here.
        qsizetype length = 0;
    };

    /// A shown highlight's place in the document; `index` into m_highlights.
    struct Placed
    {
        int from = 0;
        int to = 0;
        qsizetype index = 0;
    };

    void alignHeader();
    const SegmentSpan *span(qsizetype ordinal) const;
    void renderHighlights();

    QString m_name;
    QString m_bio;
    QWidget *m_header;
    QFrame *m_rule;
    ElidedLabel *m_nameLabel;
    ElidedLabel *m_bioLabel;
    SpeechView *m_speech;
    CodingStrip *m_strip;
    QList<QStringList> m_turns;
    QList<SegmentSpan> m_segments;
    /// Index into m_segments by segment ordinal.
    QHash<qsizetype, qsizetype> m_segmentIndex;
    QList<HighlightSpan> m_highlights;
    /// What setHighlights() was given, for the text setTurns() brings.
    QList<HighlightSpan> m_givenHighlights;
    QHash<qint64, QList<QColor>> m_givenClaimColours;
    /// m_highlights where they are drawn, by their start.
    QList<Placed> m_placed;
    QHash<qint64, QList<QColor>> m_claimColours;
    int m_lastHeaderHeight = -1;
};

} // namespace Colloquy
