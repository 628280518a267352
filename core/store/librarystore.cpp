#include "store/librarystore.h"

#include "logging.h"
#include "store/librarystore_p.h"
#include "store/migrations_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// SQLite's primary result code for "file is not a database".
constexpr auto SqliteNotADatabase = "26";

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter {0};
    return u"colloquy-store-%1"_s.arg(++counter);
}

QString timestampToText(const QDateTime &time)
{
    // Fixed width with milliseconds and `Z`: sorts as text in import order.
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// Qt's SQLite driver binds a null QString as SQL NULL, so null stays null.
QString nullableString(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? QString() : query.value(column).toString();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString metadataToText(const QVariantMap &metadata)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(metadata)).toJson(QJsonDocument::Compact));
}

QVariantMap metadataFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject()) {
        qCWarning(lcStore) << "ignoring metadata that is not a JSON object:" << text.left(80);
        return {};
    }
    return document.object().toVariantMap();
}

// One line for the user; SQLite's own text may end with a newline.
QString sqlErrorText(const QSqlError &error)
{
    return error.text().simplified();
}

} // namespace

bool LibraryStore::Private::openConnection(const QString &filePath)
{
    connectionName = uniqueConnectionName();
    db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid())
        return fail(u"cannot open %1: the Qt SQLite driver (QSQLITE) is not available"_s.arg(filePath));
    db.setDatabaseName(filePath);
    if (!db.open())
        return fail(u"cannot open %1: %2"_s.arg(filePath, sqlErrorText(db.lastError())));
    // Before anything reads: another process may hold the lock for a moment.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA busy_timeout = 5000"_s))
        return failQuery(u"cannot open %1"_s.arg(filePath), query);
    return true;
}

// Read-only checks before anything writes, so a file we refuse stays byte-for-byte as it was.
bool LibraryStore::Private::checkIsOurs(const QString &filePath)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next()) {
        if (query.lastError().nativeErrorCode() == QLatin1StringView(SqliteNotADatabase))
            return fail(u"%1 is not a Colloquy library: it is not an SQLite database"_s.arg(filePath));
        return failQuery(u"cannot read %1"_s.arg(filePath), query);
    }
    const qint64 applicationId = query.value(0).toLongLong();
    query.finish();

    QString reason;
    const auto userVersion = Store::queryInt(db, u"PRAGMA user_version"_s, &reason);
    const auto tableCount = Store::queryInt(db, u"SELECT count(*) FROM sqlite_master"_s, &reason);
    if (!userVersion || !tableCount)
        return fail(u"cannot read %1: %2"_s.arg(filePath, reason));

    const bool emptyFile = *userVersion == 0 && applicationId == 0 && *tableCount == 0;
    if (!emptyFile && applicationId != Store::ApplicationId)
        return fail(
            u"%1 is not a Colloquy library: it is another application's SQLite database"_s.arg(filePath));
    if (*userVersion > Store::latestSchemaVersion()) {
        return fail(u"%1 was written by a newer version of Colloquy (library schema %2, this version "
                    "understands up to %3); it was left unchanged"_s.arg(filePath)
                        .arg(*userVersion)
                        .arg(Store::latestSchemaVersion()));
    }
    return true;
}

// Search needs FTS5 in the SQLite that Qt's driver links (Debian's libsqlite3
// and Qt's bundled copy both have it). A probe table in the connection's
// private temp schema tells, without writing to the library file.
bool LibraryStore::Private::checkFullTextSearch(const QString &filePath)
{
    QSqlQuery query(db);
    if (!query.exec(u"CREATE VIRTUAL TABLE temp.colloquy_fts5_probe USING fts5(text, "
                    "tokenize = 'unicode61 remove_diacritics 2')"_s)) {
        return fail(u"cannot open %1: the SQLite library used by Qt's SQLite driver lacks FTS5 full-text "
                    "search, which Colloquy needs (%2)"_s.arg(filePath, sqlErrorText(query.lastError())));
    }
    if (!query.exec(u"DROP TABLE temp.colloquy_fts5_probe"_s))
        return failQuery(u"cannot open %1"_s.arg(filePath), query);
    return true;
}

bool LibraryStore::Private::configure()
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // WAL lets the GUI read while the CLI imports; it reports the mode it actually got.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return failQuery(u"cannot switch %1 to WAL mode"_s.arg(db.databaseName()), query);
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << db.databaseName() << "stays in journal mode" << query.value(0).toString();
    query.finish();
    // FULL: an acknowledged edit survives a power cut, not only a crash.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (!query.exec(pragma))
            return failQuery(u"cannot configure %1"_s.arg(db.databaseName()), query);
    }
    return true;
}

bool LibraryStore::Private::migrate(const QString &filePath)
{
    QString reason;
    if (!Store::applyMigrations(db, Store::schemaMigrations(), &reason))
        return fail(u"cannot open %1: %2"_s.arg(filePath, reason));
    return true;
}

// Returns false on a read error; `id` stays empty when no article has this content.
bool LibraryStore::Private::findByHash(const QString &hash, std::optional<qint64> *id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM articles WHERE content_hash = :hash"_s);
    query.bindValue(u":hash"_s, hash);
    if (!query.exec())
        return failQuery(u"cannot look up an article by content"_s, query);
    *id = query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    return true;
}

std::optional<qint64> LibraryStore::Private::insertSpeaker(
    qint64 articleId, int ordinal, const Speaker &speaker)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO speakers (article_id, ordinal, name, bio) VALUES (:article, :ordinal, :name, :bio)"_s);
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":ordinal"_s, ordinal);
    query.bindValue(u":name"_s, speaker.name);
    query.bindValue(u":bio"_s, speaker.bio);
    if (!query.exec()) {
        failQuery(u"cannot store speaker %1"_s.arg(speaker.name), query);
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

// Speakers are stored once per article and name, in order of first appearance.
bool LibraryStore::Private::insertSegments(qint64 articleId, const QList<Segment> &segments)
{
    struct StoredSpeaker
    {
        qint64 id;
        bool hasBio;
    };
    QHash<QString, StoredSpeaker> speakers;
    QSqlQuery segmentQuery(db);
    segmentQuery.prepare(
        u"INSERT INTO segments (article_id, ordinal, kind, label, speaker_id, detection_rule, "
        "detection_confidence) VALUES (:article, :ordinal, :kind, :label, :speaker, :rule, "
        ":confidence)"_s);
    QSqlQuery paragraphQuery(db);
    paragraphQuery.prepare(
        u"INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (:segment, :ordinal, :text)"_s);
    QSqlQuery bioQuery(db);
    bioQuery.prepare(u"UPDATE speakers SET bio = :bio WHERE id = :id"_s);

    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments.at(i);
        qint64 speakerId = 0;
        if (segment.speaker) {
            auto known = speakers.find(segment.speaker->name);
            if (known == speakers.end()) {
                const auto id = insertSpeaker(articleId, int(speakers.size()), *segment.speaker);
                if (!id)
                    return false;
                known = speakers.insert(segment.speaker->name, {*id, !segment.speaker->bio.isNull()});
            } else if (!known->hasBio && !segment.speaker->bio.isNull()) {
                // The first turn printed no bio but a later one did: keep it.
                bioQuery.bindValue(u":bio"_s, segment.speaker->bio);
                bioQuery.bindValue(u":id"_s, known->id);
                if (!bioQuery.exec())
                    return failQuery(u"cannot store the bio of %1"_s.arg(segment.speaker->name), bioQuery);
                known->hasBio = true;
            }
            speakerId = known->id;
        }

        segmentQuery.bindValue(u":article"_s, articleId);
        segmentQuery.bindValue(u":ordinal"_s, qint64(i));
        segmentQuery.bindValue(u":kind"_s, segmentKindName(segment.kind));
        segmentQuery.bindValue(u":label"_s, segment.label);
        segmentQuery.bindValue(u":speaker"_s, nullableId(speakerId));
        const bool detected = !segment.detection.rule.isEmpty();
        segmentQuery.bindValue(u":rule"_s, detected ? QVariant(segment.detection.rule) : QVariant());
        segmentQuery.bindValue(
            u":confidence"_s, detected ? QVariant(segment.detection.confidence) : QVariant());
        if (!segmentQuery.exec())
            return failQuery(u"cannot store segment %1"_s.arg(i + 1), segmentQuery);
        const qint64 segmentId = segmentQuery.lastInsertId().toLongLong();

        for (qsizetype j = 0; j < segment.paragraphs.size(); ++j) {
            paragraphQuery.bindValue(u":segment"_s, segmentId);
            paragraphQuery.bindValue(u":ordinal"_s, qint64(j));
            paragraphQuery.bindValue(u":text"_s, segment.paragraphs.at(j));
            if (!paragraphQuery.exec())
                return failQuery(
                    u"cannot store paragraph %1 of segment %2"_s.arg(j + 1).arg(i + 1), paragraphQuery);
        }
    }
    return true;
}

LibraryStore::LibraryStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

LibraryStore::~LibraryStore()
{
    d->closeConnection();
}

QString LibraryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int LibraryStore::latestSchemaVersion()
{
    return Store::latestSchemaVersion();
}

bool LibraryStore::open(const QString &path)
{
    close();
    d->error.clear();
    if (path.isEmpty())
        return d->fail(u"no library file given"_s);

    const QFileInfo info(path);
    const QString filePath = info.absoluteFilePath();
    if (info.isDir())
        return d->fail(u"cannot open %1: it is a folder"_s.arg(filePath));
    const bool existed = info.exists();
    if (!QDir().mkpath(info.absolutePath()))
        return d->fail(u"cannot create the folder %1"_s.arg(info.absolutePath()));

    const bool ok = d->openConnection(filePath) && d->checkIsOurs(filePath) &&
        d->checkFullTextSearch(filePath) && d->configure() && d->migrate(filePath);
    if (!ok) {
        d->closeConnection();
        // A library we created and could not set up is not worth keeping.
        if (!existed) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(filePath + suffix);
        }
        return false;
    }

    d->path = filePath;
    d->schemaVersion = Store::latestSchemaVersion();
    qCDebug(lcStore) << "opened" << filePath;
    return true;
}

void LibraryStore::close()
{
    d->closeConnection();
    d->path.clear();
}

bool LibraryStore::isOpen() const
{
    return d->db.isOpen();
}

QString LibraryStore::path() const
{
    return d->path;
}

QString LibraryStore::errorString() const
{
    return d->error;
}

int LibraryStore::schemaVersion() const
{
    return d->schemaVersion;
}

StoreDiagnostics LibraryStore::diagnostics() const
{
    StoreDiagnostics result;
    if (!isOpen())
        return result;
    auto readInt = [this](const QString &sql) {
        return Store::queryInt(d->db, sql, nullptr).value_or(-1);
    };
    result.schemaVersion = int(readInt(u"PRAGMA user_version"_s));
    result.foreignKeys = readInt(u"PRAGMA foreign_keys"_s) == 1;
    result.synchronous = int(readInt(u"PRAGMA synchronous"_s));
    result.busyTimeoutMs = int(readInt(u"PRAGMA busy_timeout"_s));
    QSqlQuery query(d->db);
    if (query.exec(u"PRAGMA journal_mode"_s) && query.next())
        result.journalMode = query.value(0).toString().toLower();
    return result;
}

AddResult LibraryStore::addArticle(const Article &article)
{
    d->error.clear();
    // d->fail()/failQuery() have logged and set errorString() by the time these return.
    auto failed = [this] {
        return AddResult {0, false, d->error};
    };
    auto fail = [&](const QString &message) {
        d->fail(message);
        return failed();
    };
    if (!isOpen())
        return fail(u"the library is not open"_s);
    if (article.sourceFormat.isEmpty())
        return fail(u"cannot store an article without a source format"_s);

    const QString hash = QString::fromLatin1(
        article.contentHash.isEmpty() ? contentHashOf(article.normalizedText) : article.contentHash);
    const QDateTime importedAt =
        article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc();

    Store::Transaction transaction(d->db);
    QString reason;
    if (!transaction.begin(&reason))
        return fail(u"cannot start storing the article: %1"_s.arg(reason));

    // Checked inside the write lock, so two imports of one file cannot both create it.
    std::optional<qint64> existing;
    if (!d->findByHash(hash, &existing))
        return failed();
    if (existing)
        return {*existing, false, QString()};

    qint64 articleId = 0;
    {
        QSqlQuery query(d->db);
        query.prepare(u"INSERT INTO articles (title, source_path, source_format, imported_at, content_hash, "
                      "metadata, raw_source, normalized_text) VALUES (:title, :source_path, :source_format, "
                      ":imported_at, :content_hash, :metadata, :raw_source, :normalized_text)"_s);
        query.bindValue(u":title"_s, article.title);
        query.bindValue(u":source_path"_s, article.sourcePath);
        query.bindValue(u":source_format"_s, article.sourceFormat);
        query.bindValue(u":imported_at"_s, timestampToText(importedAt));
        query.bindValue(u":content_hash"_s, hash);
        query.bindValue(u":metadata"_s, metadataToText(article.metadata));
        // A null QByteArray or QString would bind as NULL; the columns are NOT NULL.
        query.bindValue(u":raw_source"_s, article.rawSource.isNull() ? QByteArray("") : article.rawSource);
        query.bindValue(
            u":normalized_text"_s, article.normalizedText.isNull() ? u""_s : article.normalizedText);
        if (!query.exec()) {
            d->failQuery(u"cannot store the article"_s, query);
            return failed();
        }
        articleId = query.lastInsertId().toLongLong();

        if (!d->insertSegments(articleId, article.segments))
            return failed();
    }

    if (!Store::linkSpeakersToPeople(d->db, articleId, &reason))
        return fail(u"cannot link the speakers to their profiles: %1"_s.arg(reason));
    if (!transaction.commit(&reason))
        return fail(u"cannot store the article: %1"_s.arg(reason));

    qCDebug(lcStore) << "stored article" << articleId << article.sourcePath;
    Q_EMIT articleAdded(articleId);
    return {articleId, true, QString()};
}

bool LibraryStore::removeArticle(qint64 id)
{
    d->error.clear();
    if (!isOpen())
        return d->fail(u"the library is not open"_s);
    Store::Transaction transaction(d->db);
    QString reason;
    if (!transaction.begin(&reason))
        return d->fail(u"cannot remove article %1: %2"_s.arg(id).arg(reason));
    {
        QSqlQuery query(d->db);
        QList<qint64> people;
        query.prepare(
            u"SELECT DISTINCT person_id FROM speakers WHERE article_id = :id AND person_id IS NOT NULL"_s);
        query.bindValue(u":id"_s, id);
        if (!query.exec())
            return d->failQuery(u"cannot remove article %1"_s.arg(id), query);
        while (query.next())
            people.append(query.value(0).toLongLong());

        query.prepare(u"DELETE FROM articles WHERE id = :id"_s);
        query.bindValue(u":id"_s, id);
        // The cascades to speakers, segments and annotations run inside this statement.
        if (!query.exec())
            return d->failQuery(u"cannot remove article %1"_s.arg(id), query);
        if (query.numRowsAffected() < 1)
            return d->fail(u"there is no article %1 in the library"_s.arg(id));
        if (!Store::refreshPeople(d->db, people, &reason))
            return d->fail(u"cannot remove article %1: %2"_s.arg(id).arg(reason));
    }
    if (!transaction.commit(&reason))
        return d->fail(u"cannot remove article %1: %2"_s.arg(id).arg(reason));
    Q_EMIT articleRemoved(id);
    return true;
}

bool LibraryStore::replaceArticle(
    const Article &article, const QList<Highlight> &highlights, const QList<SpeakerRename> &renames)
{
    d->error.clear();
    if (!isOpen())
        return d->fail(u"the library is not open"_s);
    if (article.sourceFormat.isEmpty())
        return d->fail(u"cannot store an article without a source format"_s);
    const qint64 id = article.id;
    const QString hash = QString::fromLatin1(
        article.contentHash.isEmpty() ? contentHashOf(article.normalizedText) : article.contentHash);

    Store::Transaction transaction(d->db);
    QString reason;
    if (!transaction.begin(&reason))
        return d->fail(u"cannot start replacing article %1: %2"_s.arg(id).arg(reason));

    // Checked inside the write lock; the UNIQUE constraint would refuse it too, less clearly.
    std::optional<qint64> existing;
    if (!d->findByHash(hash, &existing))
        return false;
    if (existing && *existing != id)
        return d->fail(u"this text is already in the library as article %1"_s.arg(*existing));

    {
        QSqlQuery query(d->db);
        query.prepare(
            u"UPDATE articles SET title = :title, source_path = :source_path, "
            "source_format = :source_format, imported_at = :imported_at, content_hash = :content_hash, "
            "metadata = :metadata, raw_source = :raw_source, normalized_text = :normalized_text "
            "WHERE id = :id"_s);
        query.bindValue(u":title"_s, article.title);
        query.bindValue(u":source_path"_s, article.sourcePath);
        query.bindValue(u":source_format"_s, article.sourceFormat);
        query.bindValue(u":imported_at"_s,
            timestampToText(
                article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc()));
        query.bindValue(u":content_hash"_s, hash);
        query.bindValue(u":metadata"_s, metadataToText(article.metadata));
        query.bindValue(u":raw_source"_s, article.rawSource.isNull() ? QByteArray("") : article.rawSource);
        query.bindValue(
            u":normalized_text"_s, article.normalizedText.isNull() ? u""_s : article.normalizedText);
        query.bindValue(u":id"_s, id);
        if (!query.exec())
            return d->failQuery(u"cannot replace article %1"_s.arg(id), query);
        if (query.numRowsAffected() < 1)
            return d->fail(u"there is no article %1 in the library"_s.arg(id));

        // Each speaker keeps its profile by name, so the user's merges and names survive.
        QHash<QString, qint64> previousPeople;
        query.prepare(
            u"SELECT name, person_id FROM speakers WHERE article_id = :id AND person_id IS NOT NULL"_s);
        query.bindValue(u":id"_s, id);
        if (!query.exec())
            return d->failQuery(u"cannot read the speakers of article %1"_s.arg(id), query);
        while (query.next())
            previousPeople.insert(query.value(0).toString(), query.value(1).toLongLong());
        QList<qint64> touchedPeople = previousPeople.values();
        for (const SpeakerRename &rename : renames) {
            previousPeople.remove(rename.from);
            bool personExists = false;
            if (rename.person > 0) {
                // An undo may name a profile a later edit removed: then link by name.
                query.prepare(u"SELECT 1 FROM people WHERE id = :person"_s);
                query.bindValue(u":person"_s, rename.person);
                if (!query.exec())
                    return d->failQuery(u"cannot read profile %1"_s.arg(rename.person), query);
                personExists = query.next();
                query.finish();
            }
            if (personExists) {
                previousPeople.insert(rename.to, rename.person);
                touchedPeople.append(rename.person);
            }
            if (!rename.moveNote)
                continue;
            // OR IGNORE: a note the new name had kept from an earlier text wins.
            query.prepare(u"UPDATE OR IGNORE article_notes SET speaker = :to "
                          "WHERE article_id = :id AND speaker = :from"_s);
            query.bindValue(u":to"_s, rename.to);
            query.bindValue(u":id"_s, id);
            query.bindValue(u":from"_s, rename.from);
            if (!query.exec())
                return d->failQuery(u"cannot move the note on %1"_s.arg(rename.from), query);
        }

        // Segments first: deleting speakers they still point at would rewrite them to NULL one by one.
        for (const QString &sql : {u"DELETE FROM segments WHERE article_id = :id"_s,
                 u"DELETE FROM speakers WHERE article_id = :id"_s}) {
            query.prepare(sql);
            query.bindValue(u":id"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot replace the segments of article %1"_s.arg(id), query);
        }
        if (!d->insertSegments(id, article.segments))
            return false;
        if (!Store::linkSpeakersToPeople(d->db, id, &reason, previousPeople) ||
            !Store::refreshPeople(d->db, touchedPeople, &reason))
            return d->fail(
                u"cannot link the speakers of article %1 to their profiles: %2"_s.arg(id).arg(reason));

        query.prepare(
            u"UPDATE highlights SET segment_ordinal = :segment, start_offset = :start, "
            "end_offset = :end, quote_exact = :exact, quote_prefix = :prefix, quote_suffix = :suffix, "
            "anchor_state = :state WHERE id = :id AND article_id = :article"_s);
        for (const Highlight &h : highlights) {
            query.bindValue(u":segment"_s, qint64(h.anchor.segment));
            query.bindValue(u":start"_s, qint64(h.anchor.position.start));
            query.bindValue(u":end"_s, qint64(h.anchor.position.end));
            // NOT NULL columns: Qt binds a null QString as NULL.
            query.bindValue(u":exact"_s, h.anchor.quote.exact.isNull() ? u""_s : h.anchor.quote.exact);
            query.bindValue(u":prefix"_s, h.anchor.quote.prefix.isNull() ? u""_s : h.anchor.quote.prefix);
            query.bindValue(u":suffix"_s, h.anchor.quote.suffix.isNull() ? u""_s : h.anchor.quote.suffix);
            query.bindValue(u":state"_s, anchorStateName(h.state));
            query.bindValue(u":id"_s, h.id);
            query.bindValue(u":article"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot re-anchor highlight %1"_s.arg(h.id), query);
            if (query.numRowsAffected() < 1)
                return d->fail(u"article %1 has no highlight %2"_s.arg(id).arg(h.id));
        }
    }

    if (!transaction.commit(&reason))
        return d->fail(u"cannot replace article %1: %2"_s.arg(id).arg(reason));
    qCDebug(lcStore) << "replaced the text of article" << id << "from" << article.sourcePath;
    Q_EMIT articleChanged(id);
    Q_EMIT annotationsChanged();
    return true;
}

QList<ArticleSummary> LibraryStore::articles() const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }

    QList<ArticleSummary> result;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, title, source_path, imported_at, content_hash FROM articles "
                    "ORDER BY imported_at DESC, id DESC"_s)) {
        d->failQuery(u"cannot list the articles"_s, query);
        return {};
    }
    while (query.next()) {
        ArticleSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = nullableString(query, 1);
        summary.sourcePath = nullableString(query, 2);
        summary.importedAt = timestampFromText(query.value(3).toString());
        summary.contentHash = query.value(4).toString().toLatin1();
        indexById.insert(summary.id, result.size());
        result.append(summary);
    }

    if (!query.exec(u"SELECT article_id, name FROM speakers ORDER BY article_id, ordinal"_s)) {
        d->failQuery(u"cannot list the speakers"_s, query);
        return {};
    }
    while (query.next()) {
        const auto index = indexById.find(query.value(0).toLongLong());
        if (index != indexById.end())
            result[*index].speakerNames.append(query.value(1).toString());
    }
    return result;
}

std::optional<Article> LibraryStore::article(qint64 id) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }

    Article article;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, title, source_path, source_format, imported_at, content_hash, metadata, "
                  "raw_source, normalized_text FROM articles WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read article %1"_s.arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    article.id = query.value(0).toLongLong();
    article.title = nullableString(query, 1);
    article.sourcePath = nullableString(query, 2);
    article.sourceFormat = query.value(3).toString();
    article.importedAt = timestampFromText(query.value(4).toString());
    article.contentHash = query.value(5).toString().toLatin1();
    article.metadata = metadataFromText(nullableString(query, 6));
    article.rawSource = query.value(7).toByteArray();
    article.normalizedText = query.value(8).toString();

    QHash<qint64, Speaker> speakers;
    query.prepare(u"SELECT id, name, bio FROM speakers WHERE article_id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read the speakers of article %1"_s.arg(id), query);
        return std::nullopt;
    }
    while (query.next())
        speakers.insert(
            query.value(0).toLongLong(), Speaker {query.value(1).toString(), nullableString(query, 2)});

    QHash<qint64, qsizetype> indexBySegmentId;
    query.prepare(u"SELECT id, kind, label, speaker_id, detection_rule, detection_confidence FROM segments "
                  "WHERE article_id = :id ORDER BY ordinal"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read the segments of article %1"_s.arg(id), query);
        return std::nullopt;
    }
    while (query.next()) {
        Segment segment;
        const QString kindName = query.value(1).toString();
        // The CHECK constraint makes this unreachable unless the file was edited by hand.
        segment.kind = segmentKindFromName(kindName).value_or(SegmentKind::Narration);
        segment.label = nullableString(query, 2);
        if (!query.isNull(3)) {
            const auto speaker = speakers.constFind(query.value(3).toLongLong());
            if (speaker != speakers.cend())
                segment.speaker = *speaker;
        }
        if (!query.isNull(4))
            segment.detection = {query.value(4).toString(), query.value(5).toDouble()};
        indexBySegmentId.insert(query.value(0).toLongLong(), article.segments.size());
        article.segments.append(segment);
    }

    query.prepare(
        u"SELECT p.segment_id, p.text FROM paragraphs AS p JOIN segments AS s ON s.id = p.segment_id "
        "WHERE s.article_id = :id ORDER BY s.ordinal, p.ordinal"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read the paragraphs of article %1"_s.arg(id), query);
        return std::nullopt;
    }
    while (query.next()) {
        const auto index = indexBySegmentId.constFind(query.value(0).toLongLong());
        if (index != indexBySegmentId.cend())
            article.segments[*index].paragraphs.append(query.value(1).toString());
    }
    return article;
}

std::optional<QStringList> LibraryStore::segmentTexts(qint64 articleId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // One row per paragraph, and one (text NULL) for a segment without any; none for an unknown article.
    query.prepare(u"SELECT s.ordinal, p.text FROM articles AS a "
                  "LEFT JOIN segments AS s ON s.article_id = a.id "
                  "LEFT JOIN paragraphs AS p ON p.segment_id = s.id "
                  "WHERE a.id = :id ORDER BY s.ordinal, p.ordinal"_s);
    query.bindValue(u":id"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the text of article %1"_s.arg(articleId), query);
        return std::nullopt;
    }
    bool found = false;
    QStringList texts;
    qint64 current = -1;
    QStringList paragraphs;
    while (query.next()) {
        found = true;
        if (query.isNull(0))
            break; // an article without segments
        const qint64 ordinal = query.value(0).toLongLong();
        if (ordinal != current) {
            if (current >= 0)
                texts.append(paragraphs.join(u'\n'));
            paragraphs.clear();
            current = ordinal;
        }
        if (!query.isNull(1))
            paragraphs.append(query.value(1).toString());
    }
    if (!found)
        return std::nullopt;
    if (current >= 0)
        texts.append(paragraphs.join(u'\n'));
    return texts;
}

std::optional<QString> LibraryStore::segmentText(qint64 articleId, qsizetype segment) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT p.text FROM segments AS s LEFT JOIN paragraphs AS p ON p.segment_id = s.id "
                  "WHERE s.article_id = :id AND s.ordinal = :ordinal ORDER BY p.ordinal"_s);
    query.bindValue(u":id"_s, articleId);
    query.bindValue(u":ordinal"_s, qint64(segment));
    if (!query.exec()) {
        d->failQuery(u"cannot read segment %1 of article %2"_s.arg(segment).arg(articleId), query);
        return std::nullopt;
    }
    bool found = false;
    QStringList paragraphs;
    while (query.next()) {
        found = true;
        if (!query.isNull(0))
            paragraphs.append(query.value(0).toString());
    }
    if (!found)
        return std::nullopt;
    return paragraphs.join(u'\n');
}

std::optional<qint64> LibraryStore::articleIdByHash(const QByteArray &contentHash) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    std::optional<qint64> id;
    d->findByHash(QString::fromLatin1(contentHash), &id);
    return id;
}

} // namespace Colloquy
