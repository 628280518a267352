#pragma once

#include "model/highlightcolour.h"

#include <QList>
#include <QString>

namespace Colloquy {

/**
 * A highlight to make with Annotations::addHighlights(): `[start, end)` of
 * segment `segment` (an ordinal) of Segment::text() of article `articleId`,
 * with its colour, its Markdown note (blank: none) and the themes that tag it.
 * A plain value.
 */
struct NewHighlight
{
    qint64 articleId = 0;
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    HighlightColour colour = HighlightColour::Yellow;
    QString note = {};
    QList<qint64> themeIds = {};
};

} // namespace Colloquy
