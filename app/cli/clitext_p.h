#pragma once

// Small conversions the command files share. Internal to colloquy-cli.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace Colloquy::Cli {

/// Error lines must stay one line each, whatever a file name or SQLite says.
inline QString oneLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

/// A null string as JSON null.
inline QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

inline QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/// Each of `items` as `toJson` gives it.
template<typename Item, typename ToJson>
QJsonArray jsonArray(const QList<Item> &items, ToJson toJson)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    return array;
}

} // namespace Colloquy::Cli
