// colloquy-cli export, import-annotations and import-qdpx: thin wrappers over
// Colloquy::PdfExporter, TextExporter, WebAnnotationImporter and the qdpx exchange.

#include "commands.h"

#include "annotate/annotations.h"
#include "clitext_p.h"
#include "exchange/qdpxexporter.h"
#include "exchange/qdpximporter.h"
#include "export/pdfexporter.h"
#include "export/textexporter.h"
#include "export/webannotationimporter.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::exportFilters(bool *onlyClaims, QStringList *themes)
{
    *onlyClaims = m_options.isSet(u"only-claims"_s);
    for (const QString &value : m_options.values.value(u"themes"_s)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                themes->append(name.trimmed());
        }
    }
    if (m_options.isSet(u"themes"_s) && themes->isEmpty())
        return usageError(u"export: --themes needs theme names"_s);
    return openLibrary() ? Success : Failure;
}

int Commands::exportArticle(const QStringList &args)
{
    const QString format = m_options.isSet(u"format"_s) ? m_options.value(u"format"_s).toLower() : u"pdf"_s;
    if (format == u"qdpx"_s) {
        for (const QString &option : {u"page-size"_s, u"only-claims"_s, u"themes"_s, u"bom"_s}) {
            if (m_options.isSet(option))
                return usageError(u"export: --%1 does not apply to qdpx"_s.arg(option));
        }
        return exportQdpx(args);
    }
    const bool all = m_options.isSet(u"all"_s);
    if (all && !args.isEmpty())
        return usageError(u"export: --all takes no article id"_s);
    if (!all && args.size() != 1)
        return usageError(
            args.isEmpty() ? u"export: no article id given"_s : u"export: takes one article id"_s);
    const qint64 articleId = all ? 0 : parseId(u"an article id"_s, args.constFirst());
    if (!all && !articleId)
        return UsageError;
    if (format != u"pdf"_s && !textExportFormatFromName(format))
        return usageError(u"export: unknown format '%1' (pdf, md, html, csv, jsonld or qdpx)"_s.arg(
            m_options.value(u"format"_s)));
    if (all && format != u"csv"_s && format != u"md"_s)
        return usageError(u"export: --all writes csv, md or qdpx, not '%1'"_s.arg(format));
    if (format != u"pdf"_s && m_options.isSet(u"page-size"_s))
        return usageError(u"export: --page-size applies to pdf only"_s);
    if (format != u"csv"_s && m_options.isSet(u"bom"_s))
        return usageError(u"export: --bom applies to csv only"_s);
    const QString output = m_options.value(u"output"_s);
    if (output.isEmpty())
        return usageError(u"export: --output FILE is required"_s);
    return format == u"pdf"_s ? exportPdf(articleId, output) : exportText(articleId, output, format);
}

int Commands::exportPdf(qint64 articleId, const QString &output)
{
    PdfExportOptions options;
    if (m_options.isSet(u"page-size"_s)) {
        const QString size = m_options.value(u"page-size"_s);
        if (size.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::A4;
        else if (size.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
            options.pageSize = QPageSize::Letter;
        else
            return usageError(u"export: unknown page size '%1' (A4 or Letter)"_s.arg(size));
    }
    if (const int refused = exportFilters(&options.onlyClaims, &options.themes))
        return refused;
    PdfExporter exporter(m_library);
    return exporter.exportArticle(articleId, output, options) ? Success : fail(exporter.errorString());
}

int Commands::exportText(qint64 articleId, const QString &output, const QString &format)
{
    TextExportOptions options;
    options.format = *textExportFormatFromName(format);
    options.byteOrderMark = m_options.isSet(u"bom"_s);
    if (const int refused = exportFilters(&options.onlyClaims, &options.themes))
        return refused;
    TextExporter exporter(m_library);
    const bool written = articleId ? exporter.exportArticle(articleId, output, options)
                                   : exporter.exportAllClaims(output, options);
    return written ? Success : fail(exporter.errorString());
}

int Commands::exportQdpx(const QStringList &args)
{
    const bool all = m_options.isSet(u"all"_s);
    if (all ? !args.isEmpty() : args.isEmpty())
        return usageError(
            all ? u"export: --all takes no article id"_s : u"export: no article id given (or --all)"_s);
    const QString output = m_options.value(u"output"_s);
    if (output.isEmpty())
        return usageError(u"export: --output FILE is required"_s);
    QList<qint64> ids;
    for (const QString &arg : args) {
        const qint64 id = parseId(u"an article id"_s, arg);
        if (!id)
            return UsageError;
        ids.append(id);
    }
    if (!openLibrary())
        return Failure;
    if (all) {
        // Oldest first, as they came into the library.
        const QList<ArticleSummary> summaries = m_library->articles().valueOr({});
        for (auto it = summaries.crbegin(); it != summaries.crend(); ++it)
            ids.append(it->id);
    }
    QdpxExporter exporter(m_library);
    if (!exporter.exportArticles(ids, output))
        return fail(exporter.errorString());
    return Success;
}

int Commands::importAnnotations(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(args.isEmpty() ? u"import-annotations: no file given"_s
                                         : u"import-annotations: takes one file"_s);
    qint64 articleId = 0;
    if (m_options.isSet(u"article"_s)) {
        articleId = parseId(u"an article id"_s, m_options.value(u"article"_s));
        if (!articleId)
            return UsageError;
    }
    if (!openLibrary())
        return Failure;
    WebAnnotationImporter importer(m_annotations, m_relations);
    const std::optional<AnnotationImportReport> report = importer.importFile(args.constFirst(), articleId);
    if (!report)
        return fail(importer.errorString());
    if (m_options.json) {
        const QJsonArray ids = jsonArray(report->highlightIds, [](qint64 id) { return QJsonValue(id); });
        writeJson(QJsonObject {{u"article"_s, report->articleId}, {u"anchored"_s, report->anchored},
            {u"moved"_s, report->moved}, {u"fuzzy"_s, report->fuzzy}, {u"orphaned"_s, report->orphaned},
            {u"duplicates"_s, report->duplicates}, {u"themesCreated"_s, report->themesCreated},
            {u"linked"_s, report->linked}, {u"linksSkipped"_s, report->linksSkipped}, {u"highlights"_s, ids},
            {u"orphans"_s, QJsonArray::fromStringList(report->orphans)}});
        return Success;
    }
    m_out << "article " << report->articleId << ": " << report->anchored << " anchored, " << report->moved
          << " moved, " << report->fuzzy << " fuzzy, " << report->orphaned << " orphaned";
    if (report->duplicates)
        m_out << ", " << report->duplicates << " already there";
    if (report->themesCreated)
        m_out << ", " << report->themesCreated << " new themes";
    if (report->linked)
        m_out << ", " << report->linked << " links between claims";
    if (report->linksSkipped)
        m_out << ", " << report->linksSkipped << " links whose claims were not found";
    m_out << '\n';
    for (const QString &orphan : report->orphans)
        m_out << "orphaned: " << orphan.simplified() << '\n';
    return Success;
}

int Commands::importQdpx(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(
            args.isEmpty() ? u"import-qdpx: no file given"_s : u"import-qdpx: takes one file"_s);
    if (!openLibrary())
        return Failure;
    QdpxImporter importer(m_annotations);
    const std::optional<QdpxImportReport> report = importer.importFile(args.constFirst());
    if (!report)
        return fail(importer.errorString());
    for (const QString &message : report->messages)
        m_err << "colloquy-cli: " << message << Qt::endl;
    QStringList ids;
    for (qint64 id : report->articleIds)
        ids.append(QString::number(id));
    m_out << "articles " << ids.join(u' ') << " (" << report->articlesCreated << " new), themes "
          << report->themesCreated << " new, highlights " << report->highlights << ", codings "
          << report->codings << Qt::endl;
    return Success;
}

} // namespace Colloquy::Cli
