// Finding a stored highlight again in changed text: whatever the quote, the
// context and the segments, the result lies inside a segment and says so.

#include "fuzzsupport.h"

#include "anchor/anchorer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    if (size < 4 || size > 16384)
        return 0;
    // Fields split at 0x1f: quote, prefix, suffix, then the segment texts.
    const QList<QByteArray> fields = Fuzz::bytesOf(data + 4, size - 4).split('\x1f');
    if (fields.size() < 4)
        return 0;
    Anchor stored;
    stored.segment = data[0] % 8;
    stored.position.start = (data[1] << 8 | data[2]) % 4096;
    stored.position.end = stored.position.start + data[3];
    stored.quote.exact = QString::fromUtf8(fields.at(0));
    stored.quote.prefix = QString::fromUtf8(fields.at(1));
    stored.quote.suffix = QString::fromUtf8(fields.at(2));
    QStringList segments;
    for (qsizetype i = 3; i < fields.size(); ++i)
        segments.append(QString::fromUtf8(fields.at(i)));

    const AnchorResult result = Anchorer().anchor(stored, segments);
    if (result.state == AnchorState::Orphaned) {
        Fuzz::require(result.segment == -1, "an orphan has no segment");
        return 0;
    }
    Fuzz::require(result.segment >= 0 && result.segment < segments.size(), "the segment exists");
    const QString &text = segments.at(result.segment);
    Fuzz::require(result.position.start >= 0 && result.position.start <= result.position.end &&
            result.position.end <= text.size(),
        "the place lies inside its segment");
    if (result.state != AnchorState::Fuzzy)
        Fuzz::require(text.sliced(result.position.start, result.position.length()) == stored.quote.exact,
            "an exact anchor holds the quote");
    Fuzz::require(result.score >= 0.0 && result.score <= 1.0, "the score is in [0, 1]");
    return 0;
}
