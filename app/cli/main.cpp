#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

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
    {u"reimport", &Cli::Commands::reimport, u"format"},
    {u"eval", &Cli::Commands::eval, u""},
    {u"highlight", &Cli::Commands::highlight, u"quote,speaker,color,note,theme"},
    {u"note", &Cli::Commands::note, u"article,speaker"},
    {u"tag", &Cli::Commands::tag, u""},
    {u"untag", &Cli::Commands::untag, u""},
    {u"unhighlight", &Cli::Commands::unhighlight, u""},
    {u"annotations", &Cli::Commands::annotations, u""},
    {u"themes", &Cli::Commands::themes, u""},
    {u"theme", &Cli::Commands::theme, u"parent,color,description"},
    {u"search", &Cli::Commands::search, u"speaker,theme,color,article,limit"},
    {u"speakers", &Cli::Commands::speakers, u""},
    {u"review", &Cli::Commands::review, u"narration,bio"},
    {u"export", &Cli::Commands::exportArticle, u"format,output,page-size,only-claims,themes,bom,all"},
    {u"import-annotations", &Cli::Commands::importAnnotations, u"article"},
    {u"import-qdpx", &Cli::Commands::importQdpx, u""},
};

} // namespace

int main(int argc, char *argv[])
{
    // First of all: these two name the AppDataLocation that holds the default library.
    QCoreApplication::setOrganizationName(u"Colloquy"_s);
    QCoreApplication::setApplicationName(u"colloquy"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COLLOQUY_VERSION));
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
    const std::unique_ptr<QCoreApplication> app = needsFonts ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);

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
            u"segment, import, reimport: read files as text, markdown, html, pdf, webvtt or srt "
            u"(default: detected from content and extension). export: pdf (the default), md, html, csv, "
            u"jsonld or qdpx."_s,
            u"NAME"_s},
        {u"quote"_s, u"highlight: the exact text to highlight."_s, u"TEXT"_s},
        {u"speaker"_s,
            u"highlight: look for the quote in this speaker's turns only; note: the note is on this speaker; "
            u"search: hits in this speaker's turns and their notes."_s,
            u"NAME"_s},
        {u"color"_s, u"highlight, theme add, search: yellow, green, blue, red, purple or orange."_s,
            u"NAME"_s},
        {u"note"_s, u"highlight: a Markdown note for the new highlight."_s, u"TEXT"_s},
        {u"theme"_s,
            u"highlight: tag with this theme (repeatable; created if missing); search: hits within claims "
            u"of this theme or its sub-themes."_s,
            u"NAME"_s},
        {u"article"_s,
            u"note: the note is on this article (or on its --speaker), not on a highlight; search: hits in "
            u"this article only; import-annotations: the article to annotate."_s,
            u"ID"_s},
        {u"limit"_s, u"search: at most N hits, best first (default 50)."_s, u"N"_s},
        {u"parent"_s, u"theme add: the parent theme."_s, u"NAME"_s},
        {u"description"_s, u"theme add: what the theme means."_s, u"TEXT"_s},
        {u"output"_s, u"export: the file to write."_s, u"FILE"_s},
        {u"page-size"_s, u"export: A4 (default) or Letter."_s, u"SIZE"_s},
        {u"only-claims"_s, u"export: leave out highlights without a theme."_s},
        {u"narration"_s,
            u"review split: the second part becomes narration instead of keeping the speaker."_s},
        {u"bio"_s, u"review assign: the bio of a new speaker."_s, u"TEXT"_s},
        {u"all"_s, u"export: every article of the library (csv, md, qdpx)."_s},
        {u"themes"_s, u"export: only claims tagged with these themes (comma-separated)."_s, u"A,B"_s},
        {u"bom"_s, u"export --format csv: start the file with a UTF-8 byte order mark."_s},
        {u"all"_s, u"export: every claim of the library instead of one article (csv or md)."_s},
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
