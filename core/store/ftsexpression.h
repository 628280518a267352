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
 *
 * The work a query makes stays bounded: a term that repeats one before it
 * (ignoring case, accents and punctuation, as the tokenizer does) is
 * dropped; only the first MaxQueryLength characters are read, at most
 * MaxQueryTerms terms are kept and a phrase is cut at MaxTermLength
 * characters (at a word's end).
 */
QString ftsMatchExpression(QStringView userInput);

/// What ftsMatchExpression() reads of a query: characters, distinct terms, characters in one term.
inline constexpr qsizetype MaxQueryLength = 1000;
inline constexpr qsizetype MaxQueryTerms = 16;
inline constexpr qsizetype MaxTermLength = 200;

/// The private-use characters the store asks FTS5 to put around matches.
inline constexpr char16_t MatchOpenMarker = u'\uE000';
inline constexpr char16_t MatchCloseMarker = u'\uE001';

/// Removes the markers from `marked` (FTS5 snippet()/highlight() output) and
/// returns the text; the marked spans go to `spans`.
QString takeMatchMarkers(QStringView marked, QList<TextSpan> *spans);

} // namespace Colloquy
