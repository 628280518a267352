#include "dialoganswers.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "model/personprofile.h"
#include "speakers/attributepanel.h"
#include "speakers/speakersdialog.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

/// View → Speakers Across Articles driven by keys, as a user would, offscreen.
class TestSpeakersUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsOneProfilePerPersonWithArticleCounts();
    void filterNarrowsTheListByAnyPrintedName();
    void appearancesShowEachArticlesNameAndBio();
    void splitOffMakesTwoProfilesAndUndoJoinsThem();
    void mergeIntoJoinsTwoPeopleAndUndoSeparatesThem();
    void mergeSeveralSelectedProfilesIsOneUndoStep();
    void renameWithF2ShowsTheNewNameEverywhere();
    void renameToNothingSaysWhyInTheStatusLine();
    void enterOnAnAppearanceOpensItsArticle();
    void anAttributeTypedInPlaceIsStoredAndUndone();
    void aValueOfTheWrongKindIsRefusedWithItsReason();
    void bioSuggestionsAreAcceptedAsOneStep();

private:
    SpeakersDialog *openSpeakers();
    /// What the profile list shows: "name|articles" per visible row.
    QStringList rows() const;
    QStringList appearanceRows() const;
    void selectProfile(const QString &name);
    QString profileNameWith(const QString &variant) const;

    SpeakersDialog *speakersDialog() const { return m_gui.child<SpeakersDialog>(u"speakersDialog"_s); }

    MainWindowFixture m_gui;
    qint64 m_delta = 0;
    qint64 m_flood = 0;
};

void TestSpeakersUi::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestSpeakersUi::init()
{
    QVERIFY(m_gui.newLibrary());
    using namespace TestArticles;
    m_delta = m_gui.library().addArticle(article(u"Rivers of the Delta"_s,
        {speech(u"Dr Amaka Eze"_s, u"hydrologist at the University of Port Harcourt"_s,
             {u"The creeks carry more silt every year."_s}),
            speech(u"Tobias Lindgren"_s, u"editor of Nordic Water Review"_s,
                {u"How do the fishers see it?"_s})}));
    m_flood = m_gui.library().addArticle(article(u"Flood Season"_s,
        {speech(u"Amaka Eze"_s, u"director of the Delta Water Institute"_s,
             {u"We map the floodplain with the farmers now."_s}),
            speech(u"Maren Holt"_s, u"a rice farmer"_s, {u"The water came in August."_s})}));
    QVERIFY(m_delta > 0 && m_flood > 0);
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(m_delta);
}

void TestSpeakersUi::cleanup()
{
    m_gui.reset();
}

SpeakersDialog *TestSpeakersUi::openSpeakers()
{
    return m_gui.openDialog<SpeakersDialog>(Qt::CTRL | Qt::SHIFT | Qt::Key_P, u"speakersDialog"_s);
}

QStringList TestSpeakersUi::rows() const
{
    QStringList out;
    const QTreeWidget *list = speakersDialog()->profileList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (!item->isHidden())
            out.append(item->text(0) + u'|' + item->text(1));
    }
    return out;
}

QStringList TestSpeakersUi::appearanceRows() const
{
    QStringList out;
    const QTreeWidget *list = speakersDialog()->appearanceList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        out.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2));
    }
    return out;
}

void TestSpeakersUi::selectProfile(const QString &name)
{
    QTreeWidget *list = speakersDialog()->profileList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->topLevelItemCount() && list->currentItem()->text(0) != name; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem()->text(0), name);
}

QString TestSpeakersUi::profileNameWith(const QString &variant) const
{
    for (const PersonProfile &p : *m_gui.store()->people()) {
        if (p.variants().contains(variant))
            return p.displayName;
    }
    return {};
}

void TestSpeakersUi::listsOneProfilePerPersonWithArticleCounts()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    QVERIFY(dialog->profileList()->hasFocus());
    const QString amaka = profileNameWith(u"Amaka Eze"_s);
    QCOMPARE(profileNameWith(u"Dr Amaka Eze"_s), amaka);
    QVERIFY2(amaka.contains(u"Amaka Eze"_s), qPrintable(amaka));
    QStringList expected {amaka + u"|2"_s, u"Maren Holt|1"_s, u"Tobias Lindgren|1"_s};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(rows(), expected);
}

void TestSpeakersUi::filterNarrowsTheListByAnyPrintedName()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    dialog->filterEdit()->setFocus();
    QTest::keyClicks(dialog->filterEdit(), u"EZE"_s);
    QCOMPARE(rows(), QStringList {profileNameWith(u"Amaka Eze"_s) + u"|2"_s});
    QCOMPARE(dialog->appearanceList()->topLevelItemCount(), 2);
    dialog->filterEdit()->clear();
    QCOMPARE(rows().size(), 3);
}

void TestSpeakersUi::appearancesShowEachArticlesNameAndBio()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(profileNameWith(u"Amaka Eze"_s));
    QCOMPARE(appearanceRows(),
        (QStringList {u"Rivers of the Delta|Dr Amaka Eze|hydrologist at the University of Port Harcourt"_s,
            u"Flood Season|Amaka Eze|director of the Delta Water Institute"_s}));
    QVERIFY(dialog->findChild<QLabel *>(u"speakersHeading"_s)->text().contains(u"2 articles"_s));
    QVERIFY(!dialog->appearanceList()->topLevelItem(0)->text(3).isEmpty());
}

void TestSpeakersUi::splitOffMakesTwoProfilesAndUndoJoinsThem()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    const QString amaka = profileNameWith(u"Amaka Eze"_s);
    selectProfile(amaka);
    const qint64 profile = dialog->currentProfileId();
    QTreeWidget *appearances = dialog->appearanceList();
    appearances->setFocus();
    QTest::keyClick(appearances, Qt::Key_End);
    QCOMPARE(appearances->currentItem()->text(1), u"Amaka Eze"_s);
    QTest::keyClick(appearances, Qt::Key_D, Qt::ControlModifier);

    QCOMPARE(m_gui.store()->people()->size(), 4);
    QCOMPARE(rows().size(), 4);
    QVERIFY(dialog->currentProfileId() != profile);
    QCOMPARE(
        appearanceRows(), QStringList {u"Flood Season|Amaka Eze|director of the Delta Water Institute"_s});
    QVERIFY2(
        dialog->statusLabel()->text().contains(u"Flood Season"_s), qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(m_gui.store()->person(profile)->value().appearances.size(), 1);

    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_gui.store()->people()->size(), 3);
    QCOMPARE(rows().size(), 3);
    // The selection follows the appearance back into its profile.
    QCOMPARE(dialog->currentProfileId(), profile);
    QCOMPARE(appearanceRows().size(), 2);
    QCOMPARE(m_gui.store()->person(profile)->value().appearances.size(), 2);
}

void TestSpeakersUi::mergeIntoJoinsTwoPeopleAndUndoSeparatesThem()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Maren Holt"_s);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *chooser = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!chooser || chooser->objectName() != u"mergeChooser"_s)
            return;
        auto *filter = chooser->findChild<QLineEdit *>(u"mergeChooserFilter"_s);
        auto *list = chooser->findChild<QListWidget *>(u"mergeChooserList"_s);
        QCOMPARE(list->count(), 2); // everyone but Maren Holt
        QTest::keyClicks(filter, u"lindg"_s);
        QCOMPARE(list->currentItem()->text(), u"Tobias Lindgren"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(dialog->profileList(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(answered);
    // The chooser has closed: the dialog is active again, so Ctrl+Z reaches it.
    QVERIFY(QTest::qWaitForWindowActive(dialog));

    QCOMPARE(m_gui.store()->people()->size(), 2);
    QVERIFY(rows().contains(u"Tobias Lindgren|2"_s));
    QCOMPARE(dialog->profileList()->currentItem()->text(0), u"Tobias Lindgren"_s);
    QCOMPARE(appearanceRows(),
        (QStringList {u"Rivers of the Delta|Tobias Lindgren|editor of Nordic Water Review"_s,
            u"Flood Season|Maren Holt|a rice farmer"_s}));

    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_gui.store()->people()->size(), 3);
    QVERIFY(rows().contains(u"Maren Holt|1"_s));
    QVERIFY(rows().contains(u"Tobias Lindgren|1"_s));
}

void TestSpeakersUi::mergeSeveralSelectedProfilesIsOneUndoStep()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    const QString amaka = profileNameWith(u"Amaka Eze"_s);
    selectProfile(u"Maren Holt"_s);
    QTest::keyClick(dialog->profileList(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(dialog->profileList()->selectedItems().size(), 2);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered, amaka] {
        auto *chooser = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!chooser || chooser->objectName() != u"mergeChooser"_s)
            return;
        auto *list = chooser->findChild<QListWidget *>(u"mergeChooserList"_s);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), amaka);
        QTest::keyClick(chooser->findChild<QLineEdit *>(u"mergeChooserFilter"_s), Qt::Key_Return);
        answered = true;
    });
    QTest::keyClick(dialog->profileList(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(answered);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // One person in both articles; the core names them by the fullest variant.
    QCOMPARE(rows().size(), 1);
    QVERIFY2(rows().first().endsWith(u"|2"_s), qPrintable(rows().first()));
    QCOMPARE(appearanceRows().size(), 4);

    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_gui.store()->people()->size(), 3);
    QCOMPARE(rows().size(), 3);
}

void TestSpeakersUi::renameToNothingSaysWhyInTheStatusLine()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Maren Holt"_s);
    QVERIFY(
        answerTextInput([dialog] { QTest::keyClick(dialog->profileList(), Qt::Key_F2); }, u"   "_s).answered);
    QVERIFY2(dialog->statusLabel()->text().contains(u"name"_s), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(rows().contains(u"Maren Holt|1"_s));
    QCOMPARE(profileNameWith(u"Maren Holt"_s), u"Maren Holt"_s);
}

void TestSpeakersUi::renameWithF2ShowsTheNewNameEverywhere()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Tobias Lindgren"_s);
    const qint64 id = dialog->currentProfileId();
    const TextInputAnswer input = answerTextInput(
        [dialog] { QTest::keyClick(dialog->profileList(), Qt::Key_F2); }, u"Tobias K. Lindgren"_s);
    QVERIFY(input.answered);
    QCOMPARE(input.offered, u"Tobias Lindgren"_s);
    QVERIFY(rows().contains(u"Tobias K. Lindgren|1"_s));
    QCOMPARE(dialog->currentProfileId(), id);
    QCOMPARE(m_gui.store()->person(id)->value().displayName, u"Tobias K. Lindgren"_s);
    QCOMPARE(profileNameWith(u"Tobias Lindgren"_s), u"Tobias K. Lindgren"_s);
}

void TestSpeakersUi::enterOnAnAppearanceOpensItsArticle()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    QCOMPARE(m_gui.child<LibraryPanel>(u"libraryPanel"_s)->currentArticleId(), m_delta);
    selectProfile(profileNameWith(u"Amaka Eze"_s));
    QTreeWidget *appearances = dialog->appearanceList();
    appearances->setFocus();
    QTest::keyClick(appearances, Qt::Key_End);
    QTest::keyClick(appearances, Qt::Key_Return);
    QCOMPARE(m_gui.child<LibraryPanel>(u"libraryPanel"_s)->currentArticleId(), m_flood);
    QVERIFY(dialog->isVisible()); // Enter opened the article, it did not close the dialog
}

namespace {
/// Person `personId`'s attribute values as stored, `name=value`, sorted.
QStringList storedValues(const LibraryStore *store, qint64 personId)
{
    QHash<qint64, QString> names;
    for (const SpeakerAttribute &a : store->speakerAttributes().valueOr({}))
        names.insert(a.id, a.name);
    QStringList out;
    for (const AttributeValue &v : store->attributeValues(personId).valueOr({}))
        out.append(names.value(v.attributeId) + u'=' + v.value);
    out.sort();
    return out;
}

/// The value column of the attribute list, `name=value` per row.
QStringList shownValues(const AttributePanel *panel)
{
    QStringList out;
    const QTreeWidget *list = panel->valueList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(0) + u'=' + list->topLevelItem(i)->text(1));
    return out;
}
} // namespace

void TestSpeakersUi::anAttributeTypedInPlaceIsStoredAndUndone()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Maren Holt"_s);
    const qint64 maren = dialog->currentProfileId();
    AttributePanel *panel = dialog->attributePanel();
    QCOMPARE(panel->personId(), maren);

    // Add Attribute asks for a name, then a kind, then edits Maren's value of it.
    const QStringList asked = answerTextInputs(
        [panel] { panel->addAction()->trigger(); }, {u"country"_s, AttributePanel::tr("Category")});
    QCOMPARE(asked.size(), 2);
    QCOMPARE(shownValues(panel), QStringList {u"country="_s});
    // Once the question dialogs are gone, the value's editor has the focus.
    QTRY_VERIFY(QApplication::focusWidget() && panel->valueList()->isAncestorOf(QApplication::focusWidget()));
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClicks(editor, u"Norway"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedValues(m_gui.store(), maren), QStringList {u"country=Norway"_s});
    QCOMPARE(shownValues(panel), QStringList {u"country=Norway"_s});
    QVERIFY(dialog->statusLabel()->text().contains(u"Norway"_s));

    // Typing over the value replaces it; Delete clears it; each is one undo step.
    QTreeWidget *values = panel->valueList();
    values->setFocus();
    QTest::keyClick(values, 'D'); // opens the editor with it
    QVERIFY(values->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"enmark"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(storedValues(m_gui.store(), maren), QStringList {u"country=Denmark"_s});
    values->setFocus();
    QTest::keyClick(values, Qt::Key_Delete);
    QTRY_COMPARE(storedValues(m_gui.store(), maren), QStringList {});
    QCOMPARE(shownValues(panel), QStringList {u"country="_s});
    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedValues(m_gui.store(), maren), QStringList {u"country=Denmark"_s});
    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedValues(m_gui.store(), maren), QStringList {u"country=Norway"_s});
    QCOMPARE(shownValues(panel), QStringList {u"country=Norway"_s});
    // Another person has the attribute, without a value.
    selectProfile(u"Tobias Lindgren"_s);
    QCOMPARE(shownValues(panel), QStringList {u"country="_s});
}

void TestSpeakersUi::aValueOfTheWrongKindIsRefusedWithItsReason()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Tobias Lindgren"_s);
    const qint64 tobias = dialog->currentProfileId();
    AttributePanel *panel = dialog->attributePanel();
    QCOMPARE(answerTextInputs([panel] { panel->addAction()->trigger(); },
                 {u"born"_s, AttributePanel::tr("Date (YYYY-MM-DD)")})
                 .size(),
        2);
    // Once the question dialogs are gone, the value's editor has the focus.
    QTRY_VERIFY(QApplication::focusWidget() && panel->valueList()->isAncestorOf(QApplication::focusWidget()));
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClicks(editor, u"some spring"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!dialog->statusLabel()->text().contains(u"Added"_s));
    QVERIFY2(dialog->statusLabel()->text().contains(u"date"_s, Qt::CaseInsensitive),
        qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(storedValues(m_gui.store(), tobias), QStringList {});
    QCOMPARE(shownValues(panel), QStringList {u"born="_s});
}

void TestSpeakersUi::bioSuggestionsAreAcceptedAsOneStep()
{
    SpeakersDialog *dialog = openSpeakers();
    QVERIFY(dialog);
    selectProfile(u"Tobias Lindgren"_s); // "editor of Nordic Water Review"
    const qint64 tobias = dialog->currentProfileId();
    AttributePanel *panel = dialog->attributePanel();
    QTreeWidget *suggested = panel->proposalList();
    QVERIFY(suggested->isVisibleTo(dialog));
    QStringList offered;
    for (int i = 0; i < suggested->topLevelItemCount(); ++i)
        offered.append(suggested->topLevelItem(i)->text(0) + u'=' + suggested->topLevelItem(i)->text(1));
    QVERIFY2(offered.contains(u"affiliation=Nordic Water Review"_s), qPrintable(offered.join(u", "_s)));
    QVERIFY2(offered.size() >= 2, qPrintable(offered.join(u", "_s)));
    QCOMPARE(storedValues(m_gui.store(), tobias), QStringList {});

    // Untick everything but the affiliation with Space, then accept.
    suggested->setFocus();
    QTest::keyClick(suggested, Qt::Key_Home);
    for (int i = 0; i < suggested->topLevelItemCount(); ++i) {
        if (suggested->currentItem()->text(0) != u"affiliation"_s)
            QTest::keyClick(suggested, Qt::Key_Space);
        QTest::keyClick(suggested, Qt::Key_Down);
    }
    QTest::mouseClick(panel->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE(storedValues(m_gui.store(), tobias), QStringList {u"affiliation=Nordic Water Review"_s});
    // Accepted, it is no longer suggested; the others still are.
    QTRY_COMPARE(suggested->topLevelItemCount(), int(offered.size() - 1));

    // Accept the rest: one step, undone by one Ctrl+Z.
    const QStringList before = storedValues(m_gui.store(), tobias);
    QTest::mouseClick(panel->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE(storedValues(m_gui.store(), tobias).size(), offered.size());
    QTest::keyClick(dialog->profileList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedValues(m_gui.store(), tobias), before);
}

QTEST_MAIN(TestSpeakersUi)
#include "tst_speakersui.moc"
