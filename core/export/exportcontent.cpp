#include "export/exportcontent_p.h"

#include "store/librarystore.h"

#include <QHash>
#include <QSet>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString ExportedHighlight::plainNote() const
{
    if (note.trimmed().isEmpty())
        return QString();
    QTextDocument document;
    document.setMarkdown(note.trimmed());
    return document.toPlainText().trimmed();
}

QString ExportedHighlight::contents() const
{
    QStringList names;
    for (const Theme &theme : themes)
        names.append(theme.name);
    QStringList parts;
    const QString plain = plainNote();
    if (!plain.isEmpty())
        parts.append(plain);
    if (!names.isEmpty())
        parts.append(u"Themes: "_s + names.join(u", "_s));
    return parts.join(u"\n\n"_s);
}

std::optional<ExportContent> ExportContent::read(
    const LibraryStore &store, qint64 articleId, const PdfExportOptions &options, QString *error)
{
    const Result<Article> article =
        store.article(articleId).orFailure(u"there is no article %1 in the library"_s.arg(articleId));
    if (article.failed()) {
        *error = article.error();
        return std::nullopt;
    }
    const QList<Theme> codebook = store.themes().valueOr({});
    QHash<qint64, Theme> themeById;
    for (const Theme &theme : codebook)
        themeById.insert(theme.id, theme);

    // The filter names themes; a claim tagged with a sub-theme of a named theme matches too.
    QSet<qint64> wanted;
    for (const QString &name : options.themes) {
        bool found = false;
        for (const Theme &theme : codebook) {
            if (theme.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                wanted.insert(theme.id);
                found = true;
            }
        }
        if (!found) {
            *error = u"there is no theme named '%1'"_s.arg(name.trimmed());
            return std::nullopt;
        }
    }
    // Parents come before children in the codebook, so one pass closes the set under "sub-theme of".
    for (const Theme &theme : codebook) {
        if (wanted.contains(theme.parentId))
            wanted.insert(theme.id);
    }

    ExportContent content;
    QSet<qint64> used;
    for (const Highlight &highlight : store.highlights(articleId).valueOr({})) {
        if (highlight.state == AnchorState::Orphaned || highlight.anchor.segment < 0 ||
            highlight.anchor.segment >= article->segments.size())
            continue;
        ExportedHighlight exported;
        exported.highlight = highlight;
        if (const std::optional<Note> note = store.note(highlight.id).valueOr(std::nullopt))
            exported.note = note->markdown;
        const QList<qint64> ids = store.themeIdsOfHighlight(highlight.id).valueOr({});
        for (const Theme &theme : codebook) {
            if (ids.contains(theme.id))
                exported.themes.append(theme);
        }
        if (options.onlyClaims && !exported.isClaim())
            continue;
        if (!wanted.isEmpty()) {
            bool matches = false;
            for (const Theme &theme : std::as_const(exported.themes))
                matches = matches || wanted.contains(theme.id);
            if (!matches)
                continue;
        }
        for (const Theme &theme : std::as_const(exported.themes)) {
            if (wanted.isEmpty() || wanted.contains(theme.id))
                used.insert(theme.id);
        }
        content.highlights.append(exported);
    }
    for (const Theme &theme : codebook) {
        if (used.contains(theme.id))
            content.themes.append(theme);
    }
    content.codebook = codebook;
    content.article = std::move(*article);
    return content;
}

} // namespace Colloquy
