#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

struct CommandEntry
{
    QStringView name;
    int (Cli::Commands::*run)(const QStringList &);
};

constexpr CommandEntry CommandTable[] = {
    {u"segment", &Cli::Commands::segment},
    {u"import", &Cli::Commands::importFiles},
    {u"list", &Cli::Commands::list},
    {u"show", &Cli::Commands::show},
};

} // namespace

int main(int argc, char *argv[])
{
    // First of all: these two name the AppDataLocation that holds the default library.
    QCoreApplication::setOrganizationName(u"Colloquy"_s);
    QCoreApplication::setApplicationName(u"colloquy"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLOQUY_VERSION));
    QCoreApplication app(argc, argv);
    // Each failure reaches the user once, as a `colloquy-cli:` line; QT_LOGGING_RULES can still show the
    // logs.
    QLoggingCategory::setFilterRules(u"colloquy.*.warning=false"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::Commands::description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption libraryOption(
        u"library"_s, u"Use the library file PATH instead of the default."_s, u"PATH"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON (UTF-8) instead of text."_s);
    parser.addOption(libraryOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"command"_s, u"segment, import, list or show."_s, u"<command>"_s);
    parser.addPositionalArgument(u"args"_s, u"The command's arguments."_s, u"[args...]"_s);

    const bool parsed = parser.parse(QCoreApplication::arguments());
    Cli::Options options;
    options.json = parser.isSet(jsonOption);
    options.libraryPath = parser.value(libraryOption);
    Cli::Commands commands(options, out, err);

    if (!parsed)
        return commands.usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Cli::Success;
    }
    if (parser.isSet(versionOption)) {
        out << "colloquy-cli " << QCoreApplication::applicationVersion() << '\n';
        return Cli::Success;
    }
    if (parser.isSet(libraryOption) && options.libraryPath.isEmpty())
        return commands.usageError(u"--library needs a file path"_s);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return commands.usageError(u"no command given"_s);
    const QString command = args.takeFirst();
    for (const CommandEntry &entry : CommandTable) {
        if (command == entry.name)
            return (commands.*entry.run)(args);
    }
    return commands.usageError(u"unknown command '%1'"_s.arg(command));
}
