#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;
class QUndoStack;

namespace Colloquy {

struct Article;
class Annotations;
class LibrarySession;
class LibraryStore;
class SegmentationReview;
class SegmentationRules;
class SpeakerProfiles;

namespace Testing {

/**
 * A library in a fresh temporary folder: a LibrarySession open on
 * `library.sqlite`, with its store and the undoable services over it, all
 * sharing the session's one undo stack, as the application has them. This is
 * the one place the tests set up a library and its services; anything that
 * changes how the application does that changes here.
 *
 * A MainWindow made on session() edits through the same services. The folder
 * and the session live as long as this object; the folder is removed with it.
 * Failures to set up are reported with qWarning() and isOpen() false. Use
 * from the thread that made it.
 */
class TemporaryLibrary
{
public:
    TemporaryLibrary();
    ~TemporaryLibrary();
    TemporaryLibrary(const TemporaryLibrary &) = delete;
    TemporaryLibrary &operator=(const TemporaryLibrary &) = delete;

    /// True when the folder was made and the store is open.
    bool isOpen() const;
    /// The library file.
    QString path() const;
    /// `name` inside the temporary folder, for files a test writes beside the library.
    QString filePath(const QString &name) const;
    /// The temporary folder.
    QString folder() const;
    /// Keeps the folder after this object is gone (to look at what a test wrote).
    void keepFolder();

    /// Null after close().
    LibrarySession *session() const;
    LibraryStore *store() const;
    Annotations *annotations();
    SegmentationReview *review();
    SegmentationRules *rules();
    SpeakerProfiles *profiles();
    /// The session's one undo stack, which every service pushes on.
    QUndoStack *undoStack();

    /// Stores `article`; its id (the existing one for content already there),
    /// or 0 with a warning when nothing was stored.
    qint64 addArticle(const Article &article);
    /// Reads `file` with ArticleReader and stores it with the library's segmentation
    /// rules applied, as an import does; its id, or 0 with a warning.
    qint64 importFile(const QString &file);

    /// Closes the session (services and store) but keeps the folder, so
    /// another process (colloquy-cli) can open the library alone.
    void close();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibrarySession> m_session;
};

} // namespace Testing
} // namespace Colloquy
