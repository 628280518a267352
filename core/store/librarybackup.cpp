#include "store/librarybackup.h"

#include "logging.h"
#include "store/database_p.h"
#include "store/fileaccess_p.h"
#include "store/librarycheck.h"
#include "store/migrations_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr auto NameFormat = "yyyy-MM-ddTHH-mm-ss";
const QString Extension = u".colloquy"_s;

QString timeName(const QDateTime &time)
{
    return time.toUTC().toString(QLatin1StringView(NameFormat));
}

/// The time a backup's file name gives (`2026-12-02T16-40-00.colloquy`, or `…-2.colloquy`
/// for a second one in the same second); invalid for any other name.
QDateTime timeOfName(const QString &fileName)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d)(-\\d+)?\\.colloquy$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), QLatin1StringView(NameFormat));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

/// `base` + Extension, or `base-2` + Extension…: the first name no file has yet.
QString uniquePath(const QString &base)
{
    QString path = base + Extension;
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = base + u"-%1"_s.arg(i) + Extension;
    return path;
}

/// The Monday that starts the ISO week of `date`.
QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

/// Writes a consistent copy of the library open on `source` into the empty file `temporary`.
QString vacuumInto(Store::Database &source, const QString &temporary)
{
    const Store::Statement vacuum =
        source.run(u"VACUUM INTO :path"_s, {{u":path"_s, QDir::toNativeSeparators(temporary)}});
    return vacuum.ok() ? QString() : vacuum.errorText();
}

/// What is wrong with the copy at `path`, by SQLite's quick_check; empty when nothing.
QString checkCopy(const QString &path)
{
    const CheckReport report = LibraryCheck::run(path);
    return report.healthy() ? QString() : report.summary();
}

/// Copies `libraryPath` into `temporary` (which exists, empty) and checks the copy; the problem, if any.
QString writeCopy(const QString &libraryPath, const QString &temporary)
{
    Store::Database source;
    QString reason;
    if (!Store::openForReading(source, libraryPath, &reason))
        return u"cannot read %1: %2"_s.arg(libraryPath, reason);
    if (QString failed = vacuumInto(source, temporary); !failed.isEmpty())
        return u"cannot write the backup %1: %2"_s.arg(temporary, failed);
    source.close();
    if (QString failed = Store::syncToDisk(temporary); !failed.isEmpty())
        return u"cannot write the backup %1 to the disk: %2"_s.arg(temporary, failed);
    if (QString failed = checkCopy(temporary); !failed.isEmpty())
        return u"the backup %1 failed its check: %2"_s.arg(temporary, failed);
    return {};
}

/// Copies `from` to `to` (a new file) and flushes it to the disk; the problem, if any.
QString copyToDisk(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile source(from);
    if (!source.copy(to)) {
        QFile::remove(to);
        return u"cannot copy %1 to %2: %3"_s.arg(from, to, source.errorString());
    }
    if (QString failed = Store::syncToDisk(to); !failed.isEmpty()) {
        QFile::remove(to);
        return u"cannot write %1 to the disk: %2"_s.arg(to, failed);
    }
    return {};
}

} // namespace

QString LibraryBackup::folderOf(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteFilePath() + u".backups"_s;
}

QList<BackupInfo> LibraryBackup::list(const QString &libraryPath)
{
    QList<BackupInfo> backups;
    const QDir folder(folderOf(libraryPath));
    for (const QFileInfo &file : folder.entryInfoList({u"*"_s + Extension}, QDir::Files)) {
        const QDateTime time = timeOfName(file.fileName());
        if (time.isValid())
            backups.append({file.absoluteFilePath(), time, file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return backups;
}

Result<BackupInfo> LibraryBackup::make(
    const QString &libraryPath, const QDateTime &now, const QString &target)
{
    if (!QFileInfo(libraryPath).isFile())
        return Failure {u"there is no library at %1"_s.arg(libraryPath)};
    const QString folder = target.isEmpty() ? folderOf(libraryPath) : QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        const QString why = Store::whyNotWritable(QFileInfo(folder).absolutePath());
        return Failure {
            u"cannot make the backup folder %1%2"_s.arg(folder, why.isEmpty() ? QString() : u": "_s + why)};
    }
    const QString finalPath =
        target.isEmpty() ? uniquePath(folder + u'/' + timeName(now)) : QFileInfo(target).absoluteFilePath();
    if (QFileInfo::exists(finalPath))
        return Failure {u"cannot make the backup %1: a file of that name exists"_s.arg(finalPath)};
    // Hidden and not named like a backup: list() never sees it, whatever happens to it.
    const QString temporary = folder + u"/."_s + QFileInfo(finalPath).fileName() + u".partial"_s;
    QFile::remove(temporary);
    {
        QFile create(temporary);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Failure {u"cannot write a backup in %1: %2"_s.arg(folder, create.errorString())};
    }
    if (const QString failed = writeCopy(libraryPath, temporary); !failed.isEmpty()) {
        QFile::remove(temporary);
        return Failure {failed};
    }
    if (!QFile::rename(temporary, finalPath)) {
        QFile::remove(temporary);
        return Failure {u"cannot name the backup %1"_s.arg(finalPath)};
    }
    Store::syncToDisk(folder);
    qCDebug(lcStore) << "backed up" << libraryPath << "to" << finalPath;
    return BackupInfo {finalPath, now.toUTC(), QFileInfo(finalPath).size()};
}

bool LibraryBackup::isDue(const QString &libraryPath, const QDateTime &now, qint64 intervalSeconds)
{
    const QList<BackupInfo> backups = list(libraryPath);
    return backups.isEmpty() || backups.constFirst().time.secsTo(now) >= intervalSeconds;
}

QList<BackupInfo> LibraryBackup::expired(
    const QList<BackupInfo> &backups, const QDateTime &now, const BackupPolicy &policy)
{
    QList<BackupInfo> newestFirst = backups;
    std::sort(newestFirst.begin(), newestFirst.end(),
        [](const BackupInfo &a, const BackupInfo &b) { return a.time > b.time; });
    const QDate today = now.toUTC().date();
    std::set<QDate> days;
    std::set<QDate> weeks;
    for (int i = 0; i < policy.daily; ++i)
        days.insert(today.addDays(-i));
    for (int i = 0; i < policy.weekly; ++i)
        weeks.insert(weekStart(today).addDays(-7 * i));

    QList<BackupInfo> result;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const BackupInfo &backup = newestFirst.at(i);
        const QDate date = backup.time.toUTC().date();
        // The first (newest) backup met in a day or week is the one that stands for it.
        const bool keepsDay = days.erase(date) > 0;
        const bool keepsWeek = weeks.erase(weekStart(date)) > 0;
        if (i == 0 || backup.time > now || keepsDay || keepsWeek)
            continue;
        result.append(backup);
    }
    return result;
}

Result<QStringList> LibraryBackup::rotate(
    const QString &libraryPath, const QDateTime &now, const BackupPolicy &policy)
{
    QStringList removed;
    for (const BackupInfo &backup : expired(list(libraryPath), now, policy)) {
        QFile file(backup.path);
        if (!file.remove())
            return Failure {u"cannot delete the old backup %1: %2"_s.arg(backup.path, file.errorString())};
        removed.append(backup.path);
    }
    return removed;
}

QString LibraryBackup::replacedPathFor(const QString &libraryPath, const QDateTime &now)
{
    const QFileInfo library(libraryPath);
    return uniquePath(
        library.absolutePath() + u'/' + library.completeBaseName() + u".replaced-"_s + timeName(now));
}

Result<QString> LibraryBackup::restore(
    const QString &libraryPath, const QString &backupPath, const QDateTime &now)
{
    const CheckReport report = LibraryCheck::run(backupPath);
    if (!report.healthy())
        return Failure {
            u"%1 was not restored: the backup failed its check (%2)"_s.arg(backupPath, report.summary())};
    const QFileInfo library(libraryPath);
    const QString temporary = library.absolutePath() + u"/."_s + library.fileName() + u".restoring"_s;
    if (const QString failed = copyToDisk(backupPath, temporary); !failed.isEmpty())
        return Failure {u"%1 was not restored: %2"_s.arg(libraryPath, failed)};

    QString replaced;
    if (library.exists()) {
        replaced = replacedPathFor(libraryPath, now);
        if (!QFile::rename(libraryPath, replaced)) {
            QFile::remove(temporary);
            return Failure {u"%1 was not restored: cannot move it to %2"_s.arg(libraryPath, replaced)};
        }
        // The WAL belongs to the file it was written for; the -shm index is rebuilt from it.
        QFile::rename(libraryPath + u"-wal"_s, replaced + u"-wal"_s);
        QFile::remove(libraryPath + u"-shm"_s);
    }
    if (!QFile::rename(temporary, libraryPath)) {
        if (!replaced.isEmpty()) {
            QFile::rename(replaced, libraryPath);
            QFile::rename(replaced + u"-wal"_s, libraryPath + u"-wal"_s);
        }
        QFile::remove(temporary);
        return Failure {u"%1 was not restored: cannot put the backup in its place"_s.arg(libraryPath)};
    }
    Store::syncToDisk(library.absolutePath());
    return replaced;
}

Result<int> LibraryBackup::articleCount(const QString &path)
{
    Store::Database db;
    QString reason;
    if (!Store::openForReading(db, path, &reason))
        return Failure {u"cannot open %1: %2"_s.arg(path, reason)};
    const auto count = Store::queryInt(db, u"SELECT count(*) FROM articles"_s, &reason);
    if (!count)
        return Failure {u"cannot read %1: %2"_s.arg(path, reason)};
    return int(*count);
}

} // namespace Colloquy
