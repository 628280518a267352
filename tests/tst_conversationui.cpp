// The conversation layout as a reader meets it: interviews and panels open
// in it by their shape, the turns in reading order headed by their speakers,
// the introduction as the article's head, the speaker filter (dim or hide),
// compare with rows aligned by question, and highlighting, the sidebar,
// search and undo working in it as in the panes. Offscreen, on a temporary
// library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/highlightcontroller.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/compareview.h"
#include "reader/conversationview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "search/searchpanel.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

using TestArticles::segment;
using TestArticles::speech;

const QString Intro = u"Mira Solberg mends fishing nets on the north pier, as her grandmother did."_s;
const QString Twelve = u"Since I was twelve."_s;
const QString Grandmother = u"My grandmother taught me on the pier, with a needle of whale bone."_s;
const QString Lighter = u"The nets are lighter now, but the knots are the same."_s;

Segment asked(const QString &question)
{
    Segment s = speech(u"Q"_s, {}, {question});
    s.label = u"Q"_s;
    return s;
}

/// Metadata, an introduction, then Q and Mira in turns; Mira's first answer
/// comes in two segments (7 segments of speech, 6 turns).
Article interview()
{
    return TestArticles::article(u"The Net Mender"_s,
        {segment(SegmentKind::Metadata, {u"By the harbour desk"_s}), segment(SegmentKind::Narration, {Intro}),
            asked(u"How long have you mended nets?"_s),
            speech(u"Mira Solberg"_s, u"a net mender in Vardøy"_s, {Twelve}),
            speech(u"Mira Solberg"_s, {}, {Grandmother}), asked(u"Is the work changing?"_s),
            speech(u"Mira Solberg"_s, {}, {Lighter}), asked(u"Would you teach it?"_s),
            speech(u"Mira Solberg"_s, {}, {u"To anyone who sits still long enough."_s})});
}

Segment moderator(const QString &question)
{
    Segment s = speech(u"Moderator"_s, u"Oda Lind"_s, {question});
    s.label = u"MODERATOR"_s;
    return s;
}

const QString AnselRepair = u"Repaired, yes, and soon."_s;
const QString BeaRepair = u"Repaired as it was built: in stone, with the old arches."_s;
const QString AnselTolls = u"Tolls for lorries only."_s;
const QString BeaCounty = u"The county, since it is a county bridge."_s;
const QString AnselFerry = u"Keep it as a spare. Every old bridge closes for repairs some day, and then the "
                           u"ferry is the only way across for a month or two, so it must not be sold now."_s;

/// A panel: the moderator asks three questions; Ansel answers all three,
/// Bea two, Cato two; applause between the first and second. Segments:
/// 0 intro, 1 Q1, 2 Ansel, 3 Bea, 4 Cato, 5 applause, 6 Q2, 7 Bea, 8 Ansel,
/// 9 Q3, 10 Cato, 11 Ansel.
Article panel()
{
    return TestArticles::article(u"The Old Bridge"_s,
        {segment(SegmentKind::Narration, {u"A debate held at the town hall of Eskmoor."_s}),
            moderator(u"Should the old bridge be repaired?"_s),
            speech(u"Ansel Park"_s, u"a structural engineer"_s, {AnselRepair}),
            speech(u"Bea Quist"_s, u"a local historian"_s, {BeaRepair}),
            speech(u"Cato Ruiz"_s, u"a cycling campaigner"_s, {u"Widened, please, for bicycles."_s}),
            segment(SegmentKind::Narration, {u"[Applause]"_s}), moderator(u"Who should pay?"_s),
            speech(u"Bea Quist"_s, {}, {BeaCounty}), speech(u"Ansel Park"_s, {}, {AnselTolls}),
            moderator(u"And the ferry?"_s), speech(u"Cato Ruiz"_s, {}, {u"Keep it for the summer."_s}),
            speech(u"Ansel Park"_s, {}, {AnselFerry})});
}

/// Three experts, one long turn each.
Article roundtable()
{
    return TestArticles::article(u"Three Views on Tides"_s,
        {speech(u"Una Berg"_s, u"an oceanographer"_s, {u"Tides are getting higher."_s}),
            speech(u"Ivo Lund"_s, u"a harbour master"_s, {u"We raise the quays every decade."_s}),
            speech(u"Pia Holm"_s, u"a fisher"_s, {u"The fish do not care."_s})});
}

} // namespace

class TestConversationUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void opensEachArticleInTheLayoutOfItsShape();
    void showsTheTurnsInReadingOrderHeadedByTheirSpeakers();
    void showsTheIntroductionAsTheHeadNeverAsASpeaker();
    void filterDimsOrHidesTheOtherSpeakers();
    void compareLinesTheAnswersUpByQuestion();
    void highlightsAndUndoWorkInTheConversationAndInCompare();
    void sidebarAndSearchRevealPlacesTheFilterHides();
    void nextSpeakerMovesToTheNextTurnOfSomeoneElse();
    void everyLayoutShowsTheWholeTextWhicheverOpenedFirst();

private:
    ArticleView *articleView() const { return m_gui.child<ArticleView>(u"articleView"_s); }
    ConversationView *conversation() const { return articleView()->conversationView(); }
    SpeechView *reading() const { return conversation()->readingPane()->speechView(); }
    /// The text of turn `turn`'s heading in the reading speech; empty when it has none.
    QString headingOf(int turn) const;

    MainWindowFixture m_gui;
};

void TestConversationUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestConversationUi::cleanup()
{
    m_gui.reset();
}

QString TestConversationUi::headingOf(int turn) const
{
    const QTextBlock block = reading()->document()->findBlock(reading()->turnStart(turn));
    // A heading is a block of its own before the turn's first paragraph.
    return block.position() == reading()->paragraphPosition(turn, 0) ? QString() : block.text();
}

void TestConversationUi::opensEachArticleInTheLayoutOfItsShape()
{
    QVERIFY(m_gui.newLibrary());
    const qint64 roundtableId = m_gui.library().addArticle(roundtable());
    const qint64 interviewId = m_gui.library().addArticle(interview());
    const qint64 panelId = m_gui.library().addArticle(panel());
    QVERIFY(roundtableId && interviewId && panelId);
    QVERIFY(m_gui.openWindow());
    MainWindow *window = m_gui.window();

    window->showArticle(roundtableId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::SideBySide);
    QCOMPARE(articleView()->panes().size(), 3);
    window->showArticle(interviewId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
    QVERIFY(m_gui.action(Actions::Id::LayoutConversation)->isChecked());
    QVERIFY(conversation()->isVisible());
    QCOMPARE(articleView()->panes(), QList<SpeakerPane *> {conversation()->readingPane()});
    window->showArticle(panelId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);

    // The reader's choice for one article is kept for it, and only for it;
    // a pane layout chosen becomes the one roundtables open in.
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Stacked);
    window->showArticle(interviewId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
    window->showArticle(roundtableId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Stacked);
    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
    // ... and in the next window.
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(panelId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Stacked);
    m_gui.window()->showArticle(roundtableId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
}

void TestConversationUi::showsTheTurnsInReadingOrderHeadedByTheirSpeakers()
{
    QVERIFY(m_gui.openOn(interview()));
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
    SpeechView *speech = reading();
    // Mira's two segments in a row are one turn: six turns, in order.
    QCOMPARE(speech->turnCount(), 6);
    QCOMPARE(conversation()->readingVoices(), (QList<int> {0, 1, 0, 1, 0, 1}));
    QCOMPARE(speech->plainText(),
        QStringList({u"How long have you mended nets?"_s, Twelve, Grandmother, u"Is the work changing?"_s,
                        Lighter, u"Would you teach it?"_s, u"To anyone who sits still long enough."_s})
            .join(u'\n'));
    // Each turn headed by its speaker; the bio at the speaker's first turn only.
    QCOMPARE(headingOf(0), u"Q"_s);
    QCOMPARE(headingOf(1), u"Mira Solberg — a net mender in Vardøy"_s);
    QCOMPARE(headingOf(3), u"Mira Solberg"_s);
    // In the speaker's colour, one colour per speaker.
    const auto colourAt = [speech](int position) {
        QTextCursor cursor(speech->document());
        cursor.setPosition(position + 1);
        return cursor.charFormat().foreground().color();
    };
    const QColor mira = conversation()->voiceColour(1);
    QCOMPARE(colourAt(speech->turnStart(1)), mira);
    QCOMPARE(colourAt(speech->turnStart(5)), mira);
    QCOMPARE(colourAt(speech->turnStart(0)), conversation()->voiceColour(0));
    QVERIFY(conversation()->voiceColour(0) != mira);
    // The speech is the conversation's only pane, with no speaker header of its own.
    QVERIFY(!conversation()->readingPane()->nameLabel()->isVisible());
    QVERIFY(speech->isVisible());
}

void TestConversationUi::showsTheIntroductionAsTheHeadNeverAsASpeaker()
{
    QVERIFY(m_gui.openOn(interview()));
    for (const ArticleLayout layout : allArticleLayouts()) {
        m_gui.child<Actions>(u"actions"_s)->layoutAction(layout)->trigger();
        SpeakerPane *intro = articleView()->introPane();
        QVERIFY(intro->isVisible());
        // As tall as its text, no taller.
        QTRY_COMPARE(intro->height(), intro->speechView()->height());
        QCOMPARE(intro->speechView()->plainText(), Intro);
        QVERIFY(intro->speechView()->height() >= intro->speechView()->fontMetrics().lineSpacing());
        // Under the title, above the speakers.
        QVERIFY(intro->mapTo(articleView(), QPoint()).y() >
            articleView()->titleLabel()->mapTo(articleView(), QPoint()).y());
        for (SpeakerPane *pane : articleView()->panes()) {
            QVERIFY(pane->name() != u"The Net Mender"_s);
            QVERIFY(!pane->speechView()->plainText().contains(Intro));
        }
        QVERIFY(articleView()->textPanes().contains(intro));
    }
    // In the pane layouts: one pane per speaker, no third for the introduction.
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    QCOMPARE(articleView()->panes().size(), 2);
    QVERIFY(articleView()->detailsLabel()->text().contains(u"By the harbour desk"_s));
}

void TestConversationUi::filterDimsOrHidesTheOtherSpeakers()
{
    QVERIFY(m_gui.openOn(panel()));
    ConversationView *view = conversation();
    QToolButton *filter = view->speakerFilterButton();
    QCOMPARE(filter->text(), u"All speakers"_s);
    QVERIFY(!view->filterModeBox()->isEnabled());
    QVERIFY(reading()->dimmedTurns().isEmpty() || !reading()->dimmedTurns().contains(true));

    // Ansel from the menu: everyone else is dimmed, the turns stay in place.
    QAction *ansel = nullptr;
    for (QAction *action : filter->menu()->actions()) {
        if (action->text().startsWith(u"Ansel Park"_s))
            ansel = action;
    }
    QVERIFY(ansel);
    QCOMPARE(ansel->text(), u"Ansel Park (3 turns)"_s);
    ansel->trigger();
    QCOMPARE(view->chosenVoices(), QList<int> {1});
    QCOMPARE(filter->text(), u"Ansel Park"_s);
    QVERIFY(view->filterModeBox()->isEnabled());
    const QList<int> voices = view->readingVoices();
    QCOMPARE(reading()->turnCount(), 11);
    QCOMPARE(reading()->dimmedTurns().size(), voices.size());
    for (qsizetype turn = 0; turn < voices.size(); ++turn)
        QCOMPARE(reading()->dimmedTurns().at(turn), voices.at(turn) != 1);
    // The veil shows: the dimmed question is painted fainter than before.
    const QImage dimmed = reading()->viewport()->grab().toImage();
    view->setChosenVoices({});
    QVERIFY(reading()->viewport()->grab().toImage() != dimmed);
    ansel->trigger();

    // Hide the others: only Ansel's turns are left.
    view->filterModeBox()->setCurrentIndex(
        view->filterModeBox()->findData(int(ConversationView::FilterMode::Hide)));
    Q_EMIT view->filterModeBox()->activated(view->filterModeBox()->currentIndex());
    QCOMPARE(view->filterMode(), ConversationView::FilterMode::Hide);
    QCOMPARE(reading()->turnCount(), 3);
    QCOMPARE(reading()->plainText(), QStringList({AnselRepair, AnselTolls, AnselFerry}).join(u'\n'));
    // A second speaker joins them; All Speakers shows everyone again.
    for (QAction *action : filter->menu()->actions()) {
        if (action->text().startsWith(u"Bea Quist"_s))
            action->trigger();
    }
    QCOMPARE(reading()->turnCount(), 5);
    QCOMPARE(filter->text(), u"Ansel Park, Bea Quist"_s);
    filter->menu()->actions().constFirst()->trigger();
    QCOMPARE(view->chosenVoices(), QList<int>());
    QCOMPARE(reading()->turnCount(), 11);
}

void TestConversationUi::compareLinesTheAnswersUpByQuestion()
{
    QVERIFY(m_gui.openOn(panel()));
    ConversationView *view = conversation();
    view->setChosenVoices({1, 2}); // Ansel and Bea
    QTest::mouseClick(view->compareButton(), Qt::LeftButton);
    QVERIFY(view->isComparing());
    CompareView *compare = view->compareView();
    QTRY_VERIFY(compare->isVisible());
    const QList<SpeakerPane *> columns = compare->panes();
    QCOMPARE(columns.size(), 3);
    QCOMPARE(articleView()->panes(), columns);
    QCOMPARE(columns.at(0)->name(), u"Moderator"_s);
    QCOMPARE(columns.at(1)->name(), u"Ansel Park"_s);
    QCOMPARE(columns.at(2)->name(), u"Bea Quist"_s);
    // One row per question, in order; Bea did not answer the third; Cato and the applause are left out.
    QCOMPARE(compare->rowCount(), 3);
    QCOMPARE(columns.at(0)->speechView()->plainText(),
        u"Should the old bridge be repaired?\nWho should pay?\nAnd the ferry?"_s);
    QCOMPARE(columns.at(1)->speechView()->plainText(),
        QStringList({AnselRepair, AnselTolls, AnselFerry}).join(u'\n'));
    QCOMPARE(columns.at(2)->speechView()->plainText(), QStringList({BeaRepair, BeaCounty}).join(u'\n'));
    QCOMPARE(columns.at(2)->speechView()->paragraphPosition(2, 0), -1);
    // The rows line up: each row starts at the same height in every column,
    // though Ansel's last answer is much longer than the others.
    const auto aligned = [&columns] {
        for (int row = 0; row < 3; ++row) {
            const qreal top = columns.at(0)->speechView()->turnTop(row);
            for (SpeakerPane *column : columns) {
                if (std::abs(column->speechView()->turnTop(row) - top) > 1.0)
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY(aligned());
    QVERIFY(columns.at(1)->speechView()->turnTop(2) > columns.at(1)->speechView()->turnTop(1));
    // Narrower columns wrap the answers anew: still lined up.
    m_gui.window()->resize(1000, 800);
    QTRY_VERIFY(aligned());
    // The columns scroll together, by one scroll bar, or by any of them (a wheel).
    m_gui.window()->resize(1000, 600);
    QTRY_VERIFY(aligned());
    QScrollBar *bar = compare->scrollBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    for (SpeakerPane *column : columns)
        QCOMPARE(column->speechView()->verticalScrollBar()->value(), bar->value());
    columns.at(2)->speechView()->verticalScrollBar()->setValue(0);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(columns.at(0)->speechView()->verticalScrollBar()->value(), 0);
    // Compare off: the conversation again.
    QTest::mouseClick(view->compareButton(), Qt::LeftButton);
    QVERIFY(!view->isComparing());
    QCOMPARE(articleView()->panes(), QList<SpeakerPane *> {view->readingPane()});
}

void TestConversationUi::highlightsAndUndoWorkInTheConversationAndInCompare()
{
    const qint64 articleId = m_gui.openOn(panel());
    QVERIFY(articleId);
    SpeechView *speech = reading();
    // "old arches" in Bea's first answer (segment 3), selected and H.
    SpeakerPane *pane = conversation()->readingPane();
    const qsizetype start = BeaRepair.indexOf(u"old arches"_s);
    const int from = pane->documentPosition(3, start);
    QVERIFY(selectText(speech, from, 10));
    QTest::keyClick(speech, Qt::Key_H);
    QList<Highlight> stored = *m_gui.store()->highlights(articleId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().anchor.segment, qsizetype(3));
    QCOMPARE(stored.first().anchor.quote.exact, u"old arches"_s);
    QCOMPARE(stored.first().speaker, u"Bea Quist"_s);
    QVERIFY(speech->highlightRunAt(from + 2).has_value());

    // In compare, the same highlight shows in Bea's column, and a new one can be made there.
    conversation()->setChosenVoices({1, 2});
    conversation()->setComparing(true);
    SpeakerPane *bea = conversation()->compareView()->panes().at(2);
    QTRY_VERIFY(bea->speechView()->isVisible());
    QVERIFY(bea->speechView()->highlightRunAt(bea->documentPosition(3, start) + 2).has_value());
    SpeakerPane *ansel = conversation()->compareView()->panes().at(1);
    const qsizetype tolls = AnselTolls.indexOf(u"lorries"_s);
    QVERIFY(selectText(ansel->speechView(), ansel->documentPosition(8, tolls), 7));
    QTest::keyClick(ansel->speechView(), Qt::Key_H);
    stored = *m_gui.store()->highlights(articleId);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.last().anchor.segment, qsizetype(8));
    QCOMPARE(stored.last().anchor.quote.exact, u"lorries"_s);
    QVERIFY(ansel->speechView()->highlightRunAt(ansel->documentPosition(8, tolls) + 1).has_value());

    // Undo, as anywhere: the highlight goes, from the column too.
    QTest::keyClick(ansel->speechView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_gui.store()->highlights(articleId)->size(), 1);
    QVERIFY(!ansel->speechView()->highlightRunAt(ansel->documentPosition(8, tolls) + 1).has_value());
    // Back in the conversation, the first highlight is still drawn.
    conversation()->setComparing(false);
    QVERIFY(reading()->highlightRunAt(from + 2).has_value());
}

void TestConversationUi::sidebarAndSearchRevealPlacesTheFilterHides()
{
    const qint64 articleId = m_gui.openOn(panel());
    QVERIFY(articleId);
    const qsizetype start = BeaCounty.indexOf(u"county bridge"_s);
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(articleId, 7, start, start + 13);
    QVERIFY(id);
    // Only Ansel shown: Bea's turns are hidden.
    conversation()->setFilterMode(ConversationView::FilterMode::Hide);
    conversation()->setChosenVoices({1});
    QVERIFY(!conversation()->readingPane()->hasSegment(7));

    // The sidebar's entry still finds it: the filter is lifted to show it.
    QVERIFY(m_gui.child<HighlightController>(u"highlightController"_s)->revealHighlight(*id));
    QCOMPARE(conversation()->chosenVoices(), QList<int>());
    QTRY_VERIFY(reading()->hasFocus());
    QCOMPARE(reading()->textCursor().selectedText(), u"county bridge"_s);

    // Search opens a match inside compare's columns, or lifts compare when it is not there.
    conversation()->setChosenVoices({1, 2});
    conversation()->setComparing(true);
    QTest::keyClick(m_gui.window(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *search = m_gui.child<SearchPanel>(u"searchPanel"_s);
    QTRY_VERIFY(search->field()->hasFocus());
    QTest::keyClicks(search->field(), u"summer"_s); // Cato's, whom compare leaves out
    QTRY_COMPARE(search->results()->model()->rowCount(), 1);
    QTest::keyClick(search->field(), Qt::Key_Return);
    QTRY_VERIFY(search->results()->hasFocus());
    QTest::keyClick(search->results(), Qt::Key_Return);
    QVERIFY(!conversation()->isComparing());
    QTRY_VERIFY(reading()->hasFocus());
    QCOMPARE(reading()->textCursor().selectedText(), u"summer"_s);
}

void TestConversationUi::nextSpeakerMovesToTheNextTurnOfSomeoneElse()
{
    QVERIFY(m_gui.openOn(interview()));
    SpeechView *speech = reading();
    QVERIFY(selectText(speech, speech->paragraphPosition(1, 0) + 3, 0));
    // From Mira's first answer to the next question, and on.
    QTest::keyClick(speech, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(speech->turnAt(speech->textCursor().position()), 2);
    QTest::keyClick(speech, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(speech->turnAt(speech->textCursor().position()), 3);
    QTest::keyClick(speech, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(speech->turnAt(speech->textCursor().position()), 2);
    QVERIFY(speech->hasFocus());
}

void TestConversationUi::everyLayoutShowsTheWholeTextWhicheverOpenedFirst()
{
    // The view keeps no copy of the text beside its documents: a layout made
    // later, a zoom and a filter take it from what is shown, none of it lost.
    const QStringList inOrder {u"Should the old bridge be repaired?"_s, AnselRepair, BeaRepair,
        u"Widened, please, for bicycles."_s, u"[Applause]"_s, u"Who should pay?"_s, BeaCounty, AnselTolls,
        u"And the ferry?"_s, u"Keep it for the summer."_s, AnselFerry};
    const QString ansel = QStringList({AnselRepair, AnselTolls, AnselFerry}).join(u'\n');
    const auto anselPane = [this]() -> SpeakerPane * {
        for (SpeakerPane *pane : articleView()->panes()) {
            if (pane->name() == u"Ansel Park"_s)
                return pane;
        }
        return nullptr;
    };
    QVERIFY(m_gui.newLibrary());
    const qint64 panelId = m_gui.library().addArticle(panel());
    const qint64 roundtableId = m_gui.library().addArticle(roundtable());
    QVERIFY(panelId && roundtableId);
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(panelId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Conversation);
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    QVERIFY(anselPane());
    QCOMPARE(anselPane()->speechView()->plainText(), ansel);
    m_gui.action(Actions::Id::ZoomIn)->trigger();
    QCOMPARE(anselPane()->speechView()->plainText(), ansel);

    // Opened again, in the panes first (the layout chosen for it), then the conversation, filtered and
    // zoomed.
    m_gui.action(Actions::Id::LayoutStacked)->trigger();
    m_gui.window()->showArticle(roundtableId);
    m_gui.window()->showArticle(panelId);
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::Stacked);
    QCOMPARE(anselPane()->speechView()->plainText(), ansel);
    m_gui.action(Actions::Id::LayoutConversation)->trigger();
    QCOMPARE(reading()->plainText(), inOrder.join(u'\n'));
    conversation()->setFilterMode(ConversationView::FilterMode::Hide);
    conversation()->setChosenVoices({1});
    QCOMPARE(reading()->plainText(), ansel);
    conversation()->setChosenVoices({});
    m_gui.action(Actions::Id::ZoomIn)->trigger();
    QCOMPARE(reading()->plainText(), inOrder.join(u'\n'));
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    QCOMPARE(anselPane()->speechView()->plainText(), ansel);
}

QTEST_MAIN(TestConversationUi)
#include "tst_conversationui.moc"
