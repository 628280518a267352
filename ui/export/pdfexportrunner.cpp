#include "export/pdfexportrunner.h"

#include "export/pdfexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

PdfExportRunner::PdfExportRunner(const LibraryStore *store, QWidget *parent)
    : m_store(store)
    , m_parent(parent)
{ }

bool PdfExportRunner::run(qint64 articleId, const QString &path, const PdfExportOptions &options)
{
    PdfExporter exporter(m_store);
    QProgressDialog progress(QObject::tr("Exporting annotated PDF…"), QObject::tr("Cancel"), 0, 1, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300); // short exports finish before it would show
    QObject::connect(&exporter, &PdfExporter::progress, &progress, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // lets a modal dialog process the Cancel click
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &exporter, &PdfExporter::cancel);
    const bool written = exporter.exportArticle(articleId, path, options);
    progress.reset();
    if (!written && !exporter.wasCancelled()) {
        QMessageBox::warning(m_parent, QObject::tr("Export failed"),
            QObject::tr("The annotated PDF was not written: %1").arg(exporter.errorString()));
    }
    return written;
}

bool PdfExportRunner::askAndRun(qint64 articleId, const QString &title)
{
    QString name = title.simplified();
    name.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_parent, QObject::tr("Export Annotated PDF"),
        QDir(folder).filePath(name + u".pdf"_s), QObject::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    return run(articleId, path);
}

} // namespace Colloquy
