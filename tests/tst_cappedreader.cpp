// Every source is read through one capped reader: regular files, pipes, FIFOs
// and devices, by the core and by colloquy-cli, never past 64 MB.

#include "clirunner.h"
#include "import/articlereader.h"
#include "import/cappedreader.h"
#include "librarydump.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QByteArray PierArticle = "The Pier Meeting\n\nTOVE ASK: The ferry comes at nine. It always has.\n";

/// A writer feeding a FIFO from a shell pipeline: `bytes` bytes of text, then the end. Killed
/// with the object, so a reader that never came does not leave it waiting.
class FifoWriter
{
public:
    FifoWriter(const QString &fifo, qint64 bytes)
    {
        m_process.start(u"/bin/sh"_s,
            {u"-c"_s, u"yes 'The tide turned at the harbour wall.' | head -c %1 > \"$0\""_s.arg(bytes),
                fifo});
    }
    ~FifoWriter()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    FifoWriter(const FifoWriter &) = delete;
    FifoWriter &operator=(const FifoWriter &) = delete;

private:
    QProcess m_process;
};

} // namespace

class TestCappedReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fifo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qWarning("mkfifo %s failed", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsAFileUpToItsCap_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("read");
        QTest::newRow("empty") << qint64(0) << true;
        QTest::newRow("under the cap") << qint64(1000) << true;
        QTest::newRow("exactly the cap") << qint64(4096) << true;
        QTest::newRow("one byte over") << qint64(4097) << false;
    }

    void readsAFileUpToItsCap()
    {
        QFETCH(qint64, size);
        QFETCH(bool, read);
        const QString path = m_dir.filePath(u"sized.txt"_s);
        QVERIFY(writeFile(path, QByteArray(size, 'a')));
        CappedReader reader(4096);
        const std::optional<QByteArray> bytes = reader.read(path);
        QCOMPARE(bool(bytes), read);
        if (read) {
            QCOMPARE(bytes->size(), size);
            QVERIFY(reader.errorString().isEmpty());
        } else {
            QCOMPARE(reader.errorString(), path + u": too large for an article (5 KB; at most 4 KB)"_s);
        }
    }

    void refusesAFileOverSixtyFourMegabytesWithoutReadingIt()
    {
        // Sparse: 65 MB that take no disk and no time, refused by their size alone.
        const QString path = m_dir.filePath(u"huge.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(65) * 1024 * 1024));
        file.close();
        const ReadResult result = ArticleReader::readFile(path);
        QVERIFY(!result.article);
        QCOMPARE(result.error, path + u": too large for an article (65 MB; at most 64 MB)"_s);
    }

    void refusesTextInMemoryOverTheCap()
    {
        // The clipboard and a project's sources have the same cap as files.
        const ReadResult result = ArticleReader::readBytes(
            QByteArray(CappedReader::DefaultCap + 1, 'a'), u"clipboard.txt"_s, u"text"_s);
        QVERIFY(!result.article);
        QVERIFY2(result.error.contains(u"too large for an article"_s), qPrintable(result.error));
    }

    void refusesDevicesFoldersAndMissingFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::newRow("/dev/zero never ends") << u"/dev/zero"_s << u"is a device, not a file"_s;
        QTest::newRow("/dev/null") << u"/dev/null"_s << u"is a device, not a file"_s;
        QTest::newRow("a folder") << u"/tmp"_s << u"is a folder, not a file"_s;
        QTest::newRow("missing") << u"/tmp/colloquy-no-such-file.txt"_s << u"no such file"_s;
    }

    void refusesDevicesFoldersAndMissingFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        CappedReader reader;
        QVERIFY(!reader.read(path));
        QVERIFY2(reader.errorString().startsWith(path + u": "_s + why), qPrintable(reader.errorString()));
        QVERIFY(!reader.checkRegularFile(path));
    }

    void readsAFifoThatEnds()
    {
        const QString path = fifo(u"short"_s);
        const FifoWriter writer(path, 1000);
        CappedReader reader(4096);
        const std::optional<QByteArray> bytes = reader.read(path);
        QVERIFY2(bytes, qPrintable(reader.errorString()));
        QCOMPARE(bytes->size(), 1000);
        QVERIFY(bytes->startsWith("The tide turned"));
    }

    void stopsReadingAFifoAtTheCap()
    {
        const QString path = fifo(u"long"_s);
        const FifoWriter writer(path, 1024 * 1024);
        CappedReader reader(4096);
        QVERIFY(!reader.read(path));
        QCOMPARE(reader.errorString(),
            path + u": a pipe that gave more than 4 KB, too large for an article; reading stopped there"_s);
    }

    void archivesMustBeRegularFiles()
    {
        // libzip seeks: a pipe is refused before it opens it.
        const QString path = fifo(u"archive"_s);
        CappedReader reader;
        QVERIFY(!reader.checkRegularFile(path));
        QVERIFY2(reader.errorString().contains(u"is a pipe"_s), qPrintable(reader.errorString()));
        const QString file = m_dir.filePath(u"file.qdpx"_s);
        QVERIFY(writeFile(file, "PK"));
        QVERIFY(reader.checkRegularFile(file));
    }

    void cliRefusesEndlessSourcesAndLeavesTheLibraryAsItWas_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("import /dev/zero")
            << QStringList {u"import"_s, u"/dev/zero"_s} << u"/dev/zero: is a device, not a file"_s;
        QTest::newRow("import-annotations /dev/zero")
            << QStringList {u"import-annotations"_s, u"/dev/zero"_s, u"--article"_s, u"1"_s}
            << u"/dev/zero: is a device, not a file"_s;
        QTest::newRow("import-qdpx /dev/zero")
            << QStringList {u"import-qdpx"_s, u"/dev/zero"_s} << u"/dev/zero: is a device, not a file"_s;
        QTest::newRow("reimport /dev/zero")
            << QStringList {u"reimport"_s, u"1"_s, u"/dev/zero"_s} << u"/dev/zero: is a device, not a file"_s;
    }

    void cliRefusesEndlessSourcesAndLeavesTheLibraryAsItWas()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        TemporaryLibrary library;
        QVERIFY(library.isOpen());
        const QString article = library.filePath(u"pier.txt"_s);
        QVERIFY(writeFile(article, PierArticle));
        CliRunner cli(m_dir.path());
        cli.setLibrary(library.path());
        QCOMPARE(cli.run({u"import"_s, article}).exitCode, 0);
        const QStringList before = dumpLibrary(library.path());
        const CliRun run = cli.run(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("colloquy-cli: ") && QString::fromUtf8(run.err).contains(message),
            run.err.constData());
        QCOMPARE(dumpLibrary(library.path()), before);
    }

    void cliReadsAFifoUpToSixtyFourMegabytes()
    {
        // The real cap through the real program: 70 MB of text through a FIFO stop at 64 MB.
        TemporaryLibrary library;
        QVERIFY(library.isOpen());
        CliRunner cli(m_dir.path());
        cli.setLibrary(library.path());
        const QString path = fifo(u"endless"_s);
        const FifoWriter writer(path, qint64(70) * 1024 * 1024);
        const CliRun run = cli.run({u"import"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err).trimmed(),
            u"colloquy-cli: %1: a pipe that gave more than 64 MB, too large for an article; reading stopped there"_s
                .arg(path));
        QVERIFY(library.store()->articles()->isEmpty());
    }

    void cliImportsAShortFifo()
    {
        TemporaryLibrary library;
        QVERIFY(library.isOpen());
        CliRunner cli(m_dir.path());
        cli.setLibrary(library.path());
        const QString path = fifo(u"article"_s);
        QProcess writer;
        writer.start(
            u"/bin/sh"_s, {u"-c"_s, u"printf '%s' \"$1\" > \"$0\""_s, path, QString::fromUtf8(PierArticle)});
        const CliRun run = cli.run({u"import"_s, path});
        QVERIFY(writer.waitForFinished());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(library.store()->articles()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCappedReader)
#include "tst_cappedreader.moc"
