#pragma once

#include <QString>

#include <optional>

namespace Colloquy {

/// What kind of value a speaker attribute holds; a value is checked and
/// written in a canonical form for its type (normalizedAttributeValue()).
enum class AttributeType
{
    Text, ///< anything (an affiliation)
    Number, ///< a decimal number, written without trailing zeros (`3.5`)
    Date, ///< a day, written ISO 8601 (`2024-03-01`)
    Category, ///< one of a few recurring values (country, role, gender): columns group by it
};

/// The stable name used in the database and on the command line: `text`, `number`, `date`, `category`.
QString attributeTypeName(AttributeType type);
/// Inverse of attributeTypeName(), ignoring case; nullopt for another name.
std::optional<AttributeType> attributeTypeFromName(QStringView name);

/// `text` as a value of `type`: trimmed, numbers and dates in their canonical
/// form. nullopt when `text` is blank or not a value of that type (`soon` for a date).
std::optional<QString> normalizedAttributeValue(AttributeType type, const QString &text);
/// The type a value typed without one suggests: a number, a date, else text.
AttributeType attributeTypeOfValue(const QString &text);

/**
 * A variable that person profiles can carry (affiliation, country, role,
 * gender): the matrix and the overview group and filter voices by it. Names
 * are unique ignoring case. `id` is 0 until stored. A plain value.
 */
struct SpeakerAttribute
{
    qint64 id = 0;
    QString name;
    AttributeType type = AttributeType::Text;

    friend bool operator==(const SpeakerAttribute &, const SpeakerAttribute &) = default;
};

/// One person's value of one attribute, in the attribute's canonical form. A plain value.
struct AttributeValue
{
    qint64 personId = 0;
    qint64 attributeId = 0;
    QString value;

    friend bool operator==(const AttributeValue &, const AttributeValue &) = default;
};

} // namespace Colloquy
