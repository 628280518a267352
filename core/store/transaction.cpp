#include "store/transaction_p.h"

#include "logging.h"
#include "store/database_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

namespace {

QString lostTransaction()
{
    return u"an earlier write of this step failed and SQLite rolled the whole step back"_s;
}

} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
{ }

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    Q_ASSERT(!m_open);
    const int depth = m_db.transactionDepth();
    if (depth > 0 && m_db.transactionLost()) {
        *error = lostTransaction();
        return false;
    }
    m_savepoint = depth > 0 ? u"colloquy_%1"_s.arg(depth) : QString();
    const Statement begin =
        m_db.run(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (!begin.ok()) {
        *error = begin.errorText();
        return false;
    }
    m_open = true;
    m_db.enterTransaction();
    return true;
}

bool Transaction::commit(QString *error)
{
    Q_ASSERT(m_open);
    if (m_db.transactionLost()) {
        *error = lostTransaction();
        return false;
    }
    const Statement commit = m_db.run(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (!commit.ok()) {
        // A failed COMMIT leaves the transaction open; rollback() ends it.
        *error = commit.errorText();
        return false;
    }
    m_open = false;
    m_db.leaveTransaction();
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_savepoint.isEmpty()) {
        const Statement rollback = m_db.run(u"ROLLBACK"_s);
        // Fails only when SQLite has rolled back already (a full disk, an I/O error).
        if (!rollback.ok() && !m_db.transactionLost())
            qCWarning(lcStore) << "rollback failed:" << rollback.errorText();
    } else if (!m_db.transactionLost()) {
        // ROLLBACK TO keeps the savepoint open; RELEASE then ends it, with nothing left in it.
        const Statement back = m_db.run(u"ROLLBACK TO "_s + m_savepoint);
        if (!back.ok()) {
            qCWarning(lcStore) << "the step's transaction is gone:" << back.errorText();
            m_db.markTransactionLost();
        } else {
            const Statement release = m_db.run(u"RELEASE "_s + m_savepoint);
            if (!release.ok())
                m_db.markTransactionLost();
        }
    }
    m_db.leaveTransaction();
}

} // namespace Colloquy::Store
