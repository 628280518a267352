// The segmenter on any text: never crash; every segment points inside the text.

#include "fuzzsupport.h"

#include "import/textdecoder.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    const QString text = normalizeText(QString::fromUtf8(Fuzz::bytesOf(data, size)));
    const Segmentation segmentation = Segmenter().segment(text);
    for (const Segment &segment : segmentation.segments)
        Fuzz::require(segment.text().size() <= text.size(), "a segment's text comes from the article");
    return 0;
}
