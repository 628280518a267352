#include "expectedsegmentation.h"
#include "import/articlereader.h"
#include "segment/textrules.h"
#include "testconfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Colloquy::SegmentKind;

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureArticles_data();
    void fixtureArticles();
    void speakerIntroductions_data();
    void speakerIntroductions();
    void articleWithoutSpeakersIsOneNarration();
    void sentenceAboutAPersonIsNotAHeader();
    void headerAloneAtTheEndIsText();
    void colonsThatAreNotTurns();
    void loneLabelIsLessCertainThanRecurringOnes();
    void returningSpeakerIsOneVoice();
    void hugeParagraphWithoutSentenceEnds();
    void titleLinesAreNotHardWrapping();
    void bylinesAreMetadata_data();
    void bylinesAreMetadata();
    void titleWithColonIsNoTurn();
    void initialsInTurnLabels();
    void fullWidthColonTurns();
    void labelsResolveToNamesInTheProse();
    void numberedVoicesAndCapitalHonorifics();
    void repeatedGluedIntroductionsTakeWeakSeams();
    void timeAfterTheNameIsNoRole();
    void nameHeadingsWithBioLinesAndSubheadings();
    void signOffsAttributeWhatCameBefore();
    void printedQuestionAnswerWithFullStops();
    void capitalNamesOnTheirOwnLines();
    void gluedSentencesAreSplit_data();
    void gluedSentencesAreSplit();
};

static Colloquy::Segmentation segmentBytes(const QByteArray &bytes)
{
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readBytes(bytes, u"inline.txt"_s);
    if (!read.article)
        return {};
    return {read.article->title, read.article->segments};
}

void TestSegmenter::fixtureArticles_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expectation");

    const QDir data(QStringLiteral(COLLOQUY_TEST_DATA_DIR "/segmenter"));
    for (const QString &source : data.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString base = source.chopped(4);
        QTest::newRow(qPrintable(base)) << data.filePath(source) << data.filePath(base + u".expected.json"_s);
    }
    // The bundled sample is an article like any other and must read as one.
    QTest::newRow("bundled-sample") << QStringLiteral(COLLOQUY_SAMPLES_DIR "/sample-roundtable.txt")
                                    << QStringLiteral(
                                           COLLOQUY_TEST_DATA_DIR "/samples/sample-roundtable.expected.json");
}

void TestSegmenter::fixtureArticles()
{
    QFETCH(QString, source);
    QFETCH(QString, expectation);
    QVERIFY2(QFileInfo::exists(expectation), qPrintable(u"missing "_s + expectation));

    const Colloquy::ReadResult read = Colloquy::ArticleReader::readFile(source);
    QVERIFY2(read.article, qPrintable(read.error));
    QString error;
    const QJsonObject expected = ExpectedSegmentation::load(expectation, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList differences =
        ExpectedSegmentation::compare(expected, {read.article->title, read.article->segments});
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    // Every boundary says which rule found it and how sure it is, for the review of doubtful ones.
    for (const auto &segment : read.article->segments) {
        QVERIFY2(!segment.detection.rule.isEmpty(), qPrintable(segment.paragraphs.value(0)));
        QVERIFY(segment.detection.confidence > 0.0 && segment.detection.confidence <= 1.0);
    }
}

// One introduction glued to (or standing before) a speech, and what a reader expects of it.
void TestSegmenter::speakerIntroductions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("bio");
    QTest::addColumn<QString>("firstWords");

    QTest::newRow("camel-case brand opens the speech")
        << "Lena Park-Holloway, a researcher at Seoul National UniversityModels like DeepSeek show that "
           "small "
           "labs can compete. Cost is no longer the barrier.\nTalent is."_ba
        << u"Lena Park-Holloway"_s << u"a researcher at Seoul National University"_s
        << u"Models like DeepSeek"_s;
    QTest::newRow("acronym ends the bio")
        << "Priya Raman, a senior fellow at CSISThe question is not whether rules will come but who writes "
           "them.\nShe added more."_ba
        << u"Priya Raman"_s << u"a senior fellow at CSIS"_s << u"The question is not"_s;
    QTest::newRow("year ends the bio")
        << "Tomasz Wójcik-Brandt, founder of a battery start-up launched in 2019In my view the grid is the "
           "bottleneck. Storage comes second."_ba
        << u"Tomasz Wójcik-Brandt"_s << u"founder of a battery start-up launched in 2019"_s
        << u"In my view"_s;
    QTest::newRow("abbreviations inside the bio")
        << "Mark O'Donnell, a professor at St. Andrews University and the U.S. Naval War CollegeAs navies "
           "automate, doctrine lags. That gap is dangerous."_ba
        << u"Mark O'Donnell"_s << u"a professor at St. Andrews University and the U.S. Naval War College"_s
        << u"As navies automate"_s;
    QTest::newRow("brands and a surname prefix inside the bio")
        << "Femi Adeyemi-Clarke, head of policy at LinkedIn, lecturer at McGill and iPhone app developerWe "
           "underestimate how much hiring is now automated. Most CVs are never read by a person."_ba
        << u"Femi Adeyemi-Clarke"_s
        << u"head of policy at LinkedIn, lecturer at McGill and iPhone app developer"_s
        << u"We underestimate"_s;
    QTest::newRow("bio without an article, sentence opens with a name")
        << "Sun Li-Hua, director at the Pearl River Think TankChina has shifted from building roads to "
           "building data centres. The money follows."_ba
        << u"Sun Li-Hua"_s << u"director at the Pearl River Think Tank"_s << u"China has shifted"_s;
    QTest::newRow("nickname in quotes")
        << "Huiyao 'Henry' Wang-Okoro, president of a Beijing think tankGlobalisation is not retreating. "
           "It is changing shape."_ba
        << u"Huiyao 'Henry' Wang-Okoro"_s << u"president of a Beijing think tank"_s
        << u"Globalisation is not"_s;
    QTest::newRow("unknown camel-case name ends the bio")
        << "Rui Tavares, a former product lead at BrightLedgerSavings rose in every region we served. "
           "Loans did not."_ba
        << u"Rui Tavares"_s << u"a former product lead at BrightLedger"_s << u"Savings rose"_s;
    QTest::newRow("colon inside the first sentence")
        << "Nadia Haddad, economist at the Beirut Institute for Rural DevelopmentEvery study finds the same "
           "thing: the return is real but slow."_ba
        << u"Nadia Haddad"_s << u"economist at the Beirut Institute for Rural Development"_s
        << u"Every study"_s;
    QTest::newRow("degree after the name")
        << "Yusuf Al-Amin, Ph.D., water engineer formerly with the U.N. Environment ProgrammeDesalination is "
           "reliable. Energy decides."_ba
        << u"Yusuf Al-Amin, Ph.D."_s << u"water engineer formerly with the U.N. Environment Programme"_s
        << u"Desalination is reliable."_s;
    QTest::newRow("own line, bio in parentheses")
        << "Ana Ruiz (primary teacher, Valencia)\nFor a few children, home is where they learned.\n"_ba
        << u"Ana Ruiz"_s << u"primary teacher, Valencia"_s << u"For a few children"_s;
    QTest::newRow("own line, Windows line endings and no-break spaces")
        << "Beatriz Sánchez-Ortega,\xc2\xa0professor of law at the Universidad del Norte\r\n\r\nCourts are "
           "slower than parliaments for a reason.\r\nThey should stay that way."_ba
        << u"Beatriz Sánchez-Ortega"_s << u"professor of law at the Universidad del Norte"_s
        << u"Courts are slower"_s;
}

void TestSegmenter::speakerIntroductions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, bio);
    QFETCH(QString, firstWords);

    const Colloquy::Segmentation result = segmentBytes(text);
    QVERIFY(!result.segments.isEmpty());
    const Colloquy::Segment &first = result.segments.constFirst();
    QCOMPARE(Colloquy::segmentKindName(first.kind), u"speaker"_s);
    QVERIFY(first.speaker);
    QCOMPARE(first.speaker->name, name);
    QCOMPARE(first.speaker->bio, bio);
    QVERIFY2(first.paragraphs.value(0).startsWith(firstWords), qPrintable(first.paragraphs.value(0)));
    QVERIFY(first.label.isNull());
}

void TestSegmenter::articleWithoutSpeakersIsOneNarration()
{
    const auto result = segmentBytes("The river rose overnight. By morning the lower town was under water.\n"
                                     "Volunteers filled sandbags until noon.\n"
                                     "Nobody was hurt."_ba);
    QCOMPARE(result.segments.size(), 1);
    QCOMPARE(result.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(result.segments.constFirst().paragraphs.size(), 3);
    QVERIFY(!result.segments.constFirst().speaker);
}

void TestSegmenter::sentenceAboutAPersonIsNotAHeader()
{
    const auto result =
        segmentBytes("Council Approves New Bridge\n"
                     "John Smith-Reyes, the transport minister, resigned on Monday after the vote.\n"
                     "Ana Lima, a local shopkeeper, said she was relieved. Traffic had been "
                     "unbearable for years.\n"_ba);
    QCOMPARE(result.title, u"Council Approves New Bridge"_s);
    QCOMPARE(result.segments.size(), 1);
    QCOMPARE(result.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(result.segments.constFirst().paragraphs.size(), 2);
}

void TestSegmenter::headerAloneAtTheEndIsText()
{
    const auto result =
        segmentBytes("The ferry timetable changes next week.\nMaria Costa, harbour master"_ba);
    QCOMPARE(result.segments.size(), 1);
    QCOMPARE(result.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(result.segments.constFirst().paragraphs.last(), u"Maria Costa, harbour master"_s);
}

// Titles, times, ratios, rosters and a speaker quoted inside prose all carry colons.
void TestSegmenter::colonsThatAreNotTurns()
{
    const auto result = segmentBytes("Roundtable: Where Next for Rail?\n"
                                     "The meeting starts at 10:30 and ends at noon.\n"
                                     "The vote was split 3:1 in favour of the new line.\n"
                                     "As Smith said: the timetable is the product.\n"
                                     "Participants: Ana Lima, Joe Park and Mia Chen\n"
                                     "Nobody expected the result."_ba);
    QCOMPARE(result.title, u"Roundtable: Where Next for Rail?"_s);
    QCOMPARE(result.segments.size(), 1);
    QCOMPARE(result.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(result.segments.constFirst().paragraphs.size(), 5);
}

// In a transcript a guest may speak once; that turn is kept but flagged as less certain.
void TestSegmenter::loneLabelIsLessCertainThanRecurringOnes()
{
    const auto result = segmentBytes("HOST: Welcome back. Our guest today grows rice.\n"
                                     "Farmer: Thank you. The season was dry.\n"
                                     "HOST: How dry was it?\n"
                                     "Farmer: Drier than any year I remember.\n"
                                     "Caller: I farm nearby. We saw the same thing.\n"_ba);
    QCOMPARE(result.segments.size(), 5);
    const auto &caller = result.segments.at(4);
    QCOMPARE(caller.speaker->name, u"Caller"_s);
    QCOMPARE(caller.detection.rule, u"turn-label-lone"_s);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(result.segments.at(i).detection.rule, u"turn-label-recurring"_s);
        QVERIFY(result.segments.at(i).detection.confidence > caller.detection.confidence);
    }
}

void TestSegmenter::returningSpeakerIsOneVoice()
{
    const Colloquy::ReadResult read = Colloquy::ArticleReader::readFile(
        QStringLiteral(COLLOQUY_TEST_DATA_DIR "/segmenter/roundtable-intro-acronyms.txt"));
    QVERIFY(read.article);
    const auto speakers = read.article->speakers();
    QCOMPARE(speakers.size(), 3); // the speech interrupted by a caption stays one voice
    QCOMPARE(speakers.constFirst().name, u"Nguyễn Thị Thu Hà"_s);
}

// A pasted log or table can be one enormous line with no full stop: it must
// come back as text (a quadratic scan would hang here until the CTest timeout).
void TestSegmenter::hugeParagraphWithoutSentenceEnds()
{
    QByteArray text = "Ana Lima-Soto, a keeper of records"_ba;
    for (int i = 0; i < 200000; ++i)
        text += " aB cD";
    const auto result = segmentBytes(text);
    QCOMPARE(result.segments.size(), 1);
    QCOMPARE(result.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(result.segments.constFirst().paragraphs.constFirst().size(), text.size());
}

// Importers write one paragraph per line: short title, source and date lines are not a wrapped paragraph.
void TestSegmenter::titleLinesAreNotHardWrapping()
{
    const auto result = segmentBytes("Rainfall Records Broken\nSource: Plains Weather Service\n"
                                     "Updated: 12 June 2025\nRain broke records at eleven stations.\n"_ba);
    QCOMPARE(result.title, u"Rainfall Records Broken"_s);
    QCOMPARE(result.segments.size(), 3);
    QCOMPARE(result.segments.at(0).kind, SegmentKind::Metadata);
    QCOMPARE(result.segments.at(1).kind, SegmentKind::Metadata);
    QCOMPARE(result.segments.at(2).kind, SegmentKind::Narration);
}

void TestSegmenter::bylinesAreMetadata_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("metadata");
    QTest::newRow("names") << u"By Ana Lima and Rui Costa"_s << true;
    QTest::newRow("desk with date") << u"By the Opinion Desk \u00b7 3 March"_s << true;
    QTest::newRow("dash date") << u"By Kofi Mensah \u2014 12 May 2026"_s << true;
    QTest::newRow("sentence") << u"By the way, nobody asked the fishermen."_s << false;
    QTest::newRow("lowercase") << u"By the river we waited for hours"_s << false;
}

void TestSegmenter::bylinesAreMetadata()
{
    QFETCH(QString, line);
    QFETCH(bool, metadata);
    const auto result = segmentBytes(
        (u"Harbour Lights\n"_s + line + u"\nThe lamps went out at nine across the bay.\n"_s).toUtf8());
    QCOMPARE(result.segments.constFirst().kind, metadata ? SegmentKind::Metadata : SegmentKind::Narration);
}

void TestSegmenter::titleWithColonIsNoTurn()
{
    const auto result = segmentBytes("Morning Show: Garden Questions\nHost: Welcome. Lines are open.\n"
                                     "Mira: My beans are yellow.\nHost: Water them less.\n"_ba);
    QCOMPARE(result.title, u"Morning Show: Garden Questions"_s);
    QCOMPARE(result.segments.size(), 3);
    QCOMPARE(result.segments.constFirst().speaker->name, u"Host"_s);
}

void TestSegmenter::initialsInTurnLabels()
{
    const auto result = segmentBytes("[00:00:05] Dr. J. Okoro (Surgeon): We operate at dawn. It is quieter.\n"
                                     "[00:00:20] Ana Lima: Why dawn?\n"
                                     "[00:00:31] Dr. J. Okoro (Surgeon): Fewer interruptions.\n"_ba);
    QCOMPARE(result.segments.size(), 3);
    QCOMPARE(result.segments.constFirst().speaker->name, u"Dr. J. Okoro"_s);
    QCOMPARE(result.segments.constFirst().speaker->bio, u"Surgeon"_s);
}

// Lines that end in full-width punctuation end sentences: the turns stay apart.
void TestSegmenter::fullWidthColonTurns()
{
    const auto result = segmentBytes(
        "Press Briefing Transcript\n"
        "\xe4\xb8\xbb\xe6\x8c\x81\xe4\xba\xba\xef\xbc\x9a\xe4\xb8\x8b\xe5\x8d\x88\xe5\xa5\xbd\xe3\x80\x82\n"
        "Good afternoon.\n"
        "\xe6\x9e\x97\xe5\x98\x89\xe6\x80\xa1\xef\xbc\x9a\xe8\xb0\xa2\xe8\xb0\xa2\xe3\x80\x82\n"
        "Thank you.\n"
        "\xe4\xb8\xbb\xe6\x8c\x81\xe4\xba\xba\xef\xbc\x9a\xe5\x86\x8d\xe8\xa7\x81\xe3\x80\x82\n"
        "Goodbye.\n"_ba);
    QCOMPARE(result.title, u"Press Briefing Transcript"_s);
    QCOMPARE(result.segments.size(), 3);
    QCOMPARE(result.segments.at(0).speaker->name, u"\u4e3b\u6301\u4eba"_s);
    QCOMPARE(result.segments.at(0).paragraphs.size(), 2);
    QCOMPARE(result.segments.at(1).speaker->name, u"\u6797\u5609\u6021"_s);
}

// A label stands for the name the prose gives it: `The Ledger` mid-sentence keeps its article,
// an occupation before a name or a sentence ending before it is not part of the name.
void TestSegmenter::labelsResolveToNamesInTheProse()
{
    const auto result =
        segmentBytes("She spoke to The Ledger (TL) in March. Architect Ivo Brandt builds in wood.\n"
                     "TL: Why wood?\nBrandt: It stores carbon.\nTL: And fire?\n"
                     "Brandt: Thick timber chars and holds.\n"_ba);
    QCOMPARE(result.segments.size(), 5);
    QCOMPARE(result.segments.at(1).speaker->name, u"The Ledger"_s);
    QCOMPARE(result.segments.at(2).speaker->name, u"Ivo Brandt"_s);

    const auto afterSentence = segmentBytes("The school opened in January. Brandt spoke to us.\n"
                                            "Q: Why wood?\nBrandt: It stores carbon.\nQ: And fire?\n"
                                            "Brandt: Thick timber chars and holds.\n"_ba);
    QCOMPARE(afterSentence.segments.at(2).speaker->name, u"Brandt"_s);
}

void TestSegmenter::numberedVoicesAndCapitalHonorifics()
{
    const auto numbered = segmentBytes("Speaker 1: Thanks for coming. One topic tonight.\n"
                                       "Speaker 2: The market is too loud.\nSpeaker 1: Since when?\n"
                                       "Speaker 3: Since the new stalls opened.\n"_ba);
    QCOMPARE(numbered.segments.size(), 4);
    QCOMPARE(numbered.segments.at(3).speaker->name, u"Speaker 3"_s);

    const auto capitals =
        segmentBytes("CHAIR: We begin. Mr. Abbott, please.\nMR. ABBOTT: Thank you. The budget is flat.\n"
                     "CHAIR: Since when?\nMR. ABBOTT: Since 2016.\n"_ba);
    QCOMPARE(capitals.segments.size(), 4);
    QCOMPARE(capitals.segments.at(1).speaker->name, u"MR. ABBOTT"_s);
}

// `…export housePrices at …` has no seam evidence by itself; beside two clear glued introductions it is one
// more, while the same paragraph alone stays text.
void TestSegmenter::repeatedGluedIntroductionsTakeWeakSeams()
{
    const QByteArray weak =
        "Diego Arbeláez, trader at a coffee export housePrices at the exchange swing by a "
        "third. Nobody can plan on that.\n"_ba;
    const auto article =
        segmentBytes("Wanjiru Kamau, coffee grower from Nyeri, KenyaWe sell a kilo for less than a cup "
                     "costs. That is the story.\n"_ba +
            weak +
            "Ingrid Moll, owner of two cafés in CopenhagenOur customers will pay more. We print the farm "
            "price.\n"_ba);
    QCOMPARE(article.segments.size(), 3);
    QCOMPARE(article.segments.at(1).speaker->name, u"Diego Arbel\u00e1ez"_s);
    QCOMPARE(article.segments.at(1).speaker->bio, u"trader at a coffee export house"_s);

    const auto alone = segmentBytes(weak);
    QCOMPARE(alone.segments.size(), 1);
    QCOMPARE(alone.segments.constFirst().kind, SegmentKind::Narration);
}

void TestSegmenter::timeAfterTheNameIsNoRole()
{
    const auto result = segmentBytes("Ruth Akande (00:00:04): Let us start. Parking tonight.\n"
                                     "Marek Nowicki (00:00:21): I support the zone.\n"
                                     "Ruth Akande (00:00:40): Which hours?\n"_ba);
    QCOMPARE(result.segments.size(), 3);
    QCOMPARE(result.segments.at(1).speaker->name, u"Marek Nowicki"_s);
    QVERIFY(result.segments.at(1).speaker->bio.isEmpty());
    QCOMPARE(result.segments.at(1).paragraphs.constFirst(), u"I support the zone."_s);
}

void TestSegmenter::nameHeadingsWithBioLinesAndSubheadings()
{
    const auto panel = segmentBytes("Orchards in the Park\nOdile Marchetti\npark manager in Lyon\n"
                                    "Fruit trees bring people in. They also bring wasps.\n"
                                    "Baraka Njoroge\nfounder of a community orchard network\n"
                                    "A tree that feeds people is protected.\n"_ba);
    QCOMPARE(panel.segments.size(), 2);
    QCOMPARE(panel.segments.at(0).speaker->name, u"Odile Marchetti"_s);
    QCOMPARE(panel.segments.at(0).speaker->bio, u"park manager in Lyon"_s);
    QCOMPARE(panel.segments.at(0).paragraphs,
        QStringList {u"Fruit trees bring people in. They also bring wasps."_s});

    // Title-case subheadings whose words the text also uses in lower case name nobody.
    const auto report =
        segmentBytes("The Town Railway\nThe town runs its own trains now.\nWinter Storms\n"
                     "Two storms hit in one winter.\nRising Costs\nFuel costs kept rising.\n"_ba);
    QCOMPARE(report.segments.size(), 1);
    QCOMPARE(report.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(report.segments.constFirst().paragraphs.size(), 5);
}

void TestSegmenter::signOffsAttributeWhatCameBefore()
{
    const auto letters = segmentBytes("Letters\nThe new cycle lane made my commute safer.\n"
                                      "Marit Olsen, retired teacher, Bergen\n"
                                      "Your report on libraries missed the point.\n"
                                      "Peter Ngata, librarian, Tauranga\n"_ba);
    QCOMPARE(letters.segments.size(), 1);
    QCOMPARE(letters.segments.constFirst().kind, SegmentKind::Narration);
    QCOMPARE(letters.segments.constFirst().paragraphs.size(), 4);
}

void TestSegmenter::printedQuestionAnswerWithFullStops()
{
    const auto interview = segmentBytes("Q. Why by hand?\nA. Sensors drift. People notice.\nQ. How often?\n"
                                        "A. Twice a year.\n"_ba);
    QCOMPARE(interview.segments.size(), 4);
    QCOMPARE(interview.segments.at(1).speaker->name, u"A"_s);
    QCOMPARE(interview.segments.at(1).paragraphs.constFirst(), u"Sensors drift. People notice."_s);

    // Without a question, `A.` is an initial.
    const auto report = segmentBytes("The Harbour\nA. Lindqvist repaired the wall in May.\nIt held.\n"_ba);
    QCOMPARE(report.segments.size(), 1);
    QCOMPARE(report.segments.constFirst().kind, SegmentKind::Narration);
}

void TestSegmenter::capitalNamesOnTheirOwnLines()
{
    const auto podcast =
        segmentBytes("The Night Shift\n\nMARIA LOPEZ\n\nWelcome to the show.\n\nDAVID OSEI\n\n"
                     "Thanks. I drive a night bus.\n\nMARIA LOPEZ\n\nWhat have you seen?\n\n"
                     "DAVID OSEI\n\nA swan at a bus stop.\n"_ba);
    QCOMPARE(podcast.segments.size(), 4);
    QCOMPARE(podcast.segments.at(1).speaker->name, u"DAVID OSEI"_s);

    // One recurring capitals line is a section label, not a voice.
    const auto report = segmentBytes(
        "The Harbour\nADVERTISEMENT\nThe wall held.\nADVERTISEMENT\nIt was repaired in May.\n"_ba);
    QCOMPARE(report.segments.size(), 1);
    QCOMPARE(report.segments.constFirst().kind, SegmentKind::Narration);
}

void TestSegmenter::gluedSentencesAreSplit_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("glued at full stop") << u"It is techno-productive.Through trade it grows."_s
                                        << u"It is techno-productive. Through trade it grows."_s;
    QTest::newRow("glued at question mark")
        << u"Why now?Because costs fell."_s << u"Why now? Because costs fell."_s;
    QTest::newRow("initialism untouched") << u"The U.S.Army said so."_s << u"The U.S.Army said so."_s;
    QTest::newRow("abbreviation untouched") << u"Ask Dr.Smith first."_s << u"Ask Dr.Smith first."_s;
    QTest::newRow("decimal untouched") << u"It grew 3.5 per cent."_s << u"It grew 3.5 per cent."_s;
    QTest::newRow("domain untouched") << u"See example.org for more."_s << u"See example.org for more."_s;
}

void TestSegmenter::gluedSentencesAreSplit()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Colloquy::TextRules::repairGluedSentences(input), expected);
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
