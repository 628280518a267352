#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Colloquy::Store {

/// One step of the PostgreSQL schema: its version and the statements that reach it from the one
/// before, run in one transaction (PostgreSQL's DDL is transactional).
struct PgMigration
{
    int version = 0;
    QStringList statements;
};

/// The PostgreSQL schema's steps, versions counting up from 1.
std::span<const PgMigration> pgSchemaMigrations();
int pgLatestSchemaVersion();

/// The statements that make the group roles colloquy_reader, colloquy_coder (a reader) and
/// colloquy_editor (a coder) where they are missing; roles belong to the whole server.
QString pgCreateGroupRolesStatement();

/// Runs one statement on `db`; the server's message when it fails.
std::optional<QString> pgExec(const QSqlDatabase &db, const QString &sql);

} // namespace Colloquy::Store
