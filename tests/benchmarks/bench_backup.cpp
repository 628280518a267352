// Backups and the check at open (issue 11, point 5), timed beside baselines measured in the same run:
//  1. a backup (VACUUM INTO, fsync, quick_check of the copy) of a library of 1,000 articles, beside a
//     plain file copy of the same file and `sqlite3 .backup` when the sqlite3 shell is installed;
//  2. opening a library larger than LibraryStore::OpenCheckLimit, which now skips the inline
//     quick_check, beside what open cost before (the open plus that quick_check), and the whole
//     check that the app runs in the background instead.
// Usage: colloquy-bench-backup [ARTICLES] [BIG_MB]   (defaults: 1000 and 300)

#include "mediantime.h"
#include "rawdatabase.h"
#include "store/librarybackup.h"
#include "store/librarycheck.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using Colloquy::Benchmarks::medianMs;

namespace {

Article invented(int i, qsizetype rawBytes)
{
    using namespace TestArticles;
    const QString line =
        u"Panel %1: the harbour board of Eastwick met on the %2th to weigh the ferry tender."_s;
    QStringList first;
    QStringList second;
    for (int p = 0; p < 12; ++p) {
        first.append(line.arg(i).arg(p) + u" Mira Castellane argued for a winter timetable."_s);
        second.append(line.arg(i).arg(p + 20) + u" Tobias Wren doubted the fuel budget."_s);
    }
    Article article = TestArticles::article(u"Harbour board, session %1"_s.arg(i),
        {speech(u"Mira Castellane"_s, u"ferry captain"_s, first),
            speech(u"Tobias Wren"_s, u"treasurer"_s, second)});
    if (rawBytes > 0)
        article.rawSource = QByteArray(rawBytes, char('a' + i % 26));
    return article;
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

void benchBackup(QTextStream &out, int count)
{
    TemporaryLibrary library;
    for (int i = 0; i < count; ++i)
        library.addArticle(invented(i, 0));
    library.close();
    const QString path = library.path();
    out << "library of " << count << " articles: " << QString::number(mb(QFileInfo(path).size()), 'f', 1)
        << " MB\n";

    int made = 0;
    const double backup = medianMs(5, [&] {
        const Result<BackupInfo> result =
            LibraryBackup::make(path, QDateTime::currentDateTimeUtc().addSecs(made++));
        if (result.failed())
            out << "backup failed: " << result.error() << '\n';
    });
    int copies = 0;
    const double copy = medianMs(5, [&] { QFile::copy(path, library.filePath(u"copy%1"_s.arg(copies++))); });
    out << "LibraryBackup::make (VACUUM INTO + fsync + quick_check): " << QString::number(backup, 'f', 1)
        << " ms\n";
    out << "plain file copy (QFile::copy, no fsync):                  " << QString::number(copy, 'f', 1)
        << " ms\n";
    if (!QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty()) {
        int shells = 0;
        const double shell = medianMs(5, [&] {
            QProcess::execute(
                u"sqlite3"_s, {path, u".backup '%1'"_s.arg(library.filePath(u"shell%1"_s.arg(shells++)))});
        });
        out << "sqlite3 .backup (a process of its own):                   " << QString::number(shell, 'f', 1)
            << " ms\n";
    }
    out.flush();
}

void benchOpen(QTextStream &out, int megabytes)
{
    TemporaryLibrary library;
    const qsizetype raw = 1024 * 1024;
    for (int i = 0; i < megabytes; ++i)
        library.addArticle(invented(i, raw));
    library.close();
    const QString path = library.path();
    out << "big library: " << QString::number(mb(QFileInfo(path).size()), 'f', 1)
        << " MB (check at open up to " << mb(LibraryStore::OpenCheckLimit) << " MB)\n";

    const double open = medianMs(3, [&] {
        LibraryStore store;
        store.open(path, LibraryStore::OpenMode::Existing);
    });
    const double quickCheck = medianMs(3, [&] {
        const RawDatabase raw(path);
        raw.value(u"PRAGMA quick_check(5)"_s);
    });
    const double whole = medianMs(1, [&] { LibraryCheck::run(path); });
    out << "open now (no inline check):           " << QString::number(open, 'f', 1) << " ms\n";
    out << "open before (open + quick_check(5)):  " << QString::number(open + quickCheck, 'f', 1) << " ms\n";
    out << "whole check in the background:        " << QString::number(whole, 'f', 1) << " ms\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int articles = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int bigMb = args.size() > 2 ? args.at(2).toInt() : 300;
    QTextStream out(stdout);
    benchBackup(out, articles);
    benchOpen(out, bigMb);
    return 0;
}
