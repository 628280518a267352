#include "segment/segmenter.h"

namespace Colloquy {

// Placeholder until the real segmenter lands: one narration segment.
Segmentation Segmenter::segment(const QString &normalizedText) const
{
    Segment segment;
    segment.kind = SegmentKind::Narration;
    for (const QString &line : normalizedText.split(u'\n', Qt::SkipEmptyParts))
        segment.paragraphs.append(line);
    return {QString(), {segment}};
}

} // namespace Colloquy
