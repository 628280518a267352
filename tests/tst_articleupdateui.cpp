// File → Re-import Edited Version… and File → Import Web Annotations… end to
// end: the menu entries, the open dialog, the report, the reader and undo.

#include "actions.h"
#include "annotate/annotations.h"
#include "export/textexporter.h"
#include "import/articlereader.h"
#include "mainwindow.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;

namespace {

const QString Original =
    u"Harbour Voices\n\n"
    "Photo: The quay at dawn / Colloquy test fixture\n\n"
    "Lena Okafor, a harbour pilot in Lagos\n\n"
    "Ships wait longer than they should. The berths are full by noon and the tugs are few.\n\n"
    "Piet de Wit, a crane operator at the container terminal\n\n"
    "Cranes are older than the people who drive them. Nobody budgets for their repair.\n"_s;
const QString Claim = u"The berths are full by noon"_s;

/// What a modal dialog said before the test answered it.
struct Answered
{
    bool fileDialog = false;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString message;
};

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
    /// Triggers `action`, types `path` into the open dialog, then reads and
    /// closes (with a click on OK) the message box that reports the result.
    Answered triggerAndOpen(QAction *action, const QString &path);
    QString writeFile(const QString &name, const QByteArray &bytes);
    qint64 importOriginal();
    QString paneText(int pane) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LibrarySession> m_session;
    LibraryStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestArticleUpdateUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ColloquyTest"_s);
    QCoreApplication::setApplicationName(u"tst_articleupdateui"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void TestArticleUpdateUi::init()
{
    QFile::remove(m_dir.filePath(u"library.sqlite"_s));
    m_session = std::make_unique<LibrarySession>();
    m_store = m_session->store();
    QVERIFY(m_store->open(m_dir.filePath(u"library.sqlite"_s)));
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestArticleUpdateUi::cleanup()
{
    m_window.reset();
    m_session.reset();
}

Answered TestArticleUpdateUi::triggerAndOpen(QAction *action, const QString &path)
{
    Answered answered;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, &answer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && !answered.fileDialog) {
            // Typed into the name field, as a user would (Qt's own dialog: offscreen has no native one).
            if (auto *field = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)) {
                answered.fileDialog = true;
                field->setText(path);
                QTest::keyClick(field, Qt::Key_Return);
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answer.stop();
            answered.icon = box->icon();
            answered.message = box->text() + u'\n' + box->informativeText();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        }
    });
    answer.start();
    action->trigger();
    return answered;
}

QString TestArticleUpdateUi::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

qint64 TestArticleUpdateUi::importOriginal()
{
    const ReadResult read = ArticleReader::readFile(writeFile(u"harbour.txt"_s, Original.toUtf8()));
    if (!read.article)
        return 0;
    const qint64 id = m_store->addArticle(*read.article).id;
    m_window->showArticle(id);
    return id;
}

QString TestArticleUpdateUi::paneText(int pane) const
{
    const QList<SpeakerPane *> panes = m_window->articleView()->panes();
    return pane < panes.size() ? panes.at(pane)->speechView()->toPlainText() : QString();
}

void TestArticleUpdateUi::entriesSitInTheFileMenu()
{
    QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(m_window->actions()->action(Actions::Id::ReimportArticle)));
    QVERIFY(file->actions().contains(m_window->actions()->action(Actions::Id::ImportAnnotations)));
}

void TestArticleUpdateUi::reimportMovesHighlightsWithTheirText()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    const Segment lena = m_store->article(id)->value().segments.at(1);
    QCOMPARE(lena.speaker->name, u"Lena Okafor"_s);
    const qsizetype start = lena.paragraphs.constFirst().indexOf(Claim);
    const std::optional<qint64> highlight =
        m_window->annotations()->addHighlight(id, 1, start, start + Claim.size(), HighlightColour::Green);
    QVERIFY(highlight);
    const int undoBefore = m_window->annotations()->undoStack()->index();

    QString edited = Original;
    edited.replace(u"Ships wait longer than they should. "_s,
        u"Ships wait longer than they should, often for days. Fuel burns while they wait. "_s);
    const Answered answered = triggerAndOpen(m_window->actions()->action(Actions::Id::ReimportArticle),
        writeFile(u"harbour-edited.txt"_s, edited.toUtf8()));
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Information);
    QVERIFY2(answered.message.contains(u"1 moved with its text"_s), qPrintable(answered.message));

    // The reader shows the new text, and the highlight sits on the same words.
    QVERIFY(paneText(0).contains(u"Fuel burns while they wait."_s));
    const std::optional<Highlight> moved = *m_store->highlight(*highlight);
    QVERIFY(moved);
    QCOMPARE(moved->state, AnchorState::Moved);
    QCOMPARE(moved->anchor.quote.exact, Claim);
    QVERIFY(moved->anchor.position.start > start);
    QCOMPARE(m_store->article(id)->value().segments.at(1).paragraphs.constFirst().mid(
                 moved->anchor.position.start, Claim.size()),
        Claim);

    // One undo step brings the old text back, to the reader too.
    QCOMPARE(m_window->annotations()->undoStack()->index(), undoBefore + 1);
    m_window->annotations()->undoStack()->undo();
    QVERIFY(!paneText(0).contains(u"Fuel burns"_s));
    QCOMPARE(m_store->highlight(*highlight)->value().anchor.position.start, start);
}

void TestArticleUpdateUi::unreadableFileLeavesTheArticleAlone()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    const QString before = m_store->article(id)->value().normalizedText;
    const int undoBefore = m_window->annotations()->undoStack()->count();

    const Answered answered = triggerAndOpen(m_window->actions()->action(Actions::Id::ReimportArticle),
        writeFile(u"binary.txt"_s,
            QByteArray("\x7f"
                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                16)));
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Warning);
    QVERIFY2(answered.message.contains(u"left as it was"_s), qPrintable(answered.message));
    QCOMPARE(m_store->article(id)->value().normalizedText, before);
    QCOMPARE(m_window->annotations()->undoStack()->count(), undoBefore);
    QVERIFY(paneText(0).contains(u"Ships wait longer than they should. The berths"_s));
}

void TestArticleUpdateUi::webAnnotationsComeBackInOneUndoStep()
{
    const qint64 id = importOriginal();
    QVERIFY(id > 0);
    Annotations *annotations = m_window->annotations();
    const qsizetype start =
        m_store->article(id)->value().segments.at(1).paragraphs.constFirst().indexOf(Claim);
    const std::optional<qint64> claim =
        annotations->addHighlight(id, 1, start, start + Claim.size(), HighlightColour::Red);
    QVERIFY(claim);
    QVERIFY(annotations->setNote(*claim, u"Congestion, *every* day"_s));
    QVERIFY(annotations->tagHighlight(*claim, annotations->createTheme(u"Capacity"_s).value_or(0)));
    QVERIFY(annotations->addHighlight(id, 2, 0, 6, HighlightColour::Blue));

    TextExporter exporter(m_store);
    const QString jsonld = m_dir.filePath(u"harbour.jsonld"_s);
    QVERIFY2(
        exporter.exportArticle(id, jsonld, {TextExportFormat::JsonLd}), qPrintable(exporter.errorString()));

    // A colleague's library: the same article, none of the annotations.
    cleanup();
    init();
    const qint64 fresh = importOriginal();
    QVERIFY(fresh > 0);
    QVERIFY(m_store->highlights(fresh)->isEmpty());

    const Answered answered =
        triggerAndOpen(m_window->actions()->action(Actions::Id::ImportAnnotations), jsonld);
    QVERIFY(answered.fileDialog);
    QCOMPARE(answered.icon, QMessageBox::Information);
    QVERIFY2(answered.message.startsWith(u"2 highlights added. 2 highlights found in place. 1 new theme."_s),
        qPrintable(answered.message));
    const QList<Highlight> imported = *m_store->highlights(fresh);
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.constFirst().anchor.quote.exact, Claim);
    QCOMPARE(imported.constFirst().colour, HighlightColour::Red);
    QCOMPARE(imported.constFirst().speaker, u"Lena Okafor"_s);

    // The whole import is one step to take back.
    m_window->annotations()->undoStack()->undo();
    QVERIFY(m_store->highlights(fresh)->isEmpty());
}

QTEST_MAIN(TestArticleUpdateUi)
#include "tst_articleupdateui.moc"
