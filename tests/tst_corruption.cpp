// Corruption is detected (issue 11): an article whose text no longer matches
// its stored SHA-256 is refused with a clear sentence instead of being shown
// changed, and a library that fails SQLite's quick check opens read-only, so
// nothing is written into a damaged file.

#include "clirunner.h"
#include "librarydump.h"
#include "rawdatabase.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

class TestCorruption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void articleWithChangedTextIsRefused();
    void damagedFileOpensReadOnlyAndRefusesWrites();
};

void TestCorruption::articleWithChangedTextIsRefused()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 id = library.importFile(testDataPath(u"cli/roundtable.txt"_s));
    QVERIFY(id > 0);
    library.close();
    {
        // One letter changed behind the library's back, as a flipped bit on disk would.
        const RawDatabase raw(library.path());
        QVERIFY(raw.exec(
            u"UPDATE articles SET normalized_text = replace(normalized_text, 'harbors', 'harbers')"_s));
    }

    CliRunner cli(library.folder());
    const CliRun show = cli.run({u"--library"_s, library.path(), u"show"_s, QString::number(id)});
    QVERIFY(show.exitCode != 0);
    QVERIFY(show.out.isEmpty());
    QCOMPARE(show.errLines().size(), 1);
    QVERIFY2(show.errLines().constFirst().contains(u"is damaged"_s), show.err.constData());
    QVERIFY2(show.errLines().constFirst().contains(u"SHA-256"_s), show.err.constData());
}

void TestCorruption::damagedFileOpensReadOnlyAndRefusesWrites()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    QVERIFY(library.importFile(testDataPath(u"cli/roundtable.txt"_s)) > 0);
    QVERIFY(library.importFile(testDataPath(u"cli/plain.txt"_s)) > 0);
    library.close();

    // Overwrite the last page with garbage: a torn write or a bad sector.
    QFile file(library.path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    QVERIFY(file.size() >= 4 * pageSize);
    QVERIFY(file.seek(file.size() - pageSize));
    QVERIFY(file.write(QByteArray(int(pageSize), '\x5a')) == pageSize);
    file.close();
    const QByteArray damaged = readFile(library.path());

    LibraryStore store;
    QVERIFY2(store.open(library.path()), qPrintable(store.errorString()));
    QVERIFY(store.isReadOnly());
    QVERIFY2(store.readOnlyReason().contains(u"damaged"_s), qPrintable(store.readOnlyReason()));
    store.close();

    CliRunner cli(library.folder());
    const CliRun write = cli.run({u"--library"_s, library.path(), u"theme"_s, u"add"_s, u"Ports"_s});
    QVERIFY(write.exitCode != 0);
    QCOMPARE(write.errLines().size(), 1);
    QVERIFY2(write.errLines().constFirst().contains(u"damaged"_s), write.err.constData());
    QCOMPARE(readFile(library.path()), damaged);
}

QTEST_GUILESS_MAIN(TestCorruption)
#include "tst_corruption.moc"
