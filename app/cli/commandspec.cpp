#include "commandspec.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

QStringList CommandSpec::forms() const
{
    QStringList lines;
    for (const QString &line : synopsis.split(u'\n'))
        lines.append(line.isEmpty() ? name : name + u' ' + line);
    return lines;
}

bool CommandSpec::takes(const QString &option) const
{
    return std::any_of(options.cbegin(), options.cend(),
        [&](const QCommandLineOption &o) { return o.names().contains(option); });
}

QList<const CommandSpec *> CommandSpec::subcommands() const
{
    QList<const CommandSpec *> found;
    const QString prefix = name + u' ';
    for (const CommandSpec &command : commandTable()) {
        if (command.name.startsWith(prefix))
            found.append(&command);
    }
    return found;
}

QString CommandSpec::actionNames(const QString &last) const
{
    QStringList names;
    for (const CommandSpec *sub : subcommands())
        names.append(sub->name.section(u' ', -1));
    const QString final = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? final : names.join(u", "_s) + last + final;
}

QList<QCommandLineOption> commandOptions()
{
    QList<QCommandLineOption> all;
    QSet<QString> seen;
    for (const CommandSpec &command : commandTable()) {
        for (const QCommandLineOption &option : command.options) {
            if (seen.contains(option.names().constFirst()))
                continue;
            seen.insert(option.names().constFirst());
            all.append(option);
        }
    }
    return all;
}

const CommandSpec *findCommand(const QStringList &words, qsizetype *used)
{
    const CommandSpec *found = nullptr;
    for (const CommandSpec &command : commandTable()) {
        const QStringList name = command.name.split(u' ');
        if (name.size() > words.size() || words.mid(0, name.size()) != name)
            continue;
        if (!found || name.size() > *used) {
            found = &command;
            *used = name.size();
        }
    }
    return found;
}

} // namespace Colloquy::Cli
