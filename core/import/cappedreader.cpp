#include "import/cappedreader.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemMessage(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

CappedReader::CappedReader(qint64 cap, const QString &what)
    : m_cap(cap)
    , m_what(what.isEmpty() ? u"an article"_s : what)
{ }

QString CappedReader::sizeText(qint64 bytes)
{
    const qint64 mb = 1024 * 1024;
    if (bytes >= mb)
        return u"%1 MB"_s.arg((bytes + mb / 2) / mb);
    return u"%1 KB"_s.arg((bytes + 1023) / 1024);
}

bool CappedReader::fail(const QString &path, const QString &why)
{
    m_error = u"%1: %2"_s.arg(path, why);
    return false;
}

CappedReader::Kind CappedReader::inspect(const QString &path, int fd, qint64 *size)
{
    // stat() follows links, so /dev/stdin reports what stdin really is.
    struct stat info
    {
    };
    const QByteArray name = QFile::encodeName(path);
    if ((fd >= 0 ? ::fstat(fd, &info) : ::stat(name.constData(), &info)) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            fail(path, u"no such file"_s);
            return Kind::Missing;
        }
        fail(path, u"cannot read: %1"_s.arg(systemMessage(error)));
        return Kind::Unreadable;
    }
    *size = qint64(info.st_size);
    if (S_ISREG(info.st_mode))
        return Kind::Regular;
    if (S_ISFIFO(info.st_mode))
        return Kind::Pipe;
    if (S_ISDIR(info.st_mode)) {
        fail(path, u"is a folder, not a file"_s);
        return Kind::Folder;
    }
    if (S_ISSOCK(info.st_mode)) {
        fail(path, u"is a socket, not a file"_s);
        return Kind::Socket;
    }
    // Character and block devices: /dev/zero never ends, and opening some (a tape) does things.
    fail(path, u"is a device, not a file; Colloquy reads files and pipes"_s);
    return Kind::Device;
}

bool CappedReader::checkRegularFile(const QString &path)
{
    m_error.clear();
    qint64 size = 0;
    const Kind kind = inspect(path, -1, &size);
    if (kind == Kind::Pipe)
        return fail(path, u"is a pipe; this needs a file it can read back and forth"_s);
    if (kind != Kind::Regular)
        return false;
    if (size > m_cap)
        return fail(
            path, u"too large for %1 (%2; at most %3)"_s.arg(m_what, sizeText(size), sizeText(m_cap)));
    return true;
}

std::optional<QByteArray> CappedReader::read(const QString &path)
{
    m_error.clear();
    qint64 size = 0;
    Kind kind = inspect(path, -1, &size);
    if (kind != Kind::Regular && kind != Kind::Pipe)
        return std::nullopt;
    if (kind == Kind::Regular && size > m_cap) {
        fail(path, u"too large for %1 (%2; at most %3)"_s.arg(m_what, sizeText(size), sizeText(m_cap)));
        return std::nullopt;
    }
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        fail(path, u"cannot read: %1"_s.arg(systemMessage(errno)));
        return std::nullopt;
    }
    // What was opened may not be what was looked at a moment ago.
    kind = inspect(path, fd.get(), &size);
    if (kind != Kind::Regular && kind != Kind::Pipe)
        return std::nullopt;
    return readOpen(path, fd.get(), kind, size);
}

std::optional<QByteArray> CappedReader::readOpen(const QString &path, int fd, Kind kind, qint64 size)
{
    constexpr qint64 Chunk = 1024 * 1024;
    QByteArray bytes;
    if (kind == Kind::Regular)
        bytes.reserve(qsizetype(std::min(size, m_cap) + 1));
    qint64 got = 0;
    // One byte past the cap tells a file of exactly the cap from a longer one.
    while (got <= m_cap) {
        const qint64 want = std::min(Chunk, m_cap + 1 - got);
        bytes.resize(qsizetype(got + want));
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(want));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail(path, u"cannot read: %1"_s.arg(systemMessage(errno)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        got += n;
    }
    bytes.resize(qsizetype(std::min(got, m_cap + 1)));
    if (got > m_cap) {
        fail(path,
            kind == Kind::Pipe
                ? u"a pipe that gave more than %1, too large for %2; reading stopped there"_s.arg(
                      sizeText(m_cap), m_what)
                : u"grew past %1 while it was read, too large for %2"_s.arg(sizeText(m_cap), m_what));
        return std::nullopt;
    }
    bytes.squeeze();
    return bytes;
}

} // namespace Colloquy
