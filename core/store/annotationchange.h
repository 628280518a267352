#pragma once

#include "model/articlenote.h"
#include "model/claimrelation.h"
#include "model/highlight.h"
#include "model/note.h"
#include "model/tagging.h"
#include "model/theme.h"

#include <QList>

namespace Colloquy {

/**
 * A set of row changes to the annotation tables that LibraryStore applies in
 * one transaction (LibraryStore::applyAnnotationChange()).
 *
 * Every edit of annotations is one of these, and so is its undo: the core
 * snapshots the rows an edit touches and builds the inverse change, so undo
 * writes back the very rows, ids included. A `put` inserts the row or
 * overwrites the row with its id; id 0 inserts a new row, and the store writes
 * the id it got back into the change. The lists are applied in the order
 * below; foreign keys are checked at commit, so a theme may be removed before
 * its sub-themes are moved away in the same change, but sibling names are
 * checked at each row.
 *
 * So that one change can insert highlights together with their notes and
 * taggings, a negative highlight id `-n` in putNotes or tag stands for the
 * n-th highlight of putHighlights (counting from 1); the store replaces it
 * with that row's id, so that the change then names only real rows.
 */
struct AnnotationChange
{
    QList<qint64> removeRelations; ///< by ClaimRelation id
    QList<Tagging> untag;
    QList<qint64> removeNotes; ///< by highlight id
    QList<ArticleNote> removeArticleNotes; ///< by articleId and speaker; the other fields are ignored
    QList<qint64> removeHighlights; ///< with their note and taggings
    QList<qint64> removeThemes; ///< untag and move their sub-themes in the same change
    QList<Theme> putThemes;
    QList<Highlight> putHighlights;
    QList<Note> putNotes;
    QList<ArticleNote> putArticleNotes;
    QList<Tagging> tag;
    QList<ClaimRelation> putRelations; ///< id 0 inserts; both ends must be highlights at commit

    bool isEmpty() const
    {
        return removeRelations.isEmpty() && putRelations.isEmpty() && untag.isEmpty() &&
            removeNotes.isEmpty() && removeArticleNotes.isEmpty() && removeHighlights.isEmpty() &&
            putThemes.isEmpty() && putHighlights.isEmpty() && putNotes.isEmpty() &&
            putArticleNotes.isEmpty() && tag.isEmpty() && removeThemes.isEmpty();
    }
};

} // namespace Colloquy
