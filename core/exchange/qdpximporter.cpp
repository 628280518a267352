#include "exchange/qdpximporter.h"

#include "annotate/annotations.h"
#include "exchange/qdpxformat_p.h"
#include "import/articlereader.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <QHash>
#include <QStringDecoder>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

struct CodeEntry
{
    QString guid;
    QString parentGuid;
    QString name;
    QString color;
    QString description;
};

struct SelectionEntry
{
    QString guid;
    QString name; ///< many tools (Colloquy too) put the selected text, or its start, here
    qint64 start = 0;
    qint64 end = 0;
    QString description;
    QStringList codeGuids;
};

struct SourceEntry
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
    bool hasContent = false;
    QString description;
    QList<SelectionEntry> selections;
};

struct Project
{
    QList<CodeEntry> codes; ///< parents before children
    QList<SourceEntry> sources;
    int otherSources = 0;
};

std::optional<Project> parseProject(const QByteArray &xml, QString *error)
{
    Project project;
    QXmlStreamReader r(xml);
    QStringList codeStack;
    SourceEntry *source = nullptr;
    SelectionEntry *selection = nullptr;
    bool sawRoot = false;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType token = r.readNext();
        if (token == QXmlStreamReader::DTD) {
            // No DTD, no entities: a project never needs them, an attack (XXE, billion laughs) does.
            *error = u"project.qde declares a DOCTYPE, which a REFI-QDA project never has; refused"_s;
            return std::nullopt;
        }
        if (token == QXmlStreamReader::EndElement) {
            const QStringView name = r.name();
            if (name == u"Code" && !codeStack.isEmpty())
                codeStack.removeLast();
            else if (name == u"PlainTextSelection")
                selection = nullptr;
            else if (name == u"TextSource")
                source = nullptr;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = r.name();
        const QXmlStreamAttributes a = r.attributes();
        if (!sawRoot) {
            if (name != u"Project" || r.namespaceUri() != Qdpx::Namespace) {
                *error = u"project.qde is not a REFI-QDA project (no Project in %1)"_s.arg(Qdpx::Namespace);
                return std::nullopt;
            }
            sawRoot = true;
            continue;
        }
        if (name == u"Code") {
            CodeEntry code;
            code.guid = a.value(u"guid"_s).toString();
            code.parentGuid = codeStack.value(codeStack.size() - 1);
            code.name = a.value(u"name"_s).toString().trimmed();
            code.color = a.value(u"color"_s).toString();
            project.codes.append(code);
            codeStack.append(code.guid);
        } else if (name == u"TextSource") {
            SourceEntry entry;
            entry.guid = a.value(u"guid"_s).toString();
            entry.name = a.value(u"name"_s).toString();
            entry.plainTextPath = a.value(u"plainTextPath"_s).toString();
            project.sources.append(entry);
            source = &project.sources.last();
        } else if (name == u"PictureSource" || name == u"PDFSource" || name == u"AudioSource" ||
            name == u"VideoSource") {
            ++project.otherSources;
            r.skipCurrentElement();
        } else if (name == u"PlainTextSelection" && source) {
            SelectionEntry entry;
            entry.guid = a.value(u"guid"_s).toString();
            entry.name = a.value(u"name"_s).toString();
            bool okStart = false;
            bool okEnd = false;
            entry.start = a.value(u"startPosition"_s).toLongLong(&okStart);
            entry.end = a.value(u"endPosition"_s).toLongLong(&okEnd);
            if (!okStart || !okEnd) {
                *error = u"project.qde: a selection in '%1' has no valid positions"_s.arg(source->name);
                return std::nullopt;
            }
            source->selections.append(entry);
            selection = &source->selections.last();
        } else if (name == u"PlainTextContent" && source) {
            source->plainTextContent = r.readElementText();
            source->hasContent = true;
        } else if (name == u"Description") {
            const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (selection)
                selection->description = text;
            else if (source)
                source->description = text;
            else if (!codeStack.isEmpty()) {
                // The innermost open code's: the schema puts a Description before the sub-codes.
                for (CodeEntry &code : project.codes) {
                    if (code.guid == codeStack.constLast())
                        code.description = text;
                }
            }
        } else if (name == u"CodeRef" && selection) {
            selection->codeGuids.append(a.value(u"targetGUID"_s).toString());
        }
    }
    if (r.hasError()) {
        *error =
            u"project.qde is not well-formed XML (line %1: %2)"_s.arg(r.lineNumber()).arg(r.errorString());
        return std::nullopt;
    }
    if (!sawRoot) {
        *error = u"project.qde is empty"_s;
        return std::nullopt;
    }
    return project;
}

struct PlannedHighlight
{
    qsizetype segment = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString note;
    QStringList codeGuids;
};

struct PlannedSource
{
    Article article;
    QString note;
    QList<PlannedHighlight> highlights;
};

// Where each segment's text() starts in `text`, or -1 when its paragraphs are not there verbatim
// one a line (the segmenter joined wrapped lines, or normalisation changed spaces).
QList<qsizetype> locateSegments(const QString &text, const QList<Segment> &segments)
{
    QList<qsizetype> starts;
    qsizetype cursor = 0;
    for (const Segment &segment : segments) {
        const QString body = segment.text();
        const qsizetype at = body.isEmpty() ? -1 : text.indexOf(body, cursor);
        starts.append(at);
        if (at >= 0)
            cursor = at + body.size();
    }
    return starts;
}

} // namespace

QdpxImporter::QdpxImporter(Annotations *annotations, const ZipLimits &limits)
    : m_annotations(annotations)
    , m_limits(limits)
{ }

std::optional<QdpxImportReport> QdpxImporter::importFile(const QString &path)
{
    m_error.clear();
    ZipArchiveReader zip(m_limits);
    if (!zip.open(path)) {
        m_error = zip.errorString();
        return std::nullopt;
    }
    const std::optional<QByteArray> xml = zip.read(Qdpx::ProjectEntry.toString());
    if (!xml) {
        m_error = u"%1: %2"_s.arg(path, zip.errorString());
        return std::nullopt;
    }
    QString error;
    const std::optional<Project> project = parseProject(*xml, &error);
    if (!project) {
        m_error = u"%1: %2"_s.arg(path, error);
        return std::nullopt;
    }

    QdpxImportReport report;
    if (project->otherSources > 0)
        report.messages.append(
            u"%1 picture, PDF, audio or video sources skipped: Colloquy reads text sources"_s.arg(
                project->otherSources));

    // Read and check everything before writing anything.
    QHash<QString, const CodeEntry *> codeByGuid;
    for (const CodeEntry &code : project->codes)
        codeByGuid.insert(code.guid, &code);
    QList<PlannedSource> planned;
    for (const SourceEntry &source : project->sources) {
        QString text;
        if (source.hasContent && source.plainTextPath.isEmpty()) {
            text = source.plainTextContent;
        } else if (source.plainTextPath.startsWith(u"internal://"_s)) {
            const QString entry = u"sources/"_s + source.plainTextPath.mid(11);
            if (!zip.contains(entry)) {
                m_error = u"%1: the source '%2' names %3, which the archive does not hold"_s.arg(
                    path, source.name, entry);
                return std::nullopt;
            }
            const std::optional<QByteArray> bytes = zip.read(entry);
            if (!bytes) {
                m_error = u"%1: %2"_s.arg(path, zip.errorString());
                return std::nullopt;
            }
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            text = decoder.decode(*bytes);
            if (decoder.hasError()) {
                m_error = u"%1: the text of '%2' is not UTF-8"_s.arg(path, source.name);
                return std::nullopt;
            }
        } else {
            // relative:// and absolute paths point outside the archive: never followed.
            report.messages.append(u"source '%1' skipped: its text is not inside the project (%2)"_s.arg(
                source.name, source.plainTextPath));
            continue;
        }
        QString fileName = source.name.isEmpty() ? source.guid : source.name;
        if (!fileName.endsWith(u".txt"_s, Qt::CaseInsensitive))
            fileName += u".txt"_s;
        ReadResult read = ArticleReader::readBytes(text.toUtf8(), fileName, u"text"_s);
        if (!read.article) {
            m_error = u"%1: the source '%2' cannot be read: %3"_s.arg(path, source.name, read.error);
            return std::nullopt;
        }
        PlannedSource plan;
        plan.article = *read.article;
        if (plan.article.title.isEmpty() && !source.name.isEmpty())
            plan.article.title = source.name;
        plan.note = source.description;
        const QList<Segment> &segments = plan.article.segments;
        const QList<qsizetype> starts = locateSegments(text, segments);
        for (const SelectionEntry &selection : source.selections) {
            const qsizetype start = Qdpx::utf16Index(text, selection.start);
            const qsizetype end = Qdpx::utf16Index(text, selection.end);
            if (start < 0 || end < 0 || end <= start) {
                report.messages.append(
                    u"'%1': selection %2–%3 lies outside the text; skipped"_s.arg(source.name)
                        .arg(selection.start)
                        .arg(selection.end));
                continue;
            }
            QString quote = text.mid(start, end - start);
            qsizetype expectedStart = start;
            // The name, when it is text, says what the selection should hold: verify the offsets by it.
            const QString named = selection.name.trimmed();
            if (!named.isEmpty() && !quote.trimmed().startsWith(named)) {
                qsizetype best = -1;
                for (qsizetype at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
                    if (best < 0 || std::abs(at - start) < std::abs(best - start))
                        best = at;
                }
                if (best < 0) {
                    report.messages.append(
                        u"'%1': selection %2–%3 should hold \"%4\", which is not in the text; skipped"_s
                            .arg(source.name)
                            .arg(selection.start)
                            .arg(selection.end)
                            .arg(named.left(40)));
                    continue;
                }
                report.messages.append(
                    u"'%1': selection %2–%3 does not hold \"%4\"; placed by its quote"_s.arg(source.name)
                        .arg(selection.start)
                        .arg(selection.end)
                        .arg(named.left(40)));
                quote = named;
                expectedStart = best;
            }
            const QString trimmed = quote.trimmed();
            PlannedHighlight h;
            h.note = selection.description;
            for (const QString &guid : selection.codeGuids) {
                if (codeByGuid.contains(guid))
                    h.codeGuids.append(guid);
                else
                    report.messages.append(
                        u"'%1': a coding refers to an unknown code %2; left out"_s.arg(source.name, guid));
            }
            bool placed = false;
            for (qsizetype i = 0; i < segments.size() && !placed; ++i) {
                const qsizetype s = starts.at(i);
                const qsizetype qEnd = expectedStart + quote.size();
                if (s >= 0 && expectedStart >= s && qEnd <= s + segments.at(i).text().size()) {
                    h.segment = i;
                    h.start = expectedStart - s;
                    h.end = qEnd - s;
                    placed = segments.at(i).text().mid(h.start, h.end - h.start) == quote;
                }
            }
            if (!placed && !trimmed.isEmpty()) {
                // By quote: the first occurrence in the segment nearest the stated place.
                qsizetype best = -1;
                qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
                for (qsizetype i = 0; i < segments.size(); ++i) {
                    const qsizetype at = segments.at(i).text().indexOf(trimmed);
                    if (at < 0)
                        continue;
                    const qsizetype distance =
                        starts.at(i) >= 0 ? std::abs(starts.at(i) + at - expectedStart) : 0;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = i;
                        h.segment = i;
                        h.start = at;
                        h.end = at + trimmed.size();
                    }
                }
                placed = best >= 0;
                if (placed)
                    report.messages.append(
                        u"'%1': selection %2–%3 placed by its quote \"%4\""_s.arg(source.name)
                            .arg(selection.start)
                            .arg(selection.end)
                            .arg(trimmed.left(40)));
            }
            if (!placed) {
                report.messages.append(
                    u"'%1': selection %2–%3 (\"%4\") spans turns or is not in the text; skipped"_s
                        .arg(source.name)
                        .arg(selection.start)
                        .arg(selection.end)
                        .arg(trimmed.left(40)));
                continue;
            }
            plan.highlights.append(h);
        }
        planned.append(plan);
    }
    if (planned.isEmpty()) {
        m_error = u"%1 holds no text source Colloquy can read"_s.arg(path);
        return std::nullopt;
    }

    // Write: articles first (the store has no undo for them), then every annotation as one undo step.
    LibraryStore *store = m_annotations->store();
    QList<qint64> created;
    const auto rollBack = [&](const QString &why) {
        for (qint64 id : std::as_const(created))
            store->removeArticle(id);
        m_error = u"%1: %2; the library was left as it was"_s.arg(path, why);
    };
    for (PlannedSource &plan : planned) {
        const AddResult added = store->addArticle(plan.article);
        if (!added.error.isEmpty()) {
            rollBack(added.error);
            return std::nullopt;
        }
        if (added.created) {
            created.append(added.id);
            ++report.articlesCreated;
        }
        plan.article.id = added.id;
        report.articleIds.append(added.id);
    }

    QUndoStack *stack = m_annotations->undoStack();
    const int indexBefore = stack->index();
    m_annotations->beginMacro(u"Import REFI-QDA project"_s);
    bool ok = true;
    QString why;
    const auto failWith = [&](const QString &message) {
        ok = false;
        why = message;
    };
    QHash<QString, qint64> themeOfGuid;
    Codebook codebook(store->themes());
    for (const CodeEntry &code : project->codes) {
        if (!ok)
            break;
        const qint64 parent = code.parentGuid.isEmpty() ? 0 : themeOfGuid.value(code.parentGuid);
        const std::optional<Theme> existing = codebook.findChild(parent, code.name);
        qint64 id = existing ? existing->id : 0;
        if (!id) {
            const std::optional<qint64> made =
                m_annotations->createTheme(code.name.isEmpty() ? u"Unnamed code"_s : code.name, parent,
                    Qdpx::nearestColour(code.color), code.description);
            if (!made) {
                failWith(m_annotations->errorString());
                break;
            }
            id = *made;
            ++report.themesCreated;
            // Sibling codes of the same name (REFI allows them, Colloquy does not) become one theme.
            codebook.insert(*store->theme(id));
        }
        themeOfGuid.insert(code.guid, id);
    }
    // The highlights with their notes and codings go in one transaction, and
    // the codings of highlights the library already had in one more.
    QList<NewHighlight> toAdd;
    QHash<QString, qsizetype> toAddAt; // by article and span: one highlight per span
    QList<Tagging> toTag;
    for (const PlannedSource &plan : std::as_const(planned)) {
        if (!ok)
            break;
        if (!plan.note.isEmpty() && !m_annotations->setArticleNote(plan.article.id, plan.note)) {
            failWith(m_annotations->errorString());
            break;
        }
        const QList<Highlight> already = store->highlights(plan.article.id);
        for (const PlannedHighlight &h : plan.highlights) {
            QList<qint64> themeIds;
            for (const QString &guid : h.codeGuids) {
                const qint64 themeId = themeOfGuid.value(guid);
                if (!themeIds.contains(themeId))
                    themeIds.append(themeId);
            }
            qint64 highlightId = 0;
            for (const Highlight &old : already) {
                if (old.anchor.segment == h.segment && old.anchor.position.start == h.start &&
                    old.anchor.position.end == h.end)
                    highlightId = old.id;
            }
            if (highlightId) {
                const QList<qint64> tagged = store->themeIdsOfHighlight(highlightId);
                for (const qint64 themeId : std::as_const(themeIds)) {
                    const Tagging tagging {highlightId, themeId};
                    if (!tagged.contains(themeId) && !toTag.contains(tagging)) {
                        toTag.append(tagging);
                        ++report.codings;
                    }
                }
                continue;
            }
            const QString key = u"%1:%2:%3:%4"_s.arg(plan.article.id).arg(h.segment).arg(h.start).arg(h.end);
            if (const auto at = toAddAt.constFind(key); at != toAddAt.cend()) {
                QList<qint64> &pending = toAdd[*at].themeIds;
                for (const qint64 themeId : std::as_const(themeIds)) {
                    if (!pending.contains(themeId)) {
                        pending.append(themeId);
                        ++report.codings;
                    }
                }
                continue;
            }
            NewHighlight item;
            item.articleId = plan.article.id;
            item.segment = h.segment;
            item.start = h.start;
            item.end = h.end;
            item.colour = h.codeGuids.isEmpty()
                ? HighlightColour::Yellow
                : Qdpx::nearestColour(codeByGuid.value(h.codeGuids.constFirst())->color);
            item.note = h.note;
            item.themeIds = themeIds;
            toAddAt.insert(key, toAdd.size());
            toAdd.append(item);
            ++report.highlights;
            report.codings += int(themeIds.size());
        }
    }
    if (ok && !m_annotations->addHighlights(toAdd, u"Import REFI-QDA project"_s))
        failWith(m_annotations->errorString());
    if (ok && !m_annotations->tagHighlights(toTag))
        failWith(m_annotations->errorString());
    m_annotations->endMacro();
    if (!ok) {
        if (stack->index() > indexBefore)
            stack->undo();
        rollBack(why);
        return std::nullopt;
    }
    return report;
}

} // namespace Colloquy
