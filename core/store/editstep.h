#pragma once

#include "store/edithistory.h"

namespace Colloquy {

/**
 * One step of an EditHistory for the length of a scope: begun when made,
 * rolled back when it goes out of scope unless commit() was called. So an
 * early `return false` takes back everything the step wrote.
 */
class EditStep
{
    Q_DISABLE_COPY_MOVE(EditStep)
public:
    EditStep(EditHistory &history, const QString &text)
        : m_history(history)
    {
        m_history.beginStep(text);
    }
    ~EditStep()
    {
        if (!m_ended)
            m_history.rollbackStep();
    }
    /// EditHistory::commitStep(); the reason of a failure is in the history's errorString().
    bool commit()
    {
        m_ended = true;
        return m_history.commitStep();
    }

private:
    EditHistory &m_history;
    bool m_ended = false;
};

} // namespace Colloquy
