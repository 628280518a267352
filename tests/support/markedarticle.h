#pragma once

#include "model/highlightcolour.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Colloquy {

struct Article;
class Annotations;
class LibraryStore;

namespace Testing {

/// One highlight of a fixture: where, what, and how it is annotated. A plain value.
struct Mark
{
    /// The segment (an ordinal) whose Segment::text() holds the quote.
    qsizetype segment = 0;
    /// The highlighted words; the first occurrence in the segment is marked.
    QString quote;
    HighlightColour colour = HighlightColour::Yellow;
    /// The Markdown note; empty for none.
    QString note;
    /// Theme paths, `Parent/Child`; missing themes are created.
    QStringList themes;
};

/**
 * Stores `article` through `annotations`' store and marks it: each mark is a
 * highlight with its note and themes, made through `annotations` as a reader
 * would, one undo step each. Themes missing from the codebook are created in
 * `newThemeColour`. Returns the article's id. A fixture that cannot be stored
 * (a quote not in its segment, a refused edit) stops the test program: it is
 * a mistake in the test, not a result.
 */
qint64 addMarkedArticle(Annotations &annotations, const Article &article, const QList<Mark> &marks,
    HighlightColour newThemeColour = HighlightColour::Yellow);

/// The id of article `articleId`'s highlight quoting exactly `quote`; stops the
/// test program when there is none (a mistake in the fixture).
qint64 highlightQuoting(const LibraryStore &store, qint64 articleId, const QString &quote);

} // namespace Testing
} // namespace Colloquy
