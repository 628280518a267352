#pragma once

#include "store/librarybackup.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Colloquy {

/**
 * Automatic and on-demand backups of one library file (LibraryBackup), made
 * on a worker thread so that editing never waits for them.
 *
 * After a write (writeHappened(), which LibrarySession calls when the store
 * reports a committed change) it makes a backup when it is enabled and the
 * newest backup is older than the interval, then rotates the backup folder by
 * the policy: at most one per interval of editing. backUpNow() makes one
 * whatever the interval. One backup at a time; a request while one runs is
 * dropped (backUpNow() reports it). finished() reports each outcome.
 *
 * Off until setEnabled(true): the app turns it on from its preferences, the
 * CLI and tests leave it off. Owned by LibrarySession; lives on its thread;
 * its destructor waits for a running backup.
 */
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    explicit AutoBackup(QObject *parent = nullptr);
    ~AutoBackup() override;

    /// The library file to back up; empty for none (nothing is made).
    void setLibrary(const QString &path);
    QString library() const { return m_library; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// The least time between two automatic backups.
    void setInterval(qint64 seconds);
    qint64 interval() const { return m_interval; }
    void setPolicy(const BackupPolicy &policy);
    BackupPolicy policy() const { return m_policy; }
    /// The clock (for tests); the system's UTC time by default.
    void setClock(std::function<QDateTime()> clock);

    /// A write step committed: starts a backup when one is due.
    void writeHappened();
    /// Starts a backup now; false (and finished() with why) when one is running already.
    bool backUpNow();
    bool isRunning() const { return m_running; }
    /// Blocks until a running backup has ended (its finished() is still queued).
    void waitForIdle();

Q_SIGNALS:
    /// A backup ended: `backup.path` is set when it was made, `error` (a
    /// sentence) says why not, or why rotating the folder after it failed.
    void finished(const BackupInfo &backup, const QString &error);

private:
    void start(bool rotate);
    void done(const Result<BackupInfo> &made, const QString &rotationError);

    QString m_library;
    bool m_enabled = false;
    qint64 m_interval = 3600;
    BackupPolicy m_policy;
    std::function<QDateTime()> m_clock;
    /// Before it no automatic backup is due: no need to look at the folder after every edit.
    QDateTime m_notBefore;
    bool m_running = false;
    QThreadPool m_pool;
};

} // namespace Colloquy
