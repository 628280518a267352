#pragma once

#include "model/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Colloquy {

/**
 * Where a library lives: a file (SQLite, the default) or a PostgreSQL database
 * named by a connection URI in libpq's form:
 *
 *     postgresql://user@host:port/dbname
 *     postgresql://user@/dbname?host=/socket/folder
 *     postgres://...                  (the same)
 *
 * as the user types it after `--library` or in the GUI. parse() tells the two
 * apart and checks a URI; it never touches the file or the server. Parts left
 * out of a URI stay empty (port 0), so that libpq's own defaults apply (the
 * login name, the default socket folder, port 5432). A password in the URI is
 * kept for connecting but never shown by displayString().
 *
 * A plain value type: copy it, compare it, keep it.
 */
class LibraryLocation
{
public:
    enum class Kind
    {
        File,
        PostgreSql,
    };

    /// An empty file location (isEmpty()).
    LibraryLocation() = default;
    /// The library file at `path`, as given.
    static LibraryLocation file(const QString &path);
    /**
     * `text` as a location: a `postgresql://` or `postgres://` URI, else a file
     * path. A malformed URI, or another scheme (`mysql://…`), fails with a
     * sentence that names the part at fault.
     */
    static Result<LibraryLocation> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isPostgreSql() const { return m_kind == Kind::PostgreSql; }
    bool isEmpty() const { return m_kind == Kind::File && m_path.isEmpty(); }

    /// The library file; empty for a server.
    QString filePath() const { return m_path; }

    // The parts of a server location, percent-decoded; empty when left out.
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// A host name, an IP address, or a folder holding the server's Unix socket (starts with '/').
    QString host() const { return m_host; }
    bool hostIsSocketFolder() const { return m_host.startsWith(u'/'); }
    /// 0 when left out (libpq's default, 5432).
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    /// The URI's other parameters (`sslmode`, `connect_timeout`, …), for libpq as they are.
    QMap<QString, QString> parameters() const { return m_parameters; }

    /// The file path, or the URI again without its password: for messages and titles.
    QString displayString() const;

    friend bool operator==(const LibraryLocation &, const LibraryLocation &) = default;

private:
    /// Reads the URI's `name=value&…` query; the reason when it is malformed.
    std::optional<QString> readParameters(const QString &query, QString *portText);

    Kind m_kind = Kind::File;
    QString m_path;
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QMap<QString, QString> m_parameters;
};

} // namespace Colloquy
