// The main window as a user meets it: panes per speaker, the editor's note,
// layouts, the library filter, zoom and importing. Runs offscreen on a
// temporary library and temporary settings.

#include "actions.h"
#include "library/importcontroller.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "reader/articleview.h"
#include "reader/editornoteband.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "testarticles.h"
#include "testconfig.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

const QString FixturePath = QStringLiteral(COLLOQUY_TEST_DATA_DIR "/gui/library-roundtable.txt");
const QString Caption = u"Photo: Reading room of a branch library at closing time. Photo: test fixture"_s;
const QString NoteStart = u"Public libraries lend more than books today"_s;

/// The fixture's roundtable, segmented by hand so these tests do not depend on the segmenter.
Article librariesRoundtable()
{
    return TestArticles::article(u"Do Public Libraries Still Matter? Three Views"_s,
        {TestArticles::segment(SegmentKind::Caption, {Caption}),
            TestArticles::segment(SegmentKind::EditorNote,
                {NoteStart +
                        u": they lend laptops, tools and quiet. We asked three people who work with them "
                        u"what a "
                        u"library is for."_s,
                    u"Their answers follow, shortened for space."_s},
                u"Editor's Note"_s),
            TestArticles::speech(u"Ingrid Salvesen"_s,
                u"a chief librarian at the Harbour District Public Library"_s,
                {u"Our busiest hour is not the morning, it is the hour after school."_s,
                    u"We have stopped measuring ourselves by loans alone."_s}),
            TestArticles::speech(u"Kwame Mensah-Boateng"_s,
                u"a sociologist at the Institute for Community Research"_s,
                {u"Libraries are one of the last indoor places where nobody expects you to buy anything."_s,
                    u"When a branch closes, the loneliest people notice first."_s}),
            TestArticles::speech(u"Lucia Ferrante"_s,
                u"a software engineer and volunteer tutor at the Eastgate Digital Clinic"_s,
                {u"I teach pensioners to use online banking on Tuesday evenings."_s,
                    u"The library is our only free classroom."_s}),
            TestArticles::segment(SegmentKind::Metadata, {u"Compiled for the Colloquy test suite"_s})});
}

Article nightTrainsInterview()
{
    return TestArticles::article(u"Night Trains Are Back"_s,
        {TestArticles::speech(u"Q"_s, QString(), {u"Why now?"_s}),
            TestArticles::speech(
                u"Petra Holmqvist"_s, u"a rail historian"_s, {u"Because sleeping is faster than flying."_s}),
            TestArticles::speech(u"Q"_s, QString(), {u"And the price?"_s}),
            TestArticles::speech(u"Petra Holmqvist"_s, QString(), {u"Still too high."_s})});
}

QList<SpeakerPane *> visiblePanes(const ArticleView *view)
{
    QList<SpeakerPane *> visible;
    for (SpeakerPane *pane : view->panes()) {
        if (pane->isVisible())
            visible.append(pane);
    }
    return visible;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsOnePanePerSpeakerWithNameAndBio();
    void keepsCaptionsOutOfTheSpeeches();
    void foldsTheEditorNoteWithItsToggle();
    void gathersTheTurnsOfOneSpeakerInOnePane();
    void showsNarrationInAPaneTitledWithTheArticle();
    void switchesLayoutWithShortcuts();
    void oneAtATimeShowsTheSpeakerChosenInTheList();
    void remembersTheLayoutOfEachArticle();
    void filterNarrowsTheLibraryList();
    void zoomEnlargesTheReadingTextOfEveryPane();
    void remembersZoomInTheNextWindow();
    void importsAFileAndShowsIt();
    void reimportingSelectsTheExistingArticle();
    void importsDroppedFiles();
    void listsImportFailuresInOneMessage();
    void pastesClipboardHtmlAsNewArticle();
    void pastesClipboardTextWhenThereIsNoHtml();
    void refusesToPasteAnEmptyClipboard();
    void cancellingABatchKeepsWholeArticlesOnly();
    void firstStartShowsTheSample();
    void sampleOptionShowsTheSampleBesideOtherArticles();

private:
    /// A window on the current library, shown and active.
    void openWindow();
    /// Imports through the window and waits (on its signal) until it has finished.
    bool importAndWait(const QStringList &paths);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_libraryDir;
    std::unique_ptr<LibrarySession> m_session;
    LibraryStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_roundtableId = 0;
    qint64 m_interviewId = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ColloquyTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_settingsDir.isValid());
    // Settings go to an INI file in a temporary folder, never the user's config.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(QFile::exists(FixturePath));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_libraryDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_libraryDir->isValid());
    m_session = std::make_unique<LibrarySession>();
    m_store = m_session->store();
    QVERIFY2(m_store->open(m_libraryDir->filePath(u"library.sqlite"_s)), qPrintable(m_store->errorString()));
    const AddResult interview = m_store->addArticle(nightTrainsInterview());
    QVERIFY2(interview.error.isEmpty(), qPrintable(interview.error));
    m_interviewId = interview.id;
    const AddResult roundtable = m_store->addArticle(librariesRoundtable());
    QVERIFY2(roundtable.error.isEmpty(), qPrintable(roundtable.error));
    m_roundtableId = roundtable.id;
    openWindow();
    m_window->showArticle(m_roundtableId);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_libraryDir.reset();
}

bool TestMainWindow::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles(paths);
    return !finished.isEmpty() || finished.wait(20000);
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::showsOnePanePerSpeakerWithNameAndBio()
{
    const QList<SpeakerPane *> panes = m_window->findChildren<SpeakerPane *>();
    QCOMPARE(panes.size(), 3);
    const QStringList names {u"Ingrid Salvesen"_s, u"Kwame Mensah-Boateng"_s, u"Lucia Ferrante"_s};
    const QList<SpeakerPane *> ordered = m_window->articleView()->panes();
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        SpeakerPane *pane = ordered.at(i);
        QVERIFY(pane->isVisible());
        QCOMPARE(pane->nameLabel()->text(), names.at(i));
        QVERIFY(pane->nameLabel()->isVisible());
        QVERIFY(pane->bioLabel()->isVisible());
        QVERIFY(!pane->bioLabel()->text().isEmpty());
    }
    QCOMPARE(ordered.at(1)->bioLabel()->text(), u"a sociologist at the Institute for Community Research"_s);
    QVERIFY(ordered.at(0)->speechView()->toPlainText().contains(u"hour after school"_s));
    QCOMPARE(
        m_window->articleView()->titleLabel()->text(), u"Do Public Libraries Still Matter? Three Views"_s);
    // The name is bold and larger than the bio: the eye finds who speaks first.
    QVERIFY(ordered.at(0)->nameLabel()->font().bold());
    QVERIFY(ordered.at(0)->nameLabel()->font().pointSizeF() > ordered.at(0)->bioLabel()->font().pointSizeF());
    QCOMPARE(ordered.at(0)->speechView()->font().styleHint(), QFont::Serif);
}

void TestMainWindow::keepsCaptionsOutOfTheSpeeches()
{
    for (SpeakerPane *pane : m_window->articleView()->panes()) {
        QVERIFY(!pane->speechView()->toPlainText().contains(u"Photo:"_s));
        QVERIFY(!pane->speechView()->toPlainText().contains(u"Compiled for the Colloquy test suite"_s));
    }
    QLabel *details = m_window->articleView()->detailsLabel();
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(Caption));
    QVERIFY(details->text().contains(u"Compiled for the Colloquy test suite"_s));
    // Set smaller than the speech it stands apart from.
    QVERIFY(details->font().pointSizeF() <
        m_window->articleView()->panes().first()->speechView()->font().pointSizeF());
}

void TestMainWindow::foldsTheEditorNoteWithItsToggle()
{
    EditorNoteBand *band = m_window->articleView()->editorNoteBand();
    QVERIFY(band->isVisible());
    QCOMPARE(band->toggleButton()->text(), u"Editor's Note"_s);
    QVERIFY(band->body()->isVisible());
    QVERIFY(band->body()->toPlainText().contains(NoteStart));
    QVERIFY(band->body()->toPlainText().contains(u"shortened for space"_s));
    for (SpeakerPane *pane : m_window->articleView()->panes())
        QVERIFY(!pane->speechView()->toPlainText().contains(NoteStart));

    QTest::mouseClick(band->toggleButton(), Qt::LeftButton);
    QVERIFY(!band->body()->isVisible());
    QCOMPARE(band->toggleButton()->arrowType(), Qt::RightArrow);

    QTest::mouseClick(band->toggleButton(), Qt::LeftButton);
    QVERIFY(band->body()->isVisible());
    QCOMPARE(band->toggleButton()->arrowType(), Qt::DownArrow);
}

void TestMainWindow::gathersTheTurnsOfOneSpeakerInOnePane()
{
    m_window->showArticle(m_interviewId);
    const QList<SpeakerPane *> panes = m_window->articleView()->panes();
    QCOMPARE(panes.size(), 2);
    QCOMPARE(panes.at(1)->nameLabel()->text(), u"Petra Holmqvist"_s);
    // The bio of the first turn stays, though the second turn gave none.
    QCOMPARE(panes.at(1)->bioLabel()->text(), u"a rail historian"_s);
    const QString speech = panes.at(1)->speechView()->toPlainText();
    QVERIFY(speech.contains(u"sleeping is faster"_s));
    QVERIFY(speech.contains(u"Still too high."_s));
    // An article without a note shows no band.
    QVERIFY(!m_window->articleView()->editorNoteBand()->isVisible());
}

void TestMainWindow::showsNarrationInAPaneTitledWithTheArticle()
{
    const QString story = u"The ferry left at dawn and nobody on board said a word."_s;
    const AddResult titled = m_store->addArticle(TestArticles::article(
        u"A Quiet Crossing"_s, {TestArticles::segment(SegmentKind::Narration, {story})}));
    m_window->showArticle(titled.id);
    QCOMPARE(m_window->articleView()->panes().size(), 1);
    SpeakerPane *pane = m_window->articleView()->panes().constFirst();
    QCOMPARE(pane->nameLabel()->text(), u"A Quiet Crossing"_s);
    QVERIFY(!pane->bioLabel()->isVisible());
    QCOMPARE(pane->speechView()->toPlainText(), story);

    Article untitled =
        TestArticles::article(QString(), {TestArticles::segment(SegmentKind::Narration, {u"Only rain."_s})});
    const AddResult added = m_store->addArticle(untitled);
    m_window->showArticle(added.id);
    QCOMPARE(m_window->articleView()->panes().constFirst()->nameLabel()->text(), u"Narration"_s);
}

void TestMainWindow::switchesLayoutWithShortcuts()
{
    ArticleView *view = m_window->articleView();
    QSplitter *splitter = view->paneSplitter();
    QVERIFY(splitter->isVisible());
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QVERIFY(m_window->actions()->action(Actions::Id::LayoutSideBySide)->isChecked());

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QCOMPARE(visiblePanes(view).size(), 3);
    QVERIFY(m_window->actions()->action(Actions::Id::LayoutStacked)->isChecked());
    // Stacked panes are one above the other.
    QVERIFY(view->panes().at(0)->geometry().bottom() < view->panes().at(1)->geometry().top());

    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(visiblePanes(view).size(), 1);
    QVERIFY(view->speakerList()->isVisible());

    // The menu entry does the same as the shortcut.
    m_window->actions()->action(Actions::Id::LayoutSideBySide)->trigger();
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(visiblePanes(view).size(), 3);
    QVERIFY(!view->speakerList()->isVisible());
    QVERIFY(view->panes().at(0)->geometry().right() < view->panes().at(1)->geometry().left());
}

void TestMainWindow::oneAtATimeShowsTheSpeakerChosenInTheList()
{
    ArticleView *view = m_window->articleView();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QListWidget *list = view->speakerList();
    QCOMPARE(list->count(), 3);
    QVERIFY(list->hasFocus());
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(0)});

    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(1)});

    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(2)});
    QCOMPARE(list->currentItem()->text(), u"Lucia Ferrante"_s);
}

void TestMainWindow::remembersTheLayoutOfEachArticle()
{
    ArticleView *view = m_window->articleView();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    m_window->showArticle(m_interviewId);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(view->articleLayout(), ArticleLayout::Stacked);

    m_window->showArticle(m_roundtableId);
    QCOMPARE(view->articleLayout(), ArticleLayout::OneAtATime);
    QVERIFY(m_window->actions()->action(Actions::Id::LayoutOneAtATime)->isChecked());
    m_window->showArticle(m_interviewId);
    QCOMPARE(view->articleLayout(), ArticleLayout::Stacked);
    QCOMPARE(view->paneSplitter()->orientation(), Qt::Vertical);
}

void TestMainWindow::filterNarrowsTheLibraryList()
{
    QLineEdit *filter = m_window->libraryPanel()->filterEdit();
    QAbstractItemModel *list = m_window->libraryPanel()->listView()->model();
    QCOMPARE(list->rowCount(), 2);

    // Matches a speaker's name, ignoring case.
    QTest::keyClicks(filter, u"mensah"_s);
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data().toString(), u"Do Public Libraries Still Matter? Three Views"_s);

    filter->clear();
    QCOMPARE(list->rowCount(), 2);
    // Matches the title.
    QTest::keyClicks(filter, u"NIGHT trains"_s);
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data().toString(), u"Night Trains Are Back"_s);

    QTest::keyClicks(filter, u" nothing like this"_s);
    QCOMPARE(list->rowCount(), 0);
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(list->rowCount(), 2);
}

void TestMainWindow::zoomEnlargesTheReadingTextOfEveryPane()
{
    const QList<SpeakerPane *> panes = m_window->articleView()->panes();
    const qreal before = panes.first()->speechView()->font().pointSizeF();

    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    for (SpeakerPane *pane : panes)
        QCOMPARE(pane->speechView()->font().pointSizeF(), before + 1);

    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(panes.last()->speechView()->font().pointSizeF(), before - 1);

    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(panes.last()->speechView()->font().pointSizeF(), before);
}

void TestMainWindow::remembersZoomInTheNextWindow()
{
    const qreal before = m_window->articleView()->panes().first()->speechView()->font().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    m_window->close();
    openWindow();
    m_window->showArticle(m_roundtableId);
    QCOMPARE(m_window->articleView()->panes().first()->speechView()->font().pointSizeF(), before + 2);
}

void TestMainWindow::importsAFileAndShowsIt()
{
    QAbstractItemModel *list = m_window->libraryPanel()->listView()->model();
    QVERIFY(importAndWait({FixturePath}));
    QCOMPARE(list->rowCount(), 3);
    const qint64 shown = m_window->libraryPanel()->currentArticleId();
    QVERIFY(shown != m_roundtableId && shown != m_interviewId);
    QCOMPARE(m_store->article(shown)->value().sourcePath, QFileInfo(FixturePath).absoluteFilePath());
    QVERIFY(m_window->articleView()->hasArticle());
    QVERIFY(!m_window->articleView()->panes().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Imported 1 article"_s));
}

void TestMainWindow::reimportingSelectsTheExistingArticle()
{
    QVERIFY(importAndWait({FixturePath}));
    const qint64 first = m_window->libraryPanel()->currentArticleId();
    m_window->showArticle(m_interviewId);
    QVERIFY(importAndWait({FixturePath}));
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);
    QCOMPARE(m_window->libraryPanel()->currentArticleId(), first);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"already in the library"_s));
}

void TestMainWindow::importsDroppedFiles()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(FixturePath)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);

    // Text that is not a file is not an import.
    QMimeData text;
    text.setText(u"just words"_s);
    QDragEnterEvent textEnter(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestMainWindow::listsImportFailuresInOneMessage()
{
    const QString missing = m_libraryDir->filePath(u"missing-article.txt"_s);
    const QString folder = m_libraryDir->path();
    QVERIFY(importAndWait({missing, FixturePath, folder}));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    QCOMPARE(m_window->findChildren<QMessageBox *>().size(), 1);
    QVERIFY(box->informativeText().contains(u"missing-article.txt"_s));
    QVERIFY(box->informativeText().contains(folder));
    // The good file in the batch is imported all the same.
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);
    box->accept();
}

void TestMainWindow::pastesClipboardHtmlAsNewArticle()
{
    auto *mime = new QMimeData;
    mime->setHtml(u"<html><body><article><h1>Bridges or Ferries?</h1>"
                  u"<p><b>Editor's Note:</b> Two engineers disagree about the crossing.</p>"
                  u"<h3>Marta Kowalczyk, a bridge engineer at Vistula Works</h3>"
                  u"<p>A bridge is paid once and used for a century.</p>"
                  u"<h3>Tomas Eriksen, a ferry operator in Hardanger</h3>"
                  u"<p>A ferry can move when the town moves.</p></article></body></html>"_s);
    mime->setText(u"plain flavour that must not win"_s);
    QGuiApplication::clipboard()->setMimeData(mime);

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!finished.isEmpty() || finished.wait(20000));

    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);
    const qint64 shown = m_window->libraryPanel()->currentArticleId();
    const std::optional<Article> pasted = *m_store->article(shown);
    QVERIFY(pasted);
    QCOMPARE(pasted->sourceFormat, u"html"_s);
    QCOMPARE(pasted->title, u"Bridges or Ferries?"_s);
    QStringList names;
    for (const SpeakerPane *pane : m_window->articleView()->panes())
        names << pane->name();
    QCOMPARE(names, QStringList({u"Marta Kowalczyk"_s, u"Tomas Eriksen"_s}));
}

void TestMainWindow::pastesClipboardTextWhenThereIsNoHtml()
{
    QGuiApplication::clipboard()->setText(u"Harbour Notes\n\nThe tide came in late on Sunday, and the "
                                          u"fishing boats waited outside the breakwater until noon."_s);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->actions()->action(Actions::Id::PasteArticle)->trigger();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    const std::optional<Article> pasted = *m_store->article(m_window->libraryPanel()->currentArticleId());
    QVERIFY(pasted);
    QCOMPARE(pasted->sourceFormat, u"text"_s);
    QVERIFY(pasted->normalizedText.contains(u"breakwater until noon"_s));
}

void TestMainWindow::refusesToPasteAnEmptyClipboard()
{
    QGuiApplication::clipboard()->clear();
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->pasteAsArticle();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->informativeText().contains(u"clipboard"_s));
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 2);
    box->accept();
}

void TestMainWindow::cancellingABatchKeepsWholeArticlesOnly()
{
    // Many distinct articles, so the batch is still reading when Cancel comes.
    QStringList paths;
    for (int i = 0; i < 80; ++i) {
        const QString path = m_libraryDir->filePath(u"batch-%1.txt"_s.arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "Dispatch number " + QByteArray::number(i) + "\n\n";
        for (int line = 0; line < 400; ++line)
            text += "The ferry left at dawn and the harbour master counted the crates twice. ";
        QCOMPARE(file.write(text), text.size());
        paths << path;
    }

    QSignalSpy finished(m_window->importer(), &ImportController::finished);
    m_window->importFiles(paths);
    QVERIFY(m_window->importer()->isRunning());
    // A long batch gets a progress dialog whose Cancel stops it.
    auto *progress = m_window->findChild<QProgressDialog *>(u"importProgress"_s);
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));

    const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.created < int(paths.size()));
    QVERIFY(!m_window->importer()->isRunning());
    // Every article that went in went in whole.
    const QList<ArticleSummary> stored = *m_store->articles();
    QCOMPARE(stored.size(), 2 + summary.created);
    for (const ArticleSummary &article : stored)
        QVERIFY(!m_store->article(article.id)->value().segments.isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"cancelled"_s));
}

void TestMainWindow::firstStartShowsTheSample()
{
    m_window.reset();
    m_session = std::make_unique<LibrarySession>();
    m_store = m_session->store();
    QVERIFY(m_store->open(m_libraryDir->filePath(u"empty.sqlite"_s)));
    openWindow();
    QVERIFY(!m_window->articleView()->hasArticle());

    m_window->openInitial({}, false);
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 1);
    QVERIFY(m_window->articleView()->hasArticle());
    QVERIFY(!m_window->articleView()->panes().isEmpty());
    const qint64 shown = m_window->libraryPanel()->currentArticleId();
    QCOMPARE(m_store->article(shown)->value().sourcePath, MainWindow::samplePath());
}

void TestMainWindow::sampleOptionShowsTheSampleBesideOtherArticles()
{
    m_window->openInitial({}, true);
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);
    const qint64 shown = m_window->libraryPanel()->currentArticleId();
    QCOMPARE(m_store->article(shown)->value().sourcePath, MainWindow::samplePath());

    // Asking again does not add it twice.
    m_window->openInitial({}, true);
    QCOMPARE(m_window->libraryPanel()->listView()->model()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
