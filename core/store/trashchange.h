#pragma once

#include <QDateTime>

namespace Colloquy {

/**
 * Moves an article to the Trash or back (LibraryStore::applyTrashChange()):
 * a trashed article keeps its rows and ids but leaves the library list, the
 * search indexes and the speaker profiles until it is restored or purged.
 * Like the other row changes, both a deletion and its undo are one of these.
 * A plain value.
 */
struct TrashChange
{
    qint64 articleId = 0;
    /// When it went to the Trash; invalid: it comes back out.
    QDateTime trashedAt;
};

} // namespace Colloquy
