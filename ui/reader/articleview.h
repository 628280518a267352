#pragma once

#include "reader/articlelayout.h"
#include "reader/articleparts.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace Colloquy {

struct Article;
class ConversationView;
class EditorNoteBand;
class ElidedLabel;
class SpeakerPane;

/**
 * Shows one article: its head (the title, captions and metadata set small
 * and apart, the introduction, the editor's note in a foldable band) and its
 * voices, in one of four layouts.
 *
 * In the pane layouts a speaker who talks several times gets one pane with
 * all their turns, and narration after the first turn a pane of its own,
 * titled with the article; the panes sit side by side, stacked, or one at a
 * time with a speaker list. Panes keep a readable size: when they do not fit,
 * the row (or column) of panes scrolls instead of squeezing them. The
 * conversation layout (ConversationView) shows the turns in reading order.
 *
 * The panes of a layout are made the first time it shows, and kept while
 * the article stays; panesChanged() says when the panes shown change without
 * a new article (another layout, compare).
 */
class ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setArticle(const Article &article);
    /// Shows the "no article" hint.
    void clear();
    bool hasArticle() const;
    /// The article shown, cut into head, voices and turns. Once the article
    /// shows, its turns' and introduction's paragraphs are null strings (as
    /// many as there are): their text is the panes' documents', not copied here.
    const ArticleParts &parts() const;

    ArticleLayout articleLayout() const;
    void setArticleLayout(ArticleLayout layout);

    /// The size of the reading text, in points, applied to every pane.
    qreal readingPointSize() const;
    void setReadingPointSize(qreal pointSize);
    /// The reading size before any zoom: a little larger than the UI font.
    static qreal defaultReadingPointSize();

    /// The speaker panes of the layout shown: one per voice, or the conversation's.
    QList<SpeakerPane *> panes() const;
    /// Every pane that shows article text now: the introduction and panes().
    /// Highlights are drawn in these.
    QList<SpeakerPane *> textPanes() const;
    /// The introduction in the article's head; hidden when there is none.
    SpeakerPane *introPane() const;
    ConversationView *conversationView() const;

    /// The pane shown (one at a time) or holding the focus; -1 when there is none.
    int currentSpeaker() const;
    void setCurrentSpeaker(int index);
    void showNextSpeaker();
    void showPreviousSpeaker();

    /// Shows `[start, end)` of segment `segment` (offsets in Segment::text()):
    /// makes its pane current, scrolls there, selects the span, flashes it
    /// and focuses the pane. A conversation's filter that hides the place is
    /// lifted. Returns that pane; null when no pane shows the segment.
    SpeakerPane *revealSpan(qsizetype segment, qsizetype start, qsizetype end);

    EditorNoteBand *editorNoteBand() const;
    QLabel *titleLabel() const;
    QLabel *detailsLabel() const;
    QSplitter *paneSplitter() const;
    /// What scrolls the side-by-side and stacked panes when they do not fit.
    QScrollArea *paneScrollArea() const;
    QListWidget *speakerList() const;

Q_SIGNALS:
    /// Ctrl+wheel over the text: steps to zoom, positive is larger.
    void zoomRequested(int steps);
    /// panes() or textPanes() changed without a new article.
    void panesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildEmptyPage();
    QWidget *buildHeader();
    void setupBody();
    /// The panes the current layout needs, made when missing.
    void ensurePanes();
    void buildVoicePanes();
    void placePanes();
    void alignPaneHeaders();
    void clearPanes();
    void updateIntro();
    void updateCompactness();
    /// A window too low for the note and the panes both: the note starts folded.
    bool isCompact() const;
    SpeakerPane *revealIn(qsizetype segment, qsizetype start, qsizetype end);
    /// m_parts with its paragraphs' text, taken from the layout built before when m_parts has none.
    ArticleParts partsWithText() const;

    QStackedWidget *m_pages;
    ElidedLabel *m_titleLabel;
    QLabel *m_detailsLabel;
    SpeakerPane *m_introPane;
    EditorNoteBand *m_noteBand;
    QStackedWidget *m_body;
    QScrollArea *m_paneScroll;
    QSplitter *m_splitter;
    QWidget *m_onePage;
    QListWidget *m_speakerList;
    QStackedWidget *m_paneStack;
    ConversationView *m_conversation;
    ArticleParts m_parts;
    /// Whether m_parts still holds the paragraphs' text: only until the first layout is built.
    bool m_partsHaveText = true;
    QList<SpeakerPane *> m_panes;
    bool m_panesBuilt = false;
    bool m_conversationBuilt = false;
    ArticleLayout m_layout = ArticleLayout::SideBySide;
    qreal m_pointSize;
};

} // namespace Colloquy
