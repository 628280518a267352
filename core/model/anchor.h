#pragma once

#include "model/textselectors.h"

namespace Colloquy {

/// A stored highlight's selectors: the segment it was made in, the offsets in
/// that segment's normalised text, and the quote with its context.
struct Anchor
{
    qsizetype segment = 0;
    TextPositionSelector position;
    TextQuoteSelector quote;

    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace Colloquy
