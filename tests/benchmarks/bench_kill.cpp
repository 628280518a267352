// The crash test of issue 11 at full length: every write scenario of the CLI
// (KillHarness) SIGKILLed at random moments, RUNS times in all, each run
// checked for all-or-nothing, every acknowledged step and SQLite's integrity
// check. The baseline, measured in the same run, is a "step" made of two
// separate commands: the harness must see it break, or its silence above
// proves nothing.
// Usage: colloquy-bench-kill [RUNS] [SEED]   (default 1000 runs, seed 11). Not a test.

#include "killharness.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy::Testing;

namespace {

struct Tally
{
    int before = 0;
    int after = 0;
    int acknowledged = 0;
    int violations = 0;
    QString firstProblem;
};

/// `runs` kills of the prepared scenario, each after a random delay up to 1.2 times its length.
Tally killRepeatedly(KillHarness &harness, int runs, QRandomGenerator &random)
{
    Tally tally;
    const int longest = harness.durationMs() * 6 / 5 + 1;
    for (int i = 0; i < runs; ++i) {
        QString problem;
        switch (harness.run(int(random.bounded(longest)), &problem)) {
        case KillOutcome::Before:
            ++tally.before;
            break;
        case KillOutcome::After:
            ++tally.after;
            break;
        case KillOutcome::Violation:
            ++tally.violations;
            if (tally.firstProblem.isEmpty())
                tally.firstProblem = problem;
            break;
        }
        tally.acknowledged += harness.lastRunFinished() ? 1 : 0;
    }
    return tally;
}

void print(QTextStream &out, const QString &name, int durationMs, const Tally &tally)
{
    out << qSetFieldWidth(26) << Qt::left << name << qSetFieldWidth(0) << Qt::right << durationMs
        << " ms\tbefore " << tally.before << "\tafter " << tally.after << " (" << tally.acknowledged
        << " acknowledged)\tviolations " << tally.violations;
    if (!tally.firstProblem.isEmpty())
        out << "\t(" << tally.firstProblem << ')';
    out << Qt::endl;
}

/// The baseline: `theme add Alpha` and `theme add Beta` as two commits, killed anywhere.
Tally runBaseline(
    const QTemporaryDir &dir, const QString &base, int runs, QRandomGenerator &random, int *durationMs)
{
    const QString script = dir.filePath(u"two-commits.sh"_s);
    writeFile(
        script, "cli=$1; shift\n\"$cli\" \"$@\" theme add Alpha || exit 1\n\"$cli\" \"$@\" theme add Beta\n");
    QDir(dir.path()).mkdir(u"baseline"_s);
    KillHarness harness(dir.filePath(u"baseline"_s));
    harness.setProgram(u"/bin/sh"_s, {script, KillHarness::defaultProgram()});
    QString error;
    if (!harness.prepare({u"two commits"_s, base, {}}, &error)) {
        qWarning("baseline: %s", qPrintable(error));
        return {};
    }
    *durationMs = harness.durationMs();
    return killRepeatedly(harness, runs, random);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int runs = qMax(1, args.value(0, u"1000"_s).toInt());
    QRandomGenerator random(args.value(1, u"11"_s).toUInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"fixtures"_s);
    const QList<KillScenario> scenarios = makeKillScenarios(dir.filePath(u"fixtures"_s));
    if (scenarios.isEmpty())
        return 1;

    QElapsedTimer timer;
    timer.start();
    Tally total;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const KillScenario &scenario = scenarios.at(i);
        const QString folder = u"run%1"_s.arg(i);
        QDir(dir.path()).mkdir(folder);
        KillHarness harness(dir.filePath(folder));
        QString error;
        if (!harness.prepare(scenario, &error)) {
            qWarning("%s: %s", qPrintable(scenario.name), qPrintable(error));
            return 1;
        }
        // The runs shared out evenly; the first scenarios take the remainder.
        const int share = runs / int(scenarios.size()) + (i < runs % scenarios.size() ? 1 : 0);
        const Tally tally = killRepeatedly(harness, share, random);
        print(out, scenario.name, harness.durationMs(), tally);
        total.before += tally.before;
        total.after += tally.after;
        total.acknowledged += tally.acknowledged;
        total.violations += tally.violations;
    }
    print(out, u"all %1 runs"_s.arg(runs), int(timer.elapsed()), total);

    int baselineMs = 0;
    const Tally baseline =
        runBaseline(dir, scenarios.constFirst().baseLibrary, qMax(20, runs / 20), random, &baselineMs);
    print(out, u"baseline: two commits"_s, baselineMs, baseline);
    return total.violations == 0 ? 0 : 2;
}
