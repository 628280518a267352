#pragma once

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>

// Internals of LibraryStore: the schema history and the SQL helpers the
// migrations share with the store. Not installed, not for the UI.

namespace Colloquy {
class PersonMatcher;
}

namespace Colloquy::Store {

class Database;

/// Colloquy's `PRAGMA application_id` ("Colq"), set by migration 1, so that
/// another program's SQLite file is refused instead of migrated.
inline constexpr int ApplicationId = 0x436f6c71;

/// One step of the schema: the statements that take a database from
/// `version - 1` to `version`. One statement per entry (a statement runs one at a time).
struct Migration
{
    int version = 0;
    QStringList statements;
    /// Runs after the statements, in the same transaction: data that needs the core's rules.
    std::function<bool(Database &, const PersonMatcher *, QString *)> finish = {};
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
 * `matcher` (may be null) is what the migrations that link speakers use.
 */
bool applyMigrations(
    Database &db, std::span<const Migration> migrations, const PersonMatcher *matcher, QString *error);

/**
 * Links speakers that have no person yet to a person profile (a new one when
 * `matcher` finds none), and refreshes the display names of the profiles it
 * touched. `articleId` 0 links every unlinked speaker of the library (in
 * import order); otherwise those of one article. A speaker whose name is a key
 * of `previous` goes back to that profile: re-importing an article rebuilds
 * its speakers rows, and the user's merges and names must survive that. Runs
 * inside the caller's transaction; without a matcher it links nobody.
 * (peoplestore.cpp)
 */
bool linkSpeakersToPeople(Database &db, const PersonMatcher *matcher, qint64 articleId, QString *error,
    const QHash<QString, qint64> &previous = {});

/**
 * After speakers left `people` (their article was removed): removes the
 * profiles left without an appearance and names the others after their
 * fullest remaining variant (as `matcher` says), unless the user named them.
 * Runs inside the caller's transaction. (peoplestore.cpp)
 */
bool refreshPeople(Database &db, const PersonMatcher *matcher, const QList<qint64> &people, QString *error);

/// Counts the words of every stored segment (countWords() over its
/// paragraphs) into segments.word_count; inside the caller's transaction.
/// (comparisonstore.cpp)
bool countSegmentWords(Database &db, QString *error);

/// Runs a constant statement returning one integer (`PRAGMA user_version`, `SELECT count(*) …`).
std::optional<qint64> queryInt(Database &db, const QString &sql, QString *error);

} // namespace Colloquy::Store
