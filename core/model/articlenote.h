#pragma once

#include <QDateTime>
#include <QString>

namespace Colloquy {

/**
 * Markdown text on a whole article, or on one speaker in an article: at most
 * one of each. `speaker` is the speaker's name as the article prints it, empty
 * for the note on the article itself. Keyed by name rather than by a speakers
 * row because re-importing rebuilds an article's speakers: the note stays with
 * the name, and is kept (and listed) even when the new text lacks the speaker.
 * A plain value.
 */
struct ArticleNote
{
    qint64 articleId = 0;
    QString speaker;
    QString markdown;
    QString author;
    QDateTime created; ///< UTC, millisecond precision
    QDateTime modified; ///< UTC, millisecond precision

    bool isOnArticle() const { return speaker.isEmpty(); }

    friend bool operator==(const ArticleNote &, const ArticleNote &) = default;
};

} // namespace Colloquy
