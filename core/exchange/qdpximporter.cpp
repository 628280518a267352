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

#include <limits>

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
    QHash<QString, qsizetype> codeIndex; ///< by guid; a guid given twice names its last code
    QList<SourceEntry> sources;
    int otherSources = 0;

    const CodeEntry *code(const QString &guid) const
    {
        const auto it = codeIndex.constFind(guid);
        return it == codeIndex.cend() ? nullptr : &codes.at(*it);
    }
};

/// Reads project.qde into a Project, element by element. Refuses a DOCTYPE.
class ProjectParser
{
public:
    explicit ProjectParser(const QByteArray &xml)
        : m_reader(xml)
    { }

    /// The project, or nullopt with `error` set.
    std::optional<Project> parse(QString *error)
    {
        while (!m_reader.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD) {
                // No DTD, no entities: a project never needs them, an attack (XXE, billion laughs) does.
                *error = u"project.qde declares a DOCTYPE, which a REFI-QDA project never has; refused"_s;
                return std::nullopt;
            }
            if (token == QXmlStreamReader::EndElement)
                endElement();
            else if (token == QXmlStreamReader::StartElement && !startElement(error))
                return std::nullopt;
        }
        if (m_reader.hasError()) {
            *error = u"project.qde is not well-formed XML (line %1: %2)"_s.arg(m_reader.lineNumber())
                         .arg(m_reader.errorString());
            return std::nullopt;
        }
        if (!m_sawRoot) {
            *error = u"project.qde is empty"_s;
            return std::nullopt;
        }
        return m_project;
    }

private:
    void endElement()
    {
        const QStringView name = m_reader.name();
        if (name == u"Code" && !m_codeStack.isEmpty())
            m_codeStack.removeLast();
        else if (name == u"PlainTextSelection")
            m_selection = nullptr;
        else if (name == u"TextSource")
            m_source = nullptr;
    }

    bool startElement(QString *error)
    {
        const QStringView name = m_reader.name();
        const QXmlStreamAttributes a = m_reader.attributes();
        if (!m_sawRoot) {
            if (name != u"Project" || m_reader.namespaceUri() != Qdpx::Namespace) {
                *error = u"project.qde is not a REFI-QDA project (no Project in %1)"_s.arg(Qdpx::Namespace);
                return false;
            }
            m_sawRoot = true;
        } else if (name == u"Code") {
            startCode(a);
        } else if (name == u"TextSource") {
            startSource(a);
        } else if (name == u"PictureSource" || name == u"PDFSource" || name == u"AudioSource" ||
            name == u"VideoSource") {
            ++m_project.otherSources;
            m_reader.skipCurrentElement();
        } else if (name == u"PlainTextSelection" && m_source) {
            return startSelection(a, error);
        } else if (name == u"PlainTextContent" && m_source) {
            m_source->plainTextContent = m_reader.readElementText();
            m_source->hasContent = true;
        } else if (name == u"Description") {
            readDescription();
        } else if (name == u"CodeRef" && m_selection) {
            m_selection->codeGuids.append(a.value(u"targetGUID"_s).toString());
        }
        return true;
    }

    void startCode(const QXmlStreamAttributes &a)
    {
        CodeEntry code;
        code.guid = a.value(u"guid"_s).toString();
        code.parentGuid = m_codeStack.value(m_codeStack.size() - 1);
        code.name = a.value(u"name"_s).toString().trimmed();
        code.color = a.value(u"color"_s).toString();
        m_project.codeIndex.insert(code.guid, m_project.codes.size());
        m_project.codes.append(code);
        m_codeStack.append(code.guid);
    }

    void startSource(const QXmlStreamAttributes &a)
    {
        SourceEntry entry;
        entry.guid = a.value(u"guid"_s).toString();
        entry.name = a.value(u"name"_s).toString();
        entry.plainTextPath = a.value(u"plainTextPath"_s).toString();
        m_project.sources.append(entry);
        m_source = &m_project.sources.last();
    }

    bool startSelection(const QXmlStreamAttributes &a, QString *error)
    {
        SelectionEntry entry;
        entry.guid = a.value(u"guid"_s).toString();
        entry.name = a.value(u"name"_s).toString();
        bool okStart = false;
        bool okEnd = false;
        entry.start = a.value(u"startPosition"_s).toLongLong(&okStart);
        entry.end = a.value(u"endPosition"_s).toLongLong(&okEnd);
        if (!okStart || !okEnd) {
            *error = u"project.qde: a selection in '%1' has no valid positions"_s.arg(m_source->name);
            return false;
        }
        m_source->selections.append(entry);
        m_selection = &m_source->selections.last();
        return true;
    }

    /// A Description belongs to the innermost open selection, source or code.
    void readDescription()
    {
        const QString text = m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (m_selection) {
            m_selection->description = text;
        } else if (m_source) {
            m_source->description = text;
        } else if (!m_codeStack.isEmpty()) {
            // The innermost open code's: the schema puts a Description before the sub-codes.
            for (CodeEntry &code : m_project.codes) {
                if (code.guid == m_codeStack.constLast())
                    code.description = text;
            }
        }
    }

    QXmlStreamReader m_reader;
    Project m_project;
    QStringList m_codeStack; ///< guids of the open codes, outermost first
    SourceEntry *m_source = nullptr; ///< the open TextSource
    SelectionEntry *m_selection = nullptr; ///< the open PlainTextSelection
    bool m_sawRoot = false;
};

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

/// A source's plain text with the segments made of it and where each starts in it (locateSegments()).
struct SegmentedText
{
    const QString &text;
    const QList<Segment> &segments;
    QList<qsizetype> starts;
};

/// What a selection should hold and where in the source's text.
struct ExpectedQuote
{
    QString quote;
    qsizetype start = 0;
};

/// A report message about one selection: `format`'s %1 is the source, %2 and
/// %3 the selection's positions; the caller fills any further markers.
QString aboutSelection(const QString &format, const SourceEntry &source, const SelectionEntry &selection)
{
    return format.arg(source.name).arg(selection.start).arg(selection.end);
}

/// Places `expected` at its very offsets inside one segment.
bool placeExactly(PlannedHighlight &h, const SegmentedText &source, const ExpectedQuote &expected)
{
    bool placed = false;
    for (qsizetype i = 0; i < source.segments.size() && !placed; ++i) {
        const qsizetype s = source.starts.at(i);
        const qsizetype qEnd = expected.start + expected.quote.size();
        if (s >= 0 && expected.start >= s && qEnd <= s + source.segments.at(i).text().size()) {
            h.segment = i;
            h.start = expected.start - s;
            h.end = qEnd - s;
            placed = source.segments.at(i).text().mid(h.start, h.end - h.start) == expected.quote;
        }
    }
    return placed;
}

/// Places `quote` by its text: the first occurrence in the segment nearest `expectedStart`.
bool placeByQuote(
    PlannedHighlight &h, const SegmentedText &source, const QString &quote, qsizetype expectedStart)
{
    qsizetype best = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype i = 0; i < source.segments.size(); ++i) {
        const qsizetype at = source.segments.at(i).text().indexOf(quote);
        if (at < 0)
            continue;
        const qsizetype distance =
            source.starts.at(i) >= 0 ? std::abs(source.starts.at(i) + at - expectedStart) : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
            h.segment = i;
            h.start = at;
            h.end = at + quote.size();
        }
    }
    return best >= 0;
}

/**
 * Reads every text source of a parsed project from its archive, segments it
 * and places its selections, writing nothing: what cannot be placed becomes a
 * message in the report; what makes the file unreadable fails the whole
 * import with error() (`path: why`).
 */
class ImportPlanner
{
public:
    ImportPlanner(
        ZipArchiveReader &zip, const Project &project, const QString &path, QdpxImportReport &report)
        : m_zip(zip)
        , m_project(project)
        , m_path(path)
        , m_report(report)
    { }

    /// One plan per readable text source, in project order; nullopt on a failure.
    std::optional<QList<PlannedSource>> plan()
    {
        QList<PlannedSource> planned;
        for (const SourceEntry &source : m_project.sources) {
            QString text;
            switch (readText(source, text)) {
            case TextRead::Failed:
                return std::nullopt;
            case TextRead::Skipped:
                continue;
            case TextRead::Read:
                break;
            }
            std::optional<PlannedSource> plan = planSource(source, text);
            if (!plan)
                return std::nullopt;
            planned.append(*plan);
        }
        return planned;
    }

    QString error() const { return m_error; }

private:
    enum class TextRead
    {
        Read,
        Skipped,
        Failed
    };

    bool fail(const QString &why)
    {
        m_error = u"%1: %2"_s.arg(m_path, why);
        return false;
    }

    /// The source's text, inline or from an `internal://` entry; any other place is skipped.
    TextRead readText(const SourceEntry &source, QString &text)
    {
        if (source.hasContent && source.plainTextPath.isEmpty()) {
            text = source.plainTextContent;
            return TextRead::Read;
        }
        if (!source.plainTextPath.startsWith(u"internal://"_s)) {
            // relative:// and absolute paths point outside the archive: never followed.
            m_report.messages.append(u"source '%1' skipped: its text is not inside the project (%2)"_s.arg(
                source.name, source.plainTextPath));
            return TextRead::Skipped;
        }
        const QString entry = u"sources/"_s + source.plainTextPath.mid(11);
        if (!m_zip.contains(entry)) {
            fail(u"the source '%1' names %2, which the archive does not hold"_s.arg(source.name, entry));
            return TextRead::Failed;
        }
        const std::optional<QByteArray> bytes = m_zip.read(entry);
        if (!bytes) {
            fail(m_zip.errorString());
            return TextRead::Failed;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(*bytes);
        if (decoder.hasError()) {
            fail(u"the text of '%1' is not UTF-8"_s.arg(source.name));
            return TextRead::Failed;
        }
        return TextRead::Read;
    }

    std::optional<PlannedSource> planSource(const SourceEntry &source, const QString &text)
    {
        QString fileName = source.name.isEmpty() ? source.guid : source.name;
        if (!fileName.endsWith(u".txt"_s, Qt::CaseInsensitive))
            fileName += u".txt"_s;
        ReadResult read = ArticleReader::readBytes(text.toUtf8(), fileName, u"text"_s);
        if (!read.article) {
            fail(u"the source '%1' cannot be read: %2"_s.arg(source.name, read.error));
            return std::nullopt;
        }
        PlannedSource plan;
        plan.article = *read.article;
        if (plan.article.title.isEmpty() && !source.name.isEmpty())
            plan.article.title = source.name;
        plan.note = source.description;
        const SegmentedText segmented {
            text, plan.article.segments, locateSegments(text, plan.article.segments)};
        for (const SelectionEntry &selection : source.selections) {
            if (std::optional<PlannedHighlight> h = planSelection(source, selection, segmented))
                plan.highlights.append(*h);
        }
        return plan;
    }

    /// The selection placed in a segment, or nullopt (with a message) when it cannot be.
    std::optional<PlannedHighlight> planSelection(
        const SourceEntry &source, const SelectionEntry &selection, const SegmentedText &segmented)
    {
        const std::optional<ExpectedQuote> expected = expectedQuote(source, selection, segmented.text);
        if (!expected)
            return std::nullopt;
        const QString trimmed = expected->quote.trimmed();
        PlannedHighlight h;
        h.note = selection.description;
        for (const QString &guid : selection.codeGuids) {
            if (m_project.code(guid))
                h.codeGuids.append(guid);
            else
                m_report.messages.append(
                    u"'%1': a coding refers to an unknown code %2; left out"_s.arg(source.name, guid));
        }
        bool placed = placeExactly(h, segmented, *expected);
        if (!placed && !trimmed.isEmpty()) {
            placed = placeByQuote(h, segmented, trimmed, expected->start);
            if (placed)
                m_report.messages.append(
                    aboutSelection(u"'%1': selection %2–%3 placed by its quote \"%4\""_s, source, selection)
                        .arg(trimmed.left(40)));
        }
        if (!placed) {
            m_report.messages.append(
                aboutSelection(u"'%1': selection %2–%3 (\"%4\") spans turns or is not in the text; skipped"_s,
                    source, selection)
                    .arg(trimmed.left(40)));
            return std::nullopt;
        }
        return h;
    }

    /// The selection's text at its offsets, or, when its name (the text, as many tools write it)
    /// says otherwise, the occurrence of the name nearest those offsets; nullopt (with a message) when
    /// neither is in the text.
    std::optional<ExpectedQuote> expectedQuote(
        const SourceEntry &source, const SelectionEntry &selection, const QString &text)
    {
        const qsizetype start = Qdpx::utf16Index(text, selection.start);
        const qsizetype end = Qdpx::utf16Index(text, selection.end);
        if (start < 0 || end < 0 || end <= start) {
            m_report.messages.append(
                aboutSelection(u"'%1': selection %2–%3 lies outside the text; skipped"_s, source, selection));
            return std::nullopt;
        }
        ExpectedQuote expected {text.mid(start, end - start), start};
        const QString named = selection.name.trimmed();
        if (named.isEmpty() || expected.quote.trimmed().startsWith(named))
            return expected;
        qsizetype best = -1;
        for (qsizetype at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
            if (best < 0 || std::abs(at - start) < std::abs(best - start))
                best = at;
        }
        if (best < 0) {
            m_report.messages.append(aboutSelection(
                u"'%1': selection %2–%3 should hold \"%4\", which is not in the text; skipped"_s, source,
                selection)
                                         .arg(named.left(40)));
            return std::nullopt;
        }
        m_report.messages.append(aboutSelection(
            u"'%1': selection %2–%3 does not hold \"%4\"; placed by its quote"_s, source, selection)
                                     .arg(named.left(40)));
        return ExpectedQuote {named, best};
    }

    ZipArchiveReader &m_zip;
    const Project &m_project;
    const QString &m_path;
    QdpxImportReport &m_report;
    QString m_error;
};

/**
 * Writes a plan into the library: the articles first (the store has no undo
 * for them), then the codes as themes, the notes and the highlights with
 * their codings as one undo step. On a failure it takes back what it wrote
 * and why() says what failed.
 */
class ImportWriter
{
public:
    ImportWriter(Annotations *annotations, const Project &project, QdpxImportReport &report)
        : m_annotations(annotations)
        , m_store(annotations->store())
        , m_project(project)
        , m_report(report)
    { }

    bool write(QList<PlannedSource> &planned)
    {
        if (!addArticles(planned)) {
            removeAddedArticles();
            return false;
        }
        QUndoStack *stack = m_annotations->undoStack();
        const int indexBefore = stack->index();
        m_annotations->beginMacro(u"Import REFI-QDA project"_s);
        const bool ok = writeAnnotations(planned);
        m_annotations->endMacro();
        if (!ok) {
            if (stack->index() > indexBefore)
                stack->undo();
            removeAddedArticles();
        }
        return ok;
    }

    QString why() const { return m_why; }

private:
    bool failed()
    {
        m_why = m_annotations->errorString();
        return false;
    }

    bool addArticles(QList<PlannedSource> &planned)
    {
        for (PlannedSource &plan : planned) {
            const AddResult added = m_store->addArticle(plan.article);
            if (!added.error.isEmpty()) {
                m_why = added.error;
                return false;
            }
            if (added.created) {
                m_created.append(added.id);
                ++m_report.articlesCreated;
            }
            plan.article.id = added.id;
            m_report.articleIds.append(added.id);
        }
        return true;
    }

    void removeAddedArticles()
    {
        for (qint64 id : std::as_const(m_created))
            m_store->removeArticle(id);
    }

    bool writeAnnotations(const QList<PlannedSource> &planned)
    {
        if (!createThemes())
            return false;
        // The highlights with their notes and codings go in one transaction, and
        // the codings of highlights the library already had in one more.
        for (const PlannedSource &plan : planned) {
            if (!plan.note.isEmpty() && !m_annotations->setArticleNote(plan.article.id, plan.note))
                return failed();
            const QList<Highlight> already = m_store->highlights(plan.article.id).valueOr({});
            for (const PlannedHighlight &h : plan.highlights) {
                if (const qint64 highlightId = sameSpan(already, h))
                    tagLater(highlightId, themeIdsOf(h));
                else
                    addLater(plan.article.id, h);
            }
        }
        if (!m_annotations->addHighlights(m_toAdd, u"Import REFI-QDA project"_s))
            return failed();
        if (!m_annotations->tagHighlights(m_toTag))
            return failed();
        return true;
    }

    /// Each code as a theme: an existing theme of its name under its parent, else a new one.
    bool createThemes()
    {
        Codebook codebook(m_store->themes().valueOr({}));
        for (const CodeEntry &code : m_project.codes) {
            const qint64 parent = code.parentGuid.isEmpty() ? 0 : m_themeOfGuid.value(code.parentGuid);
            const std::optional<Theme> existing = codebook.findChild(parent, code.name);
            qint64 id = existing ? existing->id : 0;
            if (!id) {
                const std::optional<qint64> made =
                    m_annotations->createTheme(code.name.isEmpty() ? u"Unnamed code"_s : code.name, parent,
                        Qdpx::nearestColour(code.color), code.description);
                if (!made)
                    return failed();
                id = *made;
                ++m_report.themesCreated;
                // Sibling codes of the same name (REFI allows them, Colloquy does not) become one theme.
                codebook.insert(**m_store->theme(id));
            }
            m_themeOfGuid.insert(code.guid, id);
        }
        return true;
    }

    QList<qint64> themeIdsOf(const PlannedHighlight &h) const
    {
        QList<qint64> themeIds;
        for (const QString &guid : h.codeGuids) {
            const qint64 themeId = m_themeOfGuid.value(guid);
            if (!themeIds.contains(themeId))
                themeIds.append(themeId);
        }
        return themeIds;
    }

    /// The highlight among `already` over the very span of `h`; 0 when there is none.
    static qint64 sameSpan(const QList<Highlight> &already, const PlannedHighlight &h)
    {
        qint64 highlightId = 0;
        for (const Highlight &old : already) {
            if (old.anchor.segment == h.segment && old.anchor.position.start == h.start &&
                old.anchor.position.end == h.end)
                highlightId = old.id;
        }
        return highlightId;
    }

    /// Codings of a highlight the library already has: the themes it lacks.
    void tagLater(qint64 highlightId, const QList<qint64> &themeIds)
    {
        const QList<qint64> tagged = m_store->themeIdsOfHighlight(highlightId).valueOr({});
        for (const qint64 themeId : themeIds) {
            const Tagging tagging {highlightId, themeId};
            if (!tagged.contains(themeId) && !m_toTag.contains(tagging)) {
                m_toTag.append(tagging);
                ++m_report.codings;
            }
        }
    }

    /// A new highlight; a second selection of the same span adds its codings to the first.
    void addLater(qint64 articleId, const PlannedHighlight &h)
    {
        const QList<qint64> themeIds = themeIdsOf(h);
        const QString key = u"%1:%2:%3:%4"_s.arg(articleId).arg(h.segment).arg(h.start).arg(h.end);
        if (const auto at = m_toAddAt.constFind(key); at != m_toAddAt.cend()) {
            QList<qint64> &pending = m_toAdd[*at].themeIds;
            for (const qint64 themeId : themeIds) {
                if (!pending.contains(themeId)) {
                    pending.append(themeId);
                    ++m_report.codings;
                }
            }
            return;
        }
        NewHighlight item;
        item.articleId = articleId;
        item.segment = h.segment;
        item.start = h.start;
        item.end = h.end;
        item.colour = h.codeGuids.isEmpty()
            ? HighlightColour::Yellow
            : Qdpx::nearestColour(m_project.code(h.codeGuids.constFirst())->color);
        item.note = h.note;
        item.themeIds = themeIds;
        m_toAddAt.insert(key, m_toAdd.size());
        m_toAdd.append(item);
        ++m_report.highlights;
        m_report.codings += int(themeIds.size());
    }

    Annotations *m_annotations;
    LibraryStore *m_store;
    const Project &m_project;
    QdpxImportReport &m_report;
    QString m_why;
    QList<qint64> m_created; ///< articles this import added, removed again on a failure
    QHash<QString, qint64> m_themeOfGuid;
    QList<NewHighlight> m_toAdd;
    QHash<QString, qsizetype> m_toAddAt; ///< by article and span: one highlight per span
    QList<Tagging> m_toTag;
};

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
    const std::optional<Project> project = ProjectParser(*xml).parse(&error);
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
    ImportPlanner planner(zip, *project, path, report);
    std::optional<QList<PlannedSource>> planned = planner.plan();
    if (!planned) {
        m_error = planner.error();
        return std::nullopt;
    }
    if (planned->isEmpty()) {
        m_error = u"%1 holds no text source Colloquy can read"_s.arg(path);
        return std::nullopt;
    }
    ImportWriter writer(m_annotations, *project, report);
    if (!writer.write(*planned)) {
        m_error = u"%1: %2; the library was left as it was"_s.arg(path, writer.why());
        return std::nullopt;
    }
    return report;
}

} // namespace Colloquy
