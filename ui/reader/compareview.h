#pragma once

#include <QColor>
#include <QWidget>

class QScrollArea;
class QScrollBar;
class QSplitter;
class QTimer;

namespace Colloquy {

struct ArticleParts;
class SpeakerPane;

/**
 * Compare, in the conversation layout: the chosen speakers' turns in columns,
 * one row per question they answer, beside a column of the questions (the
 * questioner's turn before the answers). Rows line up across the columns
 * however long each answer is, and the columns scroll together.
 *
 * Every column is a SpeakerPane, so highlights, notes and tags work in it as
 * in any pane. Narration and the turns of speakers neither compared nor
 * asking are left out. GUI thread only; owns its panes.
 */
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    /// Compares `voices` (indexes into parts.voices) with their colours.
    /// A row starts at each turn of `questioner` (in its colour); with none
    /// (-1), at each turn of any voice not compared.
    void setComparison(const ArticleParts &parts, const QList<int> &voices, const QList<QColor> &colours,
        int questioner, const QColor &questionerColour, qreal pointSize);
    void clear();

    /// The columns: the questions first, then one per compared voice.
    QList<SpeakerPane *> panes() const;
    int rowCount() const;
    QSplitter *splitter() const;
    QScrollArea *scrollArea() const;
    /// The one vertical scroll bar of all the columns.
    QScrollBar *scrollBar() const;
    void setReadingPointSize(qreal pointSize);

Q_SIGNALS:
    void zoomRequested(int steps);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Lines the rows up: the same space above each row's start in every column.
    void align();
    void syncScroll(int value);
    void updateScrollRange();

    QScrollArea *m_scroll;
    QSplitter *m_splitter;
    QScrollBar *m_scrollBar;
    QList<SpeakerPane *> m_panes;
    QTimer *m_alignTimer;
    int m_rows = 0;
    bool m_syncing = false;
};

} // namespace Colloquy
