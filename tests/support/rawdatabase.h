#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Colloquy::Testing {

/**
 * A second connection to a library file, as another program would open it:
 * to look at rows the store's API does not expose, or to change them behind
 * the store's back. Each object has a connection of its own, closed and
 * removed with it. Use from the thread that made it.
 */
class RawDatabase
{
    Q_DISABLE_COPY_MOVE(RawDatabase)
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;

    /// Runs one statement; false with a warning on failure.
    bool exec(const QString &sql) const;
    /// The first column of the first row, or -1 (with a warning) on error.
    qint64 value(const QString &sql) const;

private:
    QString m_name;
    bool m_open = false;
};

} // namespace Colloquy::Testing
