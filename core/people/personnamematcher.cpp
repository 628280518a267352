#include "people/personnamematcher.h"

#include "people/personname.h"

namespace Colloquy {

namespace {

/// The names that read as a person, in their order.
QList<PersonName> parsed(const QStringList &names)
{
    QList<PersonName> result;
    for (const QString &name : names) {
        if (auto person = PersonName::parse(name))
            result.append(*person);
    }
    return result;
}

} // namespace

QStringList PersonNameMatcher::lookupKeys(const QString &label) const
{
    const std::optional<PersonName> name = PersonName::parse(label);
    if (!name)
        return {};
    QStringList keys;
    for (const PersonName::Reading &reading : name->readings)
        keys.append(reading.family);
    return keys;
}

qint64 PersonNameMatcher::match(const QString &label, const QList<Candidate> &candidates) const
{
    const std::optional<PersonName> name = PersonName::parse(label);
    if (!name)
        return 0;
    struct Fit
    {
        qint64 personId;
        QList<PersonName> variants;
    };
    QList<Fit> fitting;
    for (const Candidate &candidate : candidates) {
        // Two voices of one article are two people, however alike their names.
        if (candidate.inSameArticle)
            continue;
        QList<PersonName> variants = parsed(candidate.names);
        if (PersonName::matchesProfile(*name, variants))
            fitting.append({candidate.personId, std::move(variants)});
    }
    // Several fit: the one that knows this exact variant, else nobody (the user can merge).
    if (fitting.size() > 1) {
        fitting.removeIf(
            [&name](const Fit &fit) { return !PersonName::isKnownVariant(*name, fit.variants); });
    }
    return fitting.size() == 1 ? fitting.constFirst().personId : 0;
}

QString PersonNameMatcher::displayName(const QStringList &names) const
{
    const QList<PersonName> variants = parsed(names);
    const qsizetype best = PersonName::fullest(variants);
    return best < 0 ? QString() : variants.at(best).printed;
}

} // namespace Colloquy
