#pragma once

#include "export/exportcontent_p.h"

#include <QByteArray>

namespace Colloquy {

// The open formats, each rendered in memory from ExportContent; TextExporter
// writes the bytes. Shared helpers first.

/// The `Parent/Child` paths of a highlight's themes, codebook order.
QStringList themeSlashPaths(const ExportContent &content, const ExportedHighlight &highlight);
/// How a claim's place is named when no speaker says it: `Editor's note`, `Narration`, …
QString voiceOf(const Segment &segment);

/// A stretch of one paragraph with the same highlights over it; offsets in the paragraph.
struct MarkedRun
{
    qsizetype start = 0;
    qsizetype end = 0;
    /// Indexes into ExportContent::highlights, in reading order; empty: not highlighted.
    QList<qsizetype> highlights = {};
};

/// Paragraph `[base, base + length)` of segment `segment`, cut where highlights begin and end.
QList<MarkedRun> markedRuns(
    const ExportContent &content, qsizetype segment, qsizetype base, qsizetype length);
/// The paragraph of `segment` in which a highlight ending at `end` (exclusive) ends.
qsizetype paragraphOfEnd(const Segment &segment, qsizetype end);
/// Whether the highlight has anything to show beside the text (a note or themes).
bool hasAnnotation(const ExportedHighlight &highlight);
/// Each highlight's note number: annotated highlights are numbered from 1 in
/// reading order (the number links text and note), the others are 0.
QList<qsizetype> noteNumbers(const ExportContent &content);
/// The numbered highlights whose text ends in paragraph `paragraph` of segment
/// `segment`, where their notes go: indexes into ExportContent::highlights.
QList<qsizetype> notesEndingIn(
    const ExportContent &content, const QList<qsizetype> &numbers, qsizetype segment, qsizetype paragraph);

QByteArray markdownOfArticle(const ExportContent &content);
QByteArray htmlOfArticle(const ExportContent &content);
/// One row per highlight of every content, after a header row; `bom` prepends U+FEFF.
QByteArray csvOfHighlights(const QList<ExportContent> &contents, bool bom);
/// Every claim of `contents` under its themes (hierarchy as headings), then by speaker.
QByteArray markdownOfClaims(const QList<ExportContent> &contents);
QByteArray jsonLdOfArticle(const ExportContent &content);

} // namespace Colloquy
