#include "store/postgres/teamsetup.h"

#include "logging.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/pgmigrations_p.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

namespace {
/// The key of the advisory lock held while migrating ('Clqy'): one migrator at a time per database.
constexpr qint64 MigrationLock = 0x436c7179;

const QString VersionTable =
    u"CREATE TABLE IF NOT EXISTS colloquy_schema (version integer PRIMARY KEY, applied_at timestamptz NOT "
    u"NULL DEFAULT now())"_s;
} // namespace

TeamSetup::TeamSetup(PgConnection &connection)
    : m_connection(connection)
{ }

std::optional<TeamSetup::Role> TeamSetup::roleFromName(const QString &name)
{
    if (name == u"reader"_s)
        return Role::Reader;
    if (name == u"coder"_s)
        return Role::Coder;
    if (name == u"editor"_s)
        return Role::Editor;
    return std::nullopt;
}

QString TeamSetup::groupRoleName(Role role)
{
    switch (role) {
    case Role::Reader:
        return u"colloquy_reader"_s;
    case Role::Coder:
        return u"colloquy_coder"_s;
    case Role::Editor:
        return u"colloquy_editor"_s;
    }
    return {};
}

int TeamSetup::latestSchemaVersion()
{
    return pgLatestSchemaVersion();
}

bool TeamSetup::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<int> TeamSetup::schemaVersion()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT to_regclass('colloquy_schema') IS NOT NULL"_s) || !query.next()) {
        fail(u"Cannot read the schema version: %1"_s.arg(query.lastError().databaseText().trimmed()));
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT COALESCE(max(version), 0) FROM colloquy_schema"_s) || !query.next()) {
        fail(u"Cannot read the schema version: %1"_s.arg(query.lastError().databaseText().trimmed()));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool TeamSetup::initServer()
{
    if (const auto problem = pgExec(m_connection.database(), pgCreateGroupRolesStatement())) {
        return fail(u"Cannot create the roles colloquy_reader, colloquy_coder and colloquy_editor (the "
                    u"first init-server on a server needs a user with CREATEROLE): %1"_s.arg(*problem));
    }
    for (const PgMigration &migration : pgSchemaMigrations()) {
        if (!migrateTo(migration.version, migration.statements))
            return false;
    }
    return true;
}

// One version in one transaction: the lock, the check that it is still missing, its statements and
// its row in colloquy_schema; a failed statement rolls all of it back.
bool TeamSetup::migrateTo(int version, const QStringList &statements)
{
    QSqlDatabase db = m_connection.database();
    const auto failMigration = [&](const QString &reason) {
        db.rollback();
        return fail(u"Migrating the library to schema version %1 failed: %2"_s.arg(version).arg(reason));
    };
    if (!db.transaction())
        return failMigration(db.lastError().text());
    // No notices ("already exists, skipping") for a library that is up to date.
    const QStringList start = {u"SET LOCAL client_min_messages = warning"_s,
        u"SELECT pg_advisory_xact_lock(%1)"_s.arg(MigrationLock), VersionTable};
    if (const auto problem = pgExecAll(db, start))
        return failMigration(*problem);
    QSqlQuery done(db);
    done.prepare(u"SELECT 1 FROM colloquy_schema WHERE version = ?"_s);
    done.addBindValue(version);
    if (!done.exec())
        return failMigration(done.lastError().databaseText());
    if (done.next()) {
        done.finish();
        return db.commit() || failMigration(db.lastError().text());
    }
    if (const auto problem = pgExecAll(db, statements))
        return failMigration(*problem);
    QSqlQuery record(db);
    record.prepare(u"INSERT INTO colloquy_schema (version) VALUES (?)"_s);
    record.addBindValue(version);
    if (!record.exec())
        return failMigration(record.lastError().databaseText());
    if (!db.commit())
        return failMigration(db.lastError().text());
    qCDebug(lcStore) << "migrated the server library to schema version" << version;
    return true;
}

std::optional<QStringList> TeamSetup::groupsOf(const QString &login)
{
    QSqlQuery groups(m_connection.database());
    groups.prepare(u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                   u"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? AND g.rolname IN "_s
                   u"('colloquy_reader', 'colloquy_coder', 'colloquy_editor')"_s);
    groups.addBindValue(login);
    QStringList names;
    if (!groups.exec()) {
        fail(u"Cannot read the roles of %1: %2"_s.arg(login, groups.lastError().databaseText().trimmed()));
        return std::nullopt;
    }
    while (groups.next())
        names.append(groups.value(0).toString());
    return names;
}

bool TeamSetup::grant(const QString &login, Role role)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery exists(db);
    exists.prepare(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s);
    exists.addBindValue(login);
    if (!exists.exec())
        return fail(
            u"Cannot look up the login %1: %2"_s.arg(login, exists.lastError().databaseText().trimmed()));
    if (!exists.next())
        return fail(
            u"The server has no login named %1; create it first (CREATE ROLE \"%1\" LOGIN)."_s.arg(login));
    if (!exists.value(0).toBool())
        return fail(u"%1 is a role that cannot log in; grant to a login role."_s.arg(login));
    exists.finish();
    const std::optional<QStringList> current = groupsOf(login);
    if (!current)
        return false;

    // Role names are identifiers, never bound parameters: quoted here. Only what changes is
    // revoked or granted, so the server has nothing to warn about.
    const QString who = u'"' + QString(login).replace(u'"', u"\"\""_s) + u'"';
    const QString wanted = groupRoleName(role);
    QStringList statements;
    for (const QString &group : *current) {
        if (group != wanted)
            statements.append(u"REVOKE %1 FROM %2"_s.arg(group, who));
    }
    if (!current->contains(wanted))
        statements.append(u"GRANT %1 TO %2"_s.arg(wanted, who));
    if (!db.transaction())
        return fail(db.lastError().text());
    if (const auto problem = pgExecAll(db, statements)) {
        db.rollback();
        return fail(u"Cannot make %1 a member of %2: %3"_s.arg(login, wanted, *problem));
    }
    return db.commit() || fail(db.lastError().text());
}

} // namespace Colloquy::Store
