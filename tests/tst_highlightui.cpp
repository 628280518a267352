// Working on a highlight that is already there, as a reader does: recolour it
// from the selection bar, with the keys 1–6, from the context menu or from the
// sidebar (never adding a second highlight), and read its note and themes in
// a tooltip on hover. Each test runs in every layout that shows the text.
// Offscreen, on a temporary library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/highlightcontroller.h"
#include "annotations/selectiontoolbar.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "markedarticle.h"
#include "reader/articleview.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString Question = u"What do the gulls tell you about the weather?"_s;
const QString Answer = u"When they sit on the breakwater in rows, a gale is two hours away."_s;
const QString Second = u"I trust them more than the forecast on the radio."_s;

/// An interview: segment 0 the question, 1 the answer, 2 the next question, 3 the next answer.
Article interview()
{
    return TestArticles::article(u"Gulls"_s,
        {TestArticles::speech(u"Interviewer"_s, {}, {Question}),
            TestArticles::speech(u"Runa Eik"_s, u"lighthouse keeper"_s, {Answer}),
            TestArticles::speech(u"Interviewer"_s, {}, {u"Really?"_s}),
            TestArticles::speech(u"Runa Eik"_s, u"lighthouse keeper"_s, {Second})});
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}

} // namespace

class TestHighlightUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void selectionBarRecoloursTheHighlightChosenInTheSidebar_data() { layouts(); }
    void selectionBarRecoloursTheHighlightChosenInTheSidebar();
    void colourKeysRecolourTheHighlightAroundTheCaret_data() { layouts(); }
    void colourKeysRecolourTheHighlightAroundTheCaret();
    void contextMenuOnAChosenHighlightRecoloursIt_data() { layouts(); }
    void contextMenuOnAChosenHighlightRecoloursIt();
    void sidebarRecoloursByMenuAndKeys_data() { layouts(); }
    void sidebarRecoloursByMenuAndKeys();
    void hoverShowsTheNoteAndThemes_data() { layouts(); }
    void hoverShowsTheNoteAndThemes();
    void sidebarEntriesAreAsTallAsWhatTheyShow_data() { layouts(); }
    void sidebarEntriesAreAsTallAsWhatTheyShow();

private:
    static void layouts();
    /// Opens the interview in the layout of the current data row, with one
    /// yellow highlight of "a gale" in segment 1; its id.
    qint64 openWithHighlight();
    ArticleView *articleView() const { return m_gui.child<ArticleView>(u"articleView"_s); }
    /// The pane showing segment `segment` (made current, the caret at `offset`),
    /// and the document position of `offset` in it.
    std::pair<SpeakerPane *, int> placeOf(qsizetype segment, qsizetype offset) const;
    HighlightController *highlighter() const
    {
        return m_gui.child<HighlightController>(u"highlightController"_s);
    }
    AnnotationSidebar *sidebar() const { return m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s); }
    /// The highlight's entry in the sidebar's list.
    QModelIndex entryOf(qint64 highlightId) const;
    QList<Highlight> stored() const { return *m_gui.store()->highlights(m_articleId); }

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
    qsizetype m_start = 0;
};

void TestHighlightUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestHighlightUi::cleanup()
{
    m_gui.reset();
}

void TestHighlightUi::layouts()
{
    QTest::addColumn<ArticleLayout>("layout");
    for (const ArticleLayout layout : allArticleLayouts())
        QTest::newRow(qPrintable(articleLayoutName(layout))) << layout;
}

qint64 TestHighlightUi::openWithHighlight()
{
    QFETCH(ArticleLayout, layout);
    m_articleId = m_gui.openOn(interview());
    if (!m_articleId)
        return 0;
    m_gui.child<Actions>(u"actions"_s)->layoutAction(layout)->trigger();
    if (articleView()->articleLayout() != layout)
        return 0;
    m_start = Answer.indexOf(u"a gale"_s);
    const std::optional<qint64> id =
        m_gui.annotations()->addHighlight(m_articleId, 1, m_start, m_start + 6, HighlightColour::Yellow);
    m_gui.annotations()->undoStack()->clear();
    return id.value_or(0);
}

std::pair<SpeakerPane *, int> TestHighlightUi::placeOf(qsizetype segment, qsizetype offset) const
{
    SpeakerPane *pane = articleView()->revealSpan(segment, offset, offset);
    return {pane, pane ? pane->documentPosition(segment, offset) : -1};
}

QModelIndex TestHighlightUi::entryOf(qint64 highlightId) const
{
    const QAbstractItemModel *model = sidebar()->view()->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex entry = model->index(row, 0, parent);
            if (entry.data(AnnotationModel::HighlightIdRole).toLongLong() == highlightId)
                return entry;
        }
    }
    return {};
}

void TestHighlightUi::selectionBarRecoloursTheHighlightChosenInTheSidebar()
{
    const qint64 id = openWithHighlight();
    QVERIFY(id);
    const auto [pane, from] = placeOf(1, m_start);
    QVERIFY(pane);
    // Chosen in the sidebar: its text is selected in its pane, which has the focus.
    QTreeView *list = sidebar()->view();
    const QRect rect = list->visualRect(entryOf(id));
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    SpeechView *speech = pane->speechView();
    QTRY_VERIFY(speech->hasFocus());
    QCOMPARE(speech->textCursor().selectedText(), u"a gale"_s);

    SelectionToolBar *bar = nullptr;
    for (SelectionToolBar *candidate : m_gui.window()->findChildren<SelectionToolBar *>()) {
        if (candidate->view() == speech)
            bar = candidate;
    }
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(bar->findChild<QToolButton *>(u"selectionColour_green"_s), Qt::LeftButton);

    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Green);
    QCOMPARE(speech->highlightRunAt(from + 1)->background,
        HighlightStyle::tint(HighlightColour::Green, speech->palette()));
    // The pen is what it was; one undo step brings the yellow back.
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Yellow);
    QCOMPARE(m_gui.annotations()->undoStack()->count(), 1);
    m_gui.annotations()->undoStack()->undo();
    QCOMPARE(m_gui.store()->highlight(id)->value().colour, HighlightColour::Yellow);
}

void TestHighlightUi::colourKeysRecolourTheHighlightAroundTheCaret()
{
    const qint64 id = openWithHighlight();
    QVERIFY(id);
    const auto [pane, from] = placeOf(1, m_start);
    QVERIFY(pane);
    SpeechView *speech = pane->speechView();
    // The caret inside the highlight: 3 makes it blue, the pen stays yellow.
    QVERIFY(selectText(speech, from + 2, 0));
    QTest::keyClick(speech, Qt::Key_3);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Blue);
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Yellow);
    // Chosen from the sidebar (its text selected): 5 makes it purple.
    highlighter()->revealHighlight(id);
    QTRY_VERIFY(speech->hasFocus());
    QTest::keyClick(speech, Qt::Key_5);
    QCOMPARE(stored().first().colour, HighlightColour::Purple);
    QCOMPARE(m_gui.annotations()->undoStack()->count(), 2);
    // Outside any highlight the key picks the pen, as before.
    QVERIFY(selectText(speech, from - 3, 0));
    QTest::keyClick(speech, Qt::Key_2);
    QCOMPARE(highlighter()->currentColour(), HighlightColour::Green);
    QCOMPARE(stored().first().colour, HighlightColour::Purple);
    QCOMPARE(stored().size(), 1);
}

void TestHighlightUi::contextMenuOnAChosenHighlightRecoloursIt()
{
    const qint64 id = openWithHighlight();
    QVERIFY(id);
    const auto [pane, from] = placeOf(1, m_start);
    QVERIFY(pane);
    highlighter()->revealHighlight(id);
    SpeechView *speech = pane->speechView();
    QTRY_VERIFY(speech->textCursor().hasSelection());

    // Right-click on the selected highlight: its own menu, not "Highlight in".
    QMenu menu;
    Q_EMIT speech->contextMenuAboutToShow(&menu, from + 2);
    QVERIFY(!actionNamed(&menu, u"Highlight in"_s));
    QAction *colour = actionNamed(&menu, u"Colour"_s);
    QVERIFY(colour && colour->menu());
    actionNamed(colour->menu(), u"Red"_s)->trigger();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Red);

    // Right-click on the caret in it, with no selection: the same menu.
    QVERIFY(selectText(speech, from + 1, 0));
    QMenu again;
    Q_EMIT speech->contextMenuAboutToShow(&again, from + 1);
    actionNamed(actionNamed(&again, u"Colour"_s)->menu(), u"Orange"_s)->trigger();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Orange);
}

void TestHighlightUi::sidebarRecoloursByMenuAndKeys()
{
    const qint64 id = openWithHighlight();
    QVERIFY(id);
    QTreeView *list = sidebar()->view();
    const QRect rect = list->visualRect(entryOf(id));
    QVERIFY(rect.isValid());
    QContextMenuEvent menuEvent(
        QContextMenuEvent::Mouse, rect.center(), list->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(list->viewport(), &menuEvent);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *colour = actionNamed(menu, u"Colour"_s);
    QVERIFY(colour && colour->menu());
    QAction *blue = actionNamed(colour->menu(), u"Blue"_s);
    QVERIFY(blue);
    menu->close();
    blue->trigger();
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Blue);
    // The list shows the new colour; 2 on the entry makes it green.
    QTRY_COMPARE(entryOf(id).data(AnnotationModel::ColourRole).toInt(), int(HighlightColour::Blue));
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(entryOf(id));
    QTest::keyClick(list, Qt::Key_2);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().colour, HighlightColour::Green);
    QCOMPARE(m_gui.annotations()->undoStack()->count(), 2);
}

void TestHighlightUi::hoverShowsTheNoteAndThemes()
{
    const qint64 id = openWithHighlight();
    QVERIFY(id);
    QVERIFY(m_gui.annotations()->setNote(id, u"Ask her about the <rows>"_s));
    const std::optional<qint64> weather = m_gui.annotations()->createTheme(u"Weather"_s);
    QVERIFY(weather);
    const std::optional<qint64> storms = m_gui.annotations()->createTheme(u"Storms"_s, *weather);
    QVERIFY(storms);
    QVERIFY(m_gui.annotations()->tagHighlight(id, *storms));

    const auto [pane, from] = placeOf(1, m_start);
    QVERIFY(pane);
    SpeechView *speech = pane->speechView();
    speech->setCursorWidth(0);
    // The middle of the character at `position` (inside a word, so never
    // a space a line ends with), in viewport coordinates.
    const auto pointAt = [speech](int position) {
        const QTextBlock block = speech->document()->findBlock(position);
        const int inBlock = position - block.position();
        const QTextLine line = block.layout()->lineForTextPosition(inBlock);
        const QPointF origin = speech->document()->documentLayout()->blockBoundingRect(block).topLeft();
        const QPoint scroll(speech->horizontalScrollBar()->value(), speech->verticalScrollBar()->value());
        const qreal x = (line.cursorToX(inBlock) + line.cursorToX(inBlock + 1)) / 2;
        return (origin + QPointF(x, line.y() + line.height() / 2)).toPoint() - scroll;
    };
    speech->ensureCursorVisible();
    // Hovers over character `position`, where the text is now (a sidebar
    // coming in may rewrap it); the tooltip's text, empty when none shows.
    const auto hover = [speech, &pointAt](int position) {
        const QPoint at = pointAt(position);
        QHelpEvent event(QEvent::ToolTip, at, speech->viewport()->mapToGlobal(at));
        QApplication::sendEvent(speech->viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    QTRY_VERIFY(hover(from + 3).contains(u"Weather › Storms"_s));
    QVERIFY(QToolTip::text().contains(u"Ask her about the &lt;rows&gt;"_s));

    // Over words nobody highlighted: no tooltip.
    QTRY_VERIFY(hover(from - 8).isEmpty());
}

void TestHighlightUi::sidebarEntriesAreAsTallAsWhatTheyShow()
{
    // A plain highlight takes the quote's room only; its themes and its note
    // each add a line, and nothing leaves blank lines under a plain one.
    const qint64 plain = openWithHighlight();
    QVERIFY(plain);
    const std::optional<qint64> noted =
        m_gui.annotations()->addHighlight(m_articleId, 3, 0, 7, HighlightColour::Blue);
    QVERIFY(noted);
    QTRY_VERIFY(entryOf(*noted).isValid());
    QTreeView *list = sidebar()->view();
    const int plainHeight = list->visualRect(entryOf(plain)).height();
    QCOMPARE(list->visualRect(entryOf(*noted)).height(), plainHeight);

    QVERIFY(m_gui.annotations()->setNote(*noted, u"Compare with the radio forecast"_s));
    QTRY_VERIFY(list->visualRect(entryOf(*noted)).height() > plainHeight);
    const int withNote = list->visualRect(entryOf(*noted)).height();
    const std::optional<qint64> weather = m_gui.annotations()->createTheme(u"Weather"_s);
    QVERIFY(weather);
    QVERIFY(m_gui.annotations()->tagHighlight(*noted, *weather));
    QTRY_VERIFY(list->visualRect(entryOf(*noted)).height() > withNote);
    QCOMPARE(list->visualRect(entryOf(plain)).height(), plainHeight);
}

QTEST_MAIN(TestHighlightUi)
#include "tst_highlightui.moc"
