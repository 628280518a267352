#pragma once

#include "model/linecue.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Colloquy {

/// What an Importer makes of a file: the text the segmenter reads, one
/// paragraph per line and already normalised, plus what the format told us.
struct ImportedText
{
    QString format; ///< the importer's name, e.g. `markdown`
    QString text; ///< one paragraph per line, normalizeText() applied
    QString title; ///< the source's own title (HTML <title>, PDF info); null when none
    QVariantMap metadata; ///< format-specific: author, cue timings per turn, ...
    QList<LineCue> cues = {}; ///< bold leads and headings by line of `text`, for the segmenter
};

} // namespace Colloquy
