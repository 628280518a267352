// LibraryStore: opening the library, and the articles with their segments and speakers.

#include "store/librarystore.h"

#include "logging.h"
#include "store/fileaccess_p.h"
#include "store/librarystore_p.h"
#include "store/migrations_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace {

// SQLite's primary result code for "file is not a database".
constexpr auto SqliteNotADatabase = "26";

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

QString stringsToText(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QStringList stringsFromText(const QString &text)
{
    QStringList strings;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

QString hashOf(const Article &article)
{
    return QString::fromLatin1(
        article.contentHash.isEmpty() ? contentHashOf(article.normalizedText) : article.contentHash);
}

// The columns addArticle() inserts and replaceArticle() updates, by the same placeholders.
void bindArticleRow(Statement &statement, const Article &article, const QString &hash)
{
    statement.bind(u":title"_s, article.title);
    statement.bind(u":source_path"_s, article.sourcePath);
    statement.bind(u":source_format"_s, article.sourceFormat);
    statement.bind(u":imported_at"_s,
        Store::timeText(article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc()));
    statement.bind(u":content_hash"_s, hash);
    statement.bind(u":metadata"_s, metadataToText(article.metadata));
    // A null QByteArray or QString would bind as NULL; the columns are NOT NULL.
    statement.bind(u":raw_source"_s, article.rawSource.isNull() ? QByteArray("") : article.rawSource);
    statement.bind(u":normalized_text"_s, Store::notNull(article.normalizedText));
}

Article articleFromRow(const Statement &row)
{
    Article article;
    article.id = row.id(0);
    article.title = row.text(1);
    article.sourcePath = row.text(2);
    article.sourceFormat = row.text(3);
    article.importedAt = row.time(4);
    article.contentHash = row.text(5).toLatin1();
    article.metadata = metadataFromText(row.text(6));
    article.rawSource = row.bytes(7);
    article.normalizedText = row.text(8);
    return article;
}

} // namespace

bool LibraryStore::Private::startWrite()
{
    error.clear();
    if (!db.isOpen())
        return fail(notOpen());
    return readOnly.isEmpty() ||
        fail(u"the library is read-only because %1; nothing was changed"_s.arg(readOnly));
}

bool LibraryStore::Private::begin(Store::Transaction &transaction, const QString &what)
{
    QString reason;
    if (stepDepth > 0 && stepFailed)
        return fail(u"%1: an earlier write of this step failed"_s.arg(what));
    if (stepDepth > 0 && !stepTransaction) {
        auto step = std::make_unique<Store::Transaction>(db);
        if (!step->begin(&reason))
            return fail(u"%1: %2"_s.arg(what, reason));
        stepTransaction = std::move(step);
    }
    return transaction.begin(&reason) || fail(u"%1: %2"_s.arg(what, reason));
}

bool LibraryStore::Private::commit(Store::Transaction &transaction, const QString &what)
{
    QString reason;
    return transaction.commit(&reason) || fail(u"%1: %2"_s.arg(what, reason));
}

bool LibraryStore::Private::open(const QString &filePath, Store::Database::Access access)
{
    QString reason;
    if (!db.open(filePath, &reason, access))
        return fail(u"cannot open %1: %2"_s.arg(filePath, reason));
    // Before anything reads: another process may hold the lock for a moment.
    const Statement timeout = db.runOnce(u"PRAGMA busy_timeout = 5000"_s);
    return timeout.ok() || fail(u"cannot open %1"_s.arg(filePath), timeout);
}

bool LibraryStore::Private::openReadOnly(const QString &filePath)
{
    using Access = Store::Database::Access;
    // SQLite reads a WAL library through its `-shm` file, which it creates in the folder;
    // where it cannot, `immutable` reads the file alone, which is only right when the WAL is empty.
    const QFileInfo wal(filePath + u"-wal"_s);
    const bool pendingWal = wal.exists() && wal.size() > 0;
    const Access access = pendingWal || Store::whyNotWritable(QFileInfo(filePath).absolutePath()).isEmpty()
        ? Access::ReadOnly
        : Access::Immutable;
    if (!open(filePath, access) || !checkIsOurs(filePath)) {
        if (access == Access::ReadOnly && pendingWal && !Store::whyNotWritable(wal.absolutePath()).isEmpty())
            return fail(u"cannot open %1 read-only: its write-ahead log (%2) holds changes that were never "
                        "written into it, and its folder cannot be written; copy the library and its -wal "
                        "file to a folder you can write"_s.arg(filePath, wal.fileName()));
        return false;
    }
    return checkFullTextSearch(filePath) && checkSchemaIsCurrent(filePath);
}

QString LibraryStore::Private::damage()
{
    // quick_check reads every page but skips the index-to-table cross checks of integrity_check:
    // it finds torn and overwritten pages in a fraction of the time.
    Store::Statement check = db.runOnce(u"PRAGMA quick_check(5)"_s);
    if (!check.ok())
        return check.errorText();
    QStringList found;
    while (check.next())
        found.append(check.text(0).remove(u"*** in database main ***"_s).simplified());
    return found == QStringList {u"ok"_s} ? QString() : found.join(u"; "_s);
}

bool LibraryStore::Private::checkSchemaIsCurrent(const QString &filePath)
{
    QString reason;
    const auto version = Store::queryInt(db, u"PRAGMA user_version"_s, &reason);
    if (!version)
        return fail(u"cannot read %1: %2"_s.arg(filePath, reason));
    if (*version == 0)
        return fail(u"cannot open %1: it holds no library yet, and %2"_s.arg(filePath, readOnly));
    if (*version < Store::latestSchemaVersion())
        return fail(u"cannot open %1: it was written by an older version of Colloquy and must be upgraded, "
                    "which needs write access, but %2"_s.arg(filePath, readOnly));
    return true;
}

// Read-only checks before anything writes, so a file we refuse stays byte-for-byte as it was.
bool LibraryStore::Private::checkIsOurs(const QString &filePath)
{
    qint64 applicationId = 0;
    {
        Statement query = db.runOnce(u"PRAGMA application_id"_s);
        if (!query.next()) {
            if (query.nativeErrorCode() == QLatin1StringView(SqliteNotADatabase))
                return fail(u"%1 is not a Colloquy library: it is not an SQLite database"_s.arg(filePath));
            return fail(u"cannot read %1"_s.arg(filePath), query);
        }
        applicationId = query.integer(0);
    }

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
    {
        const Statement probe = db.runOnce(u"CREATE VIRTUAL TABLE temp.colloquy_fts5_probe USING fts5(text, "
                                           "tokenize = 'unicode61 remove_diacritics 2')"_s);
        if (!probe.ok()) {
            return fail(u"cannot open %1: the SQLite library used by Qt's SQLite driver lacks FTS5 full-text "
                        "search, which Colloquy needs (%2)"_s.arg(filePath, probe.errorText()));
        }
    }
    const Statement drop = db.runOnce(u"DROP TABLE temp.colloquy_fts5_probe"_s);
    return drop.ok() || fail(u"cannot open %1"_s.arg(filePath), drop);
}

bool LibraryStore::Private::configure()
{
    {
        // WAL lets the GUI read while the CLI imports; it reports the mode it actually got.
        Statement wal = db.runOnce(u"PRAGMA journal_mode = WAL"_s);
        if (!wal.next())
            return fail(u"cannot switch %1 to WAL mode"_s.arg(db.fileName()), wal);
        if (wal.text(0).compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << db.fileName() << "stays in journal mode" << wal.text(0);
    }
    // FULL: an acknowledged edit survives a power cut, not only a crash.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s}) {
        const Statement statement = db.runOnce(pragma);
        if (!statement.ok())
            return fail(u"cannot configure %1"_s.arg(db.fileName()), statement);
    }
    return true;
}

Result<std::optional<qint64>> LibraryStore::Private::findByHash(const QString &hash) const
{
    return one(u"cannot look up an article by content"_s,
        u"SELECT id FROM articles WHERE content_hash = :hash"_s, {{u":hash"_s, hash}},
        [](const Statement &row) { return row.id(0); });
}

std::optional<qint64> LibraryStore::Private::insertArticle(const Article &article, const QString &hash)
{
    // Past every id a deleted article had: undo may put that article back.
    Statement insert =
        db.prepare(u"INSERT INTO articles (id, title, source_path, source_format, imported_at, "
                   "content_hash, metadata, raw_source, normalized_text) VALUES ((SELECT "
                   "COALESCE(MAX(id), 0) + 1 FROM (SELECT id FROM articles UNION ALL SELECT id "
                   "FROM removed_article_ids)), :title, :source_path, :source_format, "
                   ":imported_at, :content_hash, :metadata, :raw_source, :normalized_text)"_s);
    bindArticleRow(insert, article, hash);
    if (!insert.exec()) {
        fail(u"cannot store the article"_s, insert);
        return std::nullopt;
    }
    return insert.insertedId();
}

bool LibraryStore::Private::updateArticleRow(const Article &article, const QString &hash)
{
    Statement update = db.prepare(
        u"UPDATE articles SET title = :title, source_path = :source_path, source_format = :source_format, "
        "imported_at = :imported_at, content_hash = :content_hash, metadata = :metadata, "
        "raw_source = :raw_source, normalized_text = :normalized_text WHERE id = :id"_s);
    bindArticleRow(update, article, hash);
    if (!update.exec({{u":id"_s, article.id}}))
        return fail(u"cannot replace article %1"_s.arg(article.id), update);
    return update.rowsAffected() >= 1 || fail(u"there is no article %1 in the library"_s.arg(article.id));
}

std::optional<qint64> LibraryStore::Private::speakerId(
    qint64 articleId, const Speaker &speaker, QHash<QString, StoredSpeaker> &stored)
{
    auto known = stored.find(speaker.name);
    if (known == stored.end()) {
        const Statement insert = exec(u"cannot store speaker %1"_s.arg(speaker.name),
            u"INSERT INTO speakers (article_id, ordinal, name, bio) VALUES (:article, :ordinal, :name, :bio)"_s,
            {{u":article"_s, articleId}, {u":ordinal"_s, int(stored.size())}, {u":name"_s, speaker.name},
                {u":bio"_s, speaker.bio}});
        if (!insert)
            return std::nullopt;
        return stored.insert(speaker.name, {insert.insertedId(), !speaker.bio.isNull()})->id;
    }
    if (!known->hasBio && !speaker.bio.isNull()) {
        // The first turn printed no bio but a later one did: keep it.
        if (!exec(u"cannot store the bio of %1"_s.arg(speaker.name),
                u"UPDATE speakers SET bio = :bio WHERE id = :id"_s,
                {{u":bio"_s, speaker.bio}, {u":id"_s, known->id}}))
            return std::nullopt;
        known->hasBio = true;
    }
    return known->id;
}

// Speakers are stored once per article and name, in order of first appearance.
bool LibraryStore::Private::insertSegments(qint64 articleId, const QList<Segment> &segments)
{
    QHash<QString, StoredSpeaker> speakers;
    Statement segmentInsert = db.prepare(
        u"INSERT INTO segments (article_id, ordinal, kind, label, speaker_id, detection_rule, "
        "detection_confidence) VALUES (:article, :ordinal, :kind, :label, :speaker, :rule, :confidence)"_s);
    Statement paragraphInsert = db.prepare(
        u"INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (:segment, :ordinal, :text)"_s);

    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments.at(i);
        qint64 speaker = 0;
        if (segment.speaker) {
            const std::optional<qint64> id = speakerId(articleId, *segment.speaker, speakers);
            if (!id)
                return false;
            speaker = *id;
        }
        const bool detected = !segment.detection.rule.isEmpty();
        if (!segmentInsert.exec({{u":article"_s, articleId}, {u":ordinal"_s, qint64(i)},
                {u":kind"_s, segmentKindName(segment.kind)}, {u":label"_s, segment.label},
                {u":speaker"_s, Store::idOrNull(speaker)},
                {u":rule"_s, detected ? QVariant(segment.detection.rule) : QVariant()},
                {u":confidence"_s, detected ? QVariant(segment.detection.confidence) : QVariant()}}))
            return fail(u"cannot store segment %1"_s.arg(i + 1), segmentInsert);
        const qint64 segmentId = segmentInsert.insertedId();

        for (qsizetype j = 0; j < segment.paragraphs.size(); ++j) {
            if (!paragraphInsert.exec({{u":segment"_s, segmentId}, {u":ordinal"_s, qint64(j)},
                    {u":text"_s, segment.paragraphs.at(j)}}))
                return fail(
                    u"cannot store paragraph %1 of segment %2"_s.arg(j + 1).arg(i + 1), paragraphInsert);
        }
    }
    return writeWordCounts(articleId, segments);
}

bool LibraryStore::Private::linkSpeakers(
    qint64 articleId, const QString &what, const QHash<QString, qint64> &previous)
{
    QString reason;
    return Store::linkSpeakersToPeople(db, matcher, articleId, &reason, previous) ||
        fail(u"%1: %2"_s.arg(what, reason));
}

// Each speaker keeps its profile by name, so the user's merges and names survive a new text.
std::optional<LibraryStore::Private::KeptPeople> LibraryStore::Private::keptPeople(
    qint64 articleId, const QList<SpeakerRename> &renames)
{
    KeptPeople kept;
    if (auto failure = each(u"cannot read the speakers of article %1"_s.arg(articleId),
            u"SELECT name, person_id FROM speakers WHERE article_id = :id AND person_id IS NOT NULL"_s,
            {{u":id"_s, articleId}},
            [&](const Statement &row) { kept.byName.insert(row.text(0), row.id(1)); })) {
        failed(*failure);
        return std::nullopt;
    }
    kept.touched = kept.byName.values();
    for (const SpeakerRename &rename : renames) {
        kept.byName.remove(rename.from);
        // An undo may name a profile a later edit removed: then link by name.
        if (rename.person > 0) {
            const auto exists = one(u"cannot read profile %1"_s.arg(rename.person),
                u"SELECT 1 FROM people WHERE id = :person"_s, {{u":person"_s, rename.person}},
                [](const Statement &) { return true; });
            if (exists.failed()) {
                failed(exists.error());
                return std::nullopt;
            }
            if (*exists) {
                kept.byName.insert(rename.to, rename.person);
                kept.touched.append(rename.person);
            }
        }
        // OR IGNORE: a note the new name had kept from an earlier text wins.
        if (rename.moveNote &&
            !exec(u"cannot move the note on %1"_s.arg(rename.from),
                u"UPDATE OR IGNORE article_notes SET speaker = :to WHERE article_id = :id AND speaker = :from"_s,
                {{u":to"_s, rename.to}, {u":id"_s, articleId}, {u":from"_s, rename.from}}))
            return std::nullopt;
    }
    return kept;
}

bool LibraryStore::Private::writeAnchors(qint64 articleId, const QList<Highlight> &highlights)
{
    Statement update = db.prepare(
        u"UPDATE highlights SET segment_ordinal = :segment, start_offset = :start, end_offset = :end, "
        "quote_exact = :exact, quote_prefix = :prefix, quote_suffix = :suffix, anchor_state = :state "
        "WHERE id = :id AND article_id = :article"_s);
    for (const Highlight &h : highlights) {
        if (!update.exec({{u":segment"_s, qint64(h.anchor.segment)},
                {u":start"_s, qint64(h.anchor.position.start)}, {u":end"_s, qint64(h.anchor.position.end)},
                {u":exact"_s, Store::notNull(h.anchor.quote.exact)},
                {u":prefix"_s, Store::notNull(h.anchor.quote.prefix)},
                {u":suffix"_s, Store::notNull(h.anchor.quote.suffix)},
                {u":state"_s, anchorStateName(h.state)}, {u":id"_s, h.id}, {u":article"_s, articleId}}))
            return fail(u"cannot re-anchor highlight %1"_s.arg(h.id), update);
        if (update.rowsAffected() < 1)
            return fail(u"article %1 has no highlight %2"_s.arg(articleId).arg(h.id));
    }
    return true;
}

bool LibraryStore::Private::replaceSegments(const ArticleChange &change)
{
    const qint64 id = change.article.id;
    const std::optional<KeptPeople> kept = keptPeople(id, change.renames);
    if (!kept)
        return false;
    // Segments first: deleting speakers they still point at would rewrite them to NULL one by one.
    for (const QString &sql : {u"DELETE FROM segments WHERE article_id = :id"_s,
             u"DELETE FROM speakers WHERE article_id = :id"_s}) {
        if (!exec(u"cannot replace the segments of article %1"_s.arg(id), sql, {{u":id"_s, id}}))
            return false;
    }
    if (!insertSegments(id, change.article.segments))
        return false;
    QString reason;
    if (!Store::linkSpeakersToPeople(db, matcher, id, &reason, kept->byName) ||
        !Store::refreshPeople(db, matcher, kept->touched, &reason))
        return fail(u"cannot link the speakers of article %1 to their profiles: %2"_s.arg(id).arg(reason));
    return writeAnchors(id, change.highlights);
}

std::optional<Failure> LibraryStore::Private::readSegments(Article &article) const
{
    const qint64 id = article.id;
    QHash<qint64, Speaker> speakers;
    if (auto failure = each(u"cannot read the speakers of article %1"_s.arg(id),
            u"SELECT id, name, bio FROM speakers WHERE article_id = :id"_s, {{u":id"_s, id}},
            [&](const Statement &row) {
                speakers.insert(row.id(0), Speaker {row.text(1), row.text(2)});
            }))
        return failure;

    QHash<qint64, qsizetype> indexBySegmentId;
    if (auto failure = each(u"cannot read the segments of article %1"_s.arg(id),
            u"SELECT id, kind, label, speaker_id, detection_rule, detection_confidence FROM segments "
            "WHERE article_id = :id ORDER BY ordinal"_s,
            {{u":id"_s, id}}, [&](const Statement &row) {
                Segment segment;
                // The CHECK constraint makes the fallback unreachable unless the file was edited by hand.
                segment.kind = row.named(1, &segmentKindFromName, SegmentKind::Narration);
                segment.label = row.text(2);
                if (const auto speaker = speakers.constFind(row.id(3)); speaker != speakers.cend())
                    segment.speaker = *speaker;
                if (!row.isNull(4))
                    segment.detection = {row.text(4), row.real(5)};
                indexBySegmentId.insert(row.id(0), article.segments.size());
                article.segments.append(segment);
            }))
        return failure;

    return each(u"cannot read the paragraphs of article %1"_s.arg(id),
        u"SELECT p.segment_id, p.text FROM paragraphs AS p JOIN segments AS s ON s.id = p.segment_id "
        "WHERE s.article_id = :id ORDER BY s.ordinal, p.ordinal"_s,
        {{u":id"_s, id}}, [&](const Statement &row) {
            if (const auto index = indexBySegmentId.constFind(row.id(0)); index != indexBySegmentId.cend())
                article.segments[*index].paragraphs.append(row.text(1));
        });
}

bool LibraryStore::Private::writeScheme(qint64 articleId, const SegmentationScheme &scheme)
{
    const QString what = u"cannot store how article %1 was read"_s.arg(articleId);
    if (scheme.name.isEmpty())
        return bool(
            exec(what, u"DELETE FROM article_schemes WHERE article_id = :id"_s, {{u":id"_s, articleId}}));
    return bool(exec(what,
        u"INSERT OR REPLACE INTO article_schemes (article_id, name, confidence, evidence, cast_list) "
        "VALUES (:id, :name, :confidence, :evidence, :cast)"_s,
        {{u":id"_s, articleId}, {u":name"_s, scheme.name},
            {u":confidence"_s, std::clamp(scheme.confidence, 0.0, 1.0)},
            {u":evidence"_s, stringsToText(scheme.evidence)}, {u":cast"_s, stringsToText(scheme.cast)}}));
}

std::optional<Failure> LibraryStore::Private::readScheme(Article &article) const
{
    return each(u"cannot read how article %1 was read"_s.arg(article.id),
        u"SELECT name, confidence, evidence, cast_list FROM article_schemes WHERE article_id = :id"_s,
        {{u":id"_s, article.id}}, [&](const Statement &row) {
            article.scheme = {
                row.text(0), row.real(1), stringsFromText(row.text(2)), stringsFromText(row.text(3))};
        });
}

LibraryStore::LibraryStore(const PersonMatcher *matcher, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->matcher = matcher;
}

LibraryStore::~LibraryStore()
{
    close();
}

QString LibraryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

int LibraryStore::latestSchemaVersion()
{
    return Store::latestSchemaVersion();
}

bool LibraryStore::open(const QString &path, OpenMode mode)
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
    if (!existed && mode != OpenMode::Create)
        return d->fail(u"there is no library at %1"_s.arg(filePath));
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return d->fail(u"cannot create the folder %1"_s.arg(info.absolutePath()));

    d->readOnly = mode == OpenMode::ReadOnly ? u"it was opened for reading only"_s : QString();
    if (existed && d->readOnly.isEmpty())
        d->readOnly = Store::whyLibraryIsNotWritable(filePath);
    // A damaged file is never written into (nor migrated): what can still be read is read-only.
    // quick_check reads every page, so a large library is checked in the background instead.
    d->damaged = false;
    if (existed && d->readOnly.isEmpty() && info.size() <= OpenCheckLimit && d->open(filePath) &&
        d->checkIsOurs(filePath)) {
        if (const QString damage = d->damage(); !damage.isEmpty()) {
            qCWarning(lcStore) << filePath << "is damaged:" << damage;
            d->readOnly = u"SQLite found it damaged (%1); restore it from a backup or copy out what "
                          "still reads"_s.arg(damage.left(200));
            d->damaged = true;
        }
        d->db.close();
    }
    QString reason;
    const bool ok = !d->readOnly.isEmpty() ? d->openReadOnly(filePath)
                                           : d->open(filePath) && d->checkIsOurs(filePath) &&
            d->checkFullTextSearch(filePath) && d->configure() &&
            (Store::applyMigrations(d->db, Store::schemaMigrations(), d->matcher, &reason) ||
                d->fail(u"cannot open %1: %2"_s.arg(filePath, reason)));
    if (!ok) {
        d->readOnly.clear();
        d->db.close();
        // A library we created and could not set up is not worth keeping.
        if (!existed) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(filePath + suffix);
        }
        return false;
    }

    d->path = filePath;
    d->schemaVersion = Store::latestSchemaVersion();
    qCDebug(lcStore) << "opened" << filePath << (d->readOnly.isEmpty() ? "" : "read-only:") << d->readOnly;
    return true;
}

void LibraryStore::close()
{
    // A clean close leaves the whole library in its one file: the WAL is folded back and
    // emptied even when another connection keeps it from being deleted.
    if (d->db.isOpen() && d->readOnly.isEmpty()) {
        Statement checkpoint = d->db.runOnce(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!checkpoint.next())
            qCWarning(lcStore).noquote() << "cannot checkpoint the WAL:" << checkpoint.errorText();
        else if (checkpoint.integer(0) != 0)
            qCWarning(lcStore) << "the WAL could not be emptied: another connection is reading";
    }
    d->db.close();
    d->path.clear();
    d->readOnly.clear();
    d->damaged = false;
    d->schemaVersion = 0;
}

bool LibraryStore::isOpen() const
{
    return d->db.isOpen();
}

bool LibraryStore::isDamaged() const
{
    return isOpen() && d->damaged;
}

void LibraryStore::markDamaged(const QString &why)
{
    if (!isOpen() || d->damaged)
        return;
    qCWarning(lcStore).noquote() << d->path << "is damaged:" << why;
    d->damaged = true;
    d->readOnly = u"%1; restore it from a backup or copy out what still reads"_s.arg(why);
    Q_EMIT damageFound();
}

void LibraryStore::announceReplaced()
{
    Q_EMIT collectionsChanged();
    Q_EMIT annotationsChanged();
    Q_EMIT peopleChanged();
    Q_EMIT segmentationRulesChanged();
}

bool LibraryStore::isReadOnly() const
{
    return isOpen() && !d->readOnly.isEmpty();
}

QString LibraryStore::readOnlyReason() const
{
    return isOpen() ? d->readOnly : QString();
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

void LibraryStore::beginStep()
{
    if (d->stepDepth++ == 0) {
        d->stepFailed = false;
        d->heldSignals.clear();
    }
}

bool LibraryStore::endStep(bool commit)
{
    Q_ASSERT(d->stepDepth > 0);
    if (!commit)
        d->stepFailed = true;
    if (--d->stepDepth > 0)
        return true;
    std::unique_ptr<Store::Transaction> transaction = std::move(d->stepTransaction);
    const auto held = std::exchange(d->heldSignals, {});
    const bool failed = std::exchange(d->stepFailed, false);
    if (!transaction)
        return !failed || !commit;
    if (failed) {
        transaction->rollback();
        return !commit;
    }
    QString reason;
    if (!transaction->commit(&reason)) {
        transaction->rollback();
        return d->fail(u"cannot save the changes: %1"_s.arg(reason));
    }
    for (const auto &signal : held)
        signal.second();
    return true;
}

bool LibraryStore::stepFailed() const
{
    return d->stepDepth > 0 && d->stepFailed;
}

bool LibraryStore::apply(AnyChange &change)
{
    return std::visit(
        [this](auto &c) {
            using Change = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<Change, AnnotationChange>)
                return applyAnnotationChange(c);
            else if constexpr (std::is_same_v<Change, PeopleChange>)
                return applyPeopleChange(c);
            else if constexpr (std::is_same_v<Change, ArticleChange>)
                return replaceArticle(c);
            else if constexpr (std::is_same_v<Change, LibraryChange>)
                return applyLibraryChange(c);
            else if constexpr (std::is_same_v<Change, RuleChange>)
                return applyRuleChange(c);
            else
                return applyTrashChange(c);
        },
        change);
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
    Statement mode = d->db.run(u"PRAGMA journal_mode"_s);
    if (mode.next())
        result.journalMode = mode.text(0).toLower();
    return result;
}

AddResult LibraryStore::addArticle(const Article &article)
{
    // By the time these return, d->fail() has logged and set errorString().
    auto failed = [this] {
        return AddResult {0, false, false, d->error};
    };
    if (!d->startWrite())
        return failed();
    if (article.sourceFormat.isEmpty()) {
        d->fail(u"cannot store an article without a source format"_s);
        return failed();
    }
    const QString hash = hashOf(article);

    Store::Transaction transaction(d->db);
    if (!d->begin(transaction, u"cannot start storing the article"_s))
        return failed();
    // Checked inside the write lock, so two imports of one file cannot both create it.
    const auto existing = d->findByHash(hash);
    if (existing.failed()) {
        d->failed(existing.error());
        return failed();
    }
    if (*existing) {
        const auto trashed = trashedAt(**existing);
        return {**existing, false, trashed.ok() && trashed->value_or(QDateTime()).isValid(), QString()};
    }

    const std::optional<qint64> id = d->insertArticle(article, hash);
    if (!id || !d->insertSegments(*id, article.segments) || !d->writeScheme(*id, article.scheme) ||
        !d->linkSpeakers(*id, u"cannot link the speakers to their profiles"_s) ||
        !d->commit(transaction, u"cannot store the article"_s))
        return failed();

    qCDebug(lcStore) << "stored article" << *id << article.sourcePath;
    d->announce(u"added %1"_s.arg(*id), [this, id = *id] { Q_EMIT articleAdded(id); });
    return {*id, true, false, QString()};
}

bool LibraryStore::removeArticle(qint64 id)
{
    if (!d->startWrite())
        return false;
    const QString what = u"cannot remove article %1"_s.arg(id);
    Store::Transaction transaction(d->db);
    if (!d->begin(transaction, what) || !d->deleteArticle(id) || !d->commit(transaction, what))
        return false;
    d->announce(u"removed %1"_s.arg(id), [this, id] { Q_EMIT articleRemoved(id); });
    return true;
}

bool LibraryStore::Private::deleteArticle(qint64 id)
{
    const QString what = u"cannot remove article %1"_s.arg(id);
    QList<qint64> people;
    if (auto failure = each(what,
            u"SELECT DISTINCT person_id FROM speakers WHERE article_id = :id AND person_id IS NOT NULL"_s,
            {{u":id"_s, id}}, [&](const Statement &row) { people.append(row.id(0)); }))
        return failed(*failure);
    {
        // The cascades to speakers, segments and annotations run inside this statement.
        const Statement remove = exec(what, u"DELETE FROM articles WHERE id = :id"_s, {{u":id"_s, id}});
        if (!remove)
            return false;
        if (remove.rowsAffected() < 1)
            return fail(u"there is no article %1 in the library"_s.arg(id));
    }
    QString reason;
    if (!Store::refreshPeople(db, matcher, people, &reason))
        return fail(u"%1: %2"_s.arg(what, reason));
    return true;
}

bool LibraryStore::replaceArticle(const ArticleChange &change)
{
    const Article &article = change.article;
    if (!d->startWrite())
        return false;
    if (article.sourceFormat.isEmpty())
        return d->fail(u"cannot store an article without a source format"_s);
    const qint64 id = article.id;
    const QString hash = hashOf(article);

    Store::Transaction transaction(d->db);
    if (!d->begin(transaction, u"cannot start replacing article %1"_s.arg(id)))
        return false;
    // Checked inside the write lock; the UNIQUE constraint would refuse it too, less clearly.
    const auto existing = d->findByHash(hash);
    if (existing.failed())
        return d->failed(existing.error());
    if (*existing && **existing != id)
        return d->fail(u"this text is already in the library as article %1"_s.arg(**existing));
    if (!d->updateArticleRow(article, hash) || !d->replaceSegments(change) ||
        !d->writeScheme(id, article.scheme) ||
        !d->commit(transaction, u"cannot replace article %1"_s.arg(id)))
        return false;

    qCDebug(lcStore) << "replaced the text of article" << id << "from" << article.sourcePath;
    d->announce(u"changed %1"_s.arg(id), [this, id] { Q_EMIT articleChanged(id); });
    d->announce(u"annotations"_s, [this] { Q_EMIT annotationsChanged(); });
    return true;
}

Result<QList<ArticleSummary>> LibraryStore::articles() const
{
    QList<ArticleSummary> result;
    QHash<qint64, qsizetype> indexById;
    if (auto failure = d->each(u"cannot list the articles"_s,
            u"SELECT id, title, source_path, imported_at, content_hash, source_name, url, published, "
            "(SELECT group_concat(collection_id) FROM article_collections WHERE article_id = articles.id) "
            "FROM articles WHERE trashed_at IS NULL ORDER BY imported_at DESC, id DESC"_s,
            {}, [&](const Statement &row) {
                ArticleSummary summary;
                summary.id = row.id(0);
                summary.title = row.text(1);
                summary.sourcePath = row.text(2);
                summary.importedAt = row.time(3);
                summary.contentHash = row.text(4).toLatin1();
                summary.source = row.text(5);
                summary.url = row.text(6);
                summary.published = QDate::fromString(row.text(7), Qt::ISODate);
                for (const QString &collection : row.text(8).split(u',', Qt::SkipEmptyParts))
                    summary.collections.append(collection.toLongLong());
                indexById.insert(summary.id, result.size());
                result.append(summary);
            }))
        return *failure;
    if (auto failure = d->each(u"cannot list the speakers"_s,
            u"SELECT article_id, name FROM speakers ORDER BY article_id, ordinal"_s, {},
            [&](const Statement &row) {
                if (const auto index = indexById.constFind(row.id(0)); index != indexById.cend())
                    result[*index].speakerNames.append(row.text(1));
            }))
        return *failure;
    return result;
}

Result<std::optional<Article>> LibraryStore::article(qint64 id) const
{
    auto read = d->one(u"cannot read article %1"_s.arg(id),
        u"SELECT id, title, source_path, source_format, imported_at, content_hash, metadata, raw_source, "
        "normalized_text FROM articles WHERE id = :id"_s,
        {{u":id"_s, id}}, &articleFromRow);
    if (!read.found())
        return read;
    Article article = std::move(**read);
    // The stored SHA-256 catches text changed under the library (a flipped byte, a bad disk).
    if (contentHashOf(article.normalizedText) != article.contentHash)
        return Failure {u"article %1 is damaged: its text no longer matches the SHA-256 stored with it; "
                        "restore the library from a backup or reimport the article"_s.arg(id)};
    if (auto failure = d->readSegments(article))
        return *failure;
    if (auto failure = d->readScheme(article))
        return *failure;
    return article;
}

Result<std::optional<QStringList>> LibraryStore::segmentTexts(qint64 articleId) const
{
    bool found = false;
    QStringList texts;
    qint64 current = -1;
    QStringList paragraphs;
    // One row per paragraph, and one (text NULL) for a segment without any; none for an unknown article.
    if (auto failure = d->each(u"cannot read the text of article %1"_s.arg(articleId),
            u"SELECT s.ordinal, p.text FROM articles AS a LEFT JOIN segments AS s ON s.article_id = a.id "
            "LEFT JOIN paragraphs AS p ON p.segment_id = s.id WHERE a.id = :id ORDER BY s.ordinal, p.ordinal"_s,
            {{u":id"_s, articleId}}, [&](const Statement &row) {
                found = true;
                if (row.isNull(0))
                    return; // an article without segments
                if (row.integer(0) != current) {
                    if (current >= 0)
                        texts.append(paragraphs.join(u'\n'));
                    paragraphs.clear();
                    current = row.integer(0);
                }
                if (!row.isNull(1))
                    paragraphs.append(row.text(1));
            }))
        return *failure;
    if (!found)
        return std::nullopt;
    if (current >= 0)
        texts.append(paragraphs.join(u'\n'));
    return texts;
}

Result<std::optional<QString>> LibraryStore::segmentText(qint64 articleId, qsizetype segment) const
{
    bool found = false;
    QStringList paragraphs;
    if (auto failure = d->each(u"cannot read segment %1 of article %2"_s.arg(segment).arg(articleId),
            u"SELECT p.text FROM segments AS s LEFT JOIN paragraphs AS p ON p.segment_id = s.id "
            "WHERE s.article_id = :id AND s.ordinal = :ordinal ORDER BY p.ordinal"_s,
            {{u":id"_s, articleId}, {u":ordinal"_s, qint64(segment)}}, [&](const Statement &row) {
                found = true;
                if (!row.isNull(0))
                    paragraphs.append(row.text(0));
            }))
        return *failure;
    if (!found)
        return std::nullopt;
    return paragraphs.join(u'\n');
}

Result<std::optional<qint64>> LibraryStore::articleIdByHash(const QByteArray &contentHash) const
{
    return d->findByHash(QString::fromLatin1(contentHash));
}

} // namespace Colloquy
