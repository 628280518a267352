#include "exchange/qdpxplaintext_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QdpxPlainText QdpxPlainText::fromArticle(const Article &article)
{
    // One paragraph a line, segments apart by a blank line, a turn prefixed with its speaker as
    // transcripts print them: readable in any tool, and our segmenter finds the same turns again.
    QdpxPlainText result;
    QStringList introduced;
    if (!article.title.isEmpty())
        result.text = article.title + u"\n\n"_s;
    for (const Segment &segment : article.segments) {
        if (!result.text.isEmpty() && !result.text.endsWith(u"\n\n"_s))
            result.text += u"\n\n"_s;
        if (segment.kind == SegmentKind::Speaker && segment.speaker) {
            if (!segment.speaker->bio.isEmpty() && !introduced.contains(segment.speaker->name)) {
                introduced.append(segment.speaker->name);
                result.text += segment.speaker->name + u", "_s + segment.speaker->bio + u'\n';
            } else {
                result.text += (segment.label.isEmpty() ? segment.speaker->name : segment.label) + u": "_s;
            }
        } else if (!segment.label.isEmpty()) {
            result.text += segment.label + u'\n';
        }
        result.segmentStarts.append(result.text.size());
        result.text += segment.text();
    }
    result.text += u'\n';
    return result;
}

} // namespace Colloquy
