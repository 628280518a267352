#pragma once

#include "model/article.h"
#include "model/highlight.h"
#include "store/speakerrename.h"

#include <QList>

namespace Colloquy {

/**
 * A new text for a stored article, which LibraryStore::replaceArticle()
 * writes in one transaction: the article row, its segments and speakers, and
 * the anchors of its highlights. Like AnnotationChange, both a segmentation
 * edit or re-import and its undo are one of these (the text before, with the
 * anchors before). A plain value.
 */
struct ArticleChange
{
    Article article; ///< `id` names the stored article
    /// That article's highlights with their new anchors and states; their other fields are not written.
    QList<Highlight> highlights;
    QList<SpeakerRename> renames;
};

} // namespace Colloquy
