#pragma once

#include "store/statement_p.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <vector>

namespace Colloquy::Store {

/**
 * One SQLite connection through Qt's QSQLITE driver, and the prepared
 * statements kept for it: the seam between the store's SQL and the database.
 *
 * run() prepares a statement once per connection and SQL text and keeps it
 * for the next call (a single edit runs a handful of statements; preparing
 * them every time cost more than running them), unless it bound or read a
 * large value, which keeping it would keep in memory. A statement handed out is
 * the holder's until its Statement dies; asking for the same SQL meanwhile
 * (a nested read) prepares a second one. runOnce() is for SQL that is not
 * worth keeping (schema changes, PRAGMA with a value in its text).
 *
 * What is SQLite's alone (the driver, PRAGMA, BEGIN IMMEDIATE, the "not a
 * database" code) is here, in Transaction and in the store's open(); the
 * statements themselves live in the store's topic files.
 *
 * Owned by LibraryStore (or a migration test); not copyable; use it from the
 * thread that opened it.
 */
class Database
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    Database() = default;
    /// Works on `connection`, opened by someone else (a migration test), which close() leaves open.
    explicit Database(const QSqlDatabase &connection)
        : m_db(connection)
    { }
    ~Database();

    /// How open() may use the file.
    enum class Access
    {
        ReadWrite,
        /// SQLite's read-only mode: reads the WAL, never writes the database.
        ReadOnly,
        /// The `immutable` URI parameter: no locks and no `-shm` file, for a
        /// folder or medium that cannot hold them. Nobody may write meanwhile.
        Immutable,
    };

    /// Opens `filePath` on a connection of its own; false with the driver's reason in `error`.
    bool open(const QString &filePath, QString *error, Access access = Access::ReadWrite);
    /// Drops the kept statements and closes the connection it opened. Every Statement must be gone.
    void close();
    bool isOpen() const;
    QString fileName() const;

    /// Prepares `sql` (or takes the kept statement), binds `binds` and runs it.
    Statement run(const QString &sql, Binds binds = {});
    /// The statement for `sql`, prepared but not run: exec() it once per row of a loop.
    Statement prepare(const QString &sql);
    /// Runs `sql` once without keeping the statement.
    Statement runOnce(const QString &sql);

    // The Transactions open on this connection (see Transaction).
    int transactionDepth() const { return m_depth; }
    /// SQLite rolled the open transaction back by itself; true until the outermost Transaction ends.
    bool transactionLost() const { return m_lost; }
    void enterTransaction() { ++m_depth; }
    void leaveTransaction()
    {
        if (--m_depth == 0)
            m_lost = false;
    }
    void markTransactionLost() { m_lost = true; }

private:
    friend class Statement;
    /// Takes back a statement its Statement is done with.
    void keep(const QString &sql, std::unique_ptr<QSqlQuery> query);

    QString m_connectionName;
    QSqlDatabase m_db;
    std::map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idle;
    int m_depth = 0;
    bool m_lost = false;
};

} // namespace Colloquy::Store
