#include "library/articleupdaterunner.h"

#include "annotate/annotations.h"
#include "export/webannotationimporter.h"
#include "import/articlereader.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// "3 highlights found in place, 1 moved with its text." Counts of zero are left out, but the first.
QString anchorSummary(int anchored, int moved, int fuzzy, int orphaned)
{
    QStringList parts;
    parts << (anchored == 1 ? QObject::tr("1 highlight found in place")
                            : QObject::tr("%1 highlights found in place").arg(anchored));
    if (moved > 0)
        parts << (moved == 1 ? QObject::tr("1 moved with its text")
                             : QObject::tr("%1 moved with their text").arg(moved));
    if (fuzzy > 0)
        parts << QObject::tr("%1 matched approximately").arg(fuzzy);
    if (orphaned > 0)
        parts << QObject::tr("%1 orphaned").arg(orphaned);
    return parts.join(u", "_s) + u'.';
}

/// A wait cursor while the core works on the GUI thread (one article: milliseconds).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

ArticleUpdateRunner::ArticleUpdateRunner(Annotations *annotations, ClaimRelations *relations, QWidget *parent)
    : m_annotations(annotations)
    , m_relations(relations)
    , m_parent(parent)
{ }

QString ArticleUpdateRunner::articleFileFilter()
{
    return QObject::tr(
        "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.vtt *.srt);;"
        "Plain text (*.txt *.text);;Markdown (*.md *.markdown);;Web pages (*.html *.htm *.xhtml);;"
        "PDF (*.pdf);;Subtitles and transcripts (*.vtt *.srt);;All files (*)");
}

bool ArticleUpdateRunner::askAndReimport(qint64 articleId, const QString &startFolder)
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, QObject::tr("Re-import Edited Article"), startFolder, articleFileFilter());
    return !path.isEmpty() && reimport(articleId, path);
}

bool ArticleUpdateRunner::askAndImportAnnotations(qint64 articleId, const QString &startFolder)
{
    const QString path = QFileDialog::getOpenFileName(m_parent, QObject::tr("Import Web Annotations"),
        startFolder, QObject::tr("Web Annotations (*.jsonld *.json);;All files (*)"));
    return !path.isEmpty() && importAnnotations(articleId, path);
}

bool ArticleUpdateRunner::reimport(qint64 articleId, const QString &path)
{
    const QString title = QObject::tr("Re-import Edited Article");
    std::optional<ReimportReport> report;
    QString error;
    {
        BusyCursor busy;
        // Read before anything is written: a file that cannot be read leaves the library as it was.
        const ReadResult read = ArticleReader::readFile(path);
        if (!read.article) {
            error = read.error;
        } else {
            report = m_annotations->reimportArticle(articleId, *read.article);
            if (!report)
                error = m_annotations->errorString();
        }
    }
    if (!report) {
        QMessageBox::warning(
            m_parent, title, QObject::tr("The article was left as it was.\n\n%1").arg(error));
        return false;
    }
    QMessageBox box(QMessageBox::Information, title,
        QObject::tr("The article now has the edited text.") + u' ' +
            anchorSummary(report->anchored, report->moved, report->fuzzy, report->orphaned),
        QMessageBox::Ok, m_parent);
    if (report->orphaned > 0)
        box.setInformativeText(QObject::tr("Orphaned highlights are kept in the Orphaned section of the "
                                           "annotations sidebar, where you can re-attach them. Edit → Undo "
                                           "brings the old text back."));
    box.exec();
    return true;
}

bool ArticleUpdateRunner::importAnnotations(qint64 articleId, const QString &path)
{
    const QString title = QObject::tr("Import Web Annotations");
    WebAnnotationImporter importer(m_annotations, m_relations);
    std::optional<AnnotationImportReport> report;
    {
        BusyCursor busy;
        report = importer.importFile(path, articleId);
    }
    if (!report) {
        QMessageBox::warning(
            m_parent, title, QObject::tr("Nothing was imported.\n\n%1").arg(importer.errorString()));
        return false;
    }
    const int created = report->created();
    QString text = (created == 1 ? QObject::tr("1 highlight added.")
                                 : QObject::tr("%1 highlights added.").arg(created)) +
        u' ' + anchorSummary(report->anchored, report->moved, report->fuzzy, 0);
    if (report->orphaned > 0)
        text += u' ' + QObject::tr("%1 not found in this article's text.").arg(report->orphaned);
    if (report->duplicates > 0)
        text += u' ' + QObject::tr("%1 already there.").arg(report->duplicates);
    if (report->themesCreated == 1)
        text += u' ' + QObject::tr("1 new theme.");
    else if (report->themesCreated > 1)
        text += u' ' + QObject::tr("%1 new themes.").arg(report->themesCreated);
    if (report->linked > 0)
        text += u' ' + QObject::tr("Links between claims made: %1.").arg(report->linked);
    if (report->linksSkipped > 0)
        text += u' ' + QObject::tr("Links not made, their claims not found: %1.").arg(report->linksSkipped);
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, m_parent);
    if (!report->orphans.isEmpty()) {
        box.setInformativeText(QObject::tr("Annotations whose quote is not in the text were not added."));
        box.setDetailedText(report->orphans.join(u'\n'));
    }
    box.exec();
    return true;
}

} // namespace Colloquy
