#pragma once

#include "model/article.h"
#include "store/annotationchange.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

/// The outcome of LibraryStore::addArticle().
struct AddResult
{
    qint64 id = 0; ///< the new article, or the one that already had this content
    bool created = false; ///< false when the content hash was already in the library
    QString error; ///< non-empty when nothing was stored
};

/// The connection settings LibraryStore relies on, as SQLite reports them.
struct StoreDiagnostics
{
    int schemaVersion = 0; ///< `PRAGMA user_version`
    QString journalMode; ///< `wal` unless the file system refused it
    bool foreignKeys = false;
    int synchronous = 0; ///< 2 is FULL
    int busyTimeoutMs = 0;
};

/**
 * The SQLite library: articles, speakers, segments and paragraphs.
 *
 * All SQL of the application lives behind this class. The database runs in WAL
 * mode with foreign keys on and synchronous=FULL; its schema version is
 * `PRAGMA user_version` and open() applies the pending migrations in order,
 * each in one transaction. Every write method has committed (durably) when it
 * returns.
 *
 * Speakers are stored once per article and name: every turn of a speaker reads
 * back with the speaker's bio, the first one the article gave for that name.
 *
 * One instance owns one connection; use it from the thread that opened it.
 * A failing call logs to `colloquy.store` and leaves a sentence in errorString().
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
    /// Closes the connection; the instance may open() again.
    void close();
    bool isOpen() const;
    QString path() const;
    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;
    int schemaVersion() const;
    /// What SQLite reports for the settings open() made, for bug reports and tests.
    StoreDiagnostics diagnostics() const;

    /// Stores an article with its segments in one transaction. Content already
    /// in the library (same hash) is not stored twice.
    AddResult addArticle(const Article &article);
    /// Removes an article and everything that belongs to it; false for an unknown id.
    bool removeArticle(qint64 id);

    /// All articles, newest import first.
    QList<ArticleSummary> articles() const;
    /// The full article, or nullopt for an unknown id (or a read error, see errorString()).
    std::optional<Article> article(qint64 id) const;
    std::optional<qint64> articleIdByHash(const QByteArray &contentHash) const;

    /// Applies every row change of `change` in one transaction (all or
    /// nothing) and fills in the ids of the rows it inserted with id 0.
    /// Callers other than Annotations (which makes it undoable) should not
    /// need it.
    bool applyAnnotationChange(AnnotationChange &change);

    std::optional<Highlight> highlight(qint64 id) const;
    /// The article's highlights in reading order (segment, then start offset).
    QList<Highlight> highlights(qint64 articleId) const;
    std::optional<Note> note(qint64 highlightId) const;
    /// The themes on a highlight, by theme id.
    QList<qint64> themeIdsOfHighlight(qint64 highlightId) const;
    /// The highlights tagged with a theme (its claims), by highlight id.
    QList<qint64> highlightIdsOfTheme(qint64 themeId) const;
    /// The themes of every claim of an article, by highlight id: one query for a whole list.
    QHash<qint64, QList<qint64>> themeIdsOfArticle(qint64 articleId) const;
    /// The Markdown notes of an article's highlights, by highlight id.
    QHash<qint64, QString> noteTextsOfArticle(qint64 articleId) const;
    std::optional<Theme> theme(qint64 id) const;
    /// The whole codebook, parents before children, siblings by name.
    QList<Theme> themes() const;

Q_SIGNALS:
    void articleAdded(qint64 id);
    void articleRemoved(qint64 id);
    /// After applyAnnotationChange() committed.
    void annotationsChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
