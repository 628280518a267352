#pragma once

#include <QList>
#include <QStringList>

namespace Colloquy {

/// What QdpxImporter::importFile() brought in, and what it could not.
struct QdpxImportReport
{
    QList<qint64> articleIds; ///< in the project's order; an article already in the library counts too
    int articlesCreated = 0;
    int themesCreated = 0;
    int highlights = 0;
    int codings = 0;
    /// One sentence per selection or source that was moved, clipped or skipped.
    QStringList messages;
};

} // namespace Colloquy
