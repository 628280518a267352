#pragma once

#include "model/voice.h"

namespace Colloquy {

/**
 * What one voice did in the articles compared (LibraryStore::speakerOverview()):
 * how often and how much they spoke, how many claims they made and how many
 * themes those serve. A plain value.
 */
struct SpeakerOverviewRow
{
    Voice voice;
    qint64 turns = 0; ///< the voice's segments
    qint64 words = 0; ///< the words of those turns (countWords())
    double share = 0.0; ///< `words` over the words of every voice in the overview, 0–1
    qint64 claims = 0; ///< highlights in the turns that carry a theme, orphans left out
    qint64 themes = 0; ///< distinct themes those claims are tagged with (as tagged, not rolled up)
    /// The segment numbers (from 1, as `review` prints them) of the first and
    /// last turn; 0 when the voice speaks in several articles.
    qint64 firstTurn = 0;
    qint64 lastTurn = 0;

    friend bool operator==(const SpeakerOverviewRow &, const SpeakerOverviewRow &) = default;
};

} // namespace Colloquy
