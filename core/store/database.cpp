#include "store/database_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <algorithm>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter {0};
    return u"colloquy-store-%1"_s.arg(++counter);
}

// Past this many bytes a bound value is worth freeing at once rather than keeping with its statement.
constexpr qsizetype LargeValueBytes = 64 * 1024;

bool holdsLargeValue(const QSqlQuery &query)
{
    const QVariantList bound = query.boundValues();
    return std::any_of(bound.cbegin(), bound.cend(), [](const QVariant &value) {
        switch (value.typeId()) {
        case QMetaType::QString:
            return value.toString().size() * qsizetype(sizeof(QChar)) > LargeValueBytes;
        case QMetaType::QByteArray:
            return value.toByteArray().size() > LargeValueBytes;
        default:
            return false;
        }
    });
}

} // namespace

Statement::Statement(Database *owner, const QString &sql, std::unique_ptr<QSqlQuery> query)
    : m_owner(owner)
    , m_sql(sql)
    , m_query(std::move(query))
{ }

Statement::Statement(Statement &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
    , m_readLarge(other.m_readLarge)
{ }

Statement::~Statement()
{
    if (!m_query)
        return;
    // Resets the statement: an unfinished SELECT would hold its read lock and block COMMIT.
    m_query->finish();
    // A statement that bound or read a large value (an article's bytes or text)
    // is not kept: the driver and SQLite would hold that value, and SQLite's
    // converted copy of it, alive until the statement runs again. Preparing it
    // anew costs little beside such a value.
    if (m_readLarge || holdsLargeValue(*m_query))
        return;
    if (m_owner)
        m_owner->keep(m_sql, std::move(m_query));
}

void Statement::bind(const QString &name, const QVariant &value)
{
    m_query->bindValue(name, value);
}

bool Statement::exec(Binds binds)
{
    for (const Bind &bind : binds)
        m_query->bindValue(bind.name, bind.value);
    return m_query->exec();
}

bool Statement::ok() const
{
    return m_query && !m_query->lastError().isValid();
}

QString Statement::errorText() const
{
    // SQLite's own text may end with a newline.
    return m_query ? m_query->lastError().text().simplified() : u"no statement"_s;
}

QString Statement::nativeErrorCode() const
{
    return m_query ? m_query->lastError().nativeErrorCode() : QString();
}

bool Statement::next()
{
    return m_query->next();
}

bool Statement::isNull(int column) const
{
    return m_query->isNull(column);
}

qint64 Statement::integer(int column) const
{
    return m_query->value(column).toLongLong();
}

double Statement::real(int column) const
{
    return m_query->value(column).toDouble();
}

QString Statement::text(int column) const
{
    // Qt reports NULL as a null variant of the column's type; make it a null QString whatever that is.
    if (m_query->isNull(column))
        return {};
    QString text = m_query->value(column).toString();
    m_readLarge = m_readLarge || text.size() * qsizetype(sizeof(QChar)) > LargeValueBytes;
    return text;
}

QByteArray Statement::bytes(int column) const
{
    QByteArray bytes = m_query->value(column).toByteArray();
    m_readLarge = m_readLarge || bytes.size() > LargeValueBytes;
    return bytes;
}

QVariant Statement::value(int column) const
{
    return m_query->isNull(column) ? QVariant() : m_query->value(column);
}

int Statement::columnCount() const
{
    return m_query->record().count();
}

QString Statement::columnName(int column) const
{
    return m_query->record().fieldName(column);
}

QDateTime Statement::time(int column) const
{
    QDateTime time = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

qint64 Statement::insertedId() const
{
    return m_query->lastInsertId().toLongLong();
}

int Statement::rowsAffected() const
{
    return m_query->numRowsAffected();
}

QString timeText(const QDateTime &time)
{
    // Fixed width with milliseconds and `Z`: sorts as text in time order.
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath, QString *error, Access access)
{
    close();
    m_connectionName = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid()) {
        *error = u"the Qt SQLite driver (QSQLITE) is not available"_s;
        return false;
    }
    switch (access) {
    case Access::ReadWrite:
        m_db.setDatabaseName(filePath);
        break;
    case Access::ReadOnly:
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_db.setDatabaseName(filePath);
        break;
    case Access::Immutable:
        // A URI file name: `?`, `#` and `%` in the path must be escaped, which QUrl does.
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        m_db.setDatabaseName(QUrl::fromLocalFile(filePath).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        break;
    }
    if (!m_db.open()) {
        *error = m_db.lastError().text().simplified();
        return false;
    }
    return true;
}

void Database::close()
{
    m_idle.clear();
    if (m_connectionName.isEmpty()) {
        m_db = QSqlDatabase();
        return;
    }
    m_db.close();
    // The handle must be gone before removeDatabase(), or Qt warns the connection is still in use.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

QString Database::fileName() const
{
    return m_db.databaseName();
}

Statement Database::prepare(const QString &sql)
{
    auto idle = m_idle.find(sql);
    if (idle != m_idle.end() && !idle->second.empty()) {
        std::unique_ptr<QSqlQuery> query = std::move(idle->second.back());
        idle->second.pop_back();
        return Statement(this, sql, std::move(query));
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    // A statement that did not prepare is not kept: the next call tries again.
    const bool prepared = query->prepare(sql);
    return Statement(prepared ? this : nullptr, sql, std::move(query));
}

Statement Database::run(const QString &sql, Binds binds)
{
    Statement statement = prepare(sql);
    if (statement.ok())
        statement.exec(binds);
    return statement;
}

Statement Database::runOnce(const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    query->exec(sql);
    return Statement(nullptr, sql, std::move(query));
}

void Database::keep(const QString &sql, std::unique_ptr<QSqlQuery> query)
{
    if (isOpen())
        m_idle[sql].push_back(std::move(query));
}

} // namespace Colloquy::Store
