#include "export/webannotationimporter.h"

#include "anchor/anchorer.h"
#include "annotate/annotations.h"
#include "compare/claimrelations.h"
#include "export/webannotationiri_p.h"
#include "import/cappedreader.h"
#include "model/codebook.h"
#include "store/editstep.h"
#include "store/librarystore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// Annotations read from one file: far more than a person makes on one article, few enough that
/// anchoring them all stays within seconds.
constexpr int MaxAnnotations = 20000;
/// Levels of a theme path and themes of one annotation; deeper or more are left out.
constexpr int MaxThemeDepth = 32;
constexpr int MaxThemesPerAnnotation = 100;
/// Orphans listed in the report by their quote; the others are only counted.
constexpr int MaxListedOrphans = 200;

/// One annotation of the file as far as Colloquy understands it.
struct ParsedAnnotation
{
    QString id = {};
    WebAnnotationIri::Source source = {};
    TextQuoteSelector quote = {};
    std::optional<TextPositionSelector> position = {};
    HighlightColour colour = HighlightColour::Yellow;
    QStringList notes = {};
    /// Theme paths with the colour a missing theme is created in.
    QList<QPair<QStringList, HighlightColour>> themes = {};
};

/// A linking annotation: two claims, `from` then `to`, and how the first relates to the second.
struct ParsedLink
{
    RelationKind kind = RelationKind::AgreesWith;
    /// Each an annotation IRI (a string, or an object's `id`) and, for a claim outside the file, a
    /// SpecificResource with its source and selectors.
    QJsonValue from = {};
    QJsonValue to = {};
};

/// What Colloquy reads of a file: the highlights, then the links between them.
struct ParsedDocument
{
    QList<ParsedAnnotation> annotations = {};
    QList<ParsedLink> links = {};
    /// Linking annotations that name no relation Colloquy knows, or not two targets.
    int unreadableLinks = 0;
};

/// A JSON-LD value that may be one item or an array of them, as a list.
QJsonArray many(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray {value};
}

/// The first string of a value that may be an array; empty when there is none.
QString firstString(const QJsonValue &value)
{
    const QJsonArray values = many(value);
    return values.isEmpty() ? QString() : values.first().toString();
}

bool hasType(const QJsonObject &object, const QString &type)
{
    for (const QJsonValue &value : many(object.value(u"type"_s)))
        if (value.toString() == type)
            return true;
    return false;
}

/// The extension property under its compact or its full name.
QJsonValue extension(const QJsonObject &object, const QString &compact)
{
    if (object.contains(compact))
        return object.value(compact);
    return object.value(WebAnnotationIri::Vocabulary + compact.section(u':', 1));
}

HighlightColour colourOf(const QJsonObject &object)
{
    return colourFromName(extension(object, WebAnnotationIri::ColourKey).toString())
        .value_or(HighlightColour::Yellow);
}

/// The source and the selectors of `target` (an IRI, or a SpecificResource) into `parsed`.
void parseTarget(const QJsonValue &target, ParsedAnnotation &parsed)
{
    const QJsonObject targetObject = target.toObject();
    parsed.source = WebAnnotationIri::parseSource(
        target.isString() ? target.toString() : targetObject.value(u"source"_s).toString());
    for (const QJsonValue &value : many(targetObject.value(u"selector"_s))) {
        const QJsonObject selector = value.toObject();
        if (hasType(selector, u"TextQuoteSelector"_s)) {
            parsed.quote.exact = selector.value(u"exact"_s).toString();
            parsed.quote.prefix = selector.value(u"prefix"_s).toString();
            parsed.quote.suffix = selector.value(u"suffix"_s).toString();
        } else if (hasType(selector, u"TextPositionSelector"_s)) {
            const qint64 start = selector.value(u"start"_s).toInteger(-1);
            const qint64 end = selector.value(u"end"_s).toInteger(-1);
            if (start >= 0 && end >= start)
                parsed.position = TextPositionSelector {start, end};
        }
    }
}

ParsedAnnotation parse(const QJsonObject &object)
{
    ParsedAnnotation parsed;
    parsed.id = object.value(u"id"_s).toString();
    parsed.colour = colourOf(object);
    const QJsonArray targets = many(object.value(u"target"_s));
    parseTarget(targets.isEmpty() ? QJsonValue() : targets.first(), parsed);

    // A body's purpose defaults to the annotation's motivation.
    const QString motivation = firstString(object.value(u"motivation"_s));
    if (object.value(u"bodyValue"_s).isString())
        parsed.notes.append(object.value(u"bodyValue"_s).toString());
    for (const QJsonValue &value : many(object.value(u"body"_s))) {
        const QJsonObject body = value.toObject();
        if (!hasType(body, u"TextualBody"_s) && !body.contains(u"value"_s))
            continue;
        const QString text = body.value(u"value"_s).toString().trimmed();
        if (text.isEmpty())
            continue;
        const QString purpose =
            body.contains(u"purpose"_s) ? firstString(body.value(u"purpose"_s)) : motivation;
        if (purpose == u"tagging"_s) {
            QStringList path;
            for (const QString &part : text.split(u'/', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    path.append(part.trimmed());
            }
            if (!path.isEmpty() && parsed.themes.size() < MaxThemesPerAnnotation)
                parsed.themes.append({path.mid(0, MaxThemeDepth), colourOf(body)});
        } else {
            parsed.notes.append(text);
        }
    }
    return parsed;
}

/// A `linking` annotation with two targets and a body naming a relation; nullopt when it is not one.
std::optional<ParsedLink> parseLink(const QJsonObject &object)
{
    const QJsonArray targets = many(object.value(u"target"_s));
    if (targets.size() != 2)
        return std::nullopt;
    for (const QJsonValue &value : many(object.value(u"body"_s))) {
        const QJsonValue text = value.isObject() ? value.toObject().value(u"value"_s) : value;
        if (const std::optional<RelationKind> kind = relationKindFromName(text.toString().trimmed()))
            return ParsedLink {*kind, targets.at(0), targets.at(1)};
    }
    return std::nullopt;
}

bool isLinking(const QJsonObject &object)
{
    for (const QJsonValue &motivation : many(object.value(u"motivation"_s))) {
        if (motivation.toString() == u"linking"_s)
            return true;
    }
    return false;
}

/// The annotations of a Web Annotation document: a collection's first page,
/// a page, an array, or one annotation. Nullopt with `error` set when it is none of them.
std::optional<ParsedDocument> parseDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = u"not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        if (hasType(root, u"AnnotationCollection"_s)) {
            items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        } else if (hasType(root, u"AnnotationPage"_s)) {
            items = root.value(u"items"_s).toArray();
        } else if (hasType(root, u"Annotation"_s)) {
            items = QJsonArray {root};
        } else {
            *error = u"not a Web Annotation file: no Annotation, AnnotationPage or AnnotationCollection"_s;
            return std::nullopt;
        }
    }
    if (items.size() > MaxAnnotations) {
        *error =
            u"the file holds %L1 annotations; Colloquy reads at most %L2 from one file"_s.arg(items.size())
                .arg(MaxAnnotations);
        return std::nullopt;
    }
    ParsedDocument parsed;
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject object = item.toObject();
        if (!hasType(object, u"Annotation"_s))
            continue;
        if (!isLinking(object))
            parsed.annotations.append(parse(object));
        else if (const std::optional<ParsedLink> link = parseLink(object))
            parsed.links.append(*link);
        else
            ++parsed.unreadableLinks;
    }
    return parsed;
}

QString spanKey(qsizetype segment, qsizetype start, qsizetype end)
{
    return u"%1:%2:%3"_s.arg(segment).arg(start).arg(end);
}

/// Where `annotation` is in `texts` (the article's segments), found as a stored highlight would be.
AnchorResult anchorOf(const Anchorer &anchorer, const ParsedAnnotation &annotation, const QStringList &texts,
    const QString &articleHash)
{
    Anchor stored;
    stored.segment = annotation.source.segment; // -1 when the file does not say: search everywhere
    stored.quote = annotation.quote;
    if (annotation.position)
        stored.position = *annotation.position;
    // A position without a quote is trusted only on the very text it was made on.
    if (stored.quote.exact.isEmpty() && annotation.position && annotation.source.contentHash == articleHash &&
        stored.segment >= 0 && stored.segment < texts.size())
        stored.quote = quoteSelectorFor(texts.at(stored.segment), stored.position.start, stored.position.end);
    return anchorer.anchor(stored, texts);
}

/// Annotations with the same selectors are found in the same place: each is anchored once (a
/// repeated common quote costs a search of the whole text each time).
class AnchorCache
{
public:
    AnchorCache(const QStringList &texts, const QString &articleHash)
        : m_texts(texts)
        , m_hash(articleHash)
    { }

    AnchorResult anchor(const ParsedAnnotation &annotation)
    {
        const QString key =
            QStringList {QString::number(annotation.source.segment), annotation.source.contentHash,
                annotation.quote.exact, annotation.quote.prefix, annotation.quote.suffix,
                annotation.position ? u"%1-%2"_s.arg(annotation.position->start).arg(annotation.position->end)
                                    : QString()}
                .join(QChar(0));
        if (const auto found = m_found.constFind(key); found != m_found.cend())
            return *found;
        const AnchorResult result = anchorOf(m_anchorer, annotation, m_texts, m_hash);
        m_found.insert(key, result);
        return result;
    }

private:
    const Anchorer m_anchorer {};
    const QStringList &m_texts;
    const QString m_hash;
    QHash<QString, AnchorResult> m_found;
};

/// Only what Annotations accepts: a non-empty span (a fuzzy match could in theory cut a surrogate pair).
bool isPlaceable(const AnchorResult &found, const QStringList &texts)
{
    return found.state != AnchorState::Orphaned && found.position.length() > 0 &&
        splitsNoCharacter(texts.at(found.segment), found.position.start, found.position.end);
}

/// Whether `from` already relates to `to` as `kind` (either way round for a symmetric kind).
bool linkExists(const LibraryStore &store, qint64 from, qint64 to, RelationKind kind)
{
    for (const ClaimRelation &r : store.relationsOfHighlights({from}).valueOr({})) {
        const bool same = r.fromId == from && r.toId == to;
        const bool reversed = r.fromId == to && r.toId == from;
        if (r.kind == kind && (same || (reversed && isSymmetric(kind))))
            return true;
    }
    return false;
}

/// Where the highlights of one import are: the article's spans (spanKey()) with their highlight ids,
/// and each annotation of the file by its id with its span.
struct ImportedClaims
{
    const Article &article;
    const QStringList &texts;
    AnchorCache &anchors;
    QHash<QString, qint64> highlightAt = {};
    QHash<QString, QString> spanOfAnnotation = {};
};

} // namespace

struct WebAnnotationImporter::Private
{
    Annotations *annotations = nullptr;
    ClaimRelations *relations = nullptr;
    QString error;

    std::nullopt_t fail(const QString &message)
    {
        error = message;
        return std::nullopt;
    }

    /// The theme at `path`, created (with its missing ancestors) when absent; 0 on failure.
    qint64 themeAt(const QStringList &path, HighlightColour colour, Codebook &codebook, int &created)
    {
        qint64 parent = 0;
        for (const QString &name : path) {
            if (const std::optional<Theme> found = codebook.findChild(parent, name)) {
                parent = found->id;
                continue;
            }
            const std::optional<qint64> id = annotations->createTheme(name, parent, colour);
            if (!id)
                return 0;
            ++created;
            codebook.insert(Theme {*id, parent, name, colour, {}});
            parent = *id;
        }
        return parent;
    }

    /// `articleId`, or when it is 0 the article whose content hash the annotations name.
    std::optional<qint64> articleFor(const QList<ParsedAnnotation> &parsed, qint64 articleId)
    {
        if (articleId)
            return articleId;
        for (const ParsedAnnotation &annotation : parsed) {
            if (annotation.source.contentHash.isEmpty())
                continue;
            if (const std::optional<qint64> id =
                    annotations->store()
                        ->articleIdByHash(annotation.source.contentHash.toLatin1())
                        .valueOr({}))
                return id;
        }
        return fail(u"no article in the library has the text these annotations were made on; "
                    u"name one with --article ID"_s);
    }

    /// Anchors everything first, then adds it all in one transaction (one undo
    /// step with the themes it needed and the links).
    std::optional<AnnotationImportReport> importInto(const Article &article, const ParsedDocument &document)
    {
        LibraryStore *store = annotations->store();
        QStringList texts;
        for (const Segment &segment : article.segments)
            texts.append(segment.text());
        AnchorCache anchors(texts, QString::fromLatin1(article.contentHash));
        ImportedClaims claims {article, texts, anchors};
        for (const Highlight &highlight : store->highlights(article.id).valueOr({}))
            claims.highlightAt.insert(spanKey(highlight.anchor.segment, highlight.anchor.position.start,
                                          highlight.anchor.position.end),
                highlight.id);

        AnnotationImportReport report;
        report.articleId = article.id;
        report.linksSkipped = document.unreadableLinks;
        Codebook codebook(store->themes().valueOr({}));
        // One step: the themes it creates, the highlights and the links, or nothing.
        EditStep step(*annotations->history(), u"Import annotations"_s);
        QList<NewHighlight> toAdd;
        QStringList toAddSpans;
        QList<AnchorState> states;
        for (const ParsedAnnotation &annotation : document.annotations) {
            const AnchorResult found = anchors.anchor(annotation);
            if (!isPlaceable(found, texts)) {
                if (++report.orphaned <= MaxListedOrphans)
                    report.orphans.append(
                        annotation.quote.exact.isEmpty() ? annotation.id : annotation.quote.exact.left(200));
                continue;
            }
            const QString key = spanKey(found.segment, found.position.start, found.position.end);
            claims.spanOfAnnotation.insert(annotation.id, key);
            if (claims.highlightAt.contains(key)) {
                ++report.duplicates;
                continue;
            }
            claims.highlightAt.insert(key, 0); // its id once added
            NewHighlight item;
            item.articleId = article.id;
            item.segment = found.segment;
            item.start = found.position.start;
            item.end = found.position.end;
            item.colour = annotation.colour;
            item.note = annotation.notes.join(u"\n\n"_s).trimmed();
            for (const auto &[path, colour] : annotation.themes) {
                const qint64 themeId = themeAt(path, colour, codebook, report.themesCreated);
                if (!themeId)
                    return fail(annotations->errorString());
                item.themeIds.append(themeId);
            }
            toAdd.append(item);
            toAddSpans.append(key);
            states.append(found.state);
        }
        const std::optional<QList<qint64>> ids = annotations->addHighlights(toAdd, u"Import annotations"_s);
        if (!ids)
            return fail(annotations->errorString());
        for (qsizetype i = 0; i < ids->size(); ++i)
            claims.highlightAt.insert(toAddSpans.at(i), ids->at(i));
        report.highlightIds = *ids;
        report.anchored = int(std::count(states.cbegin(), states.cend(), AnchorState::Anchored));
        report.moved = int(std::count(states.cbegin(), states.cend(), AnchorState::Moved));
        report.fuzzy = int(states.size()) - report.anchored - report.moved; // placeable: never orphaned
        if (!importLinks(document.links, claims, report))
            return std::nullopt;
        if (!step.commit())
            return fail(annotations->history()->errorString());
        return report;
    }

    /// The highlight a link's target names: an annotation of the file, else the highlight already at the
    /// place a SpecificResource describes (in this article or another of the library); 0 when none.
    qint64 claimOf(const QJsonValue &target, ImportedClaims &claims) const
    {
        const QString id =
            target.isString() ? target.toString() : target.toObject().value(u"id"_s).toString();
        if (const auto span = claims.spanOfAnnotation.constFind(id); span != claims.spanOfAnnotation.cend())
            return claims.highlightAt.value(*span);
        if (!target.isObject())
            return 0;
        ParsedAnnotation place;
        parseTarget(target, place);
        if (place.source.contentHash.isEmpty())
            return 0;
        if (place.source.contentHash.toLatin1() == claims.article.contentHash) {
            const AnchorResult found = claims.anchors.anchor(place);
            return isPlaceable(found, claims.texts)
                ? claims.highlightAt.value(spanKey(found.segment, found.position.start, found.position.end))
                : 0;
        }
        return highlightElsewhere(place);
    }

    /// The highlight of another article of the library at the place `place` describes; 0 when none.
    qint64 highlightElsewhere(const ParsedAnnotation &place) const
    {
        const LibraryStore *store = annotations->store();
        const std::optional<qint64> articleId =
            store->articleIdByHash(place.source.contentHash.toLatin1()).valueOr({});
        const std::optional<Article> other =
            articleId ? store->article(*articleId).valueOr({}) : std::nullopt;
        if (!other)
            return 0;
        QStringList texts;
        for (const Segment &segment : other->segments)
            texts.append(segment.text());
        const AnchorResult found = anchorOf(Anchorer(), place, texts, place.source.contentHash);
        for (const Highlight &h : store->highlights(other->id).valueOr({})) {
            if (found.state != AnchorState::Orphaned && h.anchor.segment == found.segment &&
                h.anchor.position.start == found.position.start &&
                h.anchor.position.end == found.position.end)
                return h.id;
        }
        return 0;
    }

    /// Relates the claims each link names (inside the import's step); false with `error` on failure.
    bool importLinks(const QList<ParsedLink> &links, ImportedClaims &claims, AnnotationImportReport &report)
    {
        for (const ParsedLink &link : links) {
            const qint64 from = claimOf(link.from, claims);
            const qint64 to = claimOf(link.to, claims);
            if (!relations || !from || !to || from == to) {
                ++report.linksSkipped;
                continue;
            }
            if (linkExists(*annotations->store(), from, to, link.kind))
                continue;
            if (!relations->relate(from, to, link.kind)) {
                error = relations->errorString();
                return false;
            }
            ++report.linked;
        }
        return true;
    }
};

WebAnnotationImporter::WebAnnotationImporter(Annotations *annotations, ClaimRelations *relations)
    : d(std::make_unique<Private>())
{
    d->annotations = annotations;
    d->relations = relations;
}

WebAnnotationImporter::~WebAnnotationImporter() = default;

QString WebAnnotationImporter::errorString() const
{
    return d->error;
}

std::optional<AnnotationImportReport> WebAnnotationImporter::importFile(const QString &path, qint64 articleId)
{
    CappedReader reader(CappedReader::DefaultCap, u"an annotation file"_s);
    const std::optional<QByteArray> json = reader.read(path);
    if (!json)
        return d->fail(reader.errorString());
    return importJson(*json, articleId);
}

std::optional<AnnotationImportReport> WebAnnotationImporter::importJson(
    const QByteArray &json, qint64 articleId)
{
    d->error.clear();
    const std::optional<ParsedDocument> parsed = parseDocument(json, &d->error);
    if (!parsed)
        return std::nullopt;
    const std::optional<qint64> id = d->articleFor(parsed->annotations, articleId);
    if (!id)
        return std::nullopt;
    const std::optional<Article> article = d->annotations->store()->article(*id).valueOr({});
    if (!article)
        return d->fail(u"there is no article %1 in the library"_s.arg(*id));
    return d->importInto(*article, *parsed);
}

} // namespace Colloquy
