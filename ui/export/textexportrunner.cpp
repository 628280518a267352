#include "export/textexportrunner.h"

#include "export/textexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString filterOf(TextExportFormat format)
{
    switch (format) {
    case TextExportFormat::Markdown:
        return QObject::tr("Markdown (*.md)");
    case TextExportFormat::Html:
        return QObject::tr("Web pages (*.html)");
    case TextExportFormat::Csv:
        return QObject::tr("CSV spreadsheets (*.csv)");
    case TextExportFormat::JsonLd:
        return QObject::tr("Web Annotations (*.jsonld)");
    }
    return QString();
}

QString suggestedPath(const QString &name, TextExportFormat format)
{
    QString base = name.simplified();
    base.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base + u'.' + textExportFormatName(format));
}

} // namespace

TextExportRunner::TextExportRunner(const LibraryStore *store, QWidget *parent)
    : m_store(store)
    , m_parent(parent)
{ }

bool TextExportRunner::run(qint64 articleId, const QString &path, const TextExportOptions &options)
{
    TextExporter exporter(m_store);
    const bool written = articleId ? exporter.exportArticle(articleId, path, options)
                                   : exporter.exportAllClaims(path, options);
    if (!written) {
        QMessageBox::warning(m_parent, QObject::tr("Export failed"),
            QObject::tr("The file was not written: %1").arg(exporter.errorString()));
    }
    return written;
}

bool TextExportRunner::askAndRun(qint64 articleId, const QString &title, TextExportFormat format)
{
    QString path = QFileDialog::getSaveFileName(
        m_parent, QObject::tr("Export"), suggestedPath(title, format), filterOf(format));
    if (path.isEmpty())
        return false;
    const QString extension = u'.' + textExportFormatName(format);
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    TextExportOptions options;
    options.format = format;
    options.byteOrderMark = format == TextExportFormat::Csv;
    return run(articleId, path, options);
}

bool TextExportRunner::askAndRunAllClaims()
{
    const QString markdown = filterOf(TextExportFormat::Markdown);
    const QString csv = filterOf(TextExportFormat::Csv);
    QString chosenFilter = markdown;
    QString path = QFileDialog::getSaveFileName(m_parent, QObject::tr("Export All Claims"),
        suggestedPath(QObject::tr("Claims by theme"), TextExportFormat::Markdown), markdown + u";;"_s + csv,
        &chosenFilter);
    if (path.isEmpty())
        return false;
    TextExportOptions options;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s || (suffix != u"md"_s && chosenFilter == csv))
        options.format = TextExportFormat::Csv;
    const QString extension = u'.' + textExportFormatName(options.format);
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    options.byteOrderMark = options.format == TextExportFormat::Csv;
    return run(0, path, options);
}

} // namespace Colloquy
