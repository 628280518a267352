// Recovery in the window (issue 11, point 5): a library whose article text no
// longer matches its hash is found damaged by the check that runs after the
// window shows; the banner offers Restore from Backup…, which lists the
// backups and puts the chosen one back, writable, keeping the replaced file.
// File → Back Up Now makes a backup; the Preferences set the automatic ones.

#include "actions.h"
#include "backup/backupsdialog.h"
#include "librarybanner.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "preferences/preferencesdialog.h"
#include "rawdatabase.h"
#include "session/autobackup.h"
#include "session/librarysession.h"
#include "settings.h"
#include "store/librarybackup.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;
using namespace TestArticles;

namespace {

Article ferryArticle()
{
    return article(u"Should the Night Ferry Run All Winter?"_s,
        {speech(u"Ilse Marrow"_s, u"skipper, Kestrel Line"_s,
             {u"A winter crossing costs twice the fuel and carries half the passengers."_s}),
            speech(u"Oban Teague"_s, u"baker on Sark Minor"_s,
                {u"Without the night boat the flour arrives after the ovens are cold."_s})});
}

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void damagedLibraryIsRestoredFromTheBanner();
    void backUpNowMakesABackup();
    void preferencesSetTheAutomaticBackups();

private:
    MainWindowFixture m_fixture;
};

void TestBackupUi::initTestCase()
{
    QVERIFY(m_fixture.isolateSettings());
}

void TestBackupUi::cleanup()
{
    m_fixture.reset();
}

void TestBackupUi::damagedLibraryIsRestoredFromTheBanner()
{
    QVERIFY(m_fixture.newLibrary());
    TemporaryLibrary &library = m_fixture.library();
    const qint64 id = library.addArticle(ferryArticle());
    QVERIFY(id > 0);
    QVERIFY(LibraryBackup::make(library.path(), QDateTime::currentDateTimeUtc().addSecs(-3600)).ok());
    {
        // Flipped bytes in the article's text, behind the library's back.
        const RawDatabase raw(library.path());
        QVERIFY(
            raw.exec(u"UPDATE articles SET normalized_text = replace(normalized_text, 'flour', 'floor')"_s));
    }
    MainWindow *window = m_fixture.openWindow();
    QVERIFY(window);

    auto *banner = m_fixture.child<LibraryBanner>(u"libraryBanner"_s);
    QTRY_VERIFY(banner->isVisible() && m_fixture.store()->isDamaged());
    QVERIFY2(banner->text().contains(u"SHA-256"_s), qPrintable(banner->text()));
    QVERIFY(m_fixture.store()->isReadOnly());
    auto *restore = banner->findChild<QPushButton *>(u"restoreFromBackup"_s);
    QVERIFY(restore);
    QVERIFY(restore->focusPolicy() & Qt::TabFocus);
    QTest::mouseClick(restore, Qt::LeftButton);

    BackupsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<BackupsDialog *>(u"backupsDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->count(), 1);
    auto *list = dialog->findChild<QTreeWidget *>(u"backupList"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"1"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"backupRestore"_s), Qt::LeftButton);

    QTRY_VERIFY(!dialog->isVisible());
    LibraryStore *store = m_fixture.store();
    QVERIFY(!store->isReadOnly());
    QVERIFY(!store->isDamaged());
    QVERIFY(!banner->isVisible());
    const auto restored = store->article(id);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY((*restored)->normalizedText.contains(u"flour"_s));
    QCOMPARE(QDir(library.folder()).entryList({u"library.replaced-*.colloquy"_s}, QDir::Files).size(), 1);
    // Writable again: an edit goes in.
    QVERIFY(store->purgeTrash().has_value());
}

void TestBackupUi::backUpNowMakesABackup()
{
    QVERIFY(m_fixture.openOn(ferryArticle()) > 0);
    QVERIFY(LibraryBackup::list(m_fixture.library().path()).isEmpty());
    m_fixture.action(Actions::Id::BackUpNow)->trigger();
    QTRY_COMPARE(LibraryBackup::list(m_fixture.library().path()).size(), 1);
    QTRY_VERIFY(!m_fixture.library().session()->autoBackup()->isRunning());
}

void TestBackupUi::preferencesSetTheAutomaticBackups()
{
    QVERIFY(m_fixture.openOn(ferryArticle()) > 0);
    AutoBackup *backup = m_fixture.library().session()->autoBackup();
    // The defaults: on, hourly, 7 days and 4 weeks.
    QVERIFY(backup->isEnabled());
    QCOMPARE(backup->interval(), 3600);
    QCOMPARE(backup->policy().daily, 7);
    QCOMPARE(backup->policy().weekly, 4);

    auto *dialog = m_fixture.openDialog<PreferencesDialog>(Qt::CTRL | Qt::Key_Comma, u"preferencesDialog"_s);
    QVERIFY(dialog);
    auto *enabled = dialog->findChild<QCheckBox *>(u"backupEnabled"_s);
    QVERIFY(enabled->isChecked());
    auto *interval = dialog->findChild<QSpinBox *>(u"backupInterval"_s);
    interval->setFocus();
    interval->selectAll();
    QTest::keyClicks(interval, u"30"_s);
    auto *daily = dialog->findChild<QSpinBox *>(u"backupDaily"_s);
    daily->setFocus();
    daily->selectAll();
    QTest::keyClicks(daily, u"3"_s);
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, enabled->height() / 2));
    QVERIFY(!daily->isEnabled());
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, enabled->height() / 2));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(backup->interval(), 30 * 60);
    QCOMPARE(backup->policy().daily, 3);
    QCOMPARE(backup->policy().weekly, 4);
    QCOMPARE(Settings().backupIntervalMinutes(), 30);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
