// colloquy-cli agreement, run as a script would run it, on the worked example of tst_agreement
// (CodedLibrary::addExample: kappa 0.5 per theme, 7/15 overall, two disagreeing sentences).

#include "clirunner.h"
#include "codedlibrary.h"
#include "librarydump.h"
#include "temporarylibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy::Testing;

class TestCliAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<TemporaryLibrary>();
        m_example = CodedLibrary::addExample(*m_library);
        QVERIFY(m_example.protest);
        m_library->close();
        m_cli = std::make_unique<CliRunner>(m_library->folder());
        m_cli->setLibrary(m_library->path());
    }

    void testPrintsATablePerThemeAndTheDisagreements()
    {
        const CliRun r = m_cli->run({u"agreement"_s, u"--coders"_s, u"ada,bo"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outLines();
        QVERIFY(lines.first().startsWith(u"Cohen's kappa, ada vs bo; unit: sentence; 1 article, 4 units"_s));
        QVERIFY(lines.contains(u"Housing      4      75.0%  0.500    1   2"_s));
        QVERIFY(lines.contains(u"Overall      8      75.0%  0.467    3   3"_s));
        QVERIFY(lines.contains(u"Disagreements: 2"_s));
        const qsizetype council = lines.indexOf(
            u"article %1 \"Tenants' assembly\", segment 1, 18-41: \"The council ignores us.\""_s.arg(
                m_example.article));
        QVERIFY2(council > 0, r.out.constData());
        QCOMPARE(lines.mid(council + 1, 2), (QStringList {u"  ada: -"_s, u"  bo: Housing"_s}));
    }

    void testJsonCarriesTheFiguresAndNullForNoVariation()
    {
        const CliRun r = m_cli->run({u"--json"_s, u"agreement"_s, u"--coders"_s, u"ada,bo"_s, u"--article"_s,
            QString::number(m_example.article), u"--unit"_s, u"paragraph"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(u"unit"_s).toString(), u"paragraph"_s);
        QCOMPARE(json.value(u"kappa"_s).toString(), u"cohen"_s);
        // One paragraph, both coders used both themes in it: 2 × "both", no variation.
        const QJsonObject overall = json.value(u"overall"_s).toObject();
        QCOMPARE(overall.value(u"percent"_s).toDouble(), 100.0);
        QVERIFY(overall.value(u"kappa"_s).isNull());
        QCOMPARE(overall.value(u"kappa_note"_s).toString(), u"no variation"_s);
        QCOMPARE(overall.value(u"table"_s).toObject().value(u"both"_s).toInt(), 2);
        QVERIFY(json.value(u"disagreements"_s).toArray().isEmpty());

        const CliRun sentences = m_cli->run({u"--json"_s, u"agreement"_s, u"--coders"_s, u"ada,bo"_s});
        const QJsonObject s = QJsonDocument::fromJson(sentences.out).object();
        QCOMPARE(s.value(u"overall"_s).toObject().value(u"kappa"_s).toDouble(), 7.0 / 15.0);
        const QJsonObject first = s.value(u"disagreements"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"coders"_s).toObject().value(u"bo"_s).toArray(), QJsonArray {u"Housing"_s});
    }

    void testMistakesAreClearAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("one coder") << QStringList {u"--coders"_s, u"ada"_s} << 2 << u"at least two names"_s;
        QTest::newRow("unknown coder") << QStringList {u"--coders"_s, u"ada,zed"_s} << 1
                                       << u"No coder named \"zed\" has highlights in this library"_s;
        QTest::newRow("unknown article") << QStringList {u"--coders"_s, u"ada,bo"_s, u"--article"_s, u"99"_s}
                                         << 1 << u"There is no article 99"_s;
        QTest::newRow("unit") << QStringList {u"--coders"_s, u"ada,bo"_s, u"--unit"_s, u"word"_s} << 2
                              << u"--unit is sentence, paragraph or overlap"_s;
        QTest::newRow("ratio") << QStringList {u"--coders"_s, u"ada,bo"_s, u"--unit"_s, u"overlap"_s,
                                      u"--min-overlap"_s, u"1.5"_s}
                               << 2 << u"--min-overlap takes a ratio"_s;
    }

    void testMistakesAreClearAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QStringList before = dumpLibrary(m_library->path());
        const CliRun r = m_cli->run(QStringList {u"agreement"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(dumpLibrary(m_library->path()), before);
    }

private:
    std::unique_ptr<TemporaryLibrary> m_library;
    CodedLibrary::Example m_example;
    std::unique_ptr<CliRunner> m_cli;
};

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cliagreement.moc"
