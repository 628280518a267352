#pragma once

#include <QObject>
#include <QThreadPool>

class QWidget;

namespace Colloquy {

class BackupsDialog;
class LibrarySession;
struct BackupInfo;
struct CheckReport;

/**
 * The window's side of backups and recovery: File → Back Up Now and
 * Backups…, the banner's Restore from Backup…, the whole check of the library
 * (LibraryCheck) on a worker thread after the window shows, and the settings
 * of the session's AutoBackup.
 *
 * A check that finds damage marks the store damaged (read-only; the window's
 * banner follows LibraryStore::damageFound()). restore() closes the session,
 * puts the backup in the library's place (LibraryBackup::restore(), which
 * keeps the replaced file), opens it again and emits libraryReplaced() so the
 * window shows it afresh. Failures are message boxes over `window`.
 *
 * Does not own the session; owned by the window; GUI thread only (the check
 * and the backups run on workers of their own and report back here).
 */
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(LibrarySession *session, QWidget *window);
    ~BackupController() override;

    /// Applies the Preferences' backup settings to the session's AutoBackup.
    void applySettings();
    /// Starts the whole check of the library on a worker thread, the first time only.
    void checkInBackground();
    /// File → Back Up Now.
    void backUpNow();
    /// File → Backups… and Restore from Backup…: the list of backups.
    void showBackups();
    /// Replaces the library with the backup at `path` and reopens it; false after saying why.
    bool restore(const QString &path);
    BackupsDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The library was replaced by a backup and is open again.
    void libraryReplaced();
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void checked(const CheckReport &report);
    void backupFinished(const BackupInfo &backup, const QString &error);

    LibrarySession *m_session;
    QWidget *m_window;
    BackupsDialog *m_dialog = nullptr;
    bool m_asked = false; ///< Back Up Now is waiting: its failure gets a message box
    bool m_checkStarted = false;
    QThreadPool m_pool;
};

} // namespace Colloquy
