#include "annotate/annotations.h"
#include "import/articlereader.h"
#include "librarydump.h"
#include "review/segmentationreview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace { } // namespace

class TestSegmentationReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void splitInsideParagraphKeepsSpeakerAndQuotes();
    void splitAsNarrationDropsTheSpeaker();
    void mergeUndoesASplitExactly();
    void mergeRejoinsAParagraphCutInTwo();
    void mergeKeepsTheJoinedTurnsLabelInTheText();
    void highlightCutBySplitIsKept();
    void assignToExistingAndNewSpeaker();
    void renameMovesTurnsNoteAndKeepsProfile();
    void renameToAnotherSpeakerJoinsThem();
    void renameToAnotherPersonLeavesSharedProfile();
    void mergeCastMembersIsOneUndoableStep();
    void renameShowsInTheStoredCast();
    void bioEditReachesEveryTurn();
    void kindChangeDropsTheSpeaker();
    void refusalsLeaveLibraryIdentical();
    void undoThenRedoRestoresIdenticalState();

private:
    qint64 highlightQuote(const QString &quote);
    Article article() const { return m_store->article(m_article)->value_or(Article {}); }
    Highlight stored(qint64 id) const { return m_store->highlight(id)->value_or(Highlight {}); }
    QString quoted(const Highlight &h) const
    {
        const Article a = article();
        return a.segments.value(h.anchor.segment)
            .text()
            .mid(h.anchor.position.start, h.anchor.position.end - h.anchor.position.start);
    }

    std::unique_ptr<TemporaryLibrary> m_library;
    QString m_path;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
    SegmentationReview *m_review = nullptr;
    qint64 m_article = 0;
};

void TestSegmentationReview::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_path = m_library->path();
    m_store = m_library->store();
    const ReadResult read = ArticleReader::readFile(testDataPath(u"reimport/base.txt"_s));
    QVERIFY2(read.article, qPrintable(read.error));
    // Editor's note, then Petra, Tomasz and Mirela: the tests below rely on this segmentation.
    QCOMPARE(read.article->segments.size(), 4);
    m_article = m_library->addArticle(*read.article);
    QVERIFY(m_article > 0);
    m_annotations = m_library->annotations();
    m_review = m_library->review();
}

void TestSegmentationReview::cleanup()
{
    m_library.reset();
}

qint64 TestSegmentationReview::highlightQuote(const QString &quote)
{
    const Article a = article();
    for (qsizetype segment = 0; segment < a.segments.size(); ++segment) {
        const qsizetype at = a.segments.at(segment).text().indexOf(quote);
        if (at >= 0)
            return m_annotations->addHighlight(m_article, segment, at, at + quote.size()).value_or(0);
    }
    return 0;
}

void TestSegmentationReview::splitInsideParagraphKeepsSpeakerAndQuotes()
{
    const qint64 early = highlightQuote(u"a slow machine"_s);
    const qint64 late = highlightQuote(u"Picking is a festival"_s);
    const qint64 other = highlightQuote(u"Ask the schools first"_s);
    QVERIFY(early > 0 && late > 0 && other > 0);
    const QString petra = article().segments.at(1).text();
    const qsizetype cut = petra.indexOf(u"Trees planted"_s);

    QVERIFY2(m_review->splitSegment(m_article, 1, cut), qPrintable(m_review->errorString()));
    const Article a = article();
    QCOMPARE(a.segments.size(), 5);
    QVERIFY(a.segments.at(1).text().endsWith(u"is a slow machine."_s));
    QVERIFY(a.segments.at(2).text().startsWith(u"Trees planted today"_s));
    QCOMPARE(a.segments.at(2).speaker->name, u"Petra Lindqvist-Moreau"_s);
    QCOMPARE(a.segments.at(2).kind, SegmentKind::Speaker);
    QVERIFY(a.segments.at(2).detection.rule.isEmpty()); // made by hand
    QCOMPARE(a.segments.at(3).speaker->name, u"Tomasz Achebe-Holt"_s);

    QCOMPARE(stored(early).anchor.segment, 1);
    QCOMPARE(stored(late).anchor.segment, 2);
    QCOMPARE(stored(other).anchor.segment, 3);
    for (const qint64 id : {early, late, other}) {
        QCOMPARE(stored(id).state, AnchorState::Anchored);
        QCOMPARE(quoted(stored(id)), stored(id).anchor.quote.exact);
    }
    QCOMPARE(quoted(stored(late)), u"Picking is a festival"_s);
}

void TestSegmentationReview::splitAsNarrationDropsTheSpeaker()
{
    const QString mirela = article().segments.at(3).text();
    QVERIFY(m_review->splitSegment(m_article, 3, mirela.indexOf(u"Half the trees"_s), false));
    const Segment second = article().segments.at(4);
    QCOMPARE(second.kind, SegmentKind::Narration);
    QVERIFY(!second.speaker);
    QVERIFY(second.text().startsWith(u"Half the trees"_s));
}

void TestSegmentationReview::mergeUndoesASplitExactly()
{
    const qint64 late = highlightQuote(u"Picking is a festival"_s);
    const Article original = article();
    const Highlight before = stored(late);
    // At a paragraph boundary: the cut falls on the `\n` between them.
    const qsizetype cut = original.segments.at(1).paragraphs.at(0).size();
    QVERIFY(m_review->splitSegment(m_article, 1, cut));
    QCOMPARE(article().segments.at(2).paragraphs.size(), 1);
    QVERIFY(m_review->mergeWithPrevious(m_article, 2));

    const Article merged = article();
    QCOMPARE(merged.segments.size(), original.segments.size());
    QCOMPARE(merged.segments.at(1).paragraphs, original.segments.at(1).paragraphs);
    QCOMPARE(stored(late).anchor.segment, before.anchor.segment);
    QCOMPARE(stored(late).anchor.position.start, before.anchor.position.start);
    QCOMPARE(stored(late).anchor.quote.exact, before.anchor.quote.exact);
}

void TestSegmentationReview::mergeRejoinsAParagraphCutInTwo()
{
    const qint64 late = highlightQuote(u"Picking is a festival"_s);
    const Article original = article();
    const Highlight before = stored(late);
    QVERIFY(m_review->splitSegment(m_article, 1, original.segments.at(1).text().indexOf(u"Trees planted"_s)));
    QVERIFY(m_review->mergeWithPrevious(m_article, 2));
    QCOMPARE(article().segments.at(1).paragraphs, original.segments.at(1).paragraphs);
    QCOMPARE(stored(late).anchor.position.start, before.anchor.position.start);
    QCOMPARE(stored(late).anchor.quote.prefix, before.anchor.quote.prefix);
}

void TestSegmentationReview::mergeKeepsTheJoinedTurnsLabelInTheText()
{
    const QByteArray transcript = "Harbour Talk\n\n"
                                  "ANNIKA VOSS: We should open the pier on Sundays.\n\n"
                                  "LEO MBEKI: Only if the last ferry runs later too.\n\n"
                                  "ANNIKA VOSS: Then we ask the ferry company first.\n\n"
                                  "LEO MBEKI: And the harbour master after that.\n";
    const ReadResult read = ArticleReader::readBytes(transcript, QString(), u"text"_s);
    QVERIFY2(read.article, qPrintable(read.error));
    const qint64 id = m_library->addArticle(*read.article);
    const Article before = m_store->article(id)->value_or(Article {});
    qsizetype leo = -1;
    for (qsizetype i = 1; i < before.segments.size() && leo < 0; ++i) {
        if (before.segments.at(i).label.startsWith(u"LEO MBEKI"_s))
            leo = i;
    }
    QVERIFY2(leo > 0, "the transcript's second turn is Leo's, with his label");
    const QString leoSpeech = before.segments.at(leo).text();
    const qint64 quote = m_annotations->addHighlight(id, leo, 0, 4).value_or(0);
    QVERIFY(quote > 0);

    QVERIFY2(m_review->mergeWithPrevious(id, leo), qPrintable(m_review->errorString()));
    const Article after = m_store->article(id)->value_or(Article {});
    const QString merged = after.segments.at(leo - 1).text();
    QVERIFY2(
        merged.contains(before.segments.at(leo).label.trimmed() + u'\n' + leoSpeech), qPrintable(merged));
    const Highlight moved = m_store->highlight(quote)->value_or(Highlight {});
    QCOMPARE(moved.anchor.segment, leo - 1);
    QCOMPARE(merged.mid(moved.anchor.position.start, 4), leoSpeech.left(4));
}

void TestSegmentationReview::highlightCutBySplitIsKept()
{
    const qint64 across = highlightQuote(u"craft."_s); // sanity: one that is not cut
    const qint64 cutOne = highlightQuote(u"Ask the schools first. Children who plant"_s);
    QVERIFY(across > 0 && cutOne > 0);
    const QString tomasz = article().segments.at(2).text();
    QVERIFY(m_review->splitSegment(m_article, 2, tomasz.indexOf(u"Children who"_s)));

    QCOMPARE(m_store->highlights(m_article)->size(), 2);
    const Highlight h = stored(cutOne);
    QCOMPARE(h.id, cutOne);
    QCOMPARE(h.anchor.quote.exact.isEmpty(), false);
    // Either found again roughly or an orphan that keeps its selectors: never gone.
    QVERIFY(h.state == AnchorState::Fuzzy || h.state == AnchorState::Orphaned);
    QCOMPARE(stored(across).state, AnchorState::Anchored);
}

void TestSegmentationReview::assignToExistingAndNewSpeaker()
{
    QVERIFY2(m_review->assignSpeaker(m_article, 3, u"Petra Lindqvist-Moreau"_s),
        qPrintable(m_review->errorString()));
    Article a = article();
    QCOMPARE(a.segments.at(3).speaker->name, u"Petra Lindqvist-Moreau"_s);
    QCOMPARE(a.segments.at(3).speaker->bio, a.segments.at(1).speaker->bio);
    QVERIFY(!a.speakers().contains(Speaker {u"Mirela Oduya"_s, u"a landscape architect"_s}));

    QVERIFY(m_review->assignNewSpeaker(m_article, 0, u"  Ines Varga "_s, u"the editor"_s));
    a = article();
    QCOMPARE(a.segments.at(0).kind, SegmentKind::Speaker);
    QCOMPARE(a.segments.at(0).speaker->name, u"Ines Varga"_s);
    QCOMPARE(a.segments.at(0).speaker->bio, u"the editor"_s);
    QCOMPARE(a.speakers().constFirst().name, u"Ines Varga"_s);
    // A new person gets a profile of their own.
    bool profiled = false;
    for (const PersonProfile &p : *m_store->people())
        profiled = profiled || p.displayName == u"Ines Varga"_s;
    QVERIFY(profiled);
    QVERIFY(!m_review->assignNewSpeaker(m_article, 1, u"Ines Varga"_s, QString()));
}

void TestSegmentationReview::renameMovesTurnsNoteAndKeepsProfile()
{
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Tomasz Achebe-Holt"_s, u"Runs the allotments."_s));
    auto profileOf = [this](const QString &name) -> qint64 {
        for (const PersonProfile &p : *m_store->people()) {
            for (const auto &appearance : p.appearances) {
                if (appearance.articleId == m_article && appearance.name == name)
                    return p.id;
            }
        }
        return 0;
    };
    const qint64 profile = profileOf(u"Tomasz Achebe-Holt"_s);
    QVERIFY(profile > 0);

    QVERIFY2(m_review->renameSpeaker(m_article, u"Tomasz Achebe-Holt"_s, u"Tomasz Achebe Holt"_s),
        qPrintable(m_review->errorString()));
    QCOMPARE(article().segments.at(2).speaker->name, u"Tomasz Achebe Holt"_s);
    QCOMPARE(article().segments.at(2).speaker->bio, u"chair of the Riverside Allotment Society"_s);
    QCOMPARE(profileOf(u"Tomasz Achebe Holt"_s), profile);
    QCOMPARE(m_store->person(profile)->value().displayName, u"Tomasz Achebe Holt"_s);
    const std::optional<ArticleNote> note = *m_store->articleNote(m_article, u"Tomasz Achebe Holt"_s);
    QVERIFY(note);
    QCOMPARE(note->markdown, u"Runs the allotments."_s);

    m_annotations->undoStack()->undo();
    QCOMPARE(profileOf(u"Tomasz Achebe-Holt"_s), profile);
    QVERIFY(*m_store->articleNote(m_article, u"Tomasz Achebe-Holt"_s));
}

void TestSegmentationReview::renameToAnotherSpeakerJoinsThem()
{
    QVERIFY(m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"Petra Lindqvist-Moreau"_s));
    const Article a = article();
    QCOMPARE(a.speakers().size(), 2);
    QCOMPARE(a.segments.at(3).speaker, a.segments.at(1).speaker);
}

void TestSegmentationReview::mergeCastMembersIsOneUndoableStep()
{
    const QString petra = u"Petra Lindqvist-Moreau"_s;
    const QString tomasz = u"Tomasz Achebe-Holt"_s;
    const QString mirela = u"Mirela Oduya"_s;
    const Article original = article();
    QVERIFY(!original.scheme.name.isEmpty());
    QCOMPARE(original.scheme.cast, (QStringList {petra, tomasz, mirela}));
    const std::optional<Speaker> tomaszBefore = original.segments.at(2).speaker;
    QVERIFY(tomaszBefore);
    QUndoStack *stack = m_review->undoStack();
    const int steps = stack->count();
    const QStringList before = dumpLibrary(m_path);

    QVERIFY2(m_review->mergeSpeakers(m_article, mirela, tomasz), qPrintable(m_review->errorString()));
    const Article merged = article();
    QCOMPARE(merged.segments.at(3).speaker, tomaszBefore); // Tomasz keeps his name and bio
    QCOMPARE(merged.segments.at(3).text(), original.segments.at(3).text());
    QCOMPARE(merged.scheme.cast, (QStringList {petra, tomasz}));
    QCOMPARE(merged.scheme.name, original.scheme.name);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(stack->undoText().contains(u"Merge"_s));

    stack->undo();
    QCOMPARE(dumpLibrary(m_path), before);
    QCOMPARE(article().scheme.cast, original.scheme.cast);
    stack->redo();
    QCOMPARE(article().scheme.cast, merged.scheme.cast);

    const QStringList after = dumpLibrary(m_path);
    QVERIFY(!m_review->mergeSpeakers(m_article, tomasz, tomasz));
    QVERIFY(!m_review->mergeSpeakers(m_article, petra, u"Nobody Here"_s));
    QVERIFY(!m_review->mergeSpeakers(m_article, mirela, petra)); // merged away: no longer in the cast
    QVERIFY(!m_review->errorString().isEmpty());
    QCOMPARE(dumpLibrary(m_path), after);
    QCOMPARE(stack->count(), steps + 1);
}

void TestSegmentationReview::renameShowsInTheStoredCast()
{
    QVERIFY(m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"Mirela O. Oduya"_s));
    // Read back through a second store, as after a restart.
    LibraryStore reopened;
    QVERIFY(reopened.open(m_path));
    const Article stored = reopened.article(m_article)->value_or(Article {});
    QCOMPARE(stored.scheme.cast,
        (QStringList {u"Petra Lindqvist-Moreau"_s, u"Tomasz Achebe-Holt"_s, u"Mirela O. Oduya"_s}));
    QCOMPARE(stored.scheme, article().scheme);
}

void TestSegmentationReview::renameToAnotherPersonLeavesSharedProfile()
{
    // A second article where Mirela Oduya speaks too: one profile for both.
    Article other;
    other.sourceFormat = u"text"_s;
    other.normalizedText = u"Mirela Oduya, architect\nPaths first, always."_s;
    other.segments = {Segment {SegmentKind::Speaker, QString(), Speaker {u"Mirela Oduya"_s, u"architect"_s},
        {u"Paths first, always."_s}, {}}};
    const qint64 otherId = m_store->addArticle(other).id;
    QVERIFY(otherId > 0);
    auto profileOf = [this](qint64 articleId, const QString &name) -> qint64 {
        for (const PersonProfile &p : *m_store->people()) {
            for (const auto &appearance : p.appearances) {
                if (appearance.articleId == articleId && appearance.name == name)
                    return p.id;
            }
        }
        return 0;
    };
    const qint64 shared = profileOf(m_article, u"Mirela Oduya"_s);
    QVERIFY(shared > 0);
    QCOMPARE(profileOf(otherId, u"Mirela Oduya"_s), shared);

    // The same person, more fully named: still the shared profile.
    QVERIFY(m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"Dr. Mirela Oduya"_s));
    QCOMPARE(profileOf(m_article, u"Dr. Mirela Oduya"_s), shared);
    m_annotations->undoStack()->undo();

    // Somebody else: a profile of their own; Mirela keeps hers for the other article.
    QVERIFY(m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"Jonas Berg"_s));
    const qint64 jonas = profileOf(m_article, u"Jonas Berg"_s);
    QVERIFY(jonas > 0);
    QVERIFY(jonas != shared);
    QCOMPARE(profileOf(otherId, u"Mirela Oduya"_s), shared);
    QCOMPARE(m_store->person(shared)->value().articleIds(), QList<qint64> {otherId});

    m_annotations->undoStack()->undo();
    QCOMPARE(profileOf(m_article, u"Mirela Oduya"_s), shared);
    QVERIFY(!*m_store->person(jonas)); // nobody's profile any more
}

void TestSegmentationReview::bioEditReachesEveryTurn()
{
    QVERIFY(m_review->splitSegment(m_article, 1, article().segments.at(1).paragraphs.at(0).size()));
    QVERIFY(m_review->setSpeakerBio(m_article, u"Petra Lindqvist-Moreau"_s, u" head of orchards "_s));
    const Article a = article();
    QCOMPARE(a.segments.at(1).speaker->bio, u"head of orchards"_s);
    QCOMPARE(a.segments.at(2).speaker->bio, u"head of orchards"_s);
    QVERIFY(m_review->setSpeakerBio(m_article, u"Petra Lindqvist-Moreau"_s, u"  "_s));
    QVERIFY(article().segments.at(2).speaker->bio.isNull());
}

void TestSegmentationReview::kindChangeDropsTheSpeaker()
{
    QVERIFY(m_review->setSegmentKind(m_article, 3, SegmentKind::Caption));
    const Segment s = article().segments.at(3);
    QCOMPARE(s.kind, SegmentKind::Caption);
    QVERIFY(!s.speaker);
    QVERIFY(s.detection.rule.isEmpty());
    QVERIFY(!article().speakers().contains(Speaker {u"Mirela Oduya"_s, u"a landscape architect"_s}));
    QVERIFY(!m_review->setSegmentKind(m_article, 3, SegmentKind::Speaker));
    QVERIFY(m_review->errorString().contains(u"assign"_s));
}

void TestSegmentationReview::refusalsLeaveLibraryIdentical()
{
    QVERIFY(highlightQuote(u"paths"_s) > 0);
    const QStringList before = dumpLibrary(m_path);
    const int steps = m_annotations->undoStack()->count();
    QVERIFY(!m_review->splitSegment(m_article, 1, 0));
    QVERIFY(!m_review->splitSegment(m_article, 9, 3));
    QVERIFY(!m_review->mergeWithPrevious(m_article, 0));
    QVERIFY(!m_review->assignSpeaker(m_article, 0, u"Nobody Here"_s));
    QVERIFY(!m_review->renameSpeaker(m_article, u"Nobody Here"_s, u"X"_s));
    QVERIFY(!m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"  "_s));
    QVERIFY(!m_review->setSpeakerBio(m_article + 1, u"Mirela Oduya"_s, u"x"_s));
    QVERIFY(!m_review->errorString().isEmpty());
    QCOMPARE(dumpLibrary(m_path), before);
    QCOMPARE(m_annotations->undoStack()->count(), steps);
}

void TestSegmentationReview::undoThenRedoRestoresIdenticalState()
{
    QVERIFY(highlightQuote(u"Picking is a festival"_s) > 0);
    QVERIFY(highlightQuote(u"paths"_s) > 0);
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Mirela Oduya"_s, u"Landscape."_s));
    QUndoStack *stack = m_annotations->undoStack();
    const int base = stack->count();

    QList<QStringList> states {dumpLibrary(m_path)};
    const QString petra = article().segments.at(1).text();
    QVERIFY(m_review->splitSegment(m_article, 1, petra.indexOf(u"The town should"_s)));
    states.append(dumpLibrary(m_path));
    QVERIFY(m_review->renameSpeaker(m_article, u"Mirela Oduya"_s, u"Mirela O. Oduya"_s));
    states.append(dumpLibrary(m_path));
    QVERIFY(m_review->assignNewSpeaker(m_article, 2, u"Jonas Berg"_s, u"a gardener"_s));
    states.append(dumpLibrary(m_path));
    QVERIFY(m_review->setSegmentKind(m_article, 0, SegmentKind::Metadata));
    states.append(dumpLibrary(m_path));
    QVERIFY(m_review->mergeWithPrevious(m_article, 2));
    states.append(dumpLibrary(m_path));
    QCOMPARE(stack->count(), base + 5);
    for (qsizetype i = 1; i < states.size(); ++i)
        QVERIFY(states.at(i) != states.at(i - 1));

    for (qsizetype i = states.size() - 1; i > 0; --i) {
        QVERIFY(stack->canUndo());
        stack->undo();
        QCOMPARE(dumpLibrary(m_path), states.at(i - 1));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        QVERIFY(stack->canRedo());
        stack->redo();
        QCOMPARE(dumpLibrary(m_path), states.at(i));
    }
    QVERIFY(!stack->canRedo());
}

QTEST_GUILESS_MAIN(TestSegmentationReview)
#include "tst_segmentationreview.moc"
