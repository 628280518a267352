#pragma once

#include "exchange/qdpximportreport.h"
#include "exchange/qdpxlimits.h"
#include "exchange/ziparchivereader.h"

#include <optional>

namespace Colloquy {

class Annotations;

/**
 * Reads a REFI-QDA project (`.qdpx`) that any tool wrote into the library.
 *
 * Text sources become articles (segmented by the Segmenter from their plain
 * text), codes become themes (hierarchy and colours; an existing theme of the
 * same name under the same parent is reused), codings of plain-text selections
 * become highlights tagged with those themes, a selection's description its
 * note. Each selection's offsets (Unicode code points) are checked against
 * the text; a selection the segmentation cannot place exactly is found again
 * by its quote, else it is skipped with a message in the report.
 *
 * The archive goes through ZipArchiveReader (traversal, links, entry count,
 * sizes and bombs) and the XML through QXmlStreamReader, refusing any
 * DOCTYPE; QdpxLimits bounds the codes, sources and selections it reads and
 * the searching it does, so a hostile project is refused or imported in
 * seconds. Everything is read and checked before the library is written;
 * the annotations are one undo step; on a failure while writing, what was
 * written is taken back, so a bad file leaves the library as it was.
 */
class QdpxImporter
{
public:
    explicit QdpxImporter(
        Annotations *annotations, const ZipLimits &limits = {}, const QdpxLimits &projectLimits = {});

    std::optional<QdpxImportReport> importFile(const QString &path);
    QString errorString() const { return m_error; }

private:
    Annotations *m_annotations;
    ZipLimits m_limits;
    QdpxLimits m_projectLimits;
    QString m_error;
};

} // namespace Colloquy
