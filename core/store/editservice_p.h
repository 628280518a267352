#pragma once

#include "logging.h"
#include "store/editstep.h"
#include "store/librarystore.h"

namespace Colloquy {

/**
 * The part every editing service's Private shares (Annotations,
 * SegmentationReview, SpeakerProfiles, LibraryCatalogue, ClaimRelations,
 * ClaimSuggestions, SpeakerAttributes): the session's EditHistory and its
 * store, the error of the last call, and the one way a change reaches the
 * library: one step (EditStep), the change applied in it, then recorded with
 * its inverse so that undo, redo and the stored history replay it exactly.
 *
 * A plain aggregate the services' Private structs derive from; they live as
 * long as their service, which LibrarySession owns with the history. Every
 * helper that refuses returns false (or nullopt) with one sentence in
 * `error`. Use from the store's thread. Internal to core's services.
 */
struct EditService
{
    EditHistory &history;
    LibraryStore &store = history.store();
    QString error = {};

    /// Refuses a call: says why in `error`. Always false.
    bool fail(const QString &message)
    {
        error = message;
        qCDebug(lcStore).noquote() << "refused:" << message;
        return false;
    }
    /// False, with its failure in `error`, when `result` failed.
    template<typename T>
    bool check(const Result<T> &result)
    {
        return result.ok() || fail(result.error());
    }
    /// Writes `change` in the open step (filling in the ids it inserted); false with the store's reason.
    template<typename Change>
    bool apply(Change &change)
    {
        AnyChange any = std::move(change);
        const bool ok = store.apply(any);
        change = std::get<Change>(std::move(any));
        return ok || fail(store.errorString());
    }
    /// Ends `step`; false with the reason when it could not commit.
    bool commit(EditStep &step) { return step.commit() || fail(history.errorString()); }
    /// One step named `text`: applies `redo` and records it with its inverse;
    /// `merge` lets a note typed in one burst be one step.
    template<typename Change>
    bool commit(const QString &text, Change redo, Change undo, const ChangeCommand::Merge &merge = {})
    {
        error.clear();
        EditStep step(history, text);
        if (!apply(redo))
            return false;
        history.record(text, std::move(redo), std::move(undo), merge);
        return commit(step);
    }
    /// One step that inserts rows: applies `redo` (which learns their ids),
    /// then records it with the inverse `undoOf` makes of it.
    template<typename Change, typename UndoOf>
    bool commitInsertion(const QString &text, Change &redo, UndoOf undoOf)
    {
        error.clear();
        EditStep step(history, text);
        if (!apply(redo))
            return false;
        history.record(text, redo, undoOf(std::as_const(redo)));
        return commit(step);
    }
};

} // namespace Colloquy
