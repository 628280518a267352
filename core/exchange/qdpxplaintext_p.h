#pragma once

#include "model/article.h"

namespace Colloquy {

/// An article as the plain text a REFI-QDA source holds, and where each
/// segment's text() starts in it (UTF-16 indexes), so a highlight's segment
/// offsets map to positions in the text.
struct QdpxPlainText
{
    QString text;
    QList<qsizetype> segmentStarts;

    static QdpxPlainText fromArticle(const Article &article);
};

} // namespace Colloquy
