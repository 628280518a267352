#pragma once

#include "import/articlereader.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QMimeData;
class QProgressDialog;
class QWidget;

namespace Colloquy {

class LibraryStore;
class SegmentationRules;

/// What one import brought into the library.
struct ImportSummary
{
    int requested = 0; ///< files asked for (1 for a paste)
    int created = 0; ///< new articles stored
    int duplicates = 0; ///< content already in the library
    bool cancelled = false; ///< the user stopped it; the files before stay imported
    qint64 lastId = 0; ///< the last article stored or found, 0 when none
    QStringList errors; ///< one sentence per failed file, naming it
    QStringList notices; ///< one sentence per imported file that was read with a loss, naming it
};

/**
 * Imports files or the clipboard into the library without freezing the window.
 *
 * Files (and pasted text) are read and segmented on a worker thread
 * (QtConcurrent) one after the other; each result is stored on this thread as
 * it arrives, in one transaction per article, so a cancel or a failure never
 * leaves half an article behind and a failed file does not stop the rest. Any
 * import still running after 0.4 s shows a dialog with Cancel: the files done
 * of a batch, or a busy bar for one file. Imports asked for while one runs
 * are queued. The library's remembered segmentation rules (SegmentationRules)
 * decide an article's segments before it is stored.
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    /// What the worker hands over for one file: shared, so the controller can take the article out
    /// of the future's result store as it stores it, instead of the future keeping it until the next import.
    using Result = std::shared_ptr<ReadResult>;

    /// `store` and `rules` must outlive this object; `window` parents the progress dialog.
    ImportController(LibraryStore *store, SegmentationRules *rules, QWidget *window);
    ~ImportController() override;

    /// Starts importing `paths` (or queues them behind a running import).
    void importFiles(const QStringList &paths);
    /// Stores the clipboard's HTML flavour as an article when it has one, its
    /// text otherwise, read in the background like a file; an empty clipboard
    /// is refused at once (finished() already emitted on return).
    void importMimeData(const QMimeData *mime);

    bool isRunning() const;
    /// Stops the running import after the file being read; queued ones are dropped.
    void cancel();

Q_SIGNALS:
    void finished(const Colloquy::ImportSummary &summary);

private:
    /// One import: files, or text from the clipboard (`pasted`, in `pastedFormat`).
    struct Batch
    {
        QStringList paths;
        QByteArray pasted;
        QString pastedFormat;
    };

    void enqueue(const Batch &batch);
    void startNext();
    void showProgress();
    /// The name failures and the progress use for item `index` of the batch.
    QString displayName(int index) const;
    void storeResult(int index);
    void finish();
    void store(ReadResult read, const QString &displayName, ImportSummary &summary);

    LibraryStore *m_store;
    SegmentationRules *m_rules;
    QPointer<QWidget> m_window;
    QFutureWatcher<Result> m_watcher;
    QPointer<QProgressDialog> m_progress;
    Batch m_batch; ///< the batch being imported
    bool m_running = false;
    QList<Batch> m_queue; ///< batches waiting for it
    ImportSummary m_summary;
};

} // namespace Colloquy

Q_DECLARE_METATYPE(Colloquy::ImportSummary)
