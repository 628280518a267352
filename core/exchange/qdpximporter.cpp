#include "exchange/qdpximporter.h"

#include "annotate/annotations.h"
#include "exchange/qdpxformat_p.h"
#include "exchange/qdpximportplanner_p.h"
#include "exchange/qdpxproject_p.h"
#include "model/codebook.h"
#include "store/editstep.h"
#include "store/librarystore.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

using Qdpx::CodeEntry;
using Qdpx::PlannedHighlight;
using Qdpx::PlannedSource;
using Qdpx::Project;

/**
 * Writes a plan into the library as one step (one transaction, one undo
 * step): the articles, the codes as themes, the notes and the highlights with
 * their codings. On a failure nothing of it stays and why() says what failed.
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
        EditStep step(*m_annotations->history(), u"Import REFI-QDA project"_s);
        if (!addArticles(planned) || !writeAnnotations(planned))
            return false; // the step takes back what was written
        if (step.commit())
            return true;
        m_why = m_annotations->history()->errorString();
        return false;
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
            if (added.created)
                ++m_report.articlesCreated;
            plan.article.id = added.id;
            m_report.articleIds.append(added.id);
        }
        return true;
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
            const QHash<QString, qint64> already = highlightsBySpan(plan.article.id);
            for (const PlannedHighlight &h : plan.highlights) {
                if (const qint64 highlightId = already.value(spanKey(h.segment, h.start, h.end)))
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

    static QString spanKey(qsizetype segment, qsizetype start, qsizetype end)
    {
        return u"%1:%2:%3"_s.arg(segment).arg(start).arg(end);
    }

    /// The article's highlights by their span: what a selection of the very same span joins.
    QHash<QString, qint64> highlightsBySpan(qint64 articleId) const
    {
        QHash<QString, qint64> bySpan;
        for (const Highlight &old : m_store->highlights(articleId).valueOr({}))
            bySpan.insert(
                spanKey(old.anchor.segment, old.anchor.position.start, old.anchor.position.end), old.id);
        return bySpan;
    }

    /// Codings of a highlight the library already has: the themes it lacks.
    void tagLater(qint64 highlightId, const QList<qint64> &themeIds)
    {
        const QList<qint64> tagged = m_store->themeIdsOfHighlight(highlightId).valueOr({});
        for (const qint64 themeId : themeIds) {
            if (!tagged.contains(themeId) && !m_tagged.contains({highlightId, themeId})) {
                m_tagged.insert({highlightId, themeId});
                m_toTag.append(Tagging {highlightId, themeId});
                ++m_report.codings;
            }
        }
    }

    /// A new highlight; a second selection of the same span adds its codings to the first.
    void addLater(qint64 articleId, const PlannedHighlight &h)
    {
        const QList<qint64> themeIds = themeIdsOf(h);
        const QString key = u"%1:"_s.arg(articleId) + spanKey(h.segment, h.start, h.end);
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
    QHash<QString, qint64> m_themeOfGuid;
    QList<NewHighlight> m_toAdd;
    QHash<QString, qsizetype> m_toAddAt; ///< by article and span: one highlight per span
    QList<Tagging> m_toTag;
    QSet<std::pair<qint64, qint64>> m_tagged; ///< m_toTag as highlight and theme ids, to look up
};

} // namespace

QdpxImporter::QdpxImporter(Annotations *annotations, const ZipLimits &limits, const QdpxLimits &projectLimits)
    : m_annotations(annotations)
    , m_limits(limits)
    , m_projectLimits(projectLimits)
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
    const std::optional<Project> project = Qdpx::parseProject(*xml, m_projectLimits, &error);
    if (!project) {
        m_error = u"%1: %2"_s.arg(path, error);
        return std::nullopt;
    }

    QdpxImportReport report;
    if (project->otherSources > 0)
        report.messages.append(
            u"%1 picture, PDF, audio or video sources skipped: Colloquy reads text sources"_s.arg(
                project->otherSources));
    if (project->flattenedCodes > 0)
        report.messages.append(
            u"%1 codes nested deeper than %2 levels were put at level %2"_s.arg(project->flattenedCodes)
                .arg(m_projectLimits.maxCodeDepth));

    // Read and check everything before writing anything.
    Qdpx::ImportPlanner planner(zip, *project, path, m_projectLimits, report);
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
