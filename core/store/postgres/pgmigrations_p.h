#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Colloquy::Store {

/// One step of the PostgreSQL schema: its version and the statements that reach it from the one
/// before, run in one transaction (PostgreSQL's DDL is transactional).
struct PgMigration
{
    int version = 0;
    QStringList statements;
};

/// The PostgreSQL schema's steps, versions counting up from 1.
const QList<PgMigration> &pgSchemaMigrations();
int pgLatestSchemaVersion();

/// The statements that make the group roles colloquy_reader, colloquy_coder (a reader) and
/// colloquy_editor (a coder) where they are missing; roles belong to the whole server.
QString pgCreateGroupRolesStatement();

/// Runs one statement on `db`; the server's message when it fails.
std::optional<QString> pgExec(const QSqlDatabase &db, const QString &sql);
/// Runs `statements` in order until one fails; that one's message.
std::optional<QString> pgExecAll(const QSqlDatabase &db, const QStringList &statements);

} // namespace Colloquy::Store
