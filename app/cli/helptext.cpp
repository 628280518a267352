#include "helptext.h"

#include "commandspec.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli::HelpText {

namespace {

constexpr qsizetype Width = 79;
constexpr qsizetype SummaryColumn = 22; ///< where a command's summary starts in --help
constexpr qsizetype ContinuationIndent = 6; ///< a synopsis longer than a line goes on here

// A synopsis split into words, each [group] one word, so that a line never breaks inside a group.
QStringList synopsisWords(const QString &form)
{
    QStringList words;
    qsizetype depth = 0;
    for (const QString &piece : form.split(u' ', Qt::SkipEmptyParts)) {
        if (depth > 0)
            words.last() += u' ' + piece;
        else
            words.append(piece);
        depth += piece.count(u'[') - piece.count(u']');
    }
    return words;
}

// `text` followed by `words` filled into lines of at most Width columns; lines after the first
// start with `indent` spaces. A word goes after a space unless `text` ends with one.
QString fill(QString text, const QStringList &words, qsizetype indent)
{
    qsizetype lineStart = text.lastIndexOf(u'\n') + 1;
    qsizetype wordsOnLine = 0;
    for (const QString &word : words) {
        const bool space = !text.isEmpty() && !text.endsWith(u' ') && !text.endsWith(u'\n');
        if (wordsOnLine > 0 && text.size() - lineStart + 1 + word.size() > Width) {
            text += u'\n';
            lineStart = text.size();
            text += QString(indent, u' ');
            wordsOnLine = 0;
        } else if (space) {
            text += u' ';
        }
        text += word;
        ++wordsOnLine;
    }
    return text;
}

QString paragraph(const QString &prose)
{
    return fill(QString(), prose.split(u' ', Qt::SkipEmptyParts), 0) + u'\n';
}

// Two columns: `left` (already laid out), then `right` from `column` on; on the same line when
// `left` is one short line.
QString twoColumns(const QString &left, const QString &right, qsizetype column)
{
    const bool beside = !left.contains(u'\n') && left.size() + 2 <= column;
    const QString start = beside ? QString(left + QString(column - left.size(), u' '))
                                 : QString(left + u'\n' + QString(column, u' '));
    return fill(start, right.split(u' ', Qt::SkipEmptyParts), column) + u'\n';
}

QString entry(const CommandSpec &command)
{
    QStringList forms;
    for (const QString &form : command.forms())
        forms.append(fill(u"  "_s, synopsisWords(form), ContinuationIndent));
    return twoColumns(forms.join(u'\n'), command.summary, SummaryColumn);
}

QString optionName(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    return option.valueName().isEmpty() ? names.join(u", "_s)
                                        : names.join(u", "_s) + u' ' + option.valueName();
}

QString optionList(const QList<QCommandLineOption> &options)
{
    qsizetype column = 0;
    for (const QCommandLineOption &option : options)
        column = std::max(column, optionName(option).size() + 4);
    column = std::min(column, SummaryColumn);
    QString text;
    for (const QCommandLineOption &option : options)
        text += twoColumns(u"  "_s + optionName(option), option.description(), column);
    return text;
}

// --library and --json: every command takes them.
QList<QCommandLineOption> sharedOptions()
{
    QList<QCommandLineOption> shared;
    for (const QCommandLineOption &option : globalOptions()) {
        if (!option.names().contains(u"help"_s) && !option.names().contains(u"version"_s))
            shared.append(option);
    }
    return shared;
}

// "Usage: colloquy-cli FORM" and each further form below it, wrapped.
QString usageBlock(const QStringList &forms)
{
    QStringList lines;
    for (const QString &form : forms) {
        const QString start = lines.isEmpty() ? u"Usage:"_s : u"       "_s;
        lines.append(fill(start, synopsisWords(u"colloquy-cli "_s + form), 11));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

QString overview()
{
    QString text = u"Usage: colloquy-cli [--library PATH] [--json] COMMAND [ARGS...]\n"
                   u"Splits multi-voice articles into speaker segments and keeps them in a library.\n"_s;
    for (const CommandSpec &command : commandTable()) {
        if (!command.heading.isEmpty())
            text += u'\n' + command.heading + u":\n"_s;
        text += entry(command);
    }
    text += u"\nOptions:\n"_s + optionList(globalOptions()) + u'\n';
    text += paragraph(u"Run 'colloquy-cli COMMAND --help' for a command's details and options."_s);
    text += paragraph(u"Exit status: 0 on success, 1 when a file or the library failed, 2 for a wrong "
                      u"command line."_s);
    return text;
}

QString command(const CommandSpec &command)
{
    QString text = usageBlock(command.forms()) + u'\n' + paragraph(command.summary);
    for (const QString &prose : command.help.split(u"\n\n"_s, Qt::SkipEmptyParts))
        text += u'\n' + paragraph(prose);
    const QList<const CommandSpec *> actions = command.subcommands();
    if (!actions.isEmpty()) {
        text += u"\nActions:\n"_s;
        for (const CommandSpec *action : actions)
            text += entry(*action);
    }
    text += u"\nOptions:\n"_s + optionList(command.options + sharedOptions());
    if (!actions.isEmpty()) {
        text += u'\n' +
            paragraph(u"Run 'colloquy-cli %1 ACTION --help' for an action's details and options."_s.arg(
                command.name));
    }
    return text;
}

QString usage(const CommandSpec *command)
{
    if (!command) {
        return u"usage: colloquy-cli [--library PATH] [--json] COMMAND [ARGS...]\n"
               u"Run 'colloquy-cli --help' for the commands."_s;
    }
    QString text;
    for (const QString &form : command->forms())
        text += (text.isEmpty() ? u"usage: colloquy-cli "_s : u"       colloquy-cli "_s) + form + u'\n';
    return text + u"Run 'colloquy-cli %1 --help' for details."_s.arg(command->name);
}

} // namespace Colloquy::Cli::HelpText
