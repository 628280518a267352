#pragma once

#include <QIcon>

namespace Colloquy {

/// Icons Colloquy draws itself for when the icon theme lacks one (no theme at
/// all outside a desktop session). They use the palette's text colour at paint
/// time, so they follow light and dark themes.
enum class FallbackIcon
{
    SideBySide,
    Stacked,
    OneAtATime,
    Conversation,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Search,
    Library,
    Sort,
};

QIcon fallbackIcon(FallbackIcon kind);

/// The theme's icon `name` if it has one, else the drawn fallback.
QIcon themeIcon(const QString &name, FallbackIcon fallback);

} // namespace Colloquy
