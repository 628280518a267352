#pragma once

#include "model/segment.h"

namespace Colloquy {

/// The result of segmenting one article's text.
struct Segmentation
{
    QString title; ///< null when the text has no recognisable title line
    QList<Segment> segments;
};

/**
 * Splits an article's normalised text into captions, metadata, the editor's
 * note and speaker turns.
 *
 * It recognises speakers by the shape of the text, never by names: a name of
 * capitalised words, a comma, and a bio that is either on a line of its own or
 * glued to the first sentence of the speech (`...Foreign RelationsIn the ...`).
 * Stateless and reentrant.
 */
class Segmenter
{
public:
    Segmentation segment(const QString &normalizedText) const;
};

} // namespace Colloquy
