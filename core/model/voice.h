#pragma once

#include <QString>

namespace Colloquy {

/**
 * One column of a comparison: a speaker of one article, a person across
 * articles, or a group of people sharing an attribute value (ComparisonScope).
 * `key` identifies it within one comparison (`s12` speaker row 12, `p3`
 * person 3, `vEconomist` the attribute value); the ids are those of the
 * speaker, person and article it stands for, 0 where it stands for several.
 * A plain value.
 */
struct Voice
{
    QString key;
    QString name; ///< the speaker's name, the person's display name, or the attribute value (empty: none)
    qint64 speakerId = 0;
    qint64 personId = 0;
    qint64 articleId = 0;
    QString articleTitle; ///< the displayTitle() of `articleId`'s article; empty when 0

    friend bool operator==(const Voice &, const Voice &) = default;
};

} // namespace Colloquy
