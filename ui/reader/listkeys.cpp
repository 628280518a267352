#include "reader/listkeys.h"

#include <Qt>

#include <algorithm>

namespace Colloquy {

std::optional<int> listKeyTarget(int key, int current, int count)
{
    const int last = count - 1;
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        return std::min(last, std::max(0, current - 1));
    case Qt::Key_Down:
    case Qt::Key_Right:
        return std::min(last, current + 1);
    case Qt::Key_Home:
        return std::min(last, 0);
    case Qt::Key_End:
        return last;
    default:
        return std::nullopt;
    }
}

} // namespace Colloquy
