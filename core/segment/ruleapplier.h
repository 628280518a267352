#pragma once

#include "model/article.h"
#include "model/segmentationrule.h"

namespace Colloquy {

/**
 * Applies remembered corrections (SegmentationRule) to a freshly segmented
 * article, as the importers' callers do before storing it.
 *
 * A rule applies when its source is the article's (segmentationSourceOf(),
 * without case) and its scheme is empty or the one the segmenter chose. It
 * looks at every segment whose printed label it names: `NotASpeaker` joins
 * the segment to the one before it, the label put back into the text as the
 * source printed it (nothing of the article is lost); `MarkAs` gives the
 * segment that kind and no speaker; `AssignTo` makes it a turn of that person.
 * A segment a rule decided says so in its detection (`rule #3`, confidence
 * 1), and each rule that decided something is named in the scheme's evidence
 * (`rule #3: “Recommendation” is not a speaker … (2 segments)`); the cast
 * follows. Stateless; reentrant.
 */
class RuleApplier
{
public:
    /// The ids of the rules that changed `article`, in the order given.
    static QList<qint64> apply(Article &article, const QList<SegmentationRule> &rules);
    /// Whether `rule` is about articles like `article` (source and shape).
    static bool fits(const SegmentationRule &rule, const Article &article);
};

} // namespace Colloquy
