#include "session/autobackup.h"

#include "logging.h"

#include <QMetaObject>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

AutoBackup::AutoBackup(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pool.setMaxThreadCount(1);
}

AutoBackup::~AutoBackup()
{
    m_pool.waitForDone();
}

void AutoBackup::setLibrary(const QString &path)
{
    m_library = path;
    m_notBefore = QDateTime();
}

void AutoBackup::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void AutoBackup::setInterval(qint64 seconds)
{
    m_interval = qMax<qint64>(60, seconds);
    m_notBefore = QDateTime();
}

void AutoBackup::setPolicy(const BackupPolicy &policy)
{
    m_policy = policy;
}

void AutoBackup::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void AutoBackup::writeHappened()
{
    if (!m_enabled || m_running || m_library.isEmpty())
        return;
    const QDateTime now = m_clock();
    if (m_notBefore.isValid() && now < m_notBefore)
        return;
    if (!LibraryBackup::isDue(m_library, now, m_interval)) {
        const QList<BackupInfo> backups = LibraryBackup::list(m_library);
        m_notBefore = backups.isEmpty() ? QDateTime() : backups.constFirst().time.addSecs(m_interval);
        return;
    }
    start(true);
}

bool AutoBackup::backUpNow()
{
    if (m_running) {
        Q_EMIT finished({}, tr("A backup is being made already; try again in a moment."));
        return false;
    }
    if (m_library.isEmpty()) {
        Q_EMIT finished({}, tr("No library is open."));
        return false;
    }
    start(false);
    return true;
}

void AutoBackup::waitForIdle()
{
    m_pool.waitForDone();
}

void AutoBackup::start(bool rotate)
{
    m_running = true;
    const QString library = m_library;
    const QDateTime now = m_clock();
    const BackupPolicy policy = m_policy;
    // The worker opens connections of its own: the store's stays on this thread.
    m_pool.start([this, library, now, policy, rotate] {
        const Result<BackupInfo> made = LibraryBackup::make(library, now);
        QString rotationError;
        if (made.ok() && rotate) {
            const Result<QStringList> removed = LibraryBackup::rotate(library, now, policy);
            if (removed.failed())
                rotationError = removed.error();
        }
        QMetaObject::invokeMethod(
            this, [this, made, rotationError] { done(made, rotationError); }, Qt::QueuedConnection);
    });
}

void AutoBackup::done(const Result<BackupInfo> &made, const QString &rotationError)
{
    m_running = false;
    if (made.failed()) {
        qCWarning(lcStore).noquote() << "backup failed:" << made.error();
        Q_EMIT finished({}, made.error());
        return;
    }
    m_notBefore = made->time.addSecs(m_interval);
    if (!rotationError.isEmpty())
        qCWarning(lcStore).noquote() << rotationError;
    Q_EMIT finished(*made, rotationError);
}

} // namespace Colloquy
