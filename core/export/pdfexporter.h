#pragma once

#include "export/pdfexportoptions.h"

#include <QObject>

#include <memory>

namespace Colloquy {

class LibraryStore;

/**
 * Writes one article with its highlights, notes and themes as an annotated PDF.
 *
 * The pages are laid out with Qt (QPdfWriter, QTextLayout): title and
 * metadata, the editor's note, one section per speaker, margin notes beside
 * their highlights, an appendix of claims by theme and a theme × speaker
 * table. qpdf then adds what other readers understand: a /Highlight
 * annotation per highlight (QuadPoints, appearance stream, note and themes
 * as /Contents), bookmarks, and the document information. The file is
 * written through QSaveFile, so a failure or cancel leaves no file behind.
 *
 * progress() is emitted between steps; a slot connected to it may call
 * cancel(), and the export then stops and returns false. Needs a
 * QGuiApplication (fonts). Reads the store only; use from the store's thread.
 */
class PdfExporter : public QObject
{
    Q_OBJECT
public:
    explicit PdfExporter(const LibraryStore *store, QObject *parent = nullptr);
    ~PdfExporter() override;

    /// Exports article `articleId` to `path`; false with errorString() on failure or cancel.
    bool exportArticle(qint64 articleId, const QString &path, const PdfExportOptions &options = {});
    /// Why the last export failed; empty after one that succeeded.
    QString errorString() const;
    /// Stops the running export at its next step.
    void cancel();
    bool wasCancelled() const;

Q_SIGNALS:
    /// `done` of `total` steps finished (segments laid out, then annotations written).
    void progress(int done, int total);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
