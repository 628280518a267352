#include "clirunner.h"
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy::Testing;

namespace {

QString fixture(const QString &name)
{
    return testDataPath(u"cli/"_s + name);
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
    void everyCommandHasHelp();
    void segmentJsonFollowsSchema();
    void segmentTextPrintsOutline();
    void segmentDoesNotTouchLibrary();
    void formatIsDetectedOrForced();
    void legacyEncodingIsDetectedOrForced();
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
    void highlightAnchorsQuoteWithThemesAndNote();
    void highlightSearchesWithinSpeaker();
    void highlightRefusalsStoreNothing_data();
    void highlightRefusalsStoreNothing();
    void noteTagUntagAndUnhighlight();
    void themeCommandsEditTheCodebook();
    void notesOnArticleAndSpeakerShowInAnnotations();
    void reimportPrintsHowHighlightsFared();
    void reimportRefusalsLeaveLibraryIdentical();
    void reviewListsDetectionAndCorrectsSegments();

private:
    CliRun run(const QStringList &args) const { return m_cli->run(args); }
    /// Imports `file` into the test library and returns its id (0 on failure).
    qint64 importFixture(const QString &file) const;
    QString writeTempFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    /// Not made in advance: some commands must leave no library behind.
    QString m_library;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.sqlite"_s);
    m_cli = std::make_unique<CliRunner>(m_dir->path());
}

void TestCli::cleanup()
{
    m_cli.reset();
    m_dir.reset();
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
    writeFile(path, bytes);
    return path;
}

void TestCli::runsWithoutDisplay()
{
    QVERIFY(!m_cli->environment().contains(u"DISPLAY"_s));
    QVERIFY(!m_cli->environment().contains(u"QT_QPA_PLATFORM"_s));

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

// Every command and sub-command --help lists has a synopsis, a summary and a help text of its own,
// printed by COMMAND --help; an option means the same kind of thing (a flag or a value) everywhere.
void TestCli::everyCommandHasHelp()
{
    const CliRun overview = run({u"--help"_s});
    QCOMPARE(overview.exitCode, 0);
    const QString listing = QString::fromUtf8(overview.out);
    // Each form of a command starts two spaces in with its name: the lowercase words before its arguments.
    static const QRegularExpression form(
        u"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)(?= |$)"_s, QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = form.globalMatch(listing); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    for (const char *expected : {"segment", "theme", "theme add", "speakers merge", "review", "review kind"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    static const QRegularExpression option(
        u"^  (?:-[a-z], )?--([a-z][a-z-]*)( \\S+)?(?:  |$)"_s, QRegularExpression::MultilineOption);
    QHash<QString, bool> takesValue;
    for (const QString &name : std::as_const(names)) {
        const CliRun help = run(name.split(u' ') + QStringList {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.err.isEmpty(), help.err.constData());
        // The usage lines with the synopsis, the summary --help shows too, then the help text.
        const QStringList blocks = QString::fromUtf8(help.out).split(u"\n\n"_s);
        QVERIFY2(blocks.constFirst().startsWith(u"Usage: colloquy-cli "_s + name), qPrintable(name));
        QVERIFY2(blocks.size() >= 3, qPrintable(name));
        const QString summary = blocks.at(1).simplified();
        QVERIFY2(!summary.isEmpty() && listing.simplified().contains(summary), qPrintable(name));
        const QString text = blocks.at(2).simplified();
        QVERIFY2(!text.isEmpty() && !text.startsWith(u"Options:"_s) && !text.startsWith(u"Actions:"_s),
            qPrintable(name));
        const QString options = blocks.filter(QRegularExpression(u"^Options:"_s)).value(0);
        QVERIFY2(options.contains(u"--library PATH"_s), qPrintable(name));
        for (auto it = option.globalMatch(options); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const bool value = match.hasCaptured(2);
            QVERIFY2(takesValue.value(match.captured(1), value) == value, qPrintable(match.captured(1)));
            takesValue.insert(match.captured(1), value);
        }
    }
    QVERIFY(takesValue.value(u"format"_s));
    QVERIFY(!takesValue.value(u"all"_s, true));
    QVERIFY(!QDir(m_dir->filePath(u"xdg-data"_s)).exists());
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
    QCOMPARE(sortedKeys(root), QStringList({u"scheme"_s, u"segments"_s, u"title"_s}));
    QVERIFY(root.value(u"title"_s).isString() || root.value(u"title"_s).isNull());
    // How the article was read as a whole, and why.
    const QJsonObject scheme = root.value(u"scheme"_s).toObject();
    QCOMPARE(sortedKeys(scheme), QStringList({u"cast"_s, u"confidence"_s, u"evidence"_s, u"name"_s}));
    QVERIFY(!scheme.value(u"name"_s).toString().isEmpty());
    QVERIFY(
        scheme.value(u"confidence"_s).toDouble() > 0.0 && scheme.value(u"confidence"_s).toDouble() <= 1.0);
    QVERIFY(!scheme.value(u"evidence"_s).toArray().isEmpty());

    const QJsonArray segments = root.value(u"segments"_s).toArray();
    QVERIFY(!segments.isEmpty());
    const QStringList kinds {u"caption"_s, u"metadata"_s, u"editor_note"_s, u"speaker"_s, u"narration"_s};
    for (const QJsonValue &value : segments) {
        QVERIFY(value.isObject());
        const QJsonObject segment = value.toObject();
        QCOMPARE(sortedKeys(segment),
            QStringList({u"detection"_s, u"kind"_s, u"label"_s, u"paragraphs"_s, u"speaker"_s}));
        // Every detected boundary says which rule found it and how sure it is.
        const QJsonObject detection = segment.value(u"detection"_s).toObject();
        QCOMPARE(sortedKeys(detection), QStringList({u"confidence"_s, u"rule"_s}));
        QVERIFY(!detection.value(u"rule"_s).toString().isEmpty());
        QVERIFY(detection.value(u"confidence"_s).toDouble() > 0.0);
        QVERIFY(detection.value(u"confidence"_s).toDouble() <= 1.0);
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

void TestCli::formatIsDetectedOrForced()
{
    const QString markdown = testDataPath(u"import/roundtable.md"_s);
    const auto segmentsOf = [](const CliRun &result) {
        return QJsonDocument::fromJson(result.out).object().value(u"segments"_s).toArray();
    };

    // Detected as Markdown: the heading is the title, the editor's note and the speakers are found.
    const CliRun detected = run({u"segment"_s, markdown, u"--json"_s});
    QCOMPARE(detected.exitCode, 0);
    const QJsonArray detectedSegments = segmentsOf(detected);
    QCOMPARE(detectedSegments.first().toObject().value(u"kind"_s).toString(), u"editor_note"_s);
    QVERIFY(!allParagraphs(detectedSegments).contains(u'#'));

    // Forced to plain text: the Markdown marks stay in the text as written.
    const CliRun forced = run({u"segment"_s, markdown, u"--format"_s, u"text"_s, u"--json"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(allParagraphs(segmentsOf(forced)).contains(u"*Editor's Note:*"_s));

    // import takes the option too, and stores what it read.
    const CliRun imported =
        run({u"--library"_s, m_library, u"import"_s, markdown, u"--format"_s, u"markdown"_s});
    QCOMPARE(imported.exitCode, 0);
}

void TestCli::legacyEncodingIsDetectedOrForced()
{
    const QString file = testDataPath(u"charsets/windows-1251.txt"_s);
    const QString title = u"Будущее речных портов"_s;

    // Detected: the title reads right, and stderr says how the bytes were taken.
    const CliRun detected = run({u"segment"_s, file, u"--json"_s});
    QCOMPARE(detected.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(detected.out).object().value(u"title"_s).toString(), title);
    QVERIFY2(detected.err.contains("read as windows-1251 (detected"), detected.err.constData());

    // Forced: what the user chose wins, right or wrong.
    const CliRun forced = run({u"segment"_s, file, u"--encoding"_s, u"KOI8-R"_s, u"--json"_s});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(forced.out).object().value(u"title"_s).toString() != title);
    QVERIFY2(forced.err.contains("read as KOI8-R (forced"), forced.err.constData());

    // An encoding nobody knows is a usage error, and nothing is stored.
    const CliRun unknown = run({u"--library"_s, m_library, u"import"_s, file, u"--encoding"_s, u"klingon"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("unknown encoding 'klingon'"));
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
    QTest::newRow("option of another command") << QStringList {u"list"_s, u"--quote"_s, u"x"_s};
    QTest::newRow("highlight without quote") << QStringList {u"highlight"_s, u"1"_s};
    QTest::newRow("highlight unknown colour")
        << QStringList {u"highlight"_s, u"1"_s, u"--quote"_s, u"x"_s, u"--color"_s, u"pink"_s};
    QTest::newRow("note without text") << QStringList {u"note"_s, u"1"_s};
    QTest::newRow("tag without theme") << QStringList {u"tag"_s, u"1"_s};
    QTest::newRow("unhighlight a word") << QStringList {u"unhighlight"_s, u"first"_s};
    QTest::newRow("theme without action") << QStringList {u"theme"_s};
    QTest::newRow("theme unknown action") << QStringList {u"theme"_s, u"paint"_s, u"A"_s};
    QTest::newRow("theme rename with colour")
        << QStringList {u"theme"_s, u"rename"_s, u"A"_s, u"B"_s, u"--color"_s, u"red"_s};
    QTest::newRow("themes with argument") << QStringList {u"themes"_s, u"all"_s};
    QTest::newRow("unknown format") << QStringList {u"segment"_s, u"a.txt"_s, u"--format"_s, u"docx"_s};
    QTest::newRow("format for list") << QStringList {u"list"_s, u"--format"_s, u"text"_s};
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

void TestCli::highlightAnchorsQuoteWithThemesAndNote()
{
    const qint64 article = importFixture(fixture(u"roundtable.txt"_s));
    QVERIFY(article > 0);
    const QString id = QString::number(article);
    const CliRun added = run({u"--library"_s, m_library, u"highlight"_s, id, u"--quote"_s, u"patient money"_s,
        u"--color"_s, u"Green"_s, u"--theme"_s, u"Finance"_s, u"--theme"_s, u"Small ports"_s, u"--note"_s,
        u"The *core* claim"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.err.isEmpty(), added.err.constData());
    const qint64 highlightId = added.out.trimmed().toLongLong();
    QVERIFY(highlightId > 0);

    const CliRun listed = run({u"--library"_s, m_library, u"--json"_s, u"annotations"_s, id});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(isValidUtf8(listed.out));
    const QJsonArray highlights =
        QJsonDocument::fromJson(listed.out).object().value(u"highlights"_s).toArray();
    QCOMPARE(highlights.size(), 1);
    const QJsonObject highlight = highlights.at(0).toObject();
    QCOMPARE(highlight.value(u"id"_s).toInteger(), highlightId);
    QCOMPARE(highlight.value(u"speaker"_s).toString(), u"Jane Doe-Smith"_s);
    QCOMPARE(highlight.value(u"quote"_s).toString(), u"patient money"_s);
    QCOMPARE(highlight.value(u"color"_s).toString(), u"green"_s);
    QCOMPARE(highlight.value(u"state"_s).toString(), u"anchored"_s);
    QCOMPARE(highlight.value(u"note"_s).toString(), u"The *core* claim"_s);
    QCOMPARE(highlight.value(u"themes"_s).toArray(), (QJsonArray {u"Finance"_s, u"Small ports"_s}));

    const CliRun text = run({u"--library"_s, m_library, u"annotations"_s, id});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Jane Doe-Smith\tgreen\tanchored\t\"patient money\""));
    QVERIFY(text.out.contains("themes: Finance, Small ports"));
    QVERIFY(text.out.contains("note: The *core* claim"));

    // A second highlight reuses the existing theme, whatever its case.
    const CliRun again = run({u"--library"_s, m_library, u"--json"_s, u"highlight"_s, id, u"--quote"_s,
        u"skilled people"_s, u"--theme"_s, u"finance"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(again.out).object().value(u"themes"_s).toArray(), QJsonArray {u"Finance"_s});
    const CliRun themes = run({u"--library"_s, m_library, u"themes"_s});
    QCOMPARE(themes.exitCode, 0);
    QCOMPARE(themes.out, QByteArray("Finance (yellow, 2 claims)\nSmall ports (yellow, 1 claim)\n"));
}

void TestCli::highlightSearchesWithinSpeaker()
{
    const QString id = QString::number(importFixture(fixture(u"roundtable.txt"_s)));
    // "harbor" first appears in the editor's note, which no speaker says.
    const CliRun first =
        run({u"--library"_s, m_library, u"--json"_s, u"highlight"_s, id, u"--quote"_s, u"harbor"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(first.out).object().value(u"speaker"_s).isNull());

    const CliRun marcus = run({u"--library"_s, m_library, u"--json"_s, u"highlight"_s, id, u"--quote"_s,
        u"harbor"_s, u"--speaker"_s, u"Marcus Oyelaran-Berg"_s});
    QCOMPARE(marcus.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(marcus.out).object();
    QCOMPARE(object.value(u"speaker"_s).toString(), u"Marcus Oyelaran-Berg"_s);
    QCOMPARE(object.value(u"color"_s).toString(), u"yellow"_s);
}

void TestCli::highlightRefusalsStoreNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("quote not found") << QStringList {u"--quote"_s, u"no such words"_s} << u"not found"_s;
    QTest::newRow("quote not said by speaker")
        << QStringList {u"--quote"_s, u"patient money"_s, u"--speaker"_s, u"Marcus Oyelaran-Berg"_s}
        << u"not found"_s;
    QTest::newRow("unknown speaker") << QStringList {u"--quote"_s, u"harbor"_s, u"--speaker"_s, u"Nobody"_s}
                                     << u"no speaker 'Nobody'"_s;
    QTest::newRow("unknown colour") << QStringList {u"--quote"_s, u"harbor"_s, u"--color"_s, u"teal"_s}
                                    << u"unknown colour 'teal'"_s;
}

void TestCli::highlightRefusalsStoreNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString id = QString::number(importFixture(fixture(u"roundtable.txt"_s)));
    const CliRun result = run(QStringList {u"--library"_s, m_library, u"highlight"_s, id} + args);
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errLines().constFirst().startsWith(u"colloquy-cli: "_s));
    QVERIFY2(result.errLines().constFirst().contains(message), result.err.constData());

    const CliRun listed = run({u"--library"_s, m_library, u"--json"_s, u"annotations"_s, id});
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value(u"highlights"_s).toArray().size(), 0);
    const CliRun unknownArticle =
        run({u"--library"_s, m_library, u"highlight"_s, u"999"_s, u"--quote"_s, u"harbor"_s});
    QCOMPARE(unknownArticle.exitCode, 1);
    QCOMPARE(unknownArticle.errLines().size(), 1);
}

void TestCli::noteTagUntagAndUnhighlight()
{
    const QString article = QString::number(importFixture(fixture(u"roundtable.txt"_s)));
    const CliRun added =
        run({u"--library"_s, m_library, u"highlight"_s, article, u"--quote"_s, u"patient money"_s});
    QCOMPARE(added.exitCode, 0);
    const QString id = QString::fromUtf8(added.out.trimmed());
    auto json = [&](const QStringList &args) {
        const CliRun result = run(QStringList {u"--library"_s, m_library, u"--json"_s} + args);
        if (result.exitCode != 0)
            qWarning() << args << result.err;
        return QJsonDocument::fromJson(result.out).object();
    };

    QCOMPARE(json({u"note"_s, id, u"First line\n\n- a point"_s}).value(u"note"_s).toString(),
        u"First line\n\n- a point"_s);
    QCOMPARE(json({u"tag"_s, id, u"Ports"_s, u"Money"_s}).value(u"themes"_s).toArray(),
        (QJsonArray {u"Ports"_s, u"Money"_s}));
    QCOMPARE(json({u"untag"_s, id, u"ports"_s}).value(u"themes"_s).toArray(), QJsonArray {u"Money"_s});
    QVERIFY(json({u"note"_s, id, QString()}).value(u"note"_s).isNull());

    const CliRun notTagged = run({u"--library"_s, m_library, u"untag"_s, id, u"Ports"_s});
    QCOMPARE(notTagged.exitCode, 1);
    QCOMPARE(notTagged.errLines().size(), 1);
    const CliRun unknownTheme = run({u"--library"_s, m_library, u"untag"_s, id, u"Weather"_s});
    QCOMPARE(unknownTheme.exitCode, 1);
    QVERIFY(unknownTheme.err.contains("no theme named 'Weather'"));

    QCOMPARE(json({u"unhighlight"_s, id}).value(u"removed"_s).toInteger(), id.toLongLong());
    const CliRun gone = run({u"--library"_s, m_library, u"note"_s, id, u"text"_s});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("there is no highlight"));
    // Themes outlive their claims.
    const CliRun themes = run({u"--library"_s, m_library, u"themes"_s});
    QCOMPARE(themes.out, QByteArray("Money (yellow, 0 claims)\nPorts (yellow, 0 claims)\n"));
}

void TestCli::themeCommandsEditTheCodebook()
{
    auto cli = [&](const QStringList &args) {
        return run(QStringList {u"--library"_s, m_library} + args);
    };
    QCOMPARE(cli({u"theme"_s, u"add"_s, u"Economy"_s, u"--color"_s, u"blue"_s}).exitCode, 0);
    const CliRun cost = cli({u"theme"_s, u"add"_s, u"Cost"_s, u"--parent"_s, u"economy"_s, u"--description"_s,
        u"What it costs"_s});
    QCOMPARE(cost.exitCode, 0);
    QVERIFY(cost.out.trimmed().toLongLong() > 0);
    QCOMPARE(cli({u"theme"_s, u"add"_s, u"Price"_s}).exitCode, 0);

    const CliRun duplicate = cli({u"theme"_s, u"add"_s, u"COST"_s, u"--parent"_s, u"Economy"_s});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains("already has a sub-theme named 'Cost'"), duplicate.err.constData());
    QCOMPARE(cli({u"theme"_s, u"add"_s, u"Other"_s, u"--parent"_s, u"Nowhere"_s}).exitCode, 1);

    const QString article = QString::number(importFixture(fixture(u"roundtable.txt"_s)));
    QCOMPARE(
        cli({u"highlight"_s, article, u"--quote"_s, u"patient money"_s, u"--theme"_s, u"Price"_s}).exitCode,
        0);
    QCOMPARE(cli({u"theme"_s, u"rename"_s, u"Price"_s, u"Prices"_s}).exitCode, 0);
    QCOMPARE(cli({u"theme"_s, u"rename"_s, u"Prices"_s, u"economy"_s}).exitCode, 1);

    const CliRun tree = cli({u"--json"_s, u"themes"_s});
    QCOMPARE(tree.exitCode, 0);
    const QJsonArray roots = QJsonDocument::fromJson(tree.out).array();
    QCOMPARE(roots.size(), 2);
    const QJsonObject economy = roots.at(0).toObject();
    QCOMPARE(economy.value(u"name"_s).toString(), u"Economy"_s);
    QCOMPARE(economy.value(u"color"_s).toString(), u"blue"_s);
    const QJsonObject costNode = economy.value(u"children"_s).toArray().at(0).toObject();
    QCOMPARE(costNode.value(u"name"_s).toString(), u"Cost"_s);
    QCOMPARE(costNode.value(u"description"_s).toString(), u"What it costs"_s);
    QCOMPARE(roots.at(1).toObject().value(u"claims"_s).toInt(), 1);

    const CliRun merged = cli({u"theme"_s, u"merge"_s, u"Prices"_s, u"Cost"_s});
    QCOMPARE(merged.exitCode, 0);
    QVERIFY(merged.out.contains("(1 claim)"));
    QCOMPARE(cli({u"themes"_s}).out,
        QByteArray("Economy (blue, 0 claims)\n  Cost (yellow, 1 claim) - What it costs\n"));

    const CliRun deleted = cli({u"--json"_s, u"theme"_s, u"delete"_s, u"Cost"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(deleted.out).object().value(u"claims"_s).toInt(), 1);
    const CliRun listed = cli({u"--json"_s, u"annotations"_s, article});
    QCOMPARE(QJsonDocument::fromJson(listed.out)
                 .object()
                 .value(u"highlights"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"themes"_s)
                 .toArray(),
        QJsonArray());
    QCOMPARE(cli({u"theme"_s, u"delete"_s, u"Cost"_s}).exitCode, 1);
}

void TestCli::notesOnArticleAndSpeakerShowInAnnotations()
{
    const QString article = QString::number(importFixture(fixture(u"roundtable.txt"_s)));
    auto cli = [&](const QStringList &args) {
        return run(QStringList {u"--library"_s, m_library} + args);
    };
    const CliRun onArticle = cli({u"note"_s, u"--article"_s, article, u"Two views on *ports*"_s});
    QCOMPARE(onArticle.exitCode, 0);
    QVERIFY(onArticle.out.isEmpty());
    // The speaker's name is matched ignoring case and stored as the article prints it.
    const CliRun onSpeaker = cli({u"--json"_s, u"note"_s, u"--article"_s, article, u"--speaker"_s,
        u"marcus oyelaran-berg"_s, u"Line one\nline two"_s});
    QCOMPARE(onSpeaker.exitCode, 0);
    const QJsonObject written = QJsonDocument::fromJson(onSpeaker.out).object();
    QCOMPARE(written.value(u"speaker"_s).toString(), u"Marcus Oyelaran-Berg"_s);
    QCOMPARE(written.value(u"note"_s).toString(), u"Line one\nline two"_s);
    QCOMPARE(
        cli({u"highlight"_s, article, u"--quote"_s, u"patient money"_s, u"--note"_s, u"on a highlight"_s})
            .exitCode,
        0);

    const CliRun listed = cli({u"--json"_s, u"annotations"_s, article});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(listed.out).object();
    QCOMPARE(object.value(u"article"_s).toInteger(), article.toLongLong());
    QCOMPARE(object.value(u"note"_s).toString(), u"Two views on *ports*"_s);
    const QJsonArray speakerNotes = object.value(u"speaker_notes"_s).toArray();
    QCOMPARE(speakerNotes.size(), 1);
    QCOMPARE(speakerNotes.at(0).toObject().value(u"speaker"_s).toString(), u"Marcus Oyelaran-Berg"_s);
    QCOMPARE(speakerNotes.at(0).toObject().value(u"in_text"_s).toBool(), true);
    QCOMPARE(object.value(u"highlights"_s).toArray().size(), 1);

    const CliRun text = cli({u"annotations"_s, article});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("note on the article: Two views on *ports*\n"
                                 "note on Marcus Oyelaran-Berg: Line one\n    line two\n"),
        text.out.constData());
    QVERIFY(text.out.contains("note: on a highlight"));

    // Empty text removes; refusals are one line and change nothing.
    QCOMPARE(cli({u"note"_s, u"--article"_s, article, QString()}).exitCode, 0);
    const CliRun unknown = cli({u"note"_s, u"--article"_s, article, u"--speaker"_s, u"Nobody"_s, u"x"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.errLines().size(), 1);
    QVERIFY(unknown.err.contains("no speaker 'Nobody'"));
    QCOMPARE(cli({u"note"_s, u"--article"_s, u"999"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(cli({u"note"_s, u"--speaker"_s, u"Nobody"_s, u"1"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"note"_s, u"--article"_s, article, u"one"_s, u"two"_s}).exitCode, 2);
    const QJsonObject after =
        QJsonDocument::fromJson(cli({u"--json"_s, u"annotations"_s, article}).out).object();
    QVERIFY(after.value(u"note"_s).isNull());
    QCOMPARE(after.value(u"speaker_notes"_s).toArray().size(), 1);
}

void TestCli::reimportPrintsHowHighlightsFared()
{
    const QString base = testDataPath(u"reimport/base.txt"_s);
    const QString edited = testDataPath(u"reimport/edited.txt"_s);
    const QString article = QString::number(importFixture(base));
    auto cli = [&](const QStringList &args) {
        return run(QStringList {u"--library"_s, m_library} + args);
    };
    // edited.txt inserts words before the first quote, fixes the typo in the second, drops the third.
    QStringList ids;
    for (const QString &quote : {u"a slow machine"_s, u"will recieve nothing but disappointment"_s,
             u"Picking is a festival"_s, u"every year we plant again"_s}) {
        const CliRun added = cli({u"highlight"_s, article, u"--quote"_s, quote});
        QCOMPARE(added.exitCode, 0);
        ids.append(QString::fromUtf8(added.out.trimmed()));
    }
    QCOMPARE(cli({u"note"_s, ids.at(2), u"Still here"_s}).exitCode, 0);

    const CliRun reimported = cli({u"reimport"_s, article, edited});
    QCOMPARE(reimported.exitCode, 0);
    QVERIFY2(reimported.err.isEmpty(), reimported.err.constData());
    QCOMPARE(reimported.out,
        QByteArray("1 anchored, 1 moved, 1 fuzzy, 1 orphaned\norphaned\t" + ids.at(2).toUtf8() +
            "\t\"Picking is a festival\"\n"));

    const CliRun listed = cli({u"--json"_s, u"annotations"_s, article});
    const QJsonArray highlights =
        QJsonDocument::fromJson(listed.out).object().value(u"highlights"_s).toArray();
    QCOMPARE(highlights.size(), 4);
    QStringList states;
    for (const QJsonValue &highlight : highlights)
        states.append(highlight.toObject().value(u"state"_s).toString());
    QVERIFY(states.contains(u"orphaned"_s));
    for (const QJsonValue &highlight : highlights) {
        const QJsonObject object = highlight.toObject();
        if (object.value(u"id"_s).toInteger() == ids.at(1).toLongLong()) {
            QCOMPARE(object.value(u"state"_s).toString(), u"fuzzy"_s);
            QCOMPARE(object.value(u"quote"_s).toString(), u"will receive nothing but disappointment"_s);
        }
        if (object.value(u"id"_s).toInteger() == ids.at(2).toLongLong()) {
            QCOMPARE(object.value(u"state"_s).toString(), u"orphaned"_s);
            QCOMPARE(object.value(u"note"_s).toString(), u"Still here"_s);
        }
    }

    // The same text again: what moved or matched approximately now sits where it was found.
    const CliRun again = cli({u"--json"_s, u"reimport"_s, article, edited, u"--format"_s, u"text"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject counts = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(counts.value(u"article"_s).toInteger(), article.toLongLong());
    QCOMPARE(counts.value(u"highlights"_s).toInt(), 4);
    QCOMPARE(counts.value(u"anchored"_s).toInt(), 3);
    QCOMPARE(counts.value(u"moved"_s).toInt(), 0);
    QCOMPARE(counts.value(u"fuzzy"_s).toInt(), 0);
    QCOMPARE(counts.value(u"orphaned"_s).toInt(), 1);
    QCOMPARE(counts.value(u"orphans"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(),
        ids.at(2).toLongLong());
}

void TestCli::reimportRefusalsLeaveLibraryIdentical()
{
    const QString article = QString::number(importFixture(testDataPath(u"reimport/base.txt"_s)));
    const qint64 other = importFixture(fixture(u"roundtable.txt"_s));
    QVERIFY(other > 0);
    QCOMPARE(
        run({u"--library"_s, m_library, u"highlight"_s, article, u"--quote"_s, u"a slow machine"_s}).exitCode,
        0);
    auto snapshot = [&]() -> QByteArray {
        return run({u"--library"_s, m_library, u"--json"_s, u"show"_s, article}).out +
            run({u"--library"_s, m_library, u"--json"_s, u"annotations"_s, article}).out;
    };
    const QByteArray before = snapshot();
    QVERIFY(before.contains("a slow machine"));

    QByteArray binary("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", 20);
    const QString binaryFile = writeTempFile(u"picture.txt"_s, binary.repeated(50));
    const QList<std::pair<QStringList, QString>> refusals = {
        {{u"reimport"_s, article, m_dir->filePath(u"missing.txt"_s)}, u"no such file"_s},
        {{u"reimport"_s, article, binaryFile}, u"picture.txt"_s},
        {{u"reimport"_s, article, fixture(u"roundtable.txt"_s)},
            u"already in the library as article %1"_s.arg(other)},
        {{u"reimport"_s, u"999"_s, fixture(u"plain.txt"_s)}, u"no article 999"_s},
    };
    for (const auto &[args, message] : refusals) {
        const CliRun refused = run(QStringList {u"--library"_s, m_library} + args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.errLines().constFirst().contains(message), refused.err.constData());
        QCOMPARE(snapshot(), before);
    }
    QCOMPARE(run({u"--library"_s, m_library, u"reimport"_s, article}).exitCode, 2);
    QCOMPARE(run({u"--library"_s, m_library, u"reimport"_s, article, fixture(u"plain.txt"_s), u"--format"_s,
                     u"nope"_s})
                 .exitCode,
        2);
}

void TestCli::reviewListsDetectionAndCorrectsSegments()
{
    const QString base = testDataPath(u"reimport/base.txt"_s);
    QCOMPARE(run({u"--library"_s, m_library, u"import"_s, base}).exitCode, 0);
    auto segments = [this]() {
        const CliRun listed = run({u"--library"_s, m_library, u"--json"_s, u"review"_s, u"1"_s});
        return QJsonDocument::fromJson(listed.out).object().value(u"segments"_s).toArray();
    };
    const QJsonArray before = segments();
    QCOMPARE(before.size(), 4);
    const QJsonObject petra = before.at(1).toObject();
    QCOMPARE(petra.value(u"speaker"_s).toString(), u"Petra Lindqvist-Moreau"_s);
    QVERIFY(!petra.value(u"detection"_s).toObject().value(u"rule"_s).toString().isEmpty());
    QCOMPARE(petra.value(u"low_confidence"_s).toBool(),
        petra.value(u"detection"_s).toObject().value(u"confidence"_s).toDouble() < 0.75);

    const qsizetype cut = petra.value(u"text"_s).toString().indexOf(u"Trees planted"_s);
    const CliRun split = run({u"--library"_s, m_library, u"review"_s, u"split"_s, u"1"_s, u"2"_s,
        QString::number(cut), u"--narration"_s});
    QVERIFY2(split.exitCode == 0, split.err.constData());
    QVERIFY(split.out.contains("[3] narration  (by hand"));
    QCOMPARE(run({u"--library"_s, m_library, u"review"_s, u"assign"_s, u"1"_s, u"3"_s, u"Ines Varga"_s,
                     u"--bio"_s, u"a gardener"_s})
                 .exitCode,
        0);
    QCOMPARE(segments().at(2).toObject().value(u"bio"_s).toString(), u"a gardener"_s);
    QCOMPARE(run({u"--library"_s, m_library, u"review"_s, u"rename"_s, u"1"_s, u"Ines Varga"_s,
                     u"Ines Varga-Kis"_s})
                 .exitCode,
        0);
    QCOMPARE(
        run({u"--library"_s, m_library, u"review"_s, u"kind"_s, u"1"_s, u"4"_s, u"caption"_s}).exitCode, 0);
    const QJsonArray after = segments();
    QCOMPARE(after.size(), 5);
    QCOMPARE(after.at(2).toObject().value(u"speaker"_s).toString(), u"Ines Varga-Kis"_s);
    QCOMPARE(after.at(3).toObject().value(u"kind"_s).toString(), u"caption"_s);
    QCOMPARE(run({u"--library"_s, m_library, u"review"_s, u"merge"_s, u"1"_s, u"3"_s}).exitCode, 0);
    QCOMPARE(segments().at(1).toObject().value(u"text"_s).toString(), petra.value(u"text"_s).toString());

    // Wrong command lines are usage errors; a refused edit fails and names why.
    QCOMPARE(run({u"--library"_s, m_library, u"review"_s, u"merge"_s, u"1"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(run({u"--library"_s, m_library, u"review"_s, u"kind"_s, u"1"_s, u"2"_s, u"poem"_s}).exitCode, 2);
    const CliRun refused = run({u"--library"_s, m_library, u"review"_s, u"merge"_s, u"1"_s, u"1"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("first segment"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
