// LibraryStore's annotation tables: highlights, notes, themes and taggings.

#include "model/codebook.h"
#include "store/librarystore_p.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::notNull;
using Store::Statement;
using Store::timeText;

namespace {

const QString HighlightColumns = u"h.id, h.article_id, h.segment_ordinal, h.start_offset, h.end_offset, "
                                 "h.quote_exact, h.quote_prefix, h.quote_suffix, h.anchor_state, h.colour, "
                                 "h.author, h.created_at, h.modified_at, sp.name "
                                 "FROM highlights AS h "
                                 "LEFT JOIN segments AS s ON s.article_id = h.article_id "
                                 "AND s.ordinal = h.segment_ordinal "
                                 "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"_s;

const QString ThemeColumns = u"id, parent_id, name, colour, description, search_rules FROM themes"_s;

} // namespace

Highlight Store::highlightFromRow(const Statement &row)
{
    Highlight h;
    h.id = row.id(0);
    h.articleId = row.id(1);
    h.anchor.segment = row.integer(2);
    h.anchor.position = {row.integer(3), row.integer(4)};
    h.anchor.quote = {row.text(5), row.text(6), row.text(7)};
    h.state = row.named(8, &anchorStateFromName, AnchorState::Orphaned);
    h.colour = row.named(9, &colourFromName, HighlightColour::Yellow);
    h.author = row.text(10);
    h.created = row.time(11);
    h.modified = row.time(12);
    if (h.state != AnchorState::Orphaned && !row.isNull(13))
        h.speaker = row.text(13);
    return h;
}

namespace {

using Store::highlightFromRow;

Theme themeFromRow(const Statement &row)
{
    // One rule per line (a rule never holds a line break: the services simplify them).
    const QStringList rules = row.text(5).split(u'\n', Qt::SkipEmptyParts);
    return Theme {row.id(0), row.id(1), row.text(2), row.named(3, &colourFromName, HighlightColour::Yellow),
        row.text(4), rules};
}

qint64 idFromRow(const Statement &row)
{
    return row.id(0);
}

bool execTagging(Statement &statement, const Tagging &tagging)
{
    return statement.exec({{u":h"_s, tagging.highlightId}, {u":t"_s, tagging.themeId}});
}

// A negative highlight id -n names the n-th row of putHighlights (see AnnotationChange).
bool resolve(const QList<Highlight> &putHighlights, qint64 &highlightId)
{
    if (highlightId >= 0)
        return true;
    const qint64 index = -highlightId - 1;
    if (index >= putHighlights.size() || putHighlights.at(index).id <= 0)
        return false;
    highlightId = putHighlights.at(index).id;
    return true;
}

} // namespace

bool LibraryStore::Private::removeAnnotations(const AnnotationChange &change)
{
    return forEach(change.untag, u"DELETE FROM highlight_themes WHERE highlight_id = :h AND theme_id = :t"_s,
               &execTagging,
               [](const Tagging &t) {
                   return u"cannot remove theme %1 from highlight %2"_s.arg(t.themeId).arg(t.highlightId);
               }) &&
        forEachId(change.removeNotes, u"DELETE FROM notes WHERE highlight_id = :id"_s,
            u"cannot remove the note of highlight %1"_s) &&
        forEach(
            change.removeArticleNotes,
            u"DELETE FROM article_notes WHERE article_id = :article AND speaker = :speaker"_s,
            [](Statement &s, const ArticleNote &note) {
                return s.exec({{u":article"_s, note.articleId}, {u":speaker"_s, notNull(note.speaker)}});
            },
            [](const ArticleNote &note) {
                return u"cannot remove a note of article %1"_s.arg(note.articleId);
            }) &&
        forEachId(change.removeHighlights, u"DELETE FROM highlights WHERE id = :id"_s,
            u"cannot remove highlight %1"_s) &&
        forEachId(change.removeThemes, u"DELETE FROM themes WHERE id = :id"_s, u"cannot remove theme %1"_s);
}

bool LibraryStore::Private::putThemes(QList<Theme> &themes)
{
    return upsertEach(
        themes,
        u"INSERT INTO themes (id, parent_id, name, colour, description, search_rules) "
        "VALUES (:id, :parent, :name, :colour, :description, :rules) "
        "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, "
        "colour = excluded.colour, description = excluded.description, "
        "search_rules = excluded.search_rules"_s,
        [](Statement &s, const Theme &theme) {
            return s.exec({{u":id"_s, Store::idOrNull(theme.id)},
                {u":parent"_s, Store::idOrNull(theme.parentId)}, {u":name"_s, notNull(theme.name)},
                {u":colour"_s, colourName(theme.colour)}, {u":description"_s, notNull(theme.description)},
                {u":rules"_s, notNull(theme.searchRules.join(u'\n'))}});
        },
        [](const Theme &theme) { return u"cannot save theme '%1'"_s.arg(theme.name); });
}

bool LibraryStore::Private::putHighlights(QList<Highlight> &highlights)
{
    return upsertEach(
        highlights,
        u"INSERT INTO highlights (id, article_id, segment_ordinal, start_offset, end_offset, "
        "quote_exact, quote_prefix, quote_suffix, anchor_state, colour, author, created_at, "
        "modified_at) VALUES (:id, :article, :segment, :start, :end, :exact, :prefix, :suffix, "
        ":state, :colour, :author, :created, :modified) "
        "ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id, "
        "segment_ordinal = excluded.segment_ordinal, start_offset = excluded.start_offset, "
        "end_offset = excluded.end_offset, quote_exact = excluded.quote_exact, "
        "quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix, "
        "anchor_state = excluded.anchor_state, colour = excluded.colour, "
        "author = excluded.author, created_at = excluded.created_at, "
        "modified_at = excluded.modified_at"_s,
        [](Statement &s, const Highlight &h) {
            return s.exec({{u":id"_s, Store::idOrNull(h.id)}, {u":article"_s, h.articleId},
                {u":segment"_s, qint64(h.anchor.segment)}, {u":start"_s, qint64(h.anchor.position.start)},
                {u":end"_s, qint64(h.anchor.position.end)}, {u":exact"_s, notNull(h.anchor.quote.exact)},
                {u":prefix"_s, notNull(h.anchor.quote.prefix)},
                {u":suffix"_s, notNull(h.anchor.quote.suffix)}, {u":state"_s, anchorStateName(h.state)},
                {u":colour"_s, colourName(h.colour)}, {u":author"_s, notNull(h.author)},
                {u":created"_s, timeText(h.created)}, {u":modified"_s, timeText(h.modified)}});
        },
        [](const Highlight &h) { return u"cannot save a highlight of article %1"_s.arg(h.articleId); });
}

bool LibraryStore::Private::putNotes(AnnotationChange &change)
{
    for (Note &note : change.putNotes) {
        if (!resolve(change.putHighlights, note.highlightId))
            return fail(u"cannot save a note: no new highlight %1 in this change"_s.arg(-note.highlightId));
    }
    return forEach(
               change.putNotes,
               u"INSERT INTO notes (highlight_id, markdown, author, created_at, modified_at) "
               "VALUES (:h, :markdown, :author, :created, :modified) "
               "ON CONFLICT (highlight_id) DO UPDATE SET markdown = excluded.markdown, "
               "author = excluded.author, created_at = excluded.created_at, "
               "modified_at = excluded.modified_at"_s,
               [](Statement &s, const Note &note) {
                   return s.exec({{u":h"_s, note.highlightId}, {u":markdown"_s, notNull(note.markdown)},
                       {u":author"_s, notNull(note.author)}, {u":created"_s, timeText(note.created)},
                       {u":modified"_s, timeText(note.modified)}});
               },
               [](const Note &note) {
                   return u"cannot save the note of highlight %1"_s.arg(note.highlightId);
               }) &&
        forEach(
            change.putArticleNotes,
            u"INSERT INTO article_notes (article_id, speaker, markdown, author, created_at, modified_at) "
            "VALUES (:article, :speaker, :markdown, :author, :created, :modified) "
            "ON CONFLICT (article_id, speaker) DO UPDATE SET markdown = excluded.markdown, "
            "author = excluded.author, created_at = excluded.created_at, "
            "modified_at = excluded.modified_at"_s,
            [](Statement &s, const ArticleNote &note) {
                return s.exec({{u":article"_s, note.articleId}, {u":speaker"_s, notNull(note.speaker)},
                    {u":markdown"_s, notNull(note.markdown)}, {u":author"_s, notNull(note.author)},
                    {u":created"_s, timeText(note.created)}, {u":modified"_s, timeText(note.modified)}});
            },
            [](const ArticleNote &note) {
                return u"cannot save a note of article %1"_s.arg(note.articleId);
            });
}

bool LibraryStore::Private::putTaggings(AnnotationChange &change)
{
    for (Tagging &tagging : change.tag) {
        if (!resolve(change.putHighlights, tagging.highlightId))
            return fail(u"cannot tag: no new highlight %1 in this change"_s.arg(-tagging.highlightId));
    }
    return forEach(change.tag,
        u"INSERT OR IGNORE INTO highlight_themes (highlight_id, theme_id) VALUES (:h, :t)"_s, &execTagging,
        [](const Tagging &t) {
            return u"cannot tag highlight %1 with theme %2"_s.arg(t.highlightId).arg(t.themeId);
        });
}

bool LibraryStore::applyAnnotationChange(AnnotationChange &change)
{
    Store::Transaction transaction(d->db);
    if (!d->beginRowChange(transaction, u"annotations"_s))
        return false;
    // The order AnnotationChange documents.
    if (!d->removeRelations(change.removeRelations) || !d->removeAnnotations(change) ||
        !d->putThemes(change.putThemes) || !d->putHighlights(change.putHighlights) || !d->putNotes(change) ||
        !d->putTaggings(change) || !d->putRelations(change.putRelations) ||
        !d->commit(transaction, u"cannot save annotations"_s))
        return false;
    d->announce(u"annotations"_s, [this] { Q_EMIT annotationsChanged(); });
    return true;
}

Result<std::optional<Highlight>> LibraryStore::highlight(qint64 id) const
{
    return d->one(u"cannot read highlight %1"_s.arg(id),
        u"SELECT "_s + HighlightColumns + u" WHERE h.id = :id"_s, {{u":id"_s, id}}, &highlightFromRow);
}

Result<QList<Highlight>> LibraryStore::highlights(qint64 articleId) const
{
    return d->all(u"cannot read the highlights of article %1"_s.arg(articleId),
        u"SELECT "_s + HighlightColumns +
            u" WHERE h.article_id = :article ORDER BY h.segment_ordinal, h.start_offset, h.id"_s,
        {{u":article"_s, articleId}}, &highlightFromRow);
}

Result<QList<HighlightSpan>> LibraryStore::highlightSpans(qint64 articleId) const
{
    return d->all(u"cannot read the highlights of article %1"_s.arg(articleId),
        u"SELECT id, segment_ordinal, start_offset, end_offset, anchor_state, colour FROM highlights "
        "WHERE article_id = :article ORDER BY segment_ordinal, start_offset, id"_s,
        {{u":article"_s, articleId}}, [](const Statement &row) {
            HighlightSpan span;
            span.id = row.id(0);
            span.segment = row.integer(1);
            span.position = {row.integer(2), row.integer(3)};
            span.state = row.named(4, &anchorStateFromName, AnchorState::Orphaned);
            span.colour = row.named(5, &colourFromName, HighlightColour::Yellow);
            return span;
        });
}

Result<std::optional<Note>> LibraryStore::note(qint64 highlightId) const
{
    return d->one(u"cannot read the note of highlight %1"_s.arg(highlightId),
        u"SELECT markdown, author, created_at, modified_at FROM notes WHERE highlight_id = :h"_s,
        {{u":h"_s, highlightId}}, [highlightId](const Statement &row) {
            return Note {highlightId, row.text(0), row.text(1), row.time(2), row.time(3)};
        });
}

Result<std::optional<ArticleNote>> LibraryStore::articleNote(qint64 articleId, const QString &speaker) const
{
    return d->one(u"cannot read a note of article %1"_s.arg(articleId),
        u"SELECT speaker, markdown, author, created_at, modified_at FROM article_notes "
        "WHERE article_id = :article AND speaker = :speaker"_s,
        {{u":article"_s, articleId}, {u":speaker"_s, notNull(speaker)}}, [articleId](const Statement &row) {
            return ArticleNote {articleId, row.text(0), row.text(1), row.text(2), row.time(3), row.time(4)};
        });
}

Result<QList<ArticleNote>> LibraryStore::articleNotes(qint64 articleId) const
{
    // The article's own note, then its speakers' in the order they first speak, then names it no longer has.
    return d->all(u"cannot read the notes of article %1"_s.arg(articleId),
        u"SELECT n.speaker, n.markdown, n.author, n.created_at, n.modified_at FROM article_notes AS n "
        "LEFT JOIN speakers AS sp ON sp.article_id = n.article_id AND sp.name = n.speaker "
        "WHERE n.article_id = :article "
        "ORDER BY n.speaker <> '', sp.ordinal IS NULL, sp.ordinal, n.speaker"_s,
        {{u":article"_s, articleId}}, [articleId](const Statement &row) {
            return ArticleNote {articleId, row.text(0), row.text(1), row.text(2), row.time(3), row.time(4)};
        });
}

Result<QList<qint64>> LibraryStore::themeIdsOfHighlight(qint64 highlightId) const
{
    return d->all(u"cannot read the themes of highlight %1"_s.arg(highlightId),
        u"SELECT theme_id FROM highlight_themes WHERE highlight_id = :key ORDER BY theme_id"_s,
        {{u":key"_s, highlightId}}, &idFromRow);
}

Result<QList<qint64>> LibraryStore::highlightIdsOfTheme(qint64 themeId) const
{
    return d->all(u"cannot read the claims of theme %1"_s.arg(themeId),
        u"SELECT highlight_id FROM highlight_themes WHERE theme_id = :key ORDER BY highlight_id"_s,
        {{u":key"_s, themeId}}, &idFromRow);
}

Result<QHash<qint64, QList<qint64>>> LibraryStore::themeIdsOfArticle(qint64 articleId) const
{
    QHash<qint64, QList<qint64>> result;
    if (auto failure = d->each(u"cannot read the themes of article %1"_s.arg(articleId),
            u"SELECT t.highlight_id, t.theme_id FROM highlight_themes t "
            "JOIN highlights h ON h.id = t.highlight_id WHERE h.article_id = :a "
            "ORDER BY t.highlight_id, t.theme_id"_s,
            {{u":a"_s, articleId}}, [&](const Statement &row) { result[row.id(0)].append(row.id(1)); }))
        return *failure;
    return result;
}

Result<QList<CoderTagging>> LibraryStore::coderTaggings(qint64 articleId) const
{
    return d->all(u"cannot read the coders' themes of article %1"_s.arg(articleId),
        u"SELECT h.author, h.article_id, h.segment_ordinal, h.start_offset, h.end_offset, t.theme_id "
        "FROM highlights h JOIN highlight_themes t ON t.highlight_id = h.id "
        "WHERE h.article_id = :a AND h.anchor_state <> 'orphaned' "
        "ORDER BY h.author, h.segment_ordinal, h.start_offset, h.end_offset, t.theme_id"_s,
        {{u":a"_s, articleId}}, [](const Statement &row) {
            return CoderTagging {
                row.text(0), row.id(1), row.integer(2), row.integer(3), row.integer(4), row.id(5)};
        });
}

Result<QStringList> LibraryStore::authors() const
{
    return d->all(u"cannot read the highlights' authors"_s,
        u"SELECT DISTINCT author FROM highlights ORDER BY author"_s, {},
        [](const Statement &row) { return row.text(0); });
}

Result<QHash<qint64, QString>> LibraryStore::noteTextsOfArticle(qint64 articleId) const
{
    QHash<qint64, QString> result;
    if (auto failure = d->each(u"cannot read the notes of article %1"_s.arg(articleId),
            u"SELECT n.highlight_id, n.markdown FROM notes n "
            "JOIN highlights h ON h.id = n.highlight_id WHERE h.article_id = :a"_s,
            {{u":a"_s, articleId}}, [&](const Statement &row) { result.insert(row.id(0), row.text(1)); }))
        return *failure;
    return result;
}

Result<std::optional<Theme>> LibraryStore::theme(qint64 id) const
{
    return d->one(u"cannot read theme %1"_s.arg(id), u"SELECT "_s + ThemeColumns + u" WHERE id = :id"_s,
        {{u":id"_s, id}}, &themeFromRow);
}

Result<QList<Theme>> LibraryStore::themes() const
{
    const auto byName = d->all(u"cannot read the themes"_s,
        u"SELECT "_s + ThemeColumns + u" ORDER BY name COLLATE NOCASE, id"_s, {}, &themeFromRow);
    if (byName.failed())
        return byName;
    // Depth first from the roots: each parent right before its children, siblings by name.
    const Codebook tree(*byName);
    QList<Theme> result;
    QList<Theme> stack = tree.children(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const Theme theme = stack.takeLast();
        result.append(theme);
        QList<Theme> below = tree.children(theme.id);
        std::reverse(below.begin(), below.end());
        stack.append(below);
    }
    return result;
}

} // namespace Colloquy
