#pragma once

#include "logging.h"
#include "store/changecommand.h"
#include "store/librarystore.h"

#include <QUndoStack>

// What the compare/ services share: the store, the session's undo stack and
// the error of the last call, and the two ways a change reaches them (apply,
// then push with its inverse). Internal to core/compare/.

namespace Colloquy::Compare {

struct ServiceCore
{
    LibraryStore &store;
    QUndoStack &stack;
    QString error = {};

    /// Refuses a call: says why in `error`. Always false.
    bool fail(const QString &message)
    {
        error = message;
        qCDebug(lcAnnotate).noquote() << "refused:" << message;
        return false;
    }
    /// False, with its failure in `error`, when `result` failed.
    template<typename T>
    bool check(const Result<T> &result)
    {
        return result.ok() || fail(result.error());
    }
    /// Writes `change` in one transaction (filling in the ids it inserted); false with the store's reason.
    template<typename Change>
    bool apply(Change &change)
    {
        return applyChange(store, change) || fail(store.errorString());
    }
    /// Pushes an applied change with its inverse: one undo step named `text`.
    template<typename Change>
    void push(const QString &text, Change redo, Change undo)
    {
        stack.push(new ChangeCommand<Change>(store, text, std::move(redo), std::move(undo)));
    }
    /// apply() then, when it committed, push().
    template<typename Change>
    bool commit(const QString &text, Change redo, Change undo)
    {
        if (!apply(redo))
            return false;
        push(text, std::move(redo), std::move(undo));
        return true;
    }
};

} // namespace Colloquy::Compare
