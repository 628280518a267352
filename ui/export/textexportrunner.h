#pragma once

#include "export/textexportoptions.h"

#include <QString>

class QWidget;

namespace Colloquy {

class LibraryStore;

/**
 * Runs an open-format export from the GUI (Markdown, HTML, CSV, Web
 * Annotations, or all claims of the library): asks where to save, lets the
 * core's TextExporter write the file, and shows a message box when it fails.
 * CSV from the GUI starts with a byte order mark, so spreadsheets read UTF-8.
 */
class TextExportRunner
{
public:
    TextExportRunner(const LibraryStore *store, QWidget *parent);

    /// Exports `articleId` (0: every claim of the library) to `path`; true when the file was written.
    bool run(qint64 articleId, const QString &path, const TextExportOptions &options);
    /// Asks where to save the article (a name from its title and the format's extension), then run()s.
    bool askAndRun(qint64 articleId, const QString &title, TextExportFormat format);
    /// Asks where to save every claim, as Markdown or CSV by the name's extension or the chosen filter.
    bool askAndRunAllClaims();

private:
    const LibraryStore *m_store;
    QWidget *m_parent;
};

} // namespace Colloquy
