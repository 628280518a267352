#include "library/importcontroller.h"

#include "import/heaprelease.h"
#include "import/htmlimporter.h"
#include "review/segmentationrules.h"
#include "store/librarystore.h"

#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QWidget>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
// An import that finishes within this does not flash a dialog; one that takes
// longer than half a second always shows it.
constexpr int ProgressDelayMs = 400;
// Storing a text this long blocks the window for a noticeable time (the store
// writes on the main thread): the dialog shows before, not after.
constexpr qsizetype ShowBeforeStoringChars = 1'000'000;

void readFiles(QPromise<ImportController::Result> &promise, const QStringList &paths)
{
    promise.setProgressRange(0, int(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.addResult(std::make_shared<ReadResult>(ArticleReader::readFile(paths.at(i))), int(i));
        promise.setProgressValue(int(i + 1));
    }
}

void readPasted(QPromise<ImportController::Result> &promise, const QByteArray &bytes, const QString &format)
{
    promise.addResult(std::make_shared<ReadResult>(ArticleReader::readBytes(bytes, QString(), format)));
}
} // namespace

ImportController::ImportController(LibraryStore *store, SegmentationRules *rules, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_rules(rules)
    , m_window(window)
{
    setObjectName(u"importController"_s);
    keepLargeBlocksApart();
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
    return m_running;
}

void ImportController::importFiles(const QStringList &paths)
{
    if (!paths.isEmpty())
        enqueue(Batch {paths, {}, {}});
}

void ImportController::enqueue(const Batch &batch)
{
    m_queue.append(batch);
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
    m_batch = m_queue.takeFirst();
    m_running = true;
    m_summary = ImportSummary {};
    m_summary.requested = m_batch.pasted.isNull() ? int(m_batch.paths.size()) : 1;
    showProgress();
    if (m_batch.pasted.isNull())
        m_watcher.setFuture(QtConcurrent::run(readFiles, m_batch.paths));
    else
        m_watcher.setFuture(QtConcurrent::run(readPasted, m_batch.pasted, m_batch.pastedFormat));
}

void ImportController::showProgress()
{
    if (!m_window)
        return;
    // A batch counts its files; one file or a paste gets a busy bar (range 0–0).
    const int total = m_summary.requested > 1 ? m_summary.requested : 0;
    const QString label = total ? tr("Importing articles…") : tr("Importing %1…").arg(displayName(0));
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, total, m_window);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    if (total)
        connect(
            &m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
}

QString ImportController::displayName(int index) const
{
    return m_batch.pasted.isNull() ? QFileInfo(m_batch.paths.value(index)).fileName() : tr("Clipboard");
}

void ImportController::storeResult(int index)
{
    if (m_progress && m_summary.requested > 1)
        m_progress->setLabelText(tr("Importing %1…").arg(displayName(index)));
    // Taken out of the future, so the article's memory goes as soon as it is stored, not when the
    // next import replaces the future.
    ReadResult read = std::exchange(*m_watcher.resultAt(index), ReadResult {});
    if (m_progress && !m_progress->isVisible() && read.article &&
        read.article->normalizedText.size() > ShowBeforeStoringChars) {
        m_progress->show();
        m_progress->repaint(); // the event loop waits until the store is done
    }
    store(std::move(read), displayName(index), m_summary);
}

void ImportController::store(ReadResult read, const QString &displayName, ImportSummary &summary)
{
    if (!read.article) {
        // The reader names files itself; text from the clipboard has no name.
        summary.errors.append(read.error.startsWith(displayName) || displayName.isEmpty()
                ? read.error
                : u"%1: %2"_s.arg(displayName, read.error));
        return;
    }
    Article article = std::move(*read.article);
    read.article.reset();
    m_rules->applyTo(article); // on this thread: the rules are the store's
    const AddResult added = m_store->addArticle(article);
    if (!added.error.isEmpty()) {
        summary.errors.append(u"%1: %2"_s.arg(displayName, added.error));
        return;
    }
    added.created ? ++summary.created : ++summary.duplicates;
    if (const int flattened = article.metadata.value(u"html_flattened"_s).toInt(); flattened > 0)
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
    m_batch = Batch {};
    m_running = false;
    releaseFreedHeap();
    const ImportSummary summary = m_summary;
    Q_EMIT finished(summary);
    startNext();
}

void ImportController::importMimeData(const QMimeData *mime)
{
    // The bytes are copied now: the clipboard may change before the worker reads them.
    if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty()) {
        enqueue(Batch {{}, mime->html().toUtf8(), u"html"_s});
    } else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        enqueue(Batch {{}, mime->text().toUtf8(), u"text"_s});
    } else {
        ImportSummary summary;
        summary.requested = 1;
        summary.errors.append(tr("The clipboard holds no text to import."));
        Q_EMIT finished(summary);
    }
}

} // namespace Colloquy
