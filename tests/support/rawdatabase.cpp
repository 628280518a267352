#include "rawdatabase.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {
int connections = 0;
} // namespace

RawDatabase::RawDatabase(const QString &path)
    : m_name(u"colloquy-test-raw-%1"_s.arg(++connections))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    m_open = db.open();
}

RawDatabase::~RawDatabase()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawDatabase::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawDatabase::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

qint64 RawDatabase::value(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Colloquy::Testing
