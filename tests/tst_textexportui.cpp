// File → Export → Markdown…/HTML…/CSV…/Web Annotations…/All Claims… end to
// end: the menu entries, the save dialog, the written files.

#include "actions.h"
#include "annotate/annotations.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

class TestTextExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportMenuWritesEachOpenFormat_data();
    void exportMenuWritesEachOpenFormat();

private:
    MainWindowFixture m_gui;
};

void TestTextExportUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestTextExportUi::cleanup()
{
    m_gui.reset();
}

void TestTextExportUi::exportMenuWritesEachOpenFormat_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("written");
    QTest::newRow("markdown") << int(Actions::Id::ExportMarkdown) << u"bridges"_s << u"bridges.md"_s;
    QTest::newRow("html") << int(Actions::Id::ExportHtml) << u"bridges"_s << u"bridges.html"_s;
    QTest::newRow("csv") << int(Actions::Id::ExportCsv) << u"bridges.csv"_s << u"bridges.csv"_s;
    QTest::newRow("web annotations") << int(Actions::Id::ExportWebAnnotations) << u"bridges"_s
                                     << u"bridges.jsonld"_s;
    QTest::newRow("all claims as markdown")
        << int(Actions::Id::ExportAllClaims) << u"claims"_s << u"claims.md"_s;
    QTest::newRow("all claims as csv")
        << int(Actions::Id::ExportAllClaims) << u"claims.csv"_s << u"claims.csv"_s;
}

void TestTextExportUi::exportMenuWritesEachOpenFormat()
{
    QFETCH(int, action);
    QFETCH(QString, typed);
    QFETCH(QString, written);

    QVERIFY(m_gui.newLibrary());
    const Article article = TestArticles::article(u"Two Voices on Bridges"_s,
        {TestArticles::speech(
             u"Maëlle Rousseau"_s, u"engineer, \"retired\""_s, {u"A bridge is a promise kept daily."_s}),
            TestArticles::speech(u"Kenji Mori"_s, u"painter"_s, {u"I paint bridges because they wait."_s})});
    const qint64 id = m_gui.library().addArticle(article);
    QVERIFY(id > 0);

    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(id);
    Annotations *annotations = m_gui.annotations();
    const std::optional<qint64> claim = annotations->addHighlight(id, 0, 2, 8, HighlightColour::Green);
    QVERIFY(claim);
    QVERIFY(annotations->setNote(*claim, u"Bridges, \"promises\" <b>and</b> more"_s));
    QVERIFY(annotations->tagHighlight(*claim, annotations->createTheme(u"Trust"_s).value_or(0)));
    QVERIFY(annotations->addHighlight(id, 1, 2, 7, HighlightColour::Blue)); // no theme: not a claim

    // The entry sits in File → Export, next to the annotated PDF.
    QAction *entry = m_gui.action(Actions::Id(action));
    QMenu *exportMenu = menuHolding(m_gui.window(), entry);
    QVERIFY(exportMenu);
    QVERIFY(exportMenu->actions().contains(m_gui.action(Actions::Id::ExportPdf)));
    QVERIFY(entry->isEnabled());

    QVERIFY(triggerAndAnswer(entry, m_gui.library().filePath(typed)).fileDialog);
    QFile file(m_gui.library().filePath(written));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(written));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    switch (Actions::Id(action)) {
    case Actions::Id::ExportMarkdown:
        QVERIFY(text.startsWith(u"# Two Voices on Bridges\n"_s));
        QVERIFY(text.contains(u"A <mark>bridge</mark><sup>1</sup> is a promise"_s));
        QVERIFY(text.contains(u"I <mark>paint</mark> bridges"_s));
        QVERIFY(text.contains(u"> #Trust"_s));
        break;
    case Actions::Id::ExportHtml:
        QVERIFY(text.contains(u"<mark class=\"c-green\">bridge</mark>"_s));
        QVERIFY(text.contains(u"<mark class=\"c-blue\">paint</mark>"_s));
        QVERIFY(text.contains(u"Bridges, &quot;promises&quot; &lt;b&gt;and&lt;/b&gt; more"_s));
        break;
    case Actions::Id::ExportCsv:
        // From the GUI, CSV starts with a byte order mark for spreadsheets.
        QVERIFY(bytes.startsWith(
            "\xEF\xBB\xBF"
            "article,speaker,bio,quote,themes,note,colour,segment,start,end,id,relations\r\n"));
        QCOMPARE(bytes.count("\r\n"), 3);
        QVERIFY(text.contains(u",\"engineer, \"\"retired\"\"\",bridge,Trust,"_s));
        break;
    case Actions::Id::ExportWebAnnotations: {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"first"_s)[u"items"_s].toArray().size(), 2);
        break;
    }
    case Actions::Id::ExportAllClaims:
        if (written.endsWith(u".csv"_s)) {
            QCOMPARE(bytes.count("\r\n"), 2); // the header and the one claim
            QVERIFY(text.contains(u",bridge,Trust,"_s));
        } else {
            QVERIFY(text.startsWith(u"# Claims by theme"_s));
            QVERIFY(
                text.contains(u"## Trust\n\n**Maëlle Rousseau**\n\n- “bridge” — *Two Voices on Bridges*"_s));
            QVERIFY(!text.contains(u"paint"_s));
        }
        break;
    default:
        QFAIL("not an open-format export");
    }
}

QTEST_MAIN(TestTextExportUi)
#include "tst_textexportui.moc"
