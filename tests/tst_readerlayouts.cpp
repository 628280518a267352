// Every layout on laptop to 4K screens: the window at the logical size a
// screen of 1024×640, 1366×768, 1920×1080 (… 3840×2160) gives at the scale
// factor this run has (QT_SCALE_FACTOR: CTest runs it at 1, 1.5 and 2), with
// and without the annotation sidebar. No two panes' visible rectangles
// overlap, nor a pane and a dock; every pane has room for a few lines and a
// readable column; names elide with the whole name in a tooltip. Offscreen,
// on a temporary library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/annotationsidebar.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/compareview.h"
#include "reader/conversationview.h"
#include "reader/editornoteband.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "search/searchpanel.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

/// A pane shows at least this many lines of text.
constexpr int MinimumLines = 3;
/// ... in a column at least this many average characters wide.
constexpr int MinimumCharacters = 20;

const QString LongName = u"Professor Maximiliane Oyelaran-Vandersteen-Kowalczyk"_s;

QStringList paragraphs(const QString &topic, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(
            u"On %1, the council heard again what it had heard in spring: budgets are tight, the "
            u"buses run late after nine, and the ferry timetable was last printed in 2009. (%2)"_s.arg(topic)
                .arg(i + 1));
    return list;
}

Segment moderator(const QString &question)
{
    Segment s = TestArticles::speech(u"Moderator"_s, u"Jun Takeda, the evening's host"_s, {question});
    s.label = u"MODERATOR"_s;
    return s;
}

/// A moderated panel of four voices with long names and bios, an
/// introduction and an editor's note: the widest and tallest heads.
Article panel()
{
    QList<Segment> segments {
        TestArticles::segment(SegmentKind::EditorNote,
            {u"This panel was recorded before an audience of about two hundred residents, "
             u"most of whom arrived by the last bus of the evening."_s},
            u"Editor's Note"_s),
        TestArticles::segment(SegmentKind::Narration,
            {u"Four people who know the town's transport from different sides met at the library."_s})};
    const QList<std::pair<QString, QString>> guests {
        {LongName,
            u"chair of transport economics at the University of the North Coast and adviser to three "
            u"regional governments on public finance"_s},
        {u"Ravi Anand"_s, u"a bus driver"_s},
        {u"Selma Lindgren"_s, u"who runs the night ferry between the islands and the mainland port"_s}};
    for (const QString &question : {u"Who rides after nine?"_s, u"Who pays?"_s, u"What first?"_s}) {
        segments.append(moderator(question));
        for (const auto &[name, bio] : guests)
            segments.append(TestArticles::speech(name, bio, paragraphs(question, 2)));
    }
    return TestArticles::article(
        u"Transport After Dark: a Panel on Buses, Ferries and the Town Budget"_s, segments);
}

/// `rect` of `widget` in `window`'s coordinates, clipped to what is visible.
QRect visibleRect(const QWidget *widget, const QWidget *window)
{
    const QRect visible = widget->visibleRegion().boundingRect();
    return visible.isEmpty() ? QRect() : QRect(widget->mapTo(window, visible.topLeft()), visible.size());
}

} // namespace

class TestReaderLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void panesNeverOverlapAndShowText_data();
    void panesNeverOverlapAndShowText();
    void longNamesElideWithATooltip();
    void firstStartFoldsTheNoteOnSmallWindowsAndWaitsForHighlights();

private:
    /// Whether every shown pane has room for text and none overlaps another
    /// or a dock; on failure, `problem` says where.
    bool fits(QString *problem) const;

    MainWindowFixture m_gui;
};

void TestReaderLayouts::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
    // The scale factor CTest asked for is the one the windows get.
    const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s).toDouble();
    QCOMPARE(qApp->devicePixelRatio(), scale);
}

void TestReaderLayouts::cleanup()
{
    m_gui.reset();
}

void TestReaderLayouts::panesNeverOverlapAndShowText_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sidebar");
    const qreal scale = qApp->devicePixelRatio();
    // Screens, in device pixels; the window fills one at this run's scale.
    const QList<QSize> screens {{1024, 640}, {1366, 768}, {1600, 1000}, {1920, 1080}, {3840, 2160}};
    QStringList layouts;
    for (const ArticleLayout layout : allArticleLayouts())
        layouts.append(articleLayoutName(layout));
    layouts.append(u"compare"_s);
    for (const QSize &screen : screens) {
        const QSize size = (QSizeF(screen) / scale).toSize();
        // A screen too small for the window at this scale is not one anybody reads on.
        if (size.width() < 640 || size.height() < 420)
            continue;
        // 1600×1000 and 4K are the screens scaled up; at 1 they add little to 1920×1080.
        if (scale == 1.0 && (screen.width() == 1600 || screen.width() == 3840))
            continue;
        for (const QString &layout : std::as_const(layouts)) {
            for (const bool sidebar : {false, true}) {
                const QString name = u"%1 %2x%3%4"_s.arg(layout)
                                         .arg(screen.width())
                                         .arg(screen.height())
                                         .arg(sidebar ? u" sidebar"_s : QString());
                QTest::newRow(qPrintable(name)) << layout << size << sidebar;
            }
        }
    }
}

void TestReaderLayouts::panesNeverOverlapAndShowText()
{
    QFETCH(QString, layout);
    QFETCH(QSize, size);
    QFETCH(bool, sidebar);
    QVERIFY(m_gui.openOn(panel(), size));
    MainWindow *window = m_gui.window();
    QCOMPARE(window->size(), size);
    QAction *showSidebar = m_gui.action(Actions::Id::ShowAnnotations);
    if (showSidebar->isChecked() != sidebar)
        showSidebar->trigger();
    QCOMPARE(m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s)->isVisible(), sidebar);
    const bool compare = layout == u"compare"_s;
    const ArticleLayout chosen = compare ? ArticleLayout::Conversation : *articleLayoutFromName(layout);
    m_gui.child<Actions>(u"actions"_s)->layoutAction(chosen)->trigger();
    ArticleView *view = m_gui.child<ArticleView>(u"articleView"_s);
    if (compare) {
        view->conversationView()->setComparing(true);
        QCOMPARE(view->panes().size(), 4); // the questions and three guests
    }
    const auto paneInSight = [view] {
        const QList<SpeakerPane *> panes = view->panes();
        return std::any_of(
            panes.cbegin(), panes.cend(), [](const SpeakerPane *pane) { return pane->isVisible(); });
    };
    QTRY_VERIFY(paneInSight());
    // The window keeps the size of the screen: nothing in it asks for more.
    QCOMPARE(window->size(), size);
    QString problem;
    QTRY_VERIFY2(fits(&problem), qPrintable(problem));
}

bool TestReaderLayouts::fits(QString *problem) const
{
    const MainWindow *window = m_gui.window();
    const ArticleView *view = m_gui.child<ArticleView>(u"articleView"_s);
    QList<QRect> taken;
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            taken.append(dock->geometry());
    }
    int shown = 0;
    for (const SpeakerPane *pane : view->textPanes()) {
        if (!pane->isVisible())
            continue;
        const QRect rect = visibleRect(pane, window);
        const QString name = pane->name();
        // Room for the text, whether or not the pane is scrolled into sight.
        const SpeechView *speech = pane->speechView();
        const qreal line = QFontMetricsF(speech->font()).lineSpacing() * 1.35;
        const bool fitted = speech->minimumHeight() == speech->maximumHeight();
        const int lines = fitted ? 1 : MinimumLines;
        if (speech->viewport()->height() < lines * line) {
            *problem = u"%1 shows %2 px of text, less than %3 lines"_s.arg(name)
                           .arg(speech->viewport()->height())
                           .arg(lines);
            return false;
        }
        if (speech->document()->textWidth() <
            MinimumCharacters * QFontMetricsF(speech->font()).averageCharWidth()) {
            *problem = u"%1 wraps its text at %2 px"_s.arg(name).arg(speech->document()->textWidth());
            return false;
        }
        if (pane->nameLabel()->isVisible() &&
            pane->nameLabel()->height() < pane->nameLabel()->fontMetrics().height()) {
            *problem = u"%1's name is cut"_s.arg(name);
            return false;
        }
        if (rect.isEmpty())
            continue; // scrolled out of sight
        ++shown;
        for (const QRect &other : std::as_const(taken)) {
            if (other.intersects(rect)) {
                *problem = u"%1 at %2,%3 %4x%5 overlaps another pane or a dock"_s.arg(name)
                               .arg(rect.x())
                               .arg(rect.y())
                               .arg(rect.width())
                               .arg(rect.height());
                return false;
            }
        }
        taken.append(rect);
    }
    if (shown == 0) {
        *problem = u"no pane in sight"_s;
        return false;
    }
    return true;
}

void TestReaderLayouts::longNamesElideWithATooltip()
{
    QVERIFY(m_gui.openOn(panel(), {1024, 640}));
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    ArticleView *view = m_gui.child<ArticleView>(u"articleView"_s);
    SpeakerPane *pane = nullptr;
    for (SpeakerPane *candidate : view->panes()) {
        if (candidate->name() == LongName)
            pane = candidate;
    }
    QVERIFY(pane);
    // Narrow, the name takes two lines and elides the rest; the tooltip has all of it.
    QLabel *name = pane->nameLabel();
    QTRY_VERIFY(name->isVisible() && name->width() > 0);
    QVERIFY(name->height() <= 2 * name->fontMetrics().lineSpacing() + 1);
    QTRY_COMPARE(name->toolTip(), LongName);
    QLabel *bio = pane->bioLabel();
    QVERIFY(bio->height() <= 3 * bio->fontMetrics().lineSpacing() + 1);
    QVERIFY(bio->toolTip().startsWith(u"chair of transport economics"_s));
    // A short name fits: no tooltip.
    for (SpeakerPane *other : view->panes()) {
        if (other->name() == u"Ravi Anand"_s)
            QVERIFY(other->nameLabel()->toolTip().isEmpty());
    }
}

void TestReaderLayouts::firstStartFoldsTheNoteOnSmallWindowsAndWaitsForHighlights()
{
    // A first start on a laptop: the editor's note folded, the empty sidebar
    // out of the way until the first highlight, then narrow.
    const qint64 id = m_gui.openOn(panel(), {1024, 640});
    QVERIFY(id);
    ArticleView *view = m_gui.child<ArticleView>(u"articleView"_s);
    QVERIFY(view->editorNoteBand()->isVisible());
    QVERIFY(!view->editorNoteBand()->isExpanded());
    auto *sidebar = m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s);
    QVERIFY(!sidebar->isVisible());
    QVERIFY(!m_gui.action(Actions::Id::ShowAnnotations)->isChecked());
    QVERIFY(m_gui.annotations()->addHighlight(id, 2, 0, 5));
    QTRY_VERIFY(sidebar->isVisible());
    QVERIFY(sidebar->width() <= 320);
    QVERIFY(view->width() >= m_gui.window()->width() / 2);

    // Once the reader hides it, it stays hidden, highlights or not.
    m_gui.action(Actions::Id::ShowAnnotations)->trigger();
    QVERIFY(!sidebar->isVisible());
    QVERIFY(m_gui.annotations()->addHighlight(id, 3, 0, 5));
    QVERIFY(!sidebar->isVisible());

    // On a large screen: the note open; the sidebar narrow when it comes.
    const qint64 large = m_gui.openOn(panel(), {1920, 1080});
    QVERIFY(large);
    view = m_gui.child<ArticleView>(u"articleView"_s);
    QVERIFY(view->editorNoteBand()->isExpanded());
    sidebar = m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s);
    QVERIFY(!sidebar->isVisible());
    QVERIFY(m_gui.annotations()->addHighlight(large, 2, 0, 5));
    QTRY_VERIFY(sidebar->isVisible());
    QVERIFY(sidebar->width() <= 320);
}

QTEST_MAIN(TestReaderLayouts)
#include "tst_readerlayouts.moc"
