#include "export/textexporter.h"

#include "export/exportcontent_p.h"
#include "export/savedfile_p.h"
#include "export/textwriters_p.h"
#include "store/librarystore.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString textExportFormatName(TextExportFormat format)
{
    switch (format) {
    case TextExportFormat::Markdown:
        return u"md"_s;
    case TextExportFormat::Html:
        return u"html"_s;
    case TextExportFormat::Csv:
        return u"csv"_s;
    case TextExportFormat::JsonLd:
        return u"jsonld"_s;
    }
    return u"md"_s;
}

std::optional<TextExportFormat> textExportFormatFromName(QStringView name)
{
    for (const TextExportFormat format : {TextExportFormat::Markdown, TextExportFormat::Html,
             TextExportFormat::Csv, TextExportFormat::JsonLd}) {
        if (name.compare(textExportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

struct TextExporter::Private
{
    const LibraryStore *store = nullptr;
    QString error;

    bool fail(const QString &message)
    {
        error = message;
        return false;
    }

    bool write(const QString &path, const QByteArray &bytes) { return SavedFile::write(path, bytes, &error); }
};

TextExporter::TextExporter(const LibraryStore *store)
    : d(std::make_unique<Private>())
{
    d->store = store;
}

TextExporter::~TextExporter() = default;

QString TextExporter::errorString() const
{
    return d->error;
}

bool TextExporter::exportArticle(qint64 articleId, const QString &path, const TextExportOptions &options)
{
    d->error.clear();
    PdfExportOptions filter;
    filter.onlyClaims = options.onlyClaims;
    filter.themes = options.themes;
    const std::optional<ExportContent> content = ExportContent::read(*d->store, articleId, filter, &d->error);
    if (!content)
        return false;
    switch (options.format) {
    case TextExportFormat::Markdown:
        return d->write(path, markdownOfArticle(*content));
    case TextExportFormat::Html:
        return d->write(path, htmlOfArticle(*content));
    case TextExportFormat::Csv:
        return d->write(path, csvOfHighlights({*content}, options.byteOrderMark));
    case TextExportFormat::JsonLd:
        return d->write(path, jsonLdOfArticle(*content));
    }
    return d->fail(u"unknown export format"_s);
}

bool TextExporter::exportAllClaims(const QString &path, const TextExportOptions &options)
{
    d->error.clear();
    if (options.format != TextExportFormat::Csv && options.format != TextExportFormat::Markdown)
        return d->fail(u"the library's claims are exported as csv or md only"_s);
    if (!d->store->isOpen())
        return d->fail(u"the library is not open"_s);
    PdfExportOptions filter;
    filter.onlyClaims = true;
    filter.themes = options.themes;
    QList<ExportContent> contents;
    for (const ArticleSummary &summary : d->store->articles().valueOr({})) {
        std::optional<ExportContent> content = ExportContent::read(*d->store, summary.id, filter, &d->error);
        if (!content)
            return false;
        if (!content->highlights.isEmpty())
            contents.append(std::move(*content));
    }
    if (options.format == TextExportFormat::Csv)
        return d->write(path, csvOfHighlights(contents, options.byteOrderMark));
    return d->write(path, markdownOfClaims(contents));
}

} // namespace Colloquy
