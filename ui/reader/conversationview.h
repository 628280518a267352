#pragma once

#include "reader/articleparts.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace Colloquy {

class CompareView;
class SpeakerPane;

/**
 * The conversation layout: the article's turns in reading order in one
 * speech, each headed by its speaker's name in the speaker's colour (the bio
 * at their first turn), narration unheaded. Above it, a filter
 * keeps chosen speakers and dims or hides the others, and *Compare* shows
 * the chosen speakers' answers in columns, row by row with the questions
 * (CompareView).
 *
 * The speech is one SpeakerPane holding every turn in one document, laid out
 * lazily as it scrolls, so a transcript of thousands of turns opens about as
 * fast as its plain text would; highlights work in it as in any pane.
 * GUI thread only; owns its panes.
 */
class ConversationView : public QWidget
{
    Q_OBJECT
public:
    enum class FilterMode
    {
        Dim,
        Hide,
    };

    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    /// Shows the article; the filter and compare start afresh.
    void setParts(const ArticleParts &parts, qreal pointSize);
    /// What setParts() was given, text included.
    const ArticleParts &parts() const;
    void clear();
    void setReadingPointSize(qreal pointSize);

    /// The reading speech, or the compare columns while comparing.
    QList<SpeakerPane *> panes() const;
    SpeakerPane *readingPane() const;
    CompareView *compareView() const;

    /// The voices (indexes into the parts' voices) the filter keeps; empty keeps everyone.
    QList<int> chosenVoices() const;
    void setChosenVoices(const QList<int> &voices);
    FilterMode filterMode() const;
    void setFilterMode(FilterMode mode);
    /// Compare the chosen speakers (all but the questioner when none are chosen).
    bool isComparing() const;
    void setComparing(bool comparing);
    /// Everyone shown again, out of compare: for a place the filter keeps out of sight.
    void resetFilter();

    /// The reading turn at the caret moves to the start of the next (+1) or
    /// previous (-1) turn of another speaker, which gets the focus.
    void showNeighbourTurn(int direction);
    /// The voice of each turn of the reading speech, by turn; -1 for narration.
    QList<int> readingVoices() const;
    /// The speaker's colour in this conversation.
    QColor voiceColour(int voice) const;

    QToolButton *speakerFilterButton() const;
    QComboBox *filterModeBox() const;
    QToolButton *compareButton() const;

Q_SIGNALS:
    /// The panes shown changed: compare began or ended.
    void panesChanged();
    void zoomRequested(int steps);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void fillSpeakerMenu();
    void showReading();
    void updateDimming();
    void updateFilterBar();
    /// The voices compare shows in columns.
    QList<int> comparedVoices() const;
    void startCompare();

    ArticleParts m_parts;
    int m_questioner = -1;
    qreal m_pointSize = 12;
    QList<int> m_chosen;
    FilterMode m_mode = FilterMode::Dim;
    bool m_comparing = false;
    /// The reading speech's turns: the parts' turn each shows.
    QList<int> m_readingTurns;

    QToolButton *m_speakersButton;
    QMenu *m_speakersMenu;
    QComboBox *m_modeBox;
    QToolButton *m_compareButton;
    QStackedWidget *m_stack;
    SpeakerPane *m_reading;
    CompareView *m_compare;
};

} // namespace Colloquy
