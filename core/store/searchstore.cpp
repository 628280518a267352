// LibraryStore's full-text search over the FTS5 indexes of paragraphs and notes
// (migration 4 creates them and the triggers that keep them in sync).

#include "search/ftsexpression.h"
#include "store/librarystore_p.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// The theme named in the query and all its sub-themes; empty without a theme filter.
const QString WantedThemes =
    u"WITH RECURSIVE wanted_themes(id) AS ("
    "SELECT id FROM themes WHERE :theme1 <> '' AND name = :theme2 COLLATE NOCASE "
    "UNION SELECT t.id FROM themes AS t JOIN wanted_themes AS w ON t.parent_id = w.id) "_s;

const QString TaggedWithWantedTheme =
    u"EXISTS (SELECT 1 FROM highlight_themes AS ht JOIN wanted_themes AS w ON w.id = ht.theme_id "
    "WHERE ht.highlight_id = h.id)"_s;

// Where paragraph p starts in its segment's text (paragraphs joined by '\n'),
// for comparing with highlight offsets. SQLite's length() counts code points
// and highlights count UTF-16 units: they differ only after characters
// outside the BMP, by a few positions at most.
const QString ParagraphStart = u"(SELECT coalesce(sum(length(q.text) + 1), 0) FROM paragraphs AS q "
                               "WHERE q.segment_id = p.segment_id AND q.ordinal < p.ordinal)"_s;

const QString TextSearch = WantedThemes +
    u"SELECT a.id, a.title, s.ordinal, p.ordinal, sp.name, "
    "snippet(paragraphs_fts, 0, char(57344), char(57345), '…', 16), "
    "highlight(paragraphs_fts, 0, char(57344), char(57345)), bm25(paragraphs_fts) "
    "FROM paragraphs_fts "
    "JOIN paragraphs AS p ON p.id = paragraphs_fts.rowid "
    "JOIN segments AS s ON s.id = p.segment_id "
    "JOIN articles AS a ON a.id = s.article_id "
    "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id "
    "WHERE paragraphs_fts MATCH :match "
    "AND (:article1 = 0 OR s.article_id = :article2) "
    "AND (:speaker1 = '' OR sp.name = :speaker2 COLLATE NOCASE) "
    "AND (:claims = 0 OR EXISTS (SELECT 1 FROM highlights AS h "
    "WHERE h.article_id = s.article_id AND h.segment_ordinal = s.ordinal AND h.anchor_state <> 'orphaned' "
    "AND (:colour1 = '' OR h.colour = :colour2) "
    "AND (:theme3 = '' OR "_s +
    TaggedWithWantedTheme + u") AND h.end_offset > "_s + ParagraphStart + u" AND h.start_offset < "_s +
    ParagraphStart +
    u" + length(p.text))) "
    "ORDER BY bm25(paragraphs_fts) LIMIT :limit"_s;

const QString NoteSearch = WantedThemes +
    u"SELECT a.id, a.title, h.segment_ordinal, h.id, "
    "CASE WHEN h.anchor_state = 'orphaned' THEN NULL ELSE sp.name END, "
    "snippet(notes_fts, 0, char(57344), char(57345), '…', 16), bm25(notes_fts) "
    "FROM notes_fts "
    "JOIN highlights AS h ON h.id = notes_fts.rowid "
    "JOIN articles AS a ON a.id = h.article_id "
    "LEFT JOIN segments AS s ON s.article_id = h.article_id AND s.ordinal = h.segment_ordinal "
    "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id "
    "WHERE notes_fts MATCH :match "
    "AND (:article1 = 0 OR h.article_id = :article2) "
    "AND (:speaker1 = '' OR (h.anchor_state <> 'orphaned' AND sp.name = :speaker2 COLLATE NOCASE)) "
    "AND (:colour1 = '' OR h.colour = :colour2) "
    "AND (:theme3 = '' OR "_s +
    TaggedWithWantedTheme +
    u") "
    "ORDER BY bm25(notes_fts) LIMIT :limit"_s;

// Qt binds a null QString as NULL, and trimming may give one.
QString trimmedNotNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? u""_s : trimmed;
}

// Every filter is bound, an empty one as '' or 0 (never NULL, which would make the test NULL).
void bindFilters(QSqlQuery &query, const SearchQuery &search, const QString &match, bool textSearch)
{
    const QString speaker = trimmedNotNull(search.speaker);
    const QString theme = trimmedNotNull(search.theme);
    const QString colour = search.colour ? colourName(*search.colour) : u""_s;
    query.bindValue(u":theme1"_s, theme);
    query.bindValue(u":theme2"_s, theme);
    query.bindValue(u":match"_s, match);
    query.bindValue(u":article1"_s, search.articleId);
    query.bindValue(u":article2"_s, search.articleId);
    query.bindValue(u":speaker1"_s, speaker);
    query.bindValue(u":speaker2"_s, speaker);
    if (textSearch)
        query.bindValue(u":claims"_s, theme.isEmpty() && colour.isEmpty() ? 0 : 1);
    query.bindValue(u":colour1"_s, colour);
    query.bindValue(u":colour2"_s, colour);
    query.bindValue(u":theme3"_s, theme);
    query.bindValue(u":limit"_s, search.limit);
}

QString nullableText(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? QString() : query.value(column).toString();
}

} // namespace

QList<SearchHit> LibraryStore::search(const SearchQuery &search) const
{
    d->error.clear();
    if (!isOpen()) {
        d->fail(u"the library is not open"_s);
        return {};
    }
    const QString match = ftsMatchExpression(search.text);
    if (match.isEmpty() || search.limit <= 0)
        return {};

    QList<SearchHit> hits;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (search.inText) {
        query.prepare(TextSearch);
        bindFilters(query, search, match, true);
        if (!query.exec()) {
            d->failQuery(u"cannot search the articles"_s, query);
            return {};
        }
        while (query.next()) {
            SearchHit hit;
            hit.source = SearchHit::Source::Text;
            hit.articleId = query.value(0).toLongLong();
            hit.articleTitle = nullableText(query, 1);
            hit.segment = query.value(2).toLongLong();
            hit.paragraph = query.value(3).toLongLong();
            hit.speaker = nullableText(query, 4);
            hit.snippet = takeMatchMarkers(query.value(5).toString(), &hit.snippetMatches);
            takeMatchMarkers(query.value(6).toString(), &hit.paragraphMatches);
            hit.score = query.value(7).toDouble();
            hits.append(hit);
        }
        query.finish();
    }
    if (search.inNotes) {
        query.prepare(NoteSearch);
        bindFilters(query, search, match, false);
        if (!query.exec()) {
            d->failQuery(u"cannot search the notes"_s, query);
            return {};
        }
        while (query.next()) {
            SearchHit hit;
            hit.source = SearchHit::Source::Note;
            hit.articleId = query.value(0).toLongLong();
            hit.articleTitle = nullableText(query, 1);
            hit.segment = query.value(2).toLongLong();
            hit.highlightId = query.value(3).toLongLong();
            hit.speaker = nullableText(query, 4);
            hit.snippet = takeMatchMarkers(query.value(5).toString(), &hit.snippetMatches);
            hit.score = query.value(6).toDouble();
            hits.append(hit);
        }
    }
    // Each list is sorted already; merge them by score, text first on a tie.
    std::stable_sort(
        hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > search.limit)
        hits.resize(search.limit);
    return hits;
}

} // namespace Colloquy
