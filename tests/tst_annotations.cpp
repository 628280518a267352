#include "annotate/annotations.h"
#include "librarydump.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

// Text written for these tests; segment 0 is Ada's, 1 narration, 2 Ben's, 3 a caption
// that starts with a character outside the BMP (a surrogate pair).
Article fixtureArticle()
{
    Article article;
    article.title = u"Rivers and Rails"_s;
    article.sourceFormat = u"text"_s;
    article.normalizedText = u"Rivers and Rails fixture"_s;
    article.segments = {
        {SegmentKind::Speaker, QString(), Speaker {u"Ada Quill"_s, u"a canal historian"_s},
            {u"Canals carried coal before railways did."_s, u"Barges are slow but cheap."_s}},
        {SegmentKind::Narration, QString(), std::nullopt, {u"Both spoke in March."_s}},
        {SegmentKind::Speaker, QString(), Speaker {u"Ben Otway"_s, QString()},
            {u"Railways won because they were fast, and fast was cheap enough."_s}},
        {SegmentKind::Caption, QString(), std::nullopt, {u"\U0001F6A2 A barge at dawn"_s}},
    };
    return article;
}

} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addHighlightStoresAnchorSpeakerAndAuthor();
    void annotatorNameSetByTheAppSignsNewHighlightsAndNotes();
    void accountNameIsNeverTheHomeFolder();
    void highlightSpansAgreeWithTheFullRead();
    void validationErrorsLeaveLibraryUnchanged();
    void undoThenRedoRestoresIdenticalRows();
    void removedHighlightComesBackWithItsIdNoteAndThemes();
    void reattachingAnOrphanAnchorsItAndUndoOrphansItAgain();
    void noteBurstIsOneUndoStep();
    void articleAndSpeakerNotesAreSavedAndUndoable();
    void articleNoteBurstIsOneUndoStepPerNote();
    void mergeMovesClaimsAndSubThemesInOneStep();
    void deleteThemeReportsClaimsAndUndoes();
    void reparentRejectsCycles();
    void siblingNamesAreUnique();
    void bulkActionIsOneMacro();
    void addHighlightsWritesNotesAndThemesInOneStep();
    void addHighlightsRefusesAllWhenOneItemIsBad();
    void tagHighlightsSkipsTaggingsAlreadyThere();
    void acknowledgedEditsSurviveSigkill();

private:
    std::unique_ptr<TemporaryLibrary> m_library;
    QString m_path;
    LibraryStore *m_store = nullptr;
    Annotations *m_annotations = nullptr;
    qint64 m_article = 0;
};

void TestAnnotations::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_path = m_library->path();
    m_store = m_library->store();
    m_article = m_library->addArticle(fixtureArticle());
    QVERIFY(m_article > 0);
    m_annotations = m_library->annotations();
}

void TestAnnotations::cleanup()
{
    m_library.reset();
}

void TestAnnotations::addHighlightStoresAnchorSpeakerAndAuthor()
{
    // "Barges are slow" in Ada's segment: paragraphs count with one '\n' between them.
    const QString text = fixtureArticle().segments.at(0).text();
    const qsizetype start = text.indexOf(u"Barges"_s);
    const auto id = m_annotations->addHighlight(m_article, 0, start, start + 15);
    QVERIFY2(id, qPrintable(m_annotations->errorString()));
    QVERIFY(m_annotations->errorString().isEmpty());

    const std::optional<Highlight> highlight = *m_store->highlight(*id);
    QVERIFY(highlight);
    QCOMPARE(highlight->articleId, m_article);
    QCOMPARE(highlight->speaker, u"Ada Quill"_s);
    QCOMPARE(highlight->anchor.segment, 0);
    QCOMPARE(highlight->anchor.position, (TextPositionSelector {start, start + 15}));
    QCOMPARE(highlight->anchor.quote.exact, u"Barges are slow"_s);
    QVERIFY(highlight->anchor.quote.prefix.endsWith(u"railways did.\n"_s));
    QCOMPARE(highlight->anchor.quote.suffix, u" but cheap."_s);
    QCOMPARE(highlight->state, AnchorState::Anchored);
    QCOMPARE(highlight->colour, HighlightColour::Yellow);
    QCOMPARE(highlight->author, Annotations::currentAuthor());
    QVERIFY(!highlight->author.isEmpty());
    QVERIFY(highlight->created.isValid());
    QCOMPARE(highlight->created, highlight->modified);
    QCOMPARE(m_annotations->undoStack()->count(), 1);

    const auto narration = m_annotations->addHighlight(m_article, 1, 0, 4, HighlightColour::Purple);
    QVERIFY(narration);
    QVERIFY(m_store->highlight(*narration)->value().speaker.isNull());
    QCOMPARE(m_store->highlights(m_article)->size(), 2);
}

void TestAnnotations::validationErrorsLeaveLibraryUnchanged()
{
    const auto highlight = m_annotations->addHighlight(m_article, 2, 0, 8);
    const auto parent = m_annotations->createTheme(u"Transport"_s);
    const auto child = m_annotations->createTheme(u"Cost"_s, *parent);
    const auto other = m_annotations->createTheme(u"Speed"_s);
    QVERIFY(highlight && parent && child && other);
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = m_annotations->undoStack()->count();
    const auto badColour = static_cast<HighlightColour>(42);
    Annotations *a = m_annotations;
    const qint64 h = *highlight;

    // Each refusal: false, a one-line reason, and not a row or an undo step changed.
    auto refuses = [&](const char *what, bool succeeded) {
        QVERIFY2(!succeeded, what);
        QVERIFY2(!a->errorString().isEmpty(), what);
        QVERIFY2(!a->errorString().contains(u'\n'), what);
        QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
        QCOMPARE(a->undoStack()->count(), steps);
    };
    refuses("unknown article", bool(a->addHighlight(9999, 0, 0, 3)));
    refuses("unknown segment", bool(a->addHighlight(m_article, 4, 0, 3)));
    refuses("negative segment", bool(a->addHighlight(m_article, -1, 0, 3)));
    refuses("span past the end", bool(a->addHighlight(m_article, 1, 10, 400)));
    refuses("empty span", bool(a->addHighlight(m_article, 1, 5, 5)));
    refuses("reversed span", bool(a->addHighlight(m_article, 1, 6, 2)));
    refuses("bad colour", bool(a->addHighlight(m_article, 1, 0, 3, badColour)));
    refuses("half a character", bool(a->addHighlight(m_article, 3, 0, 1)));
    refuses("recolour unknown", a->recolourHighlight(9999, HighlightColour::Red));
    refuses("recolour bad colour", a->recolourHighlight(h, badColour));
    refuses("remove unknown", a->removeHighlight(9999));
    refuses("note on unknown", a->setNote(9999, u"text"_s));
    refuses("tag unknown highlight", a->tagHighlight(9999, *parent));
    refuses("tag unknown theme", a->tagHighlight(h, 9999));
    refuses("untag not tagged", a->untagHighlight(h, *parent));
    refuses("theme without name", bool(a->createTheme(u" "_s)));
    refuses("duplicate top-level", bool(a->createTheme(u"transport"_s)));
    refuses("duplicate sibling", bool(a->createTheme(u"Cost"_s, *parent)));
    refuses("unknown parent", bool(a->createTheme(u"New"_s, 9999)));
    refuses("theme bad colour", bool(a->createTheme(u"New"_s, 0, badColour)));
    refuses("rename to sibling's", a->renameTheme(*other, u"TRANSPORT"_s));
    refuses("rename to blank", a->renameTheme(*other, QString()));
    refuses("rename unknown", a->renameTheme(9999, u"X"_s));
    refuses("reparent under self", a->reparentTheme(*parent, *parent));
    refuses("reparent under child", a->reparentTheme(*parent, *child));
    refuses("reparent unknown", a->reparentTheme(*other, 9999));
    refuses("merge into self", a->mergeThemes(*parent, *parent));
    refuses("merge into child", a->mergeThemes(*parent, *child));
    refuses("merge unknown", a->mergeThemes(9999, *parent));
    refuses("delete unknown", a->deleteTheme(9999));
    refuses("recolour theme badly", a->recolourTheme(*other, badColour));
}

void TestAnnotations::undoThenRedoRestoresIdenticalRows()
{
    Annotations *a = m_annotations;
    qint64 first = 0, second = 0, transport = 0, cost = 0, speed = 0, money = 0;
    const QList<std::function<bool()>> edits = {
        [&] { return (first = a->addHighlight(m_article, 0, 0, 6).value_or(0)) > 0; },
        [&] {
            return (second = a->addHighlight(m_article, 2, 9, 12, HighlightColour::Blue).value_or(0)) > 0;
        },
        [&] { return a->recolourHighlight(first, HighlightColour::Orange); },
        [&] { return a->setNote(first, u"**Coal** first"_s); },
        [&] { return a->setNote(first, u"**Coal** first, then grain"_s); },
        [&] {
            return (transport = a->createTheme(u"Transport"_s, 0, HighlightColour::Green).value_or(0)) > 0;
        },
        [&] {
            return (cost = a->createTheme(u"Cost"_s, transport, HighlightColour::Red, u"money"_s)
                               .value_or(0)) > 0;
        },
        [&] { return (speed = a->createTheme(u"Speed"_s).value_or(0)) > 0; },
        [&] { return (money = a->createTheme(u"Money"_s).value_or(0)) > 0; },
        [&] { return a->tagHighlight(first, cost); },
        [&] { return a->tagHighlight(second, cost); },
        [&] { return a->tagHighlight(second, speed); },
        [&] { return a->renameTheme(speed, u"Pace"_s); },
        [&] { return a->recolourTheme(speed, HighlightColour::Purple); },
        [&] { return a->describeTheme(speed, u"How fast goods move"_s); },
        [&] { return a->reparentTheme(speed, transport); },
        [&] { return a->mergeThemes(cost, money); },
        [&] { return a->untagHighlight(second, speed); },
        [&] { return a->deleteTheme(transport); },
        [&] { return a->setNote(first, QString()); },
        [&] { return a->removeHighlight(second); },
        [&] { return a->setArticleNote(m_article, u"Read with the *1890* census"_s); },
        [&] { return a->setSpeakerNote(m_article, u"Ben Otway"_s, u"Railway engineer"_s); },
        [&] { return a->setArticleNote(m_article, u"Read with the 1890 census"_s); },
        [&] { return a->setSpeakerNote(m_article, u"Ben Otway"_s, QString()); },
        [&] {
            const auto ids =
                a->addHighlights({{m_article, 0, 0, 6, HighlightColour::Green, u"Coal"_s, {money}},
                    {m_article, 2, 0, 8, HighlightColour::Blue, QString(), {money, speed}},
                    {m_article, 1, 0, 4, HighlightColour::Yellow, u"  "_s, {}}});
            return ids && ids->size() == 3;
        },
        [&] {
            return a->tagHighlights({{first, speed}, {first, money}});
        },
    };
    QUndoStack *stack = a->undoStack();
    QList<QStringList> states = {dumpLibrary(m_path, DumpPart::Annotations)};
    for (qsizetype i = 0; i < edits.size(); ++i) {
        QVERIFY2(edits.at(i)(), qPrintable(u"edit %1: %2"_s.arg(i).arg(a->errorString())));
        QCOMPARE(stack->count(), i + 1);
        states.append(dumpLibrary(m_path, DumpPart::Annotations));
        QVERIFY2(states.last() != states.at(i), qPrintable(u"edit %1 changed nothing"_s.arg(i)));
    }
    for (qsizetype i = edits.size(); i > 0; --i) {
        QVERIFY(stack->canUndo());
        stack->undo();
        QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), states.at(i - 1));
        QVERIFY(stack->canRedo());
    }
    QVERIFY(!stack->canUndo());
    QVERIFY(dumpLibrary(m_path, DumpPart::Annotations).isEmpty());
    for (qsizetype i = 1; i <= edits.size(); ++i) {
        QVERIFY(stack->canRedo());
        stack->redo();
        QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), states.at(i));
        QVERIFY(stack->canUndo());
    }
    QVERIFY(!stack->canRedo());
}

void TestAnnotations::removedHighlightComesBackWithItsIdNoteAndThemes()
{
    const auto id = m_annotations->addHighlight(m_article, 2, 0, 8, HighlightColour::Red);
    const auto theme = m_annotations->createTheme(u"Rail"_s);
    QVERIFY(id && theme);
    QVERIFY(m_annotations->setNote(*id, u"A *note*"_s));
    QVERIFY(m_annotations->tagHighlight(*id, *theme));
    const Highlight before = m_store->highlight(*id)->value();
    const Note note = m_store->note(*id)->value();

    QVERIFY(m_annotations->removeHighlight(*id));
    QVERIFY(!*m_store->highlight(*id));
    QVERIFY(!*m_store->note(*id));
    QCOMPARE(m_annotations->claimCountForTheme(*theme), 0);

    m_annotations->undoStack()->undo();
    QCOMPARE(m_store->highlight(*id)->value(), before);
    QCOMPARE(m_store->note(*id)->value(), note);
    QCOMPARE(*m_store->themeIdsOfHighlight(*id), QList<qint64> {*theme});
}

void TestAnnotations::reattachingAnOrphanAnchorsItAndUndoOrphansItAgain()
{
    // "Barges are slow" is orphaned by an edit that rewrites Ada's second paragraph.
    const QString oldText = fixtureArticle().segments.at(0).text();
    const qsizetype oldStart = oldText.indexOf(u"Barges are slow"_s);
    const auto id =
        m_annotations->addHighlight(m_article, 0, oldStart, oldStart + 15, HighlightColour::Green);
    const auto theme = m_annotations->createTheme(u"Freight"_s);
    QVERIFY(id && theme);
    QVERIFY(m_annotations->setNote(*id, u"slow *and* cheap"_s));
    QVERIFY(m_annotations->tagHighlight(*id, *theme));
    Article edited = fixtureArticle();
    edited.normalizedText = u"Rivers and Rails fixture, second edition"_s;
    edited.segments[0].paragraphs[1] = u"Lighters on the canal moved at walking pace, for pennies."_s;
    const std::optional<ReimportReport> report = m_annotations->reimportArticle(m_article, edited);
    QVERIFY2(report, qPrintable(m_annotations->errorString()));
    QCOMPARE(report->orphanedIds, QList<qint64> {*id});
    const Highlight orphan = m_store->highlight(*id)->value();
    QCOMPARE(orphan.state, AnchorState::Orphaned);
    const QStringList orphanedRows = dumpLibrary(m_path, DumpPart::Annotations);
    QUndoStack *stack = m_annotations->undoStack();
    const int steps = stack->count();

    // Refusals leave the library and the stack as they were.
    const QString newText = edited.segments.at(0).text();
    QVERIFY(!m_annotations->reattachHighlight(*id, 7, 0, 3));
    QVERIFY(m_annotations->errorString().contains(u"no segment 7"_s));
    QVERIFY(!m_annotations->reattachHighlight(*id, 0, 5, 5));
    QVERIFY(!m_annotations->reattachHighlight(*id, 0, 0, newText.size() + 1));
    QVERIFY(!m_annotations->reattachHighlight(*id + 100, 0, 0, 3));
    QVERIFY(!m_annotations->reattachHighlight(*id, 3, 1, 3)); // splits the ship emoji's surrogate pair
    QCOMPARE(stack->count(), steps);
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), orphanedRows);

    const qsizetype start = newText.indexOf(u"walking pace"_s);
    QVERIFY(m_annotations->reattachHighlight(*id, 0, start, start + 12));
    QVERIFY(m_annotations->errorString().isEmpty());
    QCOMPARE(stack->count(), steps + 1);
    const Highlight attached = m_store->highlight(*id)->value();
    QCOMPARE(attached.state, AnchorState::Anchored);
    QCOMPARE(attached.anchor.segment, 0);
    QCOMPARE(attached.anchor.position.start, start);
    QCOMPARE(attached.anchor.position.end, start + 12);
    QCOMPARE(attached.anchor.quote.exact, u"walking pace"_s);
    QVERIFY(newText.left(start).endsWith(attached.anchor.quote.prefix));
    QVERIFY(!attached.anchor.quote.prefix.isEmpty());
    QVERIFY(newText.mid(start + 12).startsWith(attached.anchor.quote.suffix));
    QCOMPARE(attached.speaker, u"Ada Quill"_s);
    QCOMPARE(attached.colour, HighlightColour::Green);
    QCOMPARE(attached.created, orphan.created);
    QCOMPARE(m_store->note(*id)->value().markdown, u"slow *and* cheap"_s);
    QCOMPARE(*m_store->themeIdsOfHighlight(*id), QList<qint64> {*theme});
    const QStringList attachedRows = dumpLibrary(m_path, DumpPart::Annotations);

    stack->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), orphanedRows);
    QCOMPARE(m_store->highlight(*id)->value(), orphan);
    stack->redo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), attachedRows);
    stack->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), orphanedRows);
}

void TestAnnotations::articleAndSpeakerNotesAreSavedAndUndoable()
{
    Annotations *a = m_annotations;
    QVERIFY2(a->setArticleNote(m_article, u"About **canals**"_s), qPrintable(a->errorString()));
    QVERIFY2(a->setSpeakerNote(m_article, u"Ben Otway"_s, u"Later an MP"_s), qPrintable(a->errorString()));
    QVERIFY(a->setSpeakerNote(m_article, u"Ada Quill"_s, u"Wrote the standard history"_s));

    const std::optional<ArticleNote> onArticle = *m_store->articleNote(m_article);
    QVERIFY(onArticle);
    QVERIFY(onArticle->isOnArticle());
    QCOMPARE(onArticle->markdown, u"About **canals**"_s);
    QCOMPARE(onArticle->author, Annotations::currentAuthor());
    QCOMPARE(m_store->articleNote(m_article, u"Ben Otway"_s)->value().markdown, u"Later an MP"_s);
    // The article first, then the speakers in the order they first speak (Ada before Ben).
    QStringList order;
    for (const ArticleNote &note : *m_store->articleNotes(m_article))
        order.append(note.speaker);
    QCOMPARE(order, (QStringList {QString(), u"Ada Quill"_s, u"Ben Otway"_s}));

    const int steps = a->undoStack()->count();
    QCOMPARE(steps, 3);
    QVERIFY(a->setArticleNote(m_article, u"About **canals**"_s)); // unchanged: no step
    QCOMPARE(a->undoStack()->count(), steps);
    QVERIFY(a->setSpeakerNote(m_article, u"Ben Otway"_s, u"  "_s)); // blank removes
    QVERIFY(!*m_store->articleNote(m_article, u"Ben Otway"_s));
    a->undoStack()->undo();
    QCOMPARE(m_store->articleNote(m_article, u"Ben Otway"_s)->value().markdown, u"Later an MP"_s);

    // Refusals change nothing.
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    QVERIFY(!a->setArticleNote(9999, u"x"_s));
    QVERIFY(!a->setSpeakerNote(m_article, u"Nobody"_s, u"x"_s));
    QVERIFY(a->errorString().contains(u"no speaker 'Nobody'"_s));
    QVERIFY(!a->setSpeakerNote(m_article, u"ben otway"_s, u"x"_s)); // names as the article prints them
    QVERIFY(!a->setSpeakerNote(m_article, u" "_s, u"x"_s));
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);

    // Deleting the article takes its notes with it.
    QVERIFY(m_store->removeArticle(m_article));
    QVERIFY(m_store->articleNotes(m_article)->isEmpty());
}

void TestAnnotations::articleNoteBurstIsOneUndoStepPerNote()
{
    QUndoStack *stack = m_annotations->undoStack();
    m_annotations->beginNoteBurst();
    for (const QString &text : {u"S"_s, u"Su"_s, u"Summary"_s})
        QVERIFY(m_annotations->setArticleNote(m_article, text));
    // Another note in the same burst is a step of its own.
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Ada Quill"_s, u"A"_s));
    QVERIFY(m_annotations->setSpeakerNote(m_article, u"Ada Quill"_s, u"Ada"_s));
    m_annotations->endNoteBurst();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    QVERIFY(!*m_store->articleNote(m_article, u"Ada Quill"_s));
    QCOMPARE(m_store->articleNote(m_article)->value().markdown, u"Summary"_s);
    stack->undo();
    QVERIFY(!*m_store->articleNote(m_article));
    stack->redo();
    QCOMPARE(m_store->articleNote(m_article)->value().markdown, u"Summary"_s);
}

void TestAnnotations::noteBurstIsOneUndoStep()
{
    const auto id = m_annotations->addHighlight(m_article, 0, 0, 6);
    QVERIFY(id);
    QUndoStack *stack = m_annotations->undoStack();
    const QStringList withoutNote = dumpLibrary(m_path, DumpPart::Annotations);

    m_annotations->beginNoteBurst();
    for (const QString &text : {u"T"_s, u"Ty"_s, u"Typed"_s})
        QVERIFY(m_annotations->setNote(*id, text));
    m_annotations->endNoteBurst();
    QCOMPARE(stack->count(), 2);
    QCOMPARE(m_store->note(*id)->value().markdown, u"Typed"_s);
    const QStringList typed = dumpLibrary(m_path, DumpPart::Annotations);

    // Outside a burst every call is its own step, even on the same highlight.
    QVERIFY(m_annotations->setNote(*id, u"Typed again"_s));
    QVERIFY(m_annotations->setNote(*id, u"Typed again!"_s));
    QCOMPARE(stack->count(), 4);

    stack->undo();
    stack->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), typed);
    stack->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), withoutNote);
    stack->redo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), typed);

    // A new burst does not merge into the previous one.
    m_annotations->beginNoteBurst();
    QVERIFY(m_annotations->setNote(*id, u"Second burst"_s));
    m_annotations->endNoteBurst();
    QCOMPARE(stack->count(), 3);
}

void TestAnnotations::mergeMovesClaimsAndSubThemesInOneStep()
{
    Annotations *a = m_annotations;
    const auto one = a->addHighlight(m_article, 0, 0, 6);
    const auto two = a->addHighlight(m_article, 2, 0, 8);
    const auto from = a->createTheme(u"Price"_s);
    const auto into = a->createTheme(u"Cost"_s);
    const auto sub = a->createTheme(u"Fares"_s, from.value_or(0));
    QVERIFY(one && two && from && into && sub);
    QVERIFY(a->tagHighlight(*one, *from));
    QVERIFY(a->tagHighlight(*two, *from));
    QVERIFY(a->tagHighlight(*two, *into)); // already on the target: stays once
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = a->undoStack()->count();

    QVERIFY2(a->mergeThemes(*from, *into), qPrintable(a->errorString()));
    QCOMPARE(a->undoStack()->count(), steps + 1);
    QVERIFY(!*m_store->theme(*from));
    QCOMPARE(*m_store->highlightIdsOfTheme(*into), (QList<qint64> {*one, *two}));
    QCOMPARE(m_store->theme(*sub)->value().parentId, *into);

    a->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
    QCOMPARE(m_store->theme(*from)->value().name, u"Price"_s);
}

void TestAnnotations::deleteThemeReportsClaimsAndUndoes()
{
    Annotations *a = m_annotations;
    const auto one = a->addHighlight(m_article, 0, 0, 6);
    const auto two = a->addHighlight(m_article, 2, 0, 8);
    const auto top = a->createTheme(u"Economy"_s);
    const auto doomed = a->createTheme(u"Cost"_s, top.value_or(0));
    const auto sub = a->createTheme(u"Fares"_s, doomed.value_or(0));
    QVERIFY(one && two && top && doomed && sub);
    QVERIFY(a->tagHighlight(*one, *doomed));
    QVERIFY(a->tagHighlight(*two, *doomed));
    QCOMPARE(a->claimCountForTheme(*doomed), 2);
    QCOMPARE(a->claimCountForTheme(*top), 0);
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);

    QVERIFY2(a->deleteTheme(*doomed), qPrintable(a->errorString()));
    QVERIFY(!*m_store->theme(*doomed));
    QCOMPARE(m_store->theme(*sub)->value().parentId, *top); // sub-themes are kept, one level up
    QVERIFY(m_store->themeIdsOfHighlight(*one)->isEmpty());
    QCOMPARE(m_store->highlights(m_article)->size(), 2); // the highlights stay

    a->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
    QCOMPARE(a->claimCountForTheme(*doomed), 2);
    a->undoStack()->redo();
    QVERIFY(!*m_store->theme(*doomed));
}

void TestAnnotations::reparentRejectsCycles()
{
    Annotations *a = m_annotations;
    const auto grand = a->createTheme(u"A"_s);
    const auto parent = a->createTheme(u"B"_s, grand.value_or(0));
    const auto child = a->createTheme(u"C"_s, parent.value_or(0));
    QVERIFY(grand && parent && child);
    QVERIFY(!a->reparentTheme(*grand, *child));
    QVERIFY2(a->errorString().contains(u"sub-themes"_s), qPrintable(a->errorString()));
    QVERIFY(!a->reparentTheme(*grand, *grand));
    QCOMPARE(m_store->theme(*grand)->value().parentId, 0);
    QVERIFY(a->reparentTheme(*child, 0));
    QVERIFY(a->reparentTheme(*grand, *child));
    QCOMPARE(m_store->theme(*grand)->value().parentId, *child);
    // Themes come parents first.
    const QList<Theme> themes = *m_store->themes();
    QCOMPARE(themes.size(), 3);
    QCOMPARE(themes.at(0).id, *child);
    QCOMPARE(themes.at(1).id, *grand);
    QCOMPARE(themes.at(2).id, *parent);
}

void TestAnnotations::siblingNamesAreUnique()
{
    Annotations *a = m_annotations;
    const auto left = a->createTheme(u"Left"_s);
    const auto right = a->createTheme(u"Right"_s);
    QVERIFY(left && right);
    // The same name under different parents is fine.
    QVERIFY(a->createTheme(u"Cost"_s, *left));
    const auto rightCost = a->createTheme(u"Cost"_s, *right);
    QVERIFY(rightCost);
    QVERIFY(!a->createTheme(u"cost"_s, *left));
    QVERIFY(!a->reparentTheme(*rightCost, *left));
    // Merging would bring two "Cost" children together.
    QVERIFY(!a->mergeThemes(*right, *left));
    QVERIFY2(a->errorString().contains(u"clash"_s), qPrintable(a->errorString()));

    // The schema refuses it too, whoever writes.
    AnnotationChange change;
    change.putThemes = {Theme {0, *left, u"COST"_s, HighlightColour::Blue, QString()}};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE"_s));
    QVERIFY(!m_store->applyAnnotationChange(change));
    AnnotationChange top;
    top.putThemes = {Theme {0, 0, u"left"_s, HighlightColour::Blue, QString()}};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE"_s));
    QVERIFY(!m_store->applyAnnotationChange(top));
}

void TestAnnotations::bulkActionIsOneMacro()
{
    Annotations *a = m_annotations;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(a->addHighlight(m_article, 0, i, i + 4).value_or(0));
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = a->undoStack()->count();
    a->beginMacro(u"Recolour highlights"_s);
    for (const qint64 id : std::as_const(ids))
        QVERIFY(a->recolourHighlight(id, HighlightColour::Green));
    a->endMacro();
    QCOMPARE(a->undoStack()->count(), steps + 1);
    a->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
}

// The reader draws from highlightSpans(): the same highlights, places, states and colours as highlights().
void TestAnnotations::annotatorNameSetByTheAppSignsNewHighlightsAndNotes()
{
    const QString text = fixtureArticle().segments.at(0).text();
    const qsizetype start = text.indexOf(u"Barges"_s);
    const auto before = m_annotations->addHighlight(m_article, 0, start, start + 6);
    QVERIFY(before);

    m_annotations->setAuthor(u"  Mara   Lindqvist "_s);
    QCOMPARE(m_annotations->author(), u"Mara Lindqvist"_s);
    const auto after = m_annotations->addHighlight(m_article, 0, start + 7, start + 10);
    QVERIFY(after);
    QVERIFY(m_annotations->setNote(*after, u"Slow is relative."_s));
    QCOMPARE(m_store->highlight(*after)->value().author, u"Mara Lindqvist"_s);
    QCOMPARE(m_store->note(*after)->value().author, u"Mara Lindqvist"_s);
    // What was made before keeps its author.
    QCOMPARE(m_store->highlight(*before)->value().author, Annotations::currentAuthor());

    m_annotations->setAuthor(u"   "_s);
    QCOMPARE(m_annotations->author(), Annotations::currentAuthor());
}

void TestAnnotations::accountNameIsNeverTheHomeFolder()
{
    // With USER unset and a home folder of another name, the name is the
    // account's: its full name, else its login name, never the folder's.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkdir(u"not-the-user"_s));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldUser = qgetenv("USER");
    qputenv("HOME", QDir(home.path()).filePath(u"not-the-user"_s).toLocal8Bit());
    qunsetenv("USER");
    const QString name = Annotations::currentAuthor();
    qputenv("HOME", oldHome);
    if (!oldUser.isEmpty())
        qputenv("USER", oldUser);

    QVERIFY(!name.isEmpty());
    QVERIFY(name != u"not-the-user"_s);
#ifdef Q_OS_UNIX
    const passwd *account = getpwuid(getuid());
    QVERIFY(account);
    const QString fullName = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
    QCOMPARE(name, fullName.isEmpty() ? QString::fromLocal8Bit(account->pw_name) : fullName);
#endif
}

void TestAnnotations::highlightSpansAgreeWithTheFullRead()
{
    Annotations *a = m_annotations;
    QVERIFY(a->addHighlight(m_article, 2, 0, 8, HighlightColour::Blue));
    QVERIFY(a->addHighlight(m_article, 0, 4, 9, HighlightColour::Orange));
    QVERIFY(a->addHighlight(m_article, 0, 0, 6, HighlightColour::Green));
    const QList<Highlight> full = *m_store->highlights(m_article);
    const QList<HighlightSpan> spans = *m_store->highlightSpans(m_article);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(full.size(), spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans.at(i).id, full.at(i).id);
        QCOMPARE(spans.at(i).segment, full.at(i).anchor.segment);
        QCOMPARE(spans.at(i).position, full.at(i).anchor.position);
        QCOMPARE(spans.at(i).state, full.at(i).state);
        QCOMPARE(spans.at(i).colour, full.at(i).colour);
    }
    // In reading order: segment, then start.
    QCOMPARE(spans.at(0).colour, HighlightColour::Green);
    QCOMPARE(spans.at(2).segment, 2);
    QVERIFY(m_store->highlightSpans(m_article + 1000)->isEmpty());
}

void TestAnnotations::addHighlightsWritesNotesAndThemesInOneStep()
{
    Annotations *a = m_annotations;
    const auto rail = a->createTheme(u"Rail"_s);
    const auto water = a->createTheme(u"Water"_s);
    QVERIFY(rail && water);
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = a->undoStack()->count();
    const QString text = fixtureArticle().segments.at(0).text();
    const qsizetype barges = text.indexOf(u"Barges"_s);

    const auto ids = a->addHighlights(
        {{m_article, 0, barges, barges + 15, HighlightColour::Red, u"*slow*"_s, {*water, *water}},
            {m_article, 2, 0, 8, HighlightColour::Yellow, QString(), {*rail, *water}},
            {m_article, 1, 0, 4, HighlightColour::Purple, u"Narration"_s, {}}},
        u"Import annotations"_s);
    QVERIFY2(ids, qPrintable(a->errorString()));
    QCOMPARE(ids->size(), 3);
    QCOMPARE(a->undoStack()->count(), steps + 1);
    QCOMPARE(a->undoStack()->undoText(), u"Import annotations"_s);

    // The same rows addHighlight() would make, in the order given.
    const Highlight first = m_store->highlight(ids->at(0))->value();
    QCOMPARE(first.speaker, u"Ada Quill"_s);
    QCOMPARE(first.anchor.quote.exact, u"Barges are slow"_s);
    QCOMPARE(first.anchor.quote.suffix, u" but cheap."_s);
    QCOMPARE(first.colour, HighlightColour::Red);
    QCOMPARE(first.author, Annotations::currentAuthor());
    QCOMPARE(m_store->note(ids->at(0))->value().markdown, u"*slow*"_s);
    QCOMPARE(*m_store->themeIdsOfHighlight(ids->at(0)), QList<qint64> {*water});
    QVERIFY(!*m_store->note(ids->at(1)));
    QCOMPARE(*m_store->themeIdsOfHighlight(ids->at(1)), (QList<qint64> {*rail, *water}));
    QCOMPARE(m_store->highlight(ids->at(2))->value().anchor.quote.exact, u"Both"_s);
    QVERIFY(ids->at(0) < ids->at(1) && ids->at(1) < ids->at(2));
    const QStringList after = dumpLibrary(m_path, DumpPart::Annotations);

    a->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
    QVERIFY(a->undoStack()->canRedo());
    a->undoStack()->redo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), after);

    // Nothing to add: success without an undo step.
    const auto none = a->addHighlights({});
    QVERIFY(none && none->isEmpty());
    QCOMPARE(a->undoStack()->count(), steps + 1);
}

void TestAnnotations::addHighlightsRefusesAllWhenOneItemIsBad()
{
    Annotations *a = m_annotations;
    const auto theme = a->createTheme(u"Rail"_s);
    QVERIFY(theme);
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = a->undoStack()->count();
    const NewHighlight good {m_article, 0, 0, 6, HighlightColour::Yellow, u"note"_s, {*theme}};
    const auto refuses = [&](const char *what, NewHighlight bad, const QString &reason) {
        const auto ids = a->addHighlights({good, good, bad});
        QVERIFY2(!ids, what);
        QVERIFY2(a->errorString().contains(reason), qPrintable(a->errorString()));
        QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
        QCOMPARE(a->undoStack()->count(), steps);
    };
    refuses("unknown article", {9999, 0, 0, 3}, u"highlight 3 of 3: there is no article 9999"_s);
    refuses("unknown segment", {m_article, 4, 0, 3}, u"highlight 3 of 3: article"_s);
    refuses("negative segment", {m_article, -1, 0, 3}, u"highlight 3 of 3: article"_s);
    refuses("span past the end", {m_article, 1, 10, 400}, u"highlight 3 of 3: [10, 400)"_s);
    refuses("empty span", {m_article, 1, 5, 5}, u"highlight 3 of 3: [5, 5)"_s);
    refuses("half a character", {m_article, 3, 0, 1}, u"splits a character"_s);
    refuses(
        "bad colour", {m_article, 1, 0, 3, static_cast<HighlightColour>(42)}, u"not a highlight colour"_s);
    refuses("unknown theme", {m_article, 1, 0, 3, HighlightColour::Yellow, QString(), {9999}},
        u"there is no theme 9999"_s);
}

void TestAnnotations::tagHighlightsSkipsTaggingsAlreadyThere()
{
    Annotations *a = m_annotations;
    const auto first = a->addHighlight(m_article, 0, 0, 6);
    const auto second = a->addHighlight(m_article, 2, 0, 8);
    const auto rail = a->createTheme(u"Rail"_s);
    const auto water = a->createTheme(u"Water"_s);
    QVERIFY(first && second && rail && water);
    QVERIFY(a->tagHighlight(*first, *rail));
    const QStringList before = dumpLibrary(m_path, DumpPart::Annotations);
    const int steps = a->undoStack()->count();

    QVERIFY(!a->tagHighlights({{*first, *water}, {9999, *rail}}));
    QVERIFY(!a->tagHighlights({{*first, *water}, {*second, 9999}}));
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
    QCOMPARE(a->undoStack()->count(), steps);

    QVERIFY(a->tagHighlights({{*first, *rail}}));
    QCOMPARE(a->undoStack()->count(), steps);

    QVERIFY2(a->tagHighlights({{*first, *rail}, {*first, *water}, {*second, *rail}, {*second, *rail}}),
        qPrintable(a->errorString()));
    QCOMPARE(a->undoStack()->count(), steps + 1);
    QCOMPARE(*m_store->themeIdsOfHighlight(*first), (QList<qint64> {*rail, *water}));
    QCOMPARE(*m_store->themeIdsOfHighlight(*second), QList<qint64> {*rail});
    a->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_path, DumpPart::Annotations), before);
}

void TestAnnotations::acknowledgedEditsSurviveSigkill()
{
    constexpr int Acknowledged = 50;
    // Release our connection so the writer is the only one with the file open.
    m_library->close();
    m_annotations = nullptr;
    m_store = nullptr;

    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(ANNOTATION_WRITER), {m_path, QString::number(m_article), u"100000"_s});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

    QList<qint64> acked;
    QByteArray pending;
    while (acked.size() < Acknowledged) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(30000))
            QFAIL(qPrintable(u"writer stopped after %1 acks: %2"_s.arg(acked.size())
                                 .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        while (writer.canReadLine() && acked.size() < Acknowledged) {
            const QList<QByteArray> words = writer.readLine().trimmed().split(' ');
            QCOMPARE(words.size(), 3);
            QCOMPARE(words.at(0), QByteArray("ack"));
            QCOMPARE(words.at(1).toInt(), acked.size() + 1);
            acked.append(words.at(2).toLongLong());
        }
    }
    writer.kill(); // SIGKILL: no destructor, no close, maybe mid-transaction
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    LibraryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    const QList<Highlight> stored = *store.highlights(m_article);
    QVERIFY(stored.size() >= Acknowledged);
    QSet<qint64> ids;
    for (const Highlight &highlight : stored)
        ids.insert(highlight.id);
    for (const qint64 id : std::as_const(acked))
        QVERIFY2(ids.contains(id), qPrintable(u"acknowledged highlight %1 is missing"_s.arg(id)));
}

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
