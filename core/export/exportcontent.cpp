#include "export/exportcontent_p.h"

#include "store/librarystore.h"

#include <QHash>
#include <QSet>
#include <QTextDocument>

#include <algorithm>

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

QString excerpt(const QString &quote)
{
    const QString simple = quote.simplified();
    return simple.size() <= 60 ? simple : simple.left(57).trimmed() + u"…"_s;
}

QString RelatedClaim::phrase() const
{
    if (!outgoing && relation.kind == RelationKind::RespondsTo)
        return u"is answered by"_s;
    return relationKindPhrase(relation.kind);
}

QString RelatedClaim::name() const
{
    if (!outgoing && relation.kind == RelationKind::RespondsTo)
        return u"answered-by"_s;
    return relationKindName(relation.kind);
}

QString RelatedClaim::describe(const QString &exportedArticleTitle) const
{
    QString text = u"“"_s + excerpt(other.anchor.quote.exact) + u"”"_s;
    if (!other.speaker.isEmpty())
        text = other.speaker + u": "_s + text;
    if (otherArticleTitle != exportedArticleTitle)
        text += u" ("_s + otherArticleTitle + u')';
    return text;
}

QList<std::pair<qsizetype, qsizetype>> ExportContent::relations() const
{
    QList<std::pair<qsizetype, qsizetype>> found;
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const QList<RelatedClaim> &related = highlights.at(i).related;
        for (qsizetype r = 0; r < related.size(); ++r) {
            // Once: from its `from` end, or from the kept end when the other is left out.
            if (related.at(r).outgoing || related.at(r).otherIndex < 0)
                found.append({i, r});
        }
    }
    std::sort(found.begin(), found.end(), [this](const auto &a, const auto &b) {
        return highlights.at(a.first).related.at(a.second).relation.id <
            highlights.at(b.first).related.at(b.second).relation.id;
    });
    return found;
}

QString counted(qsizetype count, const QString &singular, const QString &plural)
{
    return QString::number(count) + u' ' + (count == 1 ? singular : plural);
}

QString themeDisplayPath(const Codebook &codebook, const Theme &theme)
{
    const QString path = codebook.displayPath(theme.id);
    return path.isEmpty() ? theme.name : path;
}

QStringList themeDisplayPaths(const Codebook &codebook, const QList<Theme> &themes)
{
    QStringList paths;
    for (const Theme &theme : themes)
        paths.append(themeDisplayPath(codebook, theme));
    return paths;
}

QString ExportedHighlight::contents(const Codebook &codebook) const
{
    const QStringList names = themeDisplayPaths(codebook, themes);
    QStringList parts;
    const QString plain = plainNote();
    if (!plain.isEmpty())
        parts.append(plain);
    if (!names.isEmpty())
        parts.append(u"Themes: "_s + names.join(u", "_s));
    return parts.join(u"\n\n"_s);
}

QStringList ExportContent::facts(ImportDate importDate) const
{
    QStringList lines;
    QStringList names;
    for (const Speaker &speaker : article.speakers())
        names.append(speaker.name);
    if (!names.isEmpty())
        lines.append(u"Speakers: "_s + names.join(u", "_s));
    for (auto it = article.metadata.cbegin(); it != article.metadata.cend(); ++it) {
        const QString value = it.value().toString().simplified();
        if (!value.isEmpty())
            lines.append(it.key() + u": "_s + value);
    }
    if (!article.sourcePath.isEmpty())
        lines.append(u"Source: "_s + article.sourcePath.section(u'/', -1));
    if (importDate == ImportDate::Shown && article.importedAt.isValid())
        lines.append(u"Imported: "_s + article.importedAt.toString(u"yyyy-MM-dd"_s));
    const auto claims = std::count_if(
        highlights.cbegin(), highlights.cend(), [](const ExportedHighlight &h) { return h.isClaim(); });
    lines.append(counted(highlights.size(), u"highlight"_s, u"highlights"_s) + u", "_s +
        counted(claims, u"claim"_s, u"claims"_s) + u", exported by Colloquy"_s);
    return lines;
}

namespace {

/// The themes a filter naming `names` keeps: each named theme (at any level)
/// with its sub-themes. Nullopt with `error` set when a name is no theme.
std::optional<QSet<qint64>> themesNamed(const Codebook &codebook, const QStringList &names, QString *error)
{
    QSet<qint64> wanted;
    for (const QString &name : names) {
        const QList<Theme> named = codebook.findByName(name.trimmed());
        if (named.isEmpty()) {
            *error = u"there is no theme named '%1'"_s.arg(name.trimmed());
            return std::nullopt;
        }
        for (const Theme &theme : named)
            wanted.unite(codebook.withDescendants(theme.id));
    }
    return wanted;
}

/// `highlight` with its note and themes (codebook order).
ExportedHighlight exportedHighlight(
    const LibraryStore &store, const Codebook &codebook, const Highlight &highlight)
{
    ExportedHighlight exported;
    exported.highlight = highlight;
    if (const std::optional<Note> note = store.note(highlight.id).valueOr({}))
        exported.note = note->markdown;
    const QList<qint64> ids = store.themeIdsOfHighlight(highlight.id).valueOr({});
    for (const Theme &theme : codebook.themes()) {
        if (ids.contains(theme.id))
            exported.themes.append(theme);
    }
    return exported;
}

/// Whether the filter keeps `exported`; `wanted` empty: any theme.
bool kept(const ExportedHighlight &exported, const PdfExportOptions &options, const QSet<qint64> &wanted)
{
    if (options.onlyClaims && !exported.isClaim())
        return false;
    if (wanted.isEmpty())
        return true;
    for (const Theme &theme : exported.themes) {
        if (wanted.contains(theme.id))
            return true;
    }
    return false;
}

/// Fills in each kept highlight's relations (ExportedHighlight::related) from the store; the other end is
/// read when it is not among the kept highlights, and a relation to an orphaned highlight is left out.
void readRelations(const LibraryStore &store, ExportContent &content)
{
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < content.highlights.size(); ++i)
        indexOf.insert(content.highlights.at(i).highlight.id, i);
    QHash<qint64, std::optional<Article>> articles {{content.article.id, content.article}};
    for (const ClaimRelation &relation : store.relationsOfArticle(content.article.id).valueOr({})) {
        for (const bool outgoing : {true, false}) {
            const qsizetype index = indexOf.value(outgoing ? relation.fromId : relation.toId, -1);
            if (index < 0)
                continue;
            RelatedClaim related {relation, outgoing};
            const qint64 otherId = outgoing ? relation.toId : relation.fromId;
            related.otherIndex = indexOf.value(otherId, -1);
            if (related.otherIndex >= 0) {
                related.other = content.highlights.at(related.otherIndex).highlight;
            } else if (const std::optional<Highlight> other = store.highlight(otherId).valueOr({})) {
                related.other = *other;
            }
            if (related.other.id == 0 || related.other.state == AnchorState::Orphaned)
                continue;
            auto article = articles.constFind(related.other.articleId);
            if (article == articles.cend())
                article = articles.insert(
                    related.other.articleId, store.article(related.other.articleId).valueOr({}));
            if (!*article)
                continue;
            related.otherArticleTitle = (*article)->displayTitle();
            related.otherArticleHash = (*article)->contentHash;
            content.highlights[index].related.append(related);
        }
    }
}

} // namespace

std::optional<ExportContent> ExportContent::read(
    const LibraryStore &store, qint64 articleId, const PdfExportOptions &options, QString *error)
{
    const Result<Article> article =
        store.article(articleId).orFailure(u"there is no article %1 in the library"_s.arg(articleId));
    if (article.failed()) {
        *error = article.error();
        return std::nullopt;
    }
    ExportContent content;
    content.codebook = Codebook(store.themes().valueOr({}));
    // The filter names themes; a claim tagged with a sub-theme of a named theme matches too.
    const std::optional<QSet<qint64>> wanted = themesNamed(content.codebook, options.themes, error);
    if (!wanted)
        return std::nullopt;

    QSet<qint64> used;
    for (const Highlight &highlight : store.highlights(articleId).valueOr({})) {
        if (highlight.state == AnchorState::Orphaned || highlight.anchor.segment < 0 ||
            highlight.anchor.segment >= article->segments.size())
            continue;
        const ExportedHighlight exported = exportedHighlight(store, content.codebook, highlight);
        if (!kept(exported, options, *wanted))
            continue;
        for (const Theme &theme : exported.themes) {
            if (wanted->isEmpty() || wanted->contains(theme.id))
                used.insert(theme.id);
        }
        content.highlights.append(exported);
    }
    for (const Theme &theme : content.codebook.themes()) {
        if (used.contains(theme.id))
            content.themes.append(theme);
    }
    content.article = std::move(*article);
    readRelations(store, content);
    return content;
}

} // namespace Colloquy
