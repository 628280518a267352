#include "export/qdpxrunner.h"

#include "annotate/annotations.h"
#include "exchange/qdpxexporter.h"
#include "exchange/qdpximporter.h"
#include "store/librarystore.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace Colloquy {

QdpxRunner::QdpxRunner(Annotations *annotations, QWidget *parent)
    : m_annotations(annotations)
    , m_parent(parent)
{ }

bool QdpxRunner::askAndExport()
{
    LibraryStore *store = m_annotations->store();
    QList<qint64> ids;
    const QList<ArticleSummary> summaries = store->articles().valueOr({});
    for (auto it = summaries.crbegin(); it != summaries.crend(); ++it)
        ids.append(it->id);
    if (ids.isEmpty()) {
        QMessageBox::information(m_parent, QObject::tr("Export REFI-QDA Project"),
            QObject::tr("The library has no articles to export."));
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, QObject::tr("Export REFI-QDA Project"),
        QDir::home().filePath(QStringLiteral("colloquy.qdpx")), QObject::tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return false;
    QdpxExporter exporter(store);
    if (!exporter.exportArticles(ids, path)) {
        QMessageBox::warning(m_parent, QObject::tr("Export REFI-QDA Project"), exporter.errorString());
        return false;
    }
    return true;
}

bool QdpxRunner::askAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, QObject::tr("Import REFI-QDA Project"),
        QDir::homePath(), QObject::tr("REFI-QDA projects (*.qdpx)"));
    if (path.isEmpty())
        return false;
    QdpxImporter importer(m_annotations);
    const std::optional<QdpxImportReport> report = importer.importFile(path);
    if (!report) {
        QMessageBox::warning(m_parent, QObject::tr("Import REFI-QDA Project"), importer.errorString());
        return false;
    }
    QMessageBox box(QMessageBox::Information, QObject::tr("Import REFI-QDA Project"),
        QObject::tr("Imported from the project: new articles %1, new themes %2, highlights %3, codings %4.")
            .arg(report->articlesCreated)
            .arg(report->themesCreated)
            .arg(report->highlights)
            .arg(report->codings),
        QMessageBox::Ok, m_parent);
    if (!report->messages.isEmpty())
        box.setDetailedText(report->messages.join(QLatin1Char('\n')));
    box.exec();
    return true;
}

} // namespace Colloquy
