#include "store/changecommand.h"

#include "store/edithistory.h"

namespace Colloquy {

ChangeCommand::ChangeCommand(
    EditHistory &history, const QString &text, QList<ChangePair> changes, Merge merge)
    : QUndoCommand(text)
    , m_history(history)
    , m_changes(std::move(changes))
    , m_merge(std::move(merge))
{ }

void ChangeCommand::redo()
{
    if (std::exchange(m_skip, false))
        return;
    m_history.replay(*this, true);
}

void ChangeCommand::undo()
{
    if (std::exchange(m_skip, false))
        return;
    m_history.replay(*this, false);
}

int ChangeCommand::id() const
{
    return m_merge.key.isEmpty() ? -1 : MergeableId;
}

bool ChangeCommand::canMergeWith(const ChangeCommand &next) const
{
    return m_merge.burst != 0 && !m_merge.key.isEmpty() && next.m_merge.burst == m_merge.burst &&
        next.m_merge.key == m_merge.key && m_changes.size() == 1 && next.m_changes.size() == 1 &&
        m_changes.constFirst().forward.index() == next.m_changes.constFirst().forward.index();
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeCommand *>(other);
    if (!next || !canMergeWith(*next))
        return false;
    // Our backward change still restores the state before the burst.
    m_changes.first().forward = next->m_changes.constFirst().forward;
    return true;
}

} // namespace Colloquy
