#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Colloquy::Testing {

/// What one run of colloquy-cli printed and returned. A plain value.
struct CliRun
{
    /// The exit code; -1 when the program did not finish, or crashed (a crash
    /// is never an acceptable way to fail).
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList outLines() const;
    QStringList errLines() const;
};

/**
 * Runs the real colloquy-cli binary as a script would: no display at all
 * (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed), a UTF-8 C locale,
 * and private XDG data and config homes inside `folder`, so a missing
 * --library never reaches the user's real one. `folder` is also the working
 * directory. With setLibrary(), every run gets `--library PATH` first.
 *
 * A plain value; run() blocks until the process ends (at most a minute).
 */
class CliRunner
{
public:
    explicit CliRunner(const QString &folder = QString());

    void setLibrary(const QString &path);
    QProcessEnvironment environment() const { return m_env; }

    CliRun run(const QStringList &args) const;

    /// Where the binary is, from the build.
    static QString program();

private:
    QString m_folder;
    QString m_library;
    QProcessEnvironment m_env;
};

} // namespace Colloquy::Testing
