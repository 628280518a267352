#pragma once

#include "model/linecue.h"
#include "model/segment.h"

namespace Colloquy {

/// The result of segmenting one article's text.
struct Segmentation
{
    QString title; ///< null when the text has no recognisable title line
    QList<Segment> segments;
    SegmentationScheme scheme = {}; ///< how the article was read as a whole, and why
};

/**
 * Splits an article's normalised text into captions, metadata, the editor's
 * note, speaker turns and narration.
 *
 * It reads the document as a whole: every paragraph yields candidate
 * boundaries by its shape (a label and its delimiter, a `Name, bio`
 * introduction, a heading, page furniture, a stage direction, a signature),
 * and the article decides which of them hold: a label form that recurs and
 * alternates, introductions repeated for several experts, sub-labels repeated
 * under every expert (fields, not speakers), a roster whose names the labels
 * later use. It never relies on particular names. Labels are then resolved to
 * the people the article names (its cast): `OKAFOR` to `Chidi Okafor`, `Q` to
 * the interviewer. Every character of the text ends up in a segment's text,
 * label, bio or timestamp, or in the title.
 *
 * `cues` are what the source format knew and plain text lost (bold lines and
 * leads, headings), by line of `normalizedText`. Stateless and reentrant;
 * linear in the text's length.
 */
class Segmenter
{
public:
    Segmentation segment(const QString &normalizedText, const QList<LineCue> &cues = {}) const;
};

} // namespace Colloquy
