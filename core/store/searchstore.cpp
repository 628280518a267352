// LibraryStore's full-text search over the FTS5 indexes of paragraphs and notes
// (migration 4 creates them and the triggers that keep them in sync).

#include "store/ftsexpression.h"
#include "store/librarystore_p.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

// The theme named in the query and all its sub-themes.
const QString WantedThemes =
    u"WITH RECURSIVE wanted_themes(id) AS ("
    "SELECT id FROM themes WHERE name = :theme COLLATE NOCASE "
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

/// The filters of a query as they go into the SQL: empty ones are left out of
/// the statement altogether, so an unfiltered search joins nothing per match.
struct Filters
{
    QString speaker = {};
    QString theme = {};
    QString colour = {};
    qint64 articleId = 0;

    bool claims() const { return !theme.isEmpty() || !colour.isEmpty(); }
    bool any() const { return claims() || !speaker.isEmpty() || articleId != 0; }
};

// Qt binds a null QString as NULL, and trimming may give one.
QString trimmedNotNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? u""_s : trimmed;
}

Filters filtersOf(const SearchQuery &search)
{
    return {trimmedNotNull(search.speaker), trimmedNotNull(search.theme),
        search.colour ? colourName(*search.colour) : u""_s, search.articleId};
}

/// The matches of one index that pass the filters: a FROM clause (the
/// index and the tables a filter needs) and its WHERE condition.
struct Matches
{
    QString index = {};
    QString from = {};
    QString where = {};
    bool themes = false; ///< needs WantedThemes in front
};

Matches textMatches(const Filters &f)
{
    Matches m {
        u"paragraphs_fts"_s, u"FROM paragraphs_fts"_s, u"paragraphs_fts MATCH :match"_s, !f.theme.isEmpty()};
    if (f.articleId != 0 || !f.speaker.isEmpty() || f.claims())
        m.from +=
            u" JOIN paragraphs AS p ON p.id = paragraphs_fts.rowid JOIN segments AS s ON s.id = p.segment_id"_s;
    if (!f.speaker.isEmpty()) {
        m.from += u" JOIN speakers AS sp ON sp.id = s.speaker_id"_s;
        m.where += u" AND sp.name = :speaker COLLATE NOCASE"_s;
    }
    if (f.articleId != 0)
        m.where += u" AND s.article_id = :article"_s;
    if (f.claims()) {
        m.where += u" AND EXISTS (SELECT 1 FROM highlights AS h WHERE h.article_id = s.article_id "
                   "AND h.segment_ordinal = s.ordinal AND h.anchor_state <> 'orphaned'"_s;
        if (!f.colour.isEmpty())
            m.where += u" AND h.colour = :colour"_s;
        if (!f.theme.isEmpty())
            m.where += u" AND "_s + TaggedWithWantedTheme;
        m.where += u" AND h.end_offset > "_s + ParagraphStart + u" AND h.start_offset < "_s + ParagraphStart +
            u" + length(p.text))"_s;
    }
    return m;
}

Matches noteMatches(const Filters &f)
{
    Matches m {u"notes_fts"_s, u"FROM notes_fts"_s, u"notes_fts MATCH :match"_s, !f.theme.isEmpty()};
    if (f.articleId != 0 || !f.speaker.isEmpty() || f.claims())
        m.from += u" JOIN highlights AS h ON h.id = notes_fts.rowid"_s;
    if (!f.speaker.isEmpty()) {
        m.from += u" JOIN segments AS s ON s.article_id = h.article_id AND s.ordinal = h.segment_ordinal "
                  "JOIN speakers AS sp ON sp.id = s.speaker_id"_s;
        m.where += u" AND h.anchor_state <> 'orphaned' AND sp.name = :speaker COLLATE NOCASE"_s;
    }
    if (f.articleId != 0)
        m.where += u" AND h.article_id = :article"_s;
    if (!f.colour.isEmpty())
        m.where += u" AND h.colour = :colour"_s;
    if (!f.theme.isEmpty())
        m.where += u" AND "_s + TaggedWithWantedTheme;
    return m;
}

/// The rowid of the `:window`-th newest match (counting from 0); no row when
/// there are not that many. Walks the index newest first and stops there.
QString cutOffSql(const Matches &m)
{
    return (m.themes ? WantedThemes : QString()) + u"SELECT "_s + m.index + u".rowid "_s + m.from +
        u" WHERE "_s + m.where + u" ORDER BY "_s + m.index + u".rowid DESC LIMIT 1 OFFSET :window"_s;
}

/*
 * Both searches run in two steps. The inner query ranks the matches by bm25
 * and keeps the best :limit ids, joining only the tables a filter needs; the
 * outer one looks those few rows up again (MATCH plus rowid, so the
 * auxiliary functions have their phrase) and only then joins the titles and
 * speakers and computes snippet() and highlight(). In one flat query SQLite
 * computes every result column, snippets included, for each match before the
 * sorter keeps :limit of them: for a word in most paragraphs that was
 * tokenising tens of thousands of paragraphs twice to show fifty.
 *
 * bm25 itself costs about a microsecond a match (it reads each match's
 * length), so only matches with rowid >= :cut are ranked: 0, or for an
 * unfiltered search with more than SearchQuery::rankLimit matches the
 * cut-off from cutOffSql(), found by walking the index newest first.
 */
QString rankedSql(const Matches &m)
{
    return (m.themes ? WantedThemes + u", "_s : u"WITH "_s) + u"best(id, score) AS (SELECT "_s + m.index +
        u".rowid, bm25("_s + m.index + u") "_s + m.from + u" WHERE "_s + m.where + u" AND "_s + m.index +
        u".rowid >= :cut ORDER BY 2, 1 LIMIT :limit) "_s;
}

QString textSearchSql(const Filters &f)
{
    return rankedSql(textMatches(f)) +
        u"SELECT a.id, a.title, s.ordinal, p.ordinal, sp.name, "
        "snippet(paragraphs_fts, 0, char(57344), char(57345), '…', 16), "
        "highlight(paragraphs_fts, 0, char(57344), char(57345)), best.score "
        "FROM best CROSS JOIN paragraphs_fts "
        "JOIN paragraphs AS p ON p.id = best.id "
        "JOIN segments AS s ON s.id = p.segment_id "
        "JOIN articles AS a ON a.id = s.article_id "
        "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id "
        "WHERE paragraphs_fts MATCH :match2 AND paragraphs_fts.rowid = best.id "
        "ORDER BY best.score, best.id"_s;
}

QString noteSearchSql(const Filters &f)
{
    return rankedSql(noteMatches(f)) +
        u"SELECT a.id, a.title, h.segment_ordinal, h.id, "
        "CASE WHEN h.anchor_state = 'orphaned' THEN NULL ELSE sp.name END, "
        "snippet(notes_fts, 0, char(57344), char(57345), '…', 16), best.score "
        "FROM best CROSS JOIN notes_fts "
        "JOIN highlights AS h ON h.id = best.id "
        "JOIN articles AS a ON a.id = h.article_id "
        "LEFT JOIN segments AS s ON s.article_id = h.article_id AND s.ordinal = h.segment_ordinal "
        "LEFT JOIN speakers AS sp ON sp.id = s.speaker_id "
        "WHERE notes_fts MATCH :match2 AND notes_fts.rowid = best.id "
        "ORDER BY best.score, best.id"_s;
}

// Binds exactly the placeholders of Matches: the match and the filters that are set.
void bindFilters(QSqlQuery &query, const Filters &f, const QString &match)
{
    query.bindValue(u":match"_s, match);
    if (!f.speaker.isEmpty())
        query.bindValue(u":speaker"_s, f.speaker);
    if (f.articleId != 0)
        query.bindValue(u":article"_s, f.articleId);
    if (!f.colour.isEmpty())
        query.bindValue(u":colour"_s, f.colour);
    if (!f.theme.isEmpty())
        query.bindValue(u":theme"_s, f.theme);
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

    const Filters filters = filtersOf(search);
    QList<SearchHit> hits;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // Runs the search of one index, first finding the rowid from which its matches are ranked.
    const auto run = [&](const Matches &matches, const QString &sql) {
        qint64 cut = 0;
        // A filtered search ranks all it finds: walking the matches newest first through the
        // joins would cost more than ranking them (SQLite plans the ranking query better).
        if (search.rankLimit > 0 && !filters.any()) {
            query.prepare(cutOffSql(matches));
            bindFilters(query, filters, match);
            query.bindValue(u":window"_s, search.rankLimit - 1);
            if (!query.exec())
                return false;
            if (query.next())
                cut = query.value(0).toLongLong();
            query.finish();
        }
        query.prepare(sql);
        bindFilters(query, filters, match);
        query.bindValue(u":match2"_s, match);
        query.bindValue(u":cut"_s, cut);
        query.bindValue(u":limit"_s, search.limit);
        return query.exec();
    };
    if (search.inText) {
        if (!run(textMatches(filters), textSearchSql(filters))) {
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
        if (!run(noteMatches(filters), noteSearchSql(filters))) {
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
