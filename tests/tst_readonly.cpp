// A library that cannot be written opens read-only: it reads, searches and
// exports everything, says so, and refuses edits with one sentence. A
// --library path that does not exist is created only by a command that writes.

#include "annotate/annotations.h"
#include "clirunner.h"
#include "librarybanner.h"
#include "librarydump.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

Article ferryArticle()
{
    using namespace TestArticles;
    return article(u"Ferry Timetables"_s,
        {speech(u"Oona Brandt"_s, u"a harbour pilot"_s,
             {u"Winter timetables add a crossing at dawn for the market traders."_s}),
            speech(u"Pavel Ostrom"_s, u"who runs the island bakery"_s,
                {u"The dawn crossing brings the flour before the ovens are hot."_s})});
}

bool runAsRoot()
{
    return ::geteuid() == 0;
}

/// A tmpfs mounted on a folder and remounted read-only: a read-only medium
/// even for root. Needs the right to mount (root in CI); unmounted with it.
class ReadOnlyMount
{
public:
    explicit ReadOnlyMount(const QString &folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = run({u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=16m"_s, u"colloquy-test"_s, folder});
    }
    ~ReadOnlyMount()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {m_folder});
    }
    bool isMounted() const { return m_mounted; }
    bool makeReadOnly() { return run({u"-o"_s, u"remount,ro"_s, m_folder}); }

private:
    static bool run(const QStringList &args)
    {
        QProcess mount;
        mount.start(u"mount"_s, args);
        return mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    }

    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyMediumOpensReadOnlyAndReadsEverything();
    void readOnlyMediumRefusesEditsWithOneSentence();
    void readOnlyMediumWorksFromTheCommandLine();
    void folderWithoutWritePermissionOpensReadOnly();
    void fileWithoutWritePermissionOpensReadOnly();
    void windowSaysTheLibraryIsReadOnly();
    void emptyReadOnlyLibraryStaysEmptyWithoutAnError();
    void missingLibraryIsNotCreatedByReading();
    void missingLibraryIsCreatedByWritingAndSaysSo();

private:
    /// A library with the ferry article and a highlight with a note, closed; its path.
    QString makeLibrary(const QString &folder);
    /// makeLibrary() on a read-only tmpfs; empty (after QSKIP) where mounting is not allowed.
    QString readOnlyLibrary();

    MainWindowFixture m_gui; ///< only for its settings, kept away from the user's
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReadOnlyMount> m_mount;
};

void TestReadOnly::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestReadOnly::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReadOnly::cleanup()
{
    m_mount.reset();
    // A folder a test made unwritable must be writable again to be removed.
    QFile::setPermissions(
        m_dir->filePath(u"locked"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

QString TestReadOnly::makeLibrary(const QString &folder)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"library.sqlite"_s);
    LibrarySession session;
    if (!session.open(path))
        return {};
    const AddResult added = session.store()->addArticle(ferryArticle());
    const auto highlight = session.annotations()->addHighlight(added.id, 0, 8, 18);
    if (!highlight || !session.annotations()->setNote(*highlight, u"Dawn **matters**."_s))
        return {};
    return path;
}

QString TestReadOnly::readOnlyLibrary()
{
    if (!runAsRoot())
        return {};
    const QString built = makeLibrary(m_dir->filePath(u"built"_s));
    m_mount = std::make_unique<ReadOnlyMount>(m_dir->filePath(u"medium"_s));
    if (!m_mount->isMounted())
        return {};
    const QString path = m_dir->filePath(u"medium/library.sqlite"_s);
    if (!QFile::copy(built, path) || !m_mount->makeReadOnly())
        return {};
    return path;
}

void TestReadOnly::readOnlyMediumOpensReadOnlyAndReadsEverything()
{
    const QString path = readOnlyLibrary();
    if (path.isEmpty())
        QSKIP("needs root and permission to mount a tmpfs");
    const QStringList before = dumpLibrary(path);

    LibrarySession session;
    QVERIFY2(session.open(path), qPrintable(session.store()->errorString()));
    LibraryStore *store = session.store();
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->readOnlyReason(), u"it is on a read-only file system"_s);

    const auto articles = store->articles();
    QVERIFY(articles.ok());
    QCOMPARE(articles->size(), 1);
    const auto article = store->article(articles->constFirst().id);
    QVERIFY(article.found());
    QCOMPARE((*article)->segments.size(), 2);
    SearchQuery query;
    query.text = u"dawn"_s;
    const auto hits = store->search(query);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 3); // two paragraphs and the note
    QCOMPARE(store->highlights(articles->constFirst().id)->size(), 1);
    QCOMPARE(dumpLibrary(path), before);
    // Nothing beside it either: no journal files on a medium that cannot take them.
    QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files), QStringList {u"library.sqlite"_s});
}

void TestReadOnly::readOnlyMediumRefusesEditsWithOneSentence()
{
    const QString path = readOnlyLibrary();
    if (path.isEmpty())
        QSKIP("needs root and permission to mount a tmpfs");
    const QStringList before = dumpLibrary(path);
    LibrarySession session;
    QVERIFY(session.open(path));
    const qint64 id = session.store()->articles()->constFirst().id;

    const QString refusal =
        u"the library is read-only because it is on a read-only file system; nothing was changed"_s;
    QVERIFY(!session.annotations()->addHighlight(id, 1, 4, 12));
    QCOMPARE(session.annotations()->errorString(), refusal);
    QVERIFY(!session.annotations()->createTheme(u"Bread"_s));
    QCOMPARE(session.annotations()->errorString(), refusal);
    Article other = ferryArticle();
    other.normalizedText += u" (second edition)"_s;
    other.contentHash.clear();
    QCOMPARE(session.store()->addArticle(other).error, refusal);
    QVERIFY(!session.undoStack()->canUndo());
    QCOMPARE(dumpLibrary(path), before);
}

void TestReadOnly::readOnlyMediumWorksFromTheCommandLine()
{
    const QString path = readOnlyLibrary();
    if (path.isEmpty())
        QSKIP("needs root and permission to mount a tmpfs");
    const QStringList before = dumpLibrary(path);
    CliRunner cli(m_dir->path());
    cli.setLibrary(path);

    const QString note =
        u"colloquy-cli: note: %1 is open read-only because it is on a read-only file system"_s.arg(path);
    const CliRun list = cli.run({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outLines().size(), 1);
    QVERIFY(list.outLines().constFirst().contains(u"Ferry Timetables"_s));
    QCOMPARE(list.errLines(), QStringList {note});

    const CliRun search = cli.run({u"search"_s, u"flour"_s});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.outLines().size(), 1);

    const QString exported = m_dir->filePath(u"ferry.md"_s);
    const CliRun exportRun = cli.run({u"export"_s, u"1"_s, u"--format"_s, u"md"_s, u"--output"_s, exported});
    QCOMPARE(exportRun.exitCode, 0);
    QVERIFY(readFile(exported).contains("Dawn **matters**."));

    const CliRun highlight = cli.run({u"highlight"_s, u"1"_s, u"--quote"_s, u"flour"_s});
    QCOMPARE(highlight.exitCode, 1);
    QVERIFY(highlight.out.isEmpty());
    QCOMPARE(highlight.errLines(),
        QStringList {u"colloquy-cli: %1: the library is read-only because it is on a read-only file "
                     "system; nothing was changed"_s.arg(path)});
    QCOMPARE(dumpLibrary(path), before);
}

void TestReadOnly::folderWithoutWritePermissionOpensReadOnly()
{
    const QString folder = m_dir->filePath(u"locked"_s);
    const QString path = makeLibrary(folder);
    QVERIFY(!path.isEmpty());
    const QStringList before = dumpLibrary(path);
    QVERIFY(QFile::setPermissions(folder,
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
            QFile::ExeGroup));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup));

    CliRunner cli(m_dir->path());
    // Root may write anywhere; another user may not.
    QStringList runAs;
    if (runAsRoot()) {
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFile::ExeOther));
        runAs = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    }
    cli.setPrefix(runAs);
    cli.setLibrary(path);
    const CliRun list = cli.run({u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.outLines().size(), 1);
    QCOMPARE(list.errLines(),
        QStringList {
            u"colloquy-cli: note: %1 is open read-only because its folder %2 cannot be written"_s.arg(
                path, folder)});
    const CliRun tag = cli.run({u"theme"_s, u"add"_s, u"Bread"_s});
    QCOMPARE(tag.exitCode, 1);
    QVERIFY(tag.err.contains("the library is read-only because its folder"));
    QCOMPARE(dumpLibrary(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {u"library.sqlite"_s});
}

void TestReadOnly::fileWithoutWritePermissionOpensReadOnly()
{
    if (runAsRoot())
        QSKIP("root may write any file; the folder and medium cases cover root");
    const QString path = makeLibrary(m_dir->filePath(u"plain"_s));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    LibrarySession session;
    QVERIFY(session.open(path));
    QVERIFY(session.store()->isReadOnly());
    QCOMPARE(session.store()->readOnlyReason(), u"you have no permission to write %1"_s.arg(path));
    QCOMPARE(session.store()->articles()->size(), 1);
    QVERIFY(!session.annotations()->createTheme(u"Bread"_s));
}

void TestReadOnly::windowSaysTheLibraryIsReadOnly()
{
    const QString path = readOnlyLibrary();
    if (path.isEmpty())
        QSKIP("needs root and permission to mount a tmpfs");
    LibrarySession session;
    QVERIFY(session.open(path));
    MainWindow window(&session);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showArticle(session.store()->articles()->constFirst().id);

    auto *banner = window.findChild<LibraryBanner *>(u"libraryBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(),
        u"This library is read-only because it is on a read-only file system. You can read, search and "
        "export, but edits are refused."_s);
    QCOMPARE(window.windowTitle(), u"Ferry Timetables (read-only)"_s);
}

void TestReadOnly::emptyReadOnlyLibraryStaysEmptyWithoutAnError()
{
    if (!runAsRoot())
        QSKIP("needs root and permission to mount a tmpfs");
    m_mount = std::make_unique<ReadOnlyMount>(m_dir->filePath(u"medium"_s));
    if (!m_mount->isMounted())
        QSKIP("needs permission to mount a tmpfs (not given in a chroot)");
    const QString path = m_dir->filePath(u"medium/library.sqlite"_s);
    {
        LibrarySession empty;
        QVERIFY(empty.open(path));
    }
    QVERIFY(m_mount->makeReadOnly());

    LibrarySession session;
    QVERIFY(session.open(path));
    QVERIFY(session.store()->isReadOnly());
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // At first start an empty library gets the sample article; a read-only one cannot, and says nothing.
    window.openInitial({}, false);
    QVERIFY2(
        window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(session.store()->articles()->isEmpty());
}

void TestReadOnly::missingLibraryIsNotCreatedByReading()
{
    CliRunner cli(m_dir->path());
    const QString path = m_dir->filePath(u"typo/librray.sqlite"_s);
    cli.setLibrary(path);
    for (const QStringList &args : {QStringList {u"list"_s}, {u"search"_s, u"dawn"_s}, {u"themes"_s}}) {
        const CliRun run = cli.run(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines(),
            QStringList {u"colloquy-cli: there is no library at %1 (a command that writes, such as import, "
                         "creates one)"_s.arg(path)});
    }
    // A writing command whose command line is wrong creates nothing either.
    QCOMPARE(cli.run({u"highlight"_s, u"1"_s}).exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"typo"_s)));
}

void TestReadOnly::missingLibraryIsCreatedByWritingAndSaysSo()
{
    CliRunner cli(m_dir->path());
    const QString path = m_dir->filePath(u"new/library.sqlite"_s);
    cli.setLibrary(path);
    const CliRun add = cli.run({u"theme"_s, u"add"_s, u"Harbour"_s});
    QCOMPARE(add.exitCode, 0);
    QCOMPARE(add.errLines(), QStringList {u"colloquy-cli: created a new library at %1"_s.arg(path)});
    QVERIFY(QFileInfo::exists(path));
    const CliRun again = cli.run({u"theme"_s, u"add"_s, u"Bakery"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.isEmpty());
    QCOMPARE(cli.run({u"themes"_s}).outLines().size(), 2);
}

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
