#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Colloquy {

/// One backup of a library: a file in its backup folder (or anywhere, for a restore).
struct BackupInfo
{
    QString path;
    QDateTime time; ///< when it was made (UTC), from its name
    qint64 size = 0; ///< bytes
};

/// How many backups rotation keeps: the newest of each of the last `daily`
/// days and of each of the last `weekly` ISO weeks (UTC).
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
};

/**
 * Backups of a library file, and putting one back.
 *
 * A backup is a consistent copy that SQLite makes itself (`VACUUM INTO`, the
 * path bound): it reads one snapshot on a read-only connection of its own,
 * so the library may stay open and be written meanwhile. It goes to a hidden
 * temporary name, reaches the disk (fsync), passes `quick_check`, and only
 * then takes its final name, `<library file>.backups/2026-12-02T16-40-00.colloquy`
 * (UTC, so the names sort by time): no half-written backup ever has a final
 * name, and a failure leaves the older backups as they were.
 *
 * restore() replaces the library file with a backup that passes the whole
 * LibraryCheck, keeping the file it replaced beside it as
 * `<name>.replaced-<time>.colloquy` (with its WAL), so a restore is undone by
 * restoring that file. The library must not be open meanwhile.
 *
 * Every function is static, opens what it needs and may run on any thread.
 * Failures are Results whose message is a sentence naming the file and the
 * system's (or SQLite's) reason. The clock is a parameter, for tests.
 */
class LibraryBackup
{
public:
    /// `<libraryPath>.backups`
    static QString folderOf(const QString &libraryPath);
    /// The library's backups in its backup folder, newest first (files named by their time only).
    static QList<BackupInfo> list(const QString &libraryPath);
    /// Makes a backup of the library at `libraryPath`, taken at `now`: at
    /// `target` when given (a file that must not exist yet), else in the
    /// backup folder (made when missing).
    static Result<BackupInfo> make(
        const QString &libraryPath, const QDateTime &now, const QString &target = QString());
    /// Whether an automatic backup is due: none in the folder is newer than `now - intervalSeconds`.
    static bool isDue(const QString &libraryPath, const QDateTime &now, qint64 intervalSeconds);

    /// The backups of `backups` that `policy` does not keep at `now`. Always
    /// kept: the newest one, and any dated after `now` (a clock set back).
    static QList<BackupInfo> expired(
        const QList<BackupInfo> &backups, const QDateTime &now, const BackupPolicy &policy);
    /// Deletes the library's expired backups; the paths deleted, or the first that could not be.
    static Result<QStringList> rotate(
        const QString &libraryPath, const QDateTime &now, const BackupPolicy &policy);

    /// Where restore() keeps the file it replaces at `now` (a name no file has yet).
    static QString replacedPathFor(const QString &libraryPath, const QDateTime &now);
    /// Replaces the library at `libraryPath` with a copy of `backupPath`
    /// after checking it; the path the replaced library was kept at (empty
    /// when there was none). Refuses a backup that fails its check.
    static Result<QString> restore(
        const QString &libraryPath, const QString &backupPath, const QDateTime &now);
    /// How many articles the library file at `path` holds (a backup, for a list to show).
    static Result<int> articleCount(const QString &path);
};

} // namespace Colloquy
