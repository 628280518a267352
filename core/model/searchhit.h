#pragma once

#include <QList>
#include <QString>

namespace Colloquy {

/// A span of UTF-16 code units in a string: `[start, start + length)`.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/**
 * One result of LibraryStore::search(): a paragraph of an article's text, or
 * a note on a highlight, that matches the query.
 *
 * `snippet` is a short excerpt of the matching text (`…` where it was cut) and
 * `snippetMatches` the matched terms in it, so a UI can bold them and the CLI
 * bracket them. For a text hit, `paragraphMatches` are the same terms in the
 * whole paragraph `paragraph` of segment `segment`, for opening at the match.
 * `score` is SQLite's bm25 (lower is better; text and note scores come from
 * two indexes and are compared as they are). A plain value.
 */
struct SearchHit
{
    enum class Source
    {
        Text, ///< a paragraph of the article
        Note, ///< the note on highlight `highlightId`
    };

    Source source = Source::Text;
    qint64 articleId = 0;
    QString articleTitle = {}; ///< null when the article has none
    qsizetype segment = 0; ///< ordinal of the segment in the article
    qsizetype paragraph = -1; ///< ordinal of the paragraph in the segment; -1 for notes
    QString speaker = {}; ///< null outside speaker turns (and for notes on orphaned highlights)
    qint64 highlightId = 0; ///< the note's highlight; 0 for text hits
    QString snippet = {};
    QList<TextSpan> snippetMatches = {};
    QList<TextSpan> paragraphMatches = {};
    double score = 0.0;
};

} // namespace Colloquy
