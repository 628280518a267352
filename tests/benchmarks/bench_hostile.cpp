// colloquy-bench-hostile: hostile inputs against colloquy-cli, with the time and
// peak memory of each, beside a baseline measured in the same run.
//
// Every input is written by this tool into a temporary folder (nothing hostile
// is stored in the repository). Each case runs colloquy-cli as a child process
// under a 4 GB address-space limit and a time limit, and reports its wall time,
// its CPU time (user + system: on a busy machine the wall time is mostly waiting), peak resident memory
// (wait4's ru_maxrss) and how it ended. The goal the reliability issue sets: any input of up to 64 MB
// imports, or is refused with a clear reason, in under 10 s and 1 GB; a search stays under 50 ms.
//
//   colloquy-bench-hostile [--cli PATH] [--case NAME]... [--timeout S] [--keep DIR] [--list]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <zip.h>

#include <QFileInfo>
#include <QTemporaryFile>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    double seconds = 0;
    /// User plus system time: what the case costs whatever else the machine runs.
    double cpuSeconds = 0;
    long peakMb = 0;
    QString ending; ///< "exit 0", "exit 1: <first stderr line>", "killed after N s", "signal N"
};

struct Limits
{
    int timeoutSeconds = 60;
    rlim_t addressSpace = rlim_t(4) * 1024 * 1024 * 1024;
};

/// Runs `argv` with stdin from `stdinPath` (or /dev/null), stdout discarded and
/// stderr captured, under `limits`; returns how long it took and how it ended.
Outcome runChild(const QStringList &argv, const Limits &limits, const QString &stdinPath = QString())
{
    QTemporaryFile errFile;
    errFile.open();
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        rlimit as {limits.addressSpace, limits.addressSpace};
        setrlimit(RLIMIT_AS, &as);
        const QByteArray in = QFile::encodeName(stdinPath.isEmpty() ? u"/dev/null"_s : stdinPath);
        // A FIFO's reader must not wait for a writer that never comes: open it read-write.
        const int inFd = open(in.constData(), O_RDWR);
        dup2(inFd >= 0 ? inFd : open("/dev/null", O_RDONLY), 0);
        dup2(open("/dev/null", O_WRONLY), 1);
        dup2(errFile.handle(), 2);
        QList<QByteArray> args;
        for (const QString &arg : argv)
            args.append(arg.toLocal8Bit());
        std::vector<char *> raw;
        for (QByteArray &arg : args)
            raw.push_back(arg.data());
        raw.push_back(nullptr);
        execv(raw.front(), raw.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    bool killed = false;
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (!killed && timer.elapsed() > limits.timeoutSeconds * 1000) {
            kill(pid, SIGKILL);
            killed = true;
        }
        usleep(2000);
    }
    Outcome outcome;
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    outcome.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    outcome.peakMb = usage.ru_maxrss / 1024;
    errFile.seek(0);
    const QString firstError = QString::fromUtf8(errFile.readAll()).section(u'\n', 0, 0).left(100);
    if (killed)
        outcome.ending = u"killed after %1 s"_s.arg(limits.timeoutSeconds);
    else if (WIFSIGNALED(status))
        outcome.ending = u"signal %1 (%2)"_s.arg(WTERMSIG(status)).arg(firstError);
    else if (WEXITSTATUS(status) == 0)
        outcome.ending = u"exit 0"_s;
    else
        outcome.ending = u"exit %1: %2"_s.arg(WEXITSTATUS(status)).arg(firstError);
    return outcome;
}

bool writeFile(const QString &path, const std::function<void(QFile &)> &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    fill(file);
    return file.error() == QFileDevice::NoError;
}

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip)
        return false;
    for (const auto &[name, bytes] : entries) {
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            return false;
    }
    return zip_close(zip) == 0;
}

/// Words that look like text: a small vocabulary, so the search index has long posting lists.
QByteArray words(qsizetype bytes, quint32 seed)
{
    static const char *const vocabulary[] = {"harbour", "tide", "river", "cargo", "ferry", "quay", "pilot",
        "lock", "barge", "current", "wharf", "crane", "berth", "channel", "sluice", "estuary"};
    QByteArray out;
    out.reserve(bytes + 16);
    quint32 state = seed;
    while (out.size() < bytes) {
        state = state * 1664525u + 1013904223u;
        out += vocabulary[(state >> 16) % 16];
        out += ((state >> 8) % 13 == 0) ? ". " : " ";
    }
    return out;
}

QString qdpxProject(const QString &codes, const QString &sources)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"hostile\">\n"
           "<CodeBook><Codes>%1</Codes></CodeBook><Sources>%2</Sources></Project>\n"_s.arg(codes, sources);
}

QString guid(char kind, qsizetype n)
{
    return u"%1%2-0000-0000-0000-000000000000"_s.arg(QChar::fromLatin1(kind)).arg(n, 7, 16, QChar(u'0'));
}

/// What a case runs: colloquy-cli arguments after `--library L` (setup steps
/// first, then the measured one), the measured step's stdin, and a baseline.
struct Plan
{
    QList<QStringList> setup;
    QStringList args;
    QString stdinPath;
    QStringList baseline; ///< a full argv; `CLI` stands for colloquy-cli --library L
};

struct Case
{
    QString name;
    QString what;
    std::function<Plan(const QDir &dir)> prepare; ///< writes the input into `dir`
};

QList<Case> cases()
{
    QList<Case> list;
    const auto wc = [](const QString &path) {
        return QStringList {u"/usr/bin/wc"_s, u"-c"_s, path};
    };
    list.append({u"long-line-60mb"_s, u"import a text whose one paragraph is 60 MB"_s,
        [wc](const QDir &dir) {
            writeFile(dir.filePath(u"long.txt"_s), [](QFile &f) {
                f.write("A single paragraph\n\n");
                for (int i = 0; i < 60; ++i)
                    f.write(words(1024 * 1024, quint32(i)));
                f.write("\n");
            });
            return Plan {{}, {u"import"_s, dir.filePath(u"long.txt"_s)}, {}, wc(dir.filePath(u"long.txt"_s))};
        }});
    for (const int depth : {100000, 1000000}) {
        const QString file = u"nested-%1.html"_s.arg(depth);
        list.append({u"html-nesting-%1"_s.arg(depth), u"import a page of %1 nested <div>s"_s.arg(depth),
            [file, depth, wc](const QDir &dir) {
                writeFile(dir.filePath(file), [depth](QFile &f) {
                    f.write("<!doctype html><html><head><title>Deep</title></head><body>");
                    f.write(QByteArray("<div>").repeated(depth));
                    f.write("<p>The river keeps its own hours, said the pilot.</p>");
                    f.write(QByteArray("</div>").repeated(depth));
                    f.write("</body></html>");
                });
                return Plan {{}, {u"import"_s, dir.filePath(file)}, {}, wc(dir.filePath(file))};
            }});
    }
    list.append({u"dev-zero"_s, u"import /dev/zero"_s, [](const QDir &) {
                     return Plan {{}, {u"import"_s, u"/dev/zero"_s}, {}, {}};
                 }});
    list.append({u"stdin-endless"_s, u"import /dev/stdin fed by /dev/zero"_s, [](const QDir &) {
                     return Plan {{}, {u"import"_s, u"/dev/stdin"_s}, u"/dev/zero"_s, {}};
                 }});
    list.append({u"fifo-endless"_s, u"import a FIFO that never ends"_s, [](const QDir &dir) {
                     const QString fifo = dir.filePath(u"pipe"_s);
                     mkfifo(QFile::encodeName(fifo).constData(), 0600);
                     // Keep a writer feeding it for as long as the reader reads.
                     if (fork() == 0) {
                         const int out = open(QFile::encodeName(fifo).constData(), O_WRONLY);
                         static char zeros[65536] = {};
                         for (int i = 0; i < 200000 && write(out, zeros, sizeof zeros) > 0; ++i) { }
                         _exit(0);
                     }
                     return Plan {{}, {u"import"_s, fifo}, {}, {}};
                 }});
    list.append({u"qdpx-100k-selections"_s, u"import-qdpx: one source with 100,000 coded selections"_s,
        [](const QDir &dir) {
            const QByteArray text = "Title\n\n" + words(400000, 7);
            QString selections;
            for (int i = 0; i < 100000; ++i) {
                const int start = (i * 37) % 390000;
                selections +=
                    u"<PlainTextSelection guid=\"%1\" startPosition=\"%2\" endPosition=\"%3\">"
                    "<Coding guid=\"%4\"><CodeRef targetGUID=\"%5\"/></Coding></PlainTextSelection>"_s
                        .arg(guid('c', i))
                        .arg(start)
                        .arg(start + 20)
                        .arg(guid('d', i), guid('a', i % 50));
            }
            QString codes;
            for (int i = 0; i < 50; ++i)
                codes +=
                    u"<Code guid=\"%1\" name=\"Theme %2\" isCodable=\"true\"/>"_s.arg(guid('a', i)).arg(i);
            const QString sources =
                u"<TextSource guid=\"%1\" name=\"big\" plainTextPath=\"internal://big.txt\">%2"
                "</TextSource>"_s.arg(guid('b', 0), selections);
            writeZip(dir.filePath(u"selections.qdpx"_s),
                {{u"project.qde"_s, qdpxProject(codes, sources).toUtf8()}, {u"sources/big.txt"_s, text}});
            return Plan {{}, {u"import-qdpx"_s, dir.filePath(u"selections.qdpx"_s)}, {}, {}};
        }});
    list.append({u"qdpx-50k-nested-codes"_s, u"import-qdpx: a codebook 50,000 codes deep, one text coded"_s,
        [](const QDir &dir) {
            QString codes;
            for (int i = 0; i < 50000; ++i)
                codes +=
                    u"<Code guid=\"%1\" name=\"Level %2\" isCodable=\"true\">"_s.arg(guid('a', i)).arg(i);
            codes += u"</Code>"_s.repeated(50000);
            const QString sources =
                u"<TextSource guid=\"%1\" name=\"text\" plainTextPath=\"internal://text.txt\">"
                "<PlainTextSelection guid=\"%2\" startPosition=\"7\" endPosition=\"30\">"
                "<Coding guid=\"%3\"><CodeRef targetGUID=\"%4\"/></Coding></PlainTextSelection>"
                "</TextSource>"_s.arg(guid('b', 0), guid('c', 0), guid('d', 0), guid('a', 49999));
            writeZip(dir.filePath(u"nested.qdpx"_s),
                {{u"project.qde"_s, qdpxProject(codes, sources).toUtf8()},
                    {u"sources/text.txt"_s, "Title\n\n" + words(4000, 11)}});
            return Plan {{}, {u"import-qdpx"_s, dir.filePath(u"nested.qdpx"_s)}, {}, {}};
        }});
    list.append(
        {u"qdpx-400-refs"_s, u"import-qdpx: 400 sources naming one 4 MB entry"_s, [](const QDir &dir) {
             QString sources;
             for (int i = 0; i < 400; ++i)
                 sources +=
                     u"<TextSource guid=\"%1\" name=\"copy %2\" plainTextPath=\"internal://one.txt\"/>"_s
                         .arg(guid('b', i))
                         .arg(i);
             writeZip(dir.filePath(u"refs.qdpx"_s),
                 {{u"project.qde"_s, qdpxProject(QString(), sources).toUtf8()},
                     {u"sources/one.txt"_s, "Title\n\n" + words(4 << 20, 3)}});
             return Plan {{}, {u"import-qdpx"_s, dir.filePath(u"refs.qdpx"_s)}, {}, {}};
         }});
    list.append(
        {u"jsonld-100k"_s, u"import-annotations: 100,000 annotations on one article"_s, [](const QDir &dir) {
             writeFile(dir.filePath(u"target.txt"_s),
                 [](QFile &f) { f.write("Title\n\nINES VARGA: " + words(200000, 5) + "\n"); });
             QByteArray json =
                 "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationPage\","
                 "\"items\":[";
             for (int i = 0; i < 100000; ++i) {
                 if (i)
                     json += ',';
                 json += "{\"type\":\"Annotation\",\"motivation\":\"highlighting\",\"target\":{\"selector\":"
                         "{\"type\":\"TextQuoteSelector\",\"exact\":\"harbour tide\"}}}";
             }
             json += "]}";
             writeFile(dir.filePath(u"many.jsonld"_s), [&json](QFile &f) { f.write(json); });
             return Plan {{{u"import"_s, dir.filePath(u"target.txt"_s)}},
                 {u"import-annotations"_s, dir.filePath(u"many.jsonld"_s), u"--article"_s, u"1"_s}, {}, {}};
         }});
    list.append({u"search-long-paragraphs"_s,
        u"search a library holding paragraphs of 256 KB, 1 MB and 4 MB"_s, [](const QDir &dir) {
            Plan plan;
            for (const int kb : {256, 1024, 4096}) {
                const QString file = dir.filePath(u"para-%1.txt"_s.arg(kb));
                writeFile(file, [kb](QFile &f) {
                    f.write("Long\n\nINES VARGA: " + words(kb * 1024, kb) + " sluicegate\n");
                });
                plan.setup.append({u"import"_s, file});
            }
            plan.args = {u"search"_s, u"sluicegate"_s};
            plan.baseline = {u"CLI"_s, u"list"_s};
            return plan;
        }});
    list.append(
        {u"search-2500-repeats"_s, u"a query that repeats one word 2,500 times"_s, [](const QDir &dir) {
             const QString file = dir.filePath(u"article.txt"_s);
             writeFile(file, [](QFile &f) { f.write("Short\n\nINES VARGA: " + words(200000, 9) + "\n"); });
             return Plan {{{u"import"_s, file}}, {u"search"_s, QStringList(2500, u"harbour"_s).join(u' ')},
                 {}, {u"CLI"_s, u"search"_s, u"harbour"_s}};
         }});
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs hostile inputs against colloquy-cli: time and peak memory of each."_s);
    parser.addHelpOption();
    const QCommandLineOption cliOption(u"cli"_s, u"colloquy-cli to run"_s, u"PATH"_s,
        QCoreApplication::applicationDirPath() + u"/../../app/colloquy-cli"_s);
    const QCommandLineOption caseOption(u"case"_s, u"Run only this case (repeatable)"_s, u"NAME"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s, u"Seconds before a case is killed"_s, u"S"_s, u"60"_s);
    const QCommandLineOption listOption(u"list"_s, u"List the cases"_s);
    const QCommandLineOption keepOption(u"keep"_s,
        u"Write each case's input and library into DIR/CASE and keep them (to profile)"_s, u"DIR"_s);
    parser.addOptions({cliOption, caseOption, timeoutOption, listOption, keepOption});
    parser.process(app);

    QTextStream out(stdout);
    const QList<Case> all = cases();
    if (parser.isSet(listOption)) {
        for (const Case &c : all)
            out << c.name << '\t' << c.what << '\n';
        return 0;
    }
    const QString cli = QDir::cleanPath(parser.value(cliOption));
    Limits limits;
    limits.timeoutSeconds = parser.value(timeoutOption).toInt();
    const QStringList only = parser.values(caseOption);
    const QString keep = parser.value(keepOption);

    out << u"%1 %2 %3 %4  %5\n"_s.arg(u"case"_s, -24)
               .arg(u"time"_s, 9)
               .arg(u"cpu"_s, 9)
               .arg(u"peak"_s, 8)
               .arg(u"ending"_s);
    bool allWithinGoal = true;
    for (const Case &c : all) {
        if (!only.isEmpty() && !only.contains(c.name))
            continue;
        QTemporaryDir dir;
        if (!keep.isEmpty())
            QDir(keep).mkpath(c.name);
        const QDir folder(keep.isEmpty() ? dir.path() : QDir(keep).filePath(c.name));
        const QString library = folder.filePath(u"library.sqlite"_s);
        const Plan plan = c.prepare(folder);
        const QStringList withLibrary {cli, u"--library"_s, library};
        for (const QStringList &step : plan.setup)
            runChild(withLibrary + step, limits);
        const Outcome outcome = runChild(withLibrary + plan.args, limits, plan.stdinPath);
        const bool withinGoal = outcome.seconds < 10 && outcome.peakMb < 1024 &&
            !outcome.ending.startsWith(u"killed") && !outcome.ending.startsWith(u"signal");
        allWithinGoal = allWithinGoal && withinGoal;
        out << u"%1 %2 %3 %4  %5%6\n"_s.arg(c.name, -24)
                   .arg(u"%1 s"_s.arg(outcome.seconds, 0, 'f', 2), 9)
                   .arg(u"%1 s"_s.arg(outcome.cpuSeconds, 0, 'f', 2), 9)
                   .arg(u"%1 MB"_s.arg(outcome.peakMb), 8)
                   .arg(outcome.ending, withinGoal ? QString() : u"   <- over the goal (10 s, 1 GB)"_s);
        if (!plan.baseline.isEmpty()) {
            const bool cliBaseline = plan.baseline.constFirst() == u"CLI"_s;
            const QStringList argv = cliBaseline ? withLibrary + plan.baseline.mid(1) : plan.baseline;
            const Outcome base = runChild(argv, limits);
            QStringList label = plan.baseline;
            for (QString &word : label)
                word = QFileInfo(word).fileName().left(40);
            out << u"  %1 %2 %3 %4  baseline: %5\n"_s.arg(u""_s, -22)
                       .arg(u"%1 s"_s.arg(base.seconds, 0, 'f', 2), 9)
                       .arg(u"%1 s"_s.arg(base.cpuSeconds, 0, 'f', 2), 9)
                       .arg(u"%1 MB"_s.arg(base.peakMb), 8)
                       .arg(cliBaseline ? u"colloquy-cli "_s + label.mid(1).join(u' ') : label.join(u' '));
        }
        out.flush();
    }
    out << (allWithinGoal ? "every case within the goal\n" : "some cases over the goal\n");
    return allWithinGoal ? 0 : 1;
}
