#pragma once

#include <QList>
#include <QStringView>

namespace Colloquy {

/// A half-open range [start, end) of a text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/**
 * Splits text into sentences: what inter-coder agreement counts by when the
 * unit is a sentence. Self-contained on purpose (one file pair) so that it
 * can be merged with another splitter later.
 *
 * A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes and
 * brackets after them) when whitespace and then something that can start a
 * sentence follow; after the CJK full stops `。！？` (and their closing
 * quotes) whatever follows; and always at a line break. It does not end
 * after a known abbreviation (`Dr.`, `e.g.`, `etc.` before a lower-case
 * word …), after a single capital letter (an initial: `J. R. Smith`), inside
 * a number (`3.5`), or before a lower-case word.
 *
 * The ranges cover the sentences without their surrounding whitespace, in
 * order; blank text gives none. Pure functions, any thread.
 */
namespace SentenceSplitter {

QList<TextRange> sentences(QStringView text);
/// The lines of `text` (split at `\n`), without surrounding whitespace, blank ones left out:
/// the paragraphs of a Segment::text().
QList<TextRange> paragraphs(QStringView text);

} // namespace SentenceSplitter

} // namespace Colloquy
