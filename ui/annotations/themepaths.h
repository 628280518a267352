#pragma once

#include "model/theme.h"

#include <QHash>
#include <QList>

namespace Colloquy {

/// The separator shown between a theme and its sub-theme: `Economy › Trade`.
inline constexpr QChar ThemePathSeparator = QChar(0x203A);

/// Every theme's full name from the top of the codebook, `Economy › Trade`,
/// by theme id. `themes` is the whole codebook (LibraryStore::themes()).
QHash<qint64, QString> themePaths(const QList<Theme> &themes);

} // namespace Colloquy
