#pragma once

#include "logging.h"
#include "store/librarystore.h"

#include <QUndoCommand>

namespace Colloquy {

/// How a ChangeCommand writes its kind of change: one overload per change type.
inline bool applyChange(LibraryStore &store, AnnotationChange &change)
{
    return store.applyAnnotationChange(change);
}
inline bool applyChange(LibraryStore &store, PeopleChange &change)
{
    return store.applyPeopleChange(change);
}
inline bool applyChange(LibraryStore &store, ArticleChange &change)
{
    return store.replaceArticle(change);
}
inline bool applyChange(LibraryStore &store, LibraryChange &change)
{
    return store.applyLibraryChange(change);
}
inline bool applyChange(LibraryStore &store, RuleChange &change)
{
    return store.applyRuleChange(change);
}

/**
 * One undo step: a change of stored rows, and the change that reverts it.
 *
 * `Change` is a value that names exact rows (AnnotationChange, PeopleChange,
 * ArticleChange), so a step is data: redo() applies forward(), undo()
 * applies backward(), each in one transaction of the store, ids included;
 * nothing else is remembered. The service that makes a step applies forward()
 * itself first (so that it can report a failure) and pushes the command only
 * then: the push's redo() writes nothing.
 *
 * Steps with the same merge key within one burst merge (a note typed in one
 * burst is one step): the first keeps its backward change, the newest forward
 * change wins. Steps without a key never merge.
 *
 * Holds the store by reference: the store outlives the stack (LibrarySession
 * owns both). A failed undo or redo (the library changed behind the stack's
 * back) is logged to `colloquy.store`; QUndoStack moves on regardless.
 */
template<typename Change>
class ChangeCommand : public QUndoCommand
{
public:
    /// What makes two steps one.
    struct Merge
    {
        QString key; ///< which note a note edit is on; empty: never merges
        quint64 burst = 0; ///< the editing burst; 0: outside one, never merges
    };

    ChangeCommand(LibraryStore &store, const QString &text, Change forward, Change backward, Merge merge = {})
        : QUndoCommand(text)
        , m_store(store)
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
        , m_merge(std::move(merge))
    { }

    void redo() override
    {
        // The service applied the change before the push.
        if (m_applied) {
            m_applied = false;
            return;
        }
        applyOrWarn(m_forward, "redo");
    }
    void undo() override { applyOrWarn(m_backward, "undo"); }

    int id() const override { return m_merge.key.isEmpty() ? -1 : MergeableId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeCommand *>(other);
        if (!next || m_merge.burst == 0 || next->m_merge.burst != m_merge.burst ||
            next->m_merge.key != m_merge.key)
            return false;
        m_forward = next->m_forward; // our backward change still restores the state before the burst
        return true;
    }

    const Change &forward() const { return m_forward; }
    const Change &backward() const { return m_backward; }

private:
    static constexpr int MergeableId = 1;

    void applyOrWarn(Change &change, const char *what)
    {
        if (!applyChange(m_store, change))
            qCWarning(lcStore).noquote() << "cannot" << what << text() << ":" << m_store.errorString();
    }

    LibraryStore &m_store;
    Change m_forward;
    Change m_backward;
    Merge m_merge;
    bool m_applied = true;
};

} // namespace Colloquy
