// The Inter-coder Agreement dialog on the worked example of tst_agreement
// (CodedLibrary::addExample: sentences give kappa 0.500 per theme, 0.467 overall,
// and two disagreeing sentences), driven by keys and clicks as a user would.

#include "codedlibrary.h"
#include "mainwindowfixture.h"
#include "temporarylibrary.h"

#include "agreement/agreementdialog.h"
#include "mainwindow.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

class TestAgreementUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.isolateSettings()); }

    void init()
    {
        QVERIFY(m_fixture.newLibrary());
        m_example = CodedLibrary::addExample(m_fixture.library());
        QVERIFY(m_example.protest);
        QVERIFY(m_fixture.openWindow());
        m_fixture.window()->showArticle(m_example.article);
        m_dialog =
            m_fixture.openDialog<AgreementDialog>(Qt::CTRL | Qt::SHIFT | Qt::Key_K, u"agreementDialog"_s);
        QVERIFY(m_dialog);
    }

    void cleanup() { m_fixture.reset(); }

    void testShowsTheTablePerThemeForTheCurrentArticle()
    {
        QCOMPARE(m_dialog->coderList()->count(), 2);
        QCOMPARE(m_dialog->articleScope()->currentIndex(), 0);
        QTreeWidget *table = m_dialog->scoreTable();
        QCOMPARE(table->topLevelItemCount(), 3);
        QCOMPARE(table->headerItem()->text(3), u"Cohen's kappa"_s);
        QCOMPARE(table->topLevelItem(0)->text(0), u"Housing"_s);
        QCOMPARE(table->topLevelItem(0)->text(2), u"75.0%"_s);
        QCOMPARE(table->topLevelItem(0)->text(3), u"0.500"_s);
        QCOMPARE(table->topLevelItem(2)->text(0), u"Overall"_s);
        QCOMPARE(table->topLevelItem(2)->text(3), u"0.467"_s);
        // Side by side: ada's themes | bo's themes.
        QTreeWidget *passages = m_dialog->passageList();
        QCOMPARE(passages->topLevelItemCount(), 2);
        QCOMPARE(passages->headerItem()->text(2), u"ada's themes"_s);
        QCOMPARE(passages->topLevelItem(0)->text(1), u"The council ignores us."_s);
        QCOMPARE(passages->topLevelItem(0)->text(2), u"—"_s);
        QCOMPARE(passages->topLevelItem(0)->text(3), u"Housing"_s);
    }

    void testUnticklingACoderExplainsInsteadOfComputing()
    {
        QListWidget *coders = m_dialog->coderList();
        coders->setCurrentRow(1);
        coders->setFocus();
        QTest::keyClick(coders, Qt::Key_Space);
        QCOMPARE(coders->item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(m_dialog->scoreTable()->topLevelItemCount(), 0);
        QVERIFY(m_dialog->statusLabel()->text().contains(u"at least two coders"_s));
        QTest::keyClick(coders, Qt::Key_Space);
        QCOMPARE(m_dialog->scoreTable()->topLevelItemCount(), 3);
    }

    // Paragraph units: one paragraph on which both used both themes: 100%, no variation, nothing to list.
    // Overlap at 80%: the Housing passage "Rent is too high. The council" (29 characters) is covered
    // 16/29 by ada, under 0.8, so it is bo's alone: one disagreement.
    void testChangingTheUnitRecomputes()
    {
        QComboBox *unit = m_dialog->unitCombo();
        QVERIFY(!m_dialog->minOverlapSpin()->isEnabled());
        unit->setFocus();
        QTest::keyClick(unit, Qt::Key_Down);
        QCOMPARE(unit->currentText(), u"Paragraphs"_s);
        QCOMPARE(m_dialog->scoreTable()->topLevelItem(2)->text(2), u"100.0%"_s);
        QCOMPARE(m_dialog->scoreTable()->topLevelItem(2)->text(3), u"n/a (no variation)"_s);
        QCOMPARE(m_dialog->passageList()->topLevelItemCount(), 0);

        QTest::keyClick(unit, Qt::Key_Down);
        QVERIFY(m_dialog->minOverlapSpin()->isEnabled());
        m_dialog->minOverlapSpin()->setValue(80);
        QCOMPARE(m_dialog->passageList()->topLevelItemCount(), 1);
        QCOMPARE(m_dialog->passageList()->topLevelItem(0)->text(1), u"Rent is too high. The council"_s);
        QCOMPARE(m_dialog->passageList()->topLevelItem(0)->text(3), u"Housing"_s);
    }

    void testEnterOnAPassageOpensTheArticleAtIt()
    {
        // All articles, and none shown: the passage must open its article.
        m_dialog->articleScope()->setFocus();
        QTest::keyClick(m_dialog->articleScope(), Qt::Key_Down);
        m_fixture.window()->showArticle(0);
        QCOMPARE(m_fixture.child<ArticleView>(u"articleView"_s)->hasArticle(), false);
        QTreeWidget *passages = m_dialog->passageList();
        passages->setFocus();
        passages->setCurrentItem(passages->topLevelItem(1));
        QTest::keyClick(passages, Qt::Key_Return);
        auto *view = m_fixture.child<ArticleView>(u"articleView"_s);
        QTRY_VERIFY(view->hasArticle());
        SpeechView *speech = view->panes().first()->speechView();
        QCOMPARE(speech->textCursor().selectedText(), u"Bring water."_s);
    }

    // A highlight added while the dialog is open counts at once.
    void testFollowsNewHighlights()
    {
        CodedLibrary::code(
            *m_fixture.store(), m_example.article, u"ada"_s, 0, u"The council"_s, {m_example.housing});
        QTRY_COMPARE(m_dialog->passageList()->topLevelItemCount(), 1);
        QCOMPARE(m_dialog->scoreTable()->topLevelItem(0)->text(2), u"100.0%"_s);
    }

private:
    MainWindowFixture m_fixture;
    CodedLibrary::Example m_example;
    AgreementDialog *m_dialog = nullptr;
};

QTEST_MAIN(TestAgreementUi)
#include "tst_agreementui.moc"
