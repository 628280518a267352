#pragma once

#include <QString>

namespace Colloquy::Cli {

struct CommandSpec;

/**
 * The help of colloquy-cli, written from the command table (commandspec.h).
 *
 * Plain functions of the table: no state, any thread. Lines are wrapped at
 * 79 columns; a synopsis breaks only between its words and [groups].
 */
namespace HelpText {

/// `colloquy-cli --help`: every command's forms and summary, then the global options.
QString overview();
/// `colloquy-cli COMMAND --help`: forms, summary, help, sub-commands and options.
QString command(const CommandSpec &command);
/// The usage lines a wrong command line ends with: the command's forms, or the general form
/// when `command` is nullptr.
QString usage(const CommandSpec *command);

} // namespace HelpText

} // namespace Colloquy::Cli
