// Desktop manners of the main window: one instance per library, a busy
// indicator for long imports, menus with unique mnemonics, Tab through every
// panel, a name for every control, and a sensible first Open dialog. Runs
// offscreen on a temporary library and temporary settings.

#include "actions.h"
#include "annotations/annotationsidebar.h"
#include "annotations/codebookdialog.h"
#include "library/importcontroller.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "preferences/preferencesdialog.h"
#include "preferences/shortcutsdialog.h"
#include "reader/articleview.h"
#include "review/segmentationreviewdialog.h"
#include "review/segmentationrulesdialog.h"
#include "search/searchpanel.h"
#include "singleinstance.h"
#include "speakers/speakersdialog.h"
#include "store/librarystore.h"
#include "temporarylibrary.h"
#include "testarticles.h"
#include "testconfig.h"
#include "widgetwalk.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QLocalServer>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace Colloquy;
using namespace Colloquy::Testing;

namespace {

const QString FixturePath = QStringLiteral(COLLOQUY_TEST_DATA_DIR "/gui/library-roundtable.txt");

Article ferriesRoundtable()
{
    using namespace TestArticles;
    return article(u"Should the Island Ferries Be Free?"_s,
        {segment(
             SegmentKind::EditorNote, {u"Two people who ride them every day answer."_s}, u"Editor's Note"_s),
            speech(u"Oona Pellinen"_s, u"a nurse who commutes from Kallio Island"_s,
                {u"A free ferry is a bridge the island can afford."_s}),
            speech(u"Rafael Duarte-Singh"_s, u"a harbour economist"_s,
                {u"Free is never free: someone pays for the diesel."_s})});
}

/// Whether `widget` is `ancestor` or inside it.
bool within(const QWidget *widget, const QWidget *ancestor)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}

/// Writes a roundtable of about `bytes` bytes of made-up speech to `path`.
bool writeLongArticle(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray names[] = {"Ilse Brandvold", "Tobias Mwangi", "Renata Kowal"};
    QByteArray text = "A Long Night at the Harbour Council\n\n";
    for (int turn = 0; text.size() < bytes; ++turn) {
        text += names[turn % 3] + ": ";
        for (int sentence = 0; sentence < 12; ++sentence)
            text += "The council argued about cranes, tides and the price of mooring number " +
                QByteArray::number(turn * 12 + sentence) + ". ";
        text += "\n\n";
    }
    return file.write(text) == text.size();
}

/// Notes whether a widget of a given object name was shown while it filtered the application's events.
class ShowWatcher : public QObject
{
public:
    explicit ShowWatcher(const QString &name)
        : m_name(name)
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == m_name)
            shown = true;
        return false;
    }
    bool shown = false;

private:
    QString m_name;
};

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mnemonicsAreUniqueInEveryMenu();
    void tabReachesEveryPanel();
    void everyControlOfTheWindowHasAName();
    void everyControlOfTheDialogsHasAName();
    void firstOpenDialogStartsInAFolderThatExists();
    void aLongSingleImportShowsABusyIndicator();
    void secondInstanceHandsItsFilesToTheFirst();
    void instancesOnOtherLibrariesRunApart();
    void staleSocketOfACrashedInstanceIsReplaced();

private:
    LibraryPanel *libraryPanel() const { return m_gui.child<LibraryPanel>(u"libraryPanel"_s); }
    /// Every control of `root` without a name, one line each.
    static QStringList unnamedControls(QWidget *root);

    MainWindowFixture m_gui;
    qint64 m_articleId = 0;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_gui.isolateSettings());
}

void TestDesktop::init()
{
    m_articleId = m_gui.openOn(ferriesRoundtable());
    QVERIFY(m_articleId > 0);
}

void TestDesktop::cleanup()
{
    m_gui.reset();
}

void TestDesktop::mnemonicsAreUniqueInEveryMenu()
{
    QMainWindow *window = m_gui.window();
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> taken;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar key = mnemonicOf(action->text());
            if (key.isNull())
                continue;
            if (taken.contains(key))
                clashes.append(
                    u"%1: '%2' in \"%3\" and \"%4\""_s.arg(where, key, taken.value(key), action->text()));
            else
                taken.insert(key, action->text());
        }
    };
    check(u"menu bar"_s, window->menuBar()->actions());
    const QList<QMenu *> menus = menusOf(window);
    QVERIFY(menus.size() >= 5);
    for (QMenu *menu : menus)
        check(menu->title(), menu->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestDesktop::tabReachesEveryPanel()
{
    m_gui.action(Actions::Id::ShowAnnotations)->setChecked(true);
    m_gui.action(Actions::Id::Search)->trigger();
    auto *search = m_gui.child<SearchPanel>(u"searchPanel"_s);
    auto *sidebar = m_gui.child<AnnotationSidebar>(u"annotationSidebar"_s);
    auto *reader = m_gui.child<ArticleView>(u"articleView"_s);
    QTRY_VERIFY(search->isVisible() && sidebar->isVisible());
    const QList<std::pair<QString, QWidget *>> panels {{u"library"_s, libraryPanel()}, {u"reader"_s, reader},
        {u"annotations"_s, sidebar}, {u"search"_s, search}};

    // From the article, Tab walks the panels in reading order and comes round to the article again.
    m_gui.child<QWidget>(u"editorNoteToggle"_s)->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(within(QApplication::focusWidget(), reader));
    QStringList order {u"reader"_s};
    QStringList visited;
    bool filter = false, list = false;
    for (int presses = 0; presses < 80 && order.size() < 5; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited.append(describe(focus));
        filter = filter || focus == libraryPanel()->filterEdit();
        list = list || focus == libraryPanel()->listView();
        for (const auto &[name, panel] : panels) {
            if (within(focus, panel) && order.constLast() != name)
                order.append(name);
        }
    }
    QVERIFY2(order == QStringList({u"reader"_s, u"search"_s, u"annotations"_s, u"library"_s, u"reader"_s}),
        qPrintable(order.join(u" → "_s) + u"\n"_s + visited.join(u'\n')));
    QVERIFY2(filter && list, qPrintable(visited.join(u'\n')));

    // Shift+Tab goes back the same way: from the library's first control into the annotations.
    libraryPanel()->filterEdit()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), libraryPanel()->filterEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(within(QApplication::focusWidget(), sidebar), qPrintable(describe(QApplication::focusWidget())));
}

QStringList TestDesktop::unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : interactiveWidgets(root)) {
        if (accessibleNameOf(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

void TestDesktop::everyControlOfTheWindowHasAName()
{
    m_gui.action(Actions::Id::ShowAnnotations)->setChecked(true);
    m_gui.action(Actions::Id::Search)->trigger();
    QTRY_VERIFY(m_gui.child<SearchPanel>(u"searchPanel"_s)->isVisible());
    QStringList unnamed;
    for (const Actions::Id layout :
        {Actions::Id::LayoutSideBySide, Actions::Id::LayoutStacked, Actions::Id::LayoutOneAtATime}) {
        m_gui.action(layout)->trigger();
        unnamed += unnamedControls(m_gui.window());
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestDesktop::everyControlOfTheDialogsHasAName()
{
    const QList<std::pair<Actions::Id, QWidget *>> dialogs {
        {Actions::Id::ShowCodebook, m_gui.child<CodebookDialog>(u"codebookDialog"_s)},
        {Actions::Id::ShowSpeakers, m_gui.child<SpeakersDialog>(u"speakersDialog"_s)},
        {Actions::Id::ReviewSegmentation,
            m_gui.child<SegmentationReviewDialog>(u"segmentationReviewDialog"_s)},
        {Actions::Id::ShowSegmentationRules,
            m_gui.child<SegmentationRulesDialog>(u"segmentationRulesDialog"_s)},
    };
    QStringList unnamed;
    for (const auto &[id, dialog] : dialogs) {
        m_gui.action(id)->trigger();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        unnamed += unnamedControls(dialog);
        dialog->close();
    }
    // The preferences (each page) and the shortcuts are made when first asked for.
    m_gui.action(Actions::Id::Preferences)->trigger();
    auto *preferences = m_gui.child<PreferencesDialog>(u"preferencesDialog"_s);
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    auto *pages = m_gui.child<QTabWidget>(u"preferencesTabs"_s);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        unnamed += unnamedControls(preferences);
    }
    preferences->reject();
    m_gui.action(Actions::Id::KeyboardShortcuts)->trigger();
    auto *shortcuts = m_gui.child<ShortcutsDialog>(u"shortcutsDialog"_s);
    QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
    unnamed += unnamedControls(shortcuts);
    shortcuts->reject();
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestDesktop::firstOpenDialogStartsInAFolderThatExists()
{
    // A home without Documents: the dialog must not offer "Documents" as a file name.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    QString directory;
    QString offeredName = u"(no dialog)"_s;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        directory = dialog->directory().absolutePath();
        const auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        offeredName = name ? name->text() : QString();
        dialog->reject();
    });
    answer.start();
    m_gui.action(Actions::Id::Open)->trigger();
    qputenv("HOME", oldHome);
    QCOMPARE(offeredName, QString());
    QCOMPARE(QDir(directory).canonicalPath(), QDir(home.path()).canonicalPath());
}

void TestDesktop::aLongSingleImportShowsABusyIndicator()
{
    const QString path = m_gui.library().filePath(u"long-night.txt"_s);
    QVERIFY(writeLongArticle(path, 5'000'000));
    // Any moment the dialog shows counts, also while the store blocks the event loop.
    ShowWatcher watcher(u"importProgress"_s);
    qApp->installEventFilter(&watcher);
    QSignalSpy finished(m_gui.window(), &MainWindow::importFinished);
    QElapsedTimer clock;
    clock.start();
    m_gui.window()->importFiles({path});
    QVERIFY(finished.wait(60000));
    const qint64 took = clock.elapsed();
    qApp->removeEventFilter(&watcher);
    QCOMPARE(m_gui.store()->articles()->size(), 2);
    // The bar shows 400 ms in, or before a long text is stored; only an import well past that says something.
    if (took < 1500)
        QSKIP("this machine imported 5 MB in under 1.5 s: too quick to tell");
    QVERIFY2(watcher.shown, qPrintable(u"no busy indicator during an import of %1 ms"_s.arg(took)));
}

void TestDesktop::secondInstanceHandsItsFilesToTheFirst()
{
    // The real program twice on one library: the second hands its file over and exits.
    m_gui.closeWindow();
    m_gui.library().close();
    const QString library = m_gui.library().path();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_gui.library().filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_gui.library().filePath(u"data"_s));
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(COLLOQUY_GUI_PATH), {u"--library"_s, library});
    QVERIFY(first.waitForStarted());
    SingleInstance probe(library);
    QTRY_VERIFY_WITH_TIMEOUT(probe.handOver({}, 200), 20000);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(COLLOQUY_GUI_PATH), {u"--library"_s, library, FixturePath});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);

    // The first imported it into the library.
    LibraryStore store;
    QVERIFY(store.open(library));
    QTRY_VERIFY_WITH_TIMEOUT(store.articles()->size() == 2, 20000);
    bool found = false;
    for (const ArticleSummary &article : *store.articles())
        found = found ||
            store.article(article.id)->value().sourcePath == QFileInfo(FixturePath).absoluteFilePath();
    QVERIFY(found);
    first.terminate();
    QVERIFY(first.waitForFinished(20000));
}

void TestDesktop::instancesOnOtherLibrariesRunApart()
{
    const QString library = m_gui.library().path();
    QCOMPARE(SingleInstance::serverName(library),
        SingleInstance::serverName(m_gui.library().folder() + u"/./library.sqlite"_s));
    QVERIFY(SingleInstance::serverName(library) !=
        SingleInstance::serverName(m_gui.library().filePath(u"other.sqlite"_s)));

    SingleInstance running(library);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);
    SingleInstance other(m_gui.library().filePath(u"other.sqlite"_s));
    QVERIFY(!other.handOver({FixturePath}, 200));
    QVERIFY(other.listen());
    QVERIFY(received.isEmpty());
}

void TestDesktop::staleSocketOfACrashedInstanceIsReplaced()
{
    const QString library = m_gui.library().path();
    {
        // A socket file nobody listens on, as a crash leaves it.
        QLocalServer crashed;
        crashed.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(crashed.listen(SingleInstance::serverName(library)));
        const QString socketFile = crashed.fullServerName();
        crashed.close();
        QFile stale(socketFile);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance fresh(library);
    QVERIFY(!fresh.handOver({}, 200));
    QVERIFY(fresh.listen());
    QVERIFY(fresh.isListening());
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
