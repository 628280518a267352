#include "exchange/ziparchivereader.h"

#include "import/cappedreader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <limits>
#include <sys/stat.h>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

// Zip names use '/'; anything that could leave the folder it is extracted to is refused, even
// though Colloquy never extracts to disk: another tool may, and such a file was not made honestly.
bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(QChar(0)))
        return false;
    static const QRegularExpression driveLetter(u"^[A-Za-z]:"_s);
    if (driveLetter.match(name).hasMatch())
        return false;
    const QStringList parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == u".."_s)
            return false;
    }
    return true;
}

} // namespace

struct ZipArchiveReader::Private
{
    ZipLimits limits;
    std::unique_ptr<zip_t, ZipCloser> archive;
    QStringList names;
    QHash<QString, zip_uint64_t> indexOf;
    QHash<QString, zip_uint64_t> declaredSize;
    qint64 inflated = 0; ///< by every read(), failed ones too
    qint64 read = 0; ///< returned by read()
    QString error;
};

ZipArchiveReader::ZipArchiveReader(const ZipLimits &limits)
    : d(std::make_unique<Private>())
{
    d->limits = limits;
}

ZipArchiveReader::~ZipArchiveReader() = default;

bool ZipArchiveReader::open(const QString &path)
{
    d->archive.reset();
    d->names.clear();
    d->indexOf.clear();
    d->declaredSize.clear();
    d->inflated = 0;
    d->read = 0;
    d->error.clear();

    // A device or a FIFO would keep libzip reading (or seeking) forever.
    CappedReader file(std::numeric_limits<qint64>::max(), u"a project"_s);
    if (!file.checkRegularFile(path)) {
        d->error = file.errorString();
        return false;
    }
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        d->error = u"%1 is not a readable zip archive (%2)"_s.arg(
            path, QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    std::unique_ptr<zip_t, ZipCloser> holder(archive);

    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count < 0 || count > d->limits.maxEntries) {
        d->error = u"%1 has %2 entries, more than the %3 a project may have"_s.arg(path).arg(count).arg(
            d->limits.maxEntries);
        return false;
    }
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS, &stat) != 0 || !stat.name) {
            d->error = u"%1: entry %2 cannot be read"_s.arg(path).arg(i);
            return false;
        }
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeName(name)) {
            d->error =
                u"%1: the entry '%2' points outside the archive (path traversal or absolute path)"_s.arg(
                    path, name);
            return false;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive, zip_uint64_t(i), 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK) {
            d->error =
                u"%1: the entry '%2' is a symbolic link, which a project never holds"_s.arg(path, name);
            return false;
        }
        const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
        if (size < 0 || size > d->limits.maxTotalSize - total) {
            d->error =
                u"%1 would unpack to more than %2 MB"_s.arg(path).arg(d->limits.maxTotalSize / (1024 * 1024));
            return false;
        }
        total += size;
        if (size > 1024 * 1024 && (compressed <= 0 || size / compressed > d->limits.maxRatio)) {
            d->error = u"%1: the entry '%2' is compressed %3 times, a zip bomb"_s.arg(path, name)
                           .arg(compressed > 0 ? size / compressed : size);
            return false;
        }
        if (name.endsWith(u'/'))
            continue;
        d->names.append(name);
        d->indexOf.insert(name, zip_uint64_t(i));
        d->declaredSize.insert(name, zip_uint64_t(size));
    }
    d->archive = std::move(holder);
    return true;
}

QStringList ZipArchiveReader::entryNames() const
{
    return d->names;
}

bool ZipArchiveReader::contains(const QString &name) const
{
    return d->indexOf.contains(name);
}

std::optional<QByteArray> ZipArchiveReader::read(const QString &name)
{
    d->error.clear();
    if (!d->archive || !d->indexOf.contains(name)) {
        d->error = u"the archive has no entry '%1'"_s.arg(name);
        return std::nullopt;
    }
    const qint64 declared = qint64(d->declaredSize.value(name));
    if (declared > d->limits.maxReadSize - d->read) {
        d->error = u"the entry '%1' would take what is read from the archive past %2 MB"_s.arg(name).arg(
            d->limits.maxReadSize / (1024 * 1024));
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(
        zip_fopen_index(d->archive.get(), d->indexOf.value(name), 0));
    if (!file) {
        d->error = u"the entry '%1' cannot be opened: %2"_s.arg(
            name, QString::fromUtf8(zip_strerror(d->archive.get())));
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<qint64>(declared, 16 * 1024 * 1024)));
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
        if (got < 0) {
            d->error = u"the entry '%1' is damaged: %2"_s.arg(
                name, QString::fromUtf8(zip_file_strerror(file.get())));
            return std::nullopt;
        }
        if (got == 0)
            break;
        d->inflated += got;
        // Counted, not trusted: the directory's sizes may lie.
        if (bytes.size() + got > declared || d->inflated > d->limits.maxTotalSize ||
            d->read + bytes.size() + got > d->limits.maxReadSize) {
            d->error = u"the entry '%1' unpacks to more than it declares (a zip bomb)"_s.arg(name);
            return std::nullopt;
        }
        bytes.append(buffer, qsizetype(got));
    }
    d->read += bytes.size();
    return bytes;
}

QString ZipArchiveReader::errorString() const
{
    return d->error;
}

} // namespace Colloquy
