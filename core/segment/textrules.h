#pragma once

#include <QString>
#include <QStringView>

namespace Colloquy::TextRules {

/// Words that open English sentences (determiners, prepositions, pronouns,
/// sentence adverbs): a closed class, so a capitalised one is a strong cue
/// that a sentence starts there.
bool isSentenceOpener(QStringView word);
/// Prepositions and conjunctions: a sentence that opens with one cannot
/// continue with another (`LinkedIn and …` is a brand, not `In and …`).
bool isConnective(QStringView word);
/// Adverbs that open a sentence followed by a comma (`However,`, `Clearly,`).
bool isSentenceAdverb(QStringView word);
/// Word pairs that open sentences although the second is a connective (`As of`, `According to`).
bool isFixedPhrase(QStringView first, QStringView second);
/// Surname prefixes that glue to a capital (`McGill`, `MacArthur`, `DeVos`).
bool isNamePrefix(QStringView fragment);
/// Well-known camel-case names (`LinkedIn`, `YouTube`): general knowledge,
/// used beside the structural cues, never instead of them.
bool isKnownCamelCaseName(QStringView token);
/// Honorifics allowed before a name (`Dr.`, `Prof.`).
bool isHonorific(QStringView word);
/// Occupations written before a name as a title (`architect Oskar Lund`,
/// `Economist Ana Ruiz said`): capitalised at a sentence start, never part of the name.
bool isRoleNoun(QStringView word);
/// Lower-case particles inside names (`de`, `van`, `bin`).
bool isNameParticle(QStringView word);

/// Whether the full stop at `dot` ends a sentence rather than an abbreviation
/// (`Dr.`, `U.S.`, `St.`, initials, decimals).
bool isSentenceEnd(QStringView text, qsizetype dot);
/// Index of the first sentence end at or after `from`, or -1.
qsizetype findSentenceEnd(QStringView text, qsizetype from = 0);

/// Inserts the missing space where two sentences are glued at a full stop
/// (`productive.Through` → `productive. Through`), leaving abbreviations,
/// initials, decimals and domain names alone.
QString repairGluedSentences(const QString &paragraph);

/// Number of words (runs separated by spaces) in `text`.
qsizetype wordCount(QStringView text);

} // namespace Colloquy::TextRules
