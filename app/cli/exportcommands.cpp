// colloquy-cli export: a thin wrapper over Colloquy::PdfExporter.

#include "commands.h"

#include "annotate/annotations.h"
#include "exchange/qdpxexporter.h"
#include "exchange/qdpximporter.h"
#include "export/pdfexporter.h"
#include "store/librarystore.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Cli {

int Commands::exportArticle(const QStringList &args)
{
    const QString format = m_options.isSet(u"format"_s) ? m_options.value(u"format"_s).toLower() : u"pdf"_s;
    if (format == u"qdpx"_s)
        return exportQdpx(args);
    if (args.size() != 1)
        return usageError(
            args.isEmpty() ? u"export: no article id given"_s : u"export: takes one article id"_s);
    const qint64 articleId = parseId(u"export"_s, u"an article id"_s, args.constFirst());
    if (!articleId)
        return UsageError;
    if (m_options.isSet(u"all"_s))
        return usageError(u"export: --all is for --format qdpx"_s);
    if (format != u"pdf"_s)
        return usageError(u"export: unknown format '%1' (pdf or qdpx)"_s.arg(m_options.value(u"format"_s)));
    const QString output = m_options.value(u"output"_s);
    if (output.isEmpty())
        return usageError(u"export: --output FILE is required"_s);

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
    options.onlyClaims = m_options.isSet(u"only-claims"_s);
    for (const QString &value : m_options.values.value(u"themes"_s)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                options.themes.append(name.trimmed());
        }
    }
    if (m_options.isSet(u"themes"_s) && options.themes.isEmpty())
        return usageError(u"export: --themes needs theme names"_s);

    LibraryStore *store = library();
    if (!store)
        return Failure;
    PdfExporter exporter(store);
    if (!exporter.exportArticle(articleId, output, options))
        return fail(exporter.errorString());
    return Success;
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
        const qint64 id = parseId(u"export"_s, u"an article id"_s, arg);
        if (!id)
            return UsageError;
        ids.append(id);
    }
    LibraryStore *store = library();
    if (!store)
        return Failure;
    if (all) {
        // Oldest first, as they came into the library.
        const QList<ArticleSummary> summaries = store->articles();
        for (auto it = summaries.crbegin(); it != summaries.crend(); ++it)
            ids.append(it->id);
    }
    QdpxExporter exporter(store);
    if (!exporter.exportArticles(ids, output))
        return fail(exporter.errorString());
    return Success;
}

int Commands::importQdpx(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(
            args.isEmpty() ? u"import-qdpx: no file given"_s : u"import-qdpx: takes one file"_s);
    Annotations *annotations = annotator();
    if (!annotations)
        return Failure;
    QdpxImporter importer(annotations);
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
