#include "clirunner.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy::Testing;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

/// `colloquy-cli search`, run as a script would run it.
class TestCliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void helpListsSearch();
    void textOutputMarksMatchesOnePerLine();
    void jsonFollowsSchema();
    void findsNotesAndFiltersByThemeAndColour();
    void filtersBySpeakerArticleAndLimit();
    void hostileQueriesExitZero_data();
    void hostileQueriesExitZero();
    void mistakesExitNonZero_data();
    void mistakesExitNonZero();

private:
    CliRun run(const QStringList &args) const { return m_cli->run(args); }
    QJsonArray searchJson(const QStringList &args) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    /// Runs with --library on a library in m_dir.
    std::unique_ptr<CliRunner> m_cli;
    qint64 m_article = 0;
};

void TestCliSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->path());
    m_cli->setLibrary(m_dir->filePath(u"library.sqlite"_s));

    const CliRun imported = run({u"import"_s, testDataPath(u"search/ferries.txt"_s)});
    QCOMPARE(imported.exitCode, 0);
    m_article = imported.out.split('\t').value(0).toLongLong();
    QVERIFY(m_article > 0);
}

void TestCliSearch::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

QJsonArray TestCliSearch::searchJson(const QStringList &args) const
{
    const CliRun result = run(QStringList {u"search"_s, u"--json"_s} + args);
    if (result.exitCode != 0)
        qWarning() << "search failed:" << result.err;
    return QJsonDocument::fromJson(result.out).array();
}

void TestCliSearch::helpListsSearch()
{
    const CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *expected : {"search QUERY", "--limit", "--article"})
        QVERIFY2(help.out.contains(expected), expected);
}

void TestCliSearch::textOutputMarksMatchesOnePerLine()
{
    const CliRun result = run({u"search"_s, u"fog"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.constFirst().split(u'\t');
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields.at(0).toLongLong(), m_article);
    QCOMPARE(fields.at(1), u"Do Island Ferries Still Make Sense?"_s);
    QCOMPARE(fields.at(2), u"Mara Lind"_s);
    QCOMPARE(fields.at(3), u"text"_s);
    QVERIFY2(fields.at(4).contains(u"[fog] to lift"_s), qPrintable(fields.at(4)));

    // Accents and case are ignored; UTF-8 survives.
    const CliRun cafe = run({u"search"_s, u"CAFE"_s});
    QCOMPARE(cafe.exitCode, 0);
    QVERIFY2(QString::fromUtf8(cafe.out).contains(u"[café]"_s), cafe.out.constData());

    const CliRun none = run({u"search"_s, u"zeppelin"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
}

void TestCliSearch::jsonFollowsSchema()
{
    const QJsonArray hits = searchJson({u"bridge"_s});
    QCOMPARE(hits.size(), 2); // both of Tomás's paragraphs
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QCOMPARE(sortedKeys(hit),
            QStringList({u"article"_s, u"highlight"_s, u"matches"_s, u"paragraph"_s, u"score"_s, u"segment"_s,
                u"snippet"_s, u"source"_s, u"speaker"_s, u"title"_s}));
        QCOMPARE(hit.value(u"article"_s).toInteger(), m_article);
        QCOMPARE(hit.value(u"source"_s).toString(), u"text"_s);
        QVERIFY(hit.value(u"highlight"_s).isNull());
        QCOMPARE(hit.value(u"speaker"_s).toString(), u"Tomás Ruiz"_s);
        QVERIFY(hit.value(u"paragraph"_s).toInt() >= 0);
        QVERIFY(hit.value(u"score"_s).isDouble());
        // Matches are [start, end) in code points of the snippet.
        const QString snippet = hit.value(u"snippet"_s).toString();
        const QJsonArray matches = hit.value(u"matches"_s).toArray();
        QCOMPARE(matches.size(), 1);
        const QList<uint> ucs4 = snippet.toUcs4();
        const qsizetype start = matches.at(0).toArray().at(0).toInteger();
        const qsizetype end = matches.at(0).toArray().at(1).toInteger();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start),
            u"bridge"_s);
    }
    // The editor's note has no speaker.
    const QJsonArray crossings = searchJson({u"crossings"_s});
    QCOMPARE(crossings.size(), 1);
    QVERIFY(crossings.at(0).toObject().value(u"speaker"_s).isNull());
}

void TestCliSearch::findsNotesAndFiltersByThemeAndColour()
{
    const CliRun highlight = run(
        {u"highlight"_s, QString::number(m_article), u"--quote"_s, u"A bridge would end the ferry trade"_s,
            u"--color"_s, u"green"_s, u"--theme"_s, u"Livelihoods"_s, u"--note"_s, u"Ask about the toll"_s});
    QCOMPARE(highlight.exitCode, 0);
    const qint64 highlightId = highlight.out.trimmed().toLongLong();
    QVERIFY(highlightId > 0);

    const QJsonArray toll = searchJson({u"toll"_s});
    QCOMPARE(toll.size(), 1);
    const QJsonObject note = toll.at(0).toObject();
    QCOMPARE(note.value(u"source"_s).toString(), u"note"_s);
    QCOMPARE(note.value(u"highlight"_s).toInteger(), highlightId);
    QVERIFY(note.value(u"paragraph"_s).isNull());
    QCOMPARE(note.value(u"speaker"_s).toString(), u"Tomás Ruiz"_s);
    const CliRun text = run({u"search"_s, u"toll"_s});
    const QByteArray expected = "\tnote " + QByteArray::number(highlightId) + "\tAsk about the [toll]";
    QVERIFY2(text.out.contains(expected), text.out.constData());

    // "ferry" occurs in two paragraphs; only one is within the claim.
    QCOMPARE(searchJson({u"ferry"_s}).size(), 2);
    const QJsonArray themed = searchJson({u"ferry"_s, u"--theme"_s, u"livelihoods"_s});
    QCOMPARE(themed.size(), 1);
    QCOMPARE(themed.at(0).toObject().value(u"speaker"_s).toString(), u"Tomás Ruiz"_s);
    QCOMPARE(searchJson({u"ferry"_s, u"--color"_s, u"green"_s}).size(), 1);
    QCOMPARE(searchJson({u"ferry"_s, u"--color"_s, u"red"_s}).size(), 0);
}

void TestCliSearch::filtersBySpeakerArticleAndLimit()
{
    QCOMPARE(searchJson({u"ferry"_s, u"--speaker"_s, u"mara lind"_s}).size(), 1);
    QCOMPARE(searchJson({u"ferry"_s, u"--speaker"_s, u"Tomás Ruiz"_s}).size(), 1);
    QCOMPARE(searchJson({u"ferry"_s, u"--article"_s, QString::number(m_article)}).size(), 2);

    const QJsonArray limited = searchJson({u"ferry"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(limited.size(), 1);
    // The paragraph with "ferry" twice ranks first.
    QVERIFY(limited.at(0).toObject().value(u"snippet"_s).toString().contains(u"ferry passengers"_s));
}

void TestCliSearch::hostileQueriesExitZero_data()
{
    QTest::addColumn<QStringList>("query");
    QTest::newRow("quote") << QStringList {u"\""_s};
    QTest::newRow("near") << QStringList {u"NEAR(fog"_s};
    QTest::newRow("star") << QStringList {u"*"_s};
    QTest::newRow("dangling and") << QStringList {u"fog"_s, u"AND"_s};
    QTest::newRow("minus after --") << QStringList {u"--"_s, u"-x"_s};
    QTest::newRow("column") << QStringList {u"a:b"_s};
    QTest::newRow("paren") << QStringList {u"("_s};
    QTest::newRow("sql") << QStringList {u"'); DROP TABLE paragraphs; --"_s};
}

void TestCliSearch::hostileQueriesExitZero()
{
    QFETCH(QStringList, query);
    const CliRun result = run(QStringList {u"search"_s, u"--json"_s} + query);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(QJsonDocument::fromJson(result.out).isArray());
    QCOMPARE(searchJson({u"fog"_s}).size(), 1);
}

void TestCliSearch::mistakesExitNonZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no query") << QStringList {u"search"_s} << 2;
    QTest::newRow("blank query") << QStringList {u"search"_s, u"  "_s} << 2;
    QTest::newRow("unknown colour") << QStringList {u"search"_s, u"fog"_s, u"--color"_s, u"teal"_s} << 2;
    QTest::newRow("zero limit") << QStringList {u"search"_s, u"fog"_s, u"--limit"_s, u"0"_s} << 2;
    QTest::newRow("word limit") << QStringList {u"search"_s, u"fog"_s, u"--limit"_s, u"many"_s} << 2;
    QTest::newRow("bad article id") << QStringList {u"search"_s, u"fog"_s, u"--article"_s, u"x"_s} << 2;
    QTest::newRow("foreign option") << QStringList {u"search"_s, u"fog"_s, u"--quote"_s, u"x"_s} << 2;
    QTest::newRow("unknown theme") << QStringList {u"search"_s, u"fog"_s, u"--theme"_s, u"Nope"_s} << 1;
    QTest::newRow("unknown article") << QStringList {u"search"_s, u"fog"_s, u"--article"_s, u"999"_s} << 1;
}

void TestCliSearch::mistakesExitNonZero()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliRun result = run(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.startsWith("colloquy-cli: "));
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
