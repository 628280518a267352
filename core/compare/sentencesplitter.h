#pragma once

#include <QList>
#include <QStringView>

namespace Colloquy {

/// `[start, end)` of a text: one sentence, without the spaces around it.
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

/**
 * Splits text into sentences, for "Suggest claims": a suggestion is a
 * sentence, so a wrong cut makes a claim that starts or stops mid-thought.
 *
 * A line break always ends a sentence (paragraphs are joined by `\n`). A
 * full stop, `?`, `!` or `…` ends one when a space follows and then what
 * starts a sentence (a capital, a digit, an opening quote or bracket, a
 * letter of a script without case); closing quotes and brackets right after
 * it stay with the sentence (`"Stop." Then`). It does not end one after an
 * abbreviation (`Dr.`, `e.g.`, `U.S.`, `etc.` before a lower-case word), an
 * initial (`J. K. Rowling`), inside a number (`3.5`, `1,000.25`) or before a
 * lower-case word (`"Why?" she asked`). The CJK full stop and marks
 * (`。！？` and their half-width forms) end a sentence with no space after
 * them, closing brackets (`」』）`) included.
 *
 * Pure and reentrant.
 */
class SentenceSplitter
{
public:
    static QList<SentenceSpan> split(QStringView text);
};

} // namespace Colloquy
