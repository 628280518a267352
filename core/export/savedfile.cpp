#include "export/savedfile_p.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SavedFile::SavedFile(const QString &path)
    : m_file(path)
{ }

SavedFile::~SavedFile()
{
    if (m_file.isOpen())
        cancel();
}

bool SavedFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    return true;
}

bool SavedFile::commit(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return fail(u"the file is not open"_s);
    // The flush's error is checked here because commit() would not report it.
    if (m_file.write(bytes) != bytes.size() || !m_file.flush() || m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        cancel();
        return fail(reason);
    }
    if (!m_file.commit())
        return fail(m_file.errorString());
    return true;
}

void SavedFile::cancel()
{
    m_file.cancelWriting();
    m_file.commit(); // after cancelWriting() this removes the temporary file and returns false
}

QString SavedFile::errorString() const
{
    return m_error;
}

bool SavedFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    SavedFile file(path);
    if (file.open() && file.commit(bytes))
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool SavedFile::fail(const QString &reason)
{
    m_error = u"cannot write %1: %2"_s.arg(QFileInfo(m_file.fileName()).absoluteFilePath(), reason);
    return false;
}

} // namespace Colloquy
