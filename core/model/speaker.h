#pragma once

#include <QString>

namespace Colloquy {

/// A voice in an article: the name as printed and the bio that introduced it.
/// A null bio means the source gave none.
struct Speaker
{
    QString name;
    QString bio;

    friend bool operator==(const Speaker &, const Speaker &) = default;
};

} // namespace Colloquy
