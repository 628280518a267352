#pragma once

#include <QList>
#include <QStringList>

namespace Colloquy {

/// What a column of the matrix (or a row of the overview) stands for.
enum class VoiceGrouping
{
    Speakers, ///< each article's speaker on their own
    People, ///< person profiles across articles; a speaker without one (`Q`) stands alone
    Attribute, ///< people with the same value of one attribute together (all economists)
};

/**
 * Which claims and voices a comparison looks at, and how it groups the voices:
 * the articles (none: the whole library), speakers or people or an attribute's
 * values as columns, and optionally only the people whose value of one
 * attribute is among `filterValues`. A plain value.
 */
struct ComparisonScope
{
    QList<qint64> articleIds; ///< empty: every article of the library
    VoiceGrouping grouping = VoiceGrouping::Speakers;
    qint64 groupAttributeId = 0; ///< with VoiceGrouping::Attribute
    qint64 filterAttributeId = 0; ///< 0: no filter
    QStringList filterValues; ///< canonical values (normalizedAttributeValue()) kept by the filter

    bool wholeLibrary() const { return articleIds.isEmpty(); }
    bool filtered() const { return filterAttributeId > 0; }

    friend bool operator==(const ComparisonScope &, const ComparisonScope &) = default;
};

} // namespace Colloquy
