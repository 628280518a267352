#include "annotate/annotations.h"
#include "rawdatabase.h"
#include "store/database_p.h"
#include "store/ftsexpression.h"
#include "store/librarystore.h"
#include "store/migrations_p.h"
#include "temporarylibrary.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

// Texts written for these tests. Harbour: 0 editor's note, 1 Mara, 2 Tomás, 3 narration.
Article harbourArticle()
{
    Article article;
    article.title = u"Harbour Voices"_s;
    article.sourceFormat = u"text"_s;
    article.normalizedText = u"Harbour Voices fixture"_s;
    article.segments = {
        {SegmentKind::EditorNote, u"Editor's Note"_s, std::nullopt,
            {u"Two people talk about the harbour and its crossings."_s}},
        {SegmentKind::Speaker, QString(), Speaker {u"Mara Lind"_s, u"a ferry captain"_s},
            {u"The ferry crossing takes forty minutes in winter."_s,
                u"Fog is the real enemy of the schedule; ferry ferry ferry delays pile up."_s}},
        {SegmentKind::Speaker, QString(), Speaker {u"Tomás Ruiz"_s, u"who keeps a café"_s},
            {u"A new bridge would end the ferry trade."_s,
                u"Café owners by the pier disagree: they live on waiting passengers."_s}},
        {SegmentKind::Narration, QString(), std::nullopt, {u"Both spoke on the quay at dawn."_s}},
    };
    return article;
}

// Orchard: 0 Ines, 1 Mara (the same name as in the harbour article).
Article orchardArticle()
{
    Article article;
    article.title = u"Orchard Notes"_s;
    article.sourceFormat = u"text"_s;
    article.normalizedText = u"Orchard Notes fixture"_s;
    article.segments = {
        {SegmentKind::Speaker, QString(), Speaker {u"Ines Varga"_s, QString()},
            {u"Apple blossom arrives earlier every decade."_s, u"Bees follow the blossom north."_s}},
        {SegmentKind::Speaker, QString(), Speaker {u"Mara Lind"_s, QString()},
            {u"Ferries carry apples to the islands before the fog season."_s}},
    };
    return article;
}

/// FTS5's own check that each index holds exactly what its content table
/// holds (rank 1: compare with the external content); empty when both agree.
QString indexMismatch(const QString &path)
{
    RawDatabase raw(path);
    if (!raw.isOpen())
        return u"cannot open"_s;
    QSqlQuery query(raw.database());
    for (const QString &index : {u"paragraphs_fts"_s, u"notes_fts"_s}) {
        // A constant statement per index; the names come from the list above.
        if (!query.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(index)))
            return index + u": "_s + query.lastError().text();
    }
    return QString();
}

QString marked(const SearchHit &hit)
{
    QStringList terms;
    for (const TextSpan &span : hit.snippetMatches)
        terms.append(hit.snippet.mid(span.start, span.length));
    return terms.join(u'|');
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sqliteDriverHasFts5();
    void matchExpressionQuotesEveryWord_data();
    void matchExpressionQuotesEveryWord();
    void findsTextWithSpeakerSnippetAndPosition();
    void findsNotesWithTheirHighlight();
    void betterMatchRanksFirst();
    void allWordsMustOccur();
    void prefixAndPhrase();
    void ignoresAccentsAndCase();
    void filtersBySpeaker();
    void filtersByArticle();
    void filtersByThemeIncludingSubThemes();
    void filtersByColour();
    void limitsHits();
    void limitKeepsTheBestHitsOfACommonWord();
    void longParagraphGetsItsBeginningAsSnippet();
    void rankLimitRanksTheNewestMatchesOnly();
    void injectionAttemptsNeverFail_data();
    void injectionAttemptsNeverFail();
    void operatorsAreSearchedAsWords();
    void removingArticleRemovesItsHits();
    void editingAndRemovingNotesUpdatesIndex();
    void undoRedoKeepsIndexInSync();
    void reinsertedParagraphsAreIndexed();
    void migrationIndexesExistingRows();
    void integrityCheckSeesAStaleIndex();

private:
    QList<SearchHit> find(const QString &text, SearchQuery query = {});
    std::optional<qint64> highlightQuote(qint64 article, qsizetype segment, const QString &quote,
        HighlightColour colour = HighlightColour::Yellow);

    std::unique_ptr<TemporaryLibrary> m_library;
    QString m_path;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
    qint64 m_harbour = 0;
    qint64 m_orchard = 0;
};

void TestSearch::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_path = m_library->path();
    m_store = m_library->store();
    m_harbour = m_library->addArticle(harbourArticle());
    m_orchard = m_library->addArticle(orchardArticle());
    QVERIFY(m_harbour > 0 && m_orchard > 0);
    m_annotations = m_library->annotations();
}

void TestSearch::cleanup()
{
    m_library.reset();
}

QList<SearchHit> TestSearch::find(const QString &text, SearchQuery query)
{
    query.text = text;
    const Result<QList<SearchHit>> hits = m_store->search(query);
    if (hits.failed())
        qWarning() << "search failed:" << hits.error();
    return *hits;
}

std::optional<qint64> TestSearch::highlightQuote(
    qint64 article, qsizetype segment, const QString &quote, HighlightColour colour)
{
    const QString text = m_store->article(article)->value().segments.at(segment).text();
    const qsizetype start = text.indexOf(quote);
    if (start < 0)
        return std::nullopt;
    return m_annotations->addHighlight(article, segment, start, start + quote.size(), colour);
}

void TestSearch::sqliteDriverHasFts5()
{
    // The SQLite behind Qt's driver must have FTS5 with the diacritics-folding tokenizer.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts5-probe"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(u"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"_s),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO t (x) VALUES ('Crème brûlée')"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM t WHERE t MATCH 'creme'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"fts5-probe"_s);
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
}

void TestSearch::matchExpressionQuotesEveryWord_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << u"ferry  fog"_s << u"\"ferry\" AND \"fog\""_s;
    QTest::newRow("operators are words")
        << u"a AND b NOT c"_s << u"\"a\" AND \"AND\" AND \"b\" AND \"NOT\" AND \"c\""_s;
    QTest::newRow("near call") << u"NEAR(a b)"_s << u"\"NEAR(a\" AND \"b)\""_s;
    QTest::newRow("inner quote doubled") << u"it\"s"_s << u"\"it\" AND \"s\""_s;
    QTest::newRow("phrase") << u"\"ferry trade\" bridge"_s << u"\"ferry trade\" AND \"bridge\""_s;
    QTest::newRow("unbalanced phrase") << u"bridge \"ferry tr"_s << u"\"bridge\" AND \"ferry tr\""_s;
    QTest::newRow("prefix") << u"caf*"_s << u"\"caf\"*"_s;
    QTest::newRow("lone star dropped") << u"* fog"_s << u"\"fog\""_s;
    QTest::newRow("prefix after punctuation is literal") << u"a-*"_s << u"\"a-\""_s;
    QTest::newRow("punctuation only") << u"( ) - : \"\""_s << QString();
    QTest::newRow("column filter") << u"text:fog"_s << u"\"text:fog\""_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a repeated word counts once") << u"harbour Harbour HARBOUR, harbour"_s << u"\"harbour\""_s;
    QTest::newRow("accents and case as the tokenizer sees them")
        << u"café CAFE cafe\u0301 fog"_s << u"\"café\" AND \"fog\""_s;
    QTest::newRow("a prefix is another term") << u"caf caf* caf"_s << u"\"caf\" AND \"caf\"*"_s;
    QTest::newRow("a repeated phrase counts once")
        << u"\"ferry trade\" \"Ferry  trade\" ferry"_s << u"\"ferry trade\" AND \"ferry\""_s;
    QTest::newRow("2,500 repeats") << QStringList(2500, u"harbour"_s).join(u' ') << u"\"harbour\""_s;
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many.append(u"w%1"_s.arg(i));
    QTest::newRow("at most 16 terms")
        << many.join(u' ') << many.mid(0, 16).join(u"\" AND \""_s).prepend(u'"').append(u'"');
    const QString longPhrase = QStringList(100, u"tide"_s).join(u' ');
    QTest::newRow("a phrase cut at 200 characters at a word's end")
        << u'"' + longPhrase + u'"' << u'"' + QStringList(40, u"tide"_s).join(u' ') + u'"';
    QTest::newRow("only the first 1,000 characters")
        << QStringList(200, u"tide"_s).join(u' ') + u" estuary"_s << u"\"tide\""_s;
}

void TestSearch::matchExpressionQuotesEveryWord()
{
    QFETCH(QString, input);
    QFETCH(QString, expression);
    QCOMPARE(ftsMatchExpression(input), expression);
}

void TestSearch::findsTextWithSpeakerSnippetAndPosition()
{
    const QList<SearchHit> hits = find(u"fog"_s, {.inNotes = false});
    // The harbour's Mara paragraph and the orchard's.
    QCOMPARE(hits.size(), 2);
    const auto harbour = std::find_if(
        hits.cbegin(), hits.cend(), [this](const SearchHit &hit) { return hit.articleId == m_harbour; });
    QVERIFY(harbour != hits.cend());
    QCOMPARE(harbour->source, SearchHit::Source::Text);
    QCOMPARE(harbour->articleTitle, u"Harbour Voices"_s);
    QCOMPARE(harbour->segment, 1);
    QCOMPARE(harbour->paragraph, 1);
    QCOMPARE(harbour->speaker, u"Mara Lind"_s);
    QCOMPARE(harbour->highlightId, 0);
    QCOMPARE(marked(*harbour), u"Fog"_s);
    QVERIFY(harbour->snippet.startsWith(u"Fog is the real enemy"_s));
    const QString paragraph = harbourArticle().segments.at(1).paragraphs.at(1);
    QCOMPARE(harbour->paragraphMatches, QList<TextSpan>({{0, 3}}));
    QCOMPARE(paragraph.mid(0, 3), u"Fog"_s);

    // Narration and the editor's note have no speaker.
    const QList<SearchHit> quay = find(u"quay"_s);
    QCOMPARE(quay.size(), 1);
    QVERIFY(quay.constFirst().speaker.isNull());
    QCOMPARE(quay.constFirst().segment, 3);
}

void TestSearch::findsNotesWithTheirHighlight()
{
    const auto highlight = highlightQuote(m_harbour, 2, u"A new bridge"_s);
    QVERIFY(highlight);
    QVERIFY(m_annotations->setNote(*highlight, u"Ask who pays the **toll** on the bridge."_s));

    const QList<SearchHit> hits = find(u"toll"_s);
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.constFirst();
    QCOMPARE(hit.source, SearchHit::Source::Note);
    QCOMPARE(hit.highlightId, *highlight);
    QCOMPARE(hit.articleId, m_harbour);
    QCOMPARE(hit.segment, 2);
    QCOMPARE(hit.paragraph, -1);
    QCOMPARE(hit.speaker, u"Tomás Ruiz"_s);
    QCOMPARE(marked(hit), u"toll"_s);

    // A word in both: the paragraph and the note are separate hits.
    const QList<SearchHit> bridge = find(u"bridge"_s);
    QCOMPARE(bridge.size(), 2);
    QVERIFY(bridge.at(0).source != bridge.at(1).source);
    QCOMPARE(find(u"bridge"_s, {.inNotes = false}).size(), 1);
    QCOMPARE(find(u"bridge"_s, {.inText = false}).size(), 1);
}

void TestSearch::betterMatchRanksFirst()
{
    // Three "ferry" in one paragraph beat one in the others.
    const QList<SearchHit> hits = find(u"ferry"_s);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.constFirst().segment, 1);
    QCOMPARE(hits.constFirst().paragraph, 1);
    QCOMPARE(hits.constFirst().snippetMatches.size(), 3);
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).score <= hits.at(i).score);
}

void TestSearch::allWordsMustOccur()
{
    const QList<SearchHit> hits = find(u"ferry winter"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().paragraph, 0);
    QCOMPARE(marked(hits.constFirst()), u"ferry|winter"_s);
    QVERIFY(find(u"ferry blossom"_s).isEmpty());
}

void TestSearch::prefixAndPhrase()
{
    // "ferr*" finds ferry and Ferries; a plain word does not.
    QCOMPARE(find(u"ferr*"_s).size(), 4);
    QCOMPARE(find(u"ferr"_s).size(), 0);
    QCOMPARE(find(u"\"ferry trade\""_s).size(), 1);
    QCOMPARE(find(u"\"trade ferry\""_s).size(), 0);
}

void TestSearch::ignoresAccentsAndCase()
{
    for (const QString &query : {u"cafe"_s, u"CAFÉ"_s, u"Café"_s, u"càfè"_s}) {
        const QList<SearchHit> hits = find(query);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(marked(hits.constFirst()), u"Café"_s);
    }
    QCOMPARE(find(u"FOG"_s).size(), 2);
}

void TestSearch::filtersBySpeaker()
{
    const QList<SearchHit> hits = find(u"fog"_s, {.speaker = u"mara lind"_s});
    QCOMPARE(hits.size(), 2); // Mara speaks in both articles
    for (const SearchHit &hit : hits)
        QCOMPARE(hit.speaker, u"Mara Lind"_s);
    QCOMPARE(find(u"ferry"_s, {.speaker = u"Tomás Ruiz"_s}).size(), 1);
    QCOMPARE(find(u"ferry"_s, {.speaker = u"Nobody"_s}).size(), 0);

    // Notes follow their highlight's speaker.
    const auto highlight = highlightQuote(m_orchard, 0, u"Apple blossom"_s);
    QVERIFY(highlight && m_annotations->setNote(*highlight, u"ferry timetables matter here too"_s));
    const QList<SearchHit> ines = find(u"ferry"_s, {.speaker = u"Ines Varga"_s});
    QCOMPARE(ines.size(), 1);
    QCOMPARE(ines.constFirst().source, SearchHit::Source::Note);
}

void TestSearch::filtersByArticle()
{
    const QList<SearchHit> hits = find(u"fog"_s, {.articleId = m_orchard});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().articleId, m_orchard);
    QCOMPARE(hits.constFirst().articleTitle, u"Orchard Notes"_s);
    QCOMPARE(find(u"fog"_s, {.articleId = 9999}).size(), 0);
}

void TestSearch::filtersByThemeIncludingSubThemes()
{
    const auto transport = m_annotations->createTheme(u"Transport"_s);
    QVERIFY(transport);
    const auto bridges = m_annotations->createTheme(u"Bridges"_s, *transport);
    const auto weather = m_annotations->createTheme(u"Weather"_s);
    QVERIFY(bridges && weather);
    const auto claim = highlightQuote(m_harbour, 2, u"new bridge would end"_s);
    const auto fog = highlightQuote(m_harbour, 1, u"Fog is the real enemy"_s);
    QVERIFY(claim && fog);
    QVERIFY(m_annotations->tagHighlight(*claim, *bridges));
    QVERIFY(m_annotations->tagHighlight(*fog, *weather));

    // The claim covers the paragraph "A new bridge would end the ferry trade." only.
    for (const QString &theme : {u"Bridges"_s, u"transport"_s}) {
        const QList<SearchHit> hits = find(u"ferry"_s, {.theme = theme});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().segment, 2);
        QCOMPARE(hits.constFirst().paragraph, 0);
    }
    const QList<SearchHit> weatherHits = find(u"ferry"_s, {.theme = u"Weather"_s});
    QCOMPARE(weatherHits.size(), 1);
    QCOMPARE(weatherHits.constFirst().segment, 1);
    QCOMPARE(weatherHits.constFirst().paragraph, 1);
    QCOMPARE(find(u"ferry"_s, {.theme = u"No such theme"_s}).size(), 0);

    // A claim's note matches the theme too; another highlight's note does not.
    QVERIFY(m_annotations->setNote(*claim, u"ferry owners will object"_s));
    const auto untagged = highlightQuote(m_harbour, 1, u"The ferry crossing"_s);
    QVERIFY(untagged && m_annotations->setNote(*untagged, u"ferry again"_s));
    const QList<SearchHit> withNote = find(u"ferry"_s, {.theme = u"Transport"_s});
    QCOMPARE(withNote.size(), 2);
    QCOMPARE(find(u"ferry"_s, {.theme = u"Transport"_s, .inText = false}).constFirst().highlightId, *claim);
}

void TestSearch::filtersByColour()
{
    const auto green = highlightQuote(m_harbour, 1, u"delays pile up"_s, HighlightColour::Green);
    const auto yellow = highlightQuote(m_harbour, 2, u"ferry trade"_s);
    QVERIFY(green && yellow);

    const QList<SearchHit> greenHits = find(u"ferry"_s, {.colour = HighlightColour::Green});
    QCOMPARE(greenHits.size(), 1);
    QCOMPARE(greenHits.constFirst().paragraph, 1);
    QCOMPARE(greenHits.constFirst().segment, 1);
    const QList<SearchHit> yellowHits = find(u"ferry"_s, {.colour = HighlightColour::Yellow});
    QCOMPARE(yellowHits.size(), 1);
    QCOMPARE(yellowHits.constFirst().segment, 2);
    QCOMPARE(find(u"ferry"_s, {.colour = HighlightColour::Red}).size(), 0);

    // A highlight on the first paragraph does not make the second one match.
    QVERIFY(m_annotations->recolourHighlight(*green, HighlightColour::Red));
    QCOMPARE(find(u"ferry"_s, {.colour = HighlightColour::Green}).size(), 0);
    const auto winter = highlightQuote(m_harbour, 1, u"in winter"_s, HighlightColour::Blue);
    QVERIFY(winter);
    const QList<SearchHit> blue = find(u"ferry"_s, {.colour = HighlightColour::Blue});
    QCOMPARE(blue.size(), 1);
    QCOMPARE(blue.constFirst().paragraph, 0);
}

void TestSearch::limitsHits()
{
    QCOMPARE(find(u"ferr*"_s, {.limit = 2}).size(), 2);
    QCOMPARE(find(u"ferr*"_s, {.limit = 0}).size(), 0);
    QCOMPARE(SearchQuery().limit, 50);
    // The best hits survive the limit.
    QCOMPARE(find(u"ferry"_s, {.limit = 1}).constFirst().paragraph, 1);
}

void TestSearch::limitKeepsTheBestHitsOfACommonWord()
{
    // A word in every paragraph, more often in some: the limit must keep the
    // best-ranked hits, filtered first, each with its own snippet.
    Article tides;
    tides.title = u"Tide Tables"_s;
    tides.sourceFormat = u"text"_s;
    tides.normalizedText = u"Tide Tables fixture"_s;
    for (int i = 0; i < 12; ++i) {
        QStringList words = {u"The"_s, u"tide"_s, u"turned"_s, u"at"_s, u"pier"_s, QString::number(i)};
        for (int extra = 0; extra < i % 4; ++extra)
            words.append(u"tide"_s);
        const QString name = i % 2 ? u"Mara Lind"_s : u"Ola Berg"_s;
        tides.segments.append(
            {SegmentKind::Speaker, QString(), Speaker {name, QString()}, {words.join(u' ')}});
    }
    const qint64 article = m_store->addArticle(tides).id;
    QVERIFY(article > 0);
    for (qsizetype segment = 0; segment < 12; segment += 3)
        QVERIFY(highlightQuote(article, segment, u"tide turned"_s, HighlightColour::Green));

    const auto same = [](const QList<SearchHit> &a, const QList<SearchHit> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).articleId != b.at(i).articleId || a.at(i).segment != b.at(i).segment ||
                a.at(i).paragraph != b.at(i).paragraph || a.at(i).snippet != b.at(i).snippet ||
                a.at(i).snippetMatches != b.at(i).snippetMatches ||
                a.at(i).paragraphMatches != b.at(i).paragraphMatches || a.at(i).score != b.at(i).score)
                return false;
        }
        return true;
    };
    const QList<SearchQuery> filters = {
        {}, {.speaker = u"mara lind"_s}, {.colour = HighlightColour::Green}, {.articleId = article}};
    for (SearchQuery query : filters) {
        query.limit = 1000;
        const QList<SearchHit> all = find(u"tide"_s, query);
        QVERIFY(all.size() >= 4);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).score <= all.at(i).score);
        query.limit = 3;
        const QList<SearchHit> best = find(u"tide"_s, query);
        QVERIFY(same(best, all.first(3)));
        for (const SearchHit &hit : best) {
            QVERIFY(hit.snippet.contains(u"tide"_s, Qt::CaseInsensitive));
            QVERIFY(!hit.snippetMatches.isEmpty());
            QVERIFY(!hit.paragraphMatches.isEmpty());
        }
    }
    // The paragraphs that say it most often come first.
    const SearchHit top = find(u"tide"_s, {.limit = 1}).constFirst();
    QCOMPARE(top.articleId, article);
    QCOMPARE(top.segment % 4, 3);
}

void TestSearch::longParagraphGetsItsBeginningAsSnippet()
{
    // One paragraph of 2 MB with the word at its end: found at once, its beginning as the
    // snippet. Before, snippet() over it took minutes, for every search that found it.
    QString paragraph = u"The lighthouse logbook of Ulla Brandstrom, kept nightly. "_s;
    while (paragraph.size() < 2 * 1024 * 1024)
        paragraph += u"Wind west, sea calm, lamp lit at dusk and trimmed at midnight. "_s;
    paragraph += u"Then the foghorn failed."_s;
    Article logbook;
    logbook.title = u"The Lighthouse Logbook"_s;
    logbook.sourceFormat = u"text"_s;
    logbook.normalizedText = u"The Lighthouse Logbook fixture"_s;
    logbook.segments = {
        {SegmentKind::Speaker, QString(), Speaker {u"Ulla Brandstrom"_s, u"keeper"_s}, {paragraph}}};
    const qint64 id = m_library->addArticle(logbook);
    QVERIFY(id > 0);
    QElapsedTimer timer;
    timer.start();
    const QList<SearchHit> hits = find(u"foghorn"_s);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().articleId, id);
    QVERIFY2(hits.first().snippet.startsWith(u"The lighthouse logbook of Ulla Brandstrom"_s),
        qPrintable(hits.first().snippet));
    QVERIFY(hits.first().snippet.size() <= 161);
    QVERIFY(hits.first().paragraphMatches.isEmpty());
    // A short paragraph still has its match marked.
    const QList<SearchHit> shortHits = find(u"harbour"_s);
    QVERIFY(!shortHits.isEmpty());
    QVERIFY(!shortHits.first().snippetMatches.isEmpty());
}

void TestSearch::rankLimitRanksTheNewestMatchesOnly()
{
    // "fog" is in four paragraphs, once each: Mara's and the orchard's, short ones that rank
    // best, and two long ones of a newer article.
    Article later;
    later.title = u"Fog Horns"_s;
    later.sourceFormat = u"text"_s;
    later.normalizedText = u"Fog Horns fixture"_s;
    later.segments = {{SegmentKind::Narration, QString(), std::nullopt,
        {u"A horn sounds in the fog every minute from the lighthouse on the northern point of the island."_s,
            u"Keepers said that on most winter days the fog came in from the open sea by noon."_s}}};
    const qint64 article = m_store->addArticle(later).id;
    QVERIFY(article > 0);
    const auto first = highlightQuote(m_harbour, 1, u"Fog is the real enemy"_s);
    const auto second = highlightQuote(article, 0, u"A horn sounds"_s);
    QVERIFY(first && second);
    QVERIFY(m_annotations->setNote(*first, u"fog fog fog, always fog"_s));
    QVERIFY(m_annotations->setNote(*second, u"fog horn"_s));

    const QList<SearchHit> all = find(u"fog"_s, {.inNotes = false, .rankLimit = 0});
    QCOMPARE(all.size(), 4);
    QVERIFY(all.at(0).articleId != article && all.at(1).articleId != article);

    // Ranking the newest two: the new article's paragraphs, still ranked, still with snippets.
    const QList<SearchHit> newest = find(u"fog"_s, {.inNotes = false, .rankLimit = 2});
    QCOMPARE(newest.size(), 2);
    for (const SearchHit &hit : newest) {
        QCOMPARE(hit.articleId, article);
        QCOMPARE(marked(hit), u"fog"_s);
    }
    QVERIFY(newest.at(0).score <= newest.at(1).score);
    // Exactly as many matches as the limit: all are ranked.
    QVERIFY(find(u"fog"_s, {.inNotes = false, .rankLimit = 4}).constFirst().articleId != article);

    // A filtered search ranks every match it finds, so it still finds the older ones.
    const QList<SearchHit> harbour =
        find(u"fog"_s, {.articleId = m_harbour, .inNotes = false, .rankLimit = 1});
    QCOMPARE(harbour.size(), 1);
    QCOMPARE(harbour.constFirst().articleId, m_harbour);
    QCOMPARE(find(u"fog"_s, {.speaker = u"Mara Lind"_s, .inNotes = false, .rankLimit = 1}).size(), 2);

    // Notes have their own window: the newest note only.
    const QList<SearchHit> notes = find(u"fog"_s, {.inText = false, .rankLimit = 1});
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.constFirst().highlightId, *second);
    QCOMPARE(find(u"fog"_s, {.inText = false, .rankLimit = 0}).constFirst().highlightId, *first);
}

void TestSearch::injectionAttemptsNeverFail_data()
{
    QTest::addColumn<QString>("input");
    for (const QString &input : {u"\""_s, u"NEAR("_s, u"NEAR(ferry fog, 2)"_s, u"*"_s, u"ferry AND"_s,
             u"AND"_s, u"-x"_s, u"a:b"_s, u"("_s, u")"_s, u"ferry OR"_s, u"^ferry"_s, u"text:fog"_s,
             u"{text}: fog"_s, u"fog\""_s, u"\"\"\"\""_s, u"'); DROP TABLE paragraphs; --"_s, u"\\"_s,
             u"ferry*\"*"_s, u"+"_s, u"fog NOT"_s, u"\u00a0\t"_s, u"\U0001F6A2"_s, u"\uE000fog\uE001"_s})
        QTest::newRow(qPrintable(input)) << input;
}

void TestSearch::injectionAttemptsNeverFail()
{
    QFETCH(QString, input);
    const Result<QList<SearchHit>> hits = m_store->search({.text = input});
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    // The library is untouched and still answers.
    QCOMPARE(find(u"ferry"_s).size(), 3);
}

void TestSearch::operatorsAreSearchedAsWords()
{
    // Were these FTS5 syntax, they would find the fog paragraphs.
    QCOMPARE(find(u"text:fog"_s).size(), 0);
    QCOMPARE(find(u"NEAR(fog enemy)"_s).size(), 0);
    QCOMPARE(find(u"fog OR blossom"_s).size(), 0);
    // "-ferry" is the word ferry, not "without ferry" (which would find the orchard's fog).
    const QList<SearchHit> hits = find(u"fog -ferry"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().articleId, m_harbour);
    // "AND" is the ordinary word in "talk about the harbour and its crossings".
    QCOMPARE(find(u"about AND"_s).size(), 1);
}

void TestSearch::removingArticleRemovesItsHits()
{
    const auto highlight = highlightQuote(m_harbour, 1, u"Fog is"_s);
    QVERIFY(highlight && m_annotations->setNote(*highlight, u"blossom of fog"_s));
    QCOMPARE(find(u"fog"_s).size(), 3);
    QVERIFY(m_store->removeArticle(m_harbour));
    const QList<SearchHit> hits = find(u"fog"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().articleId, m_orchard);
    QCOMPARE(find(u"blossom"_s).size(), 2); // the orchard's paragraphs, not the removed note
    QVERIFY(find(u"ferry"_s).isEmpty());
    QCOMPARE(indexMismatch(m_path), QString());
}

void TestSearch::editingAndRemovingNotesUpdatesIndex()
{
    const auto highlight = highlightQuote(m_harbour, 3, u"quay at dawn"_s);
    QVERIFY(highlight);
    QVERIFY(m_annotations->setNote(*highlight, u"lighthouse keepers"_s));
    QCOMPARE(find(u"lighthouse"_s).size(), 1);
    QVERIFY(m_annotations->setNote(*highlight, u"harbour pilots"_s));
    QCOMPARE(find(u"lighthouse"_s).size(), 0);
    QCOMPARE(find(u"pilots"_s).size(), 1);
    QVERIFY(m_annotations->setNote(*highlight, QString()));
    QCOMPARE(find(u"pilots"_s).size(), 0);

    QVERIFY(m_annotations->setNote(*highlight, u"pilots once more"_s));
    QCOMPARE(find(u"pilots"_s).size(), 1);
    QVERIFY(m_annotations->removeHighlight(*highlight));
    QCOMPARE(find(u"pilots"_s).size(), 0);
    QCOMPARE(indexMismatch(m_path), QString());
}

void TestSearch::undoRedoKeepsIndexInSync()
{
    QUndoStack *stack = m_annotations->undoStack();
    const auto highlight = highlightQuote(m_harbour, 2, u"waiting passengers"_s);
    QVERIFY(highlight);
    QVERIFY(m_annotations->setNote(*highlight, u"gulls"_s));
    QVERIFY(m_annotations->setNote(*highlight, u"terns"_s));
    QCOMPARE(find(u"terns"_s).size(), 1);

    stack->undo(); // back to gulls
    QCOMPARE(find(u"terns"_s).size(), 0);
    QCOMPARE(find(u"gulls"_s).size(), 1);
    stack->redo();
    QCOMPARE(find(u"terns"_s).size(), 1);
    QCOMPARE(find(u"gulls"_s).size(), 0);

    QVERIFY(m_annotations->removeHighlight(*highlight));
    QCOMPARE(find(u"terns"_s).size(), 0);
    stack->undo(); // the highlight comes back with its note
    const QList<SearchHit> back = find(u"terns"_s);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.constFirst().highlightId, *highlight);
    stack->redo();
    QCOMPARE(find(u"terns"_s).size(), 0);

    while (stack->canUndo())
        stack->undo();
    QCOMPARE(find(u"gulls"_s).size() + find(u"terns"_s).size(), 0);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(find(u"terns"_s).size(), 0); // redo ends with the highlight removed
    stack->undo();
    QCOMPARE(find(u"terns"_s).size(), 1);
    QCOMPARE(indexMismatch(m_path), QString());
}

void TestSearch::reinsertedParagraphsAreIndexed()
{
    // A segment correction or re-import deletes and re-inserts paragraphs;
    // whatever writes them, the index follows.
    {
        RawDatabase raw(m_path);
        QVERIFY(raw.isOpen());
        QSqlQuery query(raw.database());
        QVERIFY(query.exec(u"PRAGMA foreign_keys = ON"_s));
        query.prepare(u"SELECT id FROM segments WHERE article_id = :a AND ordinal = 1"_s);
        query.bindValue(u":a"_s, m_harbour);
        QVERIFY(query.exec() && query.next());
        const qint64 segment = query.value(0).toLongLong();
        query.finish();
        query.prepare(u"DELETE FROM paragraphs WHERE segment_id = :s"_s);
        query.bindValue(u":s"_s, segment);
        QVERIFY(query.exec());
        query.prepare(u"INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (:s, 0, :t)"_s);
        query.bindValue(u":s"_s, segment);
        query.bindValue(u":t"_s, u"Mist, not fog, slows the hydrofoil."_s);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(u"UPDATE paragraphs SET text = :t WHERE text LIKE 'Bees%'"_s);
        query.bindValue(u":t"_s, u"Wasps follow the blossom north."_s);
        QVERIFY(query.exec());
    }
    QCOMPARE(find(u"winter"_s).size(), 0);
    QCOMPARE(find(u"enemy"_s).size(), 0);
    const QList<SearchHit> hydrofoil = find(u"hydrofoil"_s);
    QCOMPARE(hydrofoil.size(), 1);
    QCOMPARE(hydrofoil.constFirst().speaker, u"Mara Lind"_s);
    QCOMPARE(find(u"fog"_s).size(), 2);
    QCOMPARE(find(u"bees"_s).size(), 0);
    QCOMPARE(find(u"wasps"_s).size(), 1);
    QCOMPARE(indexMismatch(m_path), QString());
}

void TestSearch::migrationIndexesExistingRows()
{
    // A library written before search existed (schema 3) is indexed when opened.
    const QString path = m_library->filePath(u"old.sqlite"_s);
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        const auto all = Store::schemaMigrations();
        QVERIFY(all.size() >= 4);
        QString error;
        {
            Store::Database db(raw.database());
            QVERIFY2(Store::applyMigrations(db, all.first(3), nullptr, &error), qPrintable(error));
        }
        QSqlQuery query(raw.database());
        for (const QString &sql :
            {
                u"INSERT INTO articles (id, source_format, imported_at, content_hash, raw_source, "
                "normalized_text) VALUES (1, 'text', '2026-01-01T00:00:00.000Z', 'h', x'', 'x')"_s,
                u"INSERT INTO segments (id, article_id, ordinal, kind) VALUES (1, 1, 0, 'narration')"_s,
                u"INSERT INTO paragraphs (segment_id, ordinal, text) VALUES (1, 0, 'Lanterns on the jetty')"_s,
                u"INSERT INTO highlights (article_id, segment_ordinal, start_offset, end_offset, "
                u"quote_exact, "
                "quote_prefix, quote_suffix, anchor_state, colour, author, created_at, modified_at) VALUES "
                "(1, 0, 0, 8, 'Lanterns', '', '', 'anchored', 'yellow', 'me', 't', 't')"_s,
                u"INSERT INTO notes (highlight_id, markdown, author, created_at, modified_at) VALUES "
                "(1, 'kerosene smell', 'me', 't', 't')"_s,
            })
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    LibraryStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(store.search({.text = u"jetty"_s})->size(), 1);
    QCOMPARE(indexMismatch(path), QString());
    const QList<SearchHit> notes = *store.search({.text = u"kerosene"_s});
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.constFirst().source, SearchHit::Source::Note);
}

void TestSearch::integrityCheckSeesAStaleIndex()
{
    // The check the sync tests rely on does notice a write that bypassed the triggers.
    QCOMPARE(indexMismatch(m_path), QString());
    {
        RawDatabase raw(m_path);
        QSqlQuery query(raw.database());
        QVERIFY(query.exec(u"DROP TRIGGER paragraphs_fts_update"_s));
        QVERIFY(query.exec(u"UPDATE paragraphs SET text = 'Gulls everywhere.' WHERE text LIKE 'Bees%'"_s));
    }
    QVERIFY(!indexMismatch(m_path).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
