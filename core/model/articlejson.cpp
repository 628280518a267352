#include "model/articlejson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

static QJsonValue stringOrNull(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject segmentationToJson(const QString &title, const QList<Segment> &segments)
{
    QJsonArray jsonSegments;
    for (const auto &segment : segments) {
        QJsonObject object;
        object.insert(u"kind"_s, segmentKindName(segment.kind));
        object.insert(u"label"_s, stringOrNull(segment.label));
        if (segment.speaker) {
            object.insert(u"speaker"_s,
                QJsonObject {
                    {u"name"_s, segment.speaker->name}, {u"bio"_s, stringOrNull(segment.speaker->bio)}});
        } else {
            object.insert(u"speaker"_s, QJsonValue(QJsonValue::Null));
        }
        if (!segment.timestamp.isEmpty())
            object.insert(u"timestamp"_s, segment.timestamp);
        object.insert(u"paragraphs"_s, QJsonArray::fromStringList(segment.paragraphs));
        if (!segment.detection.rule.isEmpty()) {
            object.insert(u"detection"_s,
                QJsonObject {{u"rule"_s, segment.detection.rule},
                    {u"confidence"_s, std::round(segment.detection.confidence * 100.0) / 100.0}});
        }
        jsonSegments.append(object);
    }
    return QJsonObject {{u"title"_s, stringOrNull(title)}, {u"segments"_s, jsonSegments}};
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object = segmentationToJson(article.title, article.segments);
    object.insert(u"id"_s, article.id);
    object.insert(u"source"_s, stringOrNull(article.sourcePath));
    object.insert(u"format"_s, article.sourceFormat);
    object.insert(u"imported"_s, article.importedAt.toUTC().toString(Qt::ISODate));
    object.insert(u"content_hash"_s, QString::fromLatin1(article.contentHash));
    return object;
}

} // namespace Colloquy
