// The main window as a user meets it: panes per speaker, the editor's note,
// layouts, the library filter, zoom and importing. Runs offscreen on a
// temporary library and temporary settings.

#include "actions.h"
#include "library/importcontroller.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/editornoteband.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testconfig.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
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
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

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
    void importSaysWhenDeepHtmlWasFlattened();
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
    MainWindow *openWindow() { return m_gui.openWindow({1200, 800}); }
    /// Imports through the window and waits (on its signal) until it has finished.
    bool importAndWait(const QStringList &paths);
    ArticleView *articleView() const { return m_gui.child<ArticleView>(u"articleView"_s); }
    LibraryPanel *libraryPanel() const { return m_gui.child<LibraryPanel>(u"libraryPanel"_s); }

    MainWindowFixture m_gui;
    qint64 m_roundtableId = 0;
    qint64 m_interviewId = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
    QVERIFY(QFile::exists(FixturePath));
}

void TestMainWindow::init()
{
    QVERIFY(m_gui.newLibrary());
    m_interviewId = m_gui.library().addArticle(nightTrainsInterview());
    QVERIFY(m_interviewId > 0);
    m_roundtableId = m_gui.library().addArticle(librariesRoundtable());
    QVERIFY(m_roundtableId > 0);
    QVERIFY(openWindow());
    m_gui.window()->showArticle(m_roundtableId);
}

void TestMainWindow::cleanup()
{
    m_gui.reset();
}

bool TestMainWindow::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    m_gui.window()->importFiles(paths);
    return !finished.isEmpty() || finished.wait(20000);
}

void TestMainWindow::showsOnePanePerSpeakerWithNameAndBio()
{
    QCOMPARE(articleView()->articleLayout(), ArticleLayout::SideBySide);
    QCOMPARE(articleView()->panes().size(), 3);
    const QStringList names {u"Ingrid Salvesen"_s, u"Kwame Mensah-Boateng"_s, u"Lucia Ferrante"_s};
    const QList<SpeakerPane *> ordered = articleView()->panes();
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
    QCOMPARE(articleView()->titleLabel()->text(), u"Do Public Libraries Still Matter? Three Views"_s);
    // The name is bold and larger than the bio: the eye finds who speaks first.
    QVERIFY(ordered.at(0)->nameLabel()->font().bold());
    QVERIFY(ordered.at(0)->nameLabel()->font().pointSizeF() > ordered.at(0)->bioLabel()->font().pointSizeF());
    QCOMPARE(ordered.at(0)->speechView()->font().styleHint(), QFont::Serif);
}

void TestMainWindow::keepsCaptionsOutOfTheSpeeches()
{
    for (SpeakerPane *pane : articleView()->panes()) {
        QVERIFY(!pane->speechView()->toPlainText().contains(u"Photo:"_s));
        QVERIFY(!pane->speechView()->toPlainText().contains(u"Compiled for the Colloquy test suite"_s));
    }
    QLabel *details = articleView()->detailsLabel();
    QVERIFY(details->isVisible());
    QVERIFY(details->text().contains(Caption));
    QVERIFY(details->text().contains(u"Compiled for the Colloquy test suite"_s));
    // Set smaller than the speech it stands apart from.
    QVERIFY(details->font().pointSizeF() < articleView()->panes().first()->speechView()->font().pointSizeF());
}

void TestMainWindow::foldsTheEditorNoteWithItsToggle()
{
    EditorNoteBand *band = articleView()->editorNoteBand();
    QVERIFY(band->isVisible());
    QCOMPARE(band->toggleButton()->text(), u"Editor's Note"_s);
    QVERIFY(band->body()->isVisible());
    QVERIFY(band->body()->toPlainText().contains(NoteStart));
    QVERIFY(band->body()->toPlainText().contains(u"shortened for space"_s));
    for (SpeakerPane *pane : articleView()->panes())
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
    m_gui.window()->showArticle(m_interviewId);
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    const QList<SpeakerPane *> panes = articleView()->panes();
    QCOMPARE(panes.size(), 2);
    QCOMPARE(panes.at(1)->nameLabel()->text(), u"Petra Holmqvist"_s);
    // The bio of the first turn stays, though the second turn gave none.
    QCOMPARE(panes.at(1)->bioLabel()->text(), u"a rail historian"_s);
    const QString speech = panes.at(1)->speechView()->toPlainText();
    QVERIFY(speech.contains(u"sleeping is faster"_s));
    QVERIFY(speech.contains(u"Still too high."_s));
    // An article without a note shows no band.
    QVERIFY(!articleView()->editorNoteBand()->isVisible());
}

void TestMainWindow::showsNarrationInAPaneTitledWithTheArticle()
{
    const QString story = u"The ferry left at dawn and nobody on board said a word."_s;
    const AddResult titled = m_gui.store()->addArticle(TestArticles::article(
        u"A Quiet Crossing"_s, {TestArticles::segment(SegmentKind::Narration, {story})}));
    m_gui.window()->showArticle(titled.id);
    QCOMPARE(articleView()->panes().size(), 1);
    SpeakerPane *pane = articleView()->panes().constFirst();
    QCOMPARE(pane->nameLabel()->text(), u"A Quiet Crossing"_s);
    QVERIFY(!pane->bioLabel()->isVisible());
    QCOMPARE(pane->speechView()->toPlainText(), story);

    Article untitled =
        TestArticles::article(QString(), {TestArticles::segment(SegmentKind::Narration, {u"Only rain."_s})});
    const AddResult added = m_gui.store()->addArticle(untitled);
    m_gui.window()->showArticle(added.id);
    QCOMPARE(articleView()->panes().constFirst()->nameLabel()->text(), u"Narration"_s);
}

void TestMainWindow::switchesLayoutWithShortcuts()
{
    ArticleView *view = articleView();
    QSplitter *splitter = view->paneSplitter();
    QVERIFY(splitter->isVisible());
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QVERIFY(m_gui.action(Actions::Id::LayoutSideBySide)->isChecked());

    QTest::keyClick(m_gui.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    QCOMPARE(visiblePanes(view).size(), 3);
    QVERIFY(m_gui.action(Actions::Id::LayoutStacked)->isChecked());
    // Stacked panes are one above the other.
    QVERIFY(view->panes().at(0)->geometry().bottom() < view->panes().at(1)->geometry().top());

    QTest::keyClick(m_gui.window(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(visiblePanes(view).size(), 1);
    QVERIFY(view->speakerList()->isVisible());

    // The menu entry does the same as the shortcut.
    m_gui.action(Actions::Id::LayoutSideBySide)->trigger();
    QCOMPARE(splitter->orientation(), Qt::Horizontal);
    QCOMPARE(visiblePanes(view).size(), 3);
    QVERIFY(!view->speakerList()->isVisible());
    QVERIFY(view->panes().at(0)->geometry().right() < view->panes().at(1)->geometry().left());
}

void TestMainWindow::oneAtATimeShowsTheSpeakerChosenInTheList()
{
    ArticleView *view = articleView();
    QTest::keyClick(m_gui.window(), Qt::Key_3, Qt::ControlModifier);
    QListWidget *list = view->speakerList();
    QCOMPARE(list->count(), 3);
    QVERIFY(list->hasFocus());
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(0)});

    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(1)});

    QTest::keyClick(m_gui.window(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(visiblePanes(view), QList<SpeakerPane *> {view->panes().at(2)});
    QCOMPARE(list->currentItem()->text(), u"Lucia Ferrante"_s);
}

void TestMainWindow::remembersTheLayoutOfEachArticle()
{
    ArticleView *view = articleView();
    QTest::keyClick(m_gui.window(), Qt::Key_3, Qt::ControlModifier);
    m_gui.window()->showArticle(m_interviewId);
    QTest::keyClick(m_gui.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(view->articleLayout(), ArticleLayout::Stacked);

    m_gui.window()->showArticle(m_roundtableId);
    QCOMPARE(view->articleLayout(), ArticleLayout::OneAtATime);
    QVERIFY(m_gui.action(Actions::Id::LayoutOneAtATime)->isChecked());
    m_gui.window()->showArticle(m_interviewId);
    QCOMPARE(view->articleLayout(), ArticleLayout::Stacked);
    QCOMPARE(view->paneSplitter()->orientation(), Qt::Vertical);
}

void TestMainWindow::filterNarrowsTheLibraryList()
{
    QLineEdit *filter = libraryPanel()->filterEdit();
    QAbstractItemModel *list = libraryPanel()->listView()->model();
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
    const QList<SpeakerPane *> panes = articleView()->panes();
    const qreal before = panes.first()->speechView()->font().pointSizeF();

    QTest::keyClick(m_gui.window(), Qt::Key_Equal, Qt::ControlModifier);
    for (SpeakerPane *pane : panes)
        QCOMPARE(pane->speechView()->font().pointSizeF(), before + 1);

    QTest::keyClick(m_gui.window(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_gui.window(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(panes.last()->speechView()->font().pointSizeF(), before - 1);

    QTest::keyClick(m_gui.window(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(panes.last()->speechView()->font().pointSizeF(), before);
}

void TestMainWindow::remembersZoomInTheNextWindow()
{
    const qreal before = articleView()->panes().first()->speechView()->font().pointSizeF();
    QTest::keyClick(m_gui.window(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_gui.window(), Qt::Key_Equal, Qt::ControlModifier);
    m_gui.window()->close();
    QVERIFY(openWindow());
    m_gui.window()->showArticle(m_roundtableId);
    QCOMPARE(articleView()->panes().first()->speechView()->font().pointSizeF(), before + 2);
}

void TestMainWindow::importsAFileAndShowsIt()
{
    QAbstractItemModel *list = libraryPanel()->listView()->model();
    QVERIFY(importAndWait({FixturePath}));
    QCOMPARE(list->rowCount(), 3);
    const qint64 shown = libraryPanel()->currentArticleId();
    QVERIFY(shown != m_roundtableId && shown != m_interviewId);
    QCOMPARE(m_gui.store()->article(shown)->value().sourcePath, QFileInfo(FixturePath).absoluteFilePath());
    QVERIFY(articleView()->hasArticle());
    QVERIFY(!articleView()->panes().isEmpty());
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"Imported 1 article"_s));
}

void TestMainWindow::reimportingSelectsTheExistingArticle()
{
    QVERIFY(importAndWait({FixturePath}));
    const qint64 first = libraryPanel()->currentArticleId();
    m_gui.window()->showArticle(m_interviewId);
    QVERIFY(importAndWait({FixturePath}));
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);
    QCOMPARE(libraryPanel()->currentArticleId(), first);
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"already in the library"_s));
}

void TestMainWindow::importSaysWhenDeepHtmlWasFlattened()
{
    // A page of 3,000 nested divs: imported with the text at the bottom, and the status bar says
    // that its deep structure was flattened.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"deep.html"_s);
    QFile page(path);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<html><head><title>The Well Diggers</title></head><body>"
               "<p>Osric Mbeki digs wells in the dry season.</p>");
    page.write(QByteArray("<div>").repeated(3000));
    page.write("<p>The deepest one took eleven weeks, and the water was sweet.</p>");
    page.write(QByteArray("</div>").repeated(3000));
    page.write("</body></html>");
    page.close();
    QVERIFY(importAndWait({path}));
    const QString message = m_gui.window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Imported 1 article"_s), qPrintable(message));
    QVERIFY2(message.contains(u"deep.html: "_s) &&
            message.contains(u"nested deeper than 200 levels were flattened"_s),
        qPrintable(message));
    const qint64 shown = libraryPanel()->currentArticleId();
    QVERIFY(m_gui.store()->article(shown)->value().normalizedText.contains(
        u"The deepest one took eleven weeks, and the water was sweet."_s));
}

void TestMainWindow::importsDroppedFiles()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(FixturePath)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_gui.window(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    QCoreApplication::sendEvent(m_gui.window(), &drop);
    QVERIFY(finished.wait(20000));
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);

    // Text that is not a file is not an import.
    QMimeData text;
    text.setText(u"just words"_s);
    QDragEnterEvent textEnter(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.ignore();
    QCoreApplication::sendEvent(m_gui.window(), &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestMainWindow::listsImportFailuresInOneMessage()
{
    const QString missing = m_gui.library().filePath(u"missing-article.txt"_s);
    const QString folder = m_gui.library().folder();
    QVERIFY(importAndWait({missing, FixturePath, folder}));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_gui.window()->findChild<QMessageBox *>()) && box->isVisible());
    QCOMPARE(m_gui.window()->findChildren<QMessageBox *>().size(), 1);
    QVERIFY(box->informativeText().contains(u"missing-article.txt"_s));
    QVERIFY(box->informativeText().contains(folder));
    // The good file in the batch is imported all the same.
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);
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

    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    QTest::keyClick(m_gui.window(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!finished.isEmpty() || finished.wait(20000));

    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);
    const qint64 shown = libraryPanel()->currentArticleId();
    const std::optional<Article> pasted = *m_gui.store()->article(shown);
    QVERIFY(pasted);
    QCOMPARE(pasted->sourceFormat, u"html"_s);
    QCOMPARE(pasted->title, u"Bridges or Ferries?"_s);
    QStringList names;
    for (const SpeakerPane *pane : articleView()->panes())
        names << pane->name();
    QCOMPARE(names, QStringList({u"Marta Kowalczyk"_s, u"Tomas Eriksen"_s}));
}

void TestMainWindow::pastesClipboardTextWhenThereIsNoHtml()
{
    QGuiApplication::clipboard()->setText(u"Harbour Notes\n\nThe tide came in late on Sunday, and the "
                                          u"fishing boats waited outside the breakwater until noon."_s);
    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    m_gui.action(Actions::Id::PasteArticle)->trigger();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    const std::optional<Article> pasted = *m_gui.store()->article(libraryPanel()->currentArticleId());
    QVERIFY(pasted);
    QCOMPARE(pasted->sourceFormat, u"text"_s);
    QVERIFY(pasted->normalizedText.contains(u"breakwater until noon"_s));
}

void TestMainWindow::refusesToPasteAnEmptyClipboard()
{
    QGuiApplication::clipboard()->clear();
    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    m_gui.window()->pasteAsArticle();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_gui.window()->findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY(box->informativeText().contains(u"clipboard"_s));
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 2);
    box->accept();
}

void TestMainWindow::cancellingABatchKeepsWholeArticlesOnly()
{
    // Many distinct articles, so the batch is still reading when Cancel comes.
    QStringList paths;
    for (int i = 0; i < 80; ++i) {
        const QString path = m_gui.library().filePath(u"batch-%1.txt"_s.arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "Dispatch number " + QByteArray::number(i) + "\n\n";
        for (int line = 0; line < 400; ++line)
            text += "The ferry left at dawn and the harbour master counted the crates twice. ";
        QCOMPARE(file.write(text), text.size());
        paths << path;
    }

    QSignalSpy finished(m_gui.child<ImportController>(u"importController"_s), &ImportController::finished);
    m_gui.window()->importFiles(paths);
    QVERIFY(m_gui.child<ImportController>(u"importController"_s)->isRunning());
    // A long batch gets a progress dialog whose Cancel stops it.
    auto *progress = m_gui.window()->findChild<QProgressDialog *>(u"importProgress"_s);
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));

    const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.created < int(paths.size()));
    QVERIFY(!m_gui.child<ImportController>(u"importController"_s)->isRunning());
    // Every article that went in went in whole.
    const QList<ArticleSummary> stored = *m_gui.store()->articles();
    QCOMPARE(stored.size(), 2 + summary.created);
    for (const ArticleSummary &article : stored)
        QVERIFY(!m_gui.store()->article(article.id)->value().segments.isEmpty());
    QVERIFY(m_gui.window()->statusBar()->currentMessage().contains(u"cancelled"_s));
}

void TestMainWindow::firstStartShowsTheSample()
{
    QVERIFY(m_gui.newLibrary()); // empty
    QVERIFY(openWindow());
    QVERIFY(!articleView()->hasArticle());

    m_gui.window()->openInitial({}, false);
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 1);
    QVERIFY(articleView()->hasArticle());
    QVERIFY(!articleView()->panes().isEmpty());
    const qint64 shown = libraryPanel()->currentArticleId();
    QCOMPARE(m_gui.store()->article(shown)->value().sourcePath, MainWindow::samplePath());
}

void TestMainWindow::sampleOptionShowsTheSampleBesideOtherArticles()
{
    m_gui.window()->openInitial({}, true);
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);
    const qint64 shown = libraryPanel()->currentArticleId();
    QCOMPARE(m_gui.store()->article(shown)->value().sourcePath, MainWindow::samplePath());

    // Asking again does not add it twice.
    m_gui.window()->openInitial({}, true);
    QCOMPARE(libraryPanel()->listView()->model()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
