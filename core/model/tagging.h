#pragma once

#include <QtGlobal>

namespace Colloquy {

/// One theme on one highlight: a row of `highlight_themes`.
struct Tagging
{
    qint64 highlightId = 0;
    qint64 themeId = 0;

    friend bool operator==(const Tagging &, const Tagging &) = default;
};

} // namespace Colloquy
