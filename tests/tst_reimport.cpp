#include "annotate/annotations.h"
#include "import/articlereader.h"
#include "librarydump.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

QString fixturePath(const QString &name)
{
    return testDataPath(u"reimport/"_s + name);
}

QString readFixture(const QString &name)
{
    return QString::fromUtf8(readFile(fixturePath(name)));
}

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unchangedTextKeepsEveryHighlightAnchored();
    void wordsInsertedBeforeHighlightMoveIt();
    void typoFixedInsideQuoteIsFuzzyAndQuotesNewText();
    void deletedQuoteIsOrphanedAndKeptWithNoteAndThemes();
    void orphanComesBackWhenTheTextReturns();
    void repeatedQuoteResolvesToNearestOccurrence();
    void movedTurnKeepsItsSpeaker();
    void speakerNotesFollowTheNameAcrossReimport();
    void refusedReimportLeavesLibraryIdentical();
    void failingWriteRollsBackEverything();
    void undoThenRedoRestoresIdenticalState();

private:
    /// Highlights the `nth` occurrence of `quote` in the stored article.
    qint64 highlightQuote(const QString &quote, int nth = 0);
    /// Reads `text` as an edited file through ArticleReader and re-imports it.
    std::optional<ReimportReport> reimportText(const QString &text);
    Highlight stored(qint64 id) const;
    QString segmentText(qsizetype segment) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    QString m_path;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
    qint64 m_article = 0;
    QString m_base;
    int m_files = 0;
};

void TestReimport::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_path = m_library->path();
    m_store = m_library->store();
    const ReadResult read = ArticleReader::readFile(fixturePath(u"base.txt"_s));
    QVERIFY2(read.article, qPrintable(read.error));
    // Editor's note, then Petra, Tomasz and Mirela: the tests below rely on this segmentation.
    QCOMPARE(read.article->segments.size(), 4);
    QCOMPARE(read.article->segments.at(3).speaker->name, u"Mirela Oduya"_s);
    m_article = m_store->addArticle(*read.article).id;
    QVERIFY(m_article > 0);
    m_annotations = m_library->annotations();
    m_base = readFixture(u"base.txt"_s);
}

void TestReimport::cleanup()
{
    m_library.reset();
}

qint64 TestReimport::highlightQuote(const QString &quote, int nth)
{
    const std::optional<Article> article = *m_store->article(m_article);
    if (!article)
        return 0;
    for (qsizetype segment = 0; segment < article->segments.size(); ++segment) {
        const QString text = article->segments.at(segment).text();
        for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            if (nth-- == 0)
                return m_annotations->addHighlight(m_article, segment, at, at + quote.size()).value_or(0);
        }
    }
    qWarning() << "not in the article:" << quote;
    return 0;
}

std::optional<ReimportReport> TestReimport::reimportText(const QString &text)
{
    const QString path = m_library->filePath(u"edited-%1.txt"_s.arg(++m_files));
    if (!writeFile(path, text.toUtf8()))
        return std::nullopt;
    const ReadResult read = ArticleReader::readFile(path);
    if (!read.article) {
        qWarning() << read.error;
        return std::nullopt;
    }
    const std::optional<ReimportReport> report = m_annotations->reimportArticle(m_article, *read.article);
    if (!report)
        qWarning() << m_annotations->errorString();
    return report;
}

Highlight TestReimport::stored(qint64 id) const
{
    return m_store->highlight(id)->value_or(Highlight {});
}

QString TestReimport::segmentText(qsizetype segment) const
{
    const std::optional<Article> article = *m_store->article(m_article);
    return article && segment >= 0 && segment < article->segments.size()
        ? article->segments.at(segment).text()
        : QString();
}

void TestReimport::unchangedTextKeepsEveryHighlightAnchored()
{
    for (const QString &quote :
        {u"a slow machine"_s, u"Picking is a festival"_s, u"paths"_s, u"Ask the schools first"_s}) {
        QVERIFY(highlightQuote(quote) > 0);
    }
    const QList<Highlight> before = *m_store->highlights(m_article);
    const std::optional<Article> articleBefore = *m_store->article(m_article);

    const std::optional<ReimportReport> report = reimportText(m_base);
    QVERIFY(report);
    QCOMPARE(report->anchored, 4);
    QCOMPARE(report->total(), 4);
    QVERIFY(report->orphanedIds.isEmpty());
    QCOMPARE(*m_store->highlights(m_article), before);
    QCOMPARE(m_store->article(m_article)->value().segments, articleBefore->segments);
}

void TestReimport::wordsInsertedBeforeHighlightMoveIt()
{
    const qint64 id = highlightQuote(u"a slow machine"_s);
    const qint64 later = highlightQuote(u"Ask the schools first"_s);
    const Highlight before = stored(id);

    QString edited = m_base;
    edited.replace(u"An orchard is a slow machine."_s, u"Put simply, an orchard is a slow machine."_s);
    const std::optional<ReimportReport> report = reimportText(edited);
    QVERIFY(report);
    QCOMPARE(report->moved, 1);
    QCOMPARE(report->anchored, 1);

    const Highlight moved = stored(id);
    QCOMPARE(moved.state, AnchorState::Moved);
    QCOMPARE(moved.anchor.segment, before.anchor.segment);
    QCOMPARE(moved.anchor.position.start, before.anchor.position.start + 12); // "Put simply, "
    QCOMPARE(moved.speaker, u"Petra Lindqvist-Moreau"_s);
    // The stored context now is the new text's, so the next re-import finds it where it is.
    QVERIFY(moved.anchor.quote.prefix.endsWith(u"Put simply, an orchard is "_s));
    QCOMPARE(
        segmentText(moved.anchor.segment).sliced(moved.anchor.position.start, moved.anchor.position.length()),
        u"a slow machine"_s);
    QCOMPARE(stored(later).state, AnchorState::Anchored);
    // Colour, author and times are the reader's, not the anchor's: unchanged.
    QCOMPARE(moved.colour, before.colour);
    QCOMPARE(moved.created, before.created);
    QCOMPARE(moved.modified, before.modified);
}

void TestReimport::typoFixedInsideQuoteIsFuzzyAndQuotesNewText()
{
    const qint64 id = highlightQuote(u"will recieve nothing but disappointment"_s);
    QString edited = m_base;
    edited.replace(u"recieve"_s, u"receive"_s);
    const std::optional<ReimportReport> report = reimportText(edited);
    QVERIFY(report);
    QCOMPARE(report->fuzzy, 1);

    const Highlight fuzzy = stored(id);
    QCOMPARE(fuzzy.state, AnchorState::Fuzzy);
    QCOMPARE(fuzzy.anchor.quote.exact, u"will receive nothing but disappointment"_s);
    QCOMPARE(
        segmentText(fuzzy.anchor.segment).sliced(fuzzy.anchor.position.start, fuzzy.anchor.position.length()),
        u"will receive nothing but disappointment"_s);
}

void TestReimport::deletedQuoteIsOrphanedAndKeptWithNoteAndThemes()
{
    const qint64 id = highlightQuote(u"Picking is a festival"_s);
    QVERIFY(m_annotations->setNote(id, u"Worth quoting"_s));
    const std::optional<qint64> theme = m_annotations->createTheme(u"Volunteers"_s);
    QVERIFY(theme);
    QVERIFY(m_annotations->tagHighlight(id, *theme));
    const Highlight before = stored(id);

    QString edited = m_base;
    edited.replace(u" Picking is a festival; pruning is a craft."_s, QString());
    const std::optional<ReimportReport> report = reimportText(edited);
    QVERIFY(report);
    QCOMPARE(report->orphaned, 1);
    QCOMPARE(report->orphanedIds, QList<qint64> {id});

    const QList<Highlight> all = *m_store->highlights(m_article);
    QCOMPARE(all.size(), 1);
    const Highlight orphan = all.constFirst();
    QCOMPARE(orphan.id, id);
    QCOMPARE(orphan.state, AnchorState::Orphaned);
    QVERIFY(orphan.speaker.isEmpty());
    // The old selectors stay, so that the quote can be found again.
    QCOMPARE(orphan.anchor, before.anchor);
    QCOMPARE(m_store->note(id)->value().markdown, u"Worth quoting"_s);
    QCOMPARE(*m_store->themeIdsOfHighlight(id), QList<qint64> {*theme});
}

void TestReimport::orphanComesBackWhenTheTextReturns()
{
    const qint64 id = highlightQuote(u"Picking is a festival"_s);
    QString edited = m_base;
    edited.replace(u" Picking is a festival; pruning is a craft."_s, QString());
    QVERIFY(reimportText(edited));
    QCOMPARE(stored(id).state, AnchorState::Orphaned);

    const std::optional<ReimportReport> report = reimportText(m_base);
    QVERIFY(report);
    QCOMPARE(report->anchored, 1);
    QCOMPARE(stored(id).state, AnchorState::Anchored);
    QCOMPARE(stored(id).speaker, u"Petra Lindqvist-Moreau"_s);
}

void TestReimport::repeatedQuoteResolvesToNearestOccurrence()
{
    const QString quote = u"Every year we lose a few trees"_s;
    const qint64 second = highlightQuote(quote, 1);
    QVERIFY(second > 0);
    const qsizetype oldStart = stored(second).anchor.position.start;
    QVERIFY(oldStart > segmentText(2).indexOf(quote));

    // Words before both occurrences: a first-occurrence search would jump to the first one.
    QString edited = m_base;
    edited.replace(u"I would not hire anyone yet."_s, u"Frankly, I would not hire anyone yet."_s);
    const std::optional<ReimportReport> report = reimportText(edited);
    QVERIFY(report);
    QCOMPARE(report->moved, 1);

    const Highlight moved = stored(second);
    QCOMPARE(moved.state, AnchorState::Moved);
    QCOMPARE(moved.anchor.segment, 2);
    QCOMPARE(moved.anchor.position.start, segmentText(2).lastIndexOf(quote));
    QCOMPARE(moved.anchor.position.start, oldStart + 9);
}

void TestReimport::movedTurnKeepsItsSpeaker()
{
    const qint64 mirela = highlightQuote(u"a tree nobody sees"_s);
    const qint64 tomasz = highlightQuote(u"Ask the schools first"_s);
    QCOMPARE(stored(mirela).anchor.segment, 3);

    // Mirela's turn moves before Tomasz's.
    const qsizetype tomaszAt = m_base.indexOf(u"Tomasz Achebe-Holt,"_s);
    const qsizetype mirelaAt = m_base.indexOf(u"Mirela Oduya,"_s);
    QVERIFY(tomaszAt > 0 && mirelaAt > tomaszAt);
    QString mirelaTurn = m_base.mid(mirelaAt);
    if (!mirelaTurn.endsWith(u'\n'))
        mirelaTurn += u'\n';
    const QString edited = m_base.left(tomaszAt) + mirelaTurn + u'\n' +
        m_base.mid(tomaszAt, mirelaAt - tomaszAt).trimmed() + u'\n';
    const std::optional<ReimportReport> report = reimportText(edited);
    QVERIFY(report);
    QCOMPARE(report->moved, 2);

    const std::optional<Article> article = *m_store->article(m_article);
    QStringList speakers;
    for (const Speaker &speaker : article->speakers())
        speakers.append(speaker.name);
    QCOMPARE(
        speakers, (QStringList {u"Petra Lindqvist-Moreau"_s, u"Mirela Oduya"_s, u"Tomasz Achebe-Holt"_s}));

    const Highlight m = stored(mirela);
    QCOMPARE(m.state, AnchorState::Moved);
    QCOMPARE(m.anchor.segment, 2);
    QCOMPARE(m.speaker, u"Mirela Oduya"_s);
    const Highlight t = stored(tomasz);
    QCOMPARE(t.anchor.segment, 3);
    QCOMPARE(t.speaker, u"Tomasz Achebe-Holt"_s);
}

void TestReimport::speakerNotesFollowTheNameAcrossReimport()
{
    QVERIFY(m_annotations->setArticleNote(m_article, u"Town council, 2024"_s));
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Tomasz Achebe-Holt"_s, u"Runs the allotments"_s));
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Mirela Oduya"_s, u"Designed the park"_s));

    // Mirela's turn is cut from the new version.
    QString edited = m_base.left(m_base.indexOf(u"Mirela Oduya,"_s)).trimmed() + u'\n';
    QVERIFY(reimportText(edited));
    QCOMPARE(m_store->article(m_article)->value().speakers().size(), 2);
    QCOMPARE(m_store->articleNote(m_article)->value().markdown, u"Town council, 2024"_s);
    QCOMPARE(
        m_store->articleNote(m_article, u"Tomasz Achebe-Holt"_s)->value().markdown, u"Runs the allotments"_s);
    // Kept and listed last, as a name the text no longer has; it can be cleared but not rewritten.
    const QList<ArticleNote> notes = *m_store->articleNotes(m_article);
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.last().speaker, u"Mirela Oduya"_s);
    QVERIFY(!m_annotations->setSpeakerNote(m_article, u"Mirela Oduya"_s, u"Moved away"_s));
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Mirela Oduya"_s, QString()));
    QVERIFY(!*m_store->articleNote(m_article, u"Mirela Oduya"_s));
}

void TestReimport::refusedReimportLeavesLibraryIdentical()
{
    const qint64 id = highlightQuote(u"a slow machine"_s);
    QVERIFY(m_annotations->setNote(id, u"note"_s));
    const ReadResult other = ArticleReader::readFile(testDataPath(u"cli/roundtable.txt"_s));
    QVERIFY(other.article);
    const qint64 otherId = m_store->addArticle(*other.article).id;
    QVERIFY(otherId > 0);
    const QStringList before = dumpLibrary(m_path);
    const int steps = m_annotations->undoStack()->count();

    // Another article's text: the content hash must stay unique.
    QVERIFY(!m_annotations->reimportArticle(m_article, *other.article));
    QVERIFY2(m_annotations->errorString().contains(u"already in the library as article %1"_s.arg(otherId)),
        qPrintable(m_annotations->errorString()));
    QVERIFY(!m_annotations->reimportArticle(9999, *other.article));
    QVERIFY(m_annotations->errorString().contains(u"no article 9999"_s));

    // Files the reader refuses never reach the library.
    const QString binary = m_library->filePath(u"binary.bin"_s);
    QVERIFY(writeFile(binary, QByteArray("\x00\x01\x02\xff\xfe\x00\x89PNG\x00\x00", 12).repeated(64)));
    QVERIFY(!ArticleReader::readFile(binary).article);
    QVERIFY(!ArticleReader::readFile(m_library->filePath(u"missing.txt"_s)).article);

    QCOMPARE(dumpLibrary(m_path), before);
    QCOMPARE(m_annotations->undoStack()->count(), steps);
}

void TestReimport::failingWriteRollsBackEverything()
{
    const qint64 id = highlightQuote(u"a slow machine"_s);
    const QStringList before = dumpLibrary(m_path);
    std::optional<Article> edited = *m_store->article(m_article);
    QVERIFY(edited);
    edited->segments.removeLast();
    edited->normalizedText += u" (shortened)"_s;
    edited->contentHash.clear();
    Highlight h = stored(id);
    h.state = AnchorState::Moved;
    Highlight stranger = h;
    stranger.id = id + 1000; // not a highlight of this article: fails after the segments were replaced

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"has no highlight"_s));
    QVERIFY(!m_store->replaceArticle({*edited, {h, stranger}, {}}));
    QVERIFY(m_store->errorString().contains(u"has no highlight"_s));
    QCOMPARE(dumpLibrary(m_path), before);
    // The same write without the stranger goes through, so the failure above was the stranger's.
    QVERIFY2(m_store->replaceArticle({*edited, {h}, {}}), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->article(m_article)->value().segments.size(), 3);
    QCOMPARE(stored(id).state, AnchorState::Moved);
}

void TestReimport::undoThenRedoRestoresIdenticalState()
{
    const qint64 a = highlightQuote(u"a slow machine"_s);
    const qint64 b = highlightQuote(u"will recieve nothing but disappointment"_s);
    const qint64 c = highlightQuote(u"Picking is a festival"_s);
    QVERIFY(a && b && c);
    QVERIFY(m_annotations->setNote(c, u"kept"_s));
    QUndoStack *stack = m_annotations->undoStack();
    const int steps = stack->count();
    const QStringList before = dumpLibrary(m_path);

    const std::optional<ReimportReport> report = reimportText(readFixture(u"edited.txt"_s));
    QVERIFY(report);
    QCOMPARE(report->moved, 1);
    QCOMPARE(report->fuzzy, 1);
    QCOMPARE(report->orphaned, 1);
    QCOMPARE(stack->count(), steps + 1);
    const QStringList after = dumpLibrary(m_path);
    QVERIFY(after != before);

    QVERIFY(stack->canUndo());
    stack->undo();
    QCOMPARE(dumpLibrary(m_path), before);
    QCOMPARE(stored(b).anchor.quote.exact, u"will recieve nothing but disappointment"_s);
    QVERIFY(stack->canRedo());
    stack->redo();
    QCOMPARE(dumpLibrary(m_path), after);
    QVERIFY(!stack->canRedo());

    // Undoing past the re-import then undoes earlier edits against the old text.
    stack->undo();
    stack->undo();
    QVERIFY(!*m_store->note(c));
    QCOMPARE(stored(c).state, AnchorState::Anchored);
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
