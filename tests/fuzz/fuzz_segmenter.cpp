// The segmenter on any text: never crash; segments hold no more text than the article.
// Spaces are not counted: the segmenter may repair a glued sentence ("winter?Then").

#include "fuzzsupport.h"

#include <algorithm>

#include "import/textdecoder.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    const QString text = normalizeText(QString::fromUtf8(Fuzz::bytesOf(data, size)));
    const Segmentation segmentation = Segmenter().segment(text);
    const auto visible = [](const QString &s) {
        return std::count_if(s.cbegin(), s.cend(), [](QChar c) { return !c.isSpace(); });
    };
    qsizetype shown = 0;
    for (const Segment &segment : segmentation.segments)
        shown += visible(segment.text());
    Fuzz::require(shown <= visible(text), "the segments' text comes from the article");
    return 0;
}
