#pragma once

#include "store/changecommand.h"
#include "store/undorecord.h"

#include <QList>
#include <QString>

class QUndoStack;

namespace Colloquy {

class LibraryStore;

/**
 * The one history of edits of an open library: every user-level step is one
 * transaction of the store and one undo step, kept in the library so that it
 * survives the session.
 *
 * A step starts with beginStep() and ends with commitStep() or
 * rollbackStep() (EditStep does both for a scope). Its writes go into one
 * transaction, begun at the first of them (LibraryStore::beginStep()): a kill,
 * a full disk or an error leaves all of them or none. Steps nest: a service
 * method is a step of its own, and inside a larger step (a command line, an
 * import, a bulk action of the UI) it joins that one; a failure anywhere
 * inside makes the whole step roll back. The services record() the changes
 * they wrote (a ChangePair each); when the outermost step commits, the pairs
 * become one ChangeCommand on the undo stack and one row of `undo_steps`,
 * written in the same transaction as the changes themselves.
 *
 * The library keeps the newest KeptSteps steps of each author (the OS user);
 * load() puts them back on the stack, undone ones as redoable, so a restarted
 * app or `colloquy-cli undo` goes on where the last session stopped. An undo
 * or redo checks, in its transaction, that its record is in the state it
 * expects, so a step undone meanwhile by another process is not undone twice.
 *
 * Owned by LibrarySession, with the store and the stack it refers to (both
 * outlive it); the services hold it by reference. Use from the store's thread.
 */
class EditHistory
{
    Q_DISABLE_COPY_MOVE(EditHistory)
public:
    /// How many steps per author the library keeps, and the stack holds.
    static constexpr int KeptSteps = 100;

    EditHistory(LibraryStore &store, QUndoStack &stack, const QString &author);

    LibraryStore &store() const { return m_store; }
    QUndoStack *undoStack() const { return &m_stack; }
    QString author() const { return m_author; }
    /// Why the last commitStep(), undo(), redo() or load() failed.
    QString errorString() const { return m_error; }

    /// Starts a step named `text` (its undo text when it records more than one change).
    void beginStep(const QString &text);
    /// Ends the innermost step. The outermost writes the step's record and
    /// commits; false when it could not (then nothing of the step stays, and
    /// errorString() says why) or when a step inside it failed.
    bool commitStep();
    /// Ends the innermost step; the whole outermost step will roll back.
    void rollbackStep();
    bool inStep() const { return m_depth > 0; }
    /// Inside a step: one change a service has written, with its inverse.
    void record(
        const QString &text, AnyChange forward, AnyChange backward, const ChangeCommand::Merge &merge = {});

    /// Replaces the stack with the author's history as the library keeps it.
    bool load();
    /// Undoes (redoes) the newest step; false with the reason when there is
    /// none or it could not be applied.
    bool undo();
    bool redo();
    /// ChangeCommand's undo and redo: its changes one way, with its record, in one transaction.
    bool replay(const ChangeCommand &command, bool forward);

private:
    bool fail(const QString &message);
    /// Writes the record of `command` (merged into `top` when it merges) inside the open step.
    bool writeRecord(ChangeCommand &command, ChangeCommand *top, qint64 *recordId);

    LibraryStore &m_store;
    QUndoStack &m_stack;
    QString m_author;
    QString m_error;
    int m_depth = 0;
    QString m_text; ///< the outermost step's
    QList<ChangePair> m_pending;
    QStringList m_pendingTexts;
    ChangeCommand::Merge m_pendingMerge;
};

} // namespace Colloquy
