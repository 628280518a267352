// Remembering a correction from the review dialog, the next import through the
// window applying it, and Tools → Segmentation Rules listing and removing rules,
// driven by keys and clicks offscreen.

#include "library/importcontroller.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "review/segmentationreviewdialog.h"
#include "review/segmentationrules.h"
#include "review/segmentationrulesdialog.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testdata.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {
const QString Verdict = u"THE LEDGER VERDICT"_s;

QString ledger(const QString &name)
{
    return testDataPath(u"rules/ledger/"_s + name);
}
} // namespace

class TestSegmentationRulesUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mergeOffersRuleAndNextImportFollowsIt();
    void correctionWithoutLabelOffersNothing();
    void rulesDialogRemovesWithDeleteAndUndoes();

private:
    SegmentationReviewDialog *openReview();
    /// Imports `file` through the window (as File → Open does) and waits for it; the article's id.
    qint64 importThroughWindow(const QString &file);
    /// Selects the segment labelled `label` in the review's list (which gets the focus); its row.
    int selectLabelled(SegmentationReviewDialog *dialog, const QString &label);
    QStringList speakersOf(qint64 article) const;

    MainWindowFixture m_gui;
};

void TestSegmentationRulesUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestSegmentationRulesUi::init()
{
    QVERIFY(m_gui.newLibrary());
    QVERIFY(m_gui.openWindow());
}

void TestSegmentationRulesUi::cleanup()
{
    m_gui.reset();
}

SegmentationReviewDialog *TestSegmentationRulesUi::openReview()
{
    return m_gui.openDialog<SegmentationReviewDialog>(
        Qt::CTRL | Qt::SHIFT | Qt::Key_R, u"segmentationReviewDialog"_s);
}

qint64 TestSegmentationRulesUi::importThroughWindow(const QString &file)
{
    auto *importer = m_gui.child<ImportController>(u"importController"_s);
    QSignalSpy finished(importer, &ImportController::finished);
    m_gui.window()->importFiles({file});
    if (finished.isEmpty() && !finished.wait(20000))
        return 0;
    return finished.constFirst().constFirst().value<ImportSummary>().lastId;
}

int TestSegmentationRulesUi::selectLabelled(SegmentationReviewDialog *dialog, const QString &label)
{
    const Article article = m_gui.store()->article(dialog->articleId()).valueOr({}).value_or(Article {});
    QListWidget *list = dialog->segmentList();
    list->setFocus();
    for (qsizetype i = 0; i < article.segments.size(); ++i) {
        if (article.segments.at(i).label == label) {
            // Walk there with the arrow keys, as a reader would.
            while (list->currentRow() < i)
                QTest::keyClick(list, Qt::Key_Down);
            while (list->currentRow() > i)
                QTest::keyClick(list, Qt::Key_Up);
            return list->currentRow();
        }
    }
    return -1;
}

QStringList TestSegmentationRulesUi::speakersOf(qint64 article) const
{
    QStringList names;
    const QList<Speaker> speakers =
        m_gui.store()->article(article).valueOr({}).value_or(Article {}).speakers();
    for (const Speaker &speaker : speakers)
        names.append(speaker.name);
    return names;
}

void TestSegmentationRulesUi::mergeOffersRuleAndNextImportFollowsIt()
{
    const qint64 ferry = importThroughWindow(ledger(u"ferry-panel.txt"_s));
    QVERIFY(ferry > 0);
    QVERIFY(speakersOf(ferry).contains(Verdict));
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    QCOMPARE(dialog->articleId(), ferry);
    QVERIFY(!dialog->rememberButton()->isVisible());

    QVERIFY(selectLabelled(dialog, Verdict) > 0);
    QTest::keyClick(dialog->segmentList(), Qt::Key_Backspace, Qt::ControlModifier); // Merge with Previous
    QTRY_VERIFY(!speakersOf(ferry).contains(Verdict));
    // The offer is a bar in the dialog, not a question in a window of its own.
    QTRY_VERIFY(dialog->rememberButton()->isVisible());
    QVERIFY2(dialog->rememberText()->text().contains(u"\u201cTHE LEDGER VERDICT\u201d is not a speaker"_s),
        qPrintable(dialog->rememberText()->text()));
    QTest::mouseClick(dialog->rememberButton(), Qt::LeftButton);
    const QList<SegmentationRule> rules = m_gui.library().rules()->rules().valueOr({});
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.constFirst().label, Verdict);
    QVERIFY(!dialog->rememberButton()->isVisible());
    QVERIFY(dialog->rememberText()->text().contains(u"rule #%1"_s.arg(rules.constFirst().id)));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());

    // The next article from the same folder comes in corrected, and the review says which rule decided.
    const qint64 bridge = importThroughWindow(ledger(u"bridge-panel.txt"_s));
    QVERIFY(bridge > 0);
    QVERIFY(!speakersOf(bridge).contains(Verdict));
    // Offscreen, the closed dialog stays the active window, so the menu action opens it again.
    m_gui.action(Actions::Id::ReviewSegmentation)->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->articleId(), bridge);
    const auto *evidence = dialog->findChild<QLabel *>(u"schemeEvidence"_s);
    QVERIFY2(
        evidence->text().contains(u"rule #%1: \u201cTHE LEDGER VERDICT\u201d"_s.arg(rules.constFirst().id)),
        qPrintable(evidence->text()));
}

void TestSegmentationRulesUi::correctionWithoutLabelOffersNothing()
{
    const qint64 ferry = importThroughWindow(ledger(u"ferry-panel.txt"_s));
    QVERIFY(ferry > 0);
    SegmentationReviewDialog *dialog = openReview();
    QVERIFY(dialog);
    // The opening narration has no printed label: marking it as the editor's note teaches nothing.
    dialog->segmentList()->setFocus();
    while (dialog->segmentList()->currentRow() > 0)
        QTest::keyClick(dialog->segmentList(), Qt::Key_Up);
    QTest::keyClick(dialog->segmentList(), Qt::Key_3, Qt::AltModifier); // Mark as Editor's note
    QTRY_COMPARE(m_gui.store()->article(ferry)->value().segments.constFirst().kind, SegmentKind::EditorNote);
    QVERIFY(!dialog->rememberButton()->isVisible());
    QVERIFY(m_gui.library().rules()->rules().valueOr({}).isEmpty());
}

void TestSegmentationRulesUi::rulesDialogRemovesWithDeleteAndUndoes()
{
    const qint64 ferry = importThroughWindow(ledger(u"ferry-panel.txt"_s));
    const Article article = m_gui.store()->article(ferry).valueOr({}).value_or(Article {});
    qsizetype verdict = -1;
    for (qsizetype i = 0; i < article.segments.size(); ++i) {
        if (article.segments.at(i).label == Verdict)
            verdict = i;
    }
    const auto rule = SegmentationRules::proposal(article, verdict, SegmentationRule::Action::NotASpeaker);
    QVERIFY(rule);
    const qint64 id = m_gui.library().rules()->remember(*rule);
    QVERIFY(id > 0);

    auto *dialog = m_gui.openDialog<SegmentationRulesDialog>(
        Qt::CTRL | Qt::SHIFT | Qt::Key_U, u"segmentationRulesDialog"_s);
    QVERIFY(dialog);
    QTreeWidget *list = dialog->ruleList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"#%1"_s.arg(id));
    QCOMPARE(list->topLevelItem(0)->text(1), u"\u201cTHE LEDGER VERDICT\u201d is not a speaker"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), article.scheme.name);
    QCOMPARE(list->topLevelItem(0)->text(3), QFileInfo(ledger(u"ferry-panel.txt"_s)).absolutePath());
    QVERIFY(list->hasFocus());
    QVERIFY(dialog->removeButton()->isEnabled());

    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
    QVERIFY(m_gui.library().rules()->rules().valueOr({}).isEmpty());
    QVERIFY(!dialog->removeButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"rulesSummary"_s)->text().contains(u"No rules yet"_s));

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), id);

    // The Remove button does the same.
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(list->topLevelItemCount(), 0);
}

QTEST_MAIN(TestSegmentationRulesUi)
#include "tst_segmentationrulesui.moc"
