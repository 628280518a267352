#include "store/transaction_p.h"

#include "logging.h"
#include "store/database_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

Transaction::Transaction(Database &db)
    : m_db(db)
{ }

Transaction::~Transaction()
{
    if (!m_open)
        return;
    const Statement rollback = m_db.run(u"ROLLBACK"_s);
    if (!rollback.ok())
        qCWarning(lcStore) << "rollback failed:" << rollback.errorText();
}

bool Transaction::begin(QString *error)
{
    Q_ASSERT(!m_open);
    const Statement begin = m_db.run(u"BEGIN IMMEDIATE"_s);
    if (!begin.ok()) {
        *error = begin.errorText();
        return false;
    }
    m_open = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    Q_ASSERT(m_open);
    const Statement commit = m_db.run(u"COMMIT"_s);
    if (!commit.ok()) {
        // A failed COMMIT leaves the transaction open; the destructor rolls it back.
        *error = commit.errorText();
        return false;
    }
    m_open = false;
    return true;
}

} // namespace Colloquy::Store
