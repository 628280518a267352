#include "postgresserver.h"

#include "store/postgres/pgconnection.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {
/// Not the default 5432: every URI the tests make has to carry its port.
constexpr int Port = 55432;
constexpr int InitTimeoutMs = 120000;
constexpr int StartTimeoutSeconds = 60;
const QString Superuser = u"postgres"_s;

/// The unprivileged user the server runs as when we are root.
const char *const ServerUser = "nobody";
const char *const ServerGroup = "nogroup";

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}
} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (!m_running)
        return;
    // A fast stop ends the sessions and checkpoints; should it hang, an immediate one does not wait.
    const QString data = m_dir->filePath(u"data"_s);
    for (const QString &mode : {u"fast"_s, u"immediate"_s}) {
        if (runTool(u"pg_ctl"_s, {u"stop"_s, u"-D"_s, data, u"-m"_s, mode, u"-w"_s, u"-t"_s, u"30"_s}, 40000))
            return;
        qWarning().noquote() << "PostgresServer: could not stop the server:" << m_error;
    }
}

QString PostgresServer::binDirectory()
{
    // Debian installs each major version beside the others: take the newest complete one.
    QDir root(u"/usr/lib/postgresql"_s);
    QString best;
    QVersionNumber bestVersion;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + u"/bin"_s);
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s) && number > bestVersion) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

bool PostgresServer::isInstalled()
{
    return !binDirectory().isEmpty() && Store::PgConnection::isDriverAvailable();
}

QString PostgresServer::notInstalledMessage()
{
    if (binDirectory().isEmpty())
        return u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; Debian: postgresql)"_s;
    return u"Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"_s;
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    const QString program = binDirectory() + u'/' + tool;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0) {
        process.start(u"setpriv"_s,
            QStringList {u"--reuid=%1"_s.arg(QLatin1StringView(ServerUser)),
                u"--regid=%1"_s.arg(QLatin1StringView(ServerGroup)), u"--clear-groups"_s, u"--"_s, program} +
                arguments);
    } else {
        process.start(program, arguments);
    }
    const QDeadlineTimer deadline(timeoutMs);
    if (!process.waitForFinished(int(deadline.remainingTime()))) {
        process.kill();
        process.waitForFinished();
        m_error =
            u"%1 did not finish in %2 s: %3"_s.arg(tool).arg(timeoutMs / 1000).arg(process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error =
            u"%1 failed: %2%3"_s.arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed(), logTail());
        return false;
    }
    return true;
}

QString PostgresServer::logTail() const
{
    QFile log(m_dir->filePath(u"server.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return u"\nserver log:\n"_s + QString::fromLocal8Bit(text.right(2000));
}

bool PostgresServer::start()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/colloquy-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"no temporary folder: "_s + m_dir->errorString();
        return false;
    }
    if (geteuid() == 0) {
        const passwd *user = getpwnam(ServerUser);
        const group *userGroup = getgrnam(ServerGroup);
        if (!user || !userGroup ||
            chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, userGroup->gr_gid) != 0) {
            m_error = u"cannot hand %1 to %2:%3 (PostgreSQL refuses to run as root)"_s.arg(
                m_dir->path(), QLatin1StringView(ServerUser), QLatin1StringView(ServerGroup));
            return false;
        }
    }
    const QString data = m_dir->filePath(u"data"_s);
    // Speed over durability: the cluster lives as long as one test.
    if (!runTool(u"initdb"_s,
            {u"-D"_s, data, u"-U"_s, Superuser, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
                u"--no-sync"_s},
            InitTimeoutMs)) {
        return false;
    }
    const QString serverOptions =
        u"-k %1 -p %2 -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off"_s
            .arg(m_dir->path())
            .arg(Port);
    // -w: pg_ctl itself waits until the server accepts connections, at most -t seconds.
    if (!runTool(u"pg_ctl"_s,
            {u"start"_s, u"-D"_s, data, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-o"_s, serverOptions,
                u"-w"_s, u"-t"_s, QString::number(StartTimeoutSeconds)},
            (StartTimeoutSeconds + 10) * 1000)) {
        return false;
    }
    m_running = true;
    return true;
}

QString PostgresServer::socketFolder() const
{
    return m_dir ? m_dir->path() : QString();
}

int PostgresServer::port() const
{
    return Port;
}

QString PostgresServer::uri(const QString &user, const QString &database) const
{
    return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, database, socketFolder()).arg(Port);
}

LibraryLocation PostgresServer::location(const QString &user, const QString &database) const
{
    return LibraryLocation::parse(uri(user, database)).value();
}

bool PostgresServer::exec(const QString &sql, const QString &database) const
{
    Store::PgConnection connection;
    if (!connection.open(location(Superuser, database))) {
        qWarning().noquote() << "PostgresServer:" << connection.errorString();
        return false;
    }
    QSqlQuery query(connection.database());
    if (!query.exec(sql)) {
        qWarning().noquote() << "PostgresServer:" << sql << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool PostgresServer::createLogin(const QString &name, const QString &attributes) const
{
    return exec(u"CREATE ROLE %1 LOGIN %2"_s.arg(quoted(name), attributes));
}

bool PostgresServer::createDatabase(const QString &name, const QString &owner) const
{
    return exec(u"CREATE DATABASE %1 OWNER %2"_s.arg(quoted(name), quoted(owner)));
}

} // namespace Colloquy::Testing
