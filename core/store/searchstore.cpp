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

// The Trash stays in the indexes (an article there keeps its rows); its rows are left out of the
// matches here. The partial index on trashed_at makes this nothing when the Trash is empty.
const QString NotInTrashText =
    u" AND paragraphs_fts.rowid NOT IN (SELECT tp.id FROM articles AS ta "
    "JOIN segments AS ts ON ts.article_id = ta.id "
    "JOIN paragraphs AS tp ON tp.segment_id = ts.id WHERE ta.trashed_at IS NOT NULL)"_s;
const QString NotInTrashNotes =
    u" AND notes_fts.rowid NOT IN (SELECT th.id FROM articles AS ta "
    "JOIN highlights AS th ON th.article_id = ta.id WHERE ta.trashed_at IS NOT NULL)"_s;

Matches textMatches(const Filters &f)
{
    Matches m {u"paragraphs_fts"_s, u"FROM paragraphs_fts"_s,
        u"paragraphs_fts MATCH :match"_s + NotInTrashText, !f.theme.isEmpty()};
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
    Matches m {u"notes_fts"_s, u"FROM notes_fts"_s, u"notes_fts MATCH :match"_s + NotInTrashNotes,
        !f.theme.isEmpty()};
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

/*
 * snippet() and highlight() tokenise the whole paragraph, and snippet() scores
 * windows around every match in it: a 1 MB paragraph took 23 s, a 60 MB one
 * (an import of one long line) many minutes, for every later search that found
 * it. A paragraph longer than 64K characters gets its beginning as
 * the snippet instead, with no match marked (CASE evaluates only the branch it
 * takes); the reader then opens it at its start.
 */
QString textSearchSql(const Filters &f)
{
    return rankedSql(textMatches(f)) +
        u"SELECT a.id, a.title, s.ordinal, p.ordinal, sp.name, "
        "CASE WHEN length(p.text) <= 65536 "
        "THEN snippet(paragraphs_fts, 0, char(57344), char(57345), '…', 16) "
        "ELSE substr(p.text, 1, 160) || '…' END, best.score, "
        "CASE WHEN length(p.text) <= 65536 THEN highlight(paragraphs_fts, 0, char(57344), char(57345)) END "
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
void bindFilters(Store::Statement &statement, const Filters &f, const QString &match)
{
    statement.bind(u":match"_s, match);
    if (!f.speaker.isEmpty())
        statement.bind(u":speaker"_s, f.speaker);
    if (f.articleId != 0)
        statement.bind(u":article"_s, f.articleId);
    if (!f.colour.isEmpty())
        statement.bind(u":colour"_s, f.colour);
    if (!f.theme.isEmpty())
        statement.bind(u":theme"_s, f.theme);
}

// The columns of textSearchSql() and noteSearchSql(), which differ in column 3 and the text's extra 7.
SearchHit hitFromRow(const Store::Statement &row, SearchHit::Source source)
{
    SearchHit hit;
    hit.source = source;
    hit.articleId = row.id(0);
    hit.articleTitle = row.text(1);
    hit.segment = row.integer(2);
    hit.speaker = row.text(4);
    hit.snippet = takeMatchMarkers(row.text(5), &hit.snippetMatches);
    hit.score = row.real(6);
    if (source == SearchHit::Source::Text) {
        hit.paragraph = row.integer(3);
        takeMatchMarkers(row.text(7), &hit.paragraphMatches);
    } else {
        hit.highlightId = row.id(3);
    }
    return hit;
}

/// The search of one index: the ranked query over its matches.
struct IndexSearch
{
    Store::Database &db;
    const SearchQuery &search;
    const Filters &filters;
    const QString &match;

    /// The rowid from which the matches are ranked (see rankedSql()).
    Result<qint64> cut(const Matches &matches) const
    {
        // A filtered search ranks all it finds: walking the matches newest first through the
        // joins would cost more than ranking them (SQLite plans the ranking query better).
        if (search.rankLimit <= 0 || filters.any())
            return qint64(0);
        Store::Statement statement = db.prepare(cutOffSql(matches));
        bindFilters(statement, filters, match);
        if (!statement.exec({{u":window"_s, search.rankLimit - 1}}))
            return Failure {statement.errorText()};
        return statement.next() ? statement.id(0) : qint64(0);
    }

    /// Appends the hits of `sql` over `matches` to `hits`; the driver's reason on a failure.
    std::optional<QString> run(
        const Matches &matches, const QString &sql, SearchHit::Source source, QList<SearchHit> &hits) const
    {
        const Result<qint64> from = cut(matches);
        if (from.failed())
            return from.error();
        Store::Statement statement = db.prepare(sql);
        bindFilters(statement, filters, match);
        if (statement.exec({{u":match2"_s, match}, {u":cut"_s, *from}, {u":limit"_s, search.limit}})) {
            while (statement.next())
                hits.append(hitFromRow(statement, source));
        }
        if (!statement.ok())
            return statement.errorText();
        return std::nullopt;
    }
};

} // namespace

Result<QList<SearchHit>> LibraryStore::search(const SearchQuery &search) const
{
    if (!isOpen())
        return Private::readFailure(Private::notOpen());
    const QString match = ftsMatchExpression(search.text);
    if (match.isEmpty() || search.limit <= 0)
        return QList<SearchHit>();

    const Filters filters = filtersOf(search);
    const IndexSearch index {d->db, search, filters, match};
    QList<SearchHit> hits;
    if (search.inText) {
        if (auto reason =
                index.run(textMatches(filters), textSearchSql(filters), SearchHit::Source::Text, hits))
            return Private::readFailure(u"cannot search the articles: %1"_s.arg(*reason));
    }
    if (search.inNotes) {
        if (auto reason =
                index.run(noteMatches(filters), noteSearchSql(filters), SearchHit::Source::Note, hits))
            return Private::readFailure(u"cannot search the notes: %1"_s.arg(*reason));
    }
    // Each list is sorted already; merge them by score, text first on a tie.
    std::stable_sort(
        hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    if (hits.size() > search.limit)
        hits.resize(search.limit);
    return hits;
}

} // namespace Colloquy
