#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "colloquy.instance")

// Tells a Colloquy message from anything else that finds the socket.
constexpr quint32 Magic = 0xC0110001;
constexpr char Taken = 'k';
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

/// The path as the file system knows it, for a file that may not exist yet.
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}
} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(libraryPath))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &libraryPath)
{
    const QByteArray key = (userKey() + u'\n' + canonicalPath(libraryPath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    // Short enough for a Unix socket path under any temporary folder.
    return u"colloquy-"_s + userKey() + u'-' + QString::fromLatin1(hash);
}

bool SingleInstance::handOver(const QStringList &files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Magic << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has the files.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            qCWarning(lcInstance) << "the running instance did not answer on" << m_name;
            return false;
        }
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == Taken;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readConnection(socket); });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Someone answers: another instance won the race. Nobody: a crashed one's socket.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false;
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    qCWarning(lcInstance) << "cannot listen for other instances on" << m_name << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::readConnection(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(StreamVersion);
    in.startTransaction();
    quint32 magic = 0;
    QStringList files;
    in >> magic >> files;
    if (!in.commitTransaction() && in.status() == QDataStream::ReadPastEnd)
        return; // the rest is still on its way
    if (in.status() != QDataStream::Ok || magic != Magic) {
        socket->abort();
        return;
    }
    socket->putChar(Taken);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT filesReceived(files);
}

} // namespace Colloquy
