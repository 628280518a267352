#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>

// Internals of LibraryStore: the schema history and the few SQL helpers it
// shares with the store. Not installed, not for the UI.

namespace Colloquy::Store {

/// Colloquy's `PRAGMA application_id` ("Colq"), set by migration 1, so that
/// another program's SQLite file is refused instead of migrated.
inline constexpr int ApplicationId = 0x436f6c71;

/// One step of the schema: the statements that take a database from
/// `version - 1` to `version`. One statement per entry (QSqlQuery runs one per exec()).
struct Migration
{
    int version = 0;
    QStringList statements;
    /// Runs after the statements, in the same transaction: data that needs the core's C++ rules.
    std::function<bool(const QSqlDatabase &, QString *)> finish = {};
};

/// The schema history, oldest first. Append new versions; never edit a released one.
std::span<const Migration> schemaMigrations();

/// The version the last of schemaMigrations() produces.
int latestSchemaVersion();

/**
 * Applies, in order, each migration newer than the database's `user_version`.
 * Each runs in one IMMEDIATE transaction together with its `user_version`
 * bump, so a database is always at exactly one version. Stops at the first
 * failure, which is rolled back; `error` names the version and the reason.
 */
bool applyMigrations(QSqlDatabase &db, std::span<const Migration> migrations, QString *error);

/**
 * Links speakers that have no person yet to a person profile (a new one when
 * no profile matches unambiguously), by PersonName's rules, and refreshes the
 * display names of the profiles it touched. `articleId` 0 links every
 * unlinked speaker of the library (in import order); otherwise those of one
 * article. A speaker whose name is a key of `previous` goes back to that
 * profile: re-importing an article rebuilds its speakers rows, and the user's
 * merges and names must survive that. Runs inside the caller's transaction.
 * (peoplestore.cpp)
 */
bool linkSpeakersToPeople(
    const QSqlDatabase &db, qint64 articleId, QString *error, const QHash<QString, qint64> &previous = {});

/**
 * After speakers left `people` (their article was removed): removes the
 * profiles left without an appearance and names the others after their
 * fullest remaining variant, unless the user named them. Runs inside the
 * caller's transaction. (peoplestore.cpp)
 */
bool refreshPeople(const QSqlDatabase &db, const QList<qint64> &people, QString *error);

/// Runs a constant statement returning one integer (`PRAGMA user_version`, `SELECT count(*) …`).
std::optional<qint64> queryInt(const QSqlDatabase &db, const QString &sql, QString *error);

/**
 * A write transaction that rolls back unless commit() succeeded.
 *
 * It starts with BEGIN IMMEDIATE: the write lock is taken up front, so a second
 * process waits for busy_timeout instead of failing halfway with SQLITE_BUSY
 * when a deferred transaction tries to upgrade its read lock.
 */
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();

    bool begin(QString *error);
    /// Every QSqlQuery that wrote in the transaction must be finished or destroyed first.
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Colloquy::Store
