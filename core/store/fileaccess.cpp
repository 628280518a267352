#include "store/fileaccess_p.h"

#include "store/database_p.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

namespace {

enum class Denied
{
    No,
    ReadOnlyFileSystem,
    Permission,
};

Denied writeDenied(const QString &path)
{
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return Denied::No;
    return errno == EROFS ? Denied::ReadOnlyFileSystem : Denied::Permission;
#else
    return QFileInfo(path).isWritable() ? Denied::No : Denied::Permission;
#endif
}

} // namespace

QString whyNotWritable(const QString &path)
{
    switch (writeDenied(path)) {
    case Denied::No:
        return {};
    case Denied::ReadOnlyFileSystem:
        return u"it is on a read-only file system"_s;
    case Denied::Permission:
        break;
    }
    return QFileInfo(path).isDir() ? u"its folder %1 cannot be written"_s.arg(path)
                                   : u"you have no permission to write %1"_s.arg(path);
}

QString whyLibraryIsNotWritable(const QString &filePath)
{
    const QFileInfo file(filePath);
    if (QString why = whyNotWritable(file.absolutePath()); !why.isEmpty())
        return why;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (!QFileInfo::exists(filePath + suffix))
            continue;
        if (QString why = whyNotWritable(filePath + suffix); !why.isEmpty())
            return why;
    }
    return {};
}

bool openForReading(Database &db, const QString &filePath, QString *error)
{
    const QFileInfo wal(filePath + u"-wal"_s);
    const bool pendingWal = wal.exists() && wal.size() > 0;
    const bool folderWritable = whyNotWritable(QFileInfo(filePath).absolutePath()).isEmpty();
    return db.open(filePath, error,
        pendingWal || folderWritable ? Database::Access::ReadOnly : Database::Access::Immutable);
}

QString syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    return synced ? QString() : QString::fromLocal8Bit(std::strerror(error));
#else
    Q_UNUSED(path);
    return {};
#endif
}

} // namespace Colloquy::Store
