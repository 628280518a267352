#include "commands.h"
#include "commandspec.h"
#include "helptext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    // Laying out a PDF needs fonts, hence a QGuiApplication; offscreen, so no display is needed.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || qstrcmp(argv[i], "export") == 0;
    if (needsFonts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each failure reaches the user once, as a `colloquy-cli:` line; QT_LOGGING_RULES can still show the
    // logs. Qt's own platform notes (XDG_RUNTIME_DIR unset, …) are not the user's business either.
    QLoggingCategory::setFilterRules(
        u"colloquy.*.warning=false\ndefault.warning=false\nqt.*.warning=false"_s);
    if (needsFonts)
        return std::make_unique<QGuiApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Runs the command that `words` name, once it is known to take the options given.
int runCommand(Cli::Commands &commands, const Cli::Options &options, const QStringList &words)
{
    if (words.isEmpty())
        return commands.usageError(u"no command given"_s);
    qsizetype used = 0;
    const Cli::CommandSpec *command = Cli::findCommand(words, &used);
    if (!command)
        return commands.usageError(u"unknown command '%1'"_s.arg(words.constFirst()));
    commands.setCommand(command);
    for (auto it = options.values.cbegin(); it != options.values.cend(); ++it) {
        if (!command->takes(it.key()))
            return commands.usageError(u"%1 does not take --%2"_s.arg(command->name, it.key()));
    }
    return commands.run(*command, words.mid(used));
}

} // namespace

int main(int argc, char *argv[])
{
    // First of all: these two name the AppDataLocation that holds the default library.
    QCoreApplication::setOrganizationName(u"Colloquy"_s);
    QCoreApplication::setApplicationName(u"colloquy"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLOQUY_VERSION));
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    // Every option of every command is known to the parser; runCommand() checks who takes which.
    QCommandLineParser parser;
    parser.addOptions(Cli::globalOptions());
    const QList<QCommandLineOption> commandOptions = Cli::commandOptions();
    parser.addOptions(commandOptions);
    const bool parsed = parser.parse(QCoreApplication::arguments());
    Cli::Options options;
    options.json = parser.isSet(u"json"_s);
    options.libraryPath = parser.value(u"library"_s);
    for (const QCommandLineOption &option : commandOptions) {
        if (parser.isSet(option))
            options.values.insert(option.names().constFirst(), parser.values(option));
    }
    Cli::Commands commands(options, out, err);

    if (!parsed)
        return commands.usageError(parser.errorText());
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(u"help"_s)) {
        qsizetype used = 0;
        const Cli::CommandSpec *command = Cli::findCommand(words, &used);
        out << (command ? Cli::HelpText::command(*command) : Cli::HelpText::overview());
        return Cli::Success;
    }
    if (parser.isSet(u"version"_s)) {
        out << "colloquy-cli " << QCoreApplication::applicationVersion() << '\n';
        return Cli::Success;
    }
    if (parser.isSet(u"library"_s) && options.libraryPath.isEmpty())
        return commands.usageError(u"--library needs a file path or a postgresql:// URI"_s);
    return runCommand(commands, options, words);
}
