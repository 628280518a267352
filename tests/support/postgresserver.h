#pragma once

#include "model/librarylocation.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Colloquy::Testing {

/**
 * A PostgreSQL server of the test's own: the distribution's initdb and pg_ctl
 * (/usr/lib/postgresql/N/bin) make a cluster in a fresh temporary folder and
 * start it listening only on a Unix socket in that folder (no TCP), so tests
 * running in parallel each have their own server and nothing reaches the
 * machine's. The cluster's superuser is `postgres`, with trust
 * authentication on the socket: any role that may log in connects without a
 * password.
 *
 * PostgreSQL refuses to run as root; when the test runs as root (containers,
 * CI), the server's programs run as `nobody` (setpriv), and the folder is
 * handed to that user.
 *
 *     if (!PostgresServer::isInstalled())
 *         QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
 *     PostgresServer server;
 *     QVERIFY2(server.start(), qPrintable(server.errorString()));
 *
 * start() waits until the server accepts connections (pg_ctl -w, bounded);
 * the destructor stops it and removes the folder. Failures are one sentence
 * in errorString(), with the end of the server's log. Use from one thread.
 */
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /// The folder with initdb, pg_ctl and postgres (the newest version installed); empty when none.
    static QString binDirectory();
    /// True when the server's programs and Qt's QPSQL driver are both here.
    static bool isInstalled();
    /// Why isInstalled() is false, for QSKIP.
    static QString notInstalledMessage();

    /// Makes the cluster and starts the server; false with errorString().
    bool start();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    /// The folder holding the server's socket.
    QString socketFolder() const;
    int port() const;
    /// A URI for `user` on `database`, over the socket (postgresql://user@/database?host=…&port=…).
    QString uri(const QString &user, const QString &database) const;
    LibraryLocation location(const QString &user, const QString &database) const;

    /// Runs `sql` as the superuser on `database`; false with a warning when it fails.
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres")) const;
    /// CREATE ROLE name LOGIN (plus `attributes`, e.g. "CREATEROLE").
    bool createLogin(const QString &name, const QString &attributes = QString()) const;
    /// CREATE DATABASE name OWNER owner.
    bool createDatabase(const QString &name, const QString &owner) const;

private:
    /// Runs a server program (as `nobody` when root) until it exits, at most `timeoutMs`.
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    bool m_running = false;
};

} // namespace Colloquy::Testing
