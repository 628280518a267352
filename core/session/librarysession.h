#pragma once

#include "store/librarystore.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Colloquy {

class Annotations;
class AutoBackup;
class EditHistory;
class LibraryCatalogue;
class ClaimRelations;
class ClaimSuggestions;
class LibraryStore;
class SegmentationReview;
class SegmentationRules;
class SpeakerAttributes;
class SpeakerProfiles;

/**
 * One open library with everything that edits it: the LibraryStore, the one
 * undo history, and the services whose intent-level methods push on it
 * (Annotations, SegmentationReview, SegmentationRules, SpeakerProfiles, LibraryCatalogue, and
 * for comparing voices ClaimRelations, ClaimSuggestions, SpeakerAttributes).
 *
 * The GUI (MainWindow) and the CLI make one of these and take the services
 * from it, so both set them up the same way: every edit is one step of
 * history() (one transaction, one command on undoStack(), one record in the
 * library), whichever service made it, and no service can start a history
 * of its own (only the session constructs them). The session also gives its
 * store the person matcher (PersonNameMatcher) that links speakers to
 * profiles, so it must be the one that opens the library: open() before
 * anything reads or writes.
 *
 * The session also tells its AutoBackup of every committed write, so that a
 * backup is made at most once an interval while the library is edited
 * (when the app enables it).
 *
 * Owns the store, the stack and the services; they live as long as the
 * session. Not copyable; use it from the thread that made it. Errors of
 * open() are in store()->errorString().
 */
class LibrarySession : public QObject
{
    Q_OBJECT
public:
    /// How long an article stays in the Trash: open() purges older ones.
    static constexpr int TrashDays = 30;

    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    /// Opens (or, with OpenMode::Create, creates) the library at `path` and
    /// migrates it, read-only where it cannot be written
    /// (LibraryStore::open()), and purges what has been in the Trash for
    /// TrashDays; starts a new undo stack (loadHistory() fills it). False
    /// with the reason in store()->errorString().
    bool open(const QString &path, LibraryStore::OpenMode mode = LibraryStore::OpenMode::Create);

    /// Closes the library: waits for a backup under way, then closes the store
    /// (which checkpoints the WAL). The destructor does the same.
    void close();

    /// Puts the user's undo history, as the library keeps it, back on the
    /// undo stack (EditHistory::load()); false with the reason in history().
    bool loadHistory();

    LibraryStore *store() const;
    /// The one history of edits of this library: steps, and their records in the library.
    EditHistory *history() const;
    /// The history's undo stack; the UI makes its undo/redo actions from it.
    QUndoStack *undoStack() const;
    Annotations *annotations() const;
    SegmentationReview *segmentationReview() const;
    SegmentationRules *segmentationRules() const;
    SpeakerProfiles *speakerProfiles() const;
    LibraryCatalogue *catalogue() const;
    ClaimRelations *claimRelations() const;
    ClaimSuggestions *claimSuggestions() const;
    SpeakerAttributes *speakerAttributes() const;
    /// Backups of the open library: told of every committed write, off until enabled.
    AutoBackup *autoBackup() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
