#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Colloquy {

/// Writes a deflated zip archive in one go (libzip). libzip writes to a
/// temporary file beside `path` and renames it on success, so a failure never
/// leaves half an archive behind.
class ZipArchiveWriter
{
public:
    void add(const QString &name, const QByteArray &bytes) { m_entries.append({name, bytes}); }
    bool write(const QString &path);
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QString name;
        QByteArray bytes;
    };
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace Colloquy
