#pragma once

#include <QTextBrowser>
#include <QTextLayout>

#include <utility>

class QMenu;
class QVariantAnimation;

namespace Colloquy {

/**
 * A read-only reading surface: serif text, spaced paragraphs, and a column of
 * about 70 characters that stays centred however wide the view grows.
 *
 * The text is set as plain paragraphs, never parsed as HTML. In fitted mode
 * (setFittedLines()) the view grows with its text up to a number of lines and
 * scrolls beyond, for short texts shown above other content.
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

    explicit SpeechView(QWidget *parent = nullptr);

    /// The reading font at `pointSize`: the "serif" family with a serif style hint.
    static QFont readingFont(qreal pointSize);
    /// The widest text column, in average characters.
    static constexpr int ColumnCharacters = 70;

    /// Shows `turns`, each a list of paragraphs, with a visible break between turns.
    void setTurns(const QList<QStringList> &turns);
    void setParagraphs(const QStringList &paragraphs);
    /// The paragraphs shown, separated by newlines, for tests and accessibility.
    QString plainText() const;
    /// The document position where paragraph `paragraph` of turn `turn`
    /// starts; -1 when there is no such paragraph. Positions count one for
    /// each paragraph break, and they survive zooming.
    int paragraphPosition(int turn, int paragraph) const;

    /// Character formats over document positions (highlights), applied on
    /// top of the plain text and kept across rebuilds; replaces the previous
    /// set without moving the scroll position.
    void setTextFormats(const QList<QTextLayout::FormatRange> &ranges);
    QList<QTextLayout::FormatRange> textFormats() const;
    void setMarginMarks(const QList<MarginMark> &marks);
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
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    void applyTextFormats();
    void updateColumn();
    void updateFittedHeight();
    void paintFlash();

    QList<QStringList> m_turns;
    QList<QTextLayout::FormatRange> m_formats;
    QList<MarginMark> m_marks;
    QVariantAnimation *m_flash;
    std::pair<int, int> m_flashRange;
    int m_fittedLines = 0;
    int m_columnLeft = 0;
    int m_wheelDelta = 0;
    Qt::Alignment m_columnAlignment = Qt::AlignHCenter;
};

} // namespace Colloquy
