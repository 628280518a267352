#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Colloquy {

/// How a stored highlight was found again in the current text.
enum class AnchorState
{
    Anchored, ///< the stored offsets still hold the quote
    Moved, ///< the exact quote, elsewhere in its segment or in another segment
    Fuzzy, ///< a close but not exact match of the quote
    Orphaned, ///< not found; the highlight is kept and listed apart
};

/// The stable name used in the database and in JSON: `anchored`, `moved`,
/// `fuzzy` or `orphaned`.
QString anchorStateName(AnchorState state);
/// Inverse of anchorStateName(); nullopt for an unknown name.
std::optional<AnchorState> anchorStateFromName(QStringView name);

} // namespace Colloquy
