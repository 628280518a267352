// The files that register Colloquy with the desktop: the .desktop entry, the
// AppStream metainfo and the MIME types of the formats it opens, checked with
// the freedesktop.org tools (desktop-file-utils, appstream, shared-mime-info)
// where they are installed; each check skips, saying so, where its tool is not.

#include "library/articleupdaterunner.h"
#include "testconfig.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

const QString ResourcesDir = QStringLiteral(COLLOQUY_RESOURCES_DIR);
const QString DesktopFile = ResourcesDir + u"/org.colloquy.Colloquy.desktop"_s;
const QString MetainfoFile = ResourcesDir + u"/org.colloquy.Colloquy.metainfo.xml"_s;
const QString MimeFile = ResourcesDir + u"/org.colloquy.Colloquy.mime.xml"_s;

struct ToolRun
{
    int exitCode = -1;
    QString output; ///< standard output and error together
};

ToolRun runTool(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll())};
}

/// The value of `key` in the [Desktop Entry] group, split at ';'.
QStringList desktopList(const QString &key)
{
    QFile file(DesktopFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1).split(u';', Qt::SkipEmptyParts);
    }
    return {};
}

/// The file name patterns of File → Open's first filter ("Articles (*.txt *.md …)").
QStringList openedPatterns()
{
    const QString first = ArticleUpdateRunner::articleFileFilter().section(u";;"_s, 0, 0);
    static const QRegularExpression patterns(u"\\((.*)\\)"_s);
    return patterns.match(first).captured(1).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryIsValid();
    void metainfoIsValid();
    void mimeDefinitionsAreValid();
    void everyFormatTheAppOpensIsRegistered();
    void desktopEntryAndMetainfoNameTheSameTypes();

private:
    QTemporaryDir m_mimeRoot;
};

void TestDesktopFiles::desktopEntryIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const ToolRun run = runTool(tool, {DesktopFile});
    QVERIFY2(run.exitCode == 0 && run.output.trimmed().isEmpty(), qPrintable(run.output));
}

void TestDesktopFiles::metainfoIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"appstreamcli"_s);
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const ToolRun run = runTool(tool, {u"validate"_s, u"--no-net"_s, MetainfoFile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestDesktopFiles::mimeDefinitionsAreValid()
{
    const QString tool = QStandardPaths::findExecutable(u"update-mime-database"_s);
    if (tool.isEmpty())
        QSKIP("update-mime-database is not installed (Debian package shared-mime-info)");
    // A database of our definitions with the freedesktop.org base types, as a system has them.
    QVERIFY(m_mimeRoot.isValid());
    const QString packages = m_mimeRoot.filePath(u"mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(MimeFile, packages + u"/org.colloquy.Colloquy.xml"_s));
    const QString base =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"mime/packages/freedesktop.org.xml"_s);
    if (!base.isEmpty())
        QVERIFY(QFile::copy(base, packages + u"/freedesktop.org.xml"_s));
    // Looked up where it is built, so the tool has no reason to warn about the place.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_DIRS"_s, m_mimeRoot.path());
    const ToolRun run = runTool(tool, {m_mimeRoot.filePath(u"mime"_s)}, environment);
    QVERIFY2(run.exitCode == 0 && run.output.trimmed().isEmpty(), qPrintable(run.output));
    QVERIFY(QFile::exists(m_mimeRoot.filePath(u"mime/mime.cache"_s)));
}

void TestDesktopFiles::everyFormatTheAppOpensIsRegistered()
{
    if (!QFile::exists(m_mimeRoot.filePath(u"mime/mime.cache"_s)))
        QSKIP("no MIME database was built (see mimeDefinitionsAreValid)");
    // Qt reads the database just built, and no other.
    qputenv("XDG_DATA_DIRS", m_mimeRoot.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_mimeRoot.filePath(u"nothing"_s).toLocal8Bit());
    const QStringList registered = desktopList(u"MimeType"_s);
    const QStringList patterns = openedPatterns();
    QVERIFY(patterns.size() >= 6);
    QMimeDatabase mime;
    for (const QString &pattern : patterns) {
        const QString file = u"article"_s + pattern.mid(1);
        const QMimeType type = mime.mimeTypeForFile(file, QMimeDatabase::MatchExtension);
        QVERIFY2(registered.contains(type.name()),
            qPrintable(u"%1 is %2, which the .desktop file does not list"_s.arg(file, type.name())));
    }
    // The three we define are known by their contents too, not only by name.
    QCOMPARE(
        mime.mimeTypeForData(QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\nHello")).name(), u"text/vtt"_s);
    QCOMPARE(mime.mimeTypeForName(u"text/x-markdown"_s).name(), u"text/markdown"_s);
    QVERIFY(mime.mimeTypeForName(u"application/x-subrip"_s).inherits(u"text/plain"_s));
}

void TestDesktopFiles::desktopEntryAndMetainfoNameTheSameTypes()
{
    QFile file(MetainfoFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression mediatype(u"<mediatype>([^<]+)</mediatype>"_s);
    QStringList declared;
    for (const QRegularExpressionMatch &match : mediatype.globalMatch(QString::fromUtf8(file.readAll())))
        declared.append(match.captured(1));
    QStringList registered = desktopList(u"MimeType"_s);
    QVERIFY(!registered.isEmpty());
    registered.sort();
    declared.sort();
    QCOMPARE(declared, registered);
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
