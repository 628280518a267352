// Managing the library: deleting (undoable, exactly), details, collections.

#include "clirunner.h"
#include "librarydump.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include "annotate/annotations.h"
#include "catalogue/librarycatalogue.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using namespace TestArticles;

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletingAnArticleMovesItWithEverythingToTheTrashAndUndoPutsItBackExactly();
    void aTrashedArticleIsRestoredAsOneStep();
    void undoingADeletionAfterANewImportKeepsBoth();
    void deletingAnUnknownArticleChangesNothing();
    void detailsAreEditedAndUndoneAsOneStep();
    void renamingRefusesAnEmptyTitle();
    void anArticleCanBeInSeveralCollections();
    void collectionNamesAreUniqueIgnoringCase();
    void deletingACollectionKeepsItsArticlesAndUndoBringsItsMembersBack();
    void undoingACollectionDeletionGivesTrashedArticlesTheirMembershipBack();
    void theCliDeletesRenamesAndSortsIntoCollections();

private:
    std::unique_ptr<TemporaryLibrary> m_library;
    LibraryCatalogue *m_catalogue = nullptr;
    qint64 m_harbour = 0;
    qint64 m_orchard = 0;
};

void TestCatalogue::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_catalogue = m_library->session()->catalogue();
    m_harbour = m_library->addArticle(article(u"Harbour Talks"_s,
        {speech(u"Ilse Marwick"_s, u"harbour master"_s, {u"The cranes arrive in May."_s}),
            speech(u"Tomas Ferreira"_s, {}, {u"And the dredging starts in June."_s})}));
    m_orchard = m_library->addArticle(article(u"Orchard Panel"_s,
        {speech(u"Ilse Marwick"_s, {}, {u"Apples first, then pears."_s}),
            speech(u"Nadia Okafor"_s, {}, {u"Pears need the warmer slope."_s})}));
    QVERIFY(m_harbour > 0 && m_orchard > 0);
}

void TestCatalogue::cleanup()
{
    m_library.reset();
}

void TestCatalogue::deletingAnArticleMovesItWithEverythingToTheTrashAndUndoPutsItBackExactly()
{
    Annotations *annotations = m_library->annotations();
    const auto theme = annotations->createTheme(u"Logistics"_s);
    QVERIFY(theme);
    const auto highlight = annotations->addHighlight(m_harbour, 1, 4, 10);
    QVERIFY(highlight);
    QVERIFY(annotations->tagHighlight(*highlight, *theme));
    QVERIFY(annotations->setNote(*highlight, u"Check the *date*."_s));
    QVERIFY(annotations->setArticleNote(m_harbour, u"Recorded at the pier."_s));
    const auto collection = m_catalogue->addCollection(u"Ports"_s, {m_harbour});
    QVERIFY(collection);
    const QStringList before = dumpLibrary(m_library->path());
    const int steps = m_library->undoStack()->count();

    QVERIFY2(m_catalogue->removeArticle(m_harbour), qPrintable(m_catalogue->errorString()));
    QCOMPARE(m_library->undoStack()->count(), steps + 1);
    LibraryStore *store = m_library->store();
    QVERIFY(store->trashedAt(m_harbour)->value().isValid());
    QCOMPARE(store->trashedArticles()->size(), 1);
    QCOMPARE(store->articles()->size(), 1);
    QCOMPARE(store->search({u"dredging"_s})->size(), 0);
    // Nadia's and Ilse's profiles stay (Ilse speaks in the orchard too); Tomas's leaves the profiles.
    QStringList people;
    for (const PersonProfile &person : store->people().valueOr({}))
        people.append(person.displayName);
    QVERIFY2(!people.join(u'|').contains(u"Tomas"_s), qPrintable(people.join(u'|')));
    QVERIFY2(people.join(u'|').contains(u"Ilse"_s), qPrintable(people.join(u'|')));
    // The Trash keeps every row: the highlight waits with its note.
    QCOMPARE(store->highlights(m_harbour)->size(), 1);
    QVERIFY(!m_catalogue->removeArticle(m_harbour));
    QVERIFY(m_catalogue->errorString().contains(u"Trash"_s));

    m_library->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_library->path()), before);
    QCOMPARE(store->search({u"dredging"_s})->size(), 1); // the text is searchable again
    m_library->undoStack()->redo();
    QCOMPARE(store->articles()->size(), 1);
    QCOMPARE(store->search({u"dredging"_s})->size(), 0);
    m_library->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_library->path()), before);
}

void TestCatalogue::aTrashedArticleIsRestoredAsOneStep()
{
    QVERIFY(!m_catalogue->restoreArticle(m_harbour));
    QVERIFY(m_catalogue->errorString().contains(u"not in the Trash"_s));
    const QStringList before = dumpLibrary(m_library->path());
    QVERIFY(m_catalogue->removeArticle(m_harbour));
    QVERIFY2(m_catalogue->restoreArticle(m_harbour), qPrintable(m_catalogue->errorString()));
    QCOMPARE(m_library->undoStack()->count(), 2);
    QCOMPARE(dumpLibrary(m_library->path()), before);
    QCOMPARE(m_library->store()->articles()->size(), 2);
    m_library->undoStack()->undo(); // back into the Trash
    QCOMPARE(m_library->store()->articles()->size(), 1);
}

void TestCatalogue::undoingADeletionAfterANewImportKeepsBoth()
{
    QVERIFY(m_catalogue->removeArticle(m_orchard)); // the newest id
    const qint64 vineyard = m_library->addArticle(
        article(u"Vineyard Notes"_s, {speech(u"Rosa Lindgren"_s, {}, {u"Late frost again."_s})}));
    QVERIFY(vineyard > 0);
    QVERIFY(vineyard != m_orchard);
    m_library->undoStack()->undo();
    QCOMPARE(m_library->store()->articles()->size(), 3);
    QCOMPARE(m_library->store()->article(m_orchard)->value().title, u"Orchard Panel"_s);
    QCOMPARE(m_library->store()->segmentText(m_orchard, 1)->value(), u"Pears need the warmer slope."_s);
    QCOMPARE(m_library->store()->article(vineyard)->value().title, u"Vineyard Notes"_s);
}

void TestCatalogue::deletingAnUnknownArticleChangesNothing()
{
    const QStringList before = dumpLibrary(m_library->path());
    QVERIFY(!m_catalogue->removeArticle(9999));
    QVERIFY(m_catalogue->errorString().contains(u"9999"_s));
    QCOMPARE(m_library->undoStack()->count(), 0);
    QCOMPARE(dumpLibrary(m_library->path()), before);
}

void TestCatalogue::detailsAreEditedAndUndoneAsOneStep()
{
    const QStringList before = dumpLibrary(m_library->path());
    ArticleDetails details {m_harbour, u"  Harbour   Talks, Revisited "_s, u"The Quay Gazette"_s,
        u"https://example.org/quay"_s, QDate(2024, 3, 9)};
    QVERIFY(m_catalogue->setDetails(details));
    QCOMPARE(m_library->undoStack()->count(), 1);
    const ArticleDetails stored = m_library->store()->articleDetails(m_harbour)->value();
    QCOMPARE(stored.title, u"Harbour Talks, Revisited"_s);
    QCOMPARE(stored.source, u"The Quay Gazette"_s);
    QCOMPARE(stored.published, QDate(2024, 3, 9));
    const ArticleSummary summary = m_library->store()->articles()->constLast();
    QCOMPARE(summary.id, m_harbour);
    QCOMPARE(summary.source, u"The Quay Gazette"_s);
    QCOMPARE(summary.url, u"https://example.org/quay"_s);
    m_library->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_library->path()), before);
}

void TestCatalogue::renamingRefusesAnEmptyTitle()
{
    QVERIFY(!m_catalogue->rename(m_harbour, u"   "_s));
    QVERIFY(!m_catalogue->errorString().isEmpty());
    QVERIFY(m_catalogue->rename(m_harbour, u"Pier Talks"_s));
    QCOMPARE(m_library->store()->article(m_harbour)->value().title, u"Pier Talks"_s);
    QVERIFY(m_library->undoStack()->undoText().startsWith(u"Rename"_s));
}

void TestCatalogue::anArticleCanBeInSeveralCollections()
{
    const auto ports = m_catalogue->addCollection(u"Ports"_s);
    const auto seminar = m_catalogue->addCollection(u"Spring seminar"_s, {m_orchard});
    QVERIFY(ports && seminar);
    QVERIFY(m_catalogue->setInCollection(m_harbour, *ports, true));
    QVERIFY(m_catalogue->setInCollection(m_harbour, *seminar, true));
    QHash<qint64, QList<qint64>> members;
    for (const ArticleSummary &a : *m_library->store()->articles())
        members.insert(a.id, a.collections);
    std::sort(members[m_harbour].begin(), members[m_harbour].end());
    QCOMPARE(members[m_harbour], (QList<qint64> {*ports, *seminar}));
    QCOMPARE(members[m_orchard], QList<qint64> {*seminar});
    QVERIFY(m_catalogue->setInCollection(m_harbour, *ports, false));
    m_library->undoStack()->undo();
    QCOMPARE(m_library->store()->articles()->constLast().collections.size(), 2);
}

void TestCatalogue::collectionNamesAreUniqueIgnoringCase()
{
    QVERIFY(m_catalogue->addCollection(u"Ports"_s));
    QVERIFY(!m_catalogue->addCollection(u"  ports "_s));
    QVERIFY(m_catalogue->errorString().contains(u"Ports"_s));
    QVERIFY(!m_catalogue->addCollection(u"  "_s));
    const auto other = m_catalogue->addCollection(u"Harbours"_s);
    QVERIFY(other);
    QVERIFY(!m_catalogue->renameCollection(*other, u"PORTS"_s));
    QVERIFY(m_catalogue->renameCollection(*other, u"Docks"_s));
    QCOMPARE(m_library->store()->collections()->size(), 2);
    QCOMPARE(m_library->store()->collections()->first().name, u"Docks"_s);
}

void TestCatalogue::deletingACollectionKeepsItsArticlesAndUndoBringsItsMembersBack()
{
    const auto ports = m_catalogue->addCollection(u"Ports"_s, {m_harbour, m_orchard});
    QVERIFY(ports);
    const QStringList before = dumpLibrary(m_library->path());
    QVERIFY(m_catalogue->removeCollection(*ports));
    QVERIFY(m_library->store()->collections()->isEmpty());
    QCOMPARE(m_library->store()->articles()->size(), 2);
    QVERIFY(m_library->store()->articles()->first().collections.isEmpty());
    m_library->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_library->path()), before);
}

void TestCatalogue::undoingACollectionDeletionGivesTrashedArticlesTheirMembershipBack()
{
    const auto collection = m_catalogue->addCollection(u"Ports"_s, {m_harbour, m_orchard});
    QVERIFY(collection);
    QVERIFY(m_catalogue->removeArticle(m_orchard));
    const QStringList before = dumpLibrary(m_library->path());
    QVERIFY(before.join(u'\n').contains(u"in collection|%1|%2"_s.arg(m_orchard).arg(*collection)));
    QVERIFY(m_catalogue->removeCollection(*collection));
    m_library->undoStack()->undo();
    QCOMPARE(dumpLibrary(m_library->path()), before);
    QVERIFY(m_catalogue->restoreArticle(m_orchard));
    QCOMPARE(m_library->store()->articles()->constFirst().collections, QList<qint64> {*collection});
}

void TestCatalogue::theCliDeletesRenamesAndSortsIntoCollections()
{
    QVERIFY(m_library->annotations()->addHighlight(m_orchard, 0, 0, 6));
    m_library->close();
    CliRunner cli(m_library->folder());
    cli.setLibrary(m_library->path());
    const QString harbour = QString::number(m_harbour);
    const QString orchard = QString::number(m_orchard);

    QCOMPARE(cli.run({u"rename"_s, harbour, u"Quay Talks"_s}).exitCode, 0);
    QCOMPARE(cli.run({u"collection"_s, u"add"_s, u"Field trips"_s, harbour, orchard}).exitCode, 0);
    QCOMPARE(cli.run({u"collection"_s, u"remove"_s, u"field TRIPS"_s, harbour}).exitCode, 0);
    QCOMPARE(cli.run({u"collection"_s}).outLines(), QStringList {u"Field trips\t"_s + orchard});
    const CliRun refused = cli.run({u"rename"_s, harbour, u"  "_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.errLines().isEmpty());

    const CliRun deleted = cli.run({u"delete"_s, orchard});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.outLines(), QStringList {u"deleted\t%1\tOrchard Panel\t1 highlight"_s.arg(orchard)});
    const QStringList listed = cli.run({u"list"_s}).outLines();
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.first().startsWith(harbour + u"\tQuay Talks\t"_s));
    QCOMPARE(cli.run({u"collection"_s}).outLines(), QStringList {u"Field trips\t"_s});
    QCOMPARE(cli.run({u"collection"_s, u"delete"_s, u"Field trips"_s}).exitCode, 0);
    QVERIFY(cli.run({u"collection"_s}).outLines().isEmpty());
    QCOMPARE(cli.run({u"delete"_s, orchard}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
