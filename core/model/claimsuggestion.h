#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

/**
 * What "Suggest claims" looks for (ClaimSuggestions::suggest()): sentences
 * that match theme `themeId`'s search rules (or `rules`, when given), in the
 * articles named (none: the library), optionally only in some speakers'
 * turns and only inside claims of another theme. A plain value.
 */
struct SuggestionQuery
{
    qint64 themeId = 0;
    /// The rules to use instead of the theme's stored ones; empty: the stored ones.
    QStringList rules = {};
    QList<qint64> articleIds = {}; ///< empty: every article
    /// Speaker names (or person display names), ignoring case; empty: every speaker's turns.
    QStringList speakers = {};
    /// Only text inside claims of this theme (or its sub-themes); 0: anywhere in the turns.
    qint64 withinThemeId = 0;
    /// At most this many suggestions, in reading order of the articles (newest import first).
    qsizetype limit = 500;
};

/**
 * A sentence (or, inside a claim of another theme, the part of a sentence
 * within the claim) that matches a theme's rules and is not yet a claim of
 * it: `[start, end)` of segment `segment` of article `articleId`'s
 * Segment::text(). `highlightId` is the highlight that already spans exactly
 * this text, untagged with the theme (accepting tags it); 0 otherwise.
 * A plain value.
 */
struct SuggestedClaim
{
    qint64 articleId = 0;
    QString articleTitle;
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString speaker; ///< as the article prints the name
    QString text; ///< the sentence
    QStringList matchedRules; ///< the rules it matched, as written
    qint64 highlightId = 0;

    friend bool operator==(const SuggestedClaim &, const SuggestedClaim &) = default;
};

} // namespace Colloquy
