#include "store/postgres/pgconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

namespace {
const QString DriverName = u"QPSQL"_s;

/// libpq's `key=value;…` connect options for QPSQL; a value with ';' or '=' cannot be passed through.
std::optional<QString> connectOptions(const QMap<QString, QString> &parameters, QString *error)
{
    QStringList options;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (it.value().contains(u';') || it.value().contains(u'=')) {
            *error = u"The parameter %1 cannot contain ';' or '='."_s.arg(it.key());
            return std::nullopt;
        }
        options.append(it.key() + u'=' + it.value());
    }
    return options.join(u';');
}
} // namespace

PgConnection::PgConnection()
{
    static QAtomicInteger<quint64> counter;
    m_name = u"colloquy-pg-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::isDriverAvailable()
{
    return QSqlDatabase::isDriverAvailable(DriverName);
}

bool PgConnection::open(const LibraryLocation &location)
{
    close();
    if (!location.isPostgreSql()) {
        m_error = u"'%1' is not a PostgreSQL library."_s.arg(location.displayString());
        return false;
    }
    if (!isDriverAvailable()) {
        m_error = u"Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql."_s;
        return false;
    }
    const std::optional<QString> options = connectOptions(location.parameters(), &m_error);
    if (!options)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, m_name);
    db.setUserName(location.user());
    db.setPassword(location.password());
    db.setHostName(location.host());
    if (location.port() != 0)
        db.setPort(location.port());
    db.setDatabaseName(location.databaseName());
    db.setConnectOptions(*options);
    if (!db.open()) {
        // The server's own words; the driver's "Unable to connect" adds nothing.
        const QSqlError error = db.lastError();
        const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        m_error = u"Cannot connect to %1: %2"_s.arg(location.displayString(), reason.trimmed());
        db = QSqlDatabase(); // the last handle must be gone before removeDatabase()
        close();
        return false;
    }
    QSqlQuery who(u"SELECT current_user"_s, db);
    m_userName = who.next() ? who.value(0).toString() : QString();
    m_error.clear();
    return true;
}

bool PgConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void PgConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
    m_userName.clear();
}

QSqlDatabase PgConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Colloquy::Store
