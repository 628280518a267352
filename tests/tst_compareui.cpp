// View → Compare Voices driven with keys and clicks, offscreen: the matrix,
// its modes, a cell's claims opening the article, the exports and the
// speaker overview.

#include "annotate/annotations.h"
#include "compare/comparedialog.h"
#include "compare/heatmapdelegate.h"
#include "compare/overviewchart.h"
#include "compare/thematrixmodel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "markedarticle.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using TestArticles::speech;

class TestCompareUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void matrixShowsClaimsPerThemeAndSpeaker();
    void modeShowsSharesAndShadingFollowsTheValues();
    void clickingACellListsItsClaimsAndEnterOpensTheArticle();
    void wholeLibraryWithPeopleJoinsArticles();
    void exportsCsvAndPicture();
    void overviewTableSortsAndChartDescribesEachSpeaker();
    void newClaimsShowWhileOpen();

private:
    CompareDialog *openCompare();
    /// The model index of theme `name` (top level or under Trade) in column `column`.
    QModelIndex cell(const QString &name, int column) const;
    /// Clicks the cell's rectangle in the matrix view.
    void clickCell(const QModelIndex &index);
    QTreeView *matrixView() const { return m_gui.child<QTreeView>(u"matrixView"_s); }
    QTreeWidget *claimList() const { return m_gui.child<QTreeWidget>(u"claimList"_s); }

    MainWindowFixture m_gui;
    qint64 m_harbour = 0;
    qint64 m_coastal = 0;
};

void TestCompareUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestCompareUi::init()
{
    QVERIFY(m_gui.newLibrary());
    Annotations &annotations = *m_gui.library().annotations();
    // Harbour: Mira Trade/Tariffs (2), Climate (1), 7 words; Tomas Trade (1), 4 words.
    m_coastal = addMarkedArticle(annotations,
        TestArticles::article(u"Coastal Panel"_s,
            {speech(u"Mira Okonkwo"_s, {}, {u"Subsidies distort fishing."_s}),
                speech(u"Lena Sato"_s, {}, {u"Treaties protect the coast."_s})}),
        {{0, u"Subsidies distort fishing."_s, HighlightColour::Yellow, {}, {u"Trade"_s}},
            {1, u"Treaties protect the coast."_s, HighlightColour::Green, {}, {u"Climate"_s}}});
    m_harbour = addMarkedArticle(annotations,
        TestArticles::article(u"Harbour Roundtable"_s,
            {speech(u"Mira Okonkwo"_s, {}, {u"Tariffs hurt ports. Seas warm. Towns pay."_s}),
                speech(u"Tomas Verlinde"_s, {}, {u"Open markets lift boats."_s})}),
        {{0, u"Tariffs hurt ports."_s, HighlightColour::Yellow, u"Ports pay first."_s, {u"Trade/Tariffs"_s}},
            {0, u"Seas warm."_s, HighlightColour::Green, {}, {u"Climate"_s}},
            {0, u"Towns pay."_s, HighlightColour::Yellow, {}, {u"Trade/Tariffs"_s}},
            {1, u"Open markets lift boats."_s, HighlightColour::Yellow, {}, {u"Trade"_s}}});
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(m_harbour);
}

void TestCompareUi::cleanup()
{
    m_gui.reset();
}

CompareDialog *TestCompareUi::openCompare()
{
    return m_gui.openDialog<CompareDialog>(Qt::CTRL | Qt::SHIFT | Qt::Key_M, u"compareDialog"_s);
}

QModelIndex TestCompareUi::cell(const QString &name, int column) const
{
    const QAbstractItemModel *model = matrixView()->model();
    const QModelIndexList found =
        model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
}

void TestCompareUi::clickCell(const QModelIndex &index)
{
    QTreeView *view = matrixView();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestCompareUi::matrixShowsClaimsPerThemeAndSpeaker()
{
    QVERIFY(openCompare());
    const QAbstractItemModel *model = matrixView()->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Mira Okonkwo"_s);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"Tomas Verlinde"_s);
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), u"Total"_s);
    // Trade counts its sub-theme's claims; Tariffs sits under it, shown.
    QCOMPARE(cell(u"Trade"_s, 1).data().toString(), u"2"_s);
    QCOMPARE(cell(u"Trade"_s, 2).data().toString(), u"1"_s);
    QCOMPARE(cell(u"Trade"_s, 3).data().toString(), u"3"_s);
    QCOMPARE(cell(u"Tariffs"_s, 1).data().toString(), u"2"_s);
    QCOMPARE(cell(u"Tariffs"_s, 0).parent().data().toString(), u"Trade"_s);
    QVERIFY(matrixView()->isExpanded(cell(u"Trade"_s, 0)));
    QCOMPARE(cell(u"Climate"_s, 2).data().toString(), u"0"_s);
}

void TestCompareUi::modeShowsSharesAndShadingFollowsTheValues()
{
    CompareDialog *dialog = openCompare();
    QVERIFY(dialog);
    auto *mode = m_gui.child<QComboBox>(u"modeCombo"_s);
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // Share of the voice's claims
    QCOMPARE(cell(u"Climate"_s, 1).data().toString(), u"33.3%"_s);
    QCOMPARE(cell(u"Trade"_s, 2).data().toString(), u"100.0%"_s);
    QTest::keyClick(mode, Qt::Key_Down); // per 1,000 words: Tomas 1 claim in 4 words
    QCOMPARE(cell(u"Trade"_s, 2).data().toString(), u"250.00"_s);
    // The hottest cell is Mira on Trade (2 claims in 7 words); an empty one is not shaded.
    QCOMPARE(cell(u"Trade"_s, 1).data(ThemeMatrixModel::HeatRole).toDouble(), 1.0);
    QCOMPARE(cell(u"Trade"_s, 2).data(ThemeMatrixModel::HeatRole).toDouble(), 250.0 / (2000.0 / 7.0));
    QCOMPARE(cell(u"Climate"_s, 2).data(ThemeMatrixModel::HeatRole).toDouble(), 0.0);
    const QPalette palette = matrixView()->palette();
    QCOMPARE(HeatMapDelegate::fill(0.0, palette), palette.color(QPalette::Base));
    QVERIFY(HeatMapDelegate::fill(1.0, palette) != palette.color(QPalette::Base));
    // Text stays readable on a dark fill and a light one.
    QCOMPARE(HeatMapDelegate::textOn(QColor(20, 20, 40)), QColor(Qt::white));
    QCOMPARE(HeatMapDelegate::textOn(QColor(250, 250, 240)), QColor(Qt::black));
}

void TestCompareUi::clickingACellListsItsClaimsAndEnterOpensTheArticle()
{
    QVERIFY(openCompare());
    clickCell(cell(u"Trade"_s, 1));
    QTreeWidget *claims = claimList();
    QStringList quotes;
    for (int i = 0; i < claims->topLevelItemCount(); ++i)
        quotes.append(claims->topLevelItem(i)->text(0));
    QCOMPARE(quotes, (QStringList {u"Tariffs hurt ports."_s, u"Towns pay."_s}));
    QCOMPARE(claims->topLevelItem(0)->text(1), u"Mira Okonkwo"_s);
    QCOMPARE(claims->topLevelItem(0)->text(3), u"Ports pay first."_s);

    // Across the library, Mira's Trade claims come from both articles, newest import first.
    auto *scope = m_gui.child<QComboBox>(u"scopeCombo"_s);
    scope->setCurrentIndex(1);
    auto *grouping = m_gui.child<QComboBox>(u"groupingCombo"_s);
    grouping->setCurrentIndex(1);
    Q_EMIT grouping->activated(1);
    QCOMPARE(matrixView()->model()->headerData(2, Qt::Horizontal).toString(), u"Mira Okonkwo"_s);
    clickCell(cell(u"Trade"_s, 2));
    QCOMPARE(claims->topLevelItemCount(), 3);
    QCOMPARE(claims->topLevelItem(2)->text(0), u"Subsidies distort fishing."_s);
    QCOMPARE(claims->topLevelItem(2)->text(2), u"Coastal Panel"_s);

    // Show another article first, so opening the claim must switch back.
    m_gui.window()->showArticle(m_coastal);
    QCOMPARE(m_gui.window()->windowTitle(), u"Coastal Panel"_s);
    claims->setFocus();
    claims->setCurrentItem(claims->topLevelItem(1));
    QTest::keyClick(claims, Qt::Key_Return);
    QTRY_COMPARE(m_gui.window()->windowTitle(), u"Harbour Roundtable"_s);
    // The claim is selected in Mira's pane.
    QStringList selected;
    for (const QTextBrowser *pane : m_gui.window()->findChildren<QTextBrowser *>())
        selected.append(pane->textCursor().selectedText());
    QVERIFY2(selected.contains(u"Towns pay."_s), qPrintable(selected.join(u'|')));
}

void TestCompareUi::wholeLibraryWithPeopleJoinsArticles()
{
    QVERIFY(openCompare());
    auto *scope = m_gui.child<QComboBox>(u"scopeCombo"_s);
    auto *grouping = m_gui.child<QComboBox>(u"groupingCombo"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // Whole library
    QCOMPARE(matrixView()->model()->columnCount(), 2 + 4); // Mira twice, Lena, Tomas
    grouping->setCurrentIndex(1);
    Q_EMIT grouping->activated(1); // as a choice from the list does
    const QAbstractItemModel *model = matrixView()->model();
    QCOMPARE(model->columnCount(), 2 + 3);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), u"Mira Okonkwo"_s);
    QCOMPARE(cell(u"Trade"_s, 2).data().toString(), u"3"_s); // both articles
}

void TestCompareUi::exportsCsvAndPicture()
{
    CompareDialog *dialog = openCompare();
    QVERIFY(dialog);
    const QString csvPath = m_gui.library().filePath(u"matrix.csv"_s);
    QVERIFY(dialog->exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"theme,Mira Okonkwo,Tomas Verlinde,total"_s);
    QVERIFY(lines.contains(u"Trade/Tariffs,2,0,2"_s));

    const QString pngPath = m_gui.library().filePath(u"matrix.png"_s);
    QVERIFY(dialog->exportImage(pngPath));
    const QImage image(pngPath);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 40);
    QVERIFY(!dialog->exportCsv(m_gui.library().filePath(u"no/such/folder/matrix.csv"_s)));
    QVERIFY(m_gui.child<QLabel>(u"compareStatus"_s)->text().startsWith(u"Cannot write"_s));
}

void TestCompareUi::overviewTableSortsAndChartDescribesEachSpeaker()
{
    QVERIFY(openCompare());
    QTreeWidget *table = m_gui.child<QTreeWidget>(u"overviewTable"_s);
    QCOMPARE(table->topLevelItemCount(), 2);
    // Sort by words, most first: a click on the header twice.
    table->sortByColumn(2, Qt::DescendingOrder);
    QCOMPARE(table->topLevelItem(0)->text(0), u"Mira Okonkwo"_s);
    QCOMPARE(table->topLevelItem(0)->text(2), u"7"_s);
    QCOMPARE(table->topLevelItem(0)->text(4), u"3"_s);
    QCOMPARE(table->topLevelItem(1)->text(3), u"36.4%"_s);
    table->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(table->topLevelItem(0)->text(0), u"Tomas Verlinde"_s);

    auto *chart = m_gui.child<OverviewChart>(u"overviewChart"_s);
    QVERIFY(chart->describe(0).contains(u"63.6%"_s));
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentRow(), 1);
    QVERIFY(chart->accessibleDescription().startsWith(u"Tomas Verlinde"_s));
}

void TestCompareUi::newClaimsShowWhileOpen()
{
    QVERIFY(openCompare());
    QCOMPARE(cell(u"Climate"_s, 2).data().toString(), u"0"_s);
    Annotations &annotations = *m_gui.annotations();
    const std::optional<qint64> id = annotations.addHighlight(m_harbour, 1, 0, 4);
    QVERIFY(id);
    const Codebook codebook(*m_gui.store()->themes());
    QVERIFY(annotations.tagHighlight(*id, codebook.findByName(u"Climate"_s).first().id));
    QTRY_COMPARE(cell(u"Climate"_s, 2).data().toString(), u"1"_s);
}

QTEST_MAIN(TestCompareUi)
#include "tst_compareui.moc"
