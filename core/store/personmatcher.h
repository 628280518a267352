#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

/**
 * Decides which person profile a speaker's name belongs to: the domain rules
 * LibraryStore needs when it links an article's speakers to profiles, kept
 * out of the store (PersonNameMatcher in people/ implements them).
 *
 * The store indexes each speaker under lookupKeys() and offers match() the
 * profiles that share a key, with the names they were printed under; it
 * keeps the outcome's bookkeeping (new profiles, links, display names from
 * displayName()) in its own transaction. A speaker the user's edits tied to
 * a profile (a re-import or a rename) keeps it without asking.
 *
 * Pure functions of their arguments; LibrarySession gives one to its store,
 * which must not outlive it. A store without one links nobody.
 */
class PersonMatcher
{
public:
    /// A profile that shares a lookup key with the speaker being linked.
    struct Candidate
    {
        qint64 personId = 0;
        QStringList names; ///< the names its speakers were printed under
        bool inSameArticle = false; ///< already a voice of the speaker's article
    };

    virtual ~PersonMatcher() = default;

    /// The keys a speaker named `label` is indexed and looked up under (its
    /// possible family names); empty when the label names nobody (`Q`, `GT`).
    virtual QStringList lookupKeys(const QString &label) const = 0;
    /// The profile among `candidates` (oldest first) that `label` names; 0
    /// when none does unambiguously, and the speaker gets a profile of its own.
    virtual qint64 match(const QString &label, const QList<Candidate> &candidates) const = 0;
    /// What a profile known by `names` is called; empty when none of them reads as a person.
    virtual QString displayName(const QStringList &names) const = 0;
};

} // namespace Colloquy
