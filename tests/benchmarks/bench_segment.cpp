// Segmentation speed and memory on a long transcript, each beside a baseline measured in the same
// run (issue 15, point 8). Built with the tests, never run by CTest:
//
//   ninja -C build colloquy-bench-segment colloquy-cli
//   build/tests/benchmarks/colloquy-bench-segment [--size MB] [--runs N] [--file FILE]
//
// (a) `colloquy-cli segment FILE --json` against a plain Qt pass over the same bytes (read, decode,
//     split lines, one label regex per line), both as child processes, best of N runs: MB/s and ratio.
// (b) peak memory of importing and opening a transcript in the reader (store + ArticleView, laid out
//     and painted offscreen) against a bare QTextEdit showing the same text. With
//     COLLOQUY_BENCH_STAGES=1 each child prints its resident memory, peak and heap after every stage.

#include "import/articlereader.h"
#include "import/heaprelease.h"
#include "library/importcontroller.h"
#include "reader/articleview.h"
#include "regexview.h"
#include "review/segmentationrules.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextStream>

#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

// A briefing as agencies print them: a head of furniture, officials and reporters by label, bare `Q`,
// stage directions, turns of one to six paragraphs, now and then a label run into a paragraph.
QByteArray transcript(qsizetype bytes)
{
    QRandomGenerator random(8);
    static const QStringList words {u"the"_s, u"harbour"_s, u"wall"_s, u"council"_s, u"budget"_s, u"ferry"_s,
        u"timetable"_s, u"winter"_s, u"storm"_s, u"repair"_s, u"quay"_s, u"fishermen"_s, u"market"_s,
        u"question"_s, u"minister"_s, u"village"_s, u"road"_s, u"school"_s, u"library"_s, u"bridge"_s,
        u"water"_s, u"price"_s, u"people"_s, u"year"_s, u"week"_s, u"and"_s, u"we"_s, u"will"_s, u"not"_s,
        u"of"_s, u"to"_s, u"Kelby"_s, u"Thursday"_s, u"Marlow"_s};
    static const QStringList labels {u"MODERATOR:"_s, u"MS. ORTEGA:"_s, u"MR. HALVORSEN:"_s, u"Q"_s,
        u"DR. PELL:"_s, u"Lena Park:"_s, u"Q"_s, u"MS. ORTEGA:"_s};
    auto sentence = [&]() -> QString {
        QString text;
        const int count = 5 + random.bounded(14);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += u' ';
            text += words.at(random.bounded(int(words.size())));
        }
        text[0] = text.at(0).toUpper();
        return text + (random.bounded(5) == 0 ? u"?"_s : u"."_s);
    };
    QString text = u"Press Briefing by Harbour Authority Spokesperson Lise Ortega\n\nMarch 3, 2025\n\n"
                   "Harbour Authority Press Room\n\n10:02 A.M. CET\n\n"_s;
    while (text.size() < bytes) {
        const QString &label = labels.at(random.bounded(int(labels.size())));
        QString paragraph = label + u' ';
        const int sentences = 1 + random.bounded(5);
        for (int i = 0; i < sentences; ++i)
            paragraph += (i > 0 ? u" "_s : QString()) + sentence();
        if (random.bounded(40) == 0)
            paragraph += u" MODERATOR: "_s + sentence();
        text += paragraph + u"\n\n"_s;
        for (int more = random.bounded(3) == 0 ? random.bounded(5) : 0; more > 0; --more)
            text += sentence() + u' ' + sentence() + u"\n\n"_s;
        if (random.bounded(60) == 0)
            text += u"(LAUGHTER)\n\n"_s;
    }
    return text.toUtf8();
}

// The plain Qt pass: read, decode, split into lines, one label regex per line.
int baselinePass(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression label(u"^(?:Q |[\\p{Lu}][\\p{L}.' -]{0,40}:\\s)"_s);
    qsizetype labelled = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        labelled += Colloquy::matchView(label, line).hasMatch() ? 1 : 0;
    std::printf("%lld\n", static_cast<long long>(labelled));
    return 0;
}

// With COLLOQUY_BENCH_STAGES set, a child prints its resident memory, peak and heap in use after
// each stage to stderr, and the time since its first stage: where the memory (and time) goes.
void stage(const char *name)
{
    if (qEnvironmentVariableIsEmpty("COLLOQUY_BENCH_STAGES"))
        return;
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    QFile status(u"/proc/self/status"_s);
    long rss = 0;
    long hwm = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').value(0).toLong();
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    const struct mallinfo2 heap = mallinfo2();
    std::fprintf(stderr, "%-28s rss %6.1f MB  peak %6.1f MB  heap %6.1f MB  at %6.2f s\n", name,
        double(rss) / 1024.0, double(hwm) / 1024.0, double(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0),
        double(clock.nsecsElapsed()) / 1e9);
}

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Shows what a reader shows, laid out to its end and painted once.
void layOutAndPaint(QWidget &widget)
{
    widget.resize(1400, 900);
    widget.show();
    QApplication::processEvents();
    for (const QTextEdit *edit : widget.findChildren<QTextEdit *>())
        edit->document()->documentLayout()->documentSize();
    if (auto *edit = qobject_cast<QTextEdit *>(&widget))
        edit->document()->documentLayout()->documentSize();
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    widget.render(&image);
}

// Peak memory of a bare QTextEdit showing the file's text.
int textEditPeak(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    stage("start");
    QTextEdit edit;
    edit.setReadOnly(true);
    edit.setPlainText(QString::fromUtf8(file.readAll()));
    stage("text set");
    layOutAndPaint(edit);
    stage("laid out and painted");
    std::printf("%ld\n", peakKilobytes());
    return 0;
}

// Peak memory of importing the file into a library and opening it in the reader, the app's way: the
// ImportController reads and segments on the QtConcurrent pool (a thread that outlives the import, with
// a malloc arena of its own), applies the library's rules and stores on this thread; it stays, as the
// app's does, so what it keeps after an import counts. With `sameThread`, the same steps on this thread
// (the allocator tuned and trimmed as the controller does): what the worker thread costs.
int appPeak(const QString &path, bool sameThread)
{
    QTemporaryDir dir;
    LibrarySession session;
    if (!session.open(dir.filePath(u"library.sqlite"_s)))
        return 2;
    qint64 id = 0;
    stage("start");
    ImportController importer(session.store(), session.segmentationRules(), nullptr);
    if (sameThread) {
        ReadResult read = ArticleReader::readFile(path);
        if (!read.article)
            return 3;
        Article article = std::move(*read.article);
        read.article.reset();
        session.segmentationRules()->applyTo(article);
        const AddResult added = session.store()->addArticle(article);
        if (!added.error.isEmpty())
            return 4;
        id = added.id;
        releaseFreedHeap();
        stage("imported and stored");
    } else {
        QSignalSpy finished(&importer, &ImportController::finished);
        importer.importFiles({path});
        if (!finished.wait(600'000))
            return 3;
        const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
        if (summary.created != 1)
            return 4;
        id = summary.lastId;
        stage("imported and stored");
    }
    stage("import released");
    const long afterImport = peakKilobytes();
    ArticleView view;
    {
        const Article article = **session.store()->article(id);
        stage("read back");
        view.setArticle(article);
        stage("set in the view");
    }
    stage("article released");
    layOutAndPaint(view);
    stage("laid out and painted");
    std::printf("%ld %ld\n", peakKilobytes(), afterImport);
    return 0;
}

// Peak memory of opening the library's first article in the reader, imported by another process.
int openPeak(const QString &libraryPath)
{
    LibraryStore store;
    if (!store.open(libraryPath))
        return 2;
    const QList<ArticleSummary> articles = *store.articles();
    if (articles.isEmpty())
        return 3;
    ArticleView view;
    view.setArticle(**store.article(articles.constFirst().id));
    layOutAndPaint(view);
    std::printf("%ld\n", peakKilobytes());
    return 0;
}

double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct ChildRun
{
    double seconds = 0;
    double cpuSeconds = 0; ///< user and system time: less at the mercy of other processes than the wall clock
    long peakKilobytes = 0;
    QByteArray output;
};

// Runs a program to its end, its output to a pipe or nowhere; its wall time and peak memory.
ChildRun runChild(const QString &program, const QStringList &arguments, bool keepOutput)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!keepOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    ChildRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = childCpuSeconds() - cpuBefore;
    if (keepOutput)
        run.output = process.readAllStandardOutput().trimmed();
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage); // the largest child so far: callers compare across kinds of run
    run.peakKilobytes = usage.ru_maxrss;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s exited with %d\n", qPrintable(program), process.exitCode());
    return run;
}

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    // The memory children need a GUI application; the rest runs offscreen too.
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Segmentation speed and memory beside their baselines."_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(
        u"size"_s, u"Transcript size in MB for (a) (default 10)."_s, u"MB"_s, u"10"_s);
    const QCommandLineOption memorySizeOption(
        u"memory-size"_s, u"Transcript size in MB for (b) (default 5)."_s, u"MB"_s, u"5"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Runs of each measurement; the best counts (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption fileOption(
        u"file"_s, u"Segment this file instead of a generated one."_s, u"FILE"_s);
    const QCommandLineOption cliOption(u"cli"_s, u"The colloquy-cli to time."_s, u"PATH"_s,
        QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/colloquy-cli"_s));
    const QCommandLineOption baselineOption(
        u"baseline"_s, u"(internal) the plain Qt pass over FILE."_s, u"FILE"_s);
    const QCommandLineOption textEditOption(
        u"textedit-peak"_s, u"(internal) a QTextEdit's peak memory."_s, u"FILE"_s);
    const QCommandLineOption appOption(u"app-peak"_s, u"(internal) the reader's peak memory."_s, u"FILE"_s);
    const QCommandLineOption sameThreadOption(
        u"same-thread"_s, u"(internal) with --app-peak: import on the reader's thread."_s);
    const QCommandLineOption openOption(
        u"open-peak"_s, u"(internal) the reader's peak memory, opening only."_s, u"LIBRARY"_s);
    parser.addOptions({sizeOption, memorySizeOption, runsOption, fileOption, cliOption, baselineOption,
        textEditOption, appOption, sameThreadOption, openOption});
    parser.process(app);

    if (parser.isSet(baselineOption))
        return baselinePass(parser.value(baselineOption));
    if (parser.isSet(textEditOption))
        return textEditPeak(parser.value(textEditOption));
    if (parser.isSet(appOption))
        return appPeak(parser.value(appOption), parser.isSet(sameThreadOption));
    if (parser.isSet(openOption))
        return openPeak(parser.value(openOption));

    QTemporaryDir dir;
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = dir.filePath(u"transcript.txt"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(transcript(qsizetype(parser.value(sizeOption).toDouble() * 1024 * 1024)));
    }
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString self = QCoreApplication::applicationFilePath();
    const QString cli = parser.value(cliOption);

    // (a) Interleaved, so a busy moment of the machine weighs on both alike.
    QList<double> baseline;
    QList<double> segment;
    QList<double> baselineCpu;
    QList<double> segmentCpu;
    for (int run = 0; run < runs; ++run) {
        const ChildRun plain = runChild(self, {u"--baseline"_s, path}, false);
        const ChildRun segmented = runChild(cli, {u"segment"_s, path, u"--json"_s}, false);
        baseline.append(plain.seconds);
        baselineCpu.append(plain.cpuSeconds);
        segment.append(segmented.seconds);
        segmentCpu.append(segmented.cpuSeconds);
    }
    const double bestBaseline = *std::min_element(baseline.cbegin(), baseline.cend());
    const double bestSegment = *std::min_element(segment.cbegin(), segment.cend());
    const double bestBaselineCpu = *std::min_element(baselineCpu.cbegin(), baselineCpu.cend());
    const double bestSegmentCpu = *std::min_element(segmentCpu.cbegin(), segmentCpu.cend());
    QTextStream out(stdout);
    out << "(a) " << number(megabytes, 1) << " MB transcript, best of " << runs
        << " runs (wall clock, process start included)\n";
    out << "    colloquy-cli segment --json   " << number(bestSegment, 3) << " s  "
        << number(megabytes / bestSegment, 1) << " MB/s\n";
    out << "    baseline Qt pass              " << number(bestBaseline, 3) << " s  "
        << number(megabytes / bestBaseline, 1) << " MB/s\n";
    out << "    ratio                         " << number(bestSegment / bestBaseline, 1) << "x\n";
    out << "    the same, CPU time only       " << number(bestSegmentCpu, 3) << " s against "
        << number(bestBaselineCpu, 3) << " s: " << number(megabytes / bestSegmentCpu, 1) << " MB/s, "
        << number(bestSegmentCpu / bestBaselineCpu, 1) << "x\n";
    out.flush();

    // (b) The reader's peak memory against a bare QTextEdit's, each in a child of its own.
    QString memoryPath = path;
    if (!parser.isSet(fileOption)) {
        memoryPath = dir.filePath(u"transcript-memory.txt"_s);
        QFile file(memoryPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(transcript(qsizetype(parser.value(memorySizeOption).toDouble() * 1024 * 1024)));
    }
    const double memoryMegabytes = double(QFileInfo(memoryPath).size()) / (1024.0 * 1024.0);
    const ChildRun bare = runChild(self, {u"--textedit-peak"_s, memoryPath}, true);
    const ChildRun reader = runChild(self, {u"--app-peak"_s, memoryPath}, true);
    const ChildRun oneThread = runChild(self, {u"--app-peak"_s, memoryPath, u"--same-thread"_s}, true);
    const QString library = dir.filePath(u"library.sqlite"_s);
    runChild(cli, {u"--library"_s, library, u"import"_s, memoryPath}, false);
    const ChildRun opened = runChild(self, {u"--open-peak"_s, library}, true);
    const double openPeakMegabytes = opened.output.toDouble() / 1024.0;
    const double barePeak = bare.output.toDouble() / 1024.0;
    const QList<QByteArray> readerFigures = reader.output.split(' ');
    const double readerPeak = readerFigures.value(0).toDouble() / 1024.0;
    const double importPeak = readerFigures.value(1).toDouble() / 1024.0;
    const double oneThreadPeak = oneThread.output.split(' ').value(0).toDouble() / 1024.0;
    const auto overBare = [&](double peak) -> QString {
        return number(peak - barePeak, 0) + u" MB = "_s + number((peak - barePeak) / memoryMegabytes, 1) +
            u"x the text"_s;
    };
    out << "(b) " << number(memoryMegabytes, 1) << " MB transcript, peak resident memory\n";
    out << "    import + open in the reader   " << number(readerPeak, 0)
        << " MB (import and store alone: " << number(importPeak, 0) << " MB)\n";
    out << "    the same, all on one thread   " << number(oneThreadPeak, 0)
        << " MB: " << overBare(oneThreadPeak) << " over the bare QTextEdit\n";
    out << "    open alone (imported before)  " << number(openPeakMegabytes, 0) << " MB\n";
    out << "    bare QTextEdit                " << number(barePeak, 0) << " MB\n";
    out << "    difference                    " << overBare(readerPeak) << " (goal: at most 6x)\n";
    return 0;
}
