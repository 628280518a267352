// Remembered segmentation corrections (SegmentationRules): stored, applied at
// the next import from the same source and shape, named as the deciding rule,
// removed and undone; and `colloquy-cli rules` over them.

#include "clirunner.h"
#include "import/articlereader.h"
#include "review/segmentationreview.h"
#include "review/segmentationrules.h"
#include "segment/ruleapplier.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {
const QString Verdict = u"THE LEDGER VERDICT"_s;

QString ledger(const QString &name)
{
    return testDataPath(u"rules/ledger/"_s + name);
}

/// The ordinal of the first segment printed with `label`; -1 when none is.
qsizetype segmentLabelled(const Article &article, const QString &label)
{
    for (qsizetype i = 0; i < article.segments.size(); ++i) {
        if (article.segments.at(i).label == label)
            return i;
    }
    return -1;
}

QStringList speakerNames(const Article &article)
{
    QStringList names;
    const QList<Speaker> speakers = article.speakers();
    for (const Speaker &speaker : speakers)
        names.append(speaker.name);
    return names;
}

/// Every paragraph of the article, in order, joined: what the reader shows of its text.
QString shownText(const Article &article)
{
    QStringList paragraphs;
    for (const Segment &segment : article.segments)
        paragraphs.append(segment.paragraphs);
    return paragraphs.join(u'\n');
}
} // namespace

class TestSegmentationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void proposalNamesLabelSourceAndShape();
    void rememberedRuleIsStoredAndOneUndoStep();
    void nextImportFromTheSameSourceJoinsTheField();
    void articlesFromAnotherSourceAreLeftAlone();
    void markAsAndAssignToDecideTheSegment();
    void removedRuleNoLongerAppliesAndUndoBringsItBack();
    void badRulesAreRefusedAndChangeNothing();
    void cliListsAppliesAndRemovesRules();

private:
    /// Imports the ferry panel and remembers that its verdict box is no speaker; the rule's id.
    qint64 rememberVerdictRule();
    Article stored(qint64 id) const;

    std::unique_ptr<TemporaryLibrary> m_library;
};

void TestSegmentationRules::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
}

void TestSegmentationRules::cleanup()
{
    m_library.reset();
}

Article TestSegmentationRules::stored(qint64 id) const
{
    return m_library->store()->article(id).valueOr({}).value_or(Article {});
}

qint64 TestSegmentationRules::rememberVerdictRule()
{
    const qint64 ferry = m_library->importFile(ledger(u"ferry-panel.txt"_s));
    const Article article = stored(ferry);
    const auto rule = SegmentationRules::proposal(
        article, segmentLabelled(article, Verdict), SegmentationRule::Action::NotASpeaker);
    if (!rule)
        return 0;
    return m_library->rules()->remember(*rule);
}

void TestSegmentationRules::proposalNamesLabelSourceAndShape()
{
    const qint64 id = m_library->importFile(ledger(u"ferry-panel.txt"_s));
    const Article article = stored(id);
    // Without a rule the segmenter takes the outlet's verdict box for a speaker: the correction to teach.
    QVERIFY(speakerNames(article).contains(Verdict));
    const auto rule = SegmentationRules::proposal(
        article, segmentLabelled(article, Verdict), SegmentationRule::Action::NotASpeaker);
    QVERIFY(rule);
    QCOMPARE(rule->label, Verdict);
    QCOMPARE(rule->source, QFileInfo(ledger(u"ferry-panel.txt"_s)).absolutePath());
    QCOMPARE(rule->scheme, article.scheme.name);
    QVERIFY2(rule->description().contains(u"\u201cTHE LEDGER VERDICT\u201d is not a speaker"_s),
        qPrintable(rule->description()));
    // The opening narration has no label: nothing to remember.
    QVERIFY(!SegmentationRules::proposal(article, 0, SegmentationRule::Action::NotASpeaker));
}

void TestSegmentationRules::rememberedRuleIsStoredAndOneUndoStep()
{
    QSignalSpy changed(m_library->store(), &LibraryStore::segmentationRulesChanged);
    const int steps = m_library->undoStack()->count();
    const qint64 id = rememberVerdictRule();
    QVERIFY2(id > 0, qPrintable(m_library->rules()->errorString()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_library->undoStack()->count(), steps + 1);
    const QList<SegmentationRule> rules = m_library->rules()->rules().valueOr({});
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.constFirst().id, id);
    QCOMPARE(rules.constFirst().label, Verdict);
    QCOMPARE(rules.constFirst().action, SegmentationRule::Action::NotASpeaker);
    QVERIFY(rules.constFirst().createdAt.isValid());

    m_library->undoStack()->undo();
    QVERIFY(m_library->rules()->rules().valueOr({}).isEmpty());
    QVERIFY(m_library->undoStack()->canRedo());
    m_library->undoStack()->redo();
    QCOMPARE(m_library->rules()->rules().valueOr({}), rules); // the very row, id included
}

void TestSegmentationRules::nextImportFromTheSameSourceJoinsTheField()
{
    const qint64 ruleId = rememberVerdictRule();
    QVERIFY(ruleId > 0);
    const ReadResult plain = ArticleReader::readFile(ledger(u"bridge-panel.txt"_s));
    QVERIFY(plain.article);

    const qint64 bridge = m_library->importFile(ledger(u"bridge-panel.txt"_s));
    const Article article = stored(bridge);
    QVERIFY(!speakerNames(article).contains(Verdict));
    QVERIFY(!article.scheme.cast.contains(Verdict));
    QCOMPARE(article.segments.size(), plain.article->segments.size() - 1);
    // The verdict is now the end of Priya's turn, its label put back as printed: nothing lost.
    const qsizetype priya = 2;
    QCOMPARE(article.segments.at(priya).speaker->name, u"PRIYA NANDAKUMAR"_s);
    QCOMPARE(article.segments.at(priya).paragraphs.constLast(),
        u"THE LEDGER VERDICT: Build it, but keep the lorries on the ring road."_s);
    QVERIFY(shownText(article).size() > shownText(*plain.article).size());
    // The rule that decided is named in the scheme's evidence, as the review dialog shows it.
    const QString expected = u"rule #%1: \u201cTHE LEDGER VERDICT\u201d is not a speaker"_s.arg(ruleId);
    QVERIFY2(std::any_of(article.scheme.evidence.cbegin(), article.scheme.evidence.cend(),
                 [&](const QString &line) { return line.startsWith(expected); }),
        qPrintable(article.scheme.evidence.join(u'\n')));
}

void TestSegmentationRules::articlesFromAnotherSourceAreLeftAlone()
{
    QVERIFY(rememberVerdictRule() > 0);
    // The same text saved in another folder is another source.
    const QString elsewhere = m_library->filePath(u"bridge-panel.txt"_s);
    QVERIFY(QFile::copy(ledger(u"bridge-panel.txt"_s), elsewhere));
    const Article article = stored(m_library->importFile(elsewhere));
    QVERIFY(speakerNames(article).contains(Verdict));
    QVERIFY(!article.scheme.evidence.join(u'\n').contains(u"rule #"_s));
}

void TestSegmentationRules::markAsAndAssignToDecideTheSegment()
{
    const ReadResult read = ArticleReader::readFile(ledger(u"bridge-panel.txt"_s));
    QVERIFY(read.article);
    const qsizetype verdict = segmentLabelled(*read.article, Verdict);
    QVERIFY(verdict > 0);

    auto markAs = SegmentationRules::proposal(
        *read.article, verdict, SegmentationRule::Action::MarkAs, segmentKindName(SegmentKind::Metadata));
    QVERIFY(markAs);
    markAs->id = 7;
    Article marked = *read.article;
    QCOMPARE(RuleApplier::apply(marked, {*markAs}), QList<qint64> {7});
    QCOMPARE(marked.segments.at(verdict).kind, SegmentKind::Metadata);
    QVERIFY(!marked.segments.at(verdict).speaker);
    QCOMPARE(marked.segments.at(verdict).detection.rule, u"rule #7"_s);
    QCOMPARE(marked.segments.at(verdict).paragraphs, read.article->segments.at(verdict).paragraphs);

    auto assign = SegmentationRules::proposal(
        *read.article, verdict, SegmentationRule::Action::AssignTo, u"Ledger Editorial Board"_s);
    QVERIFY(assign);
    assign->id = 8;
    Article assigned = *read.article;
    QCOMPARE(RuleApplier::apply(assigned, {*assign}), QList<qint64> {8});
    QCOMPARE(assigned.segments.at(verdict).speaker->name, u"Ledger Editorial Board"_s);
    QCOMPARE(assigned.segments.at(verdict).label, Verdict); // printed label kept
    QVERIFY(assigned.scheme.cast.contains(u"Ledger Editorial Board"_s));

    // Another shape is another rule's business.
    assign->scheme = u"letters"_s;
    Article other = *read.article;
    QVERIFY(RuleApplier::apply(other, {*assign}).isEmpty());
    QCOMPARE(other.segments, read.article->segments);
}

void TestSegmentationRules::removedRuleNoLongerAppliesAndUndoBringsItBack()
{
    const qint64 ruleId = rememberVerdictRule();
    QVERIFY(ruleId > 0);
    const QList<SegmentationRule> before = m_library->rules()->rules().valueOr({});
    QVERIFY(m_library->rules()->remove(ruleId));
    QVERIFY(m_library->rules()->rules().valueOr({}).isEmpty());
    ReadResult read = ArticleReader::readFile(ledger(u"bridge-panel.txt"_s));
    QVERIFY(read.article);
    QVERIFY(m_library->rules()->applyTo(*read.article).isEmpty());
    QVERIFY(speakerNames(*read.article).contains(Verdict));

    m_library->undoStack()->undo();
    QCOMPARE(m_library->rules()->rules().valueOr({}), before);
    read = ArticleReader::readFile(ledger(u"bridge-panel.txt"_s));
    QCOMPARE(m_library->rules()->applyTo(*read.article), QList<qint64> {ruleId});

    QVERIFY(!m_library->rules()->remove(ruleId + 100));
    QCOMPARE(m_library->rules()->errorString(), u"there is no segmentation rule %1"_s.arg(ruleId + 100));
}

void TestSegmentationRules::badRulesAreRefusedAndChangeNothing()
{
    const qint64 first = rememberVerdictRule();
    QVERIFY(first > 0);
    const QList<SegmentationRule> rules = m_library->rules()->rules().valueOr({});
    const int steps = m_library->undoStack()->count();

    SegmentationRule duplicate = rules.constFirst();
    duplicate.label = u"the ledger verdict:"_s; // the same label, another case and its colon
    QCOMPARE(m_library->rules()->remember(duplicate), 0);
    QVERIFY(m_library->rules()->errorString().contains(u"rule #%1"_s.arg(first)));

    SegmentationRule speech = rules.constFirst();
    speech.label = u"CREDITS"_s;
    speech.action = SegmentationRule::Action::MarkAs;
    speech.value = u"speaker"_s;
    QCOMPARE(m_library->rules()->remember(speech), 0);

    SegmentationRule nameless = speech;
    nameless.action = SegmentationRule::Action::AssignTo;
    nameless.value = u"  "_s;
    QCOMPARE(m_library->rules()->remember(nameless), 0);

    SegmentationRule nowhere = speech;
    nowhere.action = SegmentationRule::Action::NotASpeaker;
    nowhere.source.clear();
    QCOMPARE(m_library->rules()->remember(nowhere), 0);
    QVERIFY(!m_library->rules()->errorString().isEmpty());

    QCOMPARE(m_library->rules()->rules().valueOr({}), rules);
    QCOMPARE(m_library->undoStack()->count(), steps);
}

void TestSegmentationRules::cliListsAppliesAndRemovesRules()
{
    const qint64 ruleId = rememberVerdictRule();
    QVERIFY(ruleId > 0);
    const QString path = m_library->path();
    m_library->close();
    CliRunner cli(m_library->folder());
    cli.setLibrary(path);

    const CliRun list = cli.run({u"rules"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rules = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0)[u"id"_s].toInteger(), ruleId);
    QCOMPARE(rules.at(0)[u"label"_s].toString(), Verdict);
    QCOMPARE(rules.at(0)[u"action"_s].toString(), u"not-a-speaker"_s);
    const CliRun plain = cli.run({u"rules"_s});
    QCOMPARE(plain.outLines().value(0).section(u'\t', 0, 0), QString::number(ruleId));

    // segment previews with the library's rules; the evidence names the one that decided.
    const CliRun segment = cli.run({u"segment"_s, ledger(u"bridge-panel.txt"_s), u"--json"_s});
    QCOMPARE(segment.exitCode, 0);
    const QJsonArray evidence =
        QJsonDocument::fromJson(segment.out).object()[u"scheme"_s][u"evidence"_s].toArray();
    QVERIFY2(QJsonDocument(evidence).toJson().contains(u"rule #%1:"_s.arg(ruleId).toUtf8()), segment.out);

    const CliRun removed = cli.run({u"rules"_s, u"remove"_s, QString::number(ruleId)});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(cli.run({u"rules"_s}).out.trimmed().isEmpty());
    const CliRun again = cli.run({u"rules"_s, u"remove"_s, QString::number(ruleId)});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("there is no segmentation rule"), again.err);

    // Imports after the removal keep the verdict box as the segmenter read it.
    QCOMPARE(cli.run({u"import"_s, ledger(u"bridge-panel.txt"_s)}).exitCode, 0);
    const CliRun show = cli.run({u"show"_s, u"1"_s});
    QVERIFY2(show.out.contains("speaker: THE LEDGER VERDICT"), show.out);
}

QTEST_GUILESS_MAIN(TestSegmentationRules)
#include "tst_segmentationrules.moc"
