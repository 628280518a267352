// The W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an
// AnnotationCollection with one Annotation per highlight. Offsets count in the
// segment's normalised text (Segment::text()), in UTF-16 code units; the
// target's source names the article by content hash and the segment by a
// fragment, so WebAnnotationReader can find both again.
//
// Each relation between claims follows as a linking annotation (motivation
// `linking`) whose two targets are the claims in order, `from` then `to`: the
// IRI of a claim in this file, or a SpecificResource (source and selectors,
// and the claim's IRI as its id) for one in another article. Its body names
// the kind (`agrees-with`, `disagrees-with`, `responds-to`, `same-point`).

#include "export/textwriters_p.h"
#include "export/webannotationiri_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray selectors(const Anchor &anchor)
{
    return QJsonArray {
        QJsonObject {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, anchor.quote.exact},
            {u"prefix"_s, anchor.quote.prefix}, {u"suffix"_s, anchor.quote.suffix}},
        QJsonObject {{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, qint64(anchor.position.start)},
            {u"end"_s, qint64(anchor.position.end)}},
    };
}

/// Who made `highlight`, and when, on `annotation`.
void addProvenance(QJsonObject &annotation, const QString &author, const QDateTime &created)
{
    if (!author.isEmpty())
        annotation.insert(u"creator"_s, QJsonObject {{u"type"_s, u"Person"_s}, {u"name"_s, author}});
    if (created.isValid())
        annotation.insert(u"created"_s, timestamp(created));
}

/// The linking annotation of relation `r`, seen from highlight `h` of `content`.
QJsonObject linkingAnnotation(const ExportContent &content, const ExportedHighlight &h, const RelatedClaim &r)
{
    const QString hash = QString::fromLatin1(content.article.contentHash);
    const QJsonValue here = WebAnnotationIri::annotation(hash, h.highlight.id);
    QJsonValue there;
    if (r.otherIndex >= 0) {
        there = WebAnnotationIri::annotation(hash, r.other.id);
    } else {
        const QString otherHash = QString::fromLatin1(r.otherArticleHash);
        there = QJsonObject {{u"id"_s, WebAnnotationIri::annotation(otherHash, r.other.id)},
            {u"type"_s, u"SpecificResource"_s},
            {u"source"_s, WebAnnotationIri::segmentSource(otherHash, r.other.anchor.segment)},
            {u"selector"_s, selectors(r.other.anchor)}};
    }
    QJsonObject annotation {{u"id"_s, WebAnnotationIri::relation(hash, r.relation.id)},
        {u"type"_s, u"Annotation"_s}, {u"motivation"_s, u"linking"_s},
        {u"body"_s,
            QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, relationKindName(r.relation.kind)},
                {u"purpose"_s, u"classifying"_s}}},
        {u"target"_s, r.outgoing ? QJsonArray {here, there} : QJsonArray {there, here}}};
    addProvenance(annotation, r.relation.author, r.relation.created);
    return annotation;
}

} // namespace

QByteArray jsonLdOfArticle(const ExportContent &content)
{
    const Article &article = content.article;
    const QString hash = QString::fromLatin1(article.contentHash);
    QJsonArray items;
    for (const ExportedHighlight &h : content.highlights) {
        const Anchor &anchor = h.highlight.anchor;
        QJsonArray bodies;
        if (!h.note.trimmed().isEmpty()) {
            bodies.append(QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, h.note.trimmed()},
                {u"format"_s, u"text/markdown"_s}, {u"purpose"_s, u"commenting"_s}});
        }
        const QStringList paths = themeSlashPaths(content, h);
        for (qsizetype t = 0; t < h.themes.size(); ++t) {
            bodies.append(QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, paths.at(t)},
                {u"purpose"_s, u"tagging"_s},
                {WebAnnotationIri::ColourKey, colourName(h.themes.at(t).colour)}});
        }
        QJsonObject target {{u"source"_s, WebAnnotationIri::segmentSource(hash, anchor.segment)},
            {u"selector"_s, selectors(anchor)}};
        const Segment &segment = article.segments.at(anchor.segment);
        if (segment.speaker)
            target.insert(WebAnnotationIri::SpeakerKey, segment.speaker->name);
        QJsonObject annotation {{u"id"_s, WebAnnotationIri::annotation(hash, h.highlight.id)},
            {u"type"_s, u"Annotation"_s}, {u"motivation"_s, u"highlighting"_s},
            {WebAnnotationIri::ColourKey, colourName(h.highlight.colour)}, {u"target"_s, target}};
        addProvenance(annotation, h.highlight.author, h.highlight.created);
        if (h.highlight.modified.isValid())
            annotation.insert(u"modified"_s, timestamp(h.highlight.modified));
        if (bodies.size() == 1)
            annotation.insert(u"body"_s, bodies.first());
        else if (!bodies.isEmpty())
            annotation.insert(u"body"_s, bodies);
        items.append(annotation);
    }
    for (const auto &[index, related] : content.relations()) {
        const ExportedHighlight &h = content.highlights.at(index);
        items.append(linkingAnnotation(content, h, h.related.at(related)));
    }
    QJsonObject page;
    page.insert(u"type"_s, u"AnnotationPage"_s);
    page.insert(u"startIndex"_s, 0);
    page.insert(u"items"_s, items);
    QJsonObject context;
    context.insert(WebAnnotationIri::Prefix, WebAnnotationIri::Vocabulary);
    QJsonObject collection;
    collection.insert(u"@context"_s, QJsonArray {u"http://www.w3.org/ns/anno.jsonld"_s, context});
    collection.insert(u"id"_s, QString(WebAnnotationIri::article(hash) + u"#annotations"_s));
    collection.insert(u"type"_s, u"AnnotationCollection"_s);
    collection.insert(u"label"_s, article.displayTitle());
    collection.insert(u"total"_s, qint64(items.size()));
    collection.insert(u"generator"_s, QJsonObject {{u"type"_s, u"Software"_s}, {u"name"_s, u"Colloquy"_s}});
    collection.insert(u"first"_s, page);
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace Colloquy
