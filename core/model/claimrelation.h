#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Colloquy {

/// How one claim relates to another.
enum class RelationKind
{
    AgreesWith, ///< symmetric
    DisagreesWith, ///< symmetric
    RespondsTo, ///< directed: `from` responds to `to`
    SamePoint, ///< symmetric: both make the same point
};

/// The stable name used in the database, exports and on the command line:
/// `agrees-with`, `disagrees-with`, `responds-to`, `same-point`.
QString relationKindName(RelationKind kind);
/// Inverse of relationKindName(), ignoring case; also takes the short forms
/// `agrees`, `disagrees`, `responds`, `same` and spaces for hyphens.
std::optional<RelationKind> relationKindFromName(QStringView name);
/// How the UI and the Markdown export say it: `agrees with`, `responds to`, …
QString relationKindPhrase(RelationKind kind);
/// Whether `a kind b` says the same as `b kind a` (all but RespondsTo).
bool isSymmetric(RelationKind kind);

/**
 * A link between two claims (highlights, usually tagged with a theme) that
 * a reader made when comparing voices: `from` agrees with, disagrees with,
 * responds to or makes the same point as `to`. The two may be in different
 * articles. `id` is 0 until stored. A plain value.
 */
struct ClaimRelation
{
    qint64 id = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    RelationKind kind = RelationKind::AgreesWith;
    QString author;
    QDateTime created; ///< UTC, millisecond precision

    /// The claim at the other end from `highlightId`'s (0 when it is at neither end).
    qint64 otherEnd(qint64 highlightId) const
    {
        return highlightId == fromId ? toId : highlightId == toId ? fromId : 0;
    }

    friend bool operator==(const ClaimRelation &, const ClaimRelation &) = default;
};

} // namespace Colloquy
