#include "annotations/themepaths.h"

namespace Colloquy {

QHash<qint64, QString> themePaths(const QList<Theme> &themes)
{
    return Codebook(themes).displayPaths();
}

} // namespace Colloquy
