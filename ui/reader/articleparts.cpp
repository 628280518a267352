#include "reader/articleparts.h"

#include "model/article.h"

#include <utility>

namespace Colloquy {

namespace {

int voiceIndex(QList<ArticleParts::Voice> &voices, const Segment &segment)
{
    for (qsizetype i = 0; i < voices.size(); ++i) {
        if (voices.at(i).name == segment.speaker->name) {
            if (voices.at(i).bio.isEmpty())
                voices[i].bio = segment.speaker->bio;
            return int(i);
        }
    }
    voices.append({segment.speaker->name, segment.speaker->bio, segment.label});
    return int(voices.size() - 1);
}

} // namespace

QList<int> ArticleParts::turnCounts() const
{
    QList<int> counts(voices.size(), 0);
    for (const Turn &turn : turns) {
        if (turn.voice >= 0)
            ++counts[turn.voice];
    }
    return counts;
}

ArticleParts articlePartsOf(const Article &article)
{
    ArticleParts parts;
    parts.title = article.displayTitle();
    parts.titled = !article.title.isEmpty();
    for (qsizetype ordinal = 0; ordinal < article.segments.size(); ++ordinal) {
        const Segment &segment = article.segments.at(ordinal);
        switch (segment.kind) {
        case SegmentKind::Caption:
        case SegmentKind::Metadata:
            parts.details += segment.paragraphs;
            continue;
        case SegmentKind::EditorNote:
            if (parts.noteLabel.isEmpty())
                parts.noteLabel = segment.label;
            parts.noteParagraphs += segment.paragraphs;
            continue;
        case SegmentKind::Speaker:
        case SegmentKind::Narration:
            break;
        }
        const bool isSpeaker = segment.kind == SegmentKind::Speaker && segment.speaker;
        const QList<qsizetype> ordinals(segment.paragraphs.size(), ordinal);
        if (!isSpeaker && parts.turns.isEmpty()) {
            parts.intro.paragraphs += segment.paragraphs;
            parts.intro.ordinals += ordinals;
            continue;
        }
        const int voice = isSpeaker ? voiceIndex(parts.voices, segment) : -1;
        // Consecutive segments of one voice are one turn; a return after someone else is a new one.
        if (!parts.turns.isEmpty() && parts.turns.constLast().voice == voice) {
            parts.turns.last().paragraphs += segment.paragraphs;
            parts.turns.last().ordinals += ordinals;
        } else {
            parts.turns.append({voice, segment.paragraphs, ordinals});
        }
    }
    // Without a speaker, the narration is the article, not its introduction.
    if (parts.turns.isEmpty() && !parts.intro.paragraphs.isEmpty())
        parts.turns.append(std::exchange(parts.intro, {}));
    return parts;
}

} // namespace Colloquy
