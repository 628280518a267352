// The coding strip beside each speaker pane, driven with clicks and keys,
// offscreen: a mark per claim in its theme's colour where the claim sits
// along the text, a click or Enter scrolling the pane to the claim and
// choosing it in the annotation sidebar, arrow keys moving between marks,
// and the strip following a new claim and its undo. On a temporary library
// and temporary settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationsidebar.h"
#include "annotations/highlightcontroller.h"
#include "annotations/tagpicker.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "markedarticle.h"
#include "reader/articleview.h"
#include "reader/codingstrip.h"
#include "reader/highlightstyle.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString Opening = u"Rents in the valley doubled in six years."_s;
const QString Middle = u"The night bus stops before the last shift ends."_s;
const QString Closing = u"Give tenants a vote on the depot land."_s;
const QString Plain = u"Nobody on the council rides the bus."_s;
const QString Other = u"Cheaper fares filled the trams in spring."_s;

/// Ilse Marrow's answer: the opening claim, filler, the middle claim, filler, the closing claim.
QStringList longAnswer()
{
    QStringList paragraphs {Opening};
    for (int i = 0; i < 25; ++i)
        paragraphs.append(
            u"On weekday %1 the market opened late and the square stayed quiet until noon."_s.arg(i));
    paragraphs.append(Middle + u' ' + Plain);
    for (int i = 0; i < 25; ++i)
        paragraphs.append(u"On weekend %1 the ferry ran twice and the harbour cafe stayed open."_s.arg(i));
    paragraphs.append(Closing);
    return paragraphs;
}

} // namespace

class TestCodingStripUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void marksSitWhereTheClaimsAreInTheirThemesColours();
    void clickingAMarkScrollsToTheClaimAndChoosesItInTheSidebar();
    void arrowKeysMoveBetweenMarksAndEnterOpens();
    void stripFollowsANewClaimAndItsUndo();
    void conversationHasOneStripForAllTurns();

private:
    ArticleView *articleView() const { return m_gui.child<ArticleView>(u"articleView"_s); }
    SpeakerPane *pane(int index) const { return articleView()->panes().value(index); }
    CodingStrip *strip(int index) const { return pane(index)->codingStrip(); }
    AnnotationSidebar *sidebar() const { return m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s); }
    qint64 claim(const QString &quote) const { return highlightQuoting(*m_gui.store(), m_articleId, quote); }
    /// The highlight of the sidebar's current entry; 0 for none.
    qint64 sidebarChoice() const
    {
        return sidebar()->view()->currentIndex().data(AnnotationModel::HighlightIdRole).toLongLong();
    }
    /// The text selected in pane `index`'s speech.
    QString selectedIn(int index) const { return pane(index)->speechView()->textCursor().selectedText(); }
    /// Whether the selection of pane `index` is on screen.
    bool selectionVisible(int index) const
    {
        const SpeechView *speech = pane(index)->speechView();
        return speech->viewport()->rect().contains(speech->cursorRect().center());
    }

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestCodingStripUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestCodingStripUi::init()
{
    QVERIFY(m_gui.newLibrary());
    Annotations &annotations = *m_gui.library().annotations();
    QVERIFY(annotations.createTheme(u"Housing"_s, 0, HighlightColour::Blue));
    QVERIFY(annotations.createTheme(u"Transport"_s, 0, HighlightColour::Red));
    m_articleId = addMarkedArticle(annotations,
        TestArticles::article(u"Valley Forum"_s,
            {TestArticles::speech(u"Ilse Marrow"_s, u"tenants' union"_s, longAnswer()),
                TestArticles::speech(u"Pavel Dunst"_s, u"tram driver"_s, {Other})}),
        {{0, Opening, HighlightColour::Yellow, {}, {u"Housing"_s}},
            {0, Middle, HighlightColour::Yellow, {}, {u"Transport"_s, u"Housing"_s}},
            {0, Plain, HighlightColour::Green, {}, {}}, // a highlight, not a claim: no mark
            {0, Closing, HighlightColour::Yellow, {}, {u"Housing"_s}},
            {1, Other, HighlightColour::Yellow, {}, {u"Transport"_s}}});
    QVERIFY(m_gui.openWindow({1100, 700}));
    m_gui.window()->showArticle(m_articleId);
    m_gui.action(Actions::Id::ShowAnnotations)->setChecked(true);
    QTRY_VERIFY(sidebar()->isVisible());
    QTRY_COMPARE(articleView()->panes().size(), 2);
    QTRY_COMPARE(strip(0)->marks().size(), 3);
}

void TestCodingStripUi::cleanup()
{
    m_gui.reset();
}

void TestCodingStripUi::marksSitWhereTheClaimsAreInTheirThemesColours()
{
    CodingStrip *ilse = strip(0);
    QVERIFY(ilse->isVisible());
    const QList<CodingStrip::Mark> marks = ilse->marks();
    QCOMPARE(marks.at(0).highlightId, claim(Opening));
    QCOMPARE(marks.at(1).highlightId, claim(Middle));
    QCOMPARE(marks.at(2).highlightId, claim(Closing));
    QCOMPARE(strip(1)->marks().size(), 1);
    QCOMPARE(strip(1)->marks().at(0).highlightId, claim(Other));

    // Top to bottom as the text runs: the first near the top, the middle one
    // near the middle, the last near the bottom of the strip.
    const int height = ilse->height();
    QVERIFY(ilse->markRect(0).top() < height / 10);
    QVERIFY(qAbs(ilse->markRect(1).center().y() - height / 2) < height / 8);
    QVERIFY(ilse->markRect(2).bottom() > height * 9 / 10);

    // Painted in the themes' colours: the middle claim carries both, side by side.
    const QImage image = ilse->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto colourAt = [&](const QPoint &p) {
        return image.pixelColor((QPointF(p) * ratio).toPoint());
    };
    const QColor blue = HighlightStyle::swatch(HighlightColour::Blue);
    const QColor red = HighlightStyle::swatch(HighlightColour::Red);
    QCOMPARE(colourAt(ilse->markRect(0).center()), blue);
    const QRect both = ilse->markRect(1);
    const QColor left = colourAt(QPoint(both.left() + 1, both.center().y()));
    const QColor right = colourAt(QPoint(both.right() - 1, both.center().y()));
    QVERIFY(left != right);
    QVERIFY(QList<QColor>({blue, red}).contains(left));
    QVERIFY(QList<QColor>({blue, red}).contains(right));

    // The tooltip names the themes and starts the quote.
    QVERIFY(ilse->describe(1).endsWith(u": “%1”"_s.arg(Middle)));
    QVERIFY(ilse->describe(1).contains(u"Housing"_s));
    QVERIFY(ilse->describe(1).contains(u"Transport"_s));
    QCOMPARE(ilse->describe(0), u"Housing: “%1”"_s.arg(Opening));
}

void TestCodingStripUi::clickingAMarkScrollsToTheClaimAndChoosesItInTheSidebar()
{
    CodingStrip *ilse = strip(0);
    QScrollBar *scroll = pane(0)->speechView()->verticalScrollBar();
    QCOMPARE(scroll->value(), 0);
    QVERIFY(scroll->maximum() > 0);

    QTest::mouseClick(ilse, Qt::LeftButton, {}, ilse->markRect(2).center());
    QCOMPARE(selectedIn(0), Closing);
    QVERIFY(scroll->value() > scroll->maximum() / 2);
    QVERIFY(selectionVisible(0));
    QVERIFY(pane(0)->speechView()->isFlashing());
    QCOMPARE(sidebarChoice(), claim(Closing));

    QTest::mouseClick(ilse, Qt::LeftButton, {}, ilse->markRect(1).center());
    QCOMPARE(selectedIn(0), Middle);
    QVERIFY(selectionVisible(0));
    QCOMPARE(sidebarChoice(), claim(Middle));

    // Between marks, nothing happens.
    const int gap = (ilse->markRect(1).bottom() + ilse->markRect(2).top()) / 2;
    QTest::mouseClick(ilse, Qt::LeftButton, {}, QPoint(ilse->width() / 2, gap));
    QCOMPARE(selectedIn(0), Middle);
}

void TestCodingStripUi::arrowKeysMoveBetweenMarksAndEnterOpens()
{
    CodingStrip *ilse = strip(0);
    QCOMPARE(ilse->focusPolicy(), Qt::StrongFocus);
    ilse->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(ilse->hasFocus());
    QCOMPARE(ilse->currentMark(), 0);

    QTest::keyClick(ilse, Qt::Key_Down);
    QTest::keyClick(ilse, Qt::Key_Down);
    QCOMPARE(ilse->currentMark(), 2);
    QTest::keyClick(ilse, Qt::Key_Down); // stays on the last
    QCOMPARE(ilse->currentMark(), 2);
    QCOMPARE(ilse->accessibleDescription(), ilse->describe(2));
    QCOMPARE(selectedIn(0), QString()); // moving only points

    QTest::keyClick(ilse, Qt::Key_Return);
    QCOMPARE(selectedIn(0), Closing);
    QVERIFY(selectionVisible(0));
    QCOMPARE(sidebarChoice(), claim(Closing));
    QVERIFY(ilse->hasFocus()); // the reader can go on through the marks

    QTest::keyClick(ilse, Qt::Key_Home);
    QCOMPARE(ilse->currentMark(), 0);
    QTest::keyClick(ilse, Qt::Key_Enter);
    QCOMPARE(selectedIn(0), Opening);
    QVERIFY(selectionVisible(0));
    QVERIFY(pane(0)->speechView()->verticalScrollBar()->value() < ilse->height() / 4);
    QCOMPARE(sidebarChoice(), claim(Opening));

    // A pane without claims keeps the strip out of the tab chain.
    QVERIFY(m_gui.annotations()->removeHighlight(claim(Other)));
    QTRY_VERIFY(strip(1)->marks().isEmpty());
    QCOMPARE(strip(1)->focusPolicy(), Qt::NoFocus);
}

void TestCodingStripUi::stripFollowsANewClaimAndItsUndo()
{
    SpeechView *pavel = pane(1)->speechView();
    pavel->setFocus();
    const QString trams = u"the trams"_s;
    QVERIFY(selectText(pavel, pane(1)->documentPosition(1, Other.indexOf(trams)), int(trams.size())));
    QTest::keyClick(pavel, Qt::Key_T);
    TagPicker *picker = m_gui.child<HighlightController>(u"highlightController"_s)->tagPicker();
    QTRY_VERIFY(picker->isVisible());
    QTest::keyClicks(picker->filterEdit(), u"Housing"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!picker->isVisible());

    // The new claim has its mark, in reading order after the one there was (it starts later).
    CodingStrip *strip = this->strip(1);
    QTRY_COMPARE(strip->marks().size(), 2);
    QCOMPARE(strip->marks().at(1).highlightId, claim(trams));
    QCOMPARE(strip->marks().at(1).colours, QList<QColor> {HighlightStyle::swatch(HighlightColour::Blue)});
    QCOMPARE(strip->describe(1), u"Housing: “the trams”"_s);

    // Undo the tagging: a plain highlight again, no mark; redo brings it back.
    QTRY_VERIFY(pavel->hasFocus());
    QTest::keyClick(pavel, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(strip->marks().size(), 1);
    QCOMPARE(strip->marks().at(0).highlightId, claim(Other));
    QTest::keyClick(pavel, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(strip->marks().size(), 2);

    // Removing a claim removes its mark.
    QVERIFY(m_gui.annotations()->removeHighlight(claim(Other)));
    QTRY_COMPARE(strip->marks().size(), 1);
}

void TestCodingStripUi::conversationHasOneStripForAllTurns()
{
    m_gui.child<Actions>(u"actions"_s)->layoutAction(ArticleLayout::Conversation)->trigger();
    QTRY_COMPARE(articleView()->panes().size(), 1);
    CodingStrip *all = strip(0);
    QTRY_COMPARE(all->marks().size(), 4);
    QCOMPARE(all->marks().constLast().highlightId, claim(Other));
    QTRY_VERIFY(all->isVisible());
    QTest::mouseClick(all, Qt::LeftButton, {}, all->markRect(3).center());
    QCOMPARE(selectedIn(0), Other);
    QVERIFY(selectionVisible(0));
    QCOMPARE(sidebarChoice(), claim(Other));
    // The introduction, a few lines sized to its text, has no strip.
    QVERIFY(!articleView()->introPane()->codingStrip()->isVisibleTo(articleView()->introPane()));
}

QTEST_MAIN(TestCodingStripUi)
#include "tst_codingstripui.moc"
