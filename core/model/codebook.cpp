#include "model/codebook.h"

namespace Colloquy {

/// The shared state of a Codebook: the themes in order and two indexes over them,
/// kept in step by index()/reindex().
class CodebookData : public QSharedData
{
public:
    QList<Theme> themes;
    QHash<qint64, qsizetype> indexOf; ///< id → index in `themes`
    QHash<qint64, QList<qsizetype>> childIndexes; ///< parent id → indexes in `themes`, in order

    void index(qsizetype i)
    {
        const Theme &theme = themes.at(i);
        indexOf.insert(theme.id, i);
        childIndexes[theme.parentId].append(i);
    }

    void reindex()
    {
        indexOf.clear();
        childIndexes.clear();
        for (qsizetype i = 0; i < themes.size(); ++i)
            index(i);
    }

    const Theme *find(qint64 id) const
    {
        const auto it = indexOf.constFind(id);
        return it == indexOf.cend() ? nullptr : &themes.at(*it);
    }

    /// `id`'s theme and those above it, bottom up; bounded by the codebook's
    /// size, in case a damaged list has a cycle.
    QList<const Theme *> lineage(qint64 id) const
    {
        QList<const Theme *> up;
        const Theme *theme = find(id);
        if (!theme)
            return up;
        up.append(theme);
        const Theme *parent = find(theme->parentId);
        for (qsizetype depth = 0; parent && depth < themes.size(); ++depth) {
            up.append(parent);
            parent = find(parent->parentId);
        }
        return up;
    }
};

Codebook::Codebook()
    : d(new CodebookData)
{ }

Codebook::Codebook(const QList<Theme> &themes)
    : d(new CodebookData)
{
    d->themes = themes;
    d->reindex();
}

Codebook::Codebook(const Codebook &other) = default;
Codebook::Codebook(Codebook &&other) noexcept = default;
Codebook &Codebook::operator=(const Codebook &other) = default;
Codebook &Codebook::operator=(Codebook &&other) noexcept = default;
Codebook::~Codebook() = default;

bool Codebook::isEmpty() const
{
    return d->themes.isEmpty();
}

qsizetype Codebook::size() const
{
    return d->themes.size();
}

const QList<Theme> &Codebook::themes() const
{
    return d->themes;
}

bool Codebook::contains(qint64 themeId) const
{
    return d->indexOf.contains(themeId);
}

std::optional<Theme> Codebook::theme(qint64 themeId) const
{
    if (const Theme *theme = d->find(themeId))
        return *theme;
    return std::nullopt;
}

QList<Theme> Codebook::children(qint64 parentId) const
{
    QList<Theme> result;
    for (const qsizetype i : d->childIndexes.value(parentId))
        result.append(d->themes.at(i));
    return result;
}

QSet<qint64> Codebook::withDescendants(qint64 themeId) const
{
    QSet<qint64> ids;
    if (!contains(themeId))
        return ids;
    QList<qint64> pending {themeId};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (ids.contains(id))
            continue; // a cycle in a damaged list
        ids.insert(id);
        for (const qsizetype i : d->childIndexes.value(id))
            pending.append(d->themes.at(i).id);
    }
    return ids;
}

bool Codebook::isAncestorOrSelf(qint64 ancestor, qint64 themeId) const
{
    qint64 id = themeId;
    for (qsizetype step = 0; id > 0 && step <= d->themes.size(); ++step) {
        if (id == ancestor)
            return true;
        const Theme *theme = d->find(id);
        id = theme ? theme->parentId : 0;
    }
    return false;
}

bool Codebook::wouldCycle(qint64 themeId, qint64 newParentId) const
{
    return newParentId > 0 && isAncestorOrSelf(themeId, newParentId);
}

QList<Theme> Codebook::pathOf(qint64 themeId) const
{
    QList<Theme> path;
    const QList<const Theme *> up = d->lineage(themeId);
    for (auto it = up.crbegin(); it != up.crend(); ++it)
        path.append(**it);
    return path;
}

QStringList Codebook::pathNames(qint64 themeId) const
{
    QStringList names;
    for (const Theme &theme : pathOf(themeId))
        names.append(theme.name);
    return names;
}

QString Codebook::path(qint64 themeId) const
{
    return pathNames(themeId).join(u'/');
}

QString Codebook::displayPath(qint64 themeId) const
{
    return pathNames(themeId).join(u' ' + QString(DisplaySeparator) + u' ');
}

QHash<qint64, QString> Codebook::displayPaths() const
{
    QHash<qint64, QString> paths;
    for (const Theme &theme : d->themes)
        paths.insert(theme.id, displayPath(theme.id));
    return paths;
}

std::optional<Theme> Codebook::findChild(qint64 parentId, const QString &name) const
{
    for (const qsizetype i : d->childIndexes.value(parentId)) {
        if (d->themes.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return d->themes.at(i);
    }
    return std::nullopt;
}

std::optional<Theme> Codebook::findPath(const QStringList &names) const
{
    std::optional<Theme> found;
    for (const QString &name : names) {
        found = findChild(found ? found->id : 0, name);
        if (!found)
            break;
    }
    return found;
}

QList<Theme> Codebook::findByName(const QString &name) const
{
    QList<Theme> found;
    for (const Theme &theme : d->themes) {
        if (theme.name.compare(name, Qt::CaseInsensitive) == 0)
            found.append(theme);
    }
    return found;
}

void Codebook::insert(const Theme &theme)
{
    if (const auto it = d->indexOf.constFind(theme.id); it != d->indexOf.cend()) {
        const qsizetype i = *it;
        d->themes[i] = theme;
        d->reindex(); // the parent may have changed
        return;
    }
    d->themes.append(theme);
    d->index(d->themes.size() - 1);
}

} // namespace Colloquy
