#include "library/importcontroller.h"

#include "import/htmlimporter.h"
#include "store/librarystore.h"

#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
// A batch that finishes within this does not flash a dialog.
constexpr int ProgressDelayMs = 400;

void readFiles(QPromise<ReadResult> &promise, const QStringList &paths)
{
    promise.setProgressRange(0, int(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.addResult(ArticleReader::readFile(paths.at(i)), int(i));
        promise.setProgressValue(int(i + 1));
    }
}
} // namespace

ImportController::ImportController(LibraryStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
    setObjectName(u"importController"_s);
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &ImportController::storeResult);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::finish);
}

ImportController::~ImportController()
{
    // The worker only reads files; let it stop before the watcher goes.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return !m_paths.isEmpty();
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append(paths);
    if (!isRunning())
        startNext();
}

void ImportController::cancel()
{
    m_queue.clear();
    if (isRunning()) {
        m_summary.cancelled = true;
        m_watcher.cancel();
    }
}

void ImportController::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_paths = m_queue.takeFirst();
    m_summary = ImportSummary {};
    m_summary.requested = int(m_paths.size());

    if (m_paths.size() > 1 && m_window) {
        m_progress =
            new QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, int(m_paths.size()), m_window);
        m_progress->setObjectName(u"importProgress"_s);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(ProgressDelayMs);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setValue(0);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
        connect(
            &m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    }
    m_watcher.setFuture(QtConcurrent::run(readFiles, m_paths));
}

void ImportController::storeResult(int index)
{
    const QString path = m_paths.value(index);
    if (m_progress)
        m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    store(m_watcher.resultAt(index), QFileInfo(path).fileName(), m_summary);
}

void ImportController::store(const ReadResult &read, const QString &displayName, ImportSummary &summary)
{
    if (!read.article) {
        // The reader names files itself; text from the clipboard has no name.
        summary.errors.append(read.error.startsWith(displayName) || displayName.isEmpty()
                ? read.error
                : u"%1: %2"_s.arg(displayName, read.error));
        return;
    }
    const AddResult added = m_store->addArticle(*read.article);
    if (!added.error.isEmpty()) {
        summary.errors.append(u"%1: %2"_s.arg(displayName, added.error));
        return;
    }
    added.created ? ++summary.created : ++summary.duplicates;
    if (const int flattened = read.article->metadata.value(u"html_flattened"_s).toInt(); flattened > 0)
        summary.notices.append(
            tr("%1: %Ln element(s) nested deeper than %2 levels were flattened; their text is kept", nullptr,
                flattened)
                .arg(displayName.isEmpty() ? tr("Clipboard") : displayName)
                .arg(HtmlImporter::MaxNesting));
    summary.lastId = added.id;
}

void ImportController::finish()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
    }
    m_paths.clear();
    const ImportSummary summary = m_summary;
    Q_EMIT finished(summary);
    startNext();
}

void ImportController::importMimeData(const QMimeData *mime)
{
    ImportSummary summary;
    summary.requested = 1;
    const QString name = tr("Clipboard");
    if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty()) {
        store(ArticleReader::readBytes(mime->html().toUtf8(), QString(), u"html"_s), name, summary);
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        store(ArticleReader::readBytes(mime->text().toUtf8(), QString(), u"text"_s), name, summary);
    } else {
        summary.errors.append(tr("The clipboard holds no text to import."));
    }
    Q_EMIT finished(summary);
}

} // namespace Colloquy
