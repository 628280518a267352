#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

/// An article whose stored text no longer matches the SHA-256 stored with it.
struct ArticleDamage
{
    qint64 id = 0;
    QString title;
    QString problem; ///< a sentence: what is wrong with it
};

/// What LibraryCheck::run() found. A plain value.
struct CheckReport
{
    QString error; ///< the file could not be checked at all (not opened, not ours); empty otherwise
    QStringList sqlite; ///< what SQLite's quick_check reported, empty when it said "ok"
    QList<ArticleDamage> articles; ///< articles whose text fails its hash
    int articlesChecked = 0;

    bool healthy() const { return error.isEmpty() && sqlite.isEmpty() && articles.isEmpty(); }
    /// One sentence for a banner or stderr: what is wrong (empty when healthy).
    QString summary() const;
};

/**
 * The whole check of a library file: SQLite's `quick_check` (every page and
 * every record's format) and every article's content hash compared with its
 * text. What `colloquy-cli check` prints and what the app runs in the
 * background after opening a library.
 *
 * run() opens a read-only connection of its own, so it may run on any
 * thread, also while a LibraryStore has the same file open (WAL: it reads one
 * consistent snapshot and never blocks writers). It never writes. Stateless.
 */
class LibraryCheck
{
public:
    /// Checks the library at `path`; `limit` caps the problems quick_check lists.
    static CheckReport run(const QString &path, int limit = 100);
};

} // namespace Colloquy
