#pragma once

#include <QString>
#include <QtGlobal>

namespace Colloquy {

/// A named group of articles the user makes (a course, a project); an article
/// may be in several. `id` is 0 until it is stored.
struct Collection
{
    qint64 id = 0;
    QString name;

    friend bool operator==(const Collection &, const Collection &) = default;
};

} // namespace Colloquy
