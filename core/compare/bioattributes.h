#pragma once

#include "model/speakerattribute.h"

#include <QList>

namespace Colloquy {

/// One thing a bio states about its speaker, as an attribute and a value. A plain value.
struct BioFact
{
    QString attribute; ///< `country`, `affiliation` or `role`
    QString value;
    AttributeType type = AttributeType::Text;

    friend bool operator==(const BioFact &, const BioFact &) = default;
};

/**
 * Reads what a speaker's bio states in the common shapes of roundtable and
 * interview introductions, for the user to confirm as attributes (never
 * written without asking: SpeakerAttributes::proposals()):
 *
 * - `country` (a category): a country named after `from`, `in` or `of`
 *   (`…from Sri Lanka`, `based in Kenya`), or by its adjective (`a Ghanaian
 *   economist`);
 * - `affiliation` (text): the organisation after `at` (`fellow at the
 *   Lakeshore Institute`), or after `of` when it names one (`president of
 *   the Harbour Council`);
 * - `role` (a category): the words before that, without articles, when they
 *   are a few (`senior fellow`, `Professor of Economics`).
 *
 * Pure and reentrant; English bios only.
 */
class BioAttributeReader
{
public:
    static QList<BioFact> read(const QString &bio);
};

} // namespace Colloquy
