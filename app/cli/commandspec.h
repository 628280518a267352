#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy::Cli {

class Commands;

/**
 * One command or sub-command of colloquy-cli, as the command table declares it.
 *
 * The table (commandTable()) is the one place a command is described: main()
 * finds the handler and checks the options there, and helptext.h writes
 * `--help`, `COMMAND --help` and the usage lines of errors from it. A plain
 * value; the table holds its entries for the whole run.
 *
 * A sub-command is named with its parent ("theme add") and follows the parent
 * in the table. The parent's handler runs when no sub-command is named.
 * The table is built on first use and only read after that. Every member has
 * an initializer, so that an entry's designated initializers may leave it out.
 */
struct CommandSpec
{
    using Handler = int (Commands::*)(const QStringList &args);

    QString heading {}; ///< when set, starts a new section of `--help` with this title
    QString name {}; ///< "list", or "theme add" for a sub-command
    /// The arguments after the name, one line per form ("" for the bare name).
    /// "ACTION ..." stands for the sub-commands.
    QString synopsis {};
    QString summary {}; ///< one line for `--help`
    QString help {}; ///< what `COMMAND --help` adds: paragraphs separated by blank lines
    QList<QCommandLineOption> options {}; ///< the options it takes besides --library and --json
    Handler run = nullptr; ///< gets the arguments after the name

    /// The lines of synopsis, each starting with the name.
    QStringList forms() const;
    /// True when it takes --`option`.
    bool takes(const QString &option) const;
    /// The sub-commands, in table order.
    QList<const CommandSpec *> subcommands() const;
    /// The sub-commands' last words joined as "add, rename, merge" + `last` + "delete".
    QString actionNames(const QString &last) const;
};

/// Every command, in `--help` order.
const QList<CommandSpec> &commandTable();

/// The options every command takes: --help, --version, --library, --json.
const QList<QCommandLineOption> &globalOptions();

/// Each option some command takes, once, for QCommandLineParser. The same name must take a
/// value in every command or in none (tst_cli checks).
QList<QCommandLineOption> commandOptions();

/// The command `words` start with: a sub-command when the second word names one.
/// nullptr when there is none; else `*used` is how many words named it.
const CommandSpec *findCommand(const QStringList &words, qsizetype *used);

} // namespace Colloquy::Cli
