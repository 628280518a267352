// Searching from the window as a reader does it: Ctrl+F across the library,
// Ctrl+Shift+F within the article shown, typing, Down/Enter into the
// results, Enter to open the match, Esc to close. Driven with QTest key and
// mouse events, offscreen, on a temporary library and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/editornoteband.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "search/searchmodel.h"
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
#include <QMenuBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

// Two articles written for this test; "lighthouse" is in one speech of each.
const QString AnaText = u"The lighthouse keeper logs every ship that passes the point."_s;
const QString BoText = u"Nobody reads those logs until a storm sinks something."_s;
const QString CyText = u"Radar replaced the keepers long before the lamps went dark."_s;
const QString DeeFirst = u"Tourists still climb the stairs each summer."_s;
const QString DeeSecond = u"An old lighthouse is a museum now, and a good one."_s;
const QString CoastNote = u"Both spoke on a windy pier below the old signal mast."_s;

Article harbour()
{
    return TestArticles::article(u"Harbour Lights"_s,
        {TestArticles::speech(u"Ana"_s, u"a keeper's daughter"_s, {AnaText}),
            TestArticles::speech(u"Bo"_s, u"a harbour clerk"_s, {BoText})});
}

Article coast()
{
    return TestArticles::article(u"Coastal Watch"_s,
        {TestArticles::speech(u"Cy"_s, u"a coastguard"_s, {CyText}),
            TestArticles::speech(u"Dee"_s, u"a guide"_s, {DeeFirst, DeeSecond}),
            TestArticles::segment(SegmentKind::EditorNote, {CoastNote}, u"Editor's Note"_s)});
}

} // namespace

class TestSearchUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlFSearchesTheLibraryAndEnterOpensTheMatch();
    void ctrlShiftFLimitsTheSearchToTheArticle();
    void aNoteHitOpensItsHighlight();
    void aHitInTheEditorsNoteOpensTheNote();
    void searchActionsAreInTheEditMenu();
    void filtersBySpeakerThemeAndColour();

private:
    SearchPanel *panel() const { return m_gui.child<SearchPanel>(u"searchPanel"_s); }
    SpeechView *view(int index) const { return articleView()->panes().at(index)->speechView(); }
    /// The article ids of the listed results, in order.
    QList<qint64> listedArticles() const;

    ArticleView *articleView() const { return m_gui.child<ArticleView>(u"articleView"_s); }

    MainWindowFixture m_gui;
    qint64 m_harbour = 0;
    qint64 m_coast = 0;
};

void TestSearchUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestSearchUi::init()
{
    QVERIFY(m_gui.newLibrary());
    m_harbour = m_gui.library().addArticle(harbour());
    m_coast = m_gui.library().addArticle(coast());
    QVERIFY(m_harbour > 0 && m_coast > 0);
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(m_harbour);
    QCOMPARE(articleView()->titleLabel()->text(), u"Harbour Lights"_s);
    view(0)->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(view(0)->hasFocus());
    QVERIFY(!panel()->isVisible());
}

void TestSearchUi::cleanup()
{
    m_gui.reset();
}

QList<qint64> TestSearchUi::listedArticles() const
{
    QList<qint64> ids;
    const QAbstractItemModel *model = panel()->results()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(SearchModel::ArticleIdRole).toLongLong());
    return ids;
}

void TestSearchUi::ctrlFSearchesTheLibraryAndEnterOpensTheMatch()
{
    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel()->isVisible());
    QTRY_VERIFY(panel()->field()->hasFocus());
    QCOMPARE(panel()->scope(), SearchPanel::Scope::Library);

    QTest::keyClicks(panel()->field(), u"Lighthouse"_s);
    // Searched once the keys are in, case ignored: one speech of each article.
    QTRY_COMPARE(panel()->results()->model()->rowCount(), 2);
    QList<qint64> articles = listedArticles();
    std::sort(articles.begin(), articles.end());
    QCOMPARE(articles, (QList<qint64> {m_harbour, m_coast}));
    QCOMPARE(panel()->statusLabel()->text(), u"2 results"_s);
    const QAbstractItemModel *model = panel()->results()->model();
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = model->index(row, 0);
        QVERIFY(!index.data(SearchModel::IsNoteRole).toBool());
        const QString snippet = index.data(SearchModel::SnippetRole).toString();
        const auto marks = index.data(SearchModel::SnippetMatchesRole).value<QList<TextSpan>>();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(snippet.mid(marks.first().start, marks.first().length), u"lighthouse"_s);
        const bool coastHit = index.data(SearchModel::ArticleIdRole).toLongLong() == m_coast;
        QCOMPARE(index.data(SearchModel::SpeakerRole).toString(), coastHit ? u"Dee"_s : u"Ana"_s);
        QCOMPARE(index.data(SearchModel::ArticleTitleRole).toString(),
            coastHit ? u"Coastal Watch"_s : u"Harbour Lights"_s);
    }

    // Down moves into the results; down again if the other article came first.
    QTest::keyClick(panel()->field(), Qt::Key_Down);
    QListView *results = panel()->results();
    QTRY_VERIFY(results->hasFocus());
    QCOMPARE(results->currentIndex().row(), 0);
    if (results->currentIndex().data(SearchModel::ArticleIdRole).toLongLong() != m_coast)
        QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentIndex().data(SearchModel::ArticleIdRole).toLongLong(), m_coast);
    QTest::keyClick(results, Qt::Key_Return);

    // The other article is open, Dee's pane has the focus and the word selected.
    QCOMPARE(articleView()->titleLabel()->text(), u"Coastal Watch"_s);
    SpeechView *dee = view(1);
    QTRY_VERIFY(dee->hasFocus());
    QCOMPARE(dee->textCursor().selectedText(), u"lighthouse"_s);
    const int first = int(DeeFirst.size() + 1 + DeeSecond.indexOf(u"lighthouse"_s));
    QCOMPARE(dee->textCursor().selectionStart(), first);
    QVERIFY(dee->isFlashing());
    QVERIFY(panel()->isVisible()); // for the next result

    // Back in the field: the text is still there, Enter right after typing
    // acts on what was typed last, not on the results before it.
    QTest::keyClick(dee, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel()->field()->hasFocus());
    QCOMPARE(panel()->field()->selectedText(), u"Lighthouse"_s);
    QTest::keyClicks(panel()->field(), u"logs"_s);
    QTest::keyClick(panel()->field(), Qt::Key_Return);
    QTRY_VERIFY(results->hasFocus());
    QCOMPARE(listedArticles(), (QList<qint64> {m_harbour, m_harbour}));
    // Up from the first result goes back to the field; Esc closes the panel.
    QTest::keyClick(results, Qt::Key_Up);
    QTRY_VERIFY(panel()->field()->hasFocus());
    QTest::keyClick(panel()->field(), Qt::Key_Escape);
    QTRY_VERIFY(!panel()->isVisible());
    QTRY_VERIFY(articleView()->isAncestorOf(QApplication::focusWidget()));
}

void TestSearchUi::ctrlShiftFLimitsTheSearchToTheArticle()
{
    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel()->field()->hasFocus());
    QCOMPARE(panel()->scope(), SearchPanel::Scope::Article);
    QCOMPARE(panel()->field()->placeholderText(), u"Search this article"_s);
    QTest::keyClicks(panel()->field(), u"lighthouse"_s);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_harbour});

    // The reader widens the scope from the box: both articles again.
    panel()->scopeBox()->setCurrentIndex(panel()->scopeBox()->findData(int(SearchPanel::Scope::Library)));
    QTRY_COMPARE(listedArticles().size(), 2);

    // Within the article, Enter opens the match in the article already shown.
    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_harbour});
    QTest::keyClick(panel()->field(), Qt::Key_Return);
    QTRY_VERIFY(panel()->results()->hasFocus());
    QTest::keyClick(panel()->results(), Qt::Key_Return);
    QTRY_VERIFY(view(0)->hasFocus());
    QCOMPARE(view(0)->textCursor().selectedText(), u"lighthouse"_s);
    QCOMPARE(view(0)->textCursor().selectionStart(), int(AnaText.indexOf(u"lighthouse"_s)));

    // Another article shown: the article scope follows it.
    m_gui.window()->showArticle(m_coast);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_coast});
}

void TestSearchUi::aNoteHitOpensItsHighlight()
{
    const int start = int(CyText.indexOf(u"the lamps went dark"_s));
    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_coast, 0, start, start + 19);
    QVERIFY(id);
    QVERIFY(m_gui.annotations()->setNote(*id, u"Ask when the *beacon* was automated"_s));

    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel()->field()->hasFocus());
    QTest::keyClicks(panel()->field(), u"beacon"_s);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_coast});
    const QModelIndex hit = panel()->results()->model()->index(0, 0);
    QVERIFY(hit.data(SearchModel::IsNoteRole).toBool());
    QCOMPARE(hit.data(SearchModel::HighlightIdRole).toLongLong(), *id);
    QCOMPARE(hit.data(SearchModel::SpeakerRole).toString(), u"Cy"_s);

    // A click opens the article with the note's highlight selected.
    QListView *results = panel()->results();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
    QCOMPARE(articleView()->titleLabel()->text(), u"Coastal Watch"_s);
    QTRY_VERIFY(view(0)->hasFocus());
    QCOMPARE(view(0)->textCursor().selectedText(), u"the lamps went dark"_s);

    // While it is open, the results follow the library, and the reader keeps
    // their place: a second note with the word is listed, the first stays current.
    const int radar = int(CyText.indexOf(u"Radar"_s));
    const std::optional<qint64> second = m_gui.annotations()->addHighlight(m_coast, 0, radar, radar + 5);
    QVERIFY(second);
    QVERIFY(m_gui.annotations()->setNote(*second, u"Which beacon did the radar replace?"_s));
    QTRY_COMPARE(results->model()->rowCount(), 2);
    QCOMPARE(results->currentIndex().data(SearchModel::HighlightIdRole).toLongLong(), *id);
}

void TestSearchUi::aHitInTheEditorsNoteOpensTheNote()
{
    articleView()->editorNoteBand()->setExpanded(false);
    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel()->field()->hasFocus());
    // Two words next to each other: both are selected.
    QTest::keyClicks(panel()->field(), u"signal mast"_s);
    QTest::keyClick(panel()->field(), Qt::Key_Return);
    QCOMPARE(listedArticles(), QList<qint64> {m_coast});
    QTRY_VERIFY(panel()->results()->hasFocus());
    QCOMPARE(panel()->results()->currentIndex().data(SearchModel::SpeakerRole).toString(), QString());
    QTest::keyClick(panel()->results(), Qt::Key_Return);

    EditorNoteBand *band = articleView()->editorNoteBand();
    QVERIFY(band->isExpanded());
    QTRY_VERIFY(band->body()->hasFocus());
    QCOMPARE(band->body()->textCursor().selectedText(), u"signal mast"_s);
    QVERIFY(band->body()->isFlashing());
}

void TestSearchUi::searchActionsAreInTheEditMenu()
{
    QAction *search = m_gui.action(Actions::Id::Search);
    QAction *inArticle = m_gui.action(Actions::Id::SearchArticle);
    QCOMPARE(search->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(inArticle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QMenu *edit = nullptr;
    for (QAction *menu : m_gui.window()->menuBar()->actions()) {
        if (menu->text().remove(u'&') == u"Edit"_s)
            edit = menu->menu();
    }
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(search));
    QVERIFY(edit->actions().contains(inArticle));
    // No other action claims Ctrl+F, or neither would fire.
    for (QAction *action : m_gui.child<Actions>(u"actions"_s)->all()) {
        if (action != search)
            QVERIFY2(!action->shortcuts().contains(QKeySequence(QKeySequence::Find)),
                qPrintable(action->objectName()));
    }
}

void TestSearchUi::filtersBySpeakerThemeAndColour()
{
    // Ana's "lighthouse keeper" is a green claim of the theme Work › Keepers.
    Annotations *annotations = m_gui.annotations();
    const qint64 work = annotations->createTheme(u"Work"_s).value_or(0);
    const qint64 keepers = annotations->createTheme(u"Keepers"_s, work).value_or(0);
    QVERIFY(work > 0 && keepers > 0);
    const qsizetype at = AnaText.indexOf(u"lighthouse keeper"_s);
    const std::optional<qint64> claim =
        annotations->addHighlight(m_harbour, 0, at, at + 17, HighlightColour::Green);
    QVERIFY(claim);
    QVERIFY(annotations->tagHighlight(*claim, keepers));

    QTest::keyClick(view(0), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(panel()->field()->hasFocus());
    QTest::keyClicks(panel()->field(), u"lighthouse"_s);
    QTRY_COMPARE(listedArticles().size(), 2);

    // The speakers of the whole library, by name; choosing one by typing it.
    QComboBox *speaker = panel()->speakerFilter();
    QCOMPARE(speaker->count(), 5); // All speakers, Ana, Bo, Cy, Dee
    QCOMPARE(speaker->itemText(4), u"Dee"_s);
    speaker->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(speaker, u"Dee"_s);
    QCOMPARE(speaker->currentText(), u"Dee"_s);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_coast});
    QTest::keyClick(speaker, Qt::Key_Home);
    QTRY_COMPARE(listedArticles().size(), 2);

    // A theme takes its sub-themes along; listed by their path.
    QComboBox *theme = panel()->themeFilter();
    QCOMPARE(theme->itemText(1), u"Work"_s);
    QCOMPARE(theme->itemText(2), u"Work \u203a Keepers"_s);
    theme->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(theme, u"Work"_s);
    QCOMPARE(theme->currentIndex(), 1);
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_harbour});
    QTest::keyClick(theme, Qt::Key_Home);

    // Colours: the green highlight holds the word, no blue one does.
    QComboBox *colour = panel()->colourFilter();
    colour->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(colour, HighlightStyle::displayName(HighlightColour::Green));
    QTRY_COMPARE(listedArticles(), QList<qint64> {m_harbour});
    QTest::keyClick(colour, Qt::Key_Down); // the palette's next colour
    QCOMPARE(colour->currentData().toInt(), int(HighlightColour::Blue));
    QTRY_COMPARE(panel()->statusLabel()->text(), u"No results"_s);

    // A theme made while the panel is open is offered at once; Esc from a filter closes the panel.
    QVERIFY(annotations->createTheme(u"Storms"_s));
    QTRY_COMPARE(theme->count(), 4);
    QCOMPARE(theme->itemText(1), u"Storms"_s); // in alphabetical order
    QTest::keyClick(colour, Qt::Key_Escape);
    QTRY_VERIFY(!panel()->isVisible());
}

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
