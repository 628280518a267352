#pragma once

#include "model/highlight.h"
#include "model/voice.h"

#include <QList>

namespace Colloquy {

/**
 * A claim as a comparison lists it (LibraryStore::claims()): the highlight,
 * the voice it belongs to in the comparison's grouping, its article's title,
 * its note and its themes. A plain value.
 */
struct ClaimEntry
{
    Highlight highlight;
    Voice voice;
    QString articleTitle;
    QString note; ///< Markdown; empty for none
    QList<qint64> themeIds; ///< every theme on the claim, by id

    friend bool operator==(const ClaimEntry &, const ClaimEntry &) = default;
};

} // namespace Colloquy
