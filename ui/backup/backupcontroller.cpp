#include "backupcontroller.h"

#include "backupsdialog.h"
#include "session/autobackup.h"
#include "session/librarysession.h"
#include "settings.h"
#include "store/librarybackup.h"
#include "store/librarycheck.h"
#include "store/librarystore.h"

#include <QDir>
#include <QMessageBox>
#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

BackupController::BackupController(LibrarySession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    m_pool.setMaxThreadCount(1);
    connect(session->autoBackup(), &AutoBackup::finished, this, &BackupController::backupFinished);
}

BackupController::~BackupController()
{
    m_pool.waitForDone();
}

void BackupController::applySettings()
{
    const Settings settings;
    AutoBackup *backup = m_session->autoBackup();
    backup->setEnabled(settings.backupEnabled());
    backup->setInterval(qint64(settings.backupIntervalMinutes()) * 60);
    backup->setPolicy(settings.backupPolicy());
}

void BackupController::checkInBackground()
{
    LibraryStore *store = m_session->store();
    if (std::exchange(m_checkStarted, true) || !store->isOpen() || store->isDamaged())
        return;
    const QString path = store->path();
    // Its own read-only connection: the window reads and writes on meanwhile.
    m_pool.start([this, path] {
        const CheckReport report = LibraryCheck::run(path);
        QMetaObject::invokeMethod(
            this, [this, report] { checked(report); }, Qt::QueuedConnection);
    });
}

void BackupController::checked(const CheckReport &report)
{
    if (report.healthy() || !report.error.isEmpty())
        return; // a file that could not be checked at all opened fine: nothing to add
    m_session->store()->markDamaged(report.summary());
}

void BackupController::backUpNow()
{
    m_asked = true;
    if (m_session->autoBackup()->backUpNow())
        Q_EMIT message(tr("Backing up the library…"));
}

void BackupController::backupFinished(const BackupInfo &backup, const QString &error)
{
    const bool asked = std::exchange(m_asked, false);
    // An automatic backup succeeds quietly: its message would replace the one about what the
    // user just did (an import's result) in the status bar.
    if (asked && !backup.path.isEmpty())
        Q_EMIT message(tr("Backed up the library to %1").arg(QDir::toNativeSeparators(backup.path)));
    if (error.isEmpty())
        return;
    if (asked)
        QMessageBox::warning(m_window, tr("Back Up Now"), tr("The library was not backed up: %1").arg(error));
    else
        Q_EMIT message(tr("Automatic backup failed: %1").arg(error));
}

void BackupController::showBackups()
{
    if (!m_dialog) {
        m_dialog = new BackupsDialog(m_window);
        connect(m_dialog, &BackupsDialog::restoreRequested, this, &BackupController::restore);
    }
    m_dialog->showBackupsOf(m_session->store()->path());
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool BackupController::restore(const QString &path)
{
    const QString library = m_session->store()->path();
    m_pool.waitForDone(); // a check under way reports on the library being replaced: dropped
    m_session->close();
    const Result<QString> replaced = LibraryBackup::restore(library, path, QDateTime::currentDateTimeUtc());
    // Open again whatever happened: the restored library, or the one that stayed.
    const bool reopened = m_session->open(library, LibraryStore::OpenMode::Existing);
    if (reopened)
        m_session->loadHistory();
    if (m_dialog)
        m_dialog->accept();
    Q_EMIT libraryReplaced();
    if (replaced.failed() || !reopened) {
        QMessageBox::warning(m_window, tr("Restore from Backup"),
            replaced.failed() ? replaced.error() : m_session->store()->errorString());
        return false;
    }
    Q_EMIT message(replaced->isEmpty() ? tr("Restored the backup.")
                                       : tr("Restored the backup; the library it replaced is kept as %1")
                                             .arg(QDir::toNativeSeparators(*replaced)));
    return true;
}

} // namespace Colloquy
