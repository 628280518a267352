#pragma once

#include "model/highlightcolour.h"

#include <QString>

#include <optional>

namespace Colloquy {

/**
 * What a reader searches for across the library: LibraryStore::search() runs it.
 *
 * `text` is what the user typed, never FTS5 syntax: every word is searched as
 * a literal term (see ftsMatchExpression()), all words must occur, case and
 * accents are ignored, "double quotes" keep a phrase together and a trailing
 * `*` on a word matches it as a prefix. Filters left empty do not filter:
 * - `speaker`: hits in this speaker's turns (case-insensitive), or in notes on
 *   highlights of those turns;
 * - `theme`: hits within claims tagged with a theme of this name or one of its
 *   sub-themes (text in a paragraph such a claim covers, or the claim's note);
 * - `colour`: the same for highlights of this colour;
 * - `articleId`: hits in one article.
 * A plain value.
 */
struct SearchQuery
{
    QString text = {};
    QString speaker = {};
    QString theme = {};
    std::optional<HighlightColour> colour = {};
    qint64 articleId = 0;
    int limit = 50; ///< at most this many hits, best first
    bool inText = true; ///< search the articles' paragraphs
    bool inNotes = true; ///< search the notes on highlights
    /// A query without filters that matches more paragraphs (or more notes)
    /// than this ranks only the newest this many of them: the most recently
    /// imported paragraphs, the notes of the most recent highlights. A word
    /// found in that many paragraphs says little about which are relevant,
    /// and ranking all of them costs about a microsecond each. A filtered
    /// query ranks every match it finds. 0 ranks every match.
    int rankLimit = 5000;
};

} // namespace Colloquy
