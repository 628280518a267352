#include "exchange/ziparchivewriter_p.h"

#include <QFile>

#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

bool ZipArchiveWriter::write(const QString &path)
{
    m_error.clear();
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_error = u"cannot write %1: %2"_s.arg(path, QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        // The buffers stay alive in m_entries until zip_close() has read them.
        zip_source_t *source =
            zip_source_buffer(archive, entry.bytes.constData(), zip_uint64_t(entry.bytes.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            m_error = u"cannot write %1: %2"_s.arg(path, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        m_error = u"cannot write %1: %2"_s.arg(path, QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace Colloquy
