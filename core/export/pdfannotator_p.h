#pragma once

#include "export/pdflayout_p.h"

#include <QByteArray>

class QPDF;

namespace Colloquy {

/**
 * Adds to a laid-out PDF what other readers understand, with qpdf: one
 * /Highlight annotation per highlight and page (QuadPoints over its lines,
 * an appearance stream that multiplies its tint behind the glyphs, the note
 * and themes as /Contents, the author as /T, the tint as /C), the bookmarks
 * of `layout.outline`, and the document information.
 */
class PdfAnnotator
{
public:
    PdfAnnotator(
        const ExportContent &content, const PdfLayoutResult &layout, const PdfExportOptions &options);

    /// The annotated PDF, or nullopt with `error` set when qpdf refused the input.
    std::optional<QByteArray> annotate(const QByteArray &pdf, QString *error) const;

private:
    /// The highlights' authors, first appearance first; the export's author alone when it names one.
    QStringList authors() const;
    /// Title, authors, subject, keywords (the themes) and creator in the trailer's /Info.
    void setDocumentInfo(QPDF &document) const;

    const ExportContent &m_content;
    const PdfLayoutResult &m_layout;
    PdfExportOptions m_options;
};

} // namespace Colloquy
