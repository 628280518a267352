#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Colloquy {

/**
 * A speaker label read as a person's name, for telling whether two labels
 * from different articles name the same person.
 *
 * parse() drops honorifics and leading roles (`Dr`, `Prof.`, `Moderator`),
 * suffixes (`Jr`, `PhD`), folds case and diacritics (`López` = `LOPEZ`) and
 * reads nicknames in quotes or parentheses (`Huiyao 'Henry' Wang`) as
 * alternative given names. Labels that are not a person give nullopt: `Q`,
 * `A`, a bare role (`Moderator`, `Speaker 2`) and a short all-capitals
 * abbreviation (`GT`, `BBC`; a vowel-bearing word of four or more letters such
 * as `GROS`, or a common East Asian family name such as `LI`, is a surname)
 * and organisations (`The Economist`, `Colloquy Review`: an outlet word or a
 * leading `The`).
 *
 * A name has one or more readings (family name + given names): the last word as
 * the family name; for three words or more, also the last two as a compound
 * family name (`Ana María López Ruiz` = `Ana Maria Lopez-Ruiz`); for two words
 * whose first is a common East Asian family name, also family name first
 * (`Wang Huiyao` = `Huiyao Wang`). See matchesProfile() for the rules.
 *
 * Pure functions on values; no article-specific knowledge.
 */
struct PersonName
{
    struct Reading
    {
        QString family; ///< folded, without particles (`van`, `de`) or hyphens
        QStringList given; ///< folded full given names (two letters or more), nicknames included
        QStringList firsts; ///< the first given name and the nicknames: what a person is called by
        QString initial; ///< the first letter of the first given name or initial; empty when none
    };

    QString printed; ///< the label as the article printed it
    QString key; ///< folded name without honorifics: equal keys are the same variant
    QList<Reading> readings;
    int fullness = 0; ///< how much of the name the variant gives: more is fuller

    /// The label as a person's name, or nullopt when it is not one.
    static std::optional<PersonName> parse(const QString &label);
    static bool isPerson(const QString &label) { return parse(label).has_value(); }

    /// Lower case without diacritics, apostrophes or hyphens: `Ó'Brien-Núñez` → `obriennunez`.
    static QString fold(const QString &word);

    /**
     * Whether `name` can be the person known by `variants` (one profile's names).
     *
     * Some reading of `name` must share its family name with a reading of the
     * profile, and then:
     * - full given names: one of `name`'s first names is among the profile's
     *   given names, or a profile first name is among `name`'s given names
     *   (`Henry Wang` fits `Huiyao Henry Wang`; `Jane Smith` never fits
     *   `John Smith`; `Pedro López Ruiz` does not fit `Ana López Ruiz`);
     * - initials only (`Dr. H. Wang`): the first initial starts one of the
     *   profile's first names (or equals its first initial);
     * - a family name alone (`Wang`, `Dr. Lee`) fits any profile with that
     *   family name, and a profile known only by its family name fits any
     *   given name.
     * Whether that is unambiguous across profiles is the caller's business.
     */
    static bool matchesProfile(const PersonName &name, const QList<PersonName> &variants);

    /// Whether one of `variants` is the same variant as `name` (equal keys).
    static bool isKnownVariant(const PersonName &name, const QList<PersonName> &variants);

    /// Index of the fullest of `variants` (most name words; then the longest
    /// printed form; then the first). -1 for an empty list.
    static qsizetype fullest(const QList<PersonName> &variants);
};

} // namespace Colloquy
