// File → Export → Annotated PDF… end to end: the menu, the save dialog, the written file.

#include "annotate/annotations.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

class TestPdfExportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fileMenuExportsTheShownArticleAsAnnotatedPdf();

private:
    MainWindowFixture m_gui;
};

void TestPdfExportUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestPdfExportUi::cleanup()
{
    m_gui.reset();
}

void TestPdfExportUi::fileMenuExportsTheShownArticleAsAnnotatedPdf()
{
    QVERIFY(m_gui.newLibrary());
    const Article article = TestArticles::article(u"Two Voices on Bridges"_s,
        {TestArticles::speech(u"Maëlle Rousseau"_s, u"engineer"_s, {u"A bridge is a promise kept daily."_s}),
            TestArticles::speech(u"Kenji Mori"_s, u"painter"_s, {u"I paint bridges because they wait."_s})});
    const qint64 id = m_gui.library().addArticle(article);
    QVERIFY(id > 0);

    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(id);
    QVERIFY(m_gui.annotations()->addHighlight(id, 1, 0, 17, HighlightColour::Green));

    // The action sits in File → Export.
    QAction *exportPdf = m_gui.action(Actions::Id::ExportPdf);
    QVERIFY(menuHolding(m_gui.window(), exportPdf));
    QVERIFY(exportPdf->isEnabled());

    // Answer the save dialog with a name without extension: .pdf is added.
    const QString chosen = m_gui.library().filePath(u"bridges"_s);
    QVERIFY(triggerAndAnswer(exportPdf, chosen).fileDialog);

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
