#pragma once

#include <QString>

// Internals of LibraryStore: whether the library's files can be written, and
// why not, in words for the user.

namespace Colloquy::Store {

class Database;

/**
 * Why `path` (a file or a folder that exists) cannot be written, as a clause
 * for a sentence ("it is on a read-only file system", "its folder /x cannot be
 * written"); empty when it can. Asks the system (access(2) where there is
 * one), so a read-only mount, missing permission and ACLs all count.
 */
QString whyNotWritable(const QString &path);

/// Why the library file `filePath` (which exists) cannot be written: the file,
/// its folder (SQLite writes its journal files there) or the journal files
/// beside it. Empty when all of them can be.
QString whyLibraryIsNotWritable(const QString &filePath);

/// Opens the library file `filePath` on `db` without writing anything: SQLite's
/// read-only mode, or `immutable` where the folder cannot hold the `-shm` file
/// and no WAL is pending. False with the driver's reason in `error`.
bool openForReading(Database &db, const QString &filePath, QString *error);

/// Flushes `path` (a file, or a folder after a rename in it) to the disk
/// (fsync(2)); the system's reason when it cannot, empty when done.
QString syncToDisk(const QString &path);

} // namespace Colloquy::Store
