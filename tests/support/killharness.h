#pragma once

#include <QString>
#include <QStringList>

namespace Colloquy::Testing {

/// A colloquy-cli command that writes, on a prepared library.
struct KillScenario
{
    QString name;
    /// The library the command starts from; every run works on a copy of it.
    QString baseLibrary;
    /// The command line after `--library COPY`.
    QStringList args;
};

/// How one killed run ended.
enum class KillOutcome
{
    Before, ///< killed before its step committed: the library is as it was
    After, ///< the step committed (killed late, or the command finished)
    Violation, ///< anything else: part of the step, a lost acknowledged edit, a damaged file
};

/**
 * The crash test of issue 11: runs a command that writes and SIGKILLs it at
 * a chosen moment, then checks that the library holds all of the command's
 * step or none of it, that a command which returned 0 (acknowledged) left all
 * of it, and that the file passes SQLite's integrity check.
 *
 * prepare() runs the command once to its end on a copy of the base library to
 * learn the state after it and how long it takes; run() then repeats it on a
 * fresh copy each time, killed after the delay given. States are compared as
 * dumpLibrary() text with times left out (a time is when the run happened),
 * the undo history included. Works in a folder of its own; a plain object,
 * one scenario at a time; blocks while a run lasts.
 */
class KillHarness
{
public:
    explicit KillHarness(const QString &workFolder);

    /// Runs `scenario` once to its end; false with the reason in `error`.
    bool prepare(const KillScenario &scenario, QString *error);
    /// How long the run of prepare() took, in milliseconds.
    int durationMs() const { return m_durationMs; }
    /// One run on a fresh copy, SIGKILLed after `delayMs` unless it has
    /// finished; `problem` says what was wrong with a Violation.
    KillOutcome run(int delayMs, QString *problem);
    /// Whether the last run finished (acknowledged) before the kill.
    bool lastRunFinished() const { return m_finished; }

    /// The program to run instead of colloquy-cli (a non-atomic baseline
    /// script); its arguments come before the scenario's. The whole process
    /// group is killed, so a script's children die with it.
    void setProgram(const QString &program, const QStringList &leadingArgs);
    /// colloquy-cli, which runs unless setProgram() says otherwise.
    static QString defaultProgram();

private:
    QString m_folder;
    KillScenario m_scenario;
    QString m_program;
    QStringList m_leadingArgs;
    QStringList m_before;
    QStringList m_after;
    int m_durationMs = 0;
    bool m_finished = false;
};

/// The dump run() compares: the whole library and its undo history, times left out.
QStringList timelessDump(const QString &libraryPath);
/// `PRAGMA integrity_check` of a library file: "ok", or what SQLite found.
QString integrityOf(const QString &libraryPath);

/**
 * The scenarios of issue 11 on libraries and files written into `folder`:
 * highlight with themes and a note, import of two files, import-qdpx,
 * import-annotations, reimport, review merge, theme merge and delete, delete
 * (to the Trash) and undo. The fixtures are made with colloquy-cli from the
 * test data. Empty, with a warning, when one could not be made.
 */
QList<KillScenario> makeKillScenarios(const QString &folder);

} // namespace Colloquy::Testing
