#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

struct Article;

/**
 * An article cut into what the reader shows, once for every layout: the head
 * (title, captions and metadata, the editor's note, the introduction before
 * the first turn), the voices, and the turns in reading order.
 *
 * Consecutive segments of one voice are one turn. Every paragraph keeps the
 * ordinal of the segment it comes from, so panes can place highlights. A
 * plain value; articlePartsOf() builds it.
 */
struct ArticleParts
{
    /// One voice of the article: a speaker, as the segmentation names it.
    struct Voice
    {
        QString name;
        QString bio;
        /// The label the source printed before the voice's first turn (`Q`, `MODERATOR`); null when none.
        QString label;
    };

    /// A run of paragraphs one voice speaks, or narration (`voice` -1).
    struct Turn
    {
        int voice = -1;
        QStringList paragraphs;
        /// The segment ordinal of each paragraph.
        QList<qsizetype> ordinals;
    };

    /// The title, or the source file's name when the article has none (Article::displayTitle()).
    QString title;
    /// Whether the article printed a title of its own.
    bool titled = false;
    /// Captions and metadata, in order.
    QStringList details;
    QString noteLabel;
    QStringList noteParagraphs;
    /// Narration before the first turn of any speaker: the standfirst or
    /// introduction. Shown as the article's head, never as a speaker.
    Turn intro;
    /// Speakers in order of first appearance.
    QList<Voice> voices;
    /// The turns after the introduction, in reading order.
    QList<Turn> turns;

    /// The number of turns of each voice, by voice index.
    QList<int> turnCounts() const;
};

ArticleParts articlePartsOf(const Article &article);

} // namespace Colloquy
