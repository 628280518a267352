// The fast subset of the crash test (issue 11): each write command of the
// CLI, SIGKILLed at a few moments, leaves all of its step or none of it, and
// every acknowledged step stays. The benchmark colloquy-bench-kill runs the
// same scenarios a thousand times and more.

#include "killharness.h"
#include "testdata.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy::Testing;

namespace {
/// Kills per scenario: at 0, 1/4, 1/2 and 3/4 of its run, and one that lets it finish.
constexpr int Kills = 5;
} // namespace

class TestKillHarness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedCommandLeavesAllOrNothing_data();
    void killedCommandLeavesAllOrNothing();
    void harnessCatchesAStepMadeOfTwoCommits();

private:
    QTemporaryDir m_dir;
    QList<KillScenario> m_scenarios;
};

void TestKillHarness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(u"fixtures"_s));
    m_scenarios = makeKillScenarios(m_dir.filePath(u"fixtures"_s));
    QCOMPARE(m_scenarios.size(), 10);
}

void TestKillHarness::killedCommandLeavesAllOrNothing_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < 10; ++i)
        QTest::addRow("%d", i) << i;
}

void TestKillHarness::killedCommandLeavesAllOrNothing()
{
    QFETCH(int, index);
    const KillScenario scenario = m_scenarios.value(index);
    QTemporaryDir work;
    KillHarness harness(work.path());
    QString error;
    QVERIFY2(harness.prepare(scenario, &error), qPrintable(error));
    int finished = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        // The last delay is long enough for the command to finish: that run must be acknowledged.
        const int delay = kill + 1 < Kills ? harness.durationMs() * kill / (Kills - 1) : 60000;
        QString problem;
        const KillOutcome outcome = harness.run(delay, &problem);
        QVERIFY2(outcome != KillOutcome::Violation,
            qPrintable(u"%1, killed after %2 ms: %3"_s.arg(scenario.name).arg(delay).arg(problem)));
        finished += harness.lastRunFinished() ? 1 : 0;
    }
    QVERIFY(finished >= 1);
}

void TestKillHarness::harnessCatchesAStepMadeOfTwoCommits()
{
    // Two commands as one "step", stopped between them: the harness must call that a violation.
    const QString script = m_dir.filePath(u"two-commits.sh"_s);
    QVERIFY(writeFile(script,
        "cli=$1; shift\n\"$cli\" \"$@\" theme add Alpha || exit 1\n[ -e stop ] && kill -STOP $$\n"
        "\"$cli\" \"$@\" theme add Beta\n"));
    QTemporaryDir work;
    KillHarness harness(work.path());
    harness.setProgram(u"/bin/sh"_s, {script, KillHarness::defaultProgram()});
    QString error;
    QVERIFY2(
        harness.prepare({u"two commits"_s, m_scenarios.value(0).baseLibrary, {}}, &error), qPrintable(error));
    QVERIFY(writeFile(QDir(work.path()).filePath(u"stop"_s), QByteArray()));
    QString problem;
    QCOMPARE(harness.run(qMax(2000, harness.durationMs() * 2), &problem), KillOutcome::Violation);
    QVERIFY2(problem.contains(u"mix of the states"_s), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestKillHarness)
#include "tst_killharness.moc"
