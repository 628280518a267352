#pragma once

#include <QStringView>

namespace Colloquy {

/**
 * The number of words in `text`, as the speaker overview and the matrix's
 * "claims per 1,000 words" count them: Unicode word boundaries (UAX #29)
 * around runs that hold a letter or a digit. Punctuation and spaces are not
 * words; `don't` and `3.5` are one each; text without spaces between words
 * (Chinese, Japanese) counts each ideograph or kana run as Unicode segments
 * it. Reentrant.
 */
qsizetype countWords(QStringView text);

} // namespace Colloquy
