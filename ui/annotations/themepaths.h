#pragma once

#include "model/codebook.h"

#include <QHash>
#include <QList>

namespace Colloquy {

/// The separator shown between a theme and its sub-theme: `Economy › Trade`.
inline constexpr QChar ThemePathSeparator = Codebook::DisplaySeparator;

/// Every theme's full name from the top of the codebook, `Economy › Trade`,
/// by theme id. `themes` is the whole codebook (LibraryStore::themes()).
/// Shorthand for Codebook(themes).displayPaths().
QHash<qint64, QString> themePaths(const QList<Theme> &themes);

} // namespace Colloquy
