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
    QStringView options; ///< the command options it takes, comma-separated
};

constexpr CommandEntry CommandTable[] = {
    {u"segment", &Cli::Commands::segment, u"format"},
    {u"import", &Cli::Commands::importFiles, u"format"},
    {u"list", &Cli::Commands::list, u""},
    {u"show", &Cli::Commands::show, u""},
    {u"eval", &Cli::Commands::eval, u""},
    {u"highlight", &Cli::Commands::highlight, u"quote,speaker,color,note,theme"},
    {u"note", &Cli::Commands::note, u""},
    {u"tag", &Cli::Commands::tag, u""},
    {u"untag", &Cli::Commands::untag, u""},
    {u"unhighlight", &Cli::Commands::unhighlight, u""},
    {u"annotations", &Cli::Commands::annotations, u""},
    {u"themes", &Cli::Commands::themes, u""},
    {u"theme", &Cli::Commands::theme, u"parent,color,description"},
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
    // Options of single commands; the table above says which command takes which.
    const QList<QCommandLineOption> commandOptions = {
        {u"format"_s,
            u"segment, import: read files as text, markdown, html, pdf, webvtt or srt "
            u"(default: detected from content and extension)."_s,
            u"NAME"_s},
        {u"quote"_s, u"highlight: the exact text to highlight."_s, u"TEXT"_s},
        {u"speaker"_s, u"highlight: look for the quote in this speaker's turns only."_s, u"NAME"_s},
        {u"color"_s, u"highlight, theme add: yellow, green, blue, red, purple or orange."_s, u"NAME"_s},
        {u"note"_s, u"highlight: a Markdown note for the new highlight."_s, u"TEXT"_s},
        {u"theme"_s, u"highlight: tag with this theme (repeatable; created if missing)."_s, u"NAME"_s},
        {u"parent"_s, u"theme add: the parent theme."_s, u"NAME"_s},
        {u"description"_s, u"theme add: what the theme means."_s, u"TEXT"_s},
    };
    parser.addOptions(commandOptions);
    parser.addPositionalArgument(
        u"command"_s, u"segment, import, list, show, eval, or an annotation command."_s, u"<command>"_s);
    parser.addPositionalArgument(u"args"_s, u"The command's arguments."_s, u"[args...]"_s);

    const bool parsed = parser.parse(QCoreApplication::arguments());
    Cli::Options options;
    options.json = parser.isSet(jsonOption);
    options.libraryPath = parser.value(libraryOption);
    for (const QCommandLineOption &option : commandOptions) {
        if (parser.isSet(option))
            options.values.insert(option.names().constFirst(), parser.values(option));
    }
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
        if (command != entry.name)
            continue;
        const QList<QStringView> allowed = entry.options.split(u',', Qt::SkipEmptyParts);
        for (auto it = options.values.cbegin(); it != options.values.cend(); ++it) {
            if (!allowed.contains(QStringView(it.key())))
                return commands.usageError(u"%1 does not take --%2"_s.arg(command, it.key()));
        }
        return (commands.*entry.run)(args);
    }
    return commands.usageError(u"unknown command '%1'"_s.arg(command));
}
