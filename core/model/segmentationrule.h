#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Colloquy {

/**
 * A correction the user asked Colloquy to remember: what to do with a printed
 * label in articles of one source and shape, applied at every later import
 * (RuleApplier). "`Recommendation:` is not a speaker in The Ledger's headed
 * roundtables" is one.
 *
 * `source` is where articles come from (segmentationSourceOf()): the site a web
 * page names, else the folder the file was in. `scheme` is the shape the
 * segmenter read the article as (SegmentationScheme::name); empty for any
 * shape. `label` is compared without case and without a trailing delimiter.
 * `id` is 0 until it is stored. A plain value, copied freely.
 */
struct SegmentationRule
{
    enum class Action
    {
        NotASpeaker, ///< the label is a field inside the turn before it: its text joins that turn
        MarkAs, ///< segments with the label are of kind `value` (narration, metadata …), not speech
        AssignTo, ///< segments with the label are turns of the person named `value`
    };

    qint64 id = 0;
    QString source;
    QString scheme;
    QString label;
    Action action = Action::NotASpeaker;
    QString value;
    QDateTime createdAt; ///< UTC

    /// What the rule decides, without where: `“Recommendation” is not a speaker`.
    QString decision() const;
    /// `“Recommendation” is not a speaker in headed roundtable articles from The Ledger`.
    QString description() const;
    /// Whether the rule is about `label` (same letters, any case, delimiter dropped).
    bool matchesLabel(const QString &printed) const;

    friend bool operator==(const SegmentationRule &, const SegmentationRule &) = default;
};

/// The stable name of an action in the database and JSON (`not-a-speaker`, `mark-as`, `assign-to`).
QString segmentationRuleActionName(SegmentationRule::Action action);
/// Inverse of segmentationRuleActionName(); nullopt for an unknown name.
std::optional<SegmentationRule::Action> segmentationRuleActionFromName(QStringView name);

/// The source key rules of `article` are kept under: the site its page names
/// (metadata `site`), else the folder of its source file; empty when it has
/// neither (pasted plain text), and then no rule applies to it.
QString segmentationSourceOf(const Article &article);

/// `label` as rules compare it: simplified, a trailing `:`, `.`, `：` or `—` dropped, case folded.
QString normalizedRuleLabel(const QString &label);

} // namespace Colloquy
