#pragma once

#include <QStringList>

#include <memory>

class QJsonDocument;
class QTextStream;

namespace Colloquy {
struct Article;
class LibraryStore;
} // namespace Colloquy

namespace Colloquy::Cli {

/// colloquy-cli's exit codes.
enum ExitCode : int
{
    Success = 0,
    Failure = 1, ///< a file or the library could not be used
    UsageError = 2, ///< the command line itself was wrong
};

/// The global options, whatever the command.
struct Options
{
    bool json = false;
    QString libraryPath; ///< empty: LibraryStore::defaultPath()
};

/**
 * The commands of colloquy-cli.
 *
 * Each takes the positional arguments after the command name, writes its
 * result to `out` (JSON when Options::json is set) and each failure to `err`
 * as one line starting with `colloquy-cli: `, and returns an ExitCode. Only the
 * commands that need the library open it, once, on first use.
 */
class Commands
{
public:
    Commands(const Options &options, QTextStream &out, QTextStream &err);
    ~Commands();

    /// The command list for `--help`.
    static QString description();

    int segment(const QStringList &args);
    int importFiles(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);

    /// Reports a mistake in the command line, then the usage line; returns UsageError.
    int usageError(const QString &message);

private:
    int fail(const QString &message);
    LibraryStore *library();
    void writeJson(const QJsonDocument &document);
    void writeSegments(const Article &article);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<LibraryStore> m_library;
};

} // namespace Colloquy::Cli
