#include "clirunner.h"

#include "testconfig.h"

#include <QDebug>
#include <QDir>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {
constexpr int TimeoutMs = 60000;

QStringList linesOf(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

QStringList CliRun::outLines() const
{
    return linesOf(out);
}

QStringList CliRun::errLines() const
{
    return linesOf(err);
}

CliRunner::CliRunner(const QString &folder)
    : m_folder(folder)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        m_env.remove(name);
    if (!m_folder.isEmpty()) {
        m_env.insert(u"XDG_DATA_HOME"_s, QDir(m_folder).filePath(u"xdg-data"_s));
        m_env.insert(u"XDG_CONFIG_HOME"_s, QDir(m_folder).filePath(u"xdg-config"_s));
    }
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
}

void CliRunner::setLibrary(const QString &path)
{
    m_library = path;
}

QString CliRunner::program()
{
    return QStringLiteral(COLLOQUY_CLI_PATH);
}

CliRun CliRunner::run(const QStringList &args) const
{
    const QStringList arguments = m_library.isEmpty() ? args : QStringList {u"--library"_s, m_library} + args;
    QProcess process;
    process.setProcessEnvironment(m_env);
    if (!m_folder.isEmpty())
        process.setWorkingDirectory(m_folder);
    process.start(program(), arguments);
    CliRun result;
    if (!process.waitForFinished(TimeoutMs)) {
        qWarning() << "colloquy-cli did not finish:" << arguments << process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning() << "colloquy-cli crashed:" << arguments;
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Colloquy::Testing
