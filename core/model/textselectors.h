#pragma once

#include <QString>
#include <QStringView>

namespace Colloquy {

/// Where a highlight is: `[start, end)` in a segment's normalised text, in
/// UTF-16 code units (QString indexes). The W3C TextPositionSelector.
struct TextPositionSelector
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }

    friend bool operator==(const TextPositionSelector &, const TextPositionSelector &) = default;
};

/// What a highlight says: the exact quote and the text around it. The W3C
/// TextQuoteSelector. `prefix` is the text just before the quote and `suffix`
/// the text just after; both are shorter than the context length only where
/// the segment starts or ends.
struct TextQuoteSelector
{
    QString exact;
    QString prefix;
    QString suffix;

    friend bool operator==(const TextQuoteSelector &, const TextQuoteSelector &) = default;
};

/// The quote selector for `[start, end)` of `text` with up to `context` code
/// units of prefix and suffix. Offsets are clamped to the text. The context
/// never ends in half a surrogate pair: it is one unit shorter instead.
TextQuoteSelector quoteSelectorFor(QStringView text, qsizetype start, qsizetype end, qsizetype context = 32);

/// Whether `[start, end)` lies within `text` and splits no surrogate pair at
/// either end, so that its quote holds whole characters.
bool splitsNoCharacter(QStringView text, qsizetype start, qsizetype end);

} // namespace Colloquy
