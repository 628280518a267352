// LibraryStore: typed attributes on person profiles (affiliation, country,
// role …), written as part of a PeopleChange.

#include "store/librarystore_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace {

AttributeValue valueFromRow(const Statement &row)
{
    return AttributeValue {row.id(0), row.id(1), row.text(2)};
}

} // namespace

bool LibraryStore::Private::putAttributes(QList<SpeakerAttribute> &attributes)
{
    return upsertEach(
        attributes,
        u"INSERT INTO attributes (id, name, type) VALUES (:id, :name, :type) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type"_s,
        [](Statement &s, const SpeakerAttribute &a) {
            return s.exec({{u":id"_s, Store::idOrNull(a.id)}, {u":name"_s, Store::notNull(a.name)},
                {u":type"_s, attributeTypeName(a.type)}});
        },
        [](const SpeakerAttribute &a) { return u"cannot save the attribute '%1'"_s.arg(a.name); });
}

bool LibraryStore::Private::removeValues(const QList<AttributeValue> &values)
{
    return forEach(
        values, u"DELETE FROM person_attributes WHERE person_id = :person AND attribute_id = :attribute"_s,
        [](Statement &s, const AttributeValue &v) {
            return s.exec({{u":person"_s, v.personId}, {u":attribute"_s, v.attributeId}});
        },
        [](const AttributeValue &v) {
            return u"cannot remove attribute %1 of profile %2"_s.arg(v.attributeId).arg(v.personId);
        });
}

bool LibraryStore::Private::putValues(QList<AttributeValue> &values, qint64 firstNewAttribute)
{
    for (AttributeValue &value : values) {
        if (value.attributeId <= 0)
            value.attributeId = firstNewAttribute;
    }
    return forEach(
        values,
        u"INSERT INTO person_attributes (person_id, attribute_id, value) VALUES (:person, :attribute, "
        u":value) "
        "ON CONFLICT (person_id, attribute_id) DO UPDATE SET value = excluded.value"_s,
        [](Statement &s, const AttributeValue &v) {
            return s.exec({{u":person"_s, v.personId}, {u":attribute"_s, v.attributeId},
                {u":value"_s, Store::notNull(v.value)}});
        },
        [](const AttributeValue &v) {
            return u"cannot set attribute %1 of profile %2"_s.arg(v.attributeId).arg(v.personId);
        });
}

bool LibraryStore::Private::removeAttributes(const QList<qint64> &ids)
{
    return forEachId(ids, u"DELETE FROM attributes WHERE id = :id"_s, u"cannot remove attribute %1"_s);
}

Result<QList<SpeakerAttribute>> LibraryStore::speakerAttributes() const
{
    return d->all(u"cannot read the speaker attributes"_s,
        u"SELECT id, name, type FROM attributes ORDER BY name COLLATE NOCASE, id"_s, {},
        [](const Statement &row) {
            return SpeakerAttribute {
                row.id(0), row.text(1), row.named(2, &attributeTypeFromName, AttributeType::Text)};
        });
}

Result<QList<AttributeValue>> LibraryStore::attributeValues(qint64 personId) const
{
    if (personId > 0)
        return d->all(u"cannot read the attributes of profile %1"_s.arg(personId),
            u"SELECT person_id, attribute_id, value FROM person_attributes WHERE person_id = :person "
            "ORDER BY attribute_id"_s,
            {{u":person"_s, personId}}, &valueFromRow);
    return d->all(u"cannot read the speaker attributes"_s,
        u"SELECT person_id, attribute_id, value FROM person_attributes ORDER BY person_id, attribute_id"_s,
        {}, &valueFromRow);
}

Result<QStringList> LibraryStore::valuesOfAttribute(qint64 attributeId) const
{
    const auto values = d->all(u"cannot read the values of attribute %1"_s.arg(attributeId),
        u"SELECT DISTINCT value FROM person_attributes WHERE attribute_id = :attribute "
        "ORDER BY value COLLATE NOCASE"_s,
        {{u":attribute"_s, attributeId}}, [](const Statement &row) { return row.text(0); });
    if (values.failed())
        return Failure {values.error()};
    return QStringList(*values);
}

} // namespace Colloquy
