#pragma once

#include "import/importedtext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Colloquy {

/**
 * Reads one file format into ImportedText. Implementations are stateless and
 * reentrant; they parse only, never fetch or run anything a file refers to.
 */
class Importer
{
public:
    virtual ~Importer() = default;

    /// Short lowercase name, used in `--format` and stored as Article::sourceFormat.
    virtual QString name() const = 0;

    /**
     * How sure the importer is that it reads this file, 0 (not at all) to 100.
     * `head` is the start of the file. Rough scale: a signature in the content
     * (`%PDF-`, `WEBVTT`) 90+, a matching extension 50-80, a weak content hint 20-40.
     */
    virtual int confidence(const QByteArray &head, const QString &fileName) const = 0;

    /// The text, or nullopt with a one-line reason in `error`.
    virtual std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const = 0;
    /// False for formats that are not text in some encoding (PDF): ArticleReader
    /// then leaves their bytes as they are instead of decoding them to UTF-8 first.
    virtual bool readsText() const { return true; }
    /// The encoding the file declares for itself (an HTML `<meta charset>`), or empty.
    virtual QString declaredEncoding(const QByteArray &bytes) const
    {
        Q_UNUSED(bytes);
        return QString();
    }

protected:
    /// Sets `*error` (when given) and returns nullopt, for `return fail(...)`.
    static std::optional<ImportedText> fail(QString *error, const QString &message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }
};

} // namespace Colloquy
