// LibraryStore: comparing voices. The theme × voice matrix, the speaker
// overview and the claims behind a cell, each one statement over a common
// `voices` table expression; the words per segment they divide by.

#include "model/wordcount.h"
#include "store/librarystore_p.h"
#include "store/migrations_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

using Store::Statement;

namespace {

/// A placeholder and its value, for statements whose text is assembled from parts.
using BoundValues = QList<std::pair<QString, QVariant>>;

QString jsonList(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return jsonList(array);
}

/**
 * The common table expressions `scope(article_id)` (only with articles
 * named) and `voices(speaker_id, vkey, name, person_id, article_id,
 * ordinal)`: every speaker of the scope with the key of the column it counts
 * in. Binds what it uses into `binds`. One placeholder each: SQLite gives a
 * name used twice one index, but the text stays easier to check this way.
 */
QString voicesSql(const ComparisonScope &scope, BoundValues &binds)
{
    QString key;
    QString name;
    QString join;
    switch (scope.grouping) {
    case VoiceGrouping::Speakers:
        key = u"'s' || sp.id"_s;
        name = u"sp.name"_s;
        break;
    case VoiceGrouping::People:
        key = u"CASE WHEN sp.person_id IS NULL THEN 's' || sp.id ELSE 'p' || sp.person_id END"_s;
        name = u"COALESCE(p.display_name, sp.name)"_s;
        join = u" LEFT JOIN people AS p ON p.id = sp.person_id"_s;
        break;
    case VoiceGrouping::Attribute:
        key = u"'v' || COALESCE(g.value, '')"_s;
        name = u"COALESCE(g.value, '')"_s;
        join =
            u" LEFT JOIN person_attributes AS g ON g.person_id = sp.person_id AND g.attribute_id = :group"_s;
        binds.append({u":group"_s, scope.groupAttributeId});
        break;
    }
    // Articles in the Trash are out of every comparison (the partial index makes this cheap).
    QStringList where {u"sp.article_id NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL)"_s};
    QString sql;
    if (!scope.wholeLibrary()) {
        sql = u"scope(article_id) AS (SELECT value FROM json_each(:articles)), "_s;
        binds.append({u":articles"_s, idList(scope.articleIds)});
        where.append(u"sp.article_id IN scope"_s);
    }
    if (scope.filtered()) {
        where.append(u"EXISTS (SELECT 1 FROM person_attributes AS f WHERE f.person_id = sp.person_id "
                     "AND f.attribute_id = :filter AND f.value IN (SELECT value FROM json_each(:values)))"_s);
        binds.append({u":filter"_s, scope.filterAttributeId});
        binds.append({u":values"_s, jsonList(QJsonArray::fromStringList(scope.filterValues))});
    }
    sql += u"voices(speaker_id, vkey, name, person_id, article_id, ordinal) AS (SELECT sp.id, %1, %2, "
           "sp.person_id, sp.article_id, sp.ordinal FROM speakers AS sp%3%4)"_s.arg(
               key, name, join, where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s));
    return sql;
}

/// The columns voiceFromRow() reads, from `voices AS v` and `articles AS a`;
/// `aggregate` for a statement grouped by v.vkey.
QString voiceColumns(bool aggregate)
{
    QStringList columns {u"v.vkey"_s};
    for (const QString &column : {u"v.name"_s, u"v.speaker_id"_s, u"v.person_id"_s, u"v.article_id"_s,
             u"v.ordinal"_s, u"a.title"_s, u"a.source_path"_s})
        columns.append(aggregate ? u"min(%1)"_s.arg(column) : column);
    return columns.join(u", "_s);
}
constexpr int VoiceColumnCount = 8;

/// A voice from VoiceColumns starting at `first`: the ids it stands for under `grouping`.
Voice voiceFromRow(const Statement &row, int first, VoiceGrouping grouping)
{
    Voice voice;
    voice.key = row.text(first);
    voice.name = row.text(first + 1);
    const bool oneSpeaker = grouping == VoiceGrouping::Speakers || voice.key.startsWith(u's');
    if (grouping == VoiceGrouping::Attribute)
        return voice;
    voice.personId = row.id(first + 3);
    if (!oneSpeaker)
        return voice;
    voice.speakerId = row.id(first + 2);
    voice.articleId = row.id(first + 4);
    ArticleSummary article;
    article.title = row.text(first + 6);
    article.sourcePath = row.text(first + 7);
    voice.articleTitle = article.displayTitle();
    return voice;
}

/// Speakers by article, then in order of speaking; people and values by name, the empty value last.
struct VoiceOrder
{
    VoiceGrouping grouping;
    QHash<QString, qint64> ordinals; ///< per key, for speakers

    bool operator()(const Voice &a, const Voice &b) const
    {
        if (grouping == VoiceGrouping::Speakers) {
            if (a.articleId != b.articleId)
                return a.articleId < b.articleId;
            return ordinals.value(a.key) < ordinals.value(b.key);
        }
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.key < b.key;
    }
};

/// The rows a theme counts in: itself and each ancestor, at most 64 levels
/// up (a damaged parent chain must not loop).
const QString AncestorsSql = u"up(theme_id, ancestor_id, depth) AS (SELECT id, id, 0 FROM themes "
                             "UNION ALL SELECT up.theme_id, t.parent_id, up.depth + 1 FROM up "
                             "JOIN themes AS t ON t.id = up.ancestor_id "
                             "WHERE t.parent_id IS NOT NULL AND up.depth < 64)"_s;

/// The voices' turns joined to their highlights.
const QString VoiceHighlightsSql = u"FROM voices AS v JOIN segments AS s ON s.speaker_id = v.speaker_id "
                                   "JOIN highlights AS h ON h.article_id = s.article_id "
                                   "AND h.segment_ordinal = s.ordinal"_s;
/// The same, read in that order (CROSS JOIN fixes it in SQLite): from the voices in scope to their
/// turns to the highlights placed there, through indexes. The planner, not knowing how few voices
/// a scope has, otherwise starts from every tagging in the library (one article's overview took
/// 600 ms on 100,000 claims, 2 ms in this order; bench_matrix).
const QString VoiceHighlightsInOrderSql =
    u"FROM voices AS v CROSS JOIN segments AS s ON s.speaker_id = v.speaker_id "
    "CROSS JOIN highlights AS h ON h.article_id = s.article_id AND h.segment_ordinal = s.ordinal"_s;
/// Only highlights that have a place: an orphan says nothing about its speaker any more.
const QString PlacedSql = u" WHERE h.anchor_state <> 'orphaned'"_s;

} // namespace

namespace Store {

/// Runs `sql` with `binds` and hands each row to `row`; the failure, if any.
template<typename Row>
std::optional<Failure> eachRow(
    Database &db, const QString &what, const QString &sql, const BoundValues &binds, Row &&row)
{
    if (!db.isOpen())
        return Failure {u"the library is not open"_s};
    Statement statement = db.prepare(sql);
    for (const auto &[name, value] : binds)
        statement.bind(name, value);
    if (statement.ok())
        statement.exec();
    while (statement.ok() && statement.next())
        row(statement);
    if (!statement.ok())
        return Failure {u"%1: %2"_s.arg(what, statement.errorText())};
    return std::nullopt;
}

bool countSegmentWords(Database &db, QString *error)
{
    QHash<qint64, qint64> words;
    {
        Statement read = db.run(u"SELECT segment_id, text FROM paragraphs"_s);
        while (read.next())
            words[read.id(0)] += countWords(read.text(1));
        if (!read.ok()) {
            *error = u"cannot count the words of the segments: %1"_s.arg(read.errorText());
            return false;
        }
    }
    Statement update = db.prepare(u"UPDATE segments SET word_count = :words WHERE id = :id"_s);
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        if (!update.exec({{u":words"_s, it.value()}, {u":id"_s, it.key()}})) {
            *error = u"cannot store the words of segment %1: %2"_s.arg(it.key()).arg(update.errorText());
            return false;
        }
    }
    return true;
}

} // namespace Store

bool LibraryStore::Private::writeWordCounts(qint64 articleId, const QList<Segment> &segments)
{
    Statement update = db.prepare(
        u"UPDATE segments SET word_count = :words WHERE article_id = :article AND ordinal = :ordinal"_s);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        qint64 words = 0;
        for (const QString &paragraph : segments.at(i).paragraphs)
            words += countWords(paragraph);
        if (!update.exec({{u":words"_s, words}, {u":article"_s, articleId}, {u":ordinal"_s, qint64(i)}}))
            return fail(u"cannot store the words of segment %1"_s.arg(i + 1), update);
    }
    return true;
}

Result<ThemeMatrix> LibraryStore::themeMatrix(const ComparisonScope &scope) const
{
    const Result<QList<Theme>> themes = this->themes();
    if (themes.failed())
        return Failure {themes.error()};
    BoundValues binds;
    // One statement, three parts told apart by the first column: 0 the cells
    // (claims per row and voice, each claim once per row however many of the
    // row's themes it carries), 1 each voice's claims, 2 each voice with its words.
    const QString sql = u"WITH RECURSIVE "_s + voicesSql(scope, binds) + u", "_s + AncestorsSql +
        u", claimed(highlight_id, vkey) AS (SELECT h.id, v.vkey "_s + VoiceHighlightsInOrderSql + PlacedSql +
        u" AND EXISTS (SELECT 1 FROM highlight_themes AS x WHERE x.highlight_id = h.id)) "
        "SELECT 0, u.ancestor_id, c.vkey, count(DISTINCT c.highlight_id), NULL, NULL, NULL, NULL, NULL, NULL "
        "FROM claimed AS c JOIN highlight_themes AS ht ON ht.highlight_id = c.highlight_id "
        "JOIN up AS u ON u.theme_id = ht.theme_id GROUP BY u.ancestor_id, c.vkey "
        "UNION ALL SELECT 1, NULL, vkey, count(*), NULL, NULL, NULL, NULL, NULL, NULL FROM claimed "
        "GROUP BY vkey "
        "UNION ALL SELECT 2, total(s.word_count), "_s +
        voiceColumns(true) +
        u" FROM voices AS v LEFT JOIN articles AS a ON a.id = v.article_id "
        "LEFT JOIN segments AS s ON s.speaker_id = v.speaker_id GROUP BY v.vkey"_s;

    struct Cell
    {
        qint64 theme;
        QString key;
        qint64 count;
    };
    QList<Cell> cells;
    QHash<QString, qint64> claimsOf;
    QList<MatrixColumn> columns;
    VoiceOrder order {scope.grouping, {}};
    if (auto failure = Store::eachRow(
            d->db, u"cannot count the claims per theme and speaker"_s, sql, binds, [&](const Statement &row) {
                switch (row.integer(0)) {
                case 0:
                    cells.append({row.id(1), row.text(2), row.integer(3)});
                    break;
                case 1:
                    claimsOf.insert(row.text(2), row.integer(3));
                    break;
                default: {
                    MatrixColumn column;
                    column.voice = voiceFromRow(row, 2, scope.grouping);
                    column.words = qint64(row.real(1));
                    order.ordinals.insert(column.voice.key, row.integer(2 + 5));
                    columns.append(column);
                }
                }
            }))
        return Private::readFailure(failure->message);

    std::sort(columns.begin(), columns.end(),
        [&order](const MatrixColumn &a, const MatrixColumn &b) { return order(a.voice, b.voice); });
    ThemeMatrix matrix;
    matrix.codebook = Codebook(*themes);
    QHash<QString, qsizetype> indexOf;
    for (MatrixColumn &column : columns) {
        column.claims = claimsOf.value(column.voice.key);
        indexOf.insert(column.voice.key, indexOf.size());
    }
    matrix.columns = columns;
    for (const Cell &cell : std::as_const(cells)) {
        QList<qint64> &row = matrix.counts[cell.theme];
        if (row.isEmpty())
            row.resize(columns.size());
        if (const qsizetype i = indexOf.value(cell.key, -1); i >= 0)
            row[i] = cell.count;
    }
    return matrix;
}

Result<QList<SpeakerOverviewRow>> LibraryStore::speakerOverview(const ComparisonScope &scope) const
{
    BoundValues binds;
    const QString sql = u"WITH "_s + voicesSql(scope, binds) +
        u", turns(vkey, turns, words, first, last, articles) AS (SELECT v.vkey, count(s.id), "
        "total(s.word_count), min(s.ordinal), max(s.ordinal), count(DISTINCT s.article_id) FROM voices AS v "
        "LEFT JOIN segments AS s ON s.speaker_id = v.speaker_id GROUP BY v.vkey), "
        "claimed(vkey, claims, themes) AS (SELECT v.vkey, count(DISTINCT h.id), count(DISTINCT ht.theme_id) "_s +
        VoiceHighlightsInOrderSql + u" JOIN highlight_themes AS ht ON ht.highlight_id = h.id"_s + PlacedSql +
        u" GROUP BY v.vkey), named AS (SELECT "_s + voiceColumns(true) +
        u" FROM voices AS v LEFT JOIN articles AS a ON a.id = v.article_id GROUP BY v.vkey) "
        "SELECT named.*, t.turns, t.words, t.first, t.last, t.articles, COALESCE(c.claims, 0), "
        "COALESCE(c.themes, 0) FROM named JOIN turns AS t ON t.vkey = named.vkey "
        "LEFT JOIN claimed AS c ON c.vkey = named.vkey"_s;

    QList<SpeakerOverviewRow> rows;
    VoiceOrder order {scope.grouping, {}};
    qint64 allWords = 0;
    if (auto failure = Store::eachRow(
            d->db, u"cannot read the speaker overview"_s, sql, binds, [&](const Statement &row) {
                SpeakerOverviewRow r;
                r.voice = voiceFromRow(row, 0, scope.grouping);
                order.ordinals.insert(r.voice.key, row.integer(5));
                constexpr int c = VoiceColumnCount;
                r.turns = row.integer(c);
                r.words = qint64(row.real(c + 1));
                if (row.integer(c + 4) == 1) {
                    r.firstTurn = row.integer(c + 2) + 1;
                    r.lastTurn = row.integer(c + 3) + 1;
                }
                r.claims = row.integer(c + 5);
                r.themes = row.integer(c + 6);
                allWords += r.words;
                rows.append(r);
            }))
        return Private::readFailure(failure->message);
    for (SpeakerOverviewRow &r : rows)
        r.share = allWords > 0 ? double(r.words) / double(allWords) : 0.0;
    std::sort(rows.begin(), rows.end(), [&order](const SpeakerOverviewRow &a, const SpeakerOverviewRow &b) {
        return order(a.voice, b.voice);
    });
    return rows;
}

Result<QList<ClaimEntry>> LibraryStore::claims(
    const ComparisonScope &scope, const QList<qint64> &themeIds, const QString &voiceKey) const
{
    BoundValues binds;
    QString sql = u"WITH "_s + voicesSql(scope, binds) +
        u" SELECT h.id, h.article_id, h.segment_ordinal, h.start_offset, h.end_offset, h.quote_exact, "
        "h.quote_prefix, h.quote_suffix, h.anchor_state, h.colour, h.author, h.created_at, h.modified_at, "
        "sp.name, n.markdown, (SELECT group_concat(theme_id) FROM highlight_themes WHERE highlight_id = h.id), "_s +
        voiceColumns(false) + u" "_s + VoiceHighlightsSql +
        u" JOIN speakers AS sp ON sp.id = v.speaker_id JOIN articles AS a ON a.id = h.article_id "
        "LEFT JOIN notes AS n ON n.highlight_id = h.id"_s +
        PlacedSql + u" AND EXISTS (SELECT 1 FROM highlight_themes AS ht WHERE ht.highlight_id = h.id"_s;
    if (!themeIds.isEmpty()) {
        sql += u" AND ht.theme_id IN (SELECT value FROM json_each(:themes))"_s;
        binds.append({u":themes"_s, idList(themeIds)});
    }
    sql += u")"_s;
    if (!voiceKey.isEmpty()) {
        sql += u" AND v.vkey = :voice"_s;
        binds.append({u":voice"_s, voiceKey});
    }
    sql += u" ORDER BY a.imported_at DESC, a.id DESC, h.segment_ordinal, h.start_offset, h.id"_s;

    QList<ClaimEntry> entries;
    if (auto failure =
            Store::eachRow(d->db, u"cannot read the claims"_s, sql, binds, [&](const Statement &row) {
                ClaimEntry entry;
                entry.highlight = Store::highlightFromRow(row);
                entry.note = row.text(14);
                for (const QString &id : row.text(15).split(u',', Qt::SkipEmptyParts))
                    entry.themeIds.append(id.toLongLong());
                std::sort(entry.themeIds.begin(), entry.themeIds.end());
                entry.voice = voiceFromRow(row, 16, scope.grouping);
                ArticleSummary article;
                article.title = row.text(16 + 6);
                article.sourcePath = row.text(16 + 7);
                entry.articleTitle = article.displayTitle();
                entries.append(entry);
            }))
        return Private::readFailure(failure->message);
    return entries;
}

Result<QList<SpeakerTurn>> LibraryStore::speakerTurns(
    const QList<qint64> &articleIds, const QString &match) const
{
    BoundValues binds;
    QStringList where {u"s.kind = 'speaker'"_s, u"a.trashed_at IS NULL"_s};
    if (!articleIds.isEmpty()) {
        where.append(u"s.article_id IN (SELECT value FROM json_each(:articles))"_s);
        binds.append({u":articles"_s, idList(articleIds)});
    }
    if (!match.isEmpty()) {
        where.append(u"s.id IN (SELECT m.segment_id FROM paragraphs_fts JOIN paragraphs AS m "
                     "ON m.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH :match)"_s);
        binds.append({u":match"_s, match});
    }
    const QString sql =
        u"SELECT s.article_id, s.ordinal, sp.name, p.display_name, a.title, a.source_path, pa.text "
        "FROM segments AS s JOIN speakers AS sp ON sp.id = s.speaker_id "
        "LEFT JOIN people AS p ON p.id = sp.person_id JOIN articles AS a ON a.id = s.article_id "
        "JOIN paragraphs AS pa ON pa.segment_id = s.id WHERE "_s +
        where.join(u" AND "_s) + u" ORDER BY a.imported_at DESC, a.id DESC, s.ordinal, pa.ordinal"_s;

    QList<SpeakerTurn> turns;
    if (auto failure = Store::eachRow(
            d->db, u"cannot read the speakers' turns"_s, sql, binds, [&](const Statement &row) {
                const qint64 article = row.id(0);
                const qsizetype segment = row.integer(1);
                if (!turns.isEmpty() && turns.constLast().articleId == article &&
                    turns.constLast().segment == segment) {
                    turns.last().text += u'\n' + row.text(6);
                    return;
                }
                ArticleSummary summary;
                summary.title = row.text(4);
                summary.sourcePath = row.text(5);
                turns.append(
                    {article, summary.displayTitle(), segment, row.text(2), row.text(3), row.text(6)});
            }))
        return Private::readFailure(failure->message);
    return turns;
}

} // namespace Colloquy
