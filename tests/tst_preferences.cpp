// Settings → Configure Colloquy… and Help → Keyboard Shortcuts, as a user
// drives them: the annotator's name on new highlights, the reading font and
// size, the colours, the saved choices, and shortcuts changed, refused when
// taken, and kept for the next window. Offscreen, on temporary settings.
// COLLOQUY_TEST_SCREENSHOTS=DIR saves each dialog as a PNG there.

#include "actions.h"
#include "annotate/annotations.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "model/highlight.h"
#include "preferences/preferencesdialog.h"
#include "preferences/shortcutsdialog.h"
#include "reader/articleview.h"
#include "reader/speakerpane.h"
#include "reader/speechview.h"
#include "settings.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

Article lighthouseInterview()
{
    using namespace TestArticles;
    return article(u"Keeping the Light"_s,
        {speech(u"Signe Aaltonen"_s, u"the last keeper of the Utö light"_s,
             {u"The lamp never went out in thirty winters."_s, u"Fog was worse than storms."_s}),
            speech(u"Marek Zieliński"_s, u"a maritime archivist"_s,
                {u"Her logbooks are the best weather record we have."_s})});
}

/// Saves `widget` as DIR/NAME.png when COLLOQUY_TEST_SCREENSHOTS names a folder.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("COLLOQUY_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

/// Runs `act`, which opens a message box, and closes the box; its text (empty when none came).
QString answerMessage(const std::function<void()> &act, const QString &screenshot = QString())
{
    QString text;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&text, &timer, &screenshot] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer.stop();
        text = box->text();
        if (!screenshot.isEmpty())
            keepScreenshot(box, screenshot);
        box->accept();
    });
    timer.start();
    act();
    QTest::qWait(0);
    return text;
}

QTreeWidgetItem *rowNamed(QTreeWidget *list, const QString &name)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name)
            return list->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void annotatorNameSignsNewHighlights();
    void readingFontAndSizeApplyAtOnceAndLast();
    void darkColoursAndBack();
    void layoutsLanguageAndLibraryAreKept();
    void cancelChangesNothing();
    void shortcutsListEveryAction();
    void changedShortcutWorksAndIsKept();
    void takenShortcutIsRefusedByName();
    void resetGivesTheDefaultBack();

private:
    PreferencesDialog *openPreferences();
    ShortcutsDialog *openShortcuts();
    static void pressOk(QDialog *dialog);
    /// Selects `action`'s row and presses `key` in the shortcut field, as a user would.
    static void pressShortcut(ShortcutsDialog *dialog, const QString &action, QKeyCombination key);

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestPreferences::init()
{
    m_articleId = m_gui.openOn(lighthouseInterview());
    QVERIFY(m_articleId > 0);
}

void TestPreferences::cleanup()
{
    m_gui.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
}

PreferencesDialog *TestPreferences::openPreferences()
{
    // A closed dialog leaves no window active; shortcuts need one.
    m_gui.window()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_gui.window()))
        return nullptr;
    return m_gui.openDialog<PreferencesDialog>(Qt::CTRL | Qt::Key_Comma, u"preferencesDialog"_s);
}

ShortcutsDialog *TestPreferences::openShortcuts()
{
    m_gui.action(Actions::Id::KeyboardShortcuts)->trigger();
    auto *dialog = m_gui.window()->findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestPreferences::pressOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestPreferences::pressShortcut(ShortcutsDialog *dialog, const QString &action, QKeyCombination key)
{
    QTreeWidgetItem *row = rowNamed(dialog->list(), action);
    QVERIFY2(row, qPrintable(action));
    dialog->list()->setCurrentItem(row);
    QKeySequenceEdit *edit = dialog->keyEdit();
    edit->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(edit->hasFocus());
    QSignalSpy finished(edit, &QKeySequenceEdit::editingFinished);
    QTest::keyClick(edit, key.key(), key.keyboardModifiers());
    // The field waits a moment for a second key before it is done.
    QVERIFY(finished.wait(5000));
}

void TestPreferences::annotatorNameSignsNewHighlights()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(u"annotatorName"_s);
    QCOMPARE(name->placeholderText(), Annotations::currentAuthor());
    name->clear();
    QTest::keyClicks(name, u"Wilhelmina Osei"_s);
    pressOk(dialog);

    const std::optional<qint64> id = m_gui.annotations()->addHighlight(m_articleId, 0, 4, 9);
    QVERIFY(id);
    QCOMPARE(m_gui.store()->highlight(*id)->value().author, u"Wilhelmina Osei"_s);
    // The next window signs with it too.
    QVERIFY(m_gui.openWindow());
    const std::optional<qint64> next = m_gui.annotations()->addHighlight(m_articleId, 0, 10, 15);
    QVERIFY(next);
    QCOMPARE(m_gui.store()->highlight(*next)->value().author, u"Wilhelmina Osei"_s);
}

void TestPreferences::readingFontAndSizeApplyAtOnceAndLast()
{
    m_gui.window()->showArticle(m_articleId);
    const auto paneFont = [this] {
        return m_gui.child<ArticleView>(u"articleView"_s)->panes().constFirst()->speechView()->font();
    };
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    const QString sans = QFontInfo(QFont(u"sans-serif"_s)).family();
    dialog->findChild<QFontComboBox *>(u"readingFont"_s)->setCurrentFont(QFont(sans));
    dialog->findChild<QSpinBox *>(u"readingSize"_s)->setValue(21);
    keepScreenshot(dialog, u"preferences"_s);
    pressOk(dialog);
    QCOMPARE(paneFont().pointSizeF(), 21.0);
    QCOMPARE(QFontInfo(paneFont()).family(), sans);

    // Zoom steps from the chosen size, and the next window starts with it.
    m_gui.action(Actions::Id::ZoomIn)->trigger();
    QCOMPARE(paneFont().pointSizeF(), 22.0);
    m_gui.action(Actions::Id::ZoomReset)->trigger();
    QVERIFY(m_gui.openWindow());
    m_gui.window()->showArticle(m_articleId);
    QCOMPARE(paneFont().pointSizeF(), 21.0);
    QCOMPARE(QFontInfo(paneFont()).family(), sans);
}

void TestPreferences::darkColoursAndBack()
{
    const QColor before = QApplication::palette().color(QPalette::Window);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *scheme = dialog->findChild<QComboBox *>(u"colourScheme"_s);
    scheme->setCurrentIndex(scheme->findData(int(ColourScheme::Dark)));
    pressOk(dialog);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 180);
    QTRY_VERIFY(m_gui.window()->palette().color(QPalette::Window).lightness() < 100);
    keepScreenshot(m_gui.window(), u"dark"_s);

    // From the menu this time (offscreen, a palette change can leave no window active for shortcuts).
    m_gui.action(Actions::Id::Preferences)->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    scheme->setCurrentIndex(scheme->findData(int(ColourScheme::System)));
    pressOk(dialog);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before);
}

void TestPreferences::layoutsLanguageAndLibraryAreKept()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *interviews = dialog->findChild<QComboBox *>(u"shapeLayout_interview"_s);
    const int stacked = interviews->findText(Actions::plainText(m_gui.action(Actions::Id::LayoutStacked)));
    QVERIFY(stacked > 0);
    interviews->setCurrentIndex(stacked);
    auto *language = dialog->findChild<QComboBox *>(u"language"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    QCOMPARE(language->currentText(), u"Deutsch"_s);
    const QString library = m_gui.library().filePath(u"elsewhere.sqlite"_s);
    dialog->findChild<QLineEdit *>(u"libraryPath"_s)->setText(library);
    pressOk(dialog);

    const Settings settings;
    QCOMPARE(settings.shapeLayout(u"interview"_s), std::optional(ArticleLayout::Stacked));
    QCOMPARE(settings.shapeLayout(u"roundtable"_s), std::nullopt);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.libraryPath(), library);

    // Opened again, the dialog shows what was saved.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(interviews->currentIndex(), stacked);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"libraryPath"_s)->text(), library);
    dialog->reject();
}

void TestPreferences::cancelChangesNothing()
{
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"annotatorName"_s), u"Somebody Else"_s);
    dialog->findChild<QSpinBox *>(u"readingSize"_s)->setValue(30);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(Settings().annotatorName(), QString());
    QCOMPARE(Settings().readingPointSize(), 0.0);
    QCOMPARE(m_gui.annotations()->author(), Annotations::currentAuthor());
}

void TestPreferences::shortcutsListEveryAction()
{
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    keepScreenshot(dialog, u"shortcuts"_s);
    const QList<QAction *> actions = m_gui.child<Actions>(u"actions"_s)->all();
    QCOMPARE(dialog->list()->topLevelItemCount(), actions.size());
    for (QAction *action : actions) {
        QTreeWidgetItem *row = rowNamed(dialog->list(), Actions::plainText(action));
        QVERIFY2(row, qPrintable(action->objectName()));
        QCOMPARE(row->text(1).isEmpty(), action->shortcuts().isEmpty());
        if (!action->shortcuts().isEmpty())
            QVERIFY(row->text(1).contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    // The filter finds an action by its key.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"shortcutFilter"_s), u"Ctrl+Shift+B"_s);
    int shown = 0;
    for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
        shown += dialog->list()->topLevelItem(i)->isHidden() ? 0 : 1;
    QCOMPARE(shown, 1);
    dialog->reject();
}

void TestPreferences::changedShortcutWorksAndIsKept()
{
    QAction *codebook = m_gui.action(Actions::Id::ShowCodebook);
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    pressShortcut(dialog, Actions::plainText(codebook), Qt::CTRL | Qt::ALT | Qt::Key_K);
    QCOMPARE(rowNamed(dialog->list(), Actions::plainText(codebook))->text(1),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K).toString(QKeySequence::NativeText));
    QCOMPARE(codebook->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)); // not before OK
    pressOk(dialog);
    QCOMPARE(codebook->shortcuts(), QList<QKeySequence>({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K)}));

    // The new key opens the codebook in the next window; the old one no longer does.
    QVERIFY(m_gui.openWindow());
    QVERIFY(!m_gui.openDialog<QDialog>(Qt::CTRL | Qt::SHIFT | Qt::Key_B, u"codebookDialog"_s));
    QVERIFY(m_gui.openDialog<QDialog>(Qt::CTRL | Qt::ALT | Qt::Key_K, u"codebookDialog"_s));
}

void TestPreferences::takenShortcutIsRefusedByName()
{
    QAction *search = m_gui.action(Actions::Id::Search);
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    const QString refusal = answerMessage(
        [dialog, search] { pressShortcut(dialog, Actions::plainText(search), Qt::CTRL | Qt::Key_O); },
        u"shortcut-refused"_s);
    QVERIFY2(refusal.contains(u"“Open”"_s), qPrintable(refusal));
    QVERIFY(refusal.contains(QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText)));
    // The field and the list show the shortcut it had.
    QCOMPARE(dialog->keyEdit()->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_F));
    pressOk(dialog);
    QCOMPARE(search->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(m_gui.action(Actions::Id::Open)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
}

void TestPreferences::resetGivesTheDefaultBack()
{
    QAction *library = m_gui.action(Actions::Id::ShowLibrary);
    const QList<QKeySequence> defaults = library->shortcuts();
    QCOMPARE(defaults, QList<QKeySequence>({QKeySequence(Qt::Key_F9)}));
    ShortcutsDialog *dialog = openShortcuts();
    QVERIFY(dialog);
    dialog->list()->setCurrentItem(rowNamed(dialog->list(), Actions::plainText(library)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"shortcutClear"_s), Qt::LeftButton);
    pressOk(dialog);
    QVERIFY(library->shortcuts().isEmpty());
    QVERIFY(m_gui.openWindow());
    library = m_gui.action(Actions::Id::ShowLibrary);
    QVERIFY(library->shortcuts().isEmpty()); // "none" is kept too

    dialog = openShortcuts();
    QVERIFY(dialog);
    dialog->list()->setCurrentItem(rowNamed(dialog->list(), Actions::plainText(library)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"shortcutReset"_s), Qt::LeftButton);
    pressOk(dialog);
    QCOMPARE(library->shortcuts(), defaults);
    QCOMPARE(Settings().shortcuts(library->objectName()), std::nullopt);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
