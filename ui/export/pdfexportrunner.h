#pragma once

#include "export/pdfexportoptions.h"

#include <QString>

class QWidget;

namespace Colloquy {

class LibraryStore;

/**
 * Runs an annotated PDF export from the GUI: a modal QProgressDialog whose
 * Cancel stops the export (nothing is written then), and a message box when
 * it fails. The core's PdfExporter does the work, on the GUI thread.
 */
class PdfExportRunner
{
public:
    PdfExportRunner(const LibraryStore *store, QWidget *parent);

    /// Exports `articleId` to `path`; true when the file was written.
    bool run(qint64 articleId, const QString &path, const PdfExportOptions &options = {});
    /// Asks where to save (a .pdf name beside the last one used), then run()s.
    bool askAndRun(qint64 articleId, const QString &title);

private:
    const LibraryStore *m_store;
    QWidget *m_parent;
};

} // namespace Colloquy
