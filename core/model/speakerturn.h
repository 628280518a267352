#pragma once

#include <QString>

namespace Colloquy {

/// One speaker's turn with its text, as "Suggest claims" reads it
/// (LibraryStore::speakerTurns()). A plain value.
struct SpeakerTurn
{
    qint64 articleId = 0;
    QString articleTitle; ///< the article's displayTitle()
    qsizetype segment = 0; ///< the segment's ordinal
    QString speaker; ///< as the article prints the name
    QString person; ///< the person profile's display name; empty when the speaker has none
    QString text; ///< Segment::text(): the paragraphs joined by `\n`

    friend bool operator==(const SpeakerTurn &, const SpeakerTurn &) = default;
};

} // namespace Colloquy
