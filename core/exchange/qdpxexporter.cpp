#include "exchange/qdpxexporter.h"

#include "exchange/qdpxformat_p.h"
#include "exchange/qdpxplaintext_p.h"
#include "exchange/ziparchivewriter_p.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(Qt::ISODate);
}

QString authorOf(const Highlight &h)
{
    return h.author.isEmpty() ? u"unknown"_s : h.author;
}

struct CaseEntry
{
    QString name;
    QString bio;
    QStringList sourceGuids;
    QStringList selectionGuids;
};

/// One article as the project shows it.
struct ExportedArticle
{
    Article article;
    QdpxPlainText text;
    QList<Highlight> highlights;
    QHash<qint64, QList<qint64>> themes; ///< theme ids by highlight id
    QHash<qint64, QString> notes; ///< by highlight id
    QString note;
};

/// Everything the project holds. Read before anything is written: the Users
/// and Cases come before the Sources in the schema.
struct ProjectContent
{
    QList<ExportedArticle> articles;
    QMap<QString, QString> users; ///< name -> guid
    QMap<QString, CaseEntry> cases; ///< speaker name -> case
    Codebook codebook;

    /// Reads the articles, their speakers and their highlights' authors; false with `error` set.
    bool read(const LibraryStore &store, const QList<qint64> &articleIds, QString *error)
    {
        for (qint64 id : articleIds) {
            std::optional<ExportedArticle> e = readArticle(store, id, error);
            if (!e)
                return false;
            addCasesAndUsers(*e);
            articles.append(*e);
        }
        codebook = Codebook(store.themes().valueOr({}));
        return true;
    }

private:
    static std::optional<ExportedArticle> readArticle(const LibraryStore &store, qint64 id, QString *error)
    {
        const Result<Article> article = store.article(id).orFailure(u"no article with id %1"_s.arg(id));
        if (article.failed()) {
            *error = article.error();
            return std::nullopt;
        }
        ExportedArticle e;
        e.article = *article;
        e.text = QdpxPlainText::fromArticle(*article);
        e.highlights = store.highlights(id).valueOr({});
        e.themes = store.themeIdsOfArticle(id).valueOr({});
        e.notes = store.noteTextsOfArticle(id).valueOr({});
        if (const auto note = store.articleNote(id).valueOr({}))
            e.note = note->markdown;
        return e;
    }

    /// Each speaker a case with its articles and highlights; each highlight author a user.
    void addCasesAndUsers(const ExportedArticle &e)
    {
        const QString sourceGuid = Qdpx::guidFor(u"article", QString::number(e.article.id));
        for (const Speaker &speaker : e.article.speakers()) {
            CaseEntry &c = cases[speaker.name];
            c.name = speaker.name;
            if (c.bio.isEmpty())
                c.bio = speaker.bio;
            c.sourceGuids.append(sourceGuid);
        }
        for (const Highlight &h : e.highlights) {
            if (h.state == AnchorState::Orphaned)
                continue;
            users.insert(authorOf(h), Qdpx::guidFor(u"user", authorOf(h)));
            if (!h.speaker.isEmpty())
                cases[h.speaker].selectionGuids.append(Qdpx::guidFor(u"highlight", QString::number(h.id)));
        }
    }
};

/// Writes project.qde, element by element, from a ProjectContent.
class ProjectXmlWriter
{
public:
    ProjectXmlWriter(const ProjectContent &content, QByteArray *xml)
        : m_content(content)
        , w(xml)
    {
        w.setAutoFormatting(true);
    }

    /// The whole document; each source's text goes into `zip`.
    void write(const QString &name, ZipArchiveWriter &zip)
    {
        w.writeStartDocument();
        w.writeDefaultNamespace(Qdpx::Namespace.toString());
        w.writeStartElement(u"Project"_s);
        w.writeAttribute(u"name"_s, name);
        w.writeAttribute(u"origin"_s, u"Colloquy"_s);
        w.writeAttribute(u"creationDateTime"_s, isoTime(QDateTime::currentDateTimeUtc()));
        writeUsers();
        writeCodeBook();
        writeCases();
        w.writeStartElement(u"Sources"_s);
        for (const ExportedArticle &e : m_content.articles) {
            writeSource(e);
            zip.add(u"sources/"_s + sourceGuid(e) + u".txt"_s, e.text.text.toUtf8());
        }
        w.writeEndElement(); // Sources
        w.writeEndElement(); // Project
        w.writeEndDocument();
    }

private:
    static QString sourceGuid(const ExportedArticle &e)
    {
        return Qdpx::guidFor(u"article", QString::number(e.article.id));
    }

    void writeReference(const QString &element, const QString &guid)
    {
        w.writeEmptyElement(element);
        w.writeAttribute(u"targetGUID"_s, guid);
    }

    void writeUsers()
    {
        if (m_content.users.isEmpty())
            return;
        w.writeStartElement(u"Users"_s);
        for (auto it = m_content.users.cbegin(); it != m_content.users.cend(); ++it) {
            w.writeEmptyElement(u"User"_s);
            w.writeAttribute(u"guid"_s, it.value());
            w.writeAttribute(u"name"_s, it.key());
        }
        w.writeEndElement();
    }

    void writeCodeBook()
    {
        if (m_content.codebook.isEmpty())
            return;
        w.writeStartElement(u"CodeBook"_s);
        w.writeStartElement(u"Codes"_s);
        for (const Theme &theme : m_content.codebook.children(0))
            writeCode(theme);
        w.writeEndElement();
        w.writeEndElement();
    }

    /// A theme as a Code, its sub-themes nested inside.
    void writeCode(const Theme &theme)
    {
        w.writeStartElement(u"Code"_s);
        w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"theme", QString::number(theme.id)));
        w.writeAttribute(u"name"_s, theme.name);
        w.writeAttribute(u"isCodable"_s, u"true"_s);
        w.writeAttribute(u"color"_s, Qdpx::hexOf(theme.colour));
        if (!theme.description.isEmpty())
            w.writeTextElement(u"Description"_s, theme.description);
        for (const Theme &child : m_content.codebook.children(theme.id))
            writeCode(child);
        w.writeEndElement();
    }

    void writeCases()
    {
        if (m_content.cases.isEmpty())
            return;
        w.writeStartElement(u"Cases"_s);
        for (const CaseEntry &c : m_content.cases) {
            w.writeStartElement(u"Case"_s);
            w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"speaker", c.name));
            w.writeAttribute(u"name"_s, c.name);
            if (!c.bio.isEmpty())
                w.writeTextElement(u"Description"_s, c.bio);
            for (const QString &guid : c.sourceGuids)
                writeReference(u"SourceRef"_s, guid);
            for (const QString &guid : c.selectionGuids)
                writeReference(u"SelectionRef"_s, guid);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    void writeSource(const ExportedArticle &e)
    {
        const QString guid = sourceGuid(e);
        w.writeStartElement(u"TextSource"_s);
        w.writeAttribute(u"guid"_s, guid);
        w.writeAttribute(u"name"_s, e.article.displayTitle());
        w.writeAttribute(u"plainTextPath"_s, u"internal://"_s + guid + u".txt"_s);
        w.writeAttribute(u"creationDateTime"_s, isoTime(e.article.importedAt));
        if (!e.note.isEmpty())
            w.writeTextElement(u"Description"_s, e.note);
        for (const Highlight &h : e.highlights) {
            if (h.state == AnchorState::Orphaned || h.anchor.segment < 0 ||
                h.anchor.segment >= e.text.segmentStarts.size())
                continue;
            writeSelection(e, h);
        }
        w.writeEndElement();
    }

    /// A highlight as a PlainTextSelection, its note as the description, coded with its themes.
    void writeSelection(const ExportedArticle &e, const Highlight &h)
    {
        const QString &plain = e.text.text;
        const qsizetype base = e.text.segmentStarts.at(h.anchor.segment);
        const qsizetype start = base + h.anchor.position.start;
        const qsizetype end = base + h.anchor.position.end;
        const QString user = m_content.users.value(authorOf(h));
        w.writeStartElement(u"PlainTextSelection"_s);
        w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"highlight", QString::number(h.id)));
        w.writeAttribute(u"name"_s, plain.mid(start, std::min<qsizetype>(end - start, 60)));
        w.writeAttribute(u"startPosition"_s, QString::number(Qdpx::codePointIndex(plain, start)));
        w.writeAttribute(u"endPosition"_s, QString::number(Qdpx::codePointIndex(plain, end)));
        w.writeAttribute(u"creatingUser"_s, user);
        if (h.created.isValid())
            w.writeAttribute(u"creationDateTime"_s, isoTime(h.created));
        const QString note = e.notes.value(h.id);
        if (!note.isEmpty())
            w.writeTextElement(u"Description"_s, note);
        for (qint64 themeId : e.themes.value(h.id)) {
            w.writeStartElement(u"Coding"_s);
            w.writeAttribute(u"guid"_s,
                Qdpx::guidFor(u"tagging", QString(QString::number(h.id) + u'/' + QString::number(themeId))));
            w.writeAttribute(u"creatingUser"_s, user);
            writeReference(u"CodeRef"_s, Qdpx::guidFor(u"theme", QString::number(themeId)));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    const ProjectContent &m_content;
    QXmlStreamWriter w;
};

} // namespace

QdpxExporter::QdpxExporter(LibraryStore *store)
    : m_store(store)
{ }

bool QdpxExporter::exportArticles(const QList<qint64> &articleIds, const QString &path)
{
    m_error.clear();
    if (articleIds.isEmpty()) {
        m_error = u"nothing to export: no articles"_s;
        return false;
    }
    ProjectContent content;
    if (!content.read(*m_store, articleIds, &m_error))
        return false;
    ZipArchiveWriter zip;
    QByteArray xml;
    ProjectXmlWriter(content, &xml)
        .write(articleIds.size() == 1 ? u"Colloquy article"_s : u"Colloquy library"_s, zip);
    zip.add(Qdpx::ProjectEntry.toString(), xml);
    if (!zip.write(path)) {
        m_error = zip.errorString();
        return false;
    }
    return true;
}

} // namespace Colloquy
