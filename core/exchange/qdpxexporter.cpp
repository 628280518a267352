#include "exchange/qdpxexporter.h"

#include "exchange/qdpxformat_p.h"
#include "exchange/qdpxplaintext_p.h"
#include "exchange/ziparchivewriter_p.h"
#include "model/codebook.h"
#include "store/librarystore.h"

#include <functional>
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

struct CaseEntry
{
    QString name;
    QString bio;
    QStringList sourceGuids;
    QStringList selectionGuids;
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
    ZipArchiveWriter zip;
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(Qdpx::Namespace.toString());
    w.writeStartElement(u"Project"_s);
    w.writeAttribute(u"name"_s, articleIds.size() == 1 ? u"Colloquy article"_s : u"Colloquy library"_s);
    w.writeAttribute(u"origin"_s, u"Colloquy"_s);
    w.writeAttribute(u"creationDateTime"_s, isoTime(QDateTime::currentDateTimeUtc()));

    // Read everything first: the Users and Cases come before the Sources in the schema.
    struct Exported
    {
        Article article;
        QdpxPlainText text;
        QList<Highlight> highlights;
        QHash<qint64, QList<qint64>> themes;
        QHash<qint64, QString> notes;
        QString note;
    };
    QList<Exported> exported;
    QMap<QString, QString> users; // name -> guid
    QMap<QString, CaseEntry> cases; // speaker name -> case
    for (qint64 id : articleIds) {
        std::optional<Article> article = m_store->article(id);
        if (!article) {
            m_error = m_store->errorString().isEmpty() ? u"no article with id %1"_s.arg(id)
                                                       : m_store->errorString();
            return false;
        }
        Exported e;
        e.article = *article;
        e.text = QdpxPlainText::fromArticle(*article);
        e.highlights = m_store->highlights(id);
        e.themes = m_store->themeIdsOfArticle(id);
        e.notes = m_store->noteTextsOfArticle(id);
        if (const auto note = m_store->articleNote(id))
            e.note = note->markdown;
        const QString sourceGuid = Qdpx::guidFor(u"article", QString::number(id));
        for (const Speaker &speaker : article->speakers()) {
            CaseEntry &c = cases[speaker.name];
            c.name = speaker.name;
            if (c.bio.isEmpty())
                c.bio = speaker.bio;
            c.sourceGuids.append(sourceGuid);
        }
        for (const Highlight &h : std::as_const(e.highlights)) {
            if (h.state == AnchorState::Orphaned)
                continue;
            const QString author = h.author.isEmpty() ? u"unknown"_s : h.author;
            users.insert(author, Qdpx::guidFor(u"user", author));
            if (!h.speaker.isEmpty())
                cases[h.speaker].selectionGuids.append(Qdpx::guidFor(u"highlight", QString::number(h.id)));
        }
        exported.append(e);
    }

    if (!users.isEmpty()) {
        w.writeStartElement(u"Users"_s);
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            w.writeEmptyElement(u"User"_s);
            w.writeAttribute(u"guid"_s, it.value());
            w.writeAttribute(u"name"_s, it.key());
        }
        w.writeEndElement();
    }

    const Codebook codebook(m_store->themes());
    if (!codebook.isEmpty()) {
        w.writeStartElement(u"CodeBook"_s);
        w.writeStartElement(u"Codes"_s);
        std::function<void(const Theme &)> writeCode = [&](const Theme &theme) {
            w.writeStartElement(u"Code"_s);
            w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"theme", QString::number(theme.id)));
            w.writeAttribute(u"name"_s, theme.name);
            w.writeAttribute(u"isCodable"_s, u"true"_s);
            w.writeAttribute(u"color"_s, Qdpx::hexOf(theme.colour));
            if (!theme.description.isEmpty())
                w.writeTextElement(u"Description"_s, theme.description);
            for (const Theme &child : codebook.children(theme.id))
                writeCode(child);
            w.writeEndElement();
        };
        for (const Theme &theme : codebook.children(0))
            writeCode(theme);
        w.writeEndElement();
        w.writeEndElement();
    }

    if (!cases.isEmpty()) {
        w.writeStartElement(u"Cases"_s);
        for (const CaseEntry &c : std::as_const(cases)) {
            w.writeStartElement(u"Case"_s);
            w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"speaker", c.name));
            w.writeAttribute(u"name"_s, c.name);
            if (!c.bio.isEmpty())
                w.writeTextElement(u"Description"_s, c.bio);
            for (const QString &guid : c.sourceGuids) {
                w.writeEmptyElement(u"SourceRef"_s);
                w.writeAttribute(u"targetGUID"_s, guid);
            }
            for (const QString &guid : c.selectionGuids) {
                w.writeEmptyElement(u"SelectionRef"_s);
                w.writeAttribute(u"targetGUID"_s, guid);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    w.writeStartElement(u"Sources"_s);
    for (const Exported &e : std::as_const(exported)) {
        const QString sourceGuid = Qdpx::guidFor(u"article", QString::number(e.article.id));
        const QString &plain = e.text.text;
        w.writeStartElement(u"TextSource"_s);
        w.writeAttribute(u"guid"_s, sourceGuid);
        w.writeAttribute(u"name"_s, e.article.displayTitle());
        w.writeAttribute(u"plainTextPath"_s, u"internal://"_s + sourceGuid + u".txt"_s);
        w.writeAttribute(u"creationDateTime"_s, isoTime(e.article.importedAt));
        if (!e.note.isEmpty())
            w.writeTextElement(u"Description"_s, e.note);
        for (const Highlight &h : e.highlights) {
            if (h.state == AnchorState::Orphaned || h.anchor.segment < 0 ||
                h.anchor.segment >= e.text.segmentStarts.size())
                continue;
            const qsizetype base = e.text.segmentStarts.at(h.anchor.segment);
            const qsizetype start = base + h.anchor.position.start;
            const qsizetype end = base + h.anchor.position.end;
            const QString author = h.author.isEmpty() ? u"unknown"_s : h.author;
            w.writeStartElement(u"PlainTextSelection"_s);
            w.writeAttribute(u"guid"_s, Qdpx::guidFor(u"highlight", QString::number(h.id)));
            w.writeAttribute(u"name"_s, plain.mid(start, std::min<qsizetype>(end - start, 60)));
            w.writeAttribute(u"startPosition"_s, QString::number(Qdpx::codePointIndex(plain, start)));
            w.writeAttribute(u"endPosition"_s, QString::number(Qdpx::codePointIndex(plain, end)));
            w.writeAttribute(u"creatingUser"_s, users.value(author));
            if (h.created.isValid())
                w.writeAttribute(u"creationDateTime"_s, isoTime(h.created));
            const QString note = e.notes.value(h.id);
            if (!note.isEmpty())
                w.writeTextElement(u"Description"_s, note);
            for (qint64 themeId : e.themes.value(h.id)) {
                w.writeStartElement(u"Coding"_s);
                w.writeAttribute(u"guid"_s,
                    Qdpx::guidFor(
                        u"tagging", QString(QString::number(h.id) + u'/' + QString::number(themeId))));
                w.writeAttribute(u"creatingUser"_s, users.value(author));
                w.writeEmptyElement(u"CodeRef"_s);
                w.writeAttribute(u"targetGUID"_s, Qdpx::guidFor(u"theme", QString::number(themeId)));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        zip.add(u"sources/"_s + sourceGuid + u".txt"_s, plain.toUtf8());
    }
    w.writeEndElement(); // Sources
    w.writeEndElement(); // Project
    w.writeEndDocument();
    zip.add(Qdpx::ProjectEntry.toString(), xml);
    if (!zip.write(path)) {
        m_error = zip.errorString();
        return false;
    }
    return true;
}

} // namespace Colloquy
