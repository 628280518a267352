#include "rawdatabase.h"
#include "store/database_p.h"
#include "store/librarystore.h"
#include "store/migrations_p.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace Colloquy {

// Found by QCOMPARE through argument-dependent lookup: readable diffs of segment lists.
char *toString(const Segment &segment)
{
    QString text =
        segmentKindName(segment.kind) + u" label="_s + (segment.label.isNull() ? u"<null>"_s : segment.label);
    if (segment.speaker) {
        text += u" speaker="_s + segment.speaker->name + u" bio="_s +
            (segment.speaker->bio.isNull() ? u"<null>"_s : segment.speaker->bio);
    }
    text += u" paragraphs="_s + segment.paragraphs.join(u" | "_s);
    if (!segment.detection.rule.isEmpty())
        text +=
            u" detection="_s + segment.detection.rule + u'@' + QString::number(segment.detection.confidence);
    return QTest::toString(text);
}

} // namespace Colloquy

namespace {

Article sampleArticle(const QString &normalizedText = u"Harbors text"_s)
{
    Article article;
    article.title = u"Harbors and Their Futures"_s;
    article.sourcePath = u"/articles/harbors.txt"_s;
    article.sourceFormat = u"text"_s;
    article.importedAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30, 12, 345), QTimeZone::utc());
    article.metadata = {{u"byline"_s, u"Staff reporter"_s}, {u"section"_s, u"Opinion"_s}};
    // Raw sources are bytes as read: NULs and invalid UTF-8 must survive.
    article.rawSource = QByteArray("raw\0bytes \xff\xfe end", 16);
    article.normalizedText = normalizedText;
    article.contentHash = contentHashOf(normalizedText);
    const Speaker jane {u"Jane Doe-Smith"_s, u"a professor of economics at Some University"_s};
    const Speaker marcus {u"Marcus Oyelaran-Berg"_s, QString()};
    article.segments = {
        {SegmentKind::Caption, QString(), std::nullopt, {u"Photo: cranes at dusk"_s}},
        {SegmentKind::EditorNote, u"Editor's Note"_s, std::nullopt,
            {u"Ships keep growing."_s, u"Shortened."_s}},
        {SegmentKind::Speaker, QString(), jane,
            {u"In my view, it is specialization."_s, u"Patient money."_s}},
        {SegmentKind::Speaker, u"Q"_s, marcus, {u"I would put the emphasis elsewhere — on roads."_s}},
        {SegmentKind::Speaker, QString(), jane, {u"Café owners agree."_s}},
        {SegmentKind::Narration, QString(), std::nullopt, {u"The views are the speakers' own."_s}},
    };
    // How the segmenter found a boundary is kept too; a hand-made segment has no detection.
    article.segments[2].detection = {u"glued-name-bio"_s, 0.82};
    article.segments[3].detection = {u"turn-label-qa"_s, 0.95};
    article.scheme = {u"transcript"_s, 0.875, {u"2 turns opened by 1 label"_s, u"Q resolved to Marcus"_s},
        {u"Jane Doe-Smith"_s, u"Marcus Oyelaran-Berg"_s}};
    return article;
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freshLibraryIsMigratedToLatestSchema();
    void openCreatesParentFolders();
    void defaultPathIsUnderAppDataLocation();
    void addedArticleReadsBackUnchanged();
    void nullTextsAreStoredAsSqlNull();
    void laterTurnsShareTheSpeakerRow();
    void addingSameContentTwiceStoresItOnce();
    void failedAddStoresNothing();
    void removeArticleCascades();
    void removingUnknownArticleFails();
    void articlesAreListedNewestFirstWithSpeakers();
    void unknownIdReadsAsNothing();
    void readsOfAClosedLibraryFailInsteadOfFindingNothing();
    void keptStatementsAnswerEachRunAfresh();
    void largeArticlesRoundTripBesideSmallOnes();
    void reopeningKeepsDataWithoutMigratingAgain();
    void secondStoreSeesCommittedArticles();
    void refusesNewerSchema();
    void refusesFileThatIsNotADatabase();
    void refusesOtherApplicationsDatabase();
    void failedMigrationRollsBack();
    void version1LibraryMigratesKeepingArticles();
    void removingArticleRemovesItsAnnotationsOnly();
    void themeWithClaimsCannotBeDeletedBehindTheCore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLibraryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibraryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"library.sqlite"_s);
}

void TestLibraryStore::cleanup()
{
    m_dir.reset();
}

void TestLibraryStore::freshLibraryIsMigratedToLatestSchema()
{
    LibraryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), m_path);
    QVERIFY(LibraryStore::latestSchemaVersion() >= 1);
    QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());

    const StoreDiagnostics diagnostics = store.diagnostics();
    QCOMPARE(diagnostics.schemaVersion, LibraryStore::latestSchemaVersion());
    QCOMPARE(diagnostics.journalMode, u"wal"_s);
    QVERIFY(diagnostics.foreignKeys);
    QCOMPARE(diagnostics.synchronous, 2); // FULL
    QVERIFY(diagnostics.busyTimeoutMs > 0);

    RawDatabase raw(m_path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s), LibraryStore::latestSchemaVersion());
    QCOMPARE(raw.value(u"PRAGMA application_id"_s), Store::ApplicationId);
    QSqlQuery tables(raw.database());
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    // sqlite_sequence holds the AUTOINCREMENT counters of highlights, themes,
    // people and undo steps; the *_fts tables are the full-text indexes and FTS5's shadow tables.
    QCOMPARE(names,
        QStringList({u"article_collections"_s, u"article_notes"_s, u"article_schemes"_s, u"articles"_s,
            u"attributes"_s, u"claim_relations"_s, u"collections"_s, u"highlight_themes"_s, u"highlights"_s,
            u"notes"_s, u"notes_fts"_s, u"notes_fts_config"_s, u"notes_fts_data"_s, u"notes_fts_docsize"_s,
            u"notes_fts_idx"_s, u"paragraphs"_s, u"paragraphs_fts"_s, u"paragraphs_fts_config"_s,
            u"paragraphs_fts_data"_s, u"paragraphs_fts_docsize"_s, u"paragraphs_fts_idx"_s, u"people"_s,
            u"person_attributes"_s, u"removed_article_ids"_s, u"segmentation_rules"_s, u"segments"_s,
            u"speaker_family_keys"_s, u"speakers"_s, u"sqlite_sequence"_s, u"themes"_s, u"undo_steps"_s}));
}

void TestLibraryStore::openCreatesParentFolders()
{
    const QString path = m_dir->filePath(u"a/b/c/library.sqlite"_s);
    LibraryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(QFile::exists(path));
}

void TestLibraryStore::defaultPathIsUnderAppDataLocation()
{
    const QString path = LibraryStore::defaultPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s);
}

void TestLibraryStore::addedArticleReadsBackUnchanged()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    // Every turn of a speaker carries the same bio here, so the round trip is exact.
    const Article original = sampleArticle();

    const AddResult added = store.addArticle(original);
    QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
    QVERIFY(added.created);
    QVERIFY(added.id > 0);

    const std::optional<Article> stored = *store.article(added.id);
    QVERIFY(stored);
    QCOMPARE(stored->id, added.id);
    QCOMPARE(stored->title, original.title);
    QCOMPARE(stored->sourcePath, original.sourcePath);
    QCOMPARE(stored->sourceFormat, original.sourceFormat);
    QCOMPARE(stored->importedAt, original.importedAt);
    QCOMPARE(stored->importedAt.timeSpec(), Qt::UTC);
    QCOMPARE(stored->contentHash, original.contentHash);
    QCOMPARE(stored->metadata, original.metadata);
    QCOMPARE(stored->rawSource, original.rawSource);
    QCOMPARE(stored->normalizedText, original.normalizedText);
    QCOMPARE(stored->segments, original.segments);
    QCOMPARE(stored->speakers(), original.speakers());
    QCOMPARE(stored->scheme, original.scheme);
    QCOMPARE(*store.articleIdByHash(original.contentHash), std::optional<qint64>(added.id));
}

void TestLibraryStore::nullTextsAreStoredAsSqlNull()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    Article original = sampleArticle();
    original.title = QString();
    original.segments[1].label = u""_s; // empty is not null: it must stay empty

    const AddResult added = store.addArticle(original);
    QVERIFY2(added.created, qPrintable(added.error));
    const std::optional<Article> stored = *store.article(added.id);
    QVERIFY(stored);
    QVERIFY(stored->title.isNull());
    QVERIFY(stored->segments.at(0).label.isNull());
    QVERIFY(!stored->segments.at(1).label.isNull());
    QVERIFY(stored->segments.at(1).label.isEmpty());
    QVERIFY(stored->segments.at(3).speaker->bio.isNull());
    QVERIFY(!stored->segments.at(0).speaker);

    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM articles WHERE title IS NULL"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM segments WHERE label IS NULL"_s), 4);
    QCOMPARE(raw.value(u"SELECT count(*) FROM speakers WHERE bio IS NULL"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM segments WHERE speaker_id IS NULL"_s), 3);
}

void TestLibraryStore::laterTurnsShareTheSpeakerRow()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    Article original = sampleArticle();
    // As printed: Jane's second turn has no bio; Marcus's bio comes only with his second turn.
    original.segments[4].speaker->bio = QString();
    original.segments.append({SegmentKind::Speaker, QString(),
        Speaker {u"Marcus Oyelaran-Berg"_s, u"a researcher"_s}, {u"One more thing."_s}});

    const AddResult added = store.addArticle(original);
    QVERIFY2(added.created, qPrintable(added.error));

    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM speakers"_s), 2);
    QCOMPARE(raw.value(u"SELECT count(DISTINCT speaker_id) FROM segments WHERE speaker_id IS NOT NULL"_s), 2);

    const std::optional<Article> stored = *store.article(added.id);
    QVERIFY(stored);
    const Speaker jane {u"Jane Doe-Smith"_s, u"a professor of economics at Some University"_s};
    const Speaker marcus {u"Marcus Oyelaran-Berg"_s, u"a researcher"_s};
    QCOMPARE(stored->segments.at(2).speaker, std::optional<Speaker>(jane));
    QCOMPARE(stored->segments.at(4).speaker, std::optional<Speaker>(jane));
    QCOMPARE(stored->segments.at(3).speaker, std::optional<Speaker>(marcus));
    QCOMPARE(stored->segments.at(6).speaker, std::optional<Speaker>(marcus));
    QCOMPARE(store.articles()->constFirst().speakerNames, QStringList({jane.name, marcus.name}));
}

void TestLibraryStore::addingSameContentTwiceStoresItOnce()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy added(&store, &LibraryStore::articleAdded);

    const AddResult first = store.addArticle(sampleArticle());
    QVERIFY2(first.created, qPrintable(first.error));
    Article again = sampleArticle();
    again.sourcePath = u"/elsewhere/copy.txt"_s; // same text from another file is the same article
    const AddResult second = store.addArticle(again);

    QVERIFY(second.error.isEmpty());
    QVERIFY(!second.created);
    QCOMPARE(second.id, first.id);
    QCOMPARE(store.articles()->size(), 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().constFirst().toLongLong(), first.id);
    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM segments"_s), sampleArticle().segments.size());
}

void TestLibraryStore::failedAddStoresNothing()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy added(&store, &LibraryStore::articleAdded);
    Article broken = sampleArticle();
    // A null paragraph binds as NULL and breaks NOT NULL after the article and most rows went in.
    broken.segments.last().paragraphs.append(QString());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^cannot store paragraph 2 of segment 6: "_s));
    const AddResult result = store.addArticle(broken);
    QVERIFY(!result.created);
    QCOMPARE(result.id, 0);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(store.errorString(), result.error);
    QCOMPARE(added.size(), 0);
    {
        RawDatabase raw(m_path);
        for (const QString &table : {u"articles"_s, u"speakers"_s, u"segments"_s, u"paragraphs"_s})
            QCOMPARE(raw.value(u"SELECT count(*) FROM "_s + table), 0);
    }

    // The transaction is gone, not left open: the next add works.
    const AddResult fixed = store.addArticle(sampleArticle());
    QVERIFY2(fixed.created, qPrintable(fixed.error));
    QVERIFY(store.errorString().isEmpty());
}

void TestLibraryStore::removeArticleCascades()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy removed(&store, &LibraryStore::articleRemoved);
    const qint64 doomed = store.addArticle(sampleArticle(u"first"_s)).id;
    const qint64 kept = store.addArticle(sampleArticle(u"second"_s)).id;
    QVERIFY(doomed > 0 && kept > 0);

    QVERIFY2(store.removeArticle(doomed), qPrintable(store.errorString()));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toLongLong(), doomed);
    QVERIFY(!*store.article(doomed));
    QVERIFY(*store.article(kept));

    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM articles"_s), 1);
    const qint64 segmentsPerArticle = sampleArticle().segments.size();
    QCOMPARE(raw.value(u"SELECT count(*) FROM segments"_s), segmentsPerArticle);
    QCOMPARE(raw.value(u"SELECT count(*) FROM speakers"_s), 2);
    QCOMPARE(
        raw.value(u"SELECT count(*) FROM segments WHERE article_id NOT IN (SELECT id FROM articles)"_s), 0);
    QCOMPARE(
        raw.value(u"SELECT count(*) FROM speakers WHERE article_id NOT IN (SELECT id FROM articles)"_s), 0);
    QCOMPARE(
        raw.value(u"SELECT count(*) FROM paragraphs WHERE segment_id NOT IN (SELECT id FROM segments)"_s), 0);
    QCOMPARE(raw.value(u"SELECT count(*) FROM paragraphs"_s), 8);
    QCOMPARE(raw.value(u"SELECT count(*) FROM article_schemes"_s), 1);
    QCOMPARE(raw.value(u"SELECT article_id FROM article_schemes"_s), kept);
}

void TestLibraryStore::removingUnknownArticleFails()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    QSignalSpy removed(&store, &LibraryStore::articleRemoved);
    QTest::ignoreMessage(QtWarningMsg, "there is no article 4711 in the library");
    QVERIFY(!store.removeArticle(4711));
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(removed.size(), 0);
}

void TestLibraryStore::articlesAreListedNewestFirstWithSpeakers()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    const QDateTime base(QDate(2024, 1, 1), QTime(8, 0), QTimeZone::utc());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Article article = sampleArticle(u"text %1"_s.arg(i));
        // Out of insertion order, so the list sorts by time and not by id.
        article.importedAt = base.addSecs(3600 * ((i + 1) % 3));
        article.title = u"Article %1"_s.arg(i);
        ids.append(store.addArticle(article).id);
    }

    const QList<ArticleSummary> summaries = *store.articles();
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, ids.at(1));
    QCOMPARE(summaries.at(1).id, ids.at(0));
    QCOMPARE(summaries.at(2).id, ids.at(2));
    QCOMPARE(summaries.at(0).title, u"Article 1"_s);
    QCOMPARE(summaries.at(0).importedAt, base.addSecs(2 * 3600));
    QCOMPARE(summaries.at(0).sourcePath, u"/articles/harbors.txt"_s);
    QCOMPARE(summaries.at(0).contentHash, contentHashOf(u"text 1"_s));
    QCOMPARE(summaries.at(0).speakerNames, QStringList({u"Jane Doe-Smith"_s, u"Marcus Oyelaran-Berg"_s}));
}

void TestLibraryStore::unknownIdReadsAsNothing()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    const Result<std::optional<Article>> article = store.article(42);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    QVERIFY(!article.value());
    const Result<std::optional<qint64>> byHash = store.articleIdByHash("0123abcd");
    QVERIFY2(byHash.ok(), qPrintable(byHash.error()));
    QVERIFY(!byHash.value());
}

void TestLibraryStore::readsOfAClosedLibraryFailInsteadOfFindingNothing()
{
    LibraryStore store;
    QTest::ignoreMessage(QtWarningMsg, "the library is not open");
    const Result<QList<ArticleSummary>> articles = store.articles();
    QVERIFY(articles.failed());
    QCOMPARE(articles.error(), u"the library is not open"_s);
    QVERIFY(articles->isEmpty());
    QTest::ignoreMessage(QtWarningMsg, "the library is not open");
    const Result<Article> article = store.article(1).orFailure(u"there is no article 1"_s);
    QCOMPARE(article.error(), u"the library is not open"_s);
    // A read leaves the error of writes alone.
    QVERIFY(store.errorString().isEmpty());
}

void TestLibraryStore::keptStatementsAnswerEachRunAfresh()
{
    // Statements are prepared once and kept per SQL text: each run must answer for its own
    // bound values, never with the rows of the run before.
    LibraryStore store;
    QVERIFY(store.open(m_path));
    const qint64 first = store.addArticle(sampleArticle(u"first"_s)).id;
    const qint64 second = store.addArticle(sampleArticle(u"second"_s)).id;
    QVERIFY(first > 0 && second > 0);
    const Result<QList<ArticleSummary>> all = store.articles();
    QVERIFY(all.ok());
    for (const ArticleSummary &summary : *all) {
        const Result<std::optional<Article>> read = store.article(summary.id);
        QVERIFY(read.found());
        QCOMPARE(read.value()->id, summary.id);
        QCOMPARE(store.article(summary.id == first ? second : first)->value().id,
            summary.id == first ? second : first);
    }
}

void TestLibraryStore::largeArticlesRoundTripBesideSmallOnes()
{
    // A statement that bound or read a large text is dropped rather than kept (it would hold the
    // text in memory): the next article, small or large, is written and read through a new one.
    LibraryStore store;
    QVERIFY(store.open(m_path));
    auto large = [](const QString &word) {
        QStringList sentences;
        for (int i = 0; i < 6000; ++i)
            sentences.append(u"The %1 ferry leaves at %2."_s.arg(word).arg(i));
        Article article = sampleArticle(sentences.join(u' '));
        article.rawSource = article.normalizedText.toUtf8();
        article.segments[2].paragraphs = {article.normalizedText, u"Patient money."_s};
        return article;
    };
    const QList<Article> articles {large(u"early"_s), sampleArticle(u"small"_s), large(u"late"_s)};
    QVERIFY(articles.constFirst().normalizedText.size() > 100 * 1024);
    QList<qint64> ids;
    for (const Article &article : articles) {
        const AddResult added = store.addArticle(article);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        ids.append(added.id);
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const std::optional<Article> stored = *store.article(ids.at(i));
            QVERIFY(stored);
            QCOMPARE(stored->normalizedText, articles.at(i).normalizedText);
            QCOMPARE(stored->rawSource, articles.at(i).rawSource);
            QCOMPARE(stored->segments, articles.at(i).segments);
        }
    }
}

void TestLibraryStore::reopeningKeepsDataWithoutMigratingAgain()
{
    Article original = sampleArticle();
    qint64 id = 0;
    {
        LibraryStore store;
        QVERIFY(store.open(m_path));
        id = store.addArticle(original).id;
        QVERIFY(id > 0);
    }

    // Migration 1 is plain CREATE TABLE: running it again would fail the open.
    LibraryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
    QCOMPARE(store.articles()->size(), 1);
    const std::optional<Article> stored = *store.article(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, original.title);
    QCOMPARE(stored->segments, original.segments);
}

void TestLibraryStore::secondStoreSeesCommittedArticles()
{
    LibraryStore writer;
    LibraryStore reader;
    QVERIFY(writer.open(m_path));
    QVERIFY(reader.open(m_path));
    const qint64 id = writer.addArticle(sampleArticle()).id;
    QVERIFY(id > 0);
    QVERIFY(*reader.article(id));
    QCOMPARE(reader.addArticle(sampleArticle()).id, id);
}

void TestLibraryStore::refusesNewerSchema()
{
    {
        LibraryStore store;
        QVERIFY(store.open(m_path));
    }
    {
        RawDatabase raw(m_path);
        // Rollback-journal mode: switching it to WAL too early would change the header bytes.
        QVERIFY(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(LibraryStore::latestSchemaVersion() + 1)));
    }
    const QByteArray before = readFile(m_path);
    QVERIFY(!before.isEmpty());

    LibraryStore store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"was written by a newer version"_s));
    QVERIFY(!store.open(m_path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"newer version"_s), qPrintable(store.errorString()));
    store.close();
    QCOMPARE(readFile(m_path), before);
}

void TestLibraryStore::refusesFileThatIsNotADatabase()
{
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(40);
    QVERIFY(writeFile(m_path, text));

    LibraryStore store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not an SQLite database"_s));
    QVERIFY(!store.open(m_path));
    QVERIFY(!store.isOpen());
    QVERIFY2(store.errorString().contains(u"not an SQLite database"_s), qPrintable(store.errorString()));
    QCOMPARE(readFile(m_path), text);
    QTest::ignoreMessage(QtWarningMsg, "the library is not open");
    QVERIFY(!store.addArticle(sampleArticle()).error.isEmpty());
}

void TestLibraryStore::refusesOtherApplicationsDatabase()
{
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.exec(u"CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"_s));
    }
    const QByteArray before = readFile(m_path);

    LibraryStore store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"another application"_s));
    QVERIFY(!store.open(m_path));
    QVERIFY2(store.errorString().contains(u"another application"_s), qPrintable(store.errorString()));
    QCOMPARE(readFile(m_path), before);
}

void TestLibraryStore::failedMigrationRollsBack()
{
    RawDatabase raw(m_path);
    QVERIFY(raw.isOpen());
    const QList<Store::Migration> migrations = {
        {1, {u"CREATE TABLE first (id INTEGER PRIMARY KEY)"_s}},
        {2, {u"CREATE TABLE second (id INTEGER PRIMARY KEY)"_s, u"INSERT INTO missing (id) VALUES (1)"_s}},
    };
    Store::Database db(raw.database());
    QString error;
    QVERIFY(!Store::applyMigrations(db, migrations, nullptr, &error));
    QVERIFY2(error.contains(u"schema version 2"_s), qPrintable(error));

    QCOMPARE(raw.value(u"PRAGMA user_version"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'first'"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'second'"_s), 0);
}

void TestLibraryStore::version1LibraryMigratesKeepingArticles()
{
    {
        // A library as version 1 of Colloquy left it, with an article written by its schema.
        RawDatabase raw(m_path);
        QVERIFY(raw.isOpen());
        Store::Database db(raw.database());
        QString error;
        QVERIFY2(Store::applyMigrations(db, Store::schemaMigrations().first(1), nullptr, &error),
            qPrintable(error));
        QCOMPARE(raw.value(u"PRAGMA user_version"_s), 1);
        // The real hash of the text: a mismatch would be read as damage.
        QVERIFY(raw.exec(u"INSERT INTO articles (id, title, source_format, imported_at, content_hash, "
                         "raw_source, normalized_text) VALUES (7, 'Old harbors', 'text', "
                         "'2024-01-02T03:04:05.006Z', '%1', x'00ff', 'Body')"_s.arg(
                             QString::fromLatin1(contentHashOf(u"Body"_s)))));
        QVERIFY(raw.exec(u"INSERT INTO speakers (id, article_id, ordinal, name) VALUES (1, 7, 0, 'Ada')"_s));
        QVERIFY(raw.exec(
            u"INSERT INTO segments (id, article_id, ordinal, kind, speaker_id) VALUES (1, 7, 0, 'speaker', 1)"_s));
        QVERIFY(raw.exec(u"INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (1, 0, 'Body')"_s));
        QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'highlights'"_s), 0);
    }

    LibraryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), LibraryStore::latestSchemaVersion());
    const std::optional<Article> article = *store.article(7);
    QVERIFY(article);
    QCOMPARE(article->title, u"Old harbors"_s);
    QCOMPARE(article->rawSource, QByteArray("\x00\xff", 2));
    QCOMPARE(article->segments.size(), 1);
    QCOMPARE(article->segments.constFirst().speaker->name, u"Ada"_s);
    QVERIFY(store.highlights(7)->isEmpty());
    QVERIFY(store.themes()->isEmpty());

    AnnotationChange change;
    Highlight highlight;
    highlight.articleId = 7;
    highlight.anchor = {0, {0, 4}, {u"Body"_s, QString(), QString()}};
    highlight.author = u"tester"_s;
    highlight.created = highlight.modified =
        QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 7), QTimeZone::utc());
    change.putHighlights = {highlight};
    QVERIFY2(store.applyAnnotationChange(change), qPrintable(store.errorString()));
    const std::optional<Highlight> stored = *store.highlight(change.putHighlights.constFirst().id);
    QVERIFY(stored);
    QCOMPARE(stored->speaker, u"Ada"_s);
    highlight.id = stored->id;
    highlight.speaker = u"Ada"_s;
    QCOMPARE(*stored, highlight);
}

void TestLibraryStore::removingArticleRemovesItsAnnotationsOnly()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    const qint64 doomed = store.addArticle(sampleArticle(u"first"_s)).id;
    const qint64 kept = store.addArticle(sampleArticle(u"second"_s)).id;

    AnnotationChange change;
    change.putThemes = {Theme {0, 0, u"Ports"_s, HighlightColour::Blue, u"On harbors"_s}};
    QVERIFY2(store.applyAnnotationChange(change), qPrintable(store.errorString()));
    const qint64 themeId = change.putThemes.constFirst().id;
    for (const qint64 article : {doomed, kept}) {
        AnnotationChange add;
        Highlight highlight;
        highlight.articleId = article;
        highlight.anchor = {2, {0, 2}, {u"In"_s, QString(), u" my view"_s}};
        highlight.author = u"tester"_s;
        highlight.created = highlight.modified = QDateTime::currentDateTimeUtc();
        add.putHighlights = {highlight};
        QVERIFY2(store.applyAnnotationChange(add), qPrintable(store.errorString()));
        const qint64 id = add.putHighlights.constFirst().id;
        AnnotationChange more;
        more.putNotes = {Note {id, u"*why*"_s, u"tester"_s, highlight.created, highlight.created}};
        more.tag = {{id, themeId}};
        QVERIFY2(store.applyAnnotationChange(more), qPrintable(store.errorString()));
    }

    QVERIFY(store.removeArticle(doomed));
    RawDatabase raw(m_path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM highlights"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM notes"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM highlight_themes"_s), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM themes"_s), 1);
    QCOMPARE(store.highlights(kept)->size(), 1);
    QCOMPARE(store.highlights(kept)->constFirst().speaker, u"Jane Doe-Smith"_s);
}

void TestLibraryStore::themeWithClaimsCannotBeDeletedBehindTheCore()
{
    LibraryStore store;
    QVERIFY(store.open(m_path));
    const qint64 article = store.addArticle(sampleArticle()).id;
    AnnotationChange change;
    change.putThemes = {Theme {0, 0, u"Ports"_s, HighlightColour::Blue, QString()}};
    Highlight highlight;
    highlight.articleId = article;
    highlight.anchor = {2, {0, 2}, {u"In"_s, QString(), QString()}};
    highlight.author = u"tester"_s;
    highlight.created = highlight.modified = QDateTime::currentDateTimeUtc();
    change.putHighlights = {highlight};
    QVERIFY(store.applyAnnotationChange(change));
    AnnotationChange tag;
    tag.tag = {{change.putHighlights.constFirst().id, change.putThemes.constFirst().id}};
    QVERIFY(store.applyAnnotationChange(tag));

    AnnotationChange remove;
    remove.removeThemes = {change.putThemes.constFirst().id};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"FOREIGN KEY"_s));
    QVERIFY(!store.applyAnnotationChange(remove));
    QCOMPARE(store.themes()->size(), 1);
    QCOMPARE(store.highlightIdsOfTheme(change.putThemes.constFirst().id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
