// View → Compare Voices driven with keys and clicks, offscreen: the matrix,
// its modes, a cell's claims opening the article, the exports and the
// speaker overview, the side-by-side view linking two claims, and suggested
// claims accepted in one step.

#include "annotate/annotations.h"
#include "compare/comparedialog.h"
#include "compare/heatmapdelegate.h"
#include "compare/overviewchart.h"
#include "compare/sidebysideview.h"
#include "compare/speakerattributes.h"
#include "compare/suggestclaimsdialog.h"
#include "compare/thematrixmodel.h"
#include "compare/themebarchart.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "markedarticle.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

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
    void barChartShowsClaimsPerThemeAndVoice();
    void barChartFollowsModeScopeKeysAndExports();
    void sideBySideShowsEachVoicesClaimsOnATheme();
    void pickingTwoClaimsLinksThemUndoably();
    void deleteRemovesALinkAndEnterOpensAClaim();
    void suggestedClaimsFollowTheFiltersAndAcceptInOneStep();
    void filterKeepsThePeopleWithOneValue();

private:
    CompareDialog *openCompare();
    /// Opens Compare Voices on its Chart tab (Alt+H); its bar chart.
    ThemeBarChart *openChart();
    /// The chart's bars as "theme path|voice" -> value.
    static QHash<QString, double> barValues(const CompareDialog *dialog);
    /// The model index of theme `name` (top level or under Trade) in column `column`.
    QModelIndex cell(const QString &name, int column) const;
    /// Clicks the cell's rectangle in the matrix view.
    void clickCell(const QModelIndex &index);
    QTreeView *matrixView() const { return m_gui.child<QTreeView>(u"matrixView"_s); }
    QTreeWidget *claimList() const { return m_gui.child<QTreeWidget>(u"claimList"_s); }
    /// Opens Compare Voices on its Side by Side tab (Alt+B) with theme `theme` chosen by keys.
    SideBySideView *openSideBySide(const QString &theme);
    /// Clicks the claim quoted `quote` (its first line) in claim column `column`.
    void clickClaim(int column, const QString &quote);
    QTreeWidget *relationList() const { return m_gui.child<QTreeWidget>(u"relationList"_s); }

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

ThemeBarChart *TestCompareUi::openChart()
{
    CompareDialog *dialog = openCompare();
    if (!dialog)
        return nullptr;
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    auto *chart = m_gui.child<ThemeBarChart>(u"barChart"_s);
    return m_gui.child<QTabWidget>(u"compareTabs"_s)->currentWidget()->isAncestorOf(chart) ? chart : nullptr;
}

QHash<QString, double> TestCompareUi::barValues(const CompareDialog *dialog)
{
    QHash<QString, double> values;
    const QStringList names = dialog->matrix().columnNames();
    for (const ThemeBarChart::Bar &bar : dialog->barChart()->bars())
        values.insert(
            dialog->matrix().codebook.displayPath(bar.themeId) + u'|' + names.at(bar.column), bar.value);
    return values;
}

void TestCompareUi::barChartShowsClaimsPerThemeAndVoice()
{
    ThemeBarChart *chart = openChart();
    QVERIFY(chart);
    QVERIFY(chart->isVisible());
    const CompareDialog *dialog = m_gui.child<CompareDialog>(u"compareDialog"_s);
    const Codebook &codebook = dialog->matrix().codebook;
    const QString tariffs = codebook.displayPath(codebook.findByName(u"Tariffs"_s).first().id);
    // The Harbour fixture by hand: Mira 2 on Tariffs (so 2 on Trade) and 1 on Climate, Tomas 1 on Trade;
    // no bar where a voice has no claim on a theme.
    const QHash<QString, double> expected {{u"Trade|Mira Okonkwo"_s, 2}, {u"Trade|Tomas Verlinde"_s, 1},
        {tariffs + u"|Mira Okonkwo"_s, 2}, {u"Climate|Mira Okonkwo"_s, 1}};
    QCOMPARE(barValues(dialog), expected);
    // Bars of one theme come together, each voice in its own colour.
    const QList<ThemeBarChart::Bar> bars = chart->bars();
    for (int i = 1; i < bars.size(); ++i) {
        if (bars.at(i).themeId != bars.at(i - 1).themeId)
            QVERIFY(std::none_of(bars.cbegin(), bars.cbegin() + i,
                [&](const ThemeBarChart::Bar &b) { return b.themeId == bars.at(i).themeId; }));
    }
    QVERIFY(chart->voiceColour(0) != chart->voiceColour(1));
    // Each bar sits below the one before it.
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(chart->barRect(i).top() >= chart->barRect(i - 1).bottom());
    // Each bar is drawn in its voice's colour, in its own row.
    const QImage image = chart->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    for (int i = 0; i < bars.size(); ++i) {
        const QRect row = chart->barRect(i);
        const int y = int(row.center().y() * ratio);
        bool found = false;
        for (int x = int(row.left() * ratio); x < int(row.right() * ratio) && !found; ++x)
            found = image.pixel(x, y) == chart->voiceColour(bars.at(i).column).rgb();
        QVERIFY2(found, qPrintable(chart->describe(i)));
    }

    // A new claim shows while the dialog is open.
    Annotations &annotations = *m_gui.annotations();
    const std::optional<qint64> id = annotations.addHighlight(m_harbour, 1, 0, 4);
    QVERIFY(id);
    QVERIFY(annotations.tagHighlight(*id, codebook.findByName(u"Climate"_s).first().id));
    QTRY_COMPARE(barValues(dialog).value(u"Climate|Tomas Verlinde"_s), 1.0);
}

void TestCompareUi::barChartFollowsModeScopeKeysAndExports()
{
    ThemeBarChart *chart = openChart();
    QVERIFY(chart);
    CompareDialog *dialog = m_gui.child<CompareDialog>(u"compareDialog"_s);

    // Keys move between bars; the current one is described.
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(chart->currentBar(), int(chart->bars().size()) - 1);
    QTest::keyClick(chart, Qt::Key_Up);
    QCOMPARE(chart->currentBar(), int(chart->bars().size()) - 2);
    QCOMPARE(chart->accessibleDescription(), chart->describe(chart->currentBar()));
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->currentBar(), 0);
    const ThemeBarChart::Bar first = chart->bars().first();
    QVERIFY(chart->describe(0).contains(dialog->matrix().columnNames().at(first.column)));
    // A click chooses the bar under the mouse.
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(2).center());
    QCOMPARE(chart->currentBar(), 2);

    // The mode of the matrix: shares of each voice's claims (Mira has 3, Tomas 1).
    auto *mode = m_gui.child<QComboBox>(u"modeCombo"_s);
    mode->setCurrentIndex(1);
    QCOMPARE(barValues(dialog).value(u"Trade|Tomas Verlinde"_s), 1.0);
    QCOMPARE(barValues(dialog).value(u"Climate|Mira Okonkwo"_s), 1.0 / 3.0);
    QVERIFY(chart->describe(0).contains(u"%"_s));
    mode->setCurrentIndex(0);

    // The scope of the matrix: across the library Coastal's two speakers join.
    m_gui.child<QComboBox>(u"scopeCombo"_s)->setCurrentIndex(1);
    QTRY_COMPARE(dialog->matrix().columns.size(), 4);
    int trade = 0;
    for (const ThemeBarChart::Bar &bar : chart->bars())
        trade += dialog->matrix().codebook.displayPath(bar.themeId) == u"Trade"_s ? 1 : 0;
    QCOMPARE(trade, 3); // Mira in each article, and Tomas

    // Export as PNG: the whole chart, every voice's colour in it.
    const QString path = m_gui.library().filePath(u"chart.png"_s);
    QVERIFY(dialog->exportChartImage(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() >= chart->barRect(int(chart->bars().size()) - 1).bottom());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    }
    for (qsizetype c = 0; c < dialog->matrix().columns.size(); ++c)
        QVERIFY(colours.contains(chart->voiceColour(c).rgb()));
    QVERIFY(!dialog->exportChartImage(m_gui.library().filePath(u"no/such/folder/chart.png"_s)));
    QVERIFY(m_gui.child<QLabel>(u"compareStatus"_s)->text().startsWith(u"Cannot write"_s));
}

SideBySideView *TestCompareUi::openSideBySide(const QString &theme)
{
    CompareDialog *dialog = openCompare();
    if (!dialog)
        return nullptr;
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
    if (m_gui.child<QTabWidget>(u"compareTabs"_s)->currentWidget() != dialog->sideBySide())
        return nullptr;
    auto *combo = m_gui.child<QComboBox>(u"sideThemeCombo"_s);
    combo->setFocus();
    // Type-ahead then Enter, as on a closed combo box: activated() refills the columns.
    QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentText() != theme && combo->currentIndex() < combo->count() - 1)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == theme ? dialog->sideBySide() : nullptr;
}

void TestCompareUi::clickClaim(int column, const QString &quote)
{
    auto *list = m_gui.child<QListWidget>(u"claimColumn%1"_s.arg(column));
    QVERIFY(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->text().remove(u"⇄ "_s).section(u'\n', 0, 0) == quote) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return;
        }
    }
    QFAIL(qPrintable(u"no claim '%1' in column %2"_s.arg(quote).arg(column)));
}

void TestCompareUi::sideBySideShowsEachVoicesClaimsOnATheme()
{
    SideBySideView *view = openSideBySide(u"Trade"_s);
    QVERIFY(view);
    // Trade with its sub-theme Tariffs: Mira's two claims beside Tomas's one, notes under the quotes.
    const QList<QListWidget *> columns = view->columns();
    QCOMPARE(columns.size(), 2);
    QCOMPARE(columns.at(0)->accessibleName(), u"Claims of Mira Okonkwo"_s);
    QCOMPARE(columns.at(0)->count(), 2);
    QCOMPARE(columns.at(0)->item(0)->text(), u"Tariffs hurt ports.\nNote: Ports pay first."_s);
    QCOMPARE(columns.at(0)->item(1)->text(), u"Towns pay."_s);
    QCOMPARE(columns.at(1)->item(0)->text(), u"Open markets lift boats."_s);

    // Climate has Mira's claim only; the whole library adds Lena's from the other article.
    auto *combo = m_gui.child<QComboBox>(u"sideThemeCombo"_s);
    QTest::keyClick(combo, Qt::Key_Home); // Climate sorts first
    QCOMPARE(combo->currentText(), u"Climate"_s);
    QCOMPARE(view->columns().size(), 1);
    QCOMPARE(view->columns().at(0)->item(0)->text(), u"Seas warm."_s);
    m_gui.child<QComboBox>(u"scopeCombo"_s)->setCurrentIndex(1);
    QCOMPARE(view->theme(), combo->currentData().toLongLong()); // the theme stays chosen
    QStringList quotes;
    for (const QListWidget *column : view->columns())
        quotes.append(column->item(0)->text());
    quotes.sort();
    QCOMPARE(quotes, (QStringList {u"Seas warm."_s, u"Treaties protect the coast."_s}));
}

void TestCompareUi::pickingTwoClaimsLinksThemUndoably()
{
    SideBySideView *view = openSideBySide(u"Trade"_s);
    QVERIFY(view);
    auto *link = m_gui.child<QPushButton>(u"linkButton"_s);
    QVERIFY(!link->isEnabled());
    clickClaim(0, u"Tariffs hurt ports."_s);
    QVERIFY(!link->isEnabled());
    clickClaim(1, u"Open markets lift boats."_s);
    QVERIFY(link->isEnabled());
    // Picking another of Mira's claims replaces her first pick and makes it the later one.
    clickClaim(0, u"Towns pay."_s);
    QCOMPARE(view->pickedClaims().size(), 2);
    auto *kind = m_gui.child<QComboBox>(u"relationKindCombo"_s);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClick(kind, Qt::Key_Down); // responds to
    const QString preview = m_gui.child<QLabel>(u"linkPreview"_s)->text();
    QCOMPARE(preview, u"Tomas Verlinde: “Open markets lift boats.” responds to Mira Okonkwo: “Towns pay.”"_s);
    const QList<qint64> picked = view->pickedClaims();
    QTest::mouseClick(link, Qt::LeftButton);

    const auto stored = m_gui.store()->relationsOfHighlights({picked.at(0)});
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().fromId, picked.at(0));
    QCOMPARE(stored->first().toId, picked.at(1));
    QCOMPARE(stored->first().kind, RelationKind::RespondsTo);
    QCOMPARE(relationList()->topLevelItemCount(), 1);
    QCOMPARE(relationList()->topLevelItem(0)->text(1), u"responds to"_s);
    QCOMPARE(view->columns().at(1)->item(0)->text(), u"⇄ Open markets lift boats."_s);
    QVERIFY(m_gui.child<QLabel>(u"compareStatus"_s)->text().startsWith(u"Linked: Tomas Verlinde"_s));

    // One undo step, reachable with the window's own Ctrl+Z; redo brings the same link back.
    QUndoStack *stack = m_gui.library().undoStack();
    QCOMPARE(stack->undoText(), u"Relate claims"_s);
    QTest::keyClick(view->window(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(relationList()->topLevelItemCount(), 0);
    QVERIFY(m_gui.store()->relationsOfHighlights({picked.at(0)})->isEmpty());
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    QTest::keyClick(view->window(), redo.key(), redo.keyboardModifiers());
    QTRY_COMPARE(relationList()->topLevelItemCount(), 1);
    QCOMPARE(*m_gui.store()->relationsOfHighlights({picked.at(0)}), *stored);
}

void TestCompareUi::deleteRemovesALinkAndEnterOpensAClaim()
{
    SideBySideView *view = openSideBySide(u"Trade"_s);
    QVERIFY(view);
    clickClaim(0, u"Tariffs hurt ports."_s);
    clickClaim(1, u"Open markets lift boats."_s);
    QTest::mouseClick(m_gui.child<QPushButton>(u"linkButton"_s), Qt::LeftButton);
    QCOMPARE(relationList()->topLevelItemCount(), 1);
    QCOMPARE(relationList()->topLevelItem(0)->text(0), u"Mira Okonkwo: “Tariffs hurt ports.”"_s);
    // Linking the same two again, either way round, adds nothing: agreeing is symmetric.
    clickClaim(0, u"Tariffs hurt ports."_s);
    clickClaim(1, u"Open markets lift boats."_s);
    QVERIFY(view->linkPicked(RelationKind::AgreesWith));
    QCOMPARE(relationList()->topLevelItemCount(), 1);

    auto *unlink = m_gui.child<QPushButton>(u"unlinkButton"_s);
    QVERIFY(!unlink->isEnabled());
    relationList()->setFocus();
    relationList()->setCurrentItem(relationList()->topLevelItem(0));
    QVERIFY(unlink->isEnabled());
    QTest::keyClick(relationList(), Qt::Key_Delete);
    QCOMPARE(relationList()->topLevelItemCount(), 0);
    QCOMPARE(m_gui.library().undoStack()->undoText(), u"Unrelate claims"_s);

    // Across the library the view stays when another article is shown; Enter opens the claim's.
    m_gui.child<QComboBox>(u"scopeCombo"_s)->setCurrentIndex(1);
    m_gui.window()->showArticle(m_coastal);
    QListWidgetItem *towns = nullptr;
    for (QListWidget *column : view->columns()) {
        const QList<QListWidgetItem *> found = column->findItems(u"Towns pay."_s, Qt::MatchExactly);
        if (!found.isEmpty())
            towns = found.first();
    }
    QVERIFY(towns);
    towns->listWidget()->setFocus();
    towns->listWidget()->setCurrentItem(towns);
    QTest::keyClick(towns->listWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_gui.window()->windowTitle(), u"Harbour Roundtable"_s);
}

void TestCompareUi::suggestedClaimsFollowTheFiltersAndAcceptInOneStep()
{
    SideBySideView *view = openSideBySide(u"Climate"_s);
    QVERIFY(view);
    QCOMPARE(view->columns().size(), 1); // Mira's "Seas warm."
    QTest::mouseClick(m_gui.child<QPushButton>(u"suggestButton"_s), Qt::LeftButton);
    QPointer<SuggestClaimsDialog> dialog;
    QTRY_VERIFY(
        (dialog = view->findChild<SuggestClaimsDialog *>(u"suggestClaimsDialog"_s)) && dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(u"suggestionList"_s);
    QCOMPARE(list->topLevelItemCount(), 0); // Climate has no search rules yet
    QVERIFY(dialog->findChild<QLabel *>(u"suggestStatus"_s)->text().startsWith(u"Write a rule"_s));

    auto *rules = dialog->findChild<QPlainTextEdit *>(u"rulesEdit"_s);
    rules->setFocus();
    QTest::keyClicks(rules, u"ports"_s);
    QTest::keyClick(rules, Qt::Key_Return);
    QTest::keyClicks(rules, u"boats"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"findButton"_s), Qt::LeftButton);
    const auto sentences = [list] {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts.append(list->topLevelItem(i)->text(0));
        return texts;
    };
    QCOMPARE(sentences(), (QStringList {u"Tariffs hurt ports."_s, u"Open markets lift boats."_s}));

    // Only Tomas's turns: Space checks him in the speaker list.
    auto *speakers = dialog->findChild<QListWidget *>(u"speakerFilter"_s);
    const QList<QListWidgetItem *> tomas = speakers->findItems(u"Tomas Verlinde"_s, Qt::MatchExactly);
    QCOMPARE(tomas.size(), 1);
    speakers->setFocus();
    speakers->setCurrentItem(tomas.first());
    QTest::keyClick(speakers, Qt::Key_Space);
    QCOMPARE(sentences(), QStringList {u"Open markets lift boats."_s});
    QTest::keyClick(speakers, Qt::Key_Space);
    QCOMPARE(sentences().size(), 2);

    // Only inside claims of Trade › Tariffs (Climate itself is not offered).
    auto *within = dialog->findChild<QComboBox *>(u"withinCombo"_s);
    QCOMPARE(within->findText(u"Climate"_s), -1);
    within->setFocus();
    QTest::keyClick(within, Qt::Key_End);
    QCOMPARE(within->currentText(), u"Trade › Tariffs"_s);
    QCOMPARE(sentences(), QStringList {u"Tariffs hurt ports."_s});
    QTest::keyClick(within, Qt::Key_Home);
    QCOMPARE(sentences().size(), 2);

    // Check all, accept: two claims of Climate in one undo step, and the dialog closes.
    auto *accept = dialog->findChild<QPushButton *>(u"acceptButton"_s);
    QVERIFY(!accept->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkAllButton"_s), Qt::LeftButton);
    QVERIFY(accept->isEnabled());
    QUndoStack *stack = m_gui.library().undoStack();
    const int steps = stack->count();
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(stack->count(), steps + 1);
    QTRY_COMPARE(view->columns().size(), 2);
    QCOMPARE(view->columns().at(0)->count(), 2); // Mira: "Tariffs hurt ports." now on Climate too
    QVERIFY(m_gui.child<QLabel>(u"compareStatus"_s)->text().startsWith(u"Made 2 claims of Climate"_s));
    view->window()->activateWindow(); // as the window manager does when the dialog closes
    QVERIFY(QTest::qWaitForWindowActive(view->window()));
    QTest::keyClick(view->window(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(view->columns().size(), 1);
    QCOMPARE(view->columns().at(0)->count(), 1);
}

void TestCompareUi::filterKeepsThePeopleWithOneValue()
{
    SpeakerAttributes &attributes = *m_gui.library().session()->speakerAttributes();
    const auto person = [this](const QString &name) {
        for (const PersonProfile &p : *m_gui.store()->people()) {
            if (p.displayName == name)
                return p.id;
        }
        return qint64(0);
    };
    QVERIFY(
        attributes.setValue(person(u"Mira Okonkwo"_s), u"role"_s, u"economist"_s, AttributeType::Category));
    QVERIFY(attributes.setValue(person(u"Tomas Verlinde"_s), u"role"_s, u"diplomat"_s));
    QVERIFY(openCompare());
    auto *filter = m_gui.child<QComboBox>(u"filterCombo"_s);
    auto *value = m_gui.child<QComboBox>(u"filterValueCombo"_s);
    QVERIFY(!value->isEnabled());
    const QAbstractItemModel *model = matrixView()->model();
    QCOMPARE(model->columnCount(), 2 + 2);

    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), u"role is"_s);
    QVERIFY(value->isEnabled());
    QCOMPARE(value->currentText(), u"diplomat"_s); // the values, sorted
    QCOMPARE(model->columnCount(), 2 + 1);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Tomas Verlinde"_s);
    value->setFocus();
    QTest::keyClick(value, Qt::Key_Down);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Mira Okonkwo"_s);
    QCOMPARE(m_gui.child<QTreeWidget>(u"overviewTable"_s)->topLevelItemCount(), 1);

    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Home); // Everyone
    QVERIFY(!value->isEnabled());
    QCOMPARE(model->columnCount(), 2 + 2);
}

QTEST_MAIN(TestCompareUi)
#include "tst_compareui.moc"
