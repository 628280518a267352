#pragma once

#include <QString>
#include <QtGlobal>

namespace Colloquy::Store {

class Database;

/**
 * A write transaction that rolls back unless commit() succeeded.
 *
 * The outermost one starts with BEGIN IMMEDIATE: the write lock is taken up
 * front, so a second process waits for busy_timeout instead of failing
 * halfway with SQLITE_BUSY when a deferred transaction tries to upgrade its
 * read lock. One begun while another is open on the same Database is a
 * SAVEPOINT inside it: its commit() releases the savepoint (the outer one
 * still decides), its rollback undoes only its own writes. So a write that is
 * one transaction alone joins a larger step unchanged.
 *
 * SQLite rolls a whole transaction back by itself after some errors (a full
 * disk, an I/O error): then the savepoints are gone too. The Database notes
 * that, and every later begin() and commit() of that transaction fails until
 * the outermost Transaction is gone, so nothing written afterwards can commit
 * on its own. Lives on the stack of one write; the Database must outlive it.
 */
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();

    bool begin(QString *error);
    /// Every Statement that ran in the transaction must be gone first.
    bool commit(QString *error);
    /// Rolls back now (the destructor would); harmless when not open.
    void rollback();

private:
    Database &m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_open = false;
};

} // namespace Colloquy::Store
