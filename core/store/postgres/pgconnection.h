#pragma once

#include "model/librarylocation.h"

#include <QSqlDatabase>
#include <QString>

namespace Colloquy::Store {

/**
 * One connection to a library on a PostgreSQL server, through Qt's QPSQL
 * driver: the user, host or socket folder, port, database and other libpq
 * parameters of a LibraryLocation.
 *
 * Owns a uniquely named QSqlDatabase connection, closed and removed with this
 * object. open() reports a missing driver (Debian: libqt6sql6-psql), a
 * location that is not a server, and the server's refusal as one sentence in
 * errorString(). Use from the thread that made it, as every QSqlDatabase.
 */
class PgConnection
{
    Q_DISABLE_COPY_MOVE(PgConnection)
public:
    PgConnection();
    ~PgConnection();

    /// True when Qt can load its QPSQL driver here.
    static bool isDriverAvailable();

    /// Connects to `location`; false with errorString() when it cannot.
    bool open(const LibraryLocation &location);
    bool isOpen() const;
    void close();
    /// The open connection (invalid before open()).
    QSqlDatabase database() const;
    /// The login this connection runs as (the server's current_user); empty before open().
    QString userName() const { return m_userName; }
    QString errorString() const { return m_error; }

private:
    QString m_name;
    QString m_userName;
    QString m_error;
};

} // namespace Colloquy::Store
