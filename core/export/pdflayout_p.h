#pragma once

#include "export/exportcontent_p.h"

#include <QColor>
#include <QRectF>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Colloquy {

/// A bookmark: `level` 0 is top level; `top` is in points from the page's top edge.
struct PdfOutlineEntry
{
    QString title = {};
    int level = 0;
    int page = 1;
    double top = 0;
    QString speaker = {}; ///< set on a speaker's entry, whose claims become its children
};

/// Where one highlight's text sits on one page: its line rectangles in
/// points, origin at the page's top-left corner.
struct PdfHighlightMark
{
    qsizetype highlight = 0; ///< index into ExportContent::highlights
    int page = 1;
    QList<QRectF> rects = {};
};

/// What the layout learnt that the PDF's annotations and outline need.
struct PdfLayoutResult
{
    int pageCount = 0;
    QSizeF pageSize = {}; ///< points
    QList<PdfOutlineEntry> outline = {};
    QList<PdfHighlightMark> marks = {};
};

/// The light tint a highlight of `colour` is painted with (also its /C).
QColor highlightTint(HighlightColour colour);

/**
 * Lays out an ExportContent on PDF pages with QPdfWriter and QTextLayout.
 *
 * Text is drawn as text (searchable, fonts embedded and subset by Qt); the
 * highlight colours are left to the annotations (see pdfannotator_p.h), which
 * paint them behind the glyphs. Margin notes are placed beside their
 * highlight when the margin below the previous note has room, else they
 * become numbered notes at the end of the section.
 */
class PdfLayout
{
public:
    PdfLayout(const ExportContent &content, const PdfExportOptions &options);
    ~PdfLayout();

    /// How many times render() calls `step`.
    int stepCount() const;
    /// Writes the PDF to `device`; calls `step(done)` after each step and
    /// stops (nullopt) when it returns false.
    std::optional<PdfLayoutResult> render(QIODevice *device, const std::function<bool(int)> &step);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
