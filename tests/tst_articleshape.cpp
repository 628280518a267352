// How the reader cuts an article into head, voices and turns, and which
// shape (and so which layout) it reads from the segmentation: roundtables in
// panes, interviews, briefings and transcripts as a conversation. No widgets.

#include "import/articlereader.h"
#include "reader/articleparts.h"
#include "reader/articleshape.h"
#include "testarticles.h"
#include "testdata.h"

#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

using TestArticles::segment;
using TestArticles::speech;

Segment labelled(const QString &label, const QString &name, const QString &text)
{
    Segment s = speech(name, {}, {text});
    s.label = label;
    return s;
}

/// Turns of `voices` in the order given, each saying `text` plus its number.
QList<Segment> turns(const QStringList &order, const QString &text = u"Something worth saying."_s)
{
    QList<Segment> segments;
    for (qsizetype i = 0; i < order.size(); ++i)
        segments.append(speech(order.at(i), {}, {text + u' ' + QString::number(i)}));
    return segments;
}

Article fileArticle(const QString &name)
{
    QFile file(testDataPath(u"gui/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    const ReadResult read = ArticleReader::readBytes(file.readAll(), name);
    if (!read.article)
        qFatal("cannot import %s", qPrintable(name));
    return *read.article;
}

} // namespace

class TestArticleShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeDecidesTheLayout_data();
    void shapeDecidesTheLayout();
    void findsWhoAsks_data();
    void findsWhoAsks();
    void narrationBeforeTheFirstTurnIsTheIntroduction();
    void consecutiveSegmentsOfAVoiceAreOneTurn();
    void anArticleWithoutSpeakersIsAllBody();
};

void TestArticleShape::shapeDecidesTheLayout_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<ArticleShape>("shape");
    QTest::addColumn<ArticleLayout>("layout");

    QTest::newRow("roundtable: three experts, a turn each")
        << TestArticles::article(u"R"_s, turns({u"Ana"_s, u"Ben"_s, u"Cy"_s})) << ArticleShape::Roundtable
        << ArticleLayout::Stacked;
    QTest::newRow("roundtable: two turns each, no questions")
        << TestArticles::article(u"R"_s, turns({u"Ana"_s, u"Ben"_s, u"Cy"_s, u"Ana"_s, u"Ben"_s, u"Cy"_s}))
        << ArticleShape::Roundtable << ArticleLayout::Stacked;
    QList<Segment> moderated;
    for (const QString &question : {u"First?"_s, u"Second?"_s}) {
        moderated.append(labelled(u"MODERATOR"_s, u"Moderator"_s, question));
        moderated += turns({u"Ana"_s, u"Ben"_s, u"Cy"_s});
    }
    QTest::newRow("roundtable: a moderator asks twice")
        << TestArticles::article(u"R"_s, moderated) << ArticleShape::Roundtable << ArticleLayout::Stacked;
    QTest::newRow("interview: Q and A")
        << TestArticles::article(u"I"_s,
               {labelled(u"Q"_s, u"Q"_s, u"Why?"_s), labelled(u"A"_s, u"A"_s, u"Because."_s),
                   labelled(u"Q"_s, u"Q"_s, u"When?"_s), labelled(u"A"_s, u"A"_s, u"Soon."_s)})
        << ArticleShape::Interview << ArticleLayout::Conversation;
    QTest::newRow("interview: names, questions end in ?")
        << TestArticles::article(u"I"_s,
               {speech(u"Lena Berg"_s, {}, {u"Where did it start?"_s}),
                   speech(u"Tom Ode"_s, {}, {u"In a shed."_s}), speech(u"Lena Berg"_s, {}, {u"And then?"_s}),
                   speech(u"Tom Ode"_s, {}, {u"A factory."_s})})
        << ArticleShape::Interview << ArticleLayout::Conversation;
    QStringList briefing;
    for (int i = 0; i < 6; ++i)
        briefing << u"Reporter %1"_s.arg(i) << u"Spokesperson"_s;
    QTest::newRow("briefing: one voice answers six") << TestArticles::article(u"B"_s, turns(briefing))
                                                     << ArticleShape::Briefing << ArticleLayout::Conversation;
    QStringList talk;
    for (int i = 0; i < 14; ++i)
        talk << (i % 3 == 0 ? u"Ana"_s : i % 3 == 1 ? u"Ben"_s : u"Cy"_s);
    QTest::newRow("transcript: many short turns") << TestArticles::article(u"T"_s, turns(talk))
                                                  << ArticleShape::Transcript << ArticleLayout::Conversation;
    QTest::newRow("file: a Q&A interview")
        << fileArticle(u"interview-ferry.txt"_s) << ArticleShape::Interview << ArticleLayout::Conversation;
    QTest::newRow("file: a moderated panel")
        << fileArticle(u"panel-night-bus.txt"_s) << ArticleShape::Transcript << ArticleLayout::Conversation;
    QTest::newRow("file: a timed hearing transcript")
        << fileArticle(u"transcript-harbour-board.txt"_s) << ArticleShape::Transcript
        << ArticleLayout::Conversation;
    QTest::newRow("file: a roundtable of three views")
        << fileArticle(u"library-roundtable.txt"_s) << ArticleShape::Roundtable << ArticleLayout::Stacked;
    QTest::newRow("file: a plain article")
        << TestArticles::article(u"P"_s, {segment(SegmentKind::Narration, {u"Just prose."_s})})
        << ArticleShape::Roundtable << ArticleLayout::Stacked;
}

void TestArticleShape::shapeDecidesTheLayout()
{
    QFETCH(Article, article);
    QFETCH(ArticleShape, shape);
    QFETCH(ArticleLayout, layout);
    const ArticleShape found = articleShapeOf(articlePartsOf(article));
    QCOMPARE(articleShapeName(found), articleShapeName(shape));
    // Roundtables open in the pane layout chosen last; the others as a conversation.
    QCOMPARE(layoutForShape(found, ArticleLayout::Stacked), layout);
    QCOMPARE(layoutForShape(found, ArticleLayout::Conversation),
        found == ArticleShape::Roundtable ? ArticleLayout::SideBySide : ArticleLayout::Conversation);
}

void TestArticleShape::findsWhoAsks_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("asker");
    QTest::newRow("a Q label") << TestArticles::article(u"I"_s,
                                      {labelled(u"Q"_s, u"Q"_s, u"Why"_s),
                                          labelled(u"A"_s, u"A"_s, u"Because"_s)})
                               << u"Q"_s;
    QTest::newRow("a moderator by label")
        << TestArticles::article(u"P"_s,
               {speech(u"Ana"_s, {}, {u"Hello?"_s}),
                   labelled(u"MODERATOR"_s, u"Helle Brandt"_s, u"Go on."_s)})
        << u"Helle Brandt"_s;
    QTest::newRow("a host by bio") << TestArticles::article(u"P"_s,
                                          {speech(u"Ana"_s, {}, {u"Yes."_s}),
                                              speech(u"Jo Kim"_s, u"the host of Night Talk"_s, {u"No."_s})})
                                   << u"Jo Kim"_s;
    QTest::newRow("most turns are questions")
        << TestArticles::article(u"I"_s,
               {speech(u"Ana"_s, {}, {u"Ready?"_s}), speech(u"Ben"_s, {}, {u"Yes."_s}),
                   speech(u"Ana"_s, {}, {u"Sure?"_s}), speech(u"Ben"_s, {}, {u"Quite."_s})})
        << u"Ana"_s;
    QTest::newRow("nobody asks") << TestArticles::article(u"R"_s, turns({u"Ana"_s, u"Ben"_s, u"Ana"_s}))
                                 << QString();
}

void TestArticleShape::findsWhoAsks()
{
    QFETCH(Article, article);
    QFETCH(QString, asker);
    const ArticleParts parts = articlePartsOf(article);
    const int questioner = questionerOf(parts);
    QCOMPARE(questioner < 0 ? QString() : parts.voices.at(questioner).name, asker);
}

void TestArticleShape::narrationBeforeTheFirstTurnIsTheIntroduction()
{
    const Article article = TestArticles::article(u"Head"_s,
        {segment(SegmentKind::Metadata, {u"By the desk"_s}),
            segment(SegmentKind::Narration, {u"She met us."_s}),
            segment(SegmentKind::Caption, {u"Photo: a pier"_s}),
            segment(SegmentKind::Narration, {u"It rained."_s}), speech(u"Ana"_s, u"a pilot"_s, {u"Hello."_s}),
            segment(SegmentKind::Narration, {u"[Laughter]"_s}), speech(u"Ana"_s, {}, {u"Again."_s})});
    const ArticleParts parts = articlePartsOf(article);
    QCOMPARE(parts.intro.paragraphs, (QStringList {u"She met us."_s, u"It rained."_s}));
    QCOMPARE(parts.intro.ordinals, (QList<qsizetype> {1, 3}));
    QCOMPARE(parts.details, (QStringList {u"By the desk"_s, u"Photo: a pier"_s}));
    // Narration after the first turn stays in reading order, as a turn of nobody.
    QCOMPARE(parts.turns.size(), 3);
    QCOMPARE(parts.turns.at(1).voice, -1);
    QCOMPARE(parts.turns.at(1).paragraphs, QStringList {u"[Laughter]"_s});
    QCOMPARE(parts.voices.size(), 1);
    QCOMPARE(parts.voices.first().bio, u"a pilot"_s);
}

void TestArticleShape::consecutiveSegmentsOfAVoiceAreOneTurn()
{
    const ArticleParts parts = articlePartsOf(TestArticles::article(u"T"_s,
        {speech(u"Ana"_s, {}, {u"One."_s}), speech(u"Ana"_s, u"a pilot"_s, {u"Two."_s, u"Three."_s}),
            speech(u"Ben"_s, {}, {u"Four."_s}), speech(u"Ana"_s, {}, {u"Five."_s})}));
    QCOMPARE(parts.turns.size(), 3);
    QCOMPARE(parts.turns.at(0).paragraphs, (QStringList {u"One."_s, u"Two."_s, u"Three."_s}));
    QCOMPARE(parts.turns.at(0).ordinals, (QList<qsizetype> {0, 1, 1}));
    QCOMPARE(parts.turnCounts(), (QList<int> {2, 1}));
    // The bio a later segment gives is the voice's.
    QCOMPARE(parts.voices.at(0).bio, u"a pilot"_s);
}

void TestArticleShape::anArticleWithoutSpeakersIsAllBody()
{
    const ArticleParts parts = articlePartsOf(
        TestArticles::article(u"Prose"_s, {segment(SegmentKind::Narration, {u"One."_s, u"Two."_s})}));
    QVERIFY(parts.intro.paragraphs.isEmpty());
    QCOMPARE(parts.turns.size(), 1);
    QCOMPARE(parts.turns.first().voice, -1);
    QCOMPARE(parts.turns.first().paragraphs.size(), 2);
}

QTEST_GUILESS_MAIN(TestArticleShape)
#include "tst_articleshape.moc"
