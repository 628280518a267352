#pragma once

#include <optional>

namespace Colloquy {

/**
 * Where a key moves the current item of a painted list (chart bars, strip
 * marks) that has no item view to do it: Up and Left one back, Down and
 * Right one on, Home the first, End the last, kept within `[0, count)`.
 * nullopt for any other key (the widget passes it on) and -1 when there
 * are no items. A pure function.
 */
std::optional<int> listKeyTarget(int key, int current, int count);

} // namespace Colloquy
