#include "testconfig.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
};

QString fixture(const QString &name)
{
    return QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u"/cli/"_s + name;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes); // decoding happens on this conversion
    Q_UNUSED(text)
    return !decoder.hasError();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QString allParagraphs(const QJsonArray &segments)
{
    QStringList paragraphs;
    for (const QJsonValue &segment : segments) {
        for (const QJsonValue &paragraph : segment.toObject().value(u"paragraphs"_s).toArray())
            paragraphs.append(paragraph.toString());
    }
    return paragraphs.join(u'\n');
}

} // namespace

/// Runs the real colloquy-cli binary, as a script would, without a display.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runsWithoutDisplay();
    void helpListsCommands();
    void segmentJsonFollowsSchema();
    void segmentTextPrintsOutline();
    void segmentDoesNotTouchLibrary();
    void optionsMayPrecedeOrFollowCommand();
    void unusableInputFailsWithOneLine_data();
    void unusableInputFailsWithOneLine();
    void importTwiceReportsDuplicate();
    void importJsonReportsEachFile();
    void listJsonShowsImportedArticle();
    void listTextHasOneLinePerArticle();
    void showJsonHasIdAndSegments();
    void showTextPrintsOutline();
    void showUnknownIdFails();
    void unusableLibraryFailsWithOneLine();
    void defaultLibraryIsInAppDataLocation();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void roundtableNamesBothSpeakers();

private:
    CliRun run(const QStringList &args) const;
    /// Imports `file` into the test library and returns its id (0 on failure).
    qint64 importFixture(const QString &file) const;
    QString writeTempFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QProcessEnvironment m_env;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.sqlite"_s);

    // No display at all, and a private data home so a missing --library never reaches the real one.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        m_env.remove(name);
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

CliRun TestCli::run(const QStringList &args) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(COLLOQUY_CLI_PATH), args);
    CliRun result;
    if (!process.waitForFinished(30000)) {
        qWarning() << "colloquy-cli did not finish:" << args << process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    // A crash is never an acceptable way to fail.
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "colloquy-cli crashed:" << args;
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

qint64 TestCli::importFixture(const QString &file) const
{
    const CliRun result = run({u"--library"_s, m_library, u"import"_s, file});
    const QList<QByteArray> fields = result.out.trimmed().split('\t');
    return result.exitCode == 0 ? fields.value(0).toLongLong() : 0;
}

QString TestCli::writeTempFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestCli::runsWithoutDisplay()
{
    QVERIFY(!m_env.contains(u"DISPLAY"_s));
    QVERIFY(!m_env.contains(u"QT_QPA_PLATFORM"_s));

    const CliRun version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("colloquy-cli "));

    const CliRun list = run({u"list"_s, u"--json"_s, u"--library"_s, m_library});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.err.isEmpty(), list.err.constData());
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
}

void TestCli::helpListsCommands()
{
    const CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *expected : {"segment FILE", "import FILE", "list", "show ID", "--library", "--json"})
        QVERIFY2(help.out.contains(expected), expected);
}

void TestCli::segmentJsonFollowsSchema()
{
    const CliRun result = run({u"segment"_s, fixture(u"plain.txt"_s), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(isValidUtf8(result.out));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(sortedKeys(root), QStringList({u"segments"_s, u"title"_s}));
    QVERIFY(root.value(u"title"_s).isString() || root.value(u"title"_s).isNull());

    const QJsonArray segments = root.value(u"segments"_s).toArray();
    QVERIFY(!segments.isEmpty());
    const QStringList kinds {u"caption"_s, u"metadata"_s, u"editor_note"_s, u"speaker"_s, u"narration"_s};
    for (const QJsonValue &value : segments) {
        QVERIFY(value.isObject());
        const QJsonObject segment = value.toObject();
        QCOMPARE(sortedKeys(segment), QStringList({u"kind"_s, u"label"_s, u"paragraphs"_s, u"speaker"_s}));
        QVERIFY2(kinds.contains(segment.value(u"kind"_s).toString()),
            qPrintable(segment.value(u"kind"_s).toString()));
        QVERIFY(segment.value(u"label"_s).isString() || segment.value(u"label"_s).isNull());
        const QJsonValue speaker = segment.value(u"speaker"_s);
        QVERIFY(speaker.isNull() || speaker.isObject());
        if (speaker.isObject()) {
            QCOMPARE(sortedKeys(speaker.toObject()), QStringList({u"bio"_s, u"name"_s}));
            QCOMPARE(segment.value(u"kind"_s).toString(), u"speaker"_s);
        }
        QVERIFY(segment.value(u"paragraphs"_s).isArray());
        for (const QJsonValue &paragraph : segment.value(u"paragraphs"_s).toArray())
            QVERIFY(paragraph.isString());
    }
    // Non-ASCII text survives the round trip through stdout.
    QVERIFY(allParagraphs(segments).contains(u"“a quiet revolution of the morning queue”"_s));
}

void TestCli::segmentTextPrintsOutline()
{
    const CliRun result = run({u"segment"_s, fixture(u"plain.txt"_s)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(isValidUtf8(result.out));
    QVERIFY(result.out.startsWith("Title: "));
    QVERIFY(result.out.contains(" segment"));
    QVERIFY(result.out.contains(" paragraph"));
    QVERIFY(result.out.contains("Caf\xc3\xa9")); // é in UTF-8, from the title or the first paragraph
}

void TestCli::segmentDoesNotTouchLibrary()
{
    const CliRun result = run({u"--library"_s, m_library, u"segment"_s, fixture(u"plain.txt"_s)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!QFile::exists(m_library));
}

void TestCli::optionsMayPrecedeOrFollowCommand()
{
    const CliRun before = run({u"--json"_s, u"segment"_s, fixture(u"plain.txt"_s)});
    const CliRun after = run({u"segment"_s, fixture(u"plain.txt"_s), u"--json"_s});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(before.out, after.out);

    QVERIFY(importFixture(fixture(u"plain.txt"_s)) > 0);
    const CliRun libraryAfter = run({u"list"_s, u"--library"_s, m_library});
    QCOMPARE(libraryAfter.exitCode, 0);
    QCOMPARE(libraryAfter.out.count('\n'), 1);
}

void TestCli::unusableInputFailsWithOneLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");

    for (const QString &command : {u"segment"_s, u"import"_s}) {
        for (const QString &kind : {u"binary"_s, u"missing"_s, u"empty"_s, u"folder"_s}) {
            QTest::addRow("%s %s", qPrintable(command), qPrintable(kind)) << command << kind;
        }
    }
}

void TestCli::unusableInputFailsWithOneLine()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);

    QString path;
    if (kind == u"binary"_s) {
        QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        bytes.append(QByteArray(256, '\0'));
        path = writeTempFile(u"picture.txt"_s, bytes);
    } else if (kind == u"missing"_s) {
        path = m_dir->filePath(u"no-such-article.txt"_s);
    } else if (kind == u"empty"_s) {
        path = writeTempFile(u"empty.txt"_s, QByteArray());
    } else {
        path = m_dir->filePath(u"a-folder"_s);
        QVERIFY(QDir().mkpath(path));
    }

    const CliRun result = run({u"--library"_s, m_library, command, path});
    QVERIFY(result.exitCode > 0);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    const QStringList lines = result.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(u"colloquy-cli: "_s), qPrintable(lines.constFirst()));
    QVERIFY2(lines.constFirst().contains(path), qPrintable(lines.constFirst()));
}

void TestCli::importTwiceReportsDuplicate()
{
    const QString file = fixture(u"plain.txt"_s);
    const CliRun first = run({u"--library"_s, m_library, u"import"_s, file});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), first.err.constData());
    const QStringList firstFields = QString::fromUtf8(first.out).trimmed().split(u'\t');
    QCOMPARE(firstFields.size(), 2);
    QCOMPARE(firstFields.at(1), file);
    bool ok = false;
    const qint64 id = firstFields.at(0).toLongLong(&ok);
    QVERIFY(ok && id > 0);

    const CliRun second = run({u"--library"_s, m_library, u"import"_s, file});
    QCOMPARE(second.exitCode, 0);
    const QStringList secondFields = QString::fromUtf8(second.out).trimmed().split(u'\t');
    QCOMPARE(secondFields, QStringList({QString::number(id), file, u"(already in library)"_s}));

    const CliRun json = run({u"--library"_s, m_library, u"import"_s, file, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject entry = QJsonDocument::fromJson(json.out).array().at(0).toObject();
    QCOMPARE(entry.value(u"id"_s).toInteger(), id);
    QCOMPARE(entry.value(u"status"_s).toString(), u"duplicate"_s);
}

void TestCli::importJsonReportsEachFile()
{
    const QString missing = m_dir->filePath(u"missing.txt"_s);
    const CliRun result = run({u"--library"_s, m_library, u"--json"_s, u"import"_s, fixture(u"plain.txt"_s),
        missing, fixture(u"roundtable.txt"_s)});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errLines().constFirst().contains(missing));

    QJsonParseError error;
    const QJsonArray entries = QJsonDocument::fromJson(result.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(entries.size(), 3);
    QStringList statuses;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(sortedKeys(entry), QStringList({u"error"_s, u"file"_s, u"id"_s, u"status"_s}));
        statuses.append(entry.value(u"status"_s).toString());
    }
    QCOMPARE(statuses, QStringList({u"imported"_s, u"error"_s, u"imported"_s}));
    QCOMPARE(entries.at(1).toObject().value(u"file"_s).toString(), missing);
    QVERIFY(entries.at(1).toObject().value(u"id"_s).isNull());
    QVERIFY(!entries.at(1).toObject().value(u"error"_s).toString().isEmpty());
    QVERIFY(entries.at(0).toObject().value(u"error"_s).isNull());
    QVERIFY(entries.at(0).toObject().value(u"id"_s).toInteger() !=
        entries.at(2).toObject().value(u"id"_s).toInteger());
}

void TestCli::listJsonShowsImportedArticle()
{
    const qint64 id = importFixture(fixture(u"plain.txt"_s));
    QVERIFY(id > 0);

    const CliRun result = run({u"--library"_s, m_library, u"list"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray articles = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(articles.size(), 1);
    const QJsonObject article = articles.at(0).toObject();
    QCOMPARE(sortedKeys(article), QStringList({u"id"_s, u"imported"_s, u"speakers"_s, u"title"_s}));
    QCOMPARE(article.value(u"id"_s).toInteger(), id);
    QVERIFY(!article.value(u"title"_s).toString().isEmpty());
    QVERIFY(article.value(u"speakers"_s).isArray());
    const QDateTime imported = QDateTime::fromString(article.value(u"imported"_s).toString(), Qt::ISODate);
    QVERIFY(imported.isValid());
    QVERIFY(qAbs(imported.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestCli::listTextHasOneLinePerArticle()
{
    QVERIFY(importFixture(fixture(u"plain.txt"_s)) > 0);
    QVERIFY(importFixture(fixture(u"roundtable.txt"_s)) > 0);
    const CliRun result = run({u"--library"_s, m_library, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QCOMPARE(line.split(u'\t').size(), 4);
}

void TestCli::showJsonHasIdAndSegments()
{
    const qint64 id = importFixture(fixture(u"plain.txt"_s));
    QVERIFY(id > 0);

    const CliRun result = run({u"--library"_s, m_library, u"show"_s, QString::number(id), u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(isValidUtf8(result.out));
    const QJsonObject article = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(article.value(u"id"_s).toInteger(), id);
    QVERIFY(article.contains(u"title"_s));
    QCOMPARE(article.value(u"source"_s).toString(), QFileInfo(fixture(u"plain.txt"_s)).absoluteFilePath());
    const QJsonArray segments = article.value(u"segments"_s).toArray();
    QVERIFY(!segments.isEmpty());
    QVERIFY(allParagraphs(segments).contains(u"the price of flour"_s));
}

void TestCli::showTextPrintsOutline()
{
    const qint64 id = importFixture(fixture(u"plain.txt"_s));
    QVERIFY(id > 0);
    const CliRun result = run({u"show"_s, QString::number(id), u"--library"_s, m_library});
    QCOMPARE(result.exitCode, 0);
    const QByteArray heading = "Article " + QByteArray::number(id) + ": ";
    QVERIFY(result.out.startsWith(heading));
    QVERIFY(result.out.contains(" paragraph"));
}

void TestCli::showUnknownIdFails()
{
    const CliRun result = run({u"--library"_s, m_library, u"show"_s, u"4711"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errLines().constFirst().startsWith(u"colloquy-cli: "_s));
}

void TestCli::unusableLibraryFailsWithOneLine()
{
    const QByteArray notes = "These are notes, not a library.\n";
    const QString notADatabase = writeTempFile(u"notes.txt"_s, notes);
    for (const QString &library : {notADatabase, m_dir->path()}) {
        const CliRun result = run({u"--library"_s, library, u"list"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        const QStringList lines = result.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"colloquy-cli: "_s), qPrintable(lines.constFirst()));
        QVERIFY2(lines.constFirst().contains(library), qPrintable(lines.constFirst()));
    }
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), notes);
}

void TestCli::defaultLibraryIsInAppDataLocation()
{
    const CliRun result = run({u"import"_s, fixture(u"plain.txt"_s)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"xdg-data/Colloquy/colloquy/library.sqlite"_s)));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("segment without file") << QStringList {u"segment"_s};
    QTest::newRow("segment with two files") << QStringList {u"segment"_s, u"a.txt"_s, u"b.txt"_s};
    QTest::newRow("import without file") << QStringList {u"import"_s};
    QTest::newRow("show without id") << QStringList {u"show"_s};
    QTest::newRow("show with a word") << QStringList {u"show"_s, u"latest"_s};
    QTest::newRow("list with argument") << QStringList {u"list"_s, u"all"_s};
    QTest::newRow("unknown option") << QStringList {u"list"_s, u"--frobnicate"_s};
    QTest::newRow("library without path") << QStringList {u"list"_s, u"--library"_s};
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, args);
    // A usage error must never create a library, even at the default location.
    const CliRun result = run(args);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.errLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(lines.constFirst().startsWith(u"colloquy-cli: "_s), qPrintable(lines.constFirst()));
    QVERIFY(result.err.contains("usage: colloquy-cli"));
    QVERIFY(!QDir(m_dir->filePath(u"xdg-data"_s)).exists());
}

// Depends on the speaker segmenter: fails while core/segment is a placeholder.
void TestCli::roundtableNamesBothSpeakers()
{
    const CliRun result = run({u"segment"_s, u"--json"_s, fixture(u"roundtable.txt"_s)});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(root.value(u"title"_s).toString(), u"Can Small Harbors Survive the Age of Giant Ships?"_s);

    QStringList kinds;
    QStringList names;
    QJsonArray speakerSegments;
    for (const QJsonValue &value : root.value(u"segments"_s).toArray()) {
        const QJsonObject segment = value.toObject();
        kinds.append(segment.value(u"kind"_s).toString());
        if (segment.value(u"kind"_s).toString() == u"speaker"_s) {
            speakerSegments.append(segment);
            names.append(segment.value(u"speaker"_s).toObject().value(u"name"_s).toString());
        }
    }
    QCOMPARE(names, QStringList({u"Jane Doe-Smith"_s, u"Marcus Oyelaran-Berg"_s}));
    QVERIFY(kinds.contains(u"caption"_s));
    QVERIFY(kinds.contains(u"editor_note"_s));

    const QJsonObject jane = speakerSegments.at(0).toObject();
    QVERIFY(
        jane.value(u"speaker"_s).toObject().value(u"bio"_s).toString().contains(u"professor of economics"_s));
    QCOMPARE(jane.value(u"paragraphs"_s).toArray().size(), 3);
    QVERIFY(jane.value(u"paragraphs"_s).toArray().at(0).toString().startsWith(u"In my view"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
