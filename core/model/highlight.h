#pragma once

#include "model/anchor.h"
#include "model/anchorstate.h"
#include "model/highlightcolour.h"

#include <QDateTime>

namespace Colloquy {

/**
 * A span of one segment's text that a reader marked.
 *
 * `anchor` holds the segment ordinal (the speaker comes from that segment),
 * the offsets in Segment::text() and the quote with its context; `state` says
 * how the anchor was last found. `id` is 0 until stored. `speaker` is read
 * back from the segment (null for narration and for orphans) and is never
 * written. A plain value: copy freely.
 */
struct Highlight
{
    qint64 id = 0;
    qint64 articleId = 0;
    Anchor anchor;
    AnchorState state = AnchorState::Anchored;
    HighlightColour colour = HighlightColour::Yellow;
    QString author;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime modified; ///< UTC, millisecond precision
    QString speaker;

    friend bool operator==(const Highlight &, const Highlight &) = default;
};

} // namespace Colloquy
