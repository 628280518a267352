#pragma once

#include "reader/articlelayout.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace Colloquy {

struct Article;
class EditorNoteBand;
class SpeakerPane;

/**
 * Shows one article: its title, captions and metadata set small and apart,
 * the editor's note in a foldable band, and one SpeakerPane per voice.
 *
 * A speaker who talks several times gets one pane with all their turns; text
 * nobody in particular speaks gets a pane of its own, titled with the article.
 * The panes sit side by side, stacked, or one at a time with a speaker list;
 * switching keeps the panes and only moves them.
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

    ArticleLayout articleLayout() const;
    void setArticleLayout(ArticleLayout layout);

    /// The size of the reading text, in points, applied to every pane.
    qreal readingPointSize() const;
    void setReadingPointSize(qreal pointSize);
    /// The reading size before any zoom: a little larger than the UI font.
    static qreal defaultReadingPointSize();

    QList<SpeakerPane *> panes() const;
    /// Every pane that shows article text now, for highlighting.
    QList<SpeakerPane *> textPanes() const;
    /// The pane shown (one at a time) or holding the focus; -1 when there is none.
    int currentSpeaker() const;
    void setCurrentSpeaker(int index);
    void showNextSpeaker();
    void showPreviousSpeaker();

    /// Shows `[start, end)` of segment `segment` (offsets in Segment::text()):
    /// makes its pane current, scrolls there, selects the span, flashes it
    /// and focuses the pane. Returns that pane; null when no pane shows the segment.
    SpeakerPane *revealSpan(qsizetype segment, qsizetype start, qsizetype end);

    EditorNoteBand *editorNoteBand() const;
    QLabel *titleLabel() const;
    QLabel *detailsLabel() const;
    QSplitter *paneSplitter() const;
    QListWidget *speakerList() const;

Q_SIGNALS:
    /// Ctrl+wheel over the text: steps to zoom, positive is larger.
    void zoomRequested(int steps);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildEmptyPage();
    QWidget *buildHeader();
    void setupBody();
    void placePanes();
    void alignPaneHeaders();
    void clearPanes();

    QStackedWidget *m_pages;
    QLabel *m_titleLabel;
    QLabel *m_detailsLabel;
    EditorNoteBand *m_noteBand;
    QStackedWidget *m_body;
    QSplitter *m_splitter;
    QWidget *m_onePage;
    QListWidget *m_speakerList;
    QStackedWidget *m_paneStack;
    QList<SpeakerPane *> m_panes;
    ArticleLayout m_layout = ArticleLayout::SideBySide;
    qreal m_pointSize;
};

} // namespace Colloquy
