// Exports onto a full disk: every format fails with the system's message, the
// older file of that name stays as it was and no temporary file is left. The
// disk is a real 64 KB tmpfs, which needs root (as in CI); elsewhere the test
// is skipped.

#include "clirunner.h"
#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testdata.h"

#include "annotate/annotations.h"
#include "export/pdfexporter.h"
#include "export/textexporter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QByteArray Previous = "# The export of last week\n\nKeep me.\n";

Article harbourArticle()
{
    using namespace TestArticles;
    return article(u"Who Owns the Harbour Wall?"_s,
        {
            speech(u"Maelle Odhiambo"_s, u"harbour master, Port Lirren"_s,
                {u"The wall was built by the fishing cooperative in 1911 and repaired by everyone since."_s,
                    u"Whoever pays for the next repair will say they own it."_s}),
            speech(u"Teodor Vasquez-Lund"_s, u"town councillor"_s,
                {u"The council insures it, so the council answers for it when a storm takes a stone."_s}),
        });
}

} // namespace

class TestFullExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void textExportOnFullDiskFailsAndKeepsTheOldFile_data();
    void textExportOnFullDiskFailsAndKeepsTheOldFile();
    void pdfExportOnFullDiskFailsAndKeepsTheOldFile();
    void cliExportOnFullDiskExitsWithTheReason();
    void exportWithRoomStillWrites();

private:
    /// Fills the disk, leaving `Previous` in `name`; the path.
    QString fillDiskBeside(const QString &name);
    /// The files on the small disk.
    QStringList filesOnDisk() const;

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_articleId = 0;
};

void TestFullExport::initTestCase()
{
    QVERIFY(m_mountPoint.isValid());
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, m_mountPoint.path()});
    m_mounted =
        mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
    if (!m_mounted)
        QSKIP("mounting a small tmpfs needs root");
}

void TestFullExport::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(u"umount"_s, {m_mountPoint.path()});
}

void TestFullExport::init()
{
    // The disk is emptied for each test.
    QDir disk(m_mountPoint.path());
    for (const QString &name : disk.entryList(QDir::Files | QDir::Hidden))
        QVERIFY(disk.remove(name));
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_articleId = addMarkedArticle(*m_library->annotations(), harbourArticle(),
        {{0, u"Whoever pays for the next repair will say they own it."_s, HighlightColour::Green,
            u"Ownership follows money."_s, {u"Property"_s}}},
        HighlightColour::Orange);
    QVERIFY(m_articleId > 0);
}

void TestFullExport::cleanup()
{
    m_library.reset();
}

QString TestFullExport::fillDiskBeside(const QString &name)
{
    const QString path = m_mountPoint.filePath(name);
    QFile previous(path);
    if (!previous.open(QIODevice::WriteOnly) || previous.write(Previous) != Previous.size() ||
        !previous.flush())
        return {};
    previous.close();
    QFile filler(m_mountPoint.filePath(u"filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return {};
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    return path;
}

QStringList TestFullExport::filesOnDisk() const
{
    QStringList names = QDir(m_mountPoint.path()).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

void TestFullExport::textExportOnFullDiskFailsAndKeepsTheOldFile_data()
{
    QTest::addColumn<TextExportFormat>("format");
    // Each of these is far under the 16 KB that QSaveFile keeps in its buffer until commit().
    QTest::newRow("markdown") << TextExportFormat::Markdown;
    QTest::newRow("html") << TextExportFormat::Html;
    QTest::newRow("csv") << TextExportFormat::Csv;
    QTest::newRow("jsonld") << TextExportFormat::JsonLd;
}

void TestFullExport::textExportOnFullDiskFailsAndKeepsTheOldFile()
{
    QFETCH(TextExportFormat, format);
    const QString path = fillDiskBeside(u"harbour.out"_s);
    QVERIFY(!path.isEmpty());
    TextExportOptions options;
    options.format = format;
    TextExporter exporter(m_library->store());
    QVERIFY(!exporter.exportArticle(m_articleId, path, options));
    QVERIFY2(
        exporter.errorString().contains(u"No space left on device"_s), qPrintable(exporter.errorString()));
    QVERIFY2(exporter.errorString().contains(path), qPrintable(exporter.errorString()));
    QCOMPARE(readFile(path), Previous);
    QCOMPARE(filesOnDisk(), (QStringList {u"filler"_s, u"harbour.out"_s}));
}

void TestFullExport::pdfExportOnFullDiskFailsAndKeepsTheOldFile()
{
    const QString path = fillDiskBeside(u"harbour.pdf"_s);
    QVERIFY(!path.isEmpty());
    PdfExporter exporter(m_library->store());
    QVERIFY(!exporter.exportArticle(m_articleId, path, PdfExportOptions()));
    QVERIFY2(
        exporter.errorString().contains(u"No space left on device"_s), qPrintable(exporter.errorString()));
    QCOMPARE(readFile(path), Previous);
    QCOMPARE(filesOnDisk(), (QStringList {u"filler"_s, u"harbour.pdf"_s}));
}

void TestFullExport::cliExportOnFullDiskExitsWithTheReason()
{
    const QString path = fillDiskBeside(u"harbour.md"_s);
    QVERIFY(!path.isEmpty());
    m_library->close(); // the CLI opens the library itself
    CliRunner cli(m_library->folder());
    cli.setLibrary(m_library->path());
    const CliRun run =
        cli.run({u"export"_s, QString::number(m_articleId), u"--format"_s, u"md"_s, u"--output"_s, path});
    QVERIFY(run.exitCode != 0 && run.exitCode != -1);
    QVERIFY2(run.err.contains("No space left on device"), run.err.constData());
    QCOMPARE(readFile(path), Previous);
    QCOMPARE(filesOnDisk(), (QStringList {u"filler"_s, u"harbour.md"_s}));
}

void TestFullExport::exportWithRoomStillWrites()
{
    // The same export onto the same disk with room on it replaces the old file.
    const QString path = m_mountPoint.filePath(u"harbour.md"_s);
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    QCOMPARE(previous.write(Previous), Previous.size());
    previous.close();
    TextExporter exporter(m_library->store());
    QVERIFY2(
        exporter.exportArticle(m_articleId, path, TextExportOptions()), qPrintable(exporter.errorString()));
    const QByteArray written = readFile(path);
    QVERIFY(written != Previous);
    QVERIFY(written.contains("Whoever pays for the next repair will say they own it."));
    QCOMPARE(filesOnDisk(), QStringList {u"harbour.md"_s});
}

QTEST_MAIN(TestFullExport)
#include "tst_fullexport.moc"
