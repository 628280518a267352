#include "annotate/annotations.h"
#include "dialoganswers.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "review/segmentationreview.h"
#include "review/segmentationreviewdialog.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

/// View → Review Segmentation driven by keys, as a user would, offscreen.
class TestSegmentationReviewUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithSegmentsAndDetection();
    void splitAtCursorShowsInPanesAndUndoes();
    void markAsCaptionRemovesThePane();
    void assignPickerMovesTurnToAnotherSpeaker();
    void renameWithF2RenamesEveryPane();
    void readingPanelShowsSchemeEvidenceAndCast();
    void mergeCastMemberFromMenuIsOneUndo();
    void renameCastMemberReachesEveryTurn();

private:
    QStringList paneNames() const;
    SegmentationReviewDialog *openReview();
    /// Imports the Q&A interview (Q, A and one stray `INES:` label), shows it and opens the review.
    SegmentationReviewDialog *openInterviewReview();
    /// The names in the dialog's cast list, in order.
    static QStringList castNames(const SegmentationReviewDialog *dialog);
    /// The article's speakers as the library list shows them.
    QStringList librarySpeakers() const;
    /// Petra's first turn, the second segment, current in the dialog's list (which has the focus).
    QListWidget *selectPetra(SegmentationReviewDialog *dialog);

    MainWindowFixture m_gui;
    qint64 m_article = 0;
};

void TestSegmentationReviewUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestSegmentationReviewUi::init()
{
    QVERIFY(m_gui.newLibrary());
    m_article = m_gui.library().importFile(testDataPath(u"reimport/base.txt"_s));
    QVERIFY(m_article > 0);
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(m_article);
    QCOMPARE(
        paneNames(), (QStringList {u"Petra Lindqvist-Moreau"_s, u"Tomasz Achebe-Holt"_s, u"Mirela Oduya"_s}));
}

void TestSegmentationReviewUi::cleanup()
{
    m_gui.reset();
}

QStringList TestSegmentationReviewUi::paneNames() const
{
    QStringList names;
    for (const SpeakerPane *pane : m_gui.child<ArticleView>(u"articleView"_s)->panes())
        names.append(pane->name());
    return names;
}

SegmentationReviewDialog *TestSegmentationReviewUi::openReview()
{
    return m_gui.openDialog<SegmentationReviewDialog>(
        Qt::CTRL | Qt::SHIFT | Qt::Key_R, u"segmentationReviewDialog"_s);
}

SegmentationReviewDialog *TestSegmentationReviewUi::openInterviewReview()
{
    m_article = m_gui.library().importFile(testDataPath(u"review/qa-interview.txt"_s));
    if (m_article <= 0)
        return nullptr;
    m_gui.window()->showArticle(m_article);
    return openReview();
}

QStringList TestSegmentationReviewUi::castNames(const SegmentationReviewDialog *dialog)
{
    QStringList names;
    const QListWidget *cast = dialog->castList();
    for (int i = 0; i < cast->count(); ++i)
        names.append(cast->item(i)->data(Qt::UserRole).toString());
    return names;
}

QStringList TestSegmentationReviewUi::librarySpeakers() const
{
    const QModelIndex row = m_gui.child<LibraryPanel>(u"libraryPanel"_s)->model()->indexOfArticle(m_article);
    return row.data(LibraryModel::SpeakerNamesRole).toStringList();
}

QListWidget *TestSegmentationReviewUi::selectPetra(SegmentationReviewDialog *dialog)
{
    QListWidget *list = dialog->segmentList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down);
    return list;
}

void TestSegmentationReviewUi::opensWithSegmentsAndDetection()
{
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QCOMPARE(dialog->articleId(), m_article);
    QListWidget *list = dialog->segmentList();
    QCOMPARE(list->count(), 4);
    const Article article = m_gui.store()->article(m_article)->value();
    for (int i = 0; i < list->count(); ++i) {
        const Segment &segment = article.segments.at(i);
        const QString row = list->item(i)->text();
        QVERIFY2(row.contains(segment.detection.rule), qPrintable(row));
        QCOMPARE(row.startsWith(u"⚠"_s), segment.detection.confidence < SegmentationReview::lowConfidence);
        if (segment.speaker)
            QVERIFY(row.contains(segment.speaker->name));
    }
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dialog->textView()->toPlainText(), article.segments.at(1).text());
}

void TestSegmentationReviewUi::splitAtCursorShowsInPanesAndUndoes()
{
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QListWidget *list = selectPetra(dialog);
    QPlainTextEdit *text = dialog->textView();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
    // "An orchard is a slow machine. " is 30 characters: the caret before "Trees".
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(text, Qt::Key_Right);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(list->count(), 5);
    QCOMPARE(list->currentRow(), 2);
    QVERIFY(text->toPlainText().startsWith(u"Trees planted today"_s));
    QVERIFY(list->item(2)->text().contains(u"set by hand"_s));
    // The speaker panes show the new segmentation at once: Petra's pane has both turns.
    const SpeakerPane *petra = m_gui.child<ArticleView>(u"articleView"_s)->panes().constFirst();
    QCOMPARE(petra->name(), u"Petra Lindqvist-Moreau"_s);
    QVERIFY(petra->hasSegment(1));
    QVERIFY(petra->hasSegment(2));

    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->count(), 4);
    QCOMPARE(m_gui.store()->article(m_article)->value().segments.size(), 4);
    QVERIFY(!m_gui.child<ArticleView>(u"articleView"_s)->panes().constFirst()->hasSegment(2));
}

void TestSegmentationReviewUi::markAsCaptionRemovesThePane()
{
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QListWidget *list = dialog->segmentList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End); // Mirela
    QTest::keyClick(list, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_gui.store()->article(m_article)->value().segments.at(3).kind, SegmentKind::Caption);
    QCOMPARE(paneNames(), (QStringList {u"Petra Lindqvist-Moreau"_s, u"Tomasz Achebe-Holt"_s}));
    QVERIFY(list->item(3)->text().contains(u"Caption"_s));

    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(paneNames().size(), 3);
    QVERIFY(m_gui.annotations()->undoStack()->canRedo());
}

void TestSegmentationReviewUi::assignPickerMovesTurnToAnotherSpeaker()
{
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QListWidget *list = dialog->segmentList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End); // Mirela
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QMenu *picker = dialog->assignMenu();
    QTRY_VERIFY(picker->isVisible());
    QStringList entries;
    for (const QAction *action : picker->actions())
        entries.append(action->text());
    QVERIFY(entries.contains(u"New Speaker…"_s));
    // Down to the second speaker, Tomasz, and Enter.
    QTest::keyClick(picker, Qt::Key_Down);
    QTest::keyClick(picker, Qt::Key_Down);
    QTest::keyClick(picker, Qt::Key_Return);
    QTRY_COMPARE(
        m_gui.store()->article(m_article)->value().segments.at(3).speaker->name, u"Tomasz Achebe-Holt"_s);
    QCOMPARE(paneNames(), (QStringList {u"Petra Lindqvist-Moreau"_s, u"Tomasz Achebe-Holt"_s}));
    // The library list's speakers follow too.
    const QModelIndex row = m_gui.child<LibraryPanel>(u"libraryPanel"_s)->model()->indexOfArticle(m_article);
    QCOMPARE(row.data(LibraryModel::SpeakerNamesRole).toStringList(),
        (QStringList {u"Petra Lindqvist-Moreau"_s, u"Tomasz Achebe-Holt"_s}));
}

void TestSegmentationReviewUi::renameWithF2RenamesEveryPane()
{
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QListWidget *list = selectPetra(dialog);
    const TextInputAnswer input =
        answerTextInput([list] { QTest::keyClick(list, Qt::Key_F2); }, u"Petra Lindqvist"_s);
    QVERIFY(input.answered);
    QCOMPARE(input.offered, u"Petra Lindqvist-Moreau"_s);
    QCOMPARE(paneNames().constFirst(), u"Petra Lindqvist"_s);
    QVERIFY(list->item(1)->text().contains(u"Petra Lindqvist\n"_s));
    dialog->activateWindow(); // back from the modal name dialog
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(paneNames().constFirst(), u"Petra Lindqvist-Moreau"_s);
}

void TestSegmentationReviewUi::readingPanelShowsSchemeEvidenceAndCast()
{
    SegmentationReviewDialog *dialog = openInterviewReview();
    QVERIFY(dialog);
    const Article article = m_gui.store()->article(m_article)->value();
    QVERIFY(!article.scheme.name.isEmpty());
    const QString scheme = m_gui.child<QLabel>(u"schemeLabel"_s)->text();
    QVERIFY2(scheme.contains(u"%1% sure"_s.arg(qRound(article.scheme.confidence * 100))), qPrintable(scheme));
    const QString evidence = m_gui.child<QLabel>(u"schemeEvidence"_s)->text();
    QVERIFY(!article.scheme.evidence.isEmpty());
    for (const QString &line : article.scheme.evidence)
        QVERIFY2(evidence.contains(line), qPrintable(evidence));
    // Q and A resolved to the people the introduction names; the stray INES label to nobody.
    QCOMPARE(castNames(dialog), (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s, u"INES"_s}));
    QVERIFY(dialog->castList()->item(0)->text().contains(u"printed as Q"_s));
    QVERIFY(dialog->castList()->item(1)->text().contains(u"4 turns"_s));
}

void TestSegmentationReviewUi::mergeCastMemberFromMenuIsOneUndo()
{
    SegmentationReviewDialog *dialog = openInterviewReview();
    QVERIFY(dialog);
    QListWidget *cast = dialog->castList();
    cast->setFocus();
    QTest::keyClick(cast, Qt::Key_End);
    QCOMPARE(cast->currentItem()->data(Qt::UserRole).toString(), u"INES"_s);
    QTest::mouseClick(m_gui.child<QPushButton>(u"castMergeButton"_s), Qt::LeftButton);
    QMenu *menu = dialog->castMergeMenu();
    QTRY_VERIFY(menu->isVisible());
    QStringList entries;
    for (const QAction *action : menu->actions())
        entries.append(action->text());
    QCOMPARE(entries, (QStringList {u"Merge INES into Corwin Ashby"_s, u"Merge INES into Ines Halloran"_s}));
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);

    QTRY_COMPARE(castNames(dialog), (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s}));
    QVERIFY(cast->item(1)->text().contains(u"printed as A, INES"_s));
    QCOMPARE(librarySpeakers(), (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s}));
    const Article merged = m_gui.store()->article(m_article)->value();
    QCOMPARE(merged.scheme.cast, (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s}));

    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(castNames(dialog), (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s, u"INES"_s}));
    QCOMPARE(librarySpeakers(), (QStringList {u"Corwin Ashby"_s, u"Ines Halloran"_s, u"INES"_s}));
}

void TestSegmentationReviewUi::renameCastMemberReachesEveryTurn()
{
    SegmentationReviewDialog *dialog = openInterviewReview();
    QVERIFY(dialog);
    QListWidget *cast = dialog->castList();
    cast->setFocus();
    QTest::keyClick(cast, Qt::Key_Home);
    const TextInputAnswer input = answerTextInput(
        [this] { QTest::mouseClick(m_gui.child<QPushButton>(u"castRenameButton"_s), Qt::LeftButton); },
        u"Corwin J. Ashby"_s);
    QVERIFY(input.answered);
    QCOMPARE(input.offered, u"Corwin Ashby"_s);
    QCOMPARE(castNames(dialog).constFirst(), u"Corwin J. Ashby"_s);
    int questions = 0;
    const Article renamed = m_gui.store()->article(m_article)->value();
    for (const Segment &segment : renamed.segments) {
        if (segment.label == u"Q"_s) {
            QCOMPARE(segment.speaker->name, u"Corwin J. Ashby"_s);
            ++questions;
        }
    }
    QCOMPARE(questions, 4);
    QCOMPARE(librarySpeakers(), (QStringList {u"Corwin J. Ashby"_s, u"Ines Halloran"_s, u"INES"_s}));
}

QTEST_MAIN(TestSegmentationReviewUi)
#include "tst_segmentationreviewui.moc"
