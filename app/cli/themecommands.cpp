// colloquy-cli's codebook commands: themes, theme add|rename|merge|delete, over Colloquy::Annotations.

#include "commands.h"

#include "annotate/annotations.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

namespace {

QString claims(int count)
{
    return count == 1 ? u"1 claim"_s : u"%1 claims"_s.arg(count);
}

} // namespace

qint64 Commands::themeByName(const QString &name)
{
    const QString wanted = name.trimmed();
    const Result<QList<Theme>> themes = m_library->themes();
    const QList<Theme> found = Codebook(themes.valueOr({})).findByName(wanted);
    if (found.size() == 1)
        return found.constFirst().id;
    if (failed(themes))
        return 0;
    if (found.isEmpty())
        fail(u"there is no theme named '%1'"_s.arg(wanted));
    else
        fail(u"several themes are named '%1'; rename one first"_s.arg(wanted));
    return 0;
}

bool Commands::themesByName(const QStringList &names, QList<qint64> *ids)
{
    for (const QString &name : names) {
        const qint64 id = themeByName(name);
        if (!id)
            return false;
        ids->append(id);
    }
    return true;
}

qint64 Commands::themeByNameOrNew(const QString &name)
{
    const QString wanted = name.trimmed();
    const QList<Theme> found = Codebook(m_library->themes().valueOr({})).findByName(wanted);
    if (found.size() > 1) {
        fail(u"several themes are named '%1'; rename one first"_s.arg(wanted));
        return 0;
    }
    if (found.size() == 1)
        return found.constFirst().id;
    const std::optional<qint64> created = m_annotations->createTheme(wanted);
    if (!created)
        fail(m_annotations->errorString());
    return created.value_or(0);
}

int Commands::themes(const QStringList &args)
{
    if (const int refused = start(args, args.isEmpty(), u"takes no arguments"_s))
        return refused;
    const Result<QList<Theme>> read = m_library->themes();
    if (failed(read))
        return Failure;
    const QList<Theme> &all = *read;

    // themes() lists parents before children, so depths and JSON nodes build in one pass.
    QHash<qint64, int> depth;
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, QJsonObject> nodes;
    for (const Theme &theme : all) {
        const int level = theme.parentId ? depth.value(theme.parentId) + 1 : 0;
        depth.insert(theme.id, level);
        children[theme.parentId].append(theme.id);
        const int count = int(m_library->highlightIdsOfTheme(theme.id).valueOr({}).size());
        nodes.insert(theme.id,
            QJsonObject {{u"id"_s, theme.id}, {u"name"_s, theme.name}, {u"color"_s, colourName(theme.colour)},
                {u"description"_s, theme.description}, {u"claims"_s, count}});
        if (!m_options.json) {
            m_out << QString(level * 2, u' ') << theme.name << " (" << colourName(theme.colour) << ", "
                  << claims(count) << ')';
            if (!theme.description.isEmpty())
                m_out << " - " << theme.description;
            m_out << '\n';
        }
    }
    if (!m_options.json) {
        m_out.flush();
        return Success;
    }
    // Children first, bottom-up, so each node carries its finished subtree.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        QJsonArray below;
        for (const qint64 child : children.value(it->id))
            below.append(nodes.value(child));
        nodes[it->id].insert(u"children"_s, below);
    }
    QJsonArray roots;
    for (const qint64 root : children.value(0))
        roots.append(nodes.value(root));
    writeJson(roots);
    return Success;
}

int Commands::themeAdd(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(u"theme add: takes one name"_s);
    std::optional<HighlightColour> colour = HighlightColour::Yellow;
    if (!colourOption(&colour))
        return UsageError;
    if (!openLibrary())
        return Failure;
    qint64 parentId = 0;
    if (m_options.isSet(u"parent"_s)) {
        parentId = themeByName(m_options.value(u"parent"_s));
        if (!parentId)
            return Failure;
    }
    const std::optional<qint64> id =
        m_annotations->createTheme(args.constFirst(), parentId, *colour, m_options.value(u"description"_s));
    if (!id)
        return fail(m_annotations->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{u"id"_s, *id}, {u"name"_s, m_library->theme(*id).valueOr({})->name}});
    else
        m_out << *id << Qt::endl;
    return Success;
}

int Commands::themeRename(const QStringList &args)
{
    QList<qint64> ids;
    if (const int refused = start(args, args.size() == 2, u"takes the old and the new name"_s))
        return refused;
    if (!themesByName(args.mid(0, 1), &ids))
        return Failure;
    const qint64 id = ids.constFirst();
    if (!m_annotations->renameTheme(id, args.at(1)))
        return fail(m_annotations->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{u"id"_s, id}, {u"name"_s, m_library->theme(id).valueOr({})->name}});
    return Success;
}

int Commands::themeMerge(const QStringList &args)
{
    QList<qint64> ids;
    if (const int refused =
            start(args, args.size() == 2, u"takes the theme to merge and the one to merge it into"_s))
        return refused;
    if (!themesByName(args, &ids))
        return Failure;
    const qint64 from = ids.at(0);
    const qint64 into = ids.at(1);
    const int moved = m_annotations->claimCountForTheme(from);
    if (!m_annotations->mergeThemes(from, into))
        return fail(m_annotations->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{u"merged"_s, from}, {u"into"_s, into}, {u"claims"_s, moved}});
    else
        m_out << "merged '" << args.at(0) << "' into '" << args.at(1) << "' (" << claims(moved) << ")"
              << Qt::endl;
    return Success;
}

int Commands::themeDelete(const QStringList &args)
{
    QList<qint64> ids;
    if (const int refused = start(args, args.size() == 1, u"takes one name"_s))
        return refused;
    if (!themesByName(args, &ids))
        return Failure;
    const qint64 id = ids.constFirst();
    const int count = m_annotations->claimCountForTheme(id);
    if (!m_annotations->deleteTheme(id))
        return fail(m_annotations->errorString());
    if (m_options.json)
        writeJson(QJsonObject {{u"deleted"_s, id}, {u"claims"_s, count}});
    else
        m_out << "deleted theme '" << args.at(0) << "', untagging " << claims(count) << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
