#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Colloquy {

/// What ZipArchiveReader accepts; the defaults suit REFI-QDA projects.
struct ZipLimits
{
    qsizetype maxEntries = 10000;
    qint64 maxTotalSize = qint64(512) * 1024 * 1024; ///< uncompressed, all entries together
    /// Uncompressed over compressed size above which an entry is a bomb
    /// (entries of 1 MiB and less are exempt: tiny files compress oddly).
    qint64 maxRatio = 200;
    /// What read() inflates, all entries together: what an import holds in memory.
    qint64 maxReadSize = qint64(64) * 1024 * 1024;
};

/**
 * Reads a zip archive from a source nobody vouches for (libzip underneath).
 *
 * open() checks the whole directory before anything is inflated and refuses
 * the archive when one entry is unsafe: a name with `..` as a component, an
 * absolute path, a drive letter or a backslash; a symbolic link; more than
 * ZipLimits::maxEntries entries; a declared total size over maxTotalSize; a
 * compression ratio over maxRatio. The archive must be a regular file
 * (CappedReader checks it: libzip seeks). read() refuses an entry that would
 * take what it has inflated so far past maxReadSize, counts the bytes while
 * inflating and stops at the declared size and at the caps, so a directory
 * that lies about sizes gains nothing. Not thread-safe.
 */
class ZipArchiveReader
{
public:
    explicit ZipArchiveReader(const ZipLimits &limits = {});
    ~ZipArchiveReader();

    bool open(const QString &path);
    /// The file entries' names (directories left out), in archive order.
    QStringList entryNames() const;
    bool contains(const QString &name) const;
    /// The entry's bytes; nullopt (and errorString()) on failure.
    std::optional<QByteArray> read(const QString &name);
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
