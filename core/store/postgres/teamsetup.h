#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Colloquy::Store {

class PgConnection;

/**
 * Sets up a team library on a PostgreSQL server and names its members: what
 * `colloquy-cli library init-server` and `library grant` do.
 *
 * initServer() makes the group roles colloquy_reader, colloquy_coder and
 * colloquy_editor where the server lacks them (roles belong to the whole
 * server, so every library on it shares them), then brings the schema to the
 * latest version, each version in one transaction under an advisory lock, so
 * that two owners running it at once cannot both migrate. The rights come with
 * the schema: table privileges per role and row-level security on the
 * annotations (see pgmigrations.cpp). It is meant for the database's owner,
 * who needs the CREATEROLE attribute the first time the roles are made.
 *
 * Works on a connection it does not own; use from the connection's thread.
 * Every failure leaves the server as it was for the failed step and is one
 * sentence in errorString().
 */
class TeamSetup
{
public:
    /// What a member may do: read; also annotate; also edit articles, segmentation and the codebook.
    enum class Role
    {
        Reader,
        Coder,
        Editor,
    };

    explicit TeamSetup(PgConnection &connection);

    /// `reader`, `coder` or `editor`; nullopt for anything else.
    static std::optional<Role> roleFromName(const QString &name);
    /// The server's group role: colloquy_reader, colloquy_coder or colloquy_editor.
    static QString groupRoleName(Role role);
    /// The schema version initServer() brings a library to.
    static int latestSchemaVersion();

    /// The library's schema version: 0 for a database init-server has not run on; nullopt on error.
    std::optional<int> schemaVersion();
    /// Makes the missing roles and migrates; false with errorString() when a step failed.
    bool initServer();
    /**
     * Makes the existing login `login` a member of `role`'s group, and of no other colloquy group,
     * so that granting again changes a member's role. False when the login does not exist or the
     * connected user may not grant.
     */
    bool grant(const QString &login, Role role);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);
    bool migrateTo(int version, const QStringList &statements);
    /// The colloquy_* groups `login` is a direct member of; nullopt after a failure.
    std::optional<QStringList> groupsOf(const QString &login);

    PgConnection &m_connection;
    QString m_error;
};

} // namespace Colloquy::Store
