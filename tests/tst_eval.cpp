// The segmentation accuracy of Colloquy on the articles of tests/data/eval, and
// the metric itself on tiny hand-made cases.

#include "eval/segmentationeval.h"
#include "testconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

Q_DECLARE_METATYPE(Colloquy::Segmentation)

namespace {

constexpr double OverallF1 = 0.98;
constexpr double ShapeF1 = 0.95;
constexpr double NameAccuracy = 0.98;

Segment speech(const QString &name, const QString &bio, const QStringList &paragraphs)
{
    Segment segment;
    segment.kind = SegmentKind::Speaker;
    segment.speaker = Speaker {name, bio};
    segment.paragraphs = paragraphs;
    return segment;
}

Segment ofKind(SegmentKind kind, const QStringList &paragraphs)
{
    Segment segment;
    segment.kind = kind;
    segment.paragraphs = paragraphs;
    return segment;
}

// Three voices over five lines; the second speaker's name and bio are glued to the speech.
const QString Text = u"Photo: Studio Nine\n"
                     u"Ana Lima, potter at the Rua Clay WorksClay remembers every mistake.\n"
                     u"It is also forgiving.\n"
                     u"Ben Okri-Hale, glass blowerGlass forgives nothing.\n"
                     u"Ana Lima: That is why I chose clay.\n"_s;

Segmentation expectedOfText()
{
    return {QString(),
        {ofKind(SegmentKind::Caption, {u"Photo: Studio Nine"_s}),
            speech(u"Ana Lima"_s, u"potter at the Rua Clay Works"_s,
                {u"Clay remembers every mistake."_s, u"It is also forgiving."_s}),
            speech(u"Ben Okri-Hale"_s, u"glass blower"_s, {u"Glass forgives nothing."_s}),
            speech(u"Ana Lima"_s, QString(), {u"That is why I chose clay."_s})}};
}

QString format(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

class TestEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalSegmentationScoresOne();
    void missedBoundaryLowersRecallOnly();
    void extraBoundaryLowersPrecisionOnly();
    void wrongKindIsMissedAndExtra();
    void wrongNameAndBioAreCountedApart();
    void locatesRepairedAndJoinedText();
    void rejectsExpectationWithoutShape();
    void evalFolderMeetsTargets();
    void cliPrintsTableAndJson();
    void referenceFormatScoresAsSegcheck_data();
    void referenceFormatScoresAsSegcheck();
    void referenceNamesIgnoreHonorificsAndCase();
    void readsTheSharedRealDevCorpus();
    void meetsIssue15Goals_data();
    void meetsIssue15Goals();
};

void TestEval::identicalSegmentationScoresOne()
{
    const ArticleScore score = SegmentationEval::score(Text, expectedOfText(), expectedOfText());
    QVERIFY2(score.passed(), qPrintable(score.problems.join(u'\n')));
    QCOMPARE(score.expectedBoundaries, 4);
    QCOMPARE(score.matchedBoundaries, 4);
    QCOMPARE(score.expectedSpeakerTurns, 3);
    QCOMPARE(score.correctNames, 3);
    QCOMPARE(score.correctBios, 3);
}

void TestEval::missedBoundaryLowersRecallOnly()
{
    // The segmenter ran Ben's turn into Ana's: one boundary fewer.
    Segmentation actual = expectedOfText();
    actual.segments[1].paragraphs.append(u"Ben Okri-Hale, glass blowerGlass forgives nothing."_s);
    actual.segments.removeAt(2);

    ScoreTotals totals;
    totals.add(SegmentationEval::score(Text, expectedOfText(), actual));
    QCOMPARE(totals.matchedBoundaries, 3);
    QCOMPARE(totals.precision(), 1.0);
    QCOMPARE(totals.recall(), 0.75);
    QVERIFY(totals.f1() < 1.0);
    QCOMPARE(totals.failingFiles, 1);
    // The missed turn's speaker counts as wrongly named.
    QCOMPARE(totals.nameAccuracy(), 2.0 / 3.0);
}

void TestEval::extraBoundaryLowersPrecisionOnly()
{
    // A turn split in two: `It is also forgiving.` became narration.
    Segmentation actual = expectedOfText();
    actual.segments[1].paragraphs.removeLast();
    actual.segments.insert(2, ofKind(SegmentKind::Narration, {u"It is also forgiving."_s}));

    ScoreTotals totals;
    const ArticleScore score = SegmentationEval::score(Text, expectedOfText(), actual);
    totals.add(score);
    QCOMPARE(totals.detectedBoundaries, 5);
    QCOMPARE(totals.recall(), 1.0);
    QCOMPARE(totals.precision(), 0.8);
    QCOMPARE(totals.nameAccuracy(), 1.0);
    QVERIFY(score.problems.constFirst().contains(u"extra"_s));
}

void TestEval::wrongKindIsMissedAndExtra()
{
    // The caption read as narration: the boundary is in the right place but says the wrong thing.
    Segmentation actual = expectedOfText();
    actual.segments[0].kind = SegmentKind::Narration;
    ScoreTotals totals;
    totals.add(SegmentationEval::score(Text, expectedOfText(), actual));
    QCOMPARE(totals.precision(), 0.75);
    QCOMPARE(totals.recall(), 0.75);
}

void TestEval::wrongNameAndBioAreCountedApart()
{
    Segmentation actual = expectedOfText();
    actual.segments[2].speaker = Speaker {u"Ben Okri"_s, u"glass blower"_s};
    actual.segments[1].speaker->bio = u"potter at the Rua"_s;
    ScoreTotals totals;
    totals.add(SegmentationEval::score(Text, expectedOfText(), actual));
    QCOMPARE(totals.f1(), 1.0);
    QCOMPARE(totals.nameAccuracy(), 2.0 / 3.0);
    QCOMPARE(totals.bioAccuracy(), 2.0 / 3.0);
    QCOMPARE(totals.failingFiles, 1);
}

void TestEval::locatesRepairedAndJoinedText()
{
    // The reading text differs from the source in spacing only: a sentence glued at a full stop was
    // separated, hard-wrapped lines were joined.
    const QString text = u"Kai Moreno, harbour pilotThe tide was late.Then it came at once.\n"
                         u"Second speaker Lu Wen\nsaid nothing of the\ntide at all.\n"_s;
    const Segmentation expected {QString(),
        {speech(u"Kai Moreno"_s, u"harbour pilot"_s, {u"The tide was late. Then it came at once."_s}),
            ofKind(SegmentKind::Narration, {u"Second speaker Lu Wen said nothing of the tide at all."_s})}};
    const ArticleScore score = SegmentationEval::score(text, expected, expected);
    QVERIFY2(score.passed(), qPrintable(score.problems.join(u'\n')));
    QCOMPARE(score.matchedBoundaries, 2);
}

void TestEval::rejectsExpectationWithoutShape()
{
    QString error;
    const auto json = QJsonDocument::fromJson(
        R"({"title": null, "segments": [{"kind": "narration", "label": null, "speaker": null,
            "paragraphs": ["x"]}]})")
                          .object();
    QVERIFY(!SegmentationEval::parseExpected(json, &error));
    QVERIFY(error.contains(u"shape"_s));
}

void TestEval::evalFolderMeetsTargets()
{
    const QString folder = QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u"/eval"_s;
    const EvaluationReport report = SegmentationEval::evaluateFolder(folder);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QVERIFY2(report.articles.size() >= 40, qPrintable(QString::number(report.articles.size())));

    // Every format the importers read is represented.
    QSet<QString> formats;
    for (const ArticleScore &article : report.articles)
        formats.insert(QFileInfo(article.file).suffix());
    for (const QString &format : {u"txt"_s, u"md"_s, u"html"_s, u"pdf"_s, u"vtt"_s, u"srt"_s})
        QVERIFY2(formats.contains(format), qPrintable(format));

    const QMap<QString, ScoreTotals> shapes = report.byShape();
    QVERIFY2(shapes.size() >= 8, qPrintable(QStringList(shapes.keys()).join(u", "_s)));
    qInfo("%-26s %5s %6s %6s %6s %6s %6s %6s", "shape", "files", "bounds", "P", "R", "F1", "names", "bios");
    auto print = [](const QString &name, const ScoreTotals &t) {
        qInfo("%-26s %5d %6d %6s %6s %6s %6s %6s", qPrintable(name), t.files, t.expectedBoundaries,
            qPrintable(format(t.precision())), qPrintable(format(t.recall())), qPrintable(format(t.f1())),
            qPrintable(format(t.nameAccuracy())), qPrintable(format(t.bioAccuracy())));
    };
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
        print(it.key(), it.value());
    const ScoreTotals overall = report.overall();
    print(u"overall"_s, overall);
    for (const ArticleScore &article : report.articles) {
        if (!article.passed())
            qInfo("FAIL %s: %s", qPrintable(article.file), qPrintable(article.problems.join(u"; "_s)));
    }

    QVERIFY2(overall.f1() >= OverallF1, qPrintable(format(overall.f1())));
    QVERIFY2(overall.nameAccuracy() >= NameAccuracy, qPrintable(format(overall.nameAccuracy())));
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it)
        QVERIFY2(it.value().f1() >= ShapeF1, qPrintable(it.key() + u": "_s + format(it.value().f1())));
}

void TestEval::cliPrintsTableAndJson()
{
    const QString folder = QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u"/eval/negative"_s;
    QProcess process;
    process.start(QStringLiteral(COLLOQUY_CLI_PATH), {u"eval"_s, folder, u"--json"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject overall = json.value(u"overall"_s).toObject();
    QCOMPARE(overall.value(u"files"_s).toInt(), int(QDir(folder).entryList({u"*.expected.json"_s}).size()));
    QVERIFY(overall.contains(u"f1"_s));
    QVERIFY(json.value(u"shapes"_s).toObject().contains(u"negative"_s));

    process.start(QStringLiteral(COLLOQUY_CLI_PATH), {u"eval"_s, folder});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString table = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(table.contains(u"overall"_s) && table.contains(u"F1"_s), qPrintable(table));

    process.start(QStringLiteral(COLLOQUY_CLI_PATH), {u"eval"_s, folder + u"/no-such-folder"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
}

namespace {

// segcheck.py's own tiny example: a caption, the editor's note and three turns, two with bios.
const char *const ReferenceExpectation = R"({"source": "test", "shape": "tiny", "segments": [
    {"kind": "caption", "speaker": null, "aliases": [], "bio": null, "first_words": "Photo: VCG",
     "paragraphs": 1, "text": "Photo: VCG"},
    {"kind": "editor_note", "speaker": null, "aliases": [], "bio": null,
     "first_words": "Three experts share their views on", "paragraphs": 1},
    {"kind": "speaker", "speaker": "Dr. Ana de la Vega", "aliases": ["de la Vega"],
     "bio": "a researcher at McGill University", "first_words": "When ministries talk about AI, they",
     "paragraphs": 2},
    {"kind": "speaker", "speaker": "GT", "aliases": ["Wang Lei"], "bio": null,
     "first_words": "What about DeepSeek and the iPhone?", "paragraphs": 1},
    {"kind": "speaker", "speaker": "K.M Rahim", "aliases": [], "bio": "Energy Analyst, Dhaka",
     "first_words": "Growth.Yet the grid is weak here.", "paragraphs": 1}]})";

Segmentation referenceActual()
{
    Segment note = ofKind(SegmentKind::EditorNote, {u"Three experts share their views on AI."_s});
    return {QString(),
        {ofKind(SegmentKind::Caption, {u"Photo: VCG"_s}), note,
            speech(u"Dr. Ana de la Vega"_s, u"a researcher at McGill University"_s,
                {u"When ministries talk about AI, they mean chips."_s, u"Then talent."_s}),
            speech(u"GT"_s, QString(), {u"What about DeepSeek and the iPhone?"_s}),
            speech(u"K.M Rahim"_s, u"Energy Analyst, Dhaka"_s, {u"Growth.Yet the grid is weak here."_s})}};
}

SegmentationExpectation referenceExpectation()
{
    QString error;
    const auto expected =
        SegmentationEval::parseExpected(QJsonDocument::fromJson(ReferenceExpectation).object(), &error);
    if (!expected)
        qFatal("reference expectation: %s", qPrintable(error));
    return *expected;
}

} // namespace

void TestEval::referenceFormatScoresAsSegcheck_data()
{
    QTest::addColumn<Segmentation>("actual");
    QTest::addColumn<int>("matched");
    QTest::addColumn<int>("detected");
    QTest::addColumn<int>("correctNames");
    QTest::addColumn<int>("correctBios");
    QTest::addColumn<int>("correctCaptions");

    const Segmentation perfect = referenceActual();
    QTest::newRow("perfect") << perfect << 4 << 4 << 3 << 2 << 1;

    Segmentation labelLeft = perfect;
    labelLeft.segments[3].paragraphs[0].prepend(u"GT: "_s);
    QTest::newRow("label left in the text is a missed and an extra boundary")
        << labelLeft << 3 << 4 << 2 << 2 << 1;

    Segmentation merged = perfect;
    merged.segments[2].paragraphs.append(merged.segments.at(3).paragraphs);
    merged.segments.removeAt(3);
    QTest::newRow("merged turn lowers recall only") << merged << 3 << 3 << 2 << 2 << 1;

    Segmentation captionInSpeech = perfect;
    captionInSpeech.segments[2].paragraphs.append(u"Photo: VCG"_s);
    QTest::newRow("caption also inside a turn") << captionInSpeech << 4 << 4 << 3 << 2 << 0;

    Segmentation wrongBio = perfect;
    wrongBio.segments[4].speaker->bio = QString();
    wrongBio.segments[3].speaker->bio = u"printed nowhere"_s; // an expected null bio is not scored
    QTest::newRow("missing bio is wrong, a bio nobody expects is not scored")
        << wrongBio << 4 << 4 << 3 << 1 << 1;
}

void TestEval::referenceFormatScoresAsSegcheck()
{
    QFETCH(Segmentation, actual);
    QFETCH(int, matched);
    QFETCH(int, detected);
    QFETCH(int, correctNames);
    QFETCH(int, correctBios);
    QFETCH(int, correctCaptions);

    const SegmentationExpectation expected = referenceExpectation();
    QVERIFY(expected.reference);
    const ArticleScore score = SegmentationEval::scoreReference(expected, actual);
    QCOMPARE(score.expectedBoundaries, 4);
    QCOMPARE(score.matchedBoundaries, matched);
    QCOMPARE(score.detectedBoundaries, detected);
    // Names are scored over matched turns, bios over matched turns that print one.
    QCOMPARE(score.correctNames, correctNames);
    QCOMPARE(score.correctBios, correctBios);
    QCOMPARE(score.expectedCaptions, 1);
    QCOMPARE(score.correctCaptions, correctCaptions);
    QCOMPARE(score.passed(), matched == 4 && detected == 4 && correctBios == 2 && correctCaptions == 1);
}

void TestEval::referenceNamesIgnoreHonorificsAndCase()
{
    QCOMPARE(SegmentationEval::comparableName(u"Dr. K.M Rahim:"_s), u"k.m rahim"_s);
    QCOMPARE(
        SegmentationEval::comparableName(u"PROF.  Shirin  Tabassum-Haque"_s), u"shirin tabassum-haque"_s);
    QCOMPARE(SegmentationEval::comparableName(u"Mr Anil Thapa,"_s), u"anil thapa"_s);
    QCOMPARE(SegmentationEval::comparableName(u"Editor\u2019s Note"_s), u"editor's note"_s);
    QCOMPARE(SegmentationEval::comparableName(u"Drake"_s), u"drake"_s);

    Segmentation variants = referenceActual();
    variants.segments[2].speaker->name = u"ANA DE LA VEGA:"_s;
    variants.segments[3].speaker->name = u"Wang Lei"_s; // an alias
    const ArticleScore score = SegmentationEval::scoreReference(referenceExpectation(), variants);
    QCOMPARE(score.correctNames, 3);
}

void TestEval::readsTheSharedRealDevCorpus()
{
    const QString folder = QStringLiteral(COLLOQUY_SHARED_CORPUS_DIR) + u"/real-dev"_s;
    if (!QFileInfo::exists(folder))
        QSKIP("no shared corpus beside the checkout (../shared/corpus/real-dev)");
    const EvaluationReport report = SegmentationEval::evaluateFolder(folder);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.articles.size(), QDir(folder).entryList({u"*.expected.json"_s}).size());
    const ScoreTotals overall = report.overall();
    QVERIFY(overall.expectedBoundaries > 100);
    QVERIFY(overall.scoredNames > 0);
}

// Issue 15's goals, F1, names and bios of at least 0.95, on texts the segmenter was not written
// against: the real texts beside the checkout, the shape fixtures' development half and their frozen
// test half (whose failures print only the figures, so the half stays unread).
void TestEval::meetsIssue15Goals_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("frozen");
    QTest::newRow("real-dev") << QStringLiteral(COLLOQUY_SHARED_CORPUS_DIR) + u"/real-dev"_s << false;
    QTest::newRow("shape fixtures, development half")
        << QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u"/eval-dev"_s << false;
    QTest::newRow("shape fixtures, frozen test half")
        << QStringLiteral(COLLOQUY_TEST_DATA_DIR) + u"/eval-test"_s << true;
}

void TestEval::meetsIssue15Goals()
{
    QFETCH(QString, folder);
    QFETCH(bool, frozen);
    if (!QFileInfo::exists(folder))
        QSKIP("no shared corpus beside the checkout (../shared/corpus/real-dev)");
    const EvaluationReport report = SegmentationEval::evaluateFolder(folder);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    const ScoreTotals overall = report.overall();
    const QString figures = u"F1 %1, names %2, bios %3 over %4 files"_s.arg(format(overall.f1()),
        format(overall.nameAccuracy()), format(overall.bioAccuracy()), QString::number(overall.files));
    qInfo("%s", qPrintable(figures));
    QStringList problems;
    if (!frozen) {
        for (const ArticleScore &article : report.articles) {
            if (!article.passed())
                problems.append(article.file + u": "_s + article.problems.join(u"; "_s));
        }
    }
    const QString message = figures + u'\n' + problems.join(u'\n');
    QVERIFY2(overall.f1() >= 0.95, qPrintable(message));
    QVERIFY2(overall.nameAccuracy() >= 0.95, qPrintable(message));
    QVERIFY2(overall.bioAccuracy() >= 0.95, qPrintable(message));
}

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
