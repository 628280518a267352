#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Colloquy {

/**
 * Reads a source file whole, never past a cap: the one way Colloquy reads the
 * files it imports (articles, Web Annotations; a REFI-QDA archive is checked
 * here before libzip opens it).
 *
 * The bytes are counted as they come, so a file whose size lies (a regular
 * file that grows, /proc) stops at the cap like any other. What the path
 * names decides the rest: a regular file larger than the cap is refused
 * before anything is read; a pipe or FIFO (`/dev/stdin` fed by another
 * program) is read up to the cap, then refused; a device (`/dev/zero`), a
 * socket or a folder is refused at once. Every refusal is one sentence for
 * the user that starts with the path.
 *
 * A plain object; read() blocks until the file ends or the cap is reached
 * (reading a FIFO waits for its writer, as any program does). Reentrant.
 */
class CappedReader
{
public:
    /// Articles are a few hundred kilobytes; anything far larger is not one.
    static constexpr qint64 DefaultCap = qint64(64) * 1024 * 1024;

    /// `what` names what the file should be, for the messages: "an article", "an annotation file".
    explicit CappedReader(qint64 cap = DefaultCap, const QString &what = QString());

    /// The whole file; nullopt with errorString() when it is refused or cannot be read.
    std::optional<QByteArray> read(const QString &path);
    /// True when `path` is a regular file within the cap, which readers that
    /// seek (libzip) may open themselves; false with errorString() otherwise.
    bool checkRegularFile(const QString &path);
    /// Why the last read() or checkRegularFile() failed; empty after one that succeeded.
    QString errorString() const { return m_error; }

    qint64 cap() const { return m_cap; }
    /// The cap as a user reads it: `64 MB`.
    static QString sizeText(qint64 bytes);

private:
    enum class Kind
    {
        Missing,
        Folder,
        Regular,
        Pipe,
        Device,
        Socket,
        Unreadable
    };
    /// What `path` names; `size` is a regular file's size. Sets m_error for the refused kinds.
    Kind inspect(const QString &path, int fd, qint64 *size);
    std::optional<QByteArray> readOpen(const QString &path, int fd, Kind kind, qint64 size);
    bool fail(const QString &path, const QString &why);

    qint64 m_cap;
    QString m_what;
    QString m_error;
};

} // namespace Colloquy
