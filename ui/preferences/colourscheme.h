#pragma once

#include "settings.h"

namespace Colloquy {

/// Gives the application the palette of `scheme`: the desktop's own for
/// System (as it was when this was first called), or a light or a dark one.
/// Widgets follow through their palette-change events. GUI thread only.
void applyColourScheme(ColourScheme scheme);

} // namespace Colloquy
