#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Colloquy::Store {

class Database;

/// A value for one named placeholder (`:id`) of a statement.
struct Bind
{
    QString name;
    QVariant value;
};
/// The placeholders of one run, each bound exactly once: `{{u":id"_s, id}, …}`.
using Binds = std::initializer_list<Bind>;

/**
 * One prepared statement of a Database and the rows of its last run: the
 * RAII handle Database::run() and Database::prepare() give out.
 *
 * While the handle lives the statement is the caller's; its destructor resets
 * it (SQLite's locks and cursor go) and gives it back to the connection,
 * which hands it out again for the same SQL text without preparing it anew.
 * A handle must not outlive the Database that gave it; use it on that
 * Database's thread.
 *
 * Errors are values: ok() is false after a failed prepare, bind or step, and
 * errorText() says why. The column readers below are the one place that turns
 * SQL values into the core's types (NULL, ids, times, enum names).
 */
class Statement
{
    Q_DISABLE_COPY(Statement)
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    /// Binds one placeholder for the next exec().
    void bind(const QString &name, const QVariant &value);
    /// Binds `binds` and runs the statement (again); false on failure.
    bool exec(Binds binds = {});
    /// No failure so far: prepared, run and stepped without an error.
    bool ok() const;
    explicit operator bool() const { return ok(); }
    /// The driver's reason for the failure, on one line.
    QString errorText() const;
    /// SQLite's result code of the failure, as text (`"26"`: not a database).
    QString nativeErrorCode() const;

    /// The next row; false at the end and on a failure (then ok() is false).
    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// A row id, 0 for NULL.
    qint64 id(int column) const { return integer(column); }
    double real(int column) const;
    bool flag(int column) const { return integer(column) != 0; }
    /// A null QString for NULL.
    QString text(int column) const;
    QByteArray bytes(int column) const;
    /// The column's value as the driver gives it (a null QVariant for NULL),
    /// for code that copies rows whatever their columns.
    QVariant value(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    /// A time stored by timeText(); invalid for NULL.
    QDateTime time(int column) const;
    /// An enum stored by its name; `fallback` for a name `fromName` does not know.
    template<typename Enum>
    Enum named(int column, std::optional<Enum> (*fromName)(QStringView), Enum fallback) const
    {
        return fromName(text(column)).value_or(fallback);
    }

    /// The row id the last INSERT made.
    qint64 insertedId() const;
    /// How many rows the last INSERT, UPDATE or DELETE changed.
    int rowsAffected() const;

private:
    friend class Database;
    Statement(Database *owner, const QString &sql, std::unique_ptr<QSqlQuery> query);

    Database *m_owner; ///< null: not kept for another run
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
    /// Whether a large value was read: SQLite keeps its converted copy with the statement, so it is not kept.
    mutable bool m_readLarge = false;
};

/// How the store writes a time: UTC, ISO 8601 with milliseconds and `Z`, so
/// that the text sorts in time order.
QString timeText(const QDateTime &time);
/// SQL NULL for 0 (no row), the id otherwise.
QVariant idOrNull(qint64 id);
/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace Colloquy::Store
