#pragma once

#include "model/article.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

/// The outcome of LibraryStore::addArticle().
struct AddResult {
    qint64 id = 0; ///< the new article, or the one that already had this content
    bool created = false; ///< false when the content hash was already in the library
    QString error; ///< non-empty when nothing was stored
};

/**
 * The SQLite library: articles, speakers, segments and paragraphs.
 *
 * All SQL of the application lives behind this class. The database runs in WAL
 * mode with foreign keys on; its schema version is `PRAGMA user_version` and
 * open() applies the pending migrations in order, each in one transaction.
 * Every write method has committed when it returns.
 *
 * One instance owns one connection; use it from the thread that opened it.
 */
class LibraryStore : public QObject
{
    Q_OBJECT
public:
    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override;

    /// `library.sqlite` under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// The schema version this build creates and understands.
    static int latestSchemaVersion();

    /// Opens or creates the library at `path` and migrates it. On failure the
    /// file is left as it was and errorString() says why.
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const;
    QString errorString() const;
    int schemaVersion() const;

    /// Stores an article with its segments in one transaction. Content already
    /// in the library (same hash) is not stored twice.
    AddResult addArticle(const Article &article);
    /// Removes an article and everything that belongs to it.
    bool removeArticle(qint64 id);

    QList<ArticleSummary> articles() const;
    std::optional<Article> article(qint64 id) const;
    std::optional<qint64> articleIdByHash(const QByteArray &contentHash) const;

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleRemoved(qint64 id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
