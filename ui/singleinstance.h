#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Colloquy {

/**
 * One window per user and library: the first `colloquy` on a library listens
 * on a local socket named after the user and the library file; a second one
 * started on the same library hands its files to the first (handOver()) and
 * exits, and the first imports them (filesReceived()).
 *
 * The message is a QDataStream of the absolute file paths; the running
 * instance answers one byte once it has them, so the second process exits
 * only when the files are safe with the first. The socket is private to the
 * user (QLocalServer::UserAccessOption); a socket left behind by a crashed
 * instance is removed when nobody answers on it. Lives in the GUI thread; the
 * server closes with this object.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// `libraryPath` is the library file this instance opens (need not exist yet).
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket's name for `libraryPath` and the current user: the same for
    /// every spelling of one path (relative, through a symbolic link).
    static QString serverName(const QString &libraryPath);

    /// Sends `files` (made absolute here) to the instance already running on
    /// this library and waits up to `timeoutMs` for it to take them. True when
    /// one took them; false when none runs (or it did not answer in time).
    bool handOver(const QStringList &files, int timeoutMs = 5000) const;

    /// Becomes the running instance: listens for later ones. False (with a
    /// warning) when the socket cannot be made; the app then simply runs alone.
    bool listen();
    bool isListening() const;
    QString name() const { return m_name; }

Q_SIGNALS:
    /// Another `colloquy` on this library was started with `files` (absolute
    /// paths; empty when it was started without files): show the window and import them.
    void filesReceived(const QStringList &files);

private:
    void readConnection(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Colloquy
