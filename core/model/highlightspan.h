#pragma once

#include "model/anchorstate.h"
#include "model/highlightcolour.h"
#include "model/textselectors.h"

namespace Colloquy {

/**
 * What the reader needs to draw a highlight: where it is now and its colour,
 * without its quote, author, times or speaker (LibraryStore::highlightSpans()
 * reads only these columns). `position` is in Segment::text() of segment
 * `segment`. A plain value.
 */
struct HighlightSpan
{
    qint64 id = 0;
    qsizetype segment = 0;
    TextPositionSelector position = {};
    AnchorState state = AnchorState::Anchored;
    HighlightColour colour = HighlightColour::Yellow;

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

} // namespace Colloquy
