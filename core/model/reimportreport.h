#pragma once

#include <QList>

namespace Colloquy {

/// What Annotations::reimportArticle() did to the article's highlights: how
/// many were found where they were, moved, matched approximately or orphaned.
struct ReimportReport
{
    int anchored = 0;
    int moved = 0;
    int fuzzy = 0;
    int orphaned = 0;
    /// The orphaned highlights, by id, in reading order of their old place.
    QList<qint64> orphanedIds = {};

    int total() const { return anchored + moved + fuzzy + orphaned; }
};

} // namespace Colloquy
