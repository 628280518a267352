#pragma once

#include "model/anchor.h"
#include "model/anchorstate.h"

#include <QList>
#include <QStringList>

namespace Colloquy {

/// Where a stored highlight is in the current text. `segment` is -1 and
/// `position` is empty when orphaned.
struct AnchorResult
{
    AnchorState state = AnchorState::Orphaned;
    qsizetype segment = -1;
    TextPositionSelector position;
    /// Edits between the quote and the text at `position`: 0 unless fuzzy.
    int errors = 0;
    /// How well the place fits the stored highlight, in [0, 1]: quote,
    /// context and distance from the old place combined (see anchorer.cpp).
    /// 1 when nothing around the highlight changed; 0 when orphaned.
    double score = 0.0;
};

/**
 * Finds stored highlights again after their article's text changed, in the
 * manner of the W3C Web Annotation selectors (a TextPositionSelector checked
 * against a TextQuoteSelector). In this order:
 *
 *  1. the stored offsets still hold the quote: Anchored;
 *  2. the exact quote elsewhere in the same segment: Moved;
 *  3. the exact quote in another segment: Moved, with that segment;
 *  4. an approximate match within maxErrorsFor() edits, in the same segment
 *     first, then in the others: Fuzzy;
 *  5. otherwise Orphaned. The caller keeps the highlight and lists it apart.
 *
 * Where a step finds several places (a repeated quote), the one whose prefix
 * and suffix fit best wins, then the nearest to the old offsets. The stored
 * offsets take part in that contest when their context changed: another exact
 * occurrence in the segment wins only when its context fits better by more
 * than its distance costs. That catches an insertion before a short, common
 * quote that happened to shift another occurrence onto the old offsets.
 *
 * Matching is case-sensitive, on UTF-16 code units; offsets are QString
 * indexes. An empty quote is always orphaned.
 *
 * Stateless and reentrant: one instance may be used from several threads.
 */
class Anchorer
{
public:
    /// The selectors for `[start, end)` of segment `segment`, with 32 units of context.
    static Anchor describe(QStringView segmentText, qsizetype segment, qsizetype start, qsizetype end);

    /// At most min(32, quote length / 4) errors: none below four characters,
    /// where any edit would leave too little of the quote to recognise.
    static int maxErrorsFor(qsizetype quoteLength);

    /// Finds `stored` in the article's current segment texts.
    AnchorResult anchor(const Anchor &stored, const QList<QStringView> &segmentTexts) const;
    AnchorResult anchor(const Anchor &stored, const QStringList &segmentTexts) const;
};

} // namespace Colloquy
