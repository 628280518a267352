// LibraryStore's annotation tables: highlights, notes, themes and taggings.

#include "store/librarystore_p.h"
#include "store/migrations_p.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

// NOT NULL text columns: Qt binds a null QString as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

const QString HighlightColumns = u"h.id, h.article_id, h.segment_ordinal, h.start_offset, h.end_offset, "
                                 "h.quote_exact, h.quote_prefix, h.quote_suffix, h.anchor_state, h.colour, "
                                 "h.author, h.created_at, h.modified_at, sp.name "
                                 "FROM highlights AS h "
                                 "LEFT JOIN segments AS s ON s.article_id = h.article_id "
                                 "AND s.ordinal = h.segment_ordinal "
                                 "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id"_s;

Highlight highlightFromQuery(const QSqlQuery &query)
{
    Highlight h;
    h.id = query.value(0).toLongLong();
    h.articleId = query.value(1).toLongLong();
    h.anchor.segment = query.value(2).toLongLong();
    h.anchor.position = {query.value(3).toLongLong(), query.value(4).toLongLong()};
    h.anchor.quote = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    h.state = anchorStateFromName(query.value(8).toString()).value_or(AnchorState::Orphaned);
    h.colour = colourFromName(query.value(9).toString()).value_or(HighlightColour::Yellow);
    h.author = query.value(10).toString();
    h.created = timeFromText(query.value(11).toString());
    h.modified = timeFromText(query.value(12).toString());
    if (h.state != AnchorState::Orphaned && !query.isNull(13))
        h.speaker = query.value(13).toString();
    return h;
}

Theme themeFromQuery(const QSqlQuery &query)
{
    Theme theme;
    theme.id = query.value(0).toLongLong();
    theme.parentId = query.isNull(1) ? 0 : query.value(1).toLongLong();
    theme.name = query.value(2).toString();
    theme.colour = colourFromName(query.value(3).toString()).value_or(HighlightColour::Yellow);
    theme.description = query.value(4).toString();
    return theme;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool LibraryStore::applyAnnotationChange(AnnotationChange &change)
{
    d->error.clear();
    if (!isOpen())
        return d->fail(u"the library is not open"_s);

    Store::Transaction transaction(d->db);
    QString reason;
    if (!transaction.begin(&reason))
        return d->fail(u"cannot start saving annotations: %1"_s.arg(reason));
    {
        QSqlQuery query(d->db);
        // Checked at COMMIT: a restored theme and the children pointing at it may arrive in any order.
        if (!query.exec(u"PRAGMA defer_foreign_keys = ON"_s))
            return d->failQuery(u"cannot save annotations"_s, query);
        // A negative highlight id -n names the n-th row of putHighlights (see AnnotationChange).
        const auto resolve = [&change](qint64 &highlightId) {
            if (highlightId >= 0)
                return true;
            const qint64 index = -highlightId - 1;
            if (index >= change.putHighlights.size() || change.putHighlights.at(index).id <= 0)
                return false;
            highlightId = change.putHighlights.at(index).id;
            return true;
        };

        // Prepare only what the change uses: a single edit touches one or two tables of ten.
        if (!change.untag.isEmpty())
            query.prepare(u"DELETE FROM highlight_themes WHERE highlight_id = :h AND theme_id = :t"_s);
        for (const Tagging &tagging : std::as_const(change.untag)) {
            query.bindValue(u":h"_s, tagging.highlightId);
            query.bindValue(u":t"_s, tagging.themeId);
            if (!query.exec())
                return d->failQuery(u"cannot remove theme %1 from highlight %2"_s.arg(tagging.themeId)
                                        .arg(tagging.highlightId),
                    query);
        }

        if (!change.removeNotes.isEmpty())
            query.prepare(u"DELETE FROM notes WHERE highlight_id = :h"_s);
        for (const qint64 id : std::as_const(change.removeNotes)) {
            query.bindValue(u":h"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot remove the note of highlight %1"_s.arg(id), query);
        }

        if (!change.removeArticleNotes.isEmpty())
            query.prepare(u"DELETE FROM article_notes WHERE article_id = :article AND speaker = :speaker"_s);
        for (const ArticleNote &note : std::as_const(change.removeArticleNotes)) {
            query.bindValue(u":article"_s, note.articleId);
            query.bindValue(u":speaker"_s, notNull(note.speaker));
            if (!query.exec())
                return d->failQuery(u"cannot remove a note of article %1"_s.arg(note.articleId), query);
        }

        if (!change.removeHighlights.isEmpty())
            query.prepare(u"DELETE FROM highlights WHERE id = :id"_s);
        for (const qint64 id : std::as_const(change.removeHighlights)) {
            query.bindValue(u":id"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot remove highlight %1"_s.arg(id), query);
        }

        if (!change.removeThemes.isEmpty())
            query.prepare(u"DELETE FROM themes WHERE id = :id"_s);
        for (const qint64 id : std::as_const(change.removeThemes)) {
            query.bindValue(u":id"_s, id);
            if (!query.exec())
                return d->failQuery(u"cannot remove theme %1"_s.arg(id), query);
        }

        if (!change.putThemes.isEmpty())
            query.prepare(
                u"INSERT INTO themes (id, parent_id, name, colour, description) "
                "VALUES (:id, :parent, :name, :colour, :description) "
                "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, "
                "colour = excluded.colour, description = excluded.description"_s);
        for (Theme &theme : change.putThemes) {
            query.bindValue(u":id"_s, idOrNull(theme.id));
            query.bindValue(u":parent"_s, idOrNull(theme.parentId));
            query.bindValue(u":name"_s, notNull(theme.name));
            query.bindValue(u":colour"_s, colourName(theme.colour));
            query.bindValue(u":description"_s, notNull(theme.description));
            if (!query.exec())
                return d->failQuery(u"cannot save theme '%1'"_s.arg(theme.name), query);
            if (theme.id <= 0)
                theme.id = query.lastInsertId().toLongLong();
        }

        if (!change.putHighlights.isEmpty())
            query.prepare(
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
                "modified_at = excluded.modified_at"_s);
        for (Highlight &h : change.putHighlights) {
            query.bindValue(u":id"_s, idOrNull(h.id));
            query.bindValue(u":article"_s, h.articleId);
            query.bindValue(u":segment"_s, qint64(h.anchor.segment));
            query.bindValue(u":start"_s, qint64(h.anchor.position.start));
            query.bindValue(u":end"_s, qint64(h.anchor.position.end));
            query.bindValue(u":exact"_s, notNull(h.anchor.quote.exact));
            query.bindValue(u":prefix"_s, notNull(h.anchor.quote.prefix));
            query.bindValue(u":suffix"_s, notNull(h.anchor.quote.suffix));
            query.bindValue(u":state"_s, anchorStateName(h.state));
            query.bindValue(u":colour"_s, colourName(h.colour));
            query.bindValue(u":author"_s, notNull(h.author));
            query.bindValue(u":created"_s, timeText(h.created));
            query.bindValue(u":modified"_s, timeText(h.modified));
            if (!query.exec())
                return d->failQuery(u"cannot save a highlight of article %1"_s.arg(h.articleId), query);
            if (h.id <= 0)
                h.id = query.lastInsertId().toLongLong();
        }

        if (!change.putNotes.isEmpty())
            query.prepare(u"INSERT INTO notes (highlight_id, markdown, author, created_at, modified_at) "
                          "VALUES (:h, :markdown, :author, :created, :modified) "
                          "ON CONFLICT (highlight_id) DO UPDATE SET markdown = excluded.markdown, "
                          "author = excluded.author, created_at = excluded.created_at, "
                          "modified_at = excluded.modified_at"_s);
        for (Note &note : change.putNotes) {
            if (!resolve(note.highlightId))
                return d->fail(
                    u"cannot save a note: no new highlight %1 in this change"_s.arg(-note.highlightId));
            query.bindValue(u":h"_s, note.highlightId);
            query.bindValue(u":markdown"_s, notNull(note.markdown));
            query.bindValue(u":author"_s, notNull(note.author));
            query.bindValue(u":created"_s, timeText(note.created));
            query.bindValue(u":modified"_s, timeText(note.modified));
            if (!query.exec())
                return d->failQuery(u"cannot save the note of highlight %1"_s.arg(note.highlightId), query);
        }

        if (!change.putArticleNotes.isEmpty())
            query.prepare(
                u"INSERT INTO article_notes (article_id, speaker, markdown, author, created_at, modified_at) "
                "VALUES (:article, :speaker, :markdown, :author, :created, :modified) "
                "ON CONFLICT (article_id, speaker) DO UPDATE SET markdown = excluded.markdown, "
                "author = excluded.author, created_at = excluded.created_at, "
                "modified_at = excluded.modified_at"_s);
        for (const ArticleNote &note : std::as_const(change.putArticleNotes)) {
            query.bindValue(u":article"_s, note.articleId);
            query.bindValue(u":speaker"_s, notNull(note.speaker));
            query.bindValue(u":markdown"_s, notNull(note.markdown));
            query.bindValue(u":author"_s, notNull(note.author));
            query.bindValue(u":created"_s, timeText(note.created));
            query.bindValue(u":modified"_s, timeText(note.modified));
            if (!query.exec())
                return d->failQuery(u"cannot save a note of article %1"_s.arg(note.articleId), query);
        }

        if (!change.tag.isEmpty())
            query.prepare(
                u"INSERT OR IGNORE INTO highlight_themes (highlight_id, theme_id) VALUES (:h, :t)"_s);
        for (Tagging &tagging : change.tag) {
            if (!resolve(tagging.highlightId))
                return d->fail(u"cannot tag: no new highlight %1 in this change"_s.arg(-tagging.highlightId));
            query.bindValue(u":h"_s, tagging.highlightId);
            query.bindValue(u":t"_s, tagging.themeId);
            if (!query.exec())
                return d->failQuery(
                    u"cannot tag highlight %1 with theme %2"_s.arg(tagging.highlightId).arg(tagging.themeId),
                    query);
        }
    }
    if (!transaction.commit(&reason))
        return d->fail(u"cannot save annotations: %1"_s.arg(reason));
    Q_EMIT annotationsChanged();
    return true;
}

std::optional<Highlight> LibraryStore::highlight(qint64 id) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + HighlightColumns + u" WHERE h.id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read highlight %1"_s.arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return highlightFromQuery(query);
}

QList<Highlight> LibraryStore::highlights(qint64 articleId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + HighlightColumns +
        u" WHERE h.article_id = :article ORDER BY h.segment_ordinal, h.start_offset, h.id"_s);
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the highlights of article %1"_s.arg(articleId), query);
        return {};
    }
    QList<Highlight> result;
    while (query.next())
        result.append(highlightFromQuery(query));
    return result;
}

QList<HighlightSpan> LibraryStore::highlightSpans(qint64 articleId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, segment_ordinal, start_offset, end_offset, anchor_state, colour FROM highlights "
        "WHERE article_id = :article ORDER BY segment_ordinal, start_offset, id"_s);
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the highlights of article %1"_s.arg(articleId), query);
        return {};
    }
    QList<HighlightSpan> result;
    while (query.next()) {
        HighlightSpan span;
        span.id = query.value(0).toLongLong();
        span.segment = query.value(1).toLongLong();
        span.position = {query.value(2).toLongLong(), query.value(3).toLongLong()};
        span.state = anchorStateFromName(query.value(4).toString()).value_or(AnchorState::Orphaned);
        span.colour = colourFromName(query.value(5).toString()).value_or(HighlightColour::Yellow);
        result.append(span);
    }
    return result;
}

std::optional<Note> LibraryStore::note(qint64 highlightId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT markdown, author, created_at, modified_at FROM notes WHERE highlight_id = :h"_s);
    query.bindValue(u":h"_s, highlightId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the note of highlight %1"_s.arg(highlightId), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Note {highlightId, query.value(0).toString(), query.value(1).toString(),
        timeFromText(query.value(2).toString()), timeFromText(query.value(3).toString())};
}

std::optional<ArticleNote> LibraryStore::articleNote(qint64 articleId, const QString &speaker) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT markdown, author, created_at, modified_at FROM article_notes "
                  "WHERE article_id = :article AND speaker = :speaker"_s);
    query.bindValue(u":article"_s, articleId);
    query.bindValue(u":speaker"_s, notNull(speaker));
    if (!query.exec()) {
        d->failQuery(u"cannot read a note of article %1"_s.arg(articleId), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return ArticleNote {articleId, notNull(speaker), query.value(0).toString(), query.value(1).toString(),
        timeFromText(query.value(2).toString()), timeFromText(query.value(3).toString())};
}

QList<ArticleNote> LibraryStore::articleNotes(qint64 articleId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // The article's own note, then its speakers' in the order they first speak, then names it no longer has.
    query.prepare(
        u"SELECT n.speaker, n.markdown, n.author, n.created_at, n.modified_at FROM article_notes AS n "
        "LEFT JOIN speakers AS sp ON sp.article_id = n.article_id AND sp.name = n.speaker "
        "WHERE n.article_id = :article "
        "ORDER BY n.speaker <> '', sp.ordinal IS NULL, sp.ordinal, n.speaker"_s);
    query.bindValue(u":article"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the notes of article %1"_s.arg(articleId), query);
        return {};
    }
    QList<ArticleNote> result;
    while (query.next()) {
        result.append(
            {articleId, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                timeFromText(query.value(3).toString()), timeFromText(query.value(4).toString())});
    }
    return result;
}

QList<qint64> LibraryStore::Private::readIds(const QString &sql, qint64 key, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(u":key"_s, key);
    if (!query.exec()) {
        failQuery(what, query);
        return {};
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<qint64> LibraryStore::themeIdsOfHighlight(qint64 highlightId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    return d->readIds(u"SELECT theme_id FROM highlight_themes WHERE highlight_id = :key ORDER BY theme_id"_s,
        highlightId, u"cannot read the themes of highlight %1"_s.arg(highlightId));
}

QList<qint64> LibraryStore::highlightIdsOfTheme(qint64 themeId) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    return d->readIds(
        u"SELECT highlight_id FROM highlight_themes WHERE theme_id = :key ORDER BY highlight_id"_s, themeId,
        u"cannot read the claims of theme %1"_s.arg(themeId));
}

QHash<qint64, QList<qint64>> LibraryStore::themeIdsOfArticle(qint64 articleId) const
{
    d->error.clear();
    QHash<qint64, QList<qint64>> result;
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return result;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT t.highlight_id, t.theme_id FROM highlight_themes t "
                  u"JOIN highlights h ON h.id = t.highlight_id WHERE h.article_id = :a "
                  u"ORDER BY t.highlight_id, t.theme_id"_s);
    query.bindValue(u":a"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the themes of article %1"_s.arg(articleId), query);
        return result;
    }
    while (query.next())
        result[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    return result;
}

QHash<qint64, QString> LibraryStore::noteTextsOfArticle(qint64 articleId) const
{
    d->error.clear();
    QHash<qint64, QString> result;
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return result;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT n.highlight_id, n.markdown FROM notes n "
                  u"JOIN highlights h ON h.id = n.highlight_id WHERE h.article_id = :a"_s);
    query.bindValue(u":a"_s, articleId);
    if (!query.exec()) {
        d->failQuery(u"cannot read the notes of article %1"_s.arg(articleId), query);
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    return result;
}

std::optional<Theme> LibraryStore::theme(qint64 id) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return std::nullopt;
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, parent_id, name, colour, description FROM themes WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        d->failQuery(u"cannot read theme %1"_s.arg(id), query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return themeFromQuery(query);
}

QList<Theme> LibraryStore::themes() const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, parent_id, name, colour, description FROM themes ORDER BY name COLLATE NOCASE, id"_s)) {
        d->failQuery(u"cannot read the themes"_s, query);
        return {};
    }
    QHash<qint64, QList<Theme>> children;
    while (query.next()) {
        const Theme theme = themeFromQuery(query);
        children[theme.parentId].append(theme);
    }
    // Depth first from the roots: each parent right before its children.
    QList<Theme> result;
    QList<Theme> stack = children.value(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const Theme theme = stack.takeLast();
        result.append(theme);
        QList<Theme> below = children.value(theme.id);
        std::reverse(below.begin(), below.end());
        stack.append(below);
    }
    return result;
}

} // namespace Colloquy
