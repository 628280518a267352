#include "model/textselectors.h"

#include <QChar>

#include <algorithm>

namespace Colloquy {

TextQuoteSelector quoteSelectorFor(QStringView text, qsizetype start, qsizetype end, qsizetype context)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    context = std::max<qsizetype>(context, 0);

    qsizetype prefixStart = std::max<qsizetype>(start - context, 0);
    if (prefixStart > 0 && prefixStart < start && text[prefixStart].isLowSurrogate() &&
        text[prefixStart - 1].isHighSurrogate())
        ++prefixStart;
    qsizetype suffixEnd = std::min(end + context, text.size());
    if (suffixEnd < text.size() && suffixEnd > end && text[suffixEnd - 1].isHighSurrogate() &&
        text[suffixEnd].isLowSurrogate())
        --suffixEnd;

    return {
        text.sliced(start, end - start).toString(),
        text.sliced(prefixStart, start - prefixStart).toString(),
        text.sliced(end, suffixEnd - end).toString(),
    };
}

bool splitsNoCharacter(QStringView text, qsizetype start, qsizetype end)
{
    return start >= 0 && start <= end && end <= text.size() &&
        (start == text.size() || !text.at(start).isLowSurrogate()) &&
        (end == text.size() || !text.at(end).isLowSurrogate());
}

} // namespace Colloquy
