#pragma once

#include "store/personmatcher.h"

namespace Colloquy {

/**
 * The PersonMatcher the application uses: PersonName's rules.
 *
 * A speaker is looked up under the family names of its readings. It joins
 * the one candidate that appears in none of its article's other voices and
 * whose names PersonName::matchesProfile() accepts; when several fit, the one
 * that already knows this exact variant (PersonName::isKnownVariant()), else
 * none: two people with one name stay apart until the user merges them.
 * Profiles are named after their fullest variant (PersonName::fullest()).
 *
 * Stateless; LibrarySession owns the one its store uses.
 */
class PersonNameMatcher final : public PersonMatcher
{
public:
    QStringList lookupKeys(const QString &label) const override;
    qint64 match(const QString &label, const QList<Candidate> &candidates) const override;
    QString displayName(const QStringList &names) const override;
};

} // namespace Colloquy
