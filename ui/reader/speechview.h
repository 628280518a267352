#pragma once

#include <QColor>
#include <QTextBrowser>

#include <optional>
#include <utility>

class QMenu;
class QPainter;
class QTextBlock;
class QVariantAnimation;

namespace Colloquy {

/**
 * A read-only reading surface: serif text, spaced paragraphs, and a column of
 * about 70 characters that stays centred however wide the view grows.
 *
 * The text is set as plain paragraphs, never parsed as HTML. In fitted mode
 * (setFittedLines()) the view grows with its text up to a number of lines and
 * scrolls beyond, for short texts shown above other content.
 *
 * Highlights and margin marks are painted over the laid-out text, for the
 * lines on screen only; they never change the document, so setting thousands
 * of them costs no layout.
 */
class SpeechView : public QTextBrowser
{
    Q_OBJECT
public:
    /// A mark in the left margin beside `[start, end)` of the document: one
    /// thin bar per colour (at most three), e.g. a claim's themes.
    struct MarginMark
    {
        int start = 0;
        int end = 0;
        QList<QColor> colours;
    };

    /// A stretch `[start, end)` of the document painted in a highlight's
    /// colour, underlined in `underline` when that is valid.
    struct HighlightRun
    {
        int start = 0;
        int end = 0;
        QColor background = {};
        QColor underline = {};
    };

    /// What heads a turn in a conversation: the speaker's name in their
    /// colour, then a muted detail (the bio, at their first turn). A turn
    /// without a name has no heading; a short rule sets it off from the one before.
    struct TurnHeading
    {
        QString name;
        QString detail;
        QColor colour;
    };

    explicit SpeechView(QWidget *parent = nullptr);

    /// The reading font at `pointSize`: the "serif" family with a serif style hint.
    static QFont readingFont(qreal pointSize);
    /// The family readingFont() uses from now on; empty: the default serif.
    static void setReadingFamily(const QString &family);
    /// The widest text column, in average characters.
    static constexpr int ColumnCharacters = 70;

    /// Shows `turns`, each a list of paragraphs, with a visible break between
    /// turns: a heading where `headings` (by turn, may be shorter) names one.
    void setTurns(const QList<QStringList> &turns, const QList<TurnHeading> &headings = {});
    int turnCount() const;
    /// The turn whose heading or paragraphs hold document position `position`; -1 when none does.
    int turnAt(int position) const;
    /// The document position where turn `turn` starts, its heading or rule included; -1 when there is none.
    int turnStart(int turn) const;
    /// Where turn `turn` (its heading or rule) starts, in document coordinates;
    /// lays the text out as far as that.
    qreal turnTop(int turn) const;
    /// Extra space above each turn (by turn; turn 0 takes none) and below the
    /// last, so that turns of views side by side line up. A new text or font drops it.
    void setTurnSpacing(const QList<qreal> &above, qreal belowLast);

    /// Turns painted faded under a veil of the base colour (by turn, may be shorter).
    void setDimmedTurns(const QList<bool> &dimmed);
    QList<bool> dimmedTurns() const;
    void setParagraphs(const QStringList &paragraphs);
    /// The paragraphs shown, separated by newlines, for tests and accessibility.
    QString plainText() const;
    /// The paragraphs of each turn, read back from the document: the view
    /// keeps no copy of its text (a long article's would double its memory).
    QList<QStringList> turns() const;
    /// The document position where paragraph `paragraph` of turn `turn`
    /// starts; -1 when there is no such paragraph. Positions count one for
    /// each paragraph break, and they survive zooming.
    int paragraphPosition(int turn, int paragraph) const;

    /// The highlights to paint, in document positions: sorted, not
    /// overlapping (the caller merges overlaps into runs of their own). Kept
    /// across rebuilds; replaces the previous set.
    void setHighlightRuns(const QList<HighlightRun> &runs);
    QList<HighlightRun> highlightRuns() const;
    /// The run painted under the character at `position`; nullopt when none is.
    std::optional<HighlightRun> highlightRunAt(int position) const;
    void setMarginMarks(const QList<MarginMark> &marks);
    /// The marks, ordered by where they start.
    QList<MarginMark> marginMarks() const;

    /// Draws a frame around `[from, to)` that fades out in under a second, so
    /// the eye finds a place the view just scrolled to; drawn over the
    /// selection. A new flash replaces the one running.
    void flash(int from, int to);
    bool isFlashing() const;
    /// The range flashing now; empty (0, 0) when none is.
    std::pair<int, int> flashRange() const;
    QVariantAnimation *flashAnimation() const;

    /// 0, the default, fills the space given; n > 0 sizes the view to its text, at most n lines.
    void setFittedLines(int lines);

    /// Qt::AlignHCenter (the default) centres the column in a wider view;
    /// Qt::AlignLeft makes the view no wider than the column, for a layout to place.
    void setColumnAlignment(Qt::Alignment alignment);

    /// The left edge of the text column in this widget's coordinates, so a
    /// header above the view can line up with the text.
    int columnLeft() const;

Q_SIGNALS:
    void columnChanged();
    /// Ctrl+wheel: +1 to zoom in, -1 to zoom out; the owner applies it everywhere.
    void zoomRequested(int steps);
    /// Before the context menu shows: the receiver may add to `menu`.
    /// `position` is the document position under the mouse.
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Makes the document anew from `turns` (in the shape setTurns() gave).
    void rebuild(const QList<QStringList> &turns);
    void updateColumn();
    void updateFittedHeight();
    int wholeLinesWithin(int height) const;
    /// The blocks that intersect `rect` (viewport coordinates), in order.
    QList<QTextBlock> blocksIn(const QRect &rect) const;
    void paintRuns(QPainter *painter, const QList<QTextBlock> &blocks, bool underlines) const;
    void paintMarks(QPainter *painter, const QList<QTextBlock> &blocks) const;
    void paintFlash();
    void paintVeil(QPainter *painter, const QList<QTextBlock> &blocks) const;
    /// The turn of block number `block`; -1 before the first.
    int turnOfBlock(int block) const;
    void formatLeadBlocks(const QFontMetricsF &metrics, const QTextBlockFormat &paragraph);

    /// The number of paragraphs of each turn.
    QList<int> m_paragraphCounts;
    QList<TurnHeading> m_headings;
    /// The block number of each turn's first paragraph.
    QList<int> m_turnBlocks;
    /// Whether each turn has a block before its paragraphs: a heading, or the rule between turns.
    QList<bool> m_leads;
    QList<bool> m_dimmed;
    QList<HighlightRun> m_runs;
    QList<MarginMark> m_marks;
    /// The furthest end of m_marks up to each index, to find the marks over a range by bisection.
    QList<int> m_markReach;
    QVariantAnimation *m_flash;
    std::pair<int, int> m_flashRange;
    int m_fittedLines = 0;
    int m_columnLeft = 0;
    int m_wheelDelta = 0;
    Qt::Alignment m_columnAlignment = Qt::AlignHCenter;
    /// The page size a hidden view's document gets back when it shows.
    std::optional<QSizeF> m_hiddenPageSize;
};

} // namespace Colloquy
