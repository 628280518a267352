// The guarded zip reader on any bytes: it opens or refuses, and what it reads
// stays within its limits.

#include "fuzzsupport.h"

#include "exchange/ziparchivereader.h"

#include <QFile>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    static QTemporaryFile file;
    static const bool opened = file.open();
    Fuzz::require(opened, "a temporary file");
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();

    ZipLimits limits;
    limits.maxTotalSize = 8 * 1024 * 1024; // small enough to keep each run fast
    ZipArchiveReader reader(limits);
    if (!reader.open(file.fileName())) {
        Fuzz::require(!reader.errorString().isEmpty(), "a refused archive says why");
        return 0;
    }
    qint64 total = 0;
    const QStringList names = reader.entryNames();
    for (const QString &name : names) {
        Fuzz::require(!name.split(u'/').contains(u".."_s) && !name.startsWith(u'/') && !name.contains(u'\\'),
            "no entry leaves the archive's folder");
        if (const std::optional<QByteArray> bytes = reader.read(name))
            total += bytes->size();
        Fuzz::require(total <= limits.maxTotalSize, "never more than the total cap");
    }
    return 0;
}
