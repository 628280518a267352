#pragma once

#include "reader/articlelayout.h"

#include <QString>

namespace Colloquy {

struct ArticleParts;

/// What kind of conversation an article is, which decides the layout it opens in.
enum class ArticleShape
{
    Roundtable, ///< several voices, each with a few long turns
    Interview, ///< two or three voices taking turns, one asking
    Briefing, ///< one voice answering many questions from others
    Transcript, ///< many short turns
};

/// The stable name (`roundtable`, …), for settings and messages.
QString articleShapeName(ArticleShape shape);

/**
 * The article's shape, read from its segmentation: how many voices, how many
 * turns each, whether they alternate, and whether one voice asks (labels such
 * as `Q` or `Moderator`, turns ending in question marks).
 *
 * The segmenter is to name a scheme for every article it reads; once stored
 * articles carry it, this is the one place to prefer it.
 */
ArticleShape articleShapeOf(const ArticleParts &parts);

/// The voice that asks the questions (a moderator, an interviewer, `Q`);
/// -1 when none stands out.
int questionerOf(const ArticleParts &parts);

/// The layout an article of this shape opens in when the reader has not
/// chosen one for it: roundtables in `paneLayout` (the last pane layout
/// chosen), everything else as a conversation.
ArticleLayout layoutForShape(ArticleShape shape, ArticleLayout paneLayout);

} // namespace Colloquy
