#include "markedarticle.h"

#include "annotate/annotations.h"
#include "model/article.h"
#include "store/librarystore.h"

namespace Colloquy::Testing {

namespace {

/// The theme at `path` (names split at '/'), created with its missing ancestors.
qint64 themeAt(Annotations &annotations, const QString &path, HighlightColour colour)
{
    qint64 parent = 0;
    for (const QString &name : path.split(u'/')) {
        qint64 found = 0;
        for (const Theme &theme : *annotations.store()->themes()) {
            if (theme.name == name && theme.parentId == parent)
                found = theme.id;
        }
        if (!found)
            found = annotations.createTheme(name, parent, colour).value_or(0);
        if (!found)
            qFatal("cannot create theme %s: %s", qPrintable(path), qPrintable(annotations.errorString()));
        parent = found;
    }
    return parent;
}

} // namespace

qint64 addMarkedArticle(Annotations &annotations, const Article &article, const QList<Mark> &marks,
    HighlightColour newThemeColour)
{
    const AddResult added = annotations.store()->addArticle(article);
    if (!added.error.isEmpty())
        qFatal("cannot store fixture: %s", qPrintable(added.error));
    for (const Mark &mark : marks) {
        const qsizetype start = article.segments.at(mark.segment).text().indexOf(mark.quote);
        if (start < 0)
            qFatal("quote not in fixture: %s", qPrintable(mark.quote));
        const std::optional<qint64> id =
            annotations.addHighlight(added.id, mark.segment, start, start + mark.quote.size(), mark.colour);
        if (!id)
            qFatal("%s", qPrintable(annotations.errorString()));
        if (!mark.note.isEmpty() && !annotations.setNote(*id, mark.note))
            qFatal("%s", qPrintable(annotations.errorString()));
        for (const QString &path : mark.themes) {
            if (!annotations.tagHighlight(*id, themeAt(annotations, path, newThemeColour)))
                qFatal("%s", qPrintable(annotations.errorString()));
        }
    }
    return added.id;
}

qint64 highlightQuoting(const LibraryStore &store, qint64 articleId, const QString &quote)
{
    for (const Highlight &highlight : store.highlights(articleId).valueOr({})) {
        if (highlight.anchor.quote.exact == quote)
            return highlight.id;
    }
    qFatal("no highlight quoting %s in article %lld", qPrintable(quote), articleId);
}

} // namespace Colloquy::Testing
