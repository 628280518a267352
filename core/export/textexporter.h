#pragma once

#include "export/textexportoptions.h"

#include <memory>

namespace Colloquy {

class LibraryStore;

/**
 * Writes an article's highlights, notes and themes in an open format
 * (Markdown, HTML, CSV or W3C Web Annotation JSON-LD), or every claim of the
 * library (CSV or Markdown grouped by theme) for writing up a thematic
 * analysis. The file is written through QSaveFile: a failure leaves no file
 * and an older file of that name untouched.
 *
 * Reads the store only; use from the store's thread. Needs no
 * QGuiApplication beyond what QTextDocument needs to read Markdown notes.
 */
class TextExporter
{
public:
    explicit TextExporter(const LibraryStore *store);
    ~TextExporter();

    /// Exports article `articleId` to `path`; false with errorString() on failure.
    bool exportArticle(qint64 articleId, const QString &path, const TextExportOptions &options);
    /// Exports every claim of every article to `path` as CSV or Markdown
    /// (other formats are refused); false with errorString() on failure.
    bool exportAllClaims(const QString &path, const TextExportOptions &options);
    /// Why the last export failed; empty after one that succeeded.
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
