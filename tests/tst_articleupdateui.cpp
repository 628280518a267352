// File → Re-import Edited Version… and File → Import Web Annotations… end to
// end: the menu entries, the open dialog, the report, the reader and undo.

#include "actions.h"
#include "annotate/annotations.h"
#include "dialoganswers.h"
#include "export/textexporter.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString Original =
    u"Harbour Voices\n\n"
    "Photo: The quay at dawn / Colloquy test fixture\n\n"
    "Lena Okafor, a harbour pilot in Lagos\n\n"
    "Ships wait longer than they should. The berths are full by noon and the tugs are few.\n\n"
    "Piet de Wit, a crane operator at the container terminal\n\n"
    "Cranes are older than the people who drive them. Nobody budgets for their repair.\n"_s;
const QString Claim = u"The berths are full by noon"_s;

} // namespace

class TestArticleUpdateUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void entriesSitInTheFileMenu();
    void reimportMovesHighlightsWithTheirText();
    void unreadableFileLeavesTheArticleAlone();
    void webAnnotationsComeBackInOneUndoStep();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    qint64 importOriginal();
    QString paneText(int pane) const;

    MainWindowFixture m_gui;
    /// Files the test writes; they outlive a library (a colleague's library reads them).
    QTemporaryDir m_files;
};

void TestArticleUpdateUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
    QVERIFY(m_files.isValid());
}

void TestArticleUpdateUi::init()
{
    QVERIFY(m_gui.newLibrary());
    QVERIFY(m_gui.openWindow());
}

void TestArticleUpdateUi::cleanup()
{
    m_gui.reset();
}

QString TestArticleUpdateUi::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    return Testing::writeFile(path, bytes) ? path : QString();
}

qint64 TestArticleUpdateUi::importOriginal()
{
    const qint64 id = m_gui.library().importFile(writeFile(u"harbour.txt"_s, Original.toUtf8()));
    m_gui.window()->showArticle(id);
    return id;
}

QString TestArticleUpdateUi::paneText(int pane) const
{
    const QList<SpeakerPane *> panes = m_gui.child<ArticleView>(u"articleView"_s)->panes();
    return pane < panes.size() ? panes.at(pane)->speechView()->toPlainText() : QString();
}

void TestArticleUpdateUi::entriesSitInTheFileMenu()
{
    QMenu *file = m_gui.window()->menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(m_gui.action(Actions::Id::ReimportArticle)));
    QVERIFY(file->actions().contains(m_gui.action(Actions::Id::ImportAnnotations)));
}

void TestArticleUpdateUi::reimportMovesHighlightsWithTheirText()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    const Segment lena = m_gui.store()->article(id)->value().segments.at(1);
    QCOMPARE(lena.speaker->name, u"Lena Okafor"_s);
    const qsizetype start = lena.paragraphs.constFirst().indexOf(Claim);
    const std::optional<qint64> highlight =
        m_gui.annotations()->addHighlight(id, 1, start, start + Claim.size(), HighlightColour::Green);
    QVERIFY(highlight);
    const int undoBefore = m_gui.annotations()->undoStack()->index();

    QString edited = Original;
    edited.replace(u"Ships wait longer than they should. "_s,
        u"Ships wait longer than they should, often for days. Fuel burns while they wait. "_s);
    const DialogAnswers answered = triggerAndAnswer(
        m_gui.action(Actions::Id::ReimportArticle), writeFile(u"harbour-edited.txt"_s, edited.toUtf8()));
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Information);
    QVERIFY2(answered.message.contains(u"1 moved with its text"_s), qPrintable(answered.message));

    // The reader shows the new text, and the highlight sits on the same words.
    QVERIFY(paneText(0).contains(u"Fuel burns while they wait."_s));
    const std::optional<Highlight> moved = *m_gui.store()->highlight(*highlight);
    QVERIFY(moved);
    QCOMPARE(moved->state, AnchorState::Moved);
    QCOMPARE(moved->anchor.quote.exact, Claim);
    QVERIFY(moved->anchor.position.start > start);
    QCOMPARE(m_gui.store()->article(id)->value().segments.at(1).paragraphs.constFirst().mid(
                 moved->anchor.position.start, Claim.size()),
        Claim);

    // One undo step brings the old text back, to the reader too.
    QCOMPARE(m_gui.annotations()->undoStack()->index(), undoBefore + 1);
    m_gui.annotations()->undoStack()->undo();
    QVERIFY(!paneText(0).contains(u"Fuel burns"_s));
    QCOMPARE(m_gui.store()->highlight(*highlight)->value().anchor.position.start, start);
}

void TestArticleUpdateUi::unreadableFileLeavesTheArticleAlone()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    const QString before = m_gui.store()->article(id)->value().normalizedText;
    const int undoBefore = m_gui.annotations()->undoStack()->count();

    const DialogAnswers answered = triggerAndAnswer(m_gui.action(Actions::Id::ReimportArticle),
        writeFile(u"binary.txt"_s,
            QByteArray("\x7f"
                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                16)));
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Warning);
    QVERIFY2(answered.message.contains(u"left as it was"_s), qPrintable(answered.message));
    QCOMPARE(m_gui.store()->article(id)->value().normalizedText, before);
    QCOMPARE(m_gui.annotations()->undoStack()->count(), undoBefore);
    QVERIFY(paneText(0).contains(u"Ships wait longer than they should. The berths"_s));
}

void TestArticleUpdateUi::webAnnotationsComeBackInOneUndoStep()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    Annotations *annotations = m_gui.annotations();
    const qsizetype start =
        m_gui.store()->article(id)->value().segments.at(1).paragraphs.constFirst().indexOf(Claim);
    const std::optional<qint64> claim =
        annotations->addHighlight(id, 1, start, start + Claim.size(), HighlightColour::Red);
    QVERIFY(claim);
    QVERIFY(annotations->setNote(*claim, u"Congestion, *every* day"_s));
    QVERIFY(annotations->tagHighlight(*claim, annotations->createTheme(u"Capacity"_s).value_or(0)));
    QVERIFY(annotations->addHighlight(id, 2, 0, 6, HighlightColour::Blue));

    TextExporter exporter(m_gui.store());
    const QString jsonld = m_files.filePath(u"harbour.jsonld"_s);
    QVERIFY2(
        exporter.exportArticle(id, jsonld, {TextExportFormat::JsonLd}), qPrintable(exporter.errorString()));

    // A colleague's library: the same article, none of the annotations.
    cleanup();
    init();
    const qint64 fresh = importOriginal();
    QVERIFY(fresh > 0);
    QVERIFY(m_gui.store()->highlights(fresh)->isEmpty());

    const DialogAnswers answered = triggerAndAnswer(m_gui.action(Actions::Id::ImportAnnotations), jsonld);
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Information);
    QVERIFY2(answered.message.startsWith(u"2 highlights added. 2 highlights found in place. 1 new theme."_s),
        qPrintable(answered.message));
    const QList<Highlight> imported = *m_gui.store()->highlights(fresh);
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.constFirst().anchor.quote.exact, Claim);
    QCOMPARE(imported.constFirst().colour, HighlightColour::Red);
    QCOMPARE(imported.constFirst().speaker, u"Lena Okafor"_s);

    // The whole import is one step to take back.
    m_gui.annotations()->undoStack()->undo();
    QVERIFY(m_gui.store()->highlights(fresh)->isEmpty());
}

QTEST_MAIN(TestArticleUpdateUi)
#include "tst_articleupdateui.moc"
