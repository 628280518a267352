#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QWidget>

namespace Colloquy {

class SpeechView;

/**
 * The coding strip: a narrow column beside a speech that shows where its
 * claims sit along the whole text, one mark per claim in its themes'
 * colours (up to three side by side), with the part of the text on screen
 * shaded behind them, as an overview of the pane at a glance.
 *
 * Everything is painted in one paintEvent (no widget per mark), in the
 * palette's colours, so it reads in light and dark mode. A mark's place is
 * the height of its first line in the speech's laid-out text, scaled to the
 * strip; places are cached until the text's layout changes. Hovering a mark
 * shows its themes and the start of its quote; clicking it, or Enter on the
 * current mark (Up/Down, Home/End move between marks, framed while the strip
 * has the focus), emits markActivated(). The strip takes the focus only
 * while it has marks.
 *
 * Shows marks only: the pane that owns it sets them (setMarks()) and acts on
 * markActivated(). Does not own the speech, which must outlive it. GUI thread only.
 */
class CodingStrip : public QWidget
{
    Q_OBJECT
public:
    /// One claim: its highlight, its place `[from, to)` in the speech's document, its themes' colours.
    struct Mark
    {
        qint64 highlightId = 0;
        int from = 0;
        int to = 0;
        QList<QColor> colours;

        friend bool operator==(const Mark &, const Mark &) = default;
    };

    explicit CodingStrip(SpeechView *speech, QWidget *parent = nullptr);

    /// Replaces the marks; they are kept in reading order. The current mark
    /// stays on the same highlight when it is still there.
    void setMarks(const QList<Mark> &marks);
    QList<Mark> marks() const;
    /// The theme names of each claim by highlight id, for the tooltips.
    void setThemeNames(const QHash<qint64, QStringList> &names);

    /// The mark Enter activates; -1 when there are none.
    int currentMark() const;
    void setCurrentMark(int index);
    /// Where mark `index` is drawn, in this widget's coordinates; empty when there is no such mark.
    QRect markRect(int index) const;
    /// The mark's themes and the start of its quote, as one line.
    QString describe(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A mark was clicked, or Enter pressed on the current one.
    void markActivated(qint64 highlightId, int from, int to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// The top of each mark's first line and the bottom of its last, as fractions of the text's height.
    void ensurePlaces() const;
    /// The mark drawn at height `y`, the nearest within a few pixels; -1 when none is.
    int markAt(int y) const;
    void activate(int index);
    void showDescription(int index);

    SpeechView *m_speech;
    QList<Mark> m_marks;
    QHash<qint64, QStringList> m_themeNames;
    int m_current = -1;
    /// Per mark, [top, bottom) as fractions of the document's height; empty when stale.
    mutable QList<std::pair<qreal, qreal>> m_places;
};

} // namespace Colloquy
