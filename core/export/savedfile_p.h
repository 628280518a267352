#pragma once

#include <QSaveFile>
#include <QString>

namespace Colloquy {

/**
 * A file written whole or not at all, honest about every error.
 *
 * QSaveFile writes into a temporary file beside `path` and renames it over
 * `path` on commit, but it keeps up to 16 KB in a buffer and does not count an
 * error of the flush that commit() starts: on a full disk a small export
 * "succeeded" and replaced the old file with an empty one. SavedFile flushes
 * first and checks it, so a write, flush or commit error is a failure with the
 * system's message, the temporary file is removed and an older `path` stays as
 * it was.
 *
 * Owned by the caller, on one thread. Every failing call returns false and
 * leaves the sentence in errorString() ("cannot write PATH: REASON").
 */
class SavedFile
{
public:
    explicit SavedFile(const QString &path);
    ~SavedFile();
    SavedFile(const SavedFile &) = delete;
    SavedFile &operator=(const SavedFile &) = delete;

    /// Opens the temporary file; do this before long work, so an unwritable place fails first.
    bool open();
    /// Writes all of `bytes` (after open()), flushes and replaces `path`.
    bool commit(const QByteArray &bytes);
    /// Gives up: removes the temporary file, leaves `path` untouched.
    void cancel();
    QString errorString() const;

    /// open() and commit(`bytes`) in one.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

private:
    bool fail(const QString &reason);

    QSaveFile m_file;
    QString m_error;
};

} // namespace Colloquy
