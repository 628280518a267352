// Inter-coder agreement: the kappa formulas, the sentence splitter, the units and the store read,
// each checked against an example worked out by hand in the comments.

#include "codedlibrary.h"
#include "temporarylibrary.h"

#include "agreement/agreementcalculator.h"
#include "agreement/intercoderagreement.h"
#include "agreement/kappa.h"
#include "model/sentencesplitter.h"
#include "store/librarystore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

constexpr double Tolerance = 1e-9;

const QString TenantsText =
    u"Rent is too high. The council ignores us. We will march on Friday. Bring water."_s;
constexpr qint64 Housing = 1;
constexpr qint64 Protest = 2;

const QList<Theme> TestThemes = {Theme {Housing, 0, u"Housing"_s, HighlightColour::Green, {}},
    Theme {Protest, 0, u"Protest"_s, HighlightColour::Red, {}}};

CoderTagging tagging(const QString &coder, const QString &text, const QString &quote, qint64 theme)
{
    const qsizetype start = text.indexOf(quote);
    return {coder, 1, 0, start, start + quote.size(), theme};
}

/// The tenants' example (codedlibrary.h), in memory; `withCy` adds a third coder.
AgreementArticle tenants(bool withCy = false)
{
    AgreementArticle a {1, u"Tenants' assembly"_s, {TenantsText}, {}};
    a.taggings = {tagging(u"ada"_s, TenantsText, u"Rent is too high"_s, Housing),
        tagging(u"ada"_s, TenantsText, u"march on Friday. Bring water"_s, Protest),
        tagging(u"bo"_s, TenantsText, u"Rent is too high. The council"_s, Housing),
        tagging(u"bo"_s, TenantsText, u"We will march"_s, Protest)};
    if (withCy) {
        a.taggings += {tagging(u"cy"_s, TenantsText, u"Rent"_s, Housing),
            tagging(u"cy"_s, TenantsText, u"We will"_s, Protest)};
    }
    return a;
}

AgreementOptions options(
    const QStringList &coders, AgreementUnit unit = AgreementUnit::Sentence, double min = 0.5)
{
    return {coders, {}, unit, min};
}

/// Two passages of a 100-character text for the overlap unit:
///   Housing: ada [0,40), bo [10,40)   -> passage [0,40):   ada covers 40/40 = 1.00, bo 30/40 = 0.75
///   Protest: ada [60,80), bo [70,100) -> passage [60,100): ada covers 20/40 = 0.50, bo 30/40 = 0.75
AgreementArticle passages()
{
    AgreementArticle a {1, u"Hundred"_s, {QString(100, u'x')}, {}};
    a.taggings = {{u"ada"_s, 1, 0, 0, 40, Housing}, {u"bo"_s, 1, 0, 10, 40, Housing},
        {u"ada"_s, 1, 0, 60, 80, Protest}, {u"bo"_s, 1, 0, 70, 100, Protest}};
    return a;
}

void compareKappa(const AgreementScore &score, double expected)
{
    QCOMPARE(score.kappaStatus, KappaStatus::Computed);
    QVERIFY(score.kappa.has_value());
    QVERIFY2(qAbs(*score.kappa - expected) < Tolerance,
        qPrintable(u"kappa %1, expected %2"_s.arg(*score.kappa).arg(expected)));
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Cohen's kappa on a 2×2 table of 50 units: both 20, only A 5, only B 10, neither 15.
    //   Po = (20 + 15) / 50 = 0.70
    //   A says yes 25/50 = 0.5, B says yes 30/50 = 0.6
    //   Pe = 0.5·0.6 + 0.5·0.4 = 0.30 + 0.20 = 0.50
    //   κ  = (0.70 − 0.50) / (1 − 0.50) = 0.40
    void testCohenKappaOfATwoByTwoTable()
    {
        const Kappa k = Agreement::cohen(20, 5, 10, 15);
        QCOMPARE(k.status, KappaStatus::Computed);
        QVERIFY(qAbs(*k.value - 0.40) < Tolerance);
    }

    // Complete disagreement with balanced coders: Po = 0, Pe = 0.5·0.5 + 0.5·0.5 = 0.5, κ = −1.
    void testCohenKappaOfOppositeCodersIsMinusOne()
    {
        QVERIFY(qAbs(*Agreement::cohen(0, 5, 5, 0).value + 1.0) < Tolerance);
    }

    // Fleiss' kappa, three coders, five units; yes-counts 3, 0, 2, 1, 3 (my own numbers, the
    // procedure of Fleiss 1971 for two categories):
    //   P_i = (y(y−1) + (3−y)(2−y)) / (3·2):  1, 1, 1/3, 1/3, 1   → P̄ = (3 + 2/3) / 5 = 11/15
    //   p_yes = 9/15 = 0.6, p_no = 0.4 → P̄e = 0.36 + 0.16 = 0.52 = 13/25
    //   κ = (11/15 − 13/25) / (1 − 13/25) = (16/75) / (12/25) = 4/9
    void testFleissKappaOfThreeCoders()
    {
        const Kappa k = Agreement::fleiss({3, 0, 2, 1, 3}, 3);
        QCOMPARE(k.status, KappaStatus::Computed);
        QVERIFY(qAbs(*k.value - 4.0 / 9.0) < Tolerance);
    }

    // Zero variance: when every coder says the same thing on every unit, chance agreement is 1
    // and kappa is 0/0. It is reported as "no variation", never as NaN; no units: "no units".
    void testKappaWithoutVariationIsNoNumber()
    {
        for (const Kappa &k : {Agreement::cohen(0, 0, 0, 10), Agreement::cohen(10, 0, 0, 0),
                 Agreement::fleiss({3, 3, 3}, 3), Agreement::fleiss({0, 0}, 4)}) {
            QCOMPARE(k.status, KappaStatus::NoVariation);
            QVERIFY(!k.value.has_value());
        }
        QCOMPARE(Agreement::cohen(0, 0, 0, 0).status, KappaStatus::NoUnits);
        QCOMPARE(Agreement::fleiss({}, 3).status, KappaStatus::NoUnits);
    }

    void testSentenceSplitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"Rent is too high. The council ignores us."_s
                               << QStringList {u"Rent is too high."_s, u"The council ignores us."_s};
        QTest::newRow("title") << u"Dr. Amsel arrived. She sat down."_s
                               << QStringList {u"Dr. Amsel arrived."_s, u"She sat down."_s};
        QTest::newRow("initials") << u"J. R. Toller wrote it. Then he left."_s
                                  << QStringList {u"J. R. Toller wrote it."_s, u"Then he left."_s};
        QTest::newRow("decimal") << u"Prices rose 3.5 percent. Nobody expected it."_s
                                 << QStringList {u"Prices rose 3.5 percent."_s, u"Nobody expected it."_s};
        QTest::newRow("e.g.") << u"Take e.g. Paris. And then Lyon."_s
                              << QStringList {u"Take e.g. Paris."_s, u"And then Lyon."_s};
        QTest::newRow("quotes") << u"\"Is it over?\" she asked. \"Yes.\" He nodded."_s
                                << QStringList {
                                       u"\"Is it over?\" she asked."_s, u"\"Yes.\""_s, u"He nodded."_s};
        QTest::newRow("curly quotes") << u"He said “we are done.” Then silence."_s
                                      << QStringList {u"He said “we are done.”"_s, u"Then silence."_s};
        QTest::newRow("ellipsis") << u"Wait… Are you sure?! Yes."_s
                                  << QStringList {u"Wait…"_s, u"Are you sure?!"_s, u"Yes."_s};
        QTest::newRow("cjk") << u"今天下雨了。我们去哪儿？去图书馆。"_s
                             << QStringList {u"今天下雨了。"_s, u"我们去哪儿？"_s, u"去图书馆。"_s};
        QTest::newRow("cjk quote") << u"我说：「好。」然后走了。"_s
                                   << QStringList {u"我说：「好。」"_s, u"然后走了。"_s};
        QTest::newRow("line break") << u"A heading without a stop\n  Then a sentence.  "_s
                                    << QStringList {u"A heading without a stop"_s, u"Then a sentence."_s};
        QTest::newRow("blank") << u" \n\t "_s << QStringList {};
    }

    void testSentenceSplitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const TextRange &r : SentenceSplitter::sentences(text))
            found.append(text.mid(r.start, r.length()));
        QCOMPARE(found, expected);
    }

    // Sentences S0 "Rent is too high." S1 "The council ignores us." S2 "We will march on Friday."
    // S3 "Bring water."; a coder codes a sentence when a highlight touches it.
    //   Housing: ada S0; bo S0 S1         → both 1, only ada 0, only bo 1, neither 2
    //            Po = 3/4; Pe = (1/4)(2/4) + (3/4)(2/4) = 1/2; κ = (3/4 − 1/2)/(1/2) = 0.5
    //   Protest: ada S2 S3; bo S2         → both 1, only ada 1, only bo 0, neither 2; κ = 0.5
    //   Overall (8 decisions pooled): both 2, only ada 1, only bo 1, neither 4
    //            Po = 6/8; each coder yes 3/8: Pe = 9/64 + 25/64 = 34/64; κ = (14/64)/(30/64) = 7/15
    //   Disagreements: S1 (ada —, bo Housing) and S3 (ada Protest, bo —)
    void testSentenceUnitsOfTwoCoders()
    {
        const AgreementReport r = Agreement::compute({tenants()}, TestThemes, options({u"ada"_s, u"bo"_s}));
        QCOMPARE(r.unitCount, 4);
        QCOMPARE(r.kappaName(), u"Cohen's kappa"_s);
        QCOMPARE(r.themes.size(), 2);
        QCOMPARE(r.themes[0].themeName, u"Housing"_s);
        QCOMPARE(r.themes[0].both, 1);
        QCOMPARE(r.themes[0].secondOnly, 1);
        QCOMPARE(r.themes[0].neither, 2);
        QCOMPARE(*r.themes[0].percent, 0.75);
        compareKappa(r.themes[0], 0.5);
        QCOMPARE(r.themes[1].firstOnly, 1);
        compareKappa(r.themes[1], 0.5);
        QCOMPARE(r.overall.units, 8);
        QCOMPARE(r.overall.codedBy, (QList<qsizetype> {3, 3}));
        compareKappa(r.overall, 7.0 / 15.0);
        QCOMPARE(r.disagreements.size(), 2);
        QCOMPARE(r.disagreements[0].text, u"The council ignores us."_s);
        QCOMPARE(r.disagreements[0].themesByCoder, (QList<QList<qint64>> {{}, {Housing}}));
        QCOMPARE(r.disagreements[1].text, u"Bring water."_s);
        QCOMPARE(r.disagreements[1].themesByCoder, (QList<QList<qint64>> {{Protest}, {}}));
    }

    // Two copies of the example, the second asked for first: every count doubles, so the
    // proportions and kappa stay (overall 16 decisions, κ = 7/15), and the passages come in
    // the order the articles were asked for.
    void testPoolsArticlesInTheOrderAsked()
    {
        AgreementArticle copy = tenants();
        copy.id = 7;
        const AgreementReport r =
            Agreement::compute({copy, tenants()}, TestThemes, options({u"ada"_s, u"bo"_s}));
        QCOMPARE(r.articleIds, (QList<qint64> {7, 1}));
        QCOMPARE(r.overall.units, 16);
        compareKappa(r.overall, 7.0 / 15.0);
        QCOMPARE(r.disagreements.size(), 4);
        QCOMPARE(r.disagreements[0].articleId, 7);
        QCOMPARE(r.disagreements[1].articleId, 7);
        QCOMPARE(r.disagreements[2].articleId, 1);
        QVERIFY(r.disagreements[2].range.start < r.disagreements[3].range.start);
    }

    // Paragraph units: the whole text is one paragraph, both coders used both themes in it.
    // Every decision is "both": no variation, 100% agreement, no disagreeing passage.
    void testParagraphUnitsAgreeWhereSentencesDoNot()
    {
        const AgreementReport r = Agreement::compute(
            {tenants()}, TestThemes, options({u"ada"_s, u"bo"_s}, AgreementUnit::Paragraph));
        QCOMPARE(r.unitCount, 1);
        QCOMPARE(*r.overall.percent, 1.0);
        QCOMPARE(r.overall.kappaStatus, KappaStatus::NoVariation);
        QVERIFY(!r.overall.kappa.has_value());
        QVERIFY(r.disagreements.isEmpty());
    }

    // Adding cy (Housing on "Rent", Protest on "We will"), Fleiss' kappa per theme:
    //   Housing yes-counts S0..S3: 3, 1, 0, 0 → P_i 1, 1/3, 1, 1 → P̄ = 10/12 = 5/6
    //            p_yes = 4/12 = 1/3 → P̄e = 1/9 + 4/9 = 5/9; κ = (5/6 − 5/9)/(4/9) = 5/8
    //            all three agree on S0, S2, S3: 3/4
    void testFleissOfThreeCoders()
    {
        const AgreementReport r =
            Agreement::compute({tenants(true)}, TestThemes, options({u"ada"_s, u"bo"_s, u"cy"_s}));
        QCOMPARE(r.kappaName(), u"Fleiss' kappa"_s);
        QCOMPARE(*r.themes[0].percent, 0.75);
        compareKappa(r.themes[0], 5.0 / 8.0);
        QCOMPARE(r.disagreements.first().themesByCoder.size(), 3);
    }

    // The overlap unit on passages() at three thresholds.
    // R = 0.5:  Housing passage: ada yes (1.00), bo yes (0.75); Protest passage: ada yes (0.50), bo yes.
    //           Each passage is also a "neither" decision for the other theme: all 4 agree, κ = 1.
    // R = 0.75: Protest: ada no (0.50 < 0.75), bo yes (0.75) → one disagreement.
    //           Housing both 1, neither 1: Po 1, κ = 1. Protest only bo 1, neither 1:
    //           Po = 1/2, ada yes 0, bo yes 1/2: Pe = 0·(1/2) + 1·(1/2) = 1/2, κ = 0.
    // R = 0.8:  Housing: bo no → only ada 1, neither 1: κ = 0. Protest: nobody (0.50, 0.75 < 0.8)
    //           → every decision "neither": no variation, 100%.
    void testOverlapUnitsWithThresholds()
    {
        const QStringList coders {u"ada"_s, u"bo"_s};
        AgreementReport r =
            Agreement::compute({passages()}, TestThemes, options(coders, AgreementUnit::Overlap, 0.5));
        QCOMPARE(r.unitCount, 2);
        QCOMPARE(r.overall.units, 4);
        compareKappa(r.overall, 1.0);
        QVERIFY(r.disagreements.isEmpty());

        r = Agreement::compute({passages()}, TestThemes, options(coders, AgreementUnit::Overlap, 0.75));
        compareKappa(r.themes[0], 1.0);
        QCOMPARE(r.themes[1].secondOnly, 1);
        compareKappa(r.themes[1], 0.0);
        QCOMPARE(r.disagreements.size(), 1);
        QCOMPARE(r.disagreements[0].range, (TextRange {60, 100}));

        r = Agreement::compute({passages()}, TestThemes, options(coders, AgreementUnit::Overlap, 0.8));
        QCOMPARE(r.themes[0].firstOnly, 1);
        compareKappa(r.themes[0], 0.0);
        QCOMPARE(r.themes[1].kappaStatus, KappaStatus::NoVariation);
        QCOMPARE(*r.themes[1].percent, 1.0);
        QCOMPARE(r.disagreements.size(), 1);
        QCOMPARE(r.disagreements[0].range, (TextRange {0, 40}));
        QCOMPARE(r.disagreements[0].themesByCoder, (QList<QList<qint64>> {{Housing}, {}}));
    }

    // Both coders coded nothing: there is no theme to compare; overall has no units and
    // reports "no units" rather than a number.
    void testCodersWhoCodedNothing()
    {
        AgreementArticle empty = tenants();
        empty.taggings.clear();
        const AgreementReport r = Agreement::compute({empty}, TestThemes, options({u"ada"_s, u"bo"_s}));
        QVERIFY(r.themes.isEmpty());
        QCOMPARE(r.unitCount, 4);
        QCOMPARE(r.overall.units, 0);
        QVERIFY(!r.overall.percent.has_value());
        QCOMPARE(r.overall.kappaStatus, KappaStatus::NoUnits);
    }

    // Both coders coded everything with Housing: 4 × "both" → 100%, kappa: no variation.
    void testCodersWhoCodedEverything()
    {
        AgreementArticle all = tenants();
        all.taggings = {{u"ada"_s, 1, 0, 0, TenantsText.size(), Housing},
            {u"bo"_s, 1, 0, 0, TenantsText.size(), Housing}};
        const AgreementReport r = Agreement::compute({all}, TestThemes, options({u"ada"_s, u"bo"_s}));
        QCOMPARE(r.themes.size(), 1);
        QCOMPARE(r.themes[0].both, 4);
        QCOMPARE(*r.themes[0].percent, 1.0);
        QCOMPARE(r.themes[0].kappaStatus, KappaStatus::NoVariation);
    }

    // The same example stored in a library by two authors gives the same figures, and the
    // library's coders are its highlight authors.
    void testReadsTheCodersFromTheLibrary()
    {
        Testing::TemporaryLibrary library;
        const auto e = Testing::CodedLibrary::addExample(library);
        QCOMPARE(*InterCoderAgreement::coders(*library.store()), (QStringList {u"ada"_s, u"bo"_s}));
        const auto r = InterCoderAgreement::compute(*library.store(), options({u"ada"_s, u"bo"_s}));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->articleIds, QList<qint64> {e.article});
        QCOMPARE(r->themes[0].themeId, e.housing);
        compareKappa(r->overall, 7.0 / 15.0);
        QCOMPARE(r->disagreements[0].articleTitle, u"Tenants' assembly"_s);
    }

    void testRefusesWhatItCannotCompare()
    {
        Testing::TemporaryLibrary library;
        const auto e = Testing::CodedLibrary::addExample(library);
        const LibraryStore &store = *library.store();
        auto r = InterCoderAgreement::compute(store, options({u"ada"_s}));
        QVERIFY(r.failed());
        r = InterCoderAgreement::compute(store, options({u"ada"_s, u"zed"_s}));
        QVERIFY(r.error().contains(u"\"zed\""_s));
        QVERIFY(r.error().contains(u"ada, bo"_s));
        r = InterCoderAgreement::compute(
            store, {{u"ada"_s, u"bo"_s}, {e.article + 7}, AgreementUnit::Sentence, 0.5});
        QVERIFY(r.error().contains(u"no article %1"_s.arg(e.article + 7)));
        r = InterCoderAgreement::compute(store, options({u"ada"_s, u"bo"_s}, AgreementUnit::Overlap, 1.5));
        QVERIFY(r.error().contains(u"minimum overlap"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
