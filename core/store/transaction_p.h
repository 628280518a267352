#pragma once

#include <QString>
#include <QtGlobal>

namespace Colloquy::Store {

class Database;

/**
 * A write transaction that rolls back unless commit() succeeded.
 *
 * It starts with BEGIN IMMEDIATE: the write lock is taken up front, so a second
 * process waits for busy_timeout instead of failing halfway with SQLITE_BUSY
 * when a deferred transaction tries to upgrade its read lock. Lives on the
 * stack of one write; the Database must outlive it.
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

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Colloquy::Store
