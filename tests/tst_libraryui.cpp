// Managing the library from the window: delete with a confirmation that
// counts what goes and undo that brings it back, the details dialog,
// collections that filter the list, the orders, titles told apart, and
// File → Open Recent. Offscreen, on a temporary library and settings.

#include "actions.h"
#include "annotate/annotations.h"
#include "catalogue/librarycatalogue.h"
#include "dialoganswers.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "library/libraryproxymodel.h"
#include "librarydump.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testconfig.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using namespace TestArticles;

namespace {

Article debate(const QString &title, const QString &line)
{
    return article(title,
        {speech(u"Maren Holloway"_s, {}, {line}), speech(u"Kwame Asante-Berg"_s, {}, {u"I disagree."_s})});
}

/// Calls `open` (which opens a modal dialog) and hands the dialog to `answer` once it shows.
void answerModal(const std::function<void()> &open, const std::function<void(QDialog *)> &answer)
{
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            answer(dialog);
        }
    });
    poll.start();
    open();
}

QStringList visibleTitles(const LibraryPanel *panel)
{
    QStringList titles;
    const QAbstractItemModel *model = panel->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data(LibraryModel::TitleRole).toString());
    return titles;
}

} // namespace

class TestLibraryUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deletingAsksWithTheHighlightCountAndUndoBringsItAllBack();
    void theDetailsDialogRenamesAndDatesTheArticle();
    void collectionsFilterTheList();
    void theListSortsByTitleAndBySpeakers();
    void articlesOfOneTitleAreToldApart();
    void openedFilesAreInOpenRecent();

private:
    LibraryPanel *panel() const { return m_gui.child<LibraryPanel>(u"libraryPanel"_s); }
    LibraryCatalogue *catalogue() const { return m_gui.library().session()->catalogue(); }

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestLibraryUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestLibraryUi::init()
{
    m_articleId =
        m_gui.openOn(debate(u"Tolls on the Northern Bridge"_s, u"The toll pays for the repairs."_s));
    QVERIFY(m_articleId > 0);
}

void TestLibraryUi::cleanup()
{
    m_gui.reset();
}

void TestLibraryUi::deletingAsksWithTheHighlightCountAndUndoBringsItAllBack()
{
    QVERIFY(m_gui.annotations()->addHighlight(m_articleId, 0, 4, 8));
    QVERIFY(m_gui.annotations()->addHighlight(m_articleId, 1, 2, 9));
    const QStringList before = dumpLibrary(m_gui.library().path());
    QCOMPARE(panel()->listView()->model()->rowCount(), 1);

    const DialogAnswers answered = triggerAndAnswer(m_gui.action(Actions::Id::DeleteArticle), QString());
    QCOMPARE(answered.icon, QMessageBox::Question);
    QVERIFY2(answered.message.contains(u"Tolls on the Northern Bridge"_s), qPrintable(answered.message));
    QVERIFY2(answered.message.contains(u"2 highlights"_s), qPrintable(answered.message));
    QVERIFY2(answered.message.contains(u"Trash"_s), qPrintable(answered.message));
    QTRY_COMPARE(panel()->listView()->model()->rowCount(), 0);
    // In the Trash, as a deletion from the command line: out of the list, every row kept.
    QVERIFY(m_gui.store()->trashedAt(m_articleId)->value().isValid());
    QCOMPARE(m_gui.store()->trashedArticles()->size(), 1);

    QAction *undo = m_gui.action(Actions::Id::Undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(u"Delete"_s), qPrintable(undo->text()));
    undo->trigger();
    QTRY_COMPARE(panel()->listView()->model()->rowCount(), 1);
    QCOMPARE(dumpLibrary(m_gui.library().path()), before);
    QCOMPARE(m_gui.store()->highlights(m_articleId)->size(), 2);
}

void TestLibraryUi::theDetailsDialogRenamesAndDatesTheArticle()
{
    answerModal([this] { m_gui.action(Actions::Id::EditArticleDetails)->trigger(); },
        [](QDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(u"detailsTitle"_s);
            auto *source = dialog->findChild<QLineEdit *>(u"detailsSource"_s);
            auto *known = dialog->findChild<QCheckBox *>(u"detailsDateKnown"_s);
            auto *date = dialog->findChild<QDateEdit *>(u"detailsPublished"_s);
            QVERIFY(title && source && known && date);
            QCOMPARE(title->text(), u"Tolls on the Northern Bridge"_s);
            title->selectAll();
            QTest::keyClicks(title, u"Who Pays for the Bridge?"_s);
            QTest::keyClicks(source, u"The Estuary Courier"_s);
            QTest::mouseClick(known, Qt::LeftButton);
            date->setDate(QDate(2023, 11, 4));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    const ArticleDetails stored = m_gui.store()->articleDetails(m_articleId)->value();
    QCOMPARE(stored.title, u"Who Pays for the Bridge?"_s);
    QCOMPARE(stored.source, u"The Estuary Courier"_s);
    QCOMPARE(stored.published, QDate(2023, 11, 4));
    QTRY_COMPARE(visibleTitles(panel()), QStringList {u"Who Pays for the Bridge?"_s});
    m_gui.action(Actions::Id::Undo)->trigger();
    QTRY_COMPARE(visibleTitles(panel()), QStringList {u"Tolls on the Northern Bridge"_s});
}

void TestLibraryUi::collectionsFilterTheList()
{
    const qint64 other = m_gui.library().addArticle(debate(u"Night Buses"_s, u"Run them all night."_s));
    QVERIFY(other > 0);
    const auto transport = catalogue()->addCollection(u"Transport seminar"_s, {other});
    QVERIFY(transport);
    QComboBox *box = panel()->collectionBox();
    QTRY_COMPARE(box->count(), 2);
    QCOMPARE(box->itemText(1), u"Transport seminar"_s);
    QCOMPARE(visibleTitles(panel()).size(), 2);

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), u"Transport seminar"_s);
    QCOMPARE(visibleTitles(panel()), QStringList {u"Night Buses"_s});
    // Putting the bridge article in the collection shows it under the filter at once.
    QVERIFY(catalogue()->setInCollection(m_articleId, *transport, true));
    QTRY_COMPARE(visibleTitles(panel()).size(), 2);
    m_gui.action(Actions::Id::Undo)->trigger();
    QTRY_COMPARE(visibleTitles(panel()), QStringList {u"Night Buses"_s});
}

void TestLibraryUi::theListSortsByTitleAndBySpeakers()
{
    QVERIFY(m_gui.library().addArticle(debate(u"Allotments for Everyone"_s, u"Dig in."_s)) > 0);
    QVERIFY(m_gui.library().addArticle(article(u"Zoning the Waterfront"_s,
                {speech(u"Ada Brightwater"_s, {}, {u"One."_s}), speech(u"Ben Osei-Lund"_s, {}, {u"Two."_s}),
                    speech(u"Carla Mbeki"_s, {}, {u"Three."_s})})) > 0);
    QToolButton *order = panel()->orderButton();
    QVERIFY(order->menu());
    // The order's menu, as a user picks from it: each choice is a checkable action.
    const auto pick = [order](LibraryProxyModel::Order wanted) {
        for (QAction *action : order->menu()->actions()) {
            if (action->data().value<LibraryProxyModel::Order>() == wanted) {
                action->trigger();
                return action->isChecked();
            }
        }
        return false;
    };
    QVERIFY(pick(LibraryProxyModel::Order::Title));
    QCOMPARE(visibleTitles(panel()),
        (QStringList {
            u"Allotments for Everyone"_s, u"Tolls on the Northern Bridge"_s, u"Zoning the Waterfront"_s}));
    QVERIFY(order->toolTip().contains(u"By title"_s));
    QVERIFY(pick(LibraryProxyModel::Order::Speakers));
    QCOMPARE(visibleTitles(panel()).constFirst(), u"Zoning the Waterfront"_s);
    QVERIFY(pick(LibraryProxyModel::Order::Newest));
    QCOMPARE(visibleTitles(panel()).constFirst(), u"Zoning the Waterfront"_s); // added last
    QVERIFY(pick(LibraryProxyModel::Order::Title));
    QCOMPARE(visibleTitles(panel()).constFirst(), u"Allotments for Everyone"_s);
}

void TestLibraryUi::articlesOfOneTitleAreToldApart()
{
    const qint64 twin = m_gui.library().addArticle(
        debate(u"Tolls on the Northern Bridge"_s, u"A second, later debate on the same bridge."_s));
    QVERIFY(twin > 0);
    ArticleDetails details {
        twin, u"Tolls on the Northern Bridge"_s, u"Harbour Radio"_s, {}, QDate(2024, 2, 1)};
    QVERIFY(catalogue()->setDetails(details));
    const LibraryModel *model = panel()->model();
    QTRY_VERIFY(model->indexOfArticle(twin)
                    .data(LibraryModel::DistinctionRole)
                    .toString()
                    .contains(u"Harbour Radio"_s));
    QVERIFY(!model->indexOfArticle(m_articleId).data(LibraryModel::DistinctionRole).toString().isEmpty());
    QVERIFY(catalogue()->rename(twin, u"Bridge Tolls, Second Round"_s));
    QTRY_VERIFY(model->indexOfArticle(m_articleId).data(LibraryModel::DistinctionRole).toString().isEmpty());
}

void TestLibraryUi::openedFilesAreInOpenRecent()
{
    const QString file = QStringLiteral(COLLOQUY_TEST_DATA_DIR "/gui/library-roundtable.txt");
    m_gui.window()->importFiles({file});
    QMenu *recent = m_gui.window()->findChild<QMenu *>(u"file_open_recent"_s);
    QVERIFY(recent);
    QMetaObject::invokeMethod(recent, "aboutToShow");
    QStringList entries;
    for (QAction *action : recent->actions())
        entries.append(action->text());
    QVERIFY2(entries.contains(u"library-roundtable.txt"_s), qPrintable(entries.join(u", ")));
    QAction *clear = recent->findChild<QAction *>(u"file_clear_recent"_s);
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QMetaObject::invokeMethod(recent, "aboutToShow");
    QVERIFY(!recent->findChild<QAction *>(u"file_clear_recent"_s)->isEnabled());
}

QTEST_MAIN(TestLibraryUi)
#include "tst_libraryui.moc"
