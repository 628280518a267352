#pragma once

#include "model/searchhit.h"

#include <QString>
#include <QStringView>

namespace Colloquy {

/**
 * Turns what a user typed into an FTS5 MATCH expression that can neither fail
 * to parse nor run operators the user did not mean.
 *
 * Each whitespace-separated word becomes a double-quoted FTS5 string (inner
 * quotes doubled), so `NEAR(`, `AND`, `OR`, `NOT`, `-x`, `a:b`, `(` and `^`
 * are searched as text, never interpreted; the terms are ANDed. Text between
 * double quotes stays one phrase (an unbalanced quote runs to the end). A word
 * ending in `*` is a prefix search (`"caf"*`). Words without a letter or
 * digit are dropped: the tokenizer would make them empty phrases, which match
 * nothing. Returns an empty string when nothing searchable is left.
 */
QString ftsMatchExpression(QStringView userInput);

/// The private-use characters the store asks FTS5 to put around matches.
inline constexpr char16_t MatchOpenMarker = u'\uE000';
inline constexpr char16_t MatchCloseMarker = u'\uE001';

/// Removes the markers from `marked` (FTS5 snippet()/highlight() output) and
/// returns the text; the marked spans go to `spans`.
QString takeMatchMarkers(QStringView marked, QList<TextSpan> *spans);

} // namespace Colloquy
