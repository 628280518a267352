#pragma once

#include <QString>

namespace Colloquy {

/// One theme on one highlight of one coder, with where the highlight lies: a
/// row of LibraryStore::coderTaggings(), what inter-coder agreement counts.
/// `start`/`end` are offsets in Segment::text() of segment `segment`. A plain value.
struct CoderTagging
{
    QString coder; ///< the highlight's author
    qint64 articleId = 0;
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 themeId = 0;

    friend bool operator==(const CoderTagging &, const CoderTagging &) = default;
};

} // namespace Colloquy
