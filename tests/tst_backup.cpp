// Backups and recovery (issue 11, point 5): the WAL is folded back on a clean
// close; a backup is a consistent, checked copy that never exists half-written
// under its final name; rotation keeps the newest of each of the last days and
// weeks; a restore keeps the file it replaced, so it can itself be undone; the
// whole check finds an article whose text no longer matches its hash.

#include "clirunner.h"
#include "librarydump.h"
#include "rawdatabase.h"
#include "session/autobackup.h"
#include "session/librarysession.h"
#include "store/librarybackup.h"
#include "store/librarycheck.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

Article ferryArticle()
{
    using namespace TestArticles;
    return article(u"Should the Night Ferry Run All Winter?"_s,
        {speech(u"Ilse Marrow"_s, u"skipper, Kestrel Line"_s,
             {u"A winter crossing costs twice the fuel and carries half the passengers."_s}),
            speech(u"Oban Teague"_s, u"baker on Sark Minor"_s,
                {u"Without the night boat the flour arrives after the ovens are cold."_s})});
}

Article lighthouseArticle()
{
    using namespace TestArticles;
    return article(u"Who Keeps the Lighthouse Lit?"_s,
        {speech(u"Runa Calder"_s, u"keeper, Hollow Point"_s,
            {u"The lamp has not missed a night since the cooperative took it over."_s})});
}

QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QStringList fileNames(const QList<BackupInfo> &backups)
{
    QStringList names;
    for (const BackupInfo &backup : backups)
        names.append(QFileInfo(backup.path).fileName());
    names.sort();
    return names;
}

QStringList titles(const QString &libraryPath)
{
    LibraryStore store;
    if (!store.open(libraryPath, LibraryStore::OpenMode::ReadOnly))
        return {store.errorString()};
    QStringList result;
    for (const ArticleSummary &summary : *store.articles())
        result.append(summary.title);
    result.sort();
    return result;
}

/// Changes one article's text behind the library's back, as a flipped byte on disk would.
bool damageText(const QString &libraryPath)
{
    const RawDatabase raw(libraryPath);
    return raw.exec(u"UPDATE articles SET normalized_text = replace(normalized_text, 'flour', 'floor')"_s);
}

bool mountTmpfs(const QString &folder, const QString &size)
{
    QDir().mkpath(folder);
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"colloquy-test"_s, folder});
    return mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCloseEmptiesTheWal();
    void backupIsAConsistentCopyWhileTheLibraryIsOpen();
    void backupNamesSortByTime();
    void rotationKeepsTheNewestOfEachDayAndWeek();
    void rotationFollowsConfiguredCounts();
    void rotationDeletesTheExpiredFiles();
    void failedWriteLeavesNoPartialFileAndSaysWhy();
    void automaticBackupAtMostOncePerIntervalOfEditing();
    void restoreKeepsTheReplacedFileAndCanBeUndone();
    void restoreRefusesADamagedBackup();
    void checkFindsAnArticleWhoseTextChanged();
    void cliCheckExitsNonZeroAndNamesTheDamagedArticle();
    void cliBackupRestoreAndUndoTheRestore();
    void cliRestoreRefusesADamagedBackup();
};

void TestBackup::cleanCloseEmptiesTheWal()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    // A second reader keeps SQLite from deleting the WAL on its own when the store closes.
    const RawDatabase reader(library.path());
    QVERIFY(reader.value(u"SELECT count(*) FROM articles"_s) == 0);
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    const QFileInfo wal(library.path() + u"-wal"_s);
    QVERIFY(wal.exists() && wal.size() > 0);

    library.close();
    QFileInfo after(wal.absoluteFilePath());
    QVERIFY2(!after.exists() || after.size() == 0, qPrintable(QString::number(after.size())));
    QCOMPARE(reader.value(u"SELECT count(*) FROM articles"_s), 1);
}

void TestBackup::backupIsAConsistentCopyWhileTheLibraryIsOpen()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    const QStringList committed = dumpLibrary(library.path());

    // A step under way when the backup is made: the backup holds what was committed before it.
    library.store()->beginStep();
    QVERIFY(library.addArticle(lighthouseArticle()) > 0);
    const Result<BackupInfo> backup = LibraryBackup::make(library.path(), utc(u"2026-12-02T16:40:00"_s));
    QVERIFY(library.store()->endStep(true));
    QVERIFY2(backup.ok(), qPrintable(backup.error()));

    QCOMPARE(QFileInfo(backup->path).fileName(), u"2026-12-02T16-40-00.colloquy"_s);
    QCOMPARE(
        QFileInfo(backup->path).absolutePath(), QFileInfo(library.path() + u".backups"_s).absoluteFilePath());
    QCOMPARE(backup->size, QFileInfo(backup->path).size());
    QVERIFY(LibraryCheck::run(backup->path).healthy());
    QCOMPARE(dumpLibrary(backup->path), committed);
    QCOMPARE(titles(library.path()).size(), 2);
    QCOMPARE(LibraryBackup::list(library.path()).size(), 1);
    QVERIFY(QDir(LibraryBackup::folderOf(library.path())).entryList(QDir::Hidden | QDir::Files).size() == 1);
}

void TestBackup::backupNamesSortByTime()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    const QDateTime first = utc(u"2026-11-30T09:05:00"_s);
    QVERIFY(LibraryBackup::make(library.path(), first).ok());
    QVERIFY(LibraryBackup::make(library.path(), first).ok()); // the same second
    QVERIFY(LibraryBackup::make(library.path(), utc(u"2026-12-01T23:59:59"_s)).ok());
    const QList<BackupInfo> backups = LibraryBackup::list(library.path());
    QCOMPARE(backups.size(), 3);
    QCOMPARE(QFileInfo(backups.at(0).path).fileName(), u"2026-12-01T23-59-59.colloquy"_s);
    QCOMPARE(backups.at(1).time, first);
    QCOMPARE(backups.at(2).time, first);
    QVERIFY(!LibraryBackup::isDue(library.path(), utc(u"2026-12-02T00:30:00"_s), 3600));
    QVERIFY(LibraryBackup::isDue(library.path(), utc(u"2026-12-02T01:00:00"_s), 3600));
}

void TestBackup::rotationKeepsTheNewestOfEachDayAndWeek()
{
    // Two backups a day, morning and evening, for six weeks up to Wednesday 2 December 2026.
    QList<BackupInfo> backups;
    for (QDate day(2026, 10, 20); day <= QDate(2026, 12, 2); day = day.addDays(1)) {
        for (const QTime time : {QTime(8, 15), QTime(19, 40)})
            backups.append({day.toString(Qt::ISODate) + time.toString(u"THH-mm-ss"_s) + u".colloquy"_s,
                QDateTime(day, time, QTimeZone::utc()), 1});
    }
    const QDateTime now = utc(u"2026-12-02T21:00:00"_s);
    QList<BackupInfo> kept = backups;
    const QList<BackupInfo> expired = LibraryBackup::expired(backups, now, BackupPolicy {7, 4});
    kept.removeIf([&](const BackupInfo &b) {
        return std::any_of(
            expired.cbegin(), expired.cend(), [&](const BackupInfo &e) { return e.path == b.path; });
    });
    // The last 7 days' evenings, and the Sunday evenings that close the two weeks before
    // (weeks starting Monday 16 and 9 November; the weeks of 23 and 30 November are kept by their days).
    QCOMPARE(fileNames(kept),
        (QStringList {u"2026-11-15T19-40-00.colloquy"_s, u"2026-11-22T19-40-00.colloquy"_s,
            u"2026-11-26T19-40-00.colloquy"_s, u"2026-11-27T19-40-00.colloquy"_s,
            u"2026-11-28T19-40-00.colloquy"_s, u"2026-11-29T19-40-00.colloquy"_s,
            u"2026-11-30T19-40-00.colloquy"_s, u"2026-12-01T19-40-00.colloquy"_s,
            u"2026-12-02T19-40-00.colloquy"_s}));
    QCOMPARE(expired.size(), backups.size() - 9);
}

void TestBackup::rotationFollowsConfiguredCounts()
{
    const QList<BackupInfo> backups {
        {u"a"_s, utc(u"2026-12-02T10:00:00"_s), 1},
        {u"b"_s, utc(u"2026-12-02T09:00:00"_s), 1},
        {u"c"_s, utc(u"2026-12-01T10:00:00"_s), 1},
        {u"d"_s, utc(u"2026-11-20T10:00:00"_s), 1},
        {u"future"_s, utc(u"2027-01-05T10:00:00"_s), 1},
    };
    const QDateTime now = utc(u"2026-12-02T12:00:00"_s);
    // One day, no weeks: today's newest, and the one dated after now (a clock set back).
    QCOMPARE(fileNames(LibraryBackup::expired(backups, now, BackupPolicy {1, 0})),
        (QStringList {u"b"_s, u"c"_s, u"d"_s}));
    // Nothing at all to keep by the counts: the newest stays all the same.
    QCOMPARE(fileNames(LibraryBackup::expired(backups.mid(0, 4), now.addYears(1), BackupPolicy {0, 0})),
        (QStringList {u"b"_s, u"c"_s, u"d"_s}));
}

void TestBackup::rotationDeletesTheExpiredFiles()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    for (const QString &time : {u"2026-11-01T10:00:00"_s, u"2026-12-01T08:00:00"_s, u"2026-12-01T18:00:00"_s,
             u"2026-12-02T10:00:00"_s})
        QVERIFY(LibraryBackup::make(library.path(), utc(time)).ok());
    const QString stray = LibraryBackup::folderOf(library.path()) + u"/my notes.txt"_s;
    QVERIFY(writeFile(stray, "not a backup"));

    const Result<QStringList> removed =
        LibraryBackup::rotate(library.path(), utc(u"2026-12-02T12:00:00"_s), BackupPolicy {7, 4});
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(removed->size(), 2);
    QCOMPARE(fileNames(LibraryBackup::list(library.path())),
        (QStringList {u"2026-12-01T18-00-00.colloquy"_s, u"2026-12-02T10-00-00.colloquy"_s}));
    QVERIFY(QFileInfo::exists(stray));
}

void TestBackup::failedWriteLeavesNoPartialFileAndSaysWhy()
{
    TemporaryLibrary library;
    for (int i = 0; i < 40; ++i) {
        Article article = ferryArticle();
        article.title += QString::number(i);
        article.segments.first().paragraphs.first() += QString(2000, QChar(u'a' + i % 26));
        article.normalizedText += article.segments.first().paragraphs.first();
        article.contentHash = contentHashOf(article.normalizedText);
        QVERIFY(library.addArticle(article) > 0);
    }
    // The backup folder is a 64 KB disk that an older backup has filled.
    const QString folder = LibraryBackup::folderOf(library.path());
    if (!mountTmpfs(folder, u"64k"_s))
        QSKIP("mounting a small tmpfs needs root");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {folder}); });
    const QByteArray older(40 * 1024, 'o');
    QVERIFY(writeFile(folder + u"/2026-12-01T10-00-00.colloquy"_s, older));

    const Result<BackupInfo> backup = LibraryBackup::make(library.path(), utc(u"2026-12-02T10:00:00"_s));
    QVERIFY(backup.failed());
    QVERIFY2(backup.error().contains(u"full"_s), qPrintable(backup.error()));
    QCOMPARE(
        QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {u"2026-12-01T10-00-00.colloquy"_s});
    QCOMPARE(readFile(folder + u"/2026-12-01T10-00-00.colloquy"_s), older);

    // Read-only: the system's reason, and nothing written.
    QVERIFY(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, folder}) == 0);
    const Result<BackupInfo> refused = LibraryBackup::make(library.path(), utc(u"2026-12-02T11:00:00"_s));
    QVERIFY(refused.failed());
    QVERIFY2(refused.error().contains(u"Read-only file system"_s, Qt::CaseInsensitive),
        qPrintable(refused.error()));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestBackup::automaticBackupAtMostOncePerIntervalOfEditing()
{
    TemporaryLibrary library;
    AutoBackup *backup = library.session()->autoBackup();
    QDateTime now = utc(u"2026-12-02T09:00:00"_s);
    backup->setClock([&now] { return now; });
    QSignalSpy finished(backup, &AutoBackup::finished);

    // Off until enabled: an edit makes no backup.
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    QVERIFY(!backup->isRunning());
    QVERIFY(LibraryBackup::list(library.path()).isEmpty());

    backup->setEnabled(true);
    backup->setPolicy(BackupPolicy {1, 0});
    Article article = lighthouseArticle();
    QVERIFY(library.addArticle(article) > 0);
    QVERIFY(finished.wait());
    QVERIFY2(finished.last().at(1).toString().isEmpty(), qPrintable(finished.last().at(1).toString()));
    QCOMPARE(LibraryBackup::list(library.path()).size(), 1);

    // Half an hour later another edit: not due yet.
    now = now.addSecs(30 * 60);
    article.title += u" (2)"_s;
    article.normalizedText += u" Twice."_s;
    article.contentHash = contentHashOf(article.normalizedText);
    QVERIFY(library.addArticle(article) > 0);
    QVERIFY(!backup->isRunning());
    QCOMPARE(LibraryBackup::list(library.path()).size(), 1);

    // An hour after the first: a second one, and rotation (one day kept) leaves the newest of today.
    now = now.addSecs(30 * 60);
    article.normalizedText += u" Thrice."_s;
    article.contentHash = contentHashOf(article.normalizedText);
    QVERIFY(library.addArticle(article) > 0);
    QVERIFY(finished.wait());
    const QList<BackupInfo> backups = LibraryBackup::list(library.path());
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().time, now);
    QCOMPARE(titles(backups.constFirst().path).size(), 4);
}

void TestBackup::restoreKeepsTheReplacedFileAndCanBeUndone()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    const Result<BackupInfo> backup = LibraryBackup::make(library.path(), utc(u"2026-12-02T10:00:00"_s));
    QVERIFY(backup.ok());
    QVERIFY(library.addArticle(lighthouseArticle()) > 0);
    const QStringList edited = dumpLibrary(library.path());
    library.close();

    const Result<QString> replaced =
        LibraryBackup::restore(library.path(), backup->path, utc(u"2026-12-02T11:00:00"_s));
    QVERIFY2(replaced.ok(), qPrintable(replaced.error()));
    QCOMPARE(QFileInfo(*replaced).fileName(), u"library.replaced-2026-12-02T11-00-00.colloquy"_s);
    QCOMPARE(titles(library.path()), QStringList {u"Should the Night Ferry Run All Winter?"_s});
    QCOMPARE(dumpLibrary(*replaced), edited);

    // Undoing the restore is restoring the file it replaced: the edit is back.
    const Result<QString> undone =
        LibraryBackup::restore(library.path(), *replaced, utc(u"2026-12-02T11:05:00"_s));
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QCOMPARE(dumpLibrary(library.path()), edited);
    LibraryStore store;
    QVERIFY(store.open(library.path(), LibraryStore::OpenMode::Existing));
    QVERIFY(!store.isReadOnly());
}

void TestBackup::restoreRefusesADamagedBackup()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    const Result<BackupInfo> backup = LibraryBackup::make(library.path(), utc(u"2026-12-02T10:00:00"_s));
    QVERIFY(backup.ok());
    QVERIFY(damageText(backup->path));
    library.close();
    const QByteArray before = readFile(library.path());

    const Result<QString> restored =
        LibraryBackup::restore(library.path(), backup->path, utc(u"2026-12-02T11:00:00"_s));
    QVERIFY(restored.failed());
    QVERIFY2(restored.error().contains(u"failed its check"_s), qPrintable(restored.error()));
    QVERIFY2(restored.error().contains(u"SHA-256"_s), qPrintable(restored.error()));
    QCOMPARE(readFile(library.path()), before);
    QCOMPARE(
        QDir(library.folder()).entryList({u"*.replaced-*"_s, u".*.restoring"_s}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestBackup::checkFindsAnArticleWhoseTextChanged()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(lighthouseArticle()) > 0);
    const qint64 ferry = library.addArticle(ferryArticle());
    QVERIFY(ferry > 0);
    QVERIFY(LibraryCheck::run(library.path()).healthy());
    library.close();
    QVERIFY(damageText(library.path()));

    const CheckReport report = LibraryCheck::run(library.path());
    QVERIFY(!report.healthy());
    QVERIFY(report.sqlite.isEmpty());
    QCOMPARE(report.articlesChecked, 2);
    QCOMPARE(report.articles.size(), 1);
    QCOMPARE(report.articles.constFirst().id, ferry);
    QVERIFY2(report.summary().contains(u"article %1"_s.arg(ferry)), qPrintable(report.summary()));
}

void TestBackup::cliCheckExitsNonZeroAndNamesTheDamagedArticle()
{
    TemporaryLibrary library;
    const qint64 ferry = library.addArticle(ferryArticle());
    QVERIFY(ferry > 0);
    library.close();
    CliRunner cli(library.folder());
    cli.setLibrary(library.path());

    const CliRun healthy = cli.run({u"check"_s});
    QCOMPARE(healthy.exitCode, 0);
    QCOMPARE(healthy.outLines(), QStringList {u"ok\t1 article checked"_s});

    QVERIFY(damageText(library.path()));
    const CliRun damaged = cli.run({u"check"_s});
    QCOMPARE(damaged.exitCode, 1);
    QCOMPARE(damaged.outLines(),
        QStringList {u"article\t%1\tShould the Night Ferry Run All Winter?\tits text no longer matches the "
                     "SHA-256 stored with it"_s.arg(ferry)});
    QVERIFY2(damaged.err.contains("is damaged"), damaged.err.constData());

    const CliRun json = cli.run({u"--json"_s, u"check"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(u"healthy"_s).toBool(true), false);
    QCOMPARE(report.value(u"articles"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"articles"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(), ferry);

    const CliRun missing = cli.run({u"--library"_s, library.filePath(u"nothing.sqlite"_s), u"check"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(library.filePath(u"nothing.sqlite"_s)));
}

void TestBackup::cliBackupRestoreAndUndoTheRestore()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    library.close();
    CliRunner cli(library.folder());
    cli.setLibrary(library.path());

    const CliRun backup = cli.run({u"backup"_s});
    QCOMPARE(backup.exitCode, 0);
    const QString made = backup.outLines().value(0);
    QVERIFY2(LibraryCheck::run(made).healthy(), qPrintable(made));
    QCOMPARE(QFileInfo(made).absolutePath(), LibraryBackup::folderOf(library.path()));
    const CliRun listed = cli.run({u"backups"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.outLines().size(), 1);
    QVERIFY(listed.outLines().constFirst().endsWith(u"\t1\t"_s + made));

    QVERIFY(writeFile(library.filePath(u"lighthouse.txt"_s),
        "Who Keeps the Lighthouse Lit?\n\nRUNA CALDER: The lamp has not missed a night.\n\nODO FENN: It "
        "will.\n"));
    QCOMPARE(cli.run({u"import"_s, library.filePath(u"lighthouse.txt"_s)}).exitCode, 0);
    const QStringList edited = dumpLibrary(library.path());

    const CliRun restore = cli.run({u"restore"_s});
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(titles(library.path()), QStringList {u"Should the Night Ferry Run All Winter?"_s});
    const QString kept = restore.outLines().value(1).section(u" kept as "_s, 1).section(u" (restore"_s, 0, 0);
    QVERIFY2(QFileInfo(kept).isFile(), restore.out.constData());

    const CliRun undo = cli.run({u"restore"_s, kept});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QCOMPARE(dumpLibrary(library.path()), edited);
}

void TestBackup::cliRestoreRefusesADamagedBackup()
{
    TemporaryLibrary library;
    QVERIFY(library.addArticle(ferryArticle()) > 0);
    library.close();
    CliRunner cli(library.folder());
    cli.setLibrary(library.path());
    QCOMPARE(cli.run({u"restore"_s}).exitCode, 1); // no backup yet
    const CliRun backup = cli.run({u"backup"_s, u"--to"_s, library.filePath(u"friday.colloquy"_s)});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(damageText(library.filePath(u"friday.colloquy"_s)));
    const QByteArray before = readFile(library.path());

    const CliRun restore = cli.run({u"restore"_s, library.filePath(u"friday.colloquy"_s)});
    QCOMPARE(restore.exitCode, 1);
    QCOMPARE(restore.errLines().size(), 1);
    QVERIFY2(restore.err.contains("failed its check"), restore.err.constData());
    QCOMPARE(readFile(library.path()), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
