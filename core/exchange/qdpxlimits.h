#pragma once

#include <QtGlobal>

namespace Colloquy {

/**
 * How much of a REFI-QDA project QdpxImporter reads. The defaults hold any
 * project a person made (codebooks of hundreds of codes, thousands of coded
 * selections) and keep a hostile one within seconds and 1 GB: a project over
 * a count is refused with the count in the message, before the library is
 * touched. The archive's own caps are ZipLimits. A plain value.
 */
struct QdpxLimits
{
    int maxCodes = 5000;
    /// Codes nested deeper are put at this depth (with a message), not refused.
    int maxCodeDepth = 32;
    int maxSources = 2000;
    /// Coded selections, all sources together.
    int maxSelections = 100000;
    /// Codes one selection refers to.
    int maxCodingsPerSelection = 100;
    /// UTF-16 units the importer may scan looking for selections by their
    /// quote (those whose offsets do not fit the text); past it, such
    /// selections are skipped with one message.
    qint64 quoteSearchBudget = qint64(400) * 1000 * 1000;
    /// Messages in the report; the rest are counted in a last one.
    int maxMessages = 200;
};

} // namespace Colloquy
