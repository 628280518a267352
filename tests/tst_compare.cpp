// Comparing voices in the core: the theme × voice matrix, the speaker
// overview, speaker attributes, claim relations and suggested claims, checked
// against two small hand-made articles whose counts are worked out below.

#include "clirunner.h"
#include "markedarticle.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include "annotate/annotations.h"
#include "compare/bioattributes.h"
#include "compare/claimrelations.h"
#include "compare/claimsuggestions.h"
#include "compare/speakerattributes.h"
#include "model/sentencesplitter.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using TestArticles::speech;

namespace {

const QString MiraBio = u"a senior fellow at the Lakeshore Institute"_s;

/*
 * "Harbour Roundtable" (article A):
 *   turn 1 Mira   9 words: "Tariffs hurt small ports first." [Trade/Tariffs, Trade]
 *                          "Warming seas matter too."        [Climate]
 *   turn 2 Tomas 11 words: "Open markets lift every boat."   [Trade]
 *                          "Dr. Okonkwo is right about ports." (a highlight, no theme: not a claim)
 *   turn 3 Mira   6 words: "Fishing towns need 3.5 percent more." [Trade/Tariffs]
 * "Coastal Panel" (article B):
 *   turn 1 Mira   3 words: "Subsidies distort fishing."      [Trade]
 *   turn 2 Lena   9 words: "Treaties protect the coast."     [Climate]
 *                          "Tariffs are a blunt tool."       (no highlight)
 */
Article harbourRoundtable()
{
    return TestArticles::article(u"Harbour Roundtable"_s,
        {speech(u"Mira Okonkwo"_s, MiraBio, {u"Tariffs hurt small ports first. Warming seas matter too."_s}),
            speech(u"Tomas Verlinde"_s, u"an economist based in Kenya"_s,
                {u"Open markets lift every boat. Dr. Okonkwo is right about ports."_s}),
            speech(u"Mira Okonkwo"_s, MiraBio, {u"Fishing towns need 3.5 percent more."_s})});
}

Article coastalPanel()
{
    return TestArticles::article(u"Coastal Panel"_s,
        {speech(u"Mira Okonkwo"_s, MiraBio, {u"Subsidies distort fishing."_s}),
            speech(u"Lena Sato"_s, u"a diplomat from Sri Lanka"_s,
                {u"Treaties protect the coast. Tariffs are a blunt tool."_s})});
}

QStringList sentences(const QString &text)
{
    QStringList out;
    for (const TextRange &span : SentenceSplitter::sentences(text))
        out.append(text.mid(span.start, span.end - span.start));
    return out;
}

QJsonDocument json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out);
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void matrixRollsUpSubThemesCountingEachClaimOnce();
    void matrixModesDivideByTheVoicesClaimsAndWords();
    void matrixOfPeopleJoinsArticles();
    void matrixOfSpeakersNamesTwoMirasApart();
    void overviewCountsTurnsWordsClaimsThemes();
    void claimsOfACellAreThatVoicesOnThatTheme();
    void attributesGroupAndFilterVoices();
    void attributeValuesAreCheckedAndUndoable();
    void bioProposalsNeedConfirmation();
    void relationsAreUndoableAndFollowTheirClaims();
    void suggestionsSkipExistingClaimsAndAcceptInOneStep();
    void suggestionsWithinAnotherThemesClaims();
    void sentenceSplitting_data();
    void sentenceSplitting();

    void cliMatrixAndOverviewJson();
    void cliRelateAndSetAttribute();

private:
    qint64 theme(const QString &path) const;
    qint64 person(const QString &name) const;
    /// The highlight of article `articleId` quoting `quote`.
    qint64 claim(qint64 articleId, const QString &quote) const;
    CliRun cli(const QStringList &args) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryStore *m_store = nullptr;
    qint64 m_harbour = 0;
    qint64 m_coastal = 0;
};

void TestCompare::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_store = m_library->store();
    Annotations &annotations = *m_library->annotations();
    m_harbour = addMarkedArticle(annotations, harbourRoundtable(),
        {{0, u"Tariffs hurt small ports first."_s, HighlightColour::Yellow, u"Ports pay first."_s,
             {u"Trade/Tariffs"_s, u"Trade"_s}},
            {0, u"Warming seas matter too."_s, HighlightColour::Green, {}, {u"Climate"_s}},
            {1, u"Open markets lift every boat."_s, HighlightColour::Yellow, {}, {u"Trade"_s}},
            {1, u"Dr. Okonkwo is right about ports."_s, HighlightColour::Blue, {}, {}},
            {2, u"Fishing towns need 3.5 percent more."_s, HighlightColour::Yellow, {},
                {u"Trade/Tariffs"_s}}});
    m_coastal = addMarkedArticle(annotations, coastalPanel(),
        {{0, u"Subsidies distort fishing."_s, HighlightColour::Yellow, {}, {u"Trade"_s}},
            {1, u"Treaties protect the coast."_s, HighlightColour::Green, {}, {u"Climate"_s}}});
    m_library->undoStack()->clear();
}

void TestCompare::cleanup()
{
    m_library.reset();
}

qint64 TestCompare::theme(const QString &path) const
{
    const std::optional<Theme> found = Codebook(*m_store->themes()).findPath(path.split(u'/'));
    return found ? found->id : 0;
}

qint64 TestCompare::person(const QString &name) const
{
    for (const PersonProfile &p : *m_store->people()) {
        if (p.displayName == name)
            return p.id;
    }
    return 0;
}

qint64 TestCompare::claim(qint64 articleId, const QString &quote) const
{
    for (const Highlight &h : *m_store->highlights(articleId)) {
        if (h.anchor.quote.exact == quote)
            return h.id;
    }
    return 0;
}

CliRun TestCompare::cli(const QStringList &args) const
{
    CliRunner runner(m_library->folder());
    runner.setLibrary(m_library->path());
    return runner.run(args);
}

void TestCompare::matrixRollsUpSubThemesCountingEachClaimOnce()
{
    ComparisonScope scope;
    scope.articleIds = {m_harbour};
    const Result<ThemeMatrix> matrix = m_store->themeMatrix(scope);
    QVERIFY2(matrix.ok(), qPrintable(matrix.error()));
    QCOMPARE(matrix->columnNames(), (QStringList {u"Mira Okonkwo"_s, u"Tomas Verlinde"_s}));
    // The tariffs claim carries Trade and Trade/Tariffs: Trade counts it once.
    QCOMPARE(matrix->counts.value(theme(u"Trade"_s)), (QList<qint64> {2, 1}));
    QCOMPARE(matrix->counts.value(theme(u"Trade/Tariffs"_s)), (QList<qint64> {2, 0}));
    QCOMPARE(matrix->counts.value(theme(u"Climate"_s)), (QList<qint64> {1, 0}));
    QCOMPARE(matrix->total(theme(u"Trade"_s)), 3);
    // The untagged highlight is no claim.
    QCOMPARE(matrix->columns.at(0).claims, 3);
    QCOMPARE(matrix->columns.at(1).claims, 1);
    // Parents come before their sub-themes.
    const QList<qint64> rows = matrix->rows();
    QVERIFY(rows.indexOf(theme(u"Trade"_s)) < rows.indexOf(theme(u"Trade/Tariffs"_s)));
}

void TestCompare::matrixModesDivideByTheVoicesClaimsAndWords()
{
    ComparisonScope scope;
    scope.articleIds = {m_harbour};
    const ThemeMatrix matrix = *m_store->themeMatrix(scope);
    QCOMPARE(matrix.columns.at(0).words, 15);
    QCOMPARE(matrix.columns.at(1).words, 11);
    const qint64 trade = theme(u"Trade"_s);
    QCOMPARE(matrix.value(trade, 0, MatrixMode::Counts), 2.0);
    QCOMPARE(matrix.value(trade, 0, MatrixMode::Share), 2.0 / 3.0);
    QCOMPARE(matrix.value(trade, 1, MatrixMode::PerThousandWords), 1000.0 / 11.0);
    QCOMPARE(matrix.value(theme(u"Climate"_s), 1, MatrixMode::Share), 0.0);
    QCOMPARE(matrix.maximum(MatrixMode::Counts), 2.0);
    QCOMPARE(matrix.maximum(MatrixMode::Share), 1.0); // Tomas: his one claim is on Trade
}

void TestCompare::matrixOfPeopleJoinsArticles()
{
    ComparisonScope scope;
    scope.grouping = VoiceGrouping::People;
    const ThemeMatrix matrix = *m_store->themeMatrix(scope);
    QCOMPARE(matrix.columnNames(), (QStringList {u"Lena Sato"_s, u"Mira Okonkwo"_s, u"Tomas Verlinde"_s}));
    QCOMPARE(matrix.counts.value(theme(u"Trade"_s)), (QList<qint64> {0, 3, 1}));
    QCOMPARE(matrix.counts.value(theme(u"Climate"_s)), (QList<qint64> {1, 1, 0}));
    QCOMPARE(matrix.columns.at(1).words, 18);
    QCOMPARE(matrix.columns.at(1).voice.personId, person(u"Mira Okonkwo"_s));
}

void TestCompare::matrixOfSpeakersNamesTwoMirasApart()
{
    const ThemeMatrix matrix = *m_store->themeMatrix(ComparisonScope {});
    QCOMPARE(matrix.columns.size(), 4);
    QVERIFY(matrix.columnNames().contains(u"Mira Okonkwo (Harbour Roundtable)"_s));
    QVERIFY(matrix.columnNames().contains(u"Mira Okonkwo (Coastal Panel)"_s));
    QVERIFY(matrix.columnNames().contains(u"Lena Sato"_s));
}

void TestCompare::overviewCountsTurnsWordsClaimsThemes()
{
    ComparisonScope scope;
    scope.articleIds = {m_harbour};
    const Result<QList<SpeakerOverviewRow>> rows = m_store->speakerOverview(scope);
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2);
    const SpeakerOverviewRow &mira = rows->at(0);
    QCOMPARE(mira.voice.name, u"Mira Okonkwo"_s);
    QCOMPARE(mira.turns, 2);
    QCOMPARE(mira.words, 15);
    QCOMPARE(mira.share, 15.0 / 26.0);
    QCOMPARE(mira.claims, 3);
    QCOMPARE(mira.themes, 3);
    QCOMPARE(mira.firstTurn, 1);
    QCOMPARE(mira.lastTurn, 3);
    const SpeakerOverviewRow &tomas = rows->at(1);
    QCOMPARE(tomas.turns, 1);
    QCOMPARE(tomas.claims, 1);
    QCOMPARE(tomas.themes, 1);
    QCOMPARE(tomas.firstTurn, 2);
    QCOMPARE(tomas.lastTurn, 2);
}

void TestCompare::claimsOfACellAreThatVoicesOnThatTheme()
{
    ComparisonScope scope;
    scope.grouping = VoiceGrouping::People;
    const QString mira = u"p%1"_s.arg(person(u"Mira Okonkwo"_s));
    const Result<QList<ClaimEntry>> claims =
        m_store->claims(scope, {theme(u"Trade"_s), theme(u"Trade/Tariffs"_s)}, mira);
    QVERIFY2(claims.ok(), qPrintable(claims.error()));
    QStringList quotes;
    for (const ClaimEntry &c : *claims)
        quotes.append(c.highlight.anchor.quote.exact);
    QCOMPARE(quotes.size(), 3);
    QVERIFY(quotes.contains(u"Subsidies distort fishing."_s));
    QVERIFY(quotes.contains(u"Fishing towns need 3.5 percent more."_s));
    const auto tariffs = std::find_if(claims->cbegin(), claims->cend(),
        [](const ClaimEntry &c) { return c.highlight.anchor.quote.exact.startsWith(u"Tariffs"_s); });
    QVERIFY(tariffs != claims->cend());
    QCOMPARE(tariffs->note, u"Ports pay first."_s);
    QCOMPARE(tariffs->articleTitle, u"Harbour Roundtable"_s);
    QCOMPARE(tariffs->themeIds.size(), 2);
}

void TestCompare::attributesGroupAndFilterVoices()
{
    SpeakerAttributes &attributes = *m_library->session()->speakerAttributes();
    QVERIFY(
        attributes.setValue(person(u"Mira Okonkwo"_s), u"role"_s, u"economist"_s, AttributeType::Category));
    QVERIFY(attributes.setValue(person(u"Tomas Verlinde"_s), u"Role"_s, u"economist"_s));
    QVERIFY(attributes.setValue(person(u"Lena Sato"_s), u"role"_s, u"diplomat"_s));
    const QList<SpeakerAttribute> defined = *m_store->speakerAttributes();
    QCOMPARE(defined.size(), 1); // "Role" is the same attribute as "role"
    QCOMPARE(defined.first().type, AttributeType::Category);

    ComparisonScope scope;
    scope.grouping = VoiceGrouping::Attribute;
    scope.groupAttributeId = defined.first().id;
    const ThemeMatrix grouped = *m_store->themeMatrix(scope);
    QCOMPARE(grouped.columnNames(), (QStringList {u"diplomat"_s, u"economist"_s}));
    QCOMPARE(grouped.counts.value(theme(u"Trade"_s)), (QList<qint64> {0, 4}));
    QCOMPARE(grouped.columns.at(1).words, 18 + 11);

    ComparisonScope filtered;
    filtered.grouping = VoiceGrouping::People;
    filtered.filterAttributeId = defined.first().id;
    filtered.filterValues = {u"diplomat"_s};
    QCOMPARE(m_store->themeMatrix(filtered)->columnNames(), QStringList {u"Lena Sato"_s});
    QCOMPARE(m_store->speakerOverview(filtered)->size(), 1);
}

void TestCompare::attributeValuesAreCheckedAndUndoable()
{
    SpeakerAttributes &attributes = *m_library->session()->speakerAttributes();
    const qint64 lena = person(u"Lena Sato"_s);
    QVERIFY(attributes.setValue(lena, u"joined"_s, u"2021-03-04"_s));
    QCOMPARE(m_store->speakerAttributes()->first().type, AttributeType::Date);
    QVERIFY(!attributes.setValue(lena, u"joined"_s, u"soon"_s));
    QVERIFY(!attributes.errorString().isEmpty());
    QCOMPARE(m_store->attributeValues(lena)->first().value, u"2021-03-04"_s);
    QVERIFY(!attributes.setValue(0, u"joined"_s, u"2021-03-04"_s));

    QCOMPARE(m_library->undoStack()->count(), 1);
    m_library->undoStack()->undo();
    QVERIFY(m_store->attributeValues(lena)->isEmpty());
    QVERIFY(m_store->speakerAttributes()->isEmpty()); // created in the same step
    m_library->undoStack()->redo();
    QCOMPARE(m_store->attributeValues(lena)->size(), 1);
}

void TestCompare::bioProposalsNeedConfirmation()
{
    const QList<BioFact> facts = BioAttributeReader::read(u"a diplomat from Sri Lanka"_s);
    QVERIFY(facts.contains(BioFact {u"country"_s, u"Sri Lanka"_s, AttributeType::Category}));

    SpeakerAttributes &attributes = *m_library->session()->speakerAttributes();
    const qint64 lena = person(u"Lena Sato"_s);
    const QList<AttributeProposal> proposals = attributes.proposals(lena);
    const auto country = std::find_if(proposals.cbegin(), proposals.cend(),
        [](const AttributeProposal &p) { return p.attribute == u"country"_s; });
    QVERIFY(country != proposals.cend());
    QCOMPARE(country->value, u"Sri Lanka"_s);
    QVERIFY(m_store->attributeValues(lena)->isEmpty()); // nothing set by reading

    QVERIFY(attributes.acceptProposals({*country}));
    QCOMPARE(m_store->attributeValues(lena)->size(), 1);
    QCOMPARE(m_library->undoStack()->count(), 1);
    // A country is a category: the matrix can group voices by it.
    const QList<SpeakerAttribute> defined = *m_store->speakerAttributes();
    QCOMPARE(defined.size(), 1);
    QCOMPARE(defined.constFirst().type, AttributeType::Category);
    // Once set, the bio proposes it no more.
    for (const AttributeProposal &p : attributes.proposals(lena))
        QVERIFY(p.attribute != u"country"_s);
}

void TestCompare::relationsAreUndoableAndFollowTheirClaims()
{
    ClaimRelations &relations = *m_library->session()->claimRelations();
    const qint64 markets = claim(m_harbour, u"Open markets lift every boat."_s);
    const qint64 tariffs = claim(m_harbour, u"Tariffs hurt small ports first."_s);
    const std::optional<qint64> id = relations.relate(markets, tariffs, RelationKind::DisagreesWith);
    QVERIFY2(id, qPrintable(relations.errorString()));
    // The same symmetric link either way round is the one already there.
    QCOMPARE(relations.relate(tariffs, markets, RelationKind::DisagreesWith), id);
    QCOMPARE(m_library->undoStack()->count(), 1);
    QVERIFY(!relations.relate(markets, markets, RelationKind::SamePoint));
    QVERIFY(!relations.relate(markets, 999999, RelationKind::SamePoint));

    const QList<ClaimRelation> stored = *m_store->relationsOfArticle(m_harbour);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().fromId, markets);
    QCOMPARE(stored.first().toId, tariffs);
    QCOMPARE(stored.first().kind, RelationKind::DisagreesWith);

    // Removing a claim takes its relation; undo brings both back.
    QVERIFY(m_library->annotations()->removeHighlight(tariffs));
    QVERIFY(m_store->relationsOfArticle(m_harbour)->isEmpty());
    m_library->undoStack()->undo();
    QCOMPARE(*m_store->relationsOfArticle(m_harbour), stored);

    m_library->undoStack()->undo();
    QVERIFY(m_store->relationsOfArticle(m_harbour)->isEmpty());
    m_library->undoStack()->redo();
    QCOMPARE(*m_store->relationsOfArticle(m_harbour), stored);
    QVERIFY(relations.unrelateClaims(tariffs, markets));
    QVERIFY(m_store->relationsOfArticle(m_harbour)->isEmpty());
    QVERIFY(!relations.unrelateClaims(tariffs, markets));
}

void TestCompare::suggestionsSkipExistingClaimsAndAcceptInOneStep()
{
    ClaimSuggestions &suggestions = *m_library->session()->claimSuggestions();
    const qint64 climate = theme(u"Climate"_s);
    QVERIFY(suggestions.setRules(climate, {u"coast*"_s, u"  \"BLUNT tool\" "_s, u""_s}));
    QCOMPARE(m_store->themes()->size(), 3);

    SuggestionQuery query;
    query.themeId = climate;
    const Result<QList<SuggestedClaim>> found = suggestions.suggest(query);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    // "Treaties protect the coast." is a Climate claim already.
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().text, u"Tariffs are a blunt tool."_s);
    QCOMPARE(found->first().speaker, u"Lena Sato"_s);
    QCOMPARE(found->first().matchedRules, QStringList {u"\"BLUNT tool\""_s});

    query.speakers = {u"mira okonkwo"_s};
    QVERIFY(suggestions.suggest(query)->isEmpty());

    const int steps = m_library->undoStack()->count();
    const std::optional<QList<qint64>> accepted = suggestions.accept(climate, *found);
    QVERIFY2(accepted, qPrintable(suggestions.errorString()));
    QCOMPARE(m_library->undoStack()->count(), steps + 1);
    ComparisonScope scope;
    scope.grouping = VoiceGrouping::People;
    QCOMPARE(m_store->themeMatrix(scope)->counts.value(climate), (QList<qint64> {2, 1, 0}));
    query.speakers.clear();
    QVERIFY(suggestions.suggest(query)->isEmpty());
    m_library->undoStack()->undo();
    QCOMPARE(m_store->themeMatrix(scope)->counts.value(climate), (QList<qint64> {1, 1, 0}));
}

void TestCompare::suggestionsWithinAnotherThemesClaims()
{
    ClaimSuggestions &suggestions = *m_library->session()->claimSuggestions();
    SuggestionQuery query;
    query.themeId = theme(u"Climate"_s);
    query.rules = {u"percent"_s};
    QCOMPARE(suggestions.suggest(query)->size(), 1);
    query.withinThemeId = theme(u"Trade"_s); // the claim is on Trade/Tariffs, a sub-theme
    const QList<SuggestedClaim> within = *suggestions.suggest(query);
    QCOMPARE(within.size(), 1);
    QCOMPARE(within.first().text, u"Fishing towns need 3.5 percent more."_s);
    QVERIFY(within.first().highlightId != 0); // the existing highlight gets tagged
    query.withinThemeId = theme(u"Climate"_s);
    QVERIFY(suggestions.suggest(query)->isEmpty());
}

void TestCompare::sentenceSplitting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"Ports matter. Fish do too! Why?"_s
                           << QStringList {u"Ports matter."_s, u"Fish do too!"_s, u"Why?"_s};
    QTest::newRow("title") << u"Dr. Okonkwo spoke. Then she left."_s
                           << QStringList {u"Dr. Okonkwo spoke."_s, u"Then she left."_s};
    QTest::newRow("e.g.") << u"Small ports, e.g. Tema, suffer. Others gain."_s
                          << QStringList {u"Small ports, e.g. Tema, suffer."_s, u"Others gain."_s};
    QTest::newRow("U.S.") << u"The U.S. Navy came. It left."_s
                          << QStringList {u"The U.S. Navy came."_s, u"It left."_s};
    QTest::newRow("initials") << u"J. K. Amadi wrote it. We read it."_s
                              << QStringList {u"J. K. Amadi wrote it."_s, u"We read it."_s};
    QTest::newRow("decimals") << u"Growth was 3.5 percent, or 1,000.25 tonnes. It fell."_s
                              << QStringList {
                                     u"Growth was 3.5 percent, or 1,000.25 tonnes."_s, u"It fell."_s};
    QTest::newRow("closing quote") << u"\"Stop.\" Then she left."_s
                                   << QStringList {u"\"Stop.\""_s, u"Then she left."_s};
    QTest::newRow("quoted question") << u"\"Why?\" she asked."_s << QStringList {u"\"Why?\" she asked."_s};
    QTest::newRow("CJK") << u"港口很小。渔民很多！真的吗？"_s
                         << QStringList {u"港口很小。"_s, u"渔民很多！"_s, u"真的吗？"_s};
    QTest::newRow("CJK brackets") << u"他说「好。」然后走了。"_s
                                  << QStringList {u"他说「好。」"_s, u"然后走了。"_s};
    QTest::newRow("line break") << u"First line\nSecond line"_s
                                << QStringList {u"First line"_s, u"Second line"_s};
}

void TestCompare::sentenceSplitting()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentences(text), expected);
}

void TestCompare::cliMatrixAndOverviewJson()
{
    const QString harbour = QString::number(m_harbour);
    m_library->close();
    const CliRun matrix = cli({u"matrix"_s, u"--article"_s, harbour, u"--json"_s});
    QCOMPARE(matrix.exitCode, 0);
    const QJsonObject object = json(matrix).object();
    QCOMPARE(object.value(u"columns"_s).toArray(),
        QJsonArray::fromStringList({u"Mira Okonkwo"_s, u"Tomas Verlinde"_s}));
    QJsonObject tariffs;
    for (const QJsonValue &row : object.value(u"rows"_s).toArray()) {
        if (row[u"theme"_s] == u"Trade/Tariffs"_s)
            tariffs = row.toObject();
    }
    QCOMPARE(tariffs.value(u"counts"_s).toArray(), (QJsonArray {2, 0}));
    QCOMPARE(tariffs.value(u"total"_s).toInt(), 2);

    const CliRun overview = cli({u"overview"_s, u"--article"_s, harbour, u"--json"_s});
    QCOMPARE(overview.exitCode, 0);
    const QJsonArray rows = json(overview).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1)[u"speaker"_s].toString(), u"Tomas Verlinde"_s);
    QCOMPARE(rows.at(1)[u"words"_s].toInt(), 11);
    QCOMPARE(rows.at(0)[u"claims"_s].toInt(), 3);

    const CliRun csv = cli({u"matrix"_s, u"--people"_s, u"--csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList records = QString::fromUtf8(csv.out).split(u"\r\n"_s); // RFC 4180 line ends
    QCOMPARE(records.value(0), u"theme,Lena Sato,Mira Okonkwo,Tomas Verlinde,total"_s);
    QVERIFY(records.contains(u"Trade,0,3,1,4"_s));

    const CliRun wrong = cli({u"matrix"_s, u"--mode"_s, u"loud"_s});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY(!wrong.err.isEmpty());
}

void TestCompare::cliRelateAndSetAttribute()
{
    const QString markets = QString::number(claim(m_harbour, u"Open markets lift every boat."_s));
    const QString tariffs = QString::number(claim(m_harbour, u"Tariffs hurt small ports first."_s));
    const QString lena = QString::number(person(u"Lena Sato"_s));
    m_library->close();

    QCOMPARE(cli({u"relate"_s, markets, tariffs, u"responds-to"_s}).exitCode, 0);
    const CliRun claims =
        cli({u"claims"_s, u"--theme"_s, u"Trade"_s, u"--speaker"_s, u"Tomas Verlinde"_s, u"--json"_s});
    QCOMPARE(claims.exitCode, 0);
    const QJsonArray listed = json(claims).array();
    QCOMPARE(listed.size(), 1);
    const QJsonArray relations = listed.at(0)[u"relations"_s].toArray();
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.at(0)[u"kind"_s].toString(), u"responds-to"_s);
    QCOMPARE(relations.at(0)[u"to"_s].toInteger(), tariffs.toLongLong());
    QVERIFY(cli({u"relate"_s, markets, tariffs, u"loves"_s}).exitCode != 0);

    QCOMPARE(cli({u"speakers"_s, u"set"_s, lena, u"country"_s, u"Sri Lanka"_s}).exitCode, 0);
    const CliRun grouped = cli({u"matrix"_s, u"--group-by"_s, u"country"_s, u"--json"_s});
    QCOMPARE(grouped.exitCode, 0);
    QCOMPARE(json(grouped).object().value(u"columns"_s).toArray().size(), 2); // Sri Lanka, and no value
    QVERIFY(cli({u"speakers"_s, u"set"_s, u"99999"_s, u"country"_s, u"Peru"_s}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
