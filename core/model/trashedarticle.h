#pragma once

#include <QDateTime>
#include <QString>

namespace Colloquy {

/// An article in the Trash, as the Trash lists it. A plain value.
struct TrashedArticle
{
    qint64 id = 0;
    QString title;
    QString sourcePath;
    QDateTime trashedAt; ///< UTC

    QString displayTitle() const { return title.isEmpty() ? sourcePath : title; }
};

} // namespace Colloquy
