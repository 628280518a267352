#pragma once

#include "store/changepair.h"

#include <QUndoCommand>

namespace Colloquy {

class EditHistory;

/// What makes two undo steps one (ChangeCommand).
struct StepMerge
{
    QString key; ///< which note a note edit is on; empty: never merges
    quint64 burst = 0; ///< the editing burst; 0: outside one, never merges
};

/**
 * One undo step: the row changes of one user step (ChangePair: a change and
 * the change that reverts it), applied forwards or backwards in one
 * transaction of the store, together with the step's record in the library's
 * history.
 *
 * A step is data: redo() applies the forward changes, undo() the backward
 * ones, ids included; nothing else is remembered, so a step read back from
 * the library after a restart undoes exactly as the one made in this session.
 * Steps are made by EditHistory when a step commits, after its changes were
 * written: the push's redo() writes nothing (nor does the first redo() or
 * undo() after skipNext()).
 *
 * A step with one change and a merge key merges with the next such step of
 * the same editing burst (a note typed in one burst is one step): the first
 * keeps its backward change, the newest forward change wins. Steps without a
 * key never merge.
 *
 * Holds its EditHistory by reference (LibrarySession owns both, and the
 * stack). A failed undo or redo (the library changed behind the stack's back)
 * changes nothing, and EditHistory says why; QUndoStack moves on regardless.
 */
class ChangeCommand : public QUndoCommand
{
public:
    using Merge = StepMerge;

    ChangeCommand(EditHistory &history, const QString &text, QList<ChangePair> changes, Merge merge = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    /// Whether mergeWith(`next`) would merge, without merging.
    bool canMergeWith(const ChangeCommand &next) const;

    const QList<ChangePair> &changes() const { return m_changes; }
    /// The step's row in the library's history; 0 before it is recorded.
    qint64 recordId() const { return m_recordId; }
    void setRecordId(qint64 id) { m_recordId = id; }
    /// The next redo() or undo() writes nothing: the library is that way already.
    void skipNext() { m_skip = true; }

private:
    static constexpr int MergeableId = 1;

    EditHistory &m_history;
    QList<ChangePair> m_changes;
    Merge m_merge;
    qint64 m_recordId = 0;
    bool m_skip = true; ///< made after its changes were written
};

} // namespace Colloquy
