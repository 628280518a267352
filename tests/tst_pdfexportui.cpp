// File → Export → Annotated PDF… end to end: the menu, the save dialog, the written file.

#include "actions.h"
#include "annotate/annotations.h"
#include "mainwindow.h"
#include "session/librarysession.h"
#include "store/librarystore.h"
#include "testarticles.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

class TestPdfExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileMenuExportsTheShownArticleAsAnnotatedPdf();

private:
    QTemporaryDir m_dir;
};

void TestPdfExportUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ColloquyTest"_s);
    QCoreApplication::setApplicationName(u"tst_pdfexportui"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void TestPdfExportUi::fileMenuExportsTheShownArticleAsAnnotatedPdf()
{
    LibrarySession session;
    LibraryStore &store = *session.store();
    QVERIFY(session.open(m_dir.filePath(u"library.sqlite"_s)));
    const Article article = TestArticles::article(u"Two Voices on Bridges"_s,
        {TestArticles::speech(u"Maëlle Rousseau"_s, u"engineer"_s, {u"A bridge is a promise kept daily."_s}),
            TestArticles::speech(u"Kenji Mori"_s, u"painter"_s, {u"I paint bridges because they wait."_s})});
    const qint64 id = store.addArticle(article).id;
    QVERIFY(id > 0);

    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showArticle(id);
    QVERIFY(window.annotations()->addHighlight(id, 1, 0, 17, HighlightColour::Green));

    // The action sits in File → Export.
    QAction *exportPdf = window.actions()->action(Actions::Id::ExportPdf);
    QMenu *exportMenu = nullptr;
    for (QAction *top : window.menuBar()->actions()) {
        for (QAction *item : top->menu()->actions()) {
            if (item->menu() && item->menu()->actions().contains(exportPdf))
                exportMenu = item->menu();
        }
    }
    QVERIFY(exportMenu);
    QVERIFY(exportPdf->isEnabled());

    // Answer the save dialog with a name without extension: .pdf is added.
    const QString chosen = m_dir.filePath(u"bridges"_s);
    bool answered = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        answered = true;
        // Typed into the name field, as a user would (Qt's own dialog: offscreen has no native one).
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(chosen);
        QMetaObject::invokeMethod(dialog, &QDialog::accept); // as the Save button does
    });
    answer.start();
    exportPdf->trigger();
    QVERIFY(answered);

    const QString written = chosen + u".pdf"_s;
    QVERIFY(QFileInfo::exists(written));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(written);
    QVERIFY(document);
    QCOMPARE(document->info(u"Title"_s), article.title);
    int highlights = 0;
    for (int i = 0; i < document->numPages(); ++i)
        highlights += int(document->page(i)->annotations({Poppler::Annotation::AHighlight}).size());
    QCOMPARE(highlights, 1);
}

QTEST_MAIN(TestPdfExportUi)
#include "tst_pdfexportui.moc"
