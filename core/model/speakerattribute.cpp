#include "model/speakerattribute.h"

#include <QDate>
#include <QLocale>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr std::array<std::pair<AttributeType, QStringView>, 4> TypeNames = {{
    {AttributeType::Text, u"text"},
    {AttributeType::Number, u"number"},
    {AttributeType::Date, u"date"},
    {AttributeType::Category, u"category"},
}};

std::optional<double> numberOf(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

QString attributeTypeName(AttributeType type)
{
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            return name.toString();
    }
    return u"text"_s;
}

std::optional<AttributeType> attributeTypeFromName(QStringView name)
{
    for (const auto &[type, known] : TypeNames) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

std::optional<QString> normalizedAttributeValue(AttributeType type, const QString &text)
{
    const QString value = text.simplified();
    if (value.isEmpty())
        return std::nullopt;
    switch (type) {
    case AttributeType::Number:
        if (const auto number = numberOf(value))
            return QLocale::c().toString(*number, 'g', 15);
        return std::nullopt;
    case AttributeType::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.toString(Qt::ISODate);
    }
    case AttributeType::Text:
    case AttributeType::Category:
        break;
    }
    return value;
}

AttributeType attributeTypeOfValue(const QString &text)
{
    const QString value = text.simplified();
    if (numberOf(value))
        return AttributeType::Number;
    if (QDate::fromString(value, Qt::ISODate).isValid())
        return AttributeType::Date;
    return AttributeType::Text;
}

} // namespace Colloquy
