// The open-format exports (Markdown, HTML, CSV, Web Annotation JSON-LD and the
// library-wide claims) compared byte for byte with golden files in
// tests/data/golden, through TextExporter and through colloquy-cli. A change
// to a writer shows as a line diff; COLLOQUY_REGENERATE_GOLDEN=1 rewrites the
// files instead (review them with git diff before committing).

#include "clirunner.h"
#include "golden.h"
#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include "annotate/annotations.h"
#include "compare/claimrelations.h"
#include "export/textexporter.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

/// Who the highlights are by (the annotator name a user sets in the
/// Preferences), so the files name the same author everywhere.
constexpr char Author[] = "golden-reader";

// A roundtable written for these files: an editor's note, a caption, two
// speakers (one with a comma and quotes in her bio), text that Markdown, HTML
// and CSV must escape, and a character outside the BMP.
Article gardensArticle()
{
    using namespace TestArticles;
    return article(u"Rooftops & Roots: Who Gardens the City?"_s,
        {
            segment(SegmentKind::EditorNote,
                {u"Three summers after the first rooftop plots opened, we asked a grower and a planner "
                 u"whether the city's gardens feed anyone."_s},
                u"Editor's Note"_s),
            segment(SegmentKind::Caption, {u"Photo: Beans climbing a fire escape \U0001F331"_s}),
            speech(u"Halldóra Vík"_s, u"grower, \"the tomato lady\", Eastside co-op"_s,
                {u"A roof is a field that nobody has to plough. We grow 40 kg of beans a year on one."_s,
                    u"The hard part is water: <every> bucket goes up six flights, and *nobody* pays for "
                    u"that."_s}),
            speech(u"Tomasz Reyes-Ould"_s, u"city planner"_s,
                {u"Gardens are not about calories. They are about who gets to stay in a neighbourhood."_s,
                    u"We measure plots, not meals; that is the mistake."_s}),
        });
}

QList<Mark> gardensMarks()
{
    return {
        {2, u"A roof is a field that nobody has to plough."_s, HighlightColour::Green,
            u"Good line for the **intro**, & a \"pull quote\"?\nCheck the figure."_s,
            {u"Food/Yield"_s, u"Space"_s}},
        {2, u"every> bucket goes up six flights"_s, HighlightColour::Blue, {}, {u"Food/Water"_s}},
        {3, u"They are about who gets to stay in a neighbourhood."_s, HighlightColour::Purple,
            u"Compare with the 2019 survey."_s, {u"Space"_s}},
        {3, u"We measure plots, not meals"_s, HighlightColour::Red, {}, {}},
    };
}

/// The times a highlight was made and changed are the clock's, and links between claims are by the
/// login name (ClaimRelations does not take the annotator name); placeholders keep the files stable.
QByteArray withFixedTimes(const QByteArray &exported)
{
    static const QRegularExpression time(u"\"(created|modified)\": \"[^\"]*\""_s);
    const QString login = u"\"name\": \"%1\""_s.arg(Annotations::currentAuthor());
    return QString::fromUtf8(exported)
        .replace(time, u"\"\\1\": \"<time>\""_s)
        .replace(login, u"\"name\": \"<login>\""_s)
        .toUtf8();
}

} // namespace

class TestExportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void articleExportsMatchTheirGoldenFiles_data();
    void articleExportsMatchTheirGoldenFiles();
    void claimExportsMatchTheirGoldenFiles_data();
    void claimExportsMatchTheirGoldenFiles();
    void cliWritesTheSameFiles_data();
    void cliWritesTheSameFiles();

private:
    void addFormats() const;
    /// Exports through TextExporter (article 0: every claim); the file's bytes, empty on failure.
    QByteArray exported(qint64 articleId, TextExportFormat format);

    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_article = 0;
};

void TestExportGolden::initTestCase()
{ }

void TestExportGolden::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_library->annotations()->setAuthor(QString::fromLatin1(Author));
    m_article = addMarkedArticle(
        *m_library->annotations(), gardensArticle(), gardensMarks(), HighlightColour::Orange);
    QVERIFY(m_article > 0);
    // Links between claims: the planner disagrees with the grower; an unthemed highlight answers her.
    const LibraryStore &store = *m_library->store();
    const qint64 roof = highlightQuoting(store, m_article, u"A roof is a field that nobody has to plough."_s);
    ClaimRelations &relations = *m_library->session()->claimRelations();
    QVERIFY(relations.relate(highlightQuoting(store, m_article,
                                 u"They are about who gets to stay in a "
                                 u"neighbourhood."_s),
        roof, RelationKind::DisagreesWith));
    QVERIFY(relations.relate(highlightQuoting(store, m_article, u"We measure plots, not meals"_s), roof,
        RelationKind::RespondsTo));
}

void TestExportGolden::cleanup()
{
    m_library.reset();
}

void TestExportGolden::addFormats() const
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("markdown") << int(TextExportFormat::Markdown) << u"gardens.md"_s;
    QTest::newRow("html") << int(TextExportFormat::Html) << u"gardens.html"_s;
    QTest::newRow("csv") << int(TextExportFormat::Csv) << u"gardens.csv"_s;
    QTest::newRow("json-ld") << int(TextExportFormat::JsonLd) << u"gardens.jsonld"_s;
}

QByteArray TestExportGolden::exported(qint64 articleId, TextExportFormat format)
{
    const QString path = m_library->filePath(u"export."_s + textExportFormatName(format));
    TextExportOptions options;
    options.format = format;
    TextExporter exporter(m_library->store());
    const bool written = articleId ? exporter.exportArticle(articleId, path, options)
                                   : exporter.exportAllClaims(path, options);
    if (!written) {
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
        return {};
    }
    return withFixedTimes(readFile(path));
}

void TestExportGolden::articleExportsMatchTheirGoldenFiles_data()
{
    addFormats();
}

void TestExportGolden::articleExportsMatchTheirGoldenFiles()
{
    QFETCH(int, format);
    QFETCH(QString, golden);
    const QByteArray bytes = exported(m_article, TextExportFormat(format));
    QVERIFY(!bytes.isEmpty());
    COLLOQUY_COMPARE_GOLDEN(bytes, golden);
}

void TestExportGolden::claimExportsMatchTheirGoldenFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("golden");
    QTest::newRow("markdown") << int(TextExportFormat::Markdown) << u"claims.md"_s;
    QTest::newRow("csv") << int(TextExportFormat::Csv) << u"claims.csv"_s;
}

void TestExportGolden::claimExportsMatchTheirGoldenFiles()
{
    QFETCH(int, format);
    QFETCH(QString, golden);
    // A second article, so the claims of one theme come from two.
    const Article allotments = TestArticles::article(u"Allotment Waiting Lists"_s,
        {TestArticles::speech(u"Halldóra Vík"_s, u"grower"_s,
            {u"Eleven years on a waiting list teaches you to grow beans in a window box."_s})});
    const qint64 second = addMarkedArticle(*m_library->annotations(), allotments,
        {{0, u"grow beans in a window box"_s, HighlightColour::Yellow, u"Same grower, other article."_s,
            {u"Space"_s}}});
    // A link across the articles: the grower makes the same point twice.
    const LibraryStore &store = *m_library->store();
    QVERIFY(m_library->session()->claimRelations()->relate(
        highlightQuoting(store, second, u"grow beans in a window box"_s),
        highlightQuoting(store, m_article, u"A roof is a field that nobody has to plough."_s),
        RelationKind::SamePoint));
    const QByteArray bytes = exported(0, TextExportFormat(format));
    QVERIFY(!bytes.isEmpty());
    COLLOQUY_COMPARE_GOLDEN(bytes, golden);
}

void TestExportGolden::cliWritesTheSameFiles_data()
{
    addFormats();
}

void TestExportGolden::cliWritesTheSameFiles()
{
    if (regeneratingGoldenFiles())
        QSKIP("golden files are written from TextExporter");
    QFETCH(int, format);
    QFETCH(QString, golden);
    m_library->close(); // the CLI opens the library itself
    CliRunner cli(m_library->folder());
    cli.setLibrary(m_library->path());
    const QString out = m_library->filePath(u"cli-export"_s);
    const CliRun run = cli.run({u"export"_s, QString::number(m_article), u"--format"_s,
        textExportFormatName(TextExportFormat(format)), u"--output"_s, out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    COLLOQUY_COMPARE_GOLDEN(withFixedTimes(readFile(out)), golden);
}

QTEST_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
