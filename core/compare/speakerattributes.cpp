#include "compare/speakerattributes.h"

#include "compare/bioattributes.h"
#include "store/editservice_p.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct SpeakerAttributes::Private : EditService
{
    /// The attribute named `name` (ignoring case); nullopt when there is none (or the read failed: see
    /// `error`).
    std::optional<SpeakerAttribute> attribute(const QString &name)
    {
        const auto all = store.speakerAttributes();
        if (!check(all))
            return std::nullopt;
        for (const SpeakerAttribute &a : *all) {
            if (a.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
                return a;
        }
        return std::nullopt;
    }
    /// The person's current value of an attribute; nullopt for none.
    std::optional<AttributeValue> valueOf(qint64 personId, qint64 attributeId)
    {
        for (const AttributeValue &v : store.attributeValues(personId).valueOr({})) {
            if (v.attributeId == attributeId)
                return v;
        }
        return std::nullopt;
    }
    bool personExists(qint64 personId)
    {
        const auto person = store.person(personId);
        return check(person) &&
            (person->has_value() || fail(u"there is no speaker profile %1"_s.arg(personId)));
    }
    /// The change that sets the value (and creates the attribute when `existing` is nullopt), with its undo.
    bool setValue(
        qint64 personId, const QString &name, const QString &value, std::optional<AttributeType> type);
};

SpeakerAttributes::SpeakerAttributes(EditHistory &history, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private {{history}}))
{ }

SpeakerAttributes::~SpeakerAttributes() = default;

QString SpeakerAttributes::errorString() const
{
    return d->error;
}

std::optional<qint64> SpeakerAttributes::defineAttribute(const QString &name, AttributeType type)
{
    d->error.clear();
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        d->fail(u"an attribute needs a name"_s);
        return std::nullopt;
    }
    if (const auto existing = d->attribute(trimmed)) {
        d->fail(u"there is an attribute named '%1' already"_s.arg(existing->name));
        return std::nullopt;
    }
    if (!d->error.isEmpty())
        return std::nullopt;
    PeopleChange redo;
    redo.putAttributes = {{0, trimmed, type}};
    if (!d->commitInsertion(tr("Add speaker attribute"), redo, [](const PeopleChange &done) {
            PeopleChange undo;
            undo.removeAttributes = {done.putAttributes.constFirst().id};
            return undo;
        }))
        return std::nullopt;
    return redo.putAttributes.constFirst().id;
}

bool SpeakerAttributes::removeAttribute(qint64 attributeId)
{
    d->error.clear();
    const auto all = d->store.speakerAttributes();
    if (!d->check(all))
        return false;
    const auto found = std::find_if(
        all->cbegin(), all->cend(), [attributeId](const SpeakerAttribute &a) { return a.id == attributeId; });
    if (found == all->cend())
        return d->fail(u"there is no speaker attribute %1"_s.arg(attributeId));
    const auto values = d->store.attributeValues();
    if (!d->check(values))
        return false;
    PeopleChange redo, undo;
    redo.removeAttributes = {attributeId};
    undo.putAttributes = {*found};
    for (const AttributeValue &v : *values) {
        if (v.attributeId == attributeId)
            undo.putValues.append(v);
    }
    return d->commit(tr("Remove speaker attribute"), redo, undo);
}

bool SpeakerAttributes::Private::setValue(
    qint64 personId, const QString &name, const QString &value, std::optional<AttributeType> type)
{
    if (!personExists(personId))
        return false;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(u"an attribute needs a name"_s);
    const std::optional<SpeakerAttribute> existing = attribute(trimmed);
    if (!error.isEmpty())
        return false;
    if (existing && type && *type != existing->type)
        return fail(u"attribute '%1' holds values of type %2, not %3"_s.arg(
            existing->name, attributeTypeName(existing->type), attributeTypeName(*type)));
    const AttributeType wanted = existing ? existing->type : type.value_or(attributeTypeOfValue(value));
    const std::optional<QString> canonical = normalizedAttributeValue(wanted, value);
    if (!canonical) {
        if (value.trimmed().isEmpty())
            return fail(u"attribute '%1' needs a value (to remove it, unset it)"_s.arg(trimmed));
        return fail(u"'%1' is not a %2 (attribute '%3')%4"_s.arg(value.simplified(),
            attributeTypeName(wanted), existing ? existing->name : trimmed,
            wanted == AttributeType::Date ? u"; write dates as YYYY-MM-DD"_s : QString()));
    }

    PeopleChange redo, undo;
    if (!existing) {
        redo.putAttributes = {{0, trimmed, wanted}};
        redo.putValues = {{personId, 0, *canonical}};
        return commitInsertion(
            SpeakerAttributes::tr("Set speaker attribute"), redo, [](const PeopleChange &done) {
                PeopleChange undo;
                undo.removeAttributes = {done.putAttributes.constFirst().id};
                return undo;
            });
    }
    const std::optional<AttributeValue> old = valueOf(personId, existing->id);
    if (old && old->value == *canonical)
        return true;
    redo.putValues = {{personId, existing->id, *canonical}};
    if (old)
        undo.putValues = {*old};
    else
        undo.removeValues = {{personId, existing->id, {}}};
    return commit(SpeakerAttributes::tr("Set speaker attribute"), redo, undo);
}

bool SpeakerAttributes::setValue(
    qint64 personId, const QString &attribute, const QString &value, std::optional<AttributeType> type)
{
    d->error.clear();
    return d->setValue(personId, attribute, value, type);
}

bool SpeakerAttributes::unsetValue(qint64 personId, const QString &attribute)
{
    d->error.clear();
    if (!d->personExists(personId))
        return false;
    const std::optional<SpeakerAttribute> existing = d->attribute(attribute);
    if (!existing)
        return d->error.isEmpty()
            ? d->fail(u"there is no speaker attribute named '%1'"_s.arg(attribute.simplified()))
            : false;
    const std::optional<AttributeValue> old = d->valueOf(personId, existing->id);
    if (!old)
        return d->fail(u"profile %1 has no %2"_s.arg(personId).arg(existing->name));
    PeopleChange redo, undo;
    redo.removeValues = {*old};
    undo.putValues = {*old};
    return d->commit(tr("Unset speaker attribute"), redo, undo);
}

QList<AttributeProposal> SpeakerAttributes::proposals(qint64 personId) const
{
    QList<PersonProfile> people;
    if (personId > 0) {
        if (auto person = d->store.person(personId).valueOr({}))
            people.append(*person);
    } else {
        people = d->store.people().valueOr({});
    }
    QHash<QString, AttributeType> typeOf;
    QHash<qint64, QString> nameOf;
    for (const SpeakerAttribute &a : d->store.speakerAttributes().valueOr({})) {
        typeOf.insert(a.name.toLower(), a.type);
        nameOf.insert(a.id, a.name.toLower());
    }
    QSet<std::pair<qint64, QString>> has;
    for (const AttributeValue &v : d->store.attributeValues(personId).valueOr({}))
        has.insert({v.personId, nameOf.value(v.attributeId)});

    QList<AttributeProposal> proposals;
    for (const PersonProfile &person : std::as_const(people)) {
        // Newest bio first: a later article knows the person's current post.
        for (auto a = person.appearances.crbegin(); a != person.appearances.crend(); ++a) {
            for (const BioFact &fact : BioAttributeReader::read(a->bio)) {
                const QString key = fact.attribute.toLower();
                if (has.contains({person.id, key}))
                    continue;
                const AttributeType type = typeOf.value(key, fact.type);
                if (!normalizedAttributeValue(type, fact.value))
                    continue;
                has.insert({person.id, key});
                proposals.append({person.id, person.displayName, fact.attribute, type, fact.value, a->bio});
            }
        }
    }
    return proposals;
}

bool SpeakerAttributes::acceptProposals(const QList<AttributeProposal> &proposals)
{
    d->error.clear();
    if (proposals.isEmpty())
        return true;
    // Every value is checked first, so that only a failing write can stop the macro halfway.
    for (const AttributeProposal &p : proposals) {
        const std::optional<SpeakerAttribute> existing = d->attribute(p.attribute);
        if (!d->error.isEmpty() || !d->personExists(p.personId))
            return false;
        if (!normalizedAttributeValue(existing ? existing->type : p.type, p.value))
            return d->fail(u"'%1' is not a value of attribute '%2'"_s.arg(p.value, p.attribute));
    }
    // One step of one set per value; a refusal takes back those before it.
    EditStep step(
        d->history, proposals.size() == 1 ? tr("Set speaker attribute") : tr("Set speaker attributes"));
    for (const AttributeProposal &p : proposals) {
        // A new attribute takes the kind the bio reader gives it (a country is a category).
        const bool exists = d->attribute(p.attribute).has_value();
        if (!d->setValue(p.personId, p.attribute, p.value, exists ? std::nullopt : std::optional(p.type)))
            return false;
    }
    return d->commit(step);
}

} // namespace Colloquy
