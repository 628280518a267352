#include "annotations/themepaths.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QHash<qint64, QString> themePaths(const QList<Theme> &themes)
{
    QHash<qint64, const Theme *> byId;
    for (const Theme &theme : themes)
        byId.insert(theme.id, &theme);
    QHash<qint64, QString> paths;
    const QString separator = u' ' + QString(ThemePathSeparator) + u' ';
    for (const Theme &theme : themes) {
        QString path = theme.name;
        // Bounded by the codebook's size, in case a damaged library has a cycle.
        const Theme *parent = byId.value(theme.parentId);
        for (qsizetype depth = 0; parent && depth < themes.size(); ++depth) {
            path = parent->name + separator + path;
            parent = byId.value(parent->parentId);
        }
        paths.insert(theme.id, path);
    }
    return paths;
}

} // namespace Colloquy
