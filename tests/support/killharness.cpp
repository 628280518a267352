#include "killharness.h"

#include "clirunner.h"
#include "librarydump.h"
#include "rawdatabase.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <optional>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {

constexpr int FinishMs = 60000;

/// The first line where two dumps differ, for a report.
QString firstDifference(const QStringList &got, const QStringList &before, const QStringList &after)
{
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (!before.contains(got.at(i)) && !after.contains(got.at(i)))
            return u"unexpected row: "_s + got.at(i).left(160);
    }
    for (const QString &row : after) {
        if (!got.contains(row) && before.contains(row))
            return u"row lost: "_s + row.left(160);
    }
    return u"a mix of the states before and after (%1 rows; %2 before, %3 after)"_s.arg(got.size())
        .arg(before.size())
        .arg(after.size());
}

void removeLibrary(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

QStringList timelessDump(const QString &libraryPath)
{
    return dumpLibrary(libraryPath, WholeLibrary | DumpPart::UndoHistory | DumpPart::WithoutTimes);
}

QString integrityOf(const QString &libraryPath)
{
    const RawDatabase raw(libraryPath);
    QSqlQuery query(raw.database());
    if (!raw.isOpen() || !query.exec(u"PRAGMA integrity_check"_s))
        return u"cannot check "_s + libraryPath;
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    return found.join(u"; "_s);
}

KillHarness::KillHarness(const QString &workFolder)
    : m_folder(workFolder)
    , m_program(CliRunner::program())
{ }

QString KillHarness::defaultProgram()
{
    return CliRunner::program();
}

void KillHarness::setProgram(const QString &program, const QStringList &leadingArgs)
{
    m_program = program;
    m_leadingArgs = leadingArgs;
}

bool KillHarness::prepare(const KillScenario &scenario, QString *error)
{
    m_scenario = scenario;
    m_before = timelessDump(scenario.baseLibrary);
    const QString copy = QDir(m_folder).filePath(u"reference.sqlite"_s);
    removeLibrary(copy);
    if (!QFile::copy(scenario.baseLibrary, copy)) {
        *error = u"cannot copy "_s + scenario.baseLibrary;
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_folder);
    QElapsedTimer timer;
    timer.start();
    process.start(m_program, m_leadingArgs + QStringList {u"--library"_s, copy} + scenario.args);
    if (!process.waitForFinished(FinishMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error =
            u"%1 did not succeed: %2"_s.arg(scenario.name, QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    m_durationMs = int(timer.elapsed());
    m_after = timelessDump(copy);
    if (m_after == m_before) {
        *error = scenario.name + u" changed nothing"_s;
        return false;
    }
    return true;
}

KillOutcome KillHarness::run(int delayMs, QString *problem)
{
    const QString copy = QDir(m_folder).filePath(u"run.sqlite"_s);
    removeLibrary(copy);
    if (!QFile::copy(m_scenario.baseLibrary, copy)) {
        *problem = u"cannot copy the base library"_s;
        return KillOutcome::Violation;
    }
    QProcess process;
    process.setWorkingDirectory(m_folder);
    // Its own process group, so that a script and the command it runs die together.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(m_program, m_leadingArgs + QStringList {u"--library"_s, copy} + m_scenario.args);
    process.waitForStarted();
    m_finished = process.waitForFinished(delayMs);
    if (!m_finished) {
        ::kill(-pid_t(process.processId()), SIGKILL);
        process.waitForFinished(FinishMs);
    }
    const bool acknowledged =
        m_finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (m_finished && !acknowledged) {
        *problem = u"the command failed: "_s + QString::fromUtf8(process.readAllStandardError()).trimmed();
        return KillOutcome::Violation;
    }

    const QString integrity = integrityOf(copy);
    if (integrity != u"ok"_s) {
        *problem = u"integrity check: "_s + integrity;
        return KillOutcome::Violation;
    }
    const QStringList got = timelessDump(copy);
    if (got == m_after)
        return KillOutcome::After;
    if (got == m_before && !acknowledged)
        return KillOutcome::Before;
    *problem = acknowledged ? u"acknowledged, but the library does not hold the step: "_s +
            firstDifference(got, m_before, m_after)
                            : firstDifference(got, m_before, m_after);
    return KillOutcome::Violation;
}

} // namespace Colloquy::Testing

namespace Colloquy::Testing {

namespace {

/// Builds the libraries and files the scenarios start from, through colloquy-cli itself.
class ScenarioFixtures
{
public:
    explicit ScenarioFixtures(const QString &folder)
        : m_dir(folder)
        , m_cli(folder)
    { }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Runs colloquy-cli on `library`; its standard output, or nullopt (with a warning) when it failed.
    std::optional<QString> cli(const QString &library, const QStringList &args) const
    {
        const CliRun run = m_cli.run(QStringList {u"--library"_s, library} + args);
        if (run.exitCode != 0) {
            qWarning() << "kill scenario fixture:" << args << run.err;
            return std::nullopt;
        }
        return QString::fromUtf8(run.out).trimmed();
    }

    bool copy(const QString &from, const QString &to) const
    {
        removeLibrary(to);
        return QFile::copy(from, to);
    }

private:
    QDir m_dir;
    CliRunner m_cli;
};

} // namespace

QList<KillScenario> makeKillScenarios(const QString &folder)
{
    const ScenarioFixtures f(folder);
    const QString roundtable = testDataPath(u"cli/roundtable.txt"_s);
    const QString plain = testDataPath(u"cli/plain.txt"_s);
    const QString seeded = f.path(u"seeded.sqlite"_s);
    const QString article = f.path(u"article.sqlite"_s);
    const QString annotated = f.path(u"annotated.sqlite"_s);
    const QString edited = f.path(u"edited.txt"_s);
    const QString jsonld = f.path(u"annotations.jsonld"_s);
    const QString qdpx = f.path(u"project.qdpx"_s);

    // seeded: one theme, no article; article: the round table; annotated: one highlight with two themes.
    const bool made = f.cli(seeded, {u"theme"_s, u"add"_s, u"Seed"_s}) &&
        f.cli(article, {u"import"_s, roundtable}) && f.copy(article, annotated);
    const std::optional<QString> highlight = made
        ? f.cli(annotated,
              {u"highlight"_s, u"1"_s, u"--quote"_s, u"story of small harbors"_s, u"--note"_s,
                  u"Specialisation, not decline."_s, u"--theme"_s, u"Ports"_s, u"--theme"_s, u"Trade"_s})
        : std::nullopt;
    QByteArray text = readFile(roundtable);
    text.replace("specialization", "specialisation");
    if (!highlight || !writeFile(edited, text + "\nThe editors thank both guests.\n") ||
        !f.cli(annotated, {u"export"_s, u"1"_s, u"--output"_s, jsonld, u"--format"_s, u"jsonld"_s}) ||
        !f.cli(annotated, {u"export"_s, u"--all"_s, u"--output"_s, qdpx, u"--format"_s, u"qdpx"_s})) {
        qWarning() << "kill scenarios: the fixtures could not be made in" << folder;
        return {};
    }
    return {
        {u"highlight --theme --note"_s, article,
            {u"highlight"_s, u"1"_s, u"--quote"_s, u"left behind"_s, u"--note"_s, u"A fear."_s, u"--theme"_s,
                u"Risk"_s, u"--theme"_s, u"Ports"_s}},
        {u"import two files"_s, seeded, {u"import"_s, roundtable, plain}},
        {u"import-qdpx"_s, seeded, {u"import-qdpx"_s, qdpx}},
        {u"import-annotations"_s, article, {u"import-annotations"_s, jsonld, u"--article"_s, u"1"_s}},
        {u"reimport"_s, annotated, {u"reimport"_s, u"1"_s, edited}},
        {u"review merge"_s, annotated, {u"review"_s, u"merge"_s, u"1"_s, u"3"_s}},
        {u"theme merge"_s, annotated, {u"theme"_s, u"merge"_s, u"Ports"_s, u"Trade"_s}},
        {u"theme delete"_s, annotated, {u"theme"_s, u"delete"_s, u"Trade"_s}},
        {u"delete to the Trash"_s, annotated, {u"delete"_s, u"1"_s}},
        {u"undo"_s, annotated, {u"undo"_s}},
    };
}

} // namespace Colloquy::Testing
