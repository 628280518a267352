#include "model/codebook.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Colloquy::Codebook;
using Colloquy::HighlightColour;
using Colloquy::Theme;

namespace {

Theme theme(qint64 id, qint64 parentId, const QString &name)
{
    return Theme {id, parentId, name, HighlightColour::Yellow, {}};
}

/// A codebook as LibraryStore::themes() lists it: parents before children, siblings by name.
///   Economy (1)
///     Fares (4)
///     Trade (2)
///       Tariffs (3)
///   Society (5)
///     Trade (6)
QList<Theme> storeOrder()
{
    return {theme(1, 0, u"Economy"_s), theme(4, 1, u"Fares"_s), theme(2, 1, u"Trade"_s),
        theme(3, 2, u"Tariffs"_s), theme(5, 0, u"Society"_s), theme(6, 5, u"Trade"_s)};
}

QList<qint64> idsOf(const QList<Theme> &themes)
{
    QList<qint64> ids;
    for (const Theme &t : themes)
        ids.append(t.id);
    return ids;
}

} // namespace

class TestCodebook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyCodebookHasNoThemes()
    {
        const Codebook codebook;
        QVERIFY(codebook.isEmpty());
        QCOMPARE(codebook.size(), 0);
        QVERIFY(codebook.children(0).isEmpty());
        QVERIFY(!codebook.theme(1));
        QVERIFY(codebook.path(1).isEmpty());
        QVERIFY(codebook.withDescendants(1).isEmpty());
        QVERIFY(!codebook.findPath({u"Economy"_s}));
    }

    void testKeepsTheStoreOrder()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(codebook.size(), 6);
        QCOMPARE(codebook.themes(), storeOrder());
        QVERIFY(codebook.contains(3));
        QVERIFY(!codebook.contains(0));
        QCOMPARE(codebook.theme(3)->name, u"Tariffs"_s);
    }

    void testChildrenInCodebookOrder()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(idsOf(codebook.children(0)), (QList<qint64> {1, 5}));
        QCOMPARE(idsOf(codebook.children(1)), (QList<qint64> {4, 2}));
        QCOMPARE(idsOf(codebook.children(2)), (QList<qint64> {3}));
        QVERIFY(codebook.children(3).isEmpty());
        QVERIFY(codebook.children(99).isEmpty());
    }

    void testPathsJoinNamesFromTheTop()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(codebook.pathNames(3), (QStringList {u"Economy"_s, u"Trade"_s, u"Tariffs"_s}));
        QCOMPARE(codebook.path(3), u"Economy/Trade/Tariffs"_s);
        QCOMPARE(codebook.path(1), u"Economy"_s);
        QCOMPARE(codebook.displayPath(3), u"Economy › Trade › Tariffs"_s);
        QCOMPARE(codebook.displayPath(6), u"Society › Trade"_s);
        QCOMPARE(idsOf(codebook.pathOf(3)), (QList<qint64> {1, 2, 3}));
        QVERIFY(codebook.pathOf(99).isEmpty());
        QVERIFY(codebook.path(99).isEmpty());
        QVERIFY(codebook.pathNames(0).isEmpty());
    }

    void testDisplayPathsCoverEveryTheme()
    {
        const Codebook codebook(storeOrder());
        const QHash<qint64, QString> paths = codebook.displayPaths();
        QCOMPARE(paths.size(), 6);
        QCOMPARE(paths.value(2), u"Economy › Trade"_s);
        QCOMPARE(paths.value(5), u"Society"_s);
    }

    void testPathStopsAtAMissingParent()
    {
        const Codebook codebook({theme(2, 1, u"Orphan"_s), theme(3, 2, u"Child"_s)});
        QCOMPARE(codebook.path(3), u"Orphan/Child"_s);
        QCOMPARE(idsOf(codebook.pathOf(3)), (QList<qint64> {2, 3}));
    }

    void testDamagedCycleEndsEveryWalk()
    {
        // Not something the store returns, but a walk must not hang on it.
        const Codebook codebook({theme(1, 2, u"A"_s), theme(2, 1, u"B"_s)});
        QVERIFY(codebook.pathNames(1).size() <= 3);
        QCOMPARE(codebook.withDescendants(1), (QSet<qint64> {1, 2}));
        QVERIFY(!codebook.isAncestorOrSelf(5, 1));
    }

    void testWithDescendantsHasTheThemeAndEverythingUnderIt()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(codebook.withDescendants(1), (QSet<qint64> {1, 2, 3, 4}));
        QCOMPARE(codebook.withDescendants(2), (QSet<qint64> {2, 3}));
        QCOMPARE(codebook.withDescendants(3), (QSet<qint64> {3}));
        QCOMPARE(codebook.withDescendants(5), (QSet<qint64> {5, 6}));
        QVERIFY(codebook.withDescendants(99).isEmpty());
    }

    void testWithDescendantsDoesNotNeedStoreOrder()
    {
        QList<Theme> reversed = storeOrder();
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(Codebook(reversed).withDescendants(1), (QSet<qint64> {1, 2, 3, 4}));
    }

    void testFindChildIgnoresCaseAmongSiblingsOnly()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(codebook.findChild(0, u"economy"_s)->id, 1);
        QCOMPARE(codebook.findChild(1, u"TRADE"_s)->id, 2);
        QCOMPARE(codebook.findChild(5, u"trade"_s)->id, 6);
        QVERIFY(!codebook.findChild(0, u"Trade"_s)); // a sub-theme, not a top-level one
        QVERIFY(!codebook.findChild(1, u"Tariffs"_s)); // a grandchild
        QVERIFY(!codebook.findChild(1, u"Trad"_s));
    }

    void testFindPathWalksDownByName()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(codebook.findPath({u"economy"_s, u"trade"_s, u"tariffs"_s})->id, 3);
        QCOMPARE(codebook.findPath({u"Society"_s, u"Trade"_s})->id, 6);
        QVERIFY(!codebook.findPath({u"Society"_s, u"Tariffs"_s}));
        QVERIFY(!codebook.findPath({u"Trade"_s}));
        QVERIFY(!codebook.findPath({}));
    }

    void testFindByNameLooksAtEveryLevel()
    {
        const Codebook codebook(storeOrder());
        QCOMPARE(idsOf(codebook.findByName(u"trade"_s)), (QList<qint64> {2, 6}));
        QCOMPARE(idsOf(codebook.findByName(u"Tariffs"_s)), (QList<qint64> {3}));
        QVERIFY(codebook.findByName(u"Nothing"_s).isEmpty());
    }

    void testWouldCycle_data()
    {
        QTest::addColumn<qint64>("themeId");
        QTest::addColumn<qint64>("newParentId");
        QTest::addColumn<bool>("cycle");
        QTest::newRow("under itself") << qint64(1) << qint64(1) << true;
        QTest::newRow("under its child") << qint64(1) << qint64(2) << true;
        QTest::newRow("under its grandchild") << qint64(1) << qint64(3) << true;
        QTest::newRow("to the top") << qint64(3) << qint64(0) << false;
        QTest::newRow("under its parent's sibling") << qint64(2) << qint64(5) << false;
        QTest::newRow("under its sibling") << qint64(4) << qint64(2) << false;
        QTest::newRow("a child under its grandparent") << qint64(3) << qint64(1) << false;
        QTest::newRow("under a theme not in the codebook") << qint64(1) << qint64(99) << false;
    }

    void testWouldCycle()
    {
        QFETCH(qint64, themeId);
        QFETCH(qint64, newParentId);
        QFETCH(bool, cycle);
        QCOMPARE(Codebook(storeOrder()).wouldCycle(themeId, newParentId), cycle);
    }

    void testIsAncestorOrSelf()
    {
        const Codebook codebook(storeOrder());
        QVERIFY(codebook.isAncestorOrSelf(1, 3));
        QVERIFY(codebook.isAncestorOrSelf(3, 3));
        QVERIFY(!codebook.isAncestorOrSelf(3, 1));
        QVERIFY(!codebook.isAncestorOrSelf(5, 3));
    }

    void testInsertAddsAfterTheSiblings()
    {
        Codebook codebook(storeOrder());
        codebook.insert(theme(7, 1, u"Budgets"_s));
        QCOMPARE(idsOf(codebook.children(1)), (QList<qint64> {4, 2, 7}));
        QCOMPARE(codebook.path(7), u"Economy/Budgets"_s);
        QCOMPARE(codebook.findPath({u"economy"_s, u"budgets"_s})->id, 7);
        QVERIFY(codebook.withDescendants(1).contains(7));
        QCOMPARE(codebook.themes().constLast().id, 7);
    }

    void testInsertReplacesAThemeWithTheSameId()
    {
        Codebook codebook(storeOrder());
        codebook.insert(theme(3, 5, u"Tariffs"_s)); // moved under Society
        QCOMPARE(codebook.size(), 6);
        QCOMPARE(codebook.path(3), u"Society/Tariffs"_s);
        QVERIFY(codebook.children(2).isEmpty());
    }

    void testCopiesAreIndependent()
    {
        const Codebook original(storeOrder());
        Codebook copy = original;
        QCOMPARE(copy, original);
        copy.insert(theme(7, 0, u"Culture"_s));
        QCOMPARE(original.size(), 6);
        QVERIFY(!original.contains(7));
        QCOMPARE(copy.size(), 7);
        QVERIFY(!(copy == original));
    }
};

QTEST_GUILESS_MAIN(TestCodebook)
#include "tst_codebook.moc"
