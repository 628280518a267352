#include "mainwindow.h"

#include "actions.h"
#include "agreement/agreementdialog.h"
#include "annotate/annotations.h"
#include "annotations/annotationsidebar.h"
#include "annotations/codebookdialog.h"
#include "annotations/highlightcontroller.h"
#include "backup/backupcontroller.h"
#include "compare/comparedialog.h"
#include "export/pdfexportrunner.h"
#include "export/qdpxrunner.h"
#include "export/textexportrunner.h"
#include "import/articlereader.h"
#include "library/articleupdaterunner.h"
#include "library/importcontroller.h"
#include "library/librarycommands.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "librarybanner.h"
#include "model/searchhit.h"
#include "preferences/colourscheme.h"
#include "preferences/preferencesdialog.h"
#include "preferences/shortcutsdialog.h"
#include "reader/articleparts.h"
#include "reader/articleshape.h"
#include "reader/articleview.h"
#include "reader/editornoteband.h"
#include "reader/highlightstyle.h"
#include "reader/speechview.h"
#include "review/segmentationreview.h"
#include "review/segmentationreviewdialog.h"
#include "review/segmentationrulesdialog.h"
#include "search/searchpanel.h"
#include "session/librarysession.h"
#include "settings.h"
#include "speakers/speakersdialog.h"
#include "store/librarystore.h"
#include "taborder.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int StatusTimeout = 5000;
// The smallest reading size a zoom can reach, whatever the default.
constexpr qreal MinimumPointSize = 6.0;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

MainWindow::MainWindow(LibrarySession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_store(session->store())
    , m_settings(std::make_unique<Settings>())
    , m_annotations(session->annotations())
    , m_relations(session->claimRelations())
    , m_actions(new Actions(session->undoStack(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_library(new LibraryPanel(m_store, session->catalogue(), this))
    , m_articleView(new ArticleView(this))
    , m_highlighter(new HighlightController(m_annotations, m_articleView, m_actions, this))
    , m_importer(new ImportController(m_store, session->segmentationRules(), this))
    , m_search(new SearchPanel(m_store, this))
    , m_sidebar(new AnnotationSidebar(m_store, this))
    , m_codebook(new CodebookDialog(m_annotations, this))
    , m_review(session->segmentationReview())
    , m_reviewDialog(new SegmentationReviewDialog(
          m_review, session->segmentationRules(), m_store, session->undoStack(), this))
    , m_speakers(new SpeakersDialog(session->speakerProfiles(), session->speakerAttributes(), m_store, this))
    , m_agreement(new AgreementDialog(m_store, this))
    , m_rulesDialog(
          new SegmentationRulesDialog(session->segmentationRules(), m_store, session->undoStack(), this))
    , m_compare(new CompareDialog(session, this))
    , m_articleInfo(new QLabel(this))
    , m_banner(new LibraryBanner(this))
    , m_backups(new BackupController(session, this))
{
    setAcceptDrops(true);
    setMinimumSize(640, 420);

    m_splitter->setObjectName(u"librarySplitter"_s);
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_articleView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    showLibraryState();

    statusBar()->addPermanentWidget(m_articleInfo);
    // Search above the annotations when both are shown; hidden until asked for.
    addDockWidget(Qt::RightDockWidgetArea, m_search);
    m_search->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_sidebar);
    connectPanelsAndDialogs();
    connect(m_library, &LibraryPanel::currentArticleChanged, this, &MainWindow::displayArticle);
    connect(m_store, &LibraryStore::articleRemoved, this, &MainWindow::onArticleRemoved);
    connect(m_importer, &ImportController::finished, this, &MainWindow::reportImport);
    connect(m_articleView, &ArticleView::zoomRequested, this, &MainWindow::zoomBy);
    // A segmentation edit (or its undo) changed the article shown: show it as it is now.
    connect(m_store, &LibraryStore::articleChanged, this, [this](qint64 id) {
        if (id != m_shownId)
            return;
        m_shownId = 0;
        displayArticle(id);
    });
    connect(m_articleView->editorNoteBand(), &EditorNoteBand::toggled, this,
        [this](bool expanded) { m_settings->setEditorNoteExpanded(expanded); });
    connect(m_highlighter, &HighlightController::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusTimeout); });

    setupActions();
    setupMenusAndToolBar();
    restoreSettings();
    connect(m_highlighter, &HighlightController::currentColourChanged, this,
        [this](HighlightColour colour) { m_settings->setHighlightColour(colour); });
}

// What the panels and dialogs ask of the window: open an article at a claim, a hit or a passage,
// and report in the status bar.
void MainWindow::connectPanelsAndDialogs()
{
    connect(m_sidebar, &AnnotationSidebar::highlightActivated, m_highlighter,
        &HighlightController::revealHighlight);
    connect(m_sidebar, &AnnotationSidebar::reattachRequested, m_highlighter,
        &HighlightController::reattachToSelection);
    connect(m_sidebar, &AnnotationSidebar::recolourRequested, m_highlighter,
        &HighlightController::recolourHighlight);
    connect(m_highlighter, &HighlightController::claimChosen, m_sidebar, &AnnotationSidebar::selectHighlight);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::openSearchHit);
    connect(m_search, &SearchPanel::closed, this, [this] {
        const int current = m_articleView->currentSpeaker();
        if (current >= 0)
            m_articleView->setCurrentSpeaker(current);
    });
    connect(m_codebook, &CodebookDialog::claimActivated, this, [this](qint64 articleId, qint64 highlightId) {
        showArticle(articleId);
        activateWindow();
        m_highlighter->revealHighlight(highlightId);
    });
    connect(m_codebook, &CodebookDialog::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusTimeout); });
    connect(m_speakers, &SpeakersDialog::articleActivated, this, [this](qint64 articleId) {
        showArticle(articleId);
        activateWindow();
    });
    connect(m_compare, &CompareDialog::claimActivated, this, [this](qint64 articleId, qint64 highlightId) {
        showArticle(articleId);
        activateWindow();
        m_highlighter->revealHighlight(highlightId);
    });
    connect(m_speakers, &SpeakersDialog::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, StatusTimeout); });

    connect(m_agreement, &AgreementDialog::passageActivated, this,
        [this](qint64 articleId, qsizetype segment, qsizetype start, qsizetype end) {
            showArticle(articleId);
            activateWindow();
            if (articleId == m_shownId)
                m_articleView->revealSpan(segment, start, end);
        });
}

MainWindow::~MainWindow() = default;

void MainWindow::reviewSegmentation()
{
    if (!m_shownId)
        return;
    if (m_reviewDialog->articleId() != m_shownId || !m_reviewDialog->isVisible())
        m_reviewDialog->setArticle(m_shownId);
    m_reviewDialog->show();
    m_reviewDialog->raise();
    m_reviewDialog->activateWindow();
    m_reviewDialog->segmentList()->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::samplePath()
{
    return u":/samples/sample-roundtable.txt"_s;
}

void MainWindow::setupActions()
{
    setupFileActions();
    setupViewActions();
    setupPanelActions();
    setupShortcuts();
}

void MainWindow::setupFileActions()
{
    using Id = Actions::Id;
    connect(m_actions->action(Id::Open), &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_actions->action(Id::PasteArticle), &QAction::triggered, this, &MainWindow::pasteAsArticle);
    connect(m_actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(Id::ExportPdf), &QAction::triggered, this, [this] {
        if (m_shownId)
            PdfExportRunner(m_store, this).askAndRun(m_shownId, m_shownTitle);
    });
    const QList<QPair<Id, TextExportFormat>> textExports {{Id::ExportMarkdown, TextExportFormat::Markdown},
        {Id::ExportHtml, TextExportFormat::Html}, {Id::ExportCsv, TextExportFormat::Csv},
        {Id::ExportWebAnnotations, TextExportFormat::JsonLd}};
    for (const auto &entry : textExports) {
        const TextExportFormat format = entry.second; // clang before 16 cannot capture a structured binding
        connect(m_actions->action(entry.first), &QAction::triggered, this, [this, format] {
            if (m_shownId)
                TextExportRunner(m_store, this).askAndRun(m_shownId, m_shownTitle, format);
        });
    }
    connect(m_actions->action(Id::ExportAllClaims), &QAction::triggered, this,
        [this] { TextExportRunner(m_store, this).askAndRunAllClaims(); });
    connect(m_actions->action(Id::ExportQdpx), &QAction::triggered, this,
        [this] { QdpxRunner(m_annotations, this).askAndExport(); });
    connect(m_actions->action(Id::ImportQdpx), &QAction::triggered, this,
        [this] { QdpxRunner(m_annotations, this).askAndImport(); });
    connect(m_actions->action(Id::ReimportArticle), &QAction::triggered, this, [this] {
        if (m_shownId)
            ArticleUpdateRunner(m_annotations, m_relations, this)
                .askAndReimport(m_shownId, m_settings->lastOpenFolder());
    });
    connect(m_actions->action(Id::ImportAnnotations), &QAction::triggered, this, [this] {
        if (m_shownId)
            ArticleUpdateRunner(m_annotations, m_relations, this)
                .askAndImportAnnotations(m_shownId, m_settings->lastOpenFolder());
    });
    connect(m_actions->action(Id::EditArticleDetails), &QAction::triggered, this, [this] {
        if (m_shownId)
            m_library->commands()->editDetails(m_shownId);
    });
    connect(m_actions->action(Id::DeleteArticle), &QAction::triggered, this, [this] {
        if (m_shownId)
            m_library->commands()->deleteArticle(m_shownId);
    });
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings->recentFiles();
    for (const QString &path : recent) {
        QAction *open = menu->addAction(QFileInfo(path).fileName());
        open->setToolTip(path);
        open->setStatusTip(path);
        connect(open, &QAction::triggered, this, [this, path] { importFiles({path}); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear List"));
    clear->setObjectName(u"file_clear_recent"_s);
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] { m_settings->setRecentFiles({}); });
}

void MainWindow::setupViewActions()
{
    using Id = Actions::Id;
    connect(m_actions->layoutGroup(), &QActionGroup::triggered, this, &MainWindow::applyLayout);
    connect(m_actions->action(Id::NextSpeaker), &QAction::triggered, m_articleView,
        &ArticleView::showNextSpeaker);
    connect(m_actions->action(Id::PreviousSpeaker), &QAction::triggered, m_articleView,
        &ArticleView::showPreviousSpeaker);
    connect(m_actions->action(Id::ZoomIn), &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_actions->action(Id::ZoomOut), &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_actions->action(Id::ZoomReset), &QAction::triggered, this, &MainWindow::resetZoom);
    connect(m_actions->action(Id::FindInLibrary), &QAction::triggered, this, [this] {
        m_actions->action(Actions::Id::ShowLibrary)->setChecked(true);
        m_library->focusFilter();
    });
    const auto startSearch = [this](SearchPanel::Scope scope) {
        const bool opening = !m_search->isVisible();
        m_search->start(scope);
        // Opened beside the annotations, the results get the larger share.
        if (opening && m_sidebar->isVisible() && dockWidgetArea(m_search) == dockWidgetArea(m_sidebar))
            resizeDocks({m_search, m_sidebar}, {3, 2}, Qt::Vertical);
    };
    connect(m_actions->action(Id::Search), &QAction::triggered, this,
        [startSearch] { startSearch(SearchPanel::Scope::Library); });
    connect(m_actions->action(Id::SearchArticle), &QAction::triggered, this, [this, startSearch] {
        startSearch(m_shownId ? SearchPanel::Scope::Article : SearchPanel::Scope::Library);
    });
    connect(m_actions->action(Id::ShowLibrary), &QAction::toggled, m_library, &QWidget::setVisible);
    connect(m_actions->action(Id::About), &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->action(Id::Preferences), &QAction::triggered, this, [this] {
        if (!m_preferences) {
            m_preferences = new PreferencesDialog(m_actions, this);
            connect(m_preferences, &PreferencesDialog::changed, this, &MainWindow::applyPreferences);
        }
        m_preferences->load();
        m_preferences->open();
    });
    connect(m_actions->action(Id::KeyboardShortcuts), &QAction::triggered, this, [this] {
        // Made anew each time: it lists the shortcuts as they are now.
        delete m_shortcuts;
        m_shortcuts = new ShortcutsDialog(m_actions, this);
        m_shortcuts->open();
    });
}

void MainWindow::setupPanelActions()
{
    using Id = Actions::Id;
    QAction *showAnnotations = m_actions->action(Id::ShowAnnotations);
    connect(showAnnotations, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    // Shown by the reader (menu or shortcut, not a restored state), the list
    // takes the keys: Up/Down, Enter to reveal.
    connect(showAnnotations, &QAction::triggered, this, [this](bool on) {
        m_sidebarWaits = false; // the reader decides from now on
        if (on)
            m_sidebar->view()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_store, &LibraryStore::annotationsChanged, this, &MainWindow::updateWaitingSidebar);
    // Captures no `this`: the dock reports its hiding while the window is being destroyed.
    connect(
        m_sidebar, &QDockWidget::visibilityChanged, showAnnotations, [sidebar = m_sidebar, showAnnotations] {
            showAnnotations->setChecked(sidebar->isVisibleTo(sidebar->parentWidget()));
        });
    connect(m_actions->action(Id::ReviewSegmentation), &QAction::triggered, this,
        &MainWindow::reviewSegmentation);
    connect(m_actions->action(Id::ShowCodebook), &QAction::triggered, this, [this] {
        m_codebook->show();
        m_codebook->raise();
        m_codebook->activateWindow();
        m_codebook->tree()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_actions->action(Id::ShowSpeakers), &QAction::triggered, this, [this] {
        m_speakers->show();
        m_speakers->raise();
        m_speakers->activateWindow();
        m_speakers->profileList()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_actions->action(Id::ShowSegmentationRules), &QAction::triggered, this, [this] {
        m_rulesDialog->show();
        m_rulesDialog->raise();
        m_rulesDialog->activateWindow();
        m_rulesDialog->ruleList()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_actions->action(Id::ShowAgreement), &QAction::triggered, this, [this] {
        m_agreement->setCurrentArticle(m_shownId);
        m_agreement->show();
        m_agreement->raise();
        m_agreement->activateWindow();
        m_agreement->coderList()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_actions->action(Id::CompareVoices), &QAction::triggered, this, [this] {
        m_compare->setArticle(m_shownId);
        m_compare->show();
        m_compare->raise();
        m_compare->activateWindow();
        m_compare->matrixView()->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::setupShortcuts()
{
    using Id = Actions::Id;
    ShortcutsDialog::restore(m_actions);
    // Undo and redo work in the codebook and the speakers as in the window.
    m_codebook->addAction(m_actions->action(Id::Undo));
    m_codebook->addAction(m_actions->action(Id::Redo));
    m_speakers->addAction(m_actions->action(Id::Undo));
    m_speakers->addAction(m_actions->action(Id::Redo));
    // Shortcuts work whether or not the menu bar or tool bar is shown. The
    // reading actions' plain keys (H, 1–6, Delete) only work in the article.
    const QList<QAction *> reading = m_actions->readingActions();
    for (QAction *action : m_actions->all()) {
        if (!reading.contains(action))
            addAction(action);
    }
    m_articleView->addActions(reading);
}

void MainWindow::setupMenusAndToolBar()
{
    setupToolBar(setupMenus());
    setupBackups();
}

void MainWindow::setupBackups()
{
    connect(m_actions->action(Actions::Id::BackUpNow), &QAction::triggered, m_backups,
        &BackupController::backUpNow);
    connect(m_actions->action(Actions::Id::ShowBackups), &QAction::triggered, m_backups,
        &BackupController::showBackups);
    connect(m_backups, &BackupController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout); });
    connect(m_backups, &BackupController::libraryReplaced, this, &MainWindow::showReplacedLibrary);
    connect(m_store, &LibraryStore::damageFound, this, &MainWindow::showLibraryState);
}

void MainWindow::showReplacedLibrary()
{
    m_library->model()->reload();
    m_store->announceReplaced();
    showLibraryState();
    if (const qint64 first = m_library->firstArticleId())
        showArticle(first);
    else
        onArticleRemoved(m_shownId);
}

QMenu *MainWindow::setupMenus()
{
    using Id = Actions::Id;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->action(Id::Open));
    QMenu *recent = file->addMenu(tr("Open Rece&nt"));
    recent->setObjectName(u"file_open_recent"_s);
    recent->setIcon(QIcon::fromTheme(u"document-open-recent"_s));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addAction(m_actions->action(Id::ImportQdpx));
    file->addSeparator();
    file->addAction(m_actions->action(Id::ReimportArticle));
    file->addAction(m_actions->action(Id::ImportAnnotations));
    file->addSeparator();
    file->addAction(m_actions->action(Id::EditArticleDetails));
    file->addAction(m_actions->action(Id::DeleteArticle));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_actions->action(Id::ExportPdf));
    for (const Id id : {Id::ExportMarkdown, Id::ExportHtml, Id::ExportCsv, Id::ExportWebAnnotations})
        exportMenu->addAction(m_actions->action(id));
    exportMenu->addSeparator();
    exportMenu->addAction(m_actions->action(Id::ExportAllClaims));
    exportMenu->addAction(m_actions->action(Id::ExportQdpx));
    file->addSeparator();
    file->addAction(m_actions->action(Id::BackUpNow));
    file->addAction(m_actions->action(Id::ShowBackups));
    file->addSeparator();
    file->addAction(m_actions->action(Id::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->action(Id::Undo));
    edit->addAction(m_actions->action(Id::Redo));
    edit->addSeparator();
    edit->addAction(m_actions->action(Id::PasteArticle));
    edit->addSeparator();
    edit->addAction(m_actions->action(Id::Search));
    edit->addAction(m_actions->action(Id::SearchArticle));
    edit->addSeparator();
    edit->addAction(m_actions->action(Id::HighlightSelection));
    edit->addAction(m_actions->action(Id::RemoveHighlight));
    edit->addAction(m_actions->action(Id::TagSelection));
    edit->addAction(m_actions->action(Id::EditNote));
    edit->addSeparator();
    edit->addAction(m_actions->action(Id::ShowCodebook));
    QMenu *colours = edit->addMenu(tr("Highlight Co&lour"));
    colours->addActions(m_actions->colourGroup()->actions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_actions->layoutGroup()->actions());
    view->addSeparator();
    view->addAction(m_actions->action(Id::NextSpeaker));
    view->addAction(m_actions->action(Id::PreviousSpeaker));
    view->addSeparator();
    view->addAction(m_actions->action(Id::ZoomIn));
    view->addAction(m_actions->action(Id::ZoomOut));
    view->addAction(m_actions->action(Id::ZoomReset));
    view->addSeparator();
    view->addAction(m_actions->action(Id::ShowLibrary));
    view->addAction(m_actions->action(Id::ShowAnnotations));
    view->addAction(m_actions->action(Id::FindInLibrary));
    view->addSeparator();
    view->addAction(m_actions->action(Id::ReviewSegmentation));
    view->addAction(m_actions->action(Id::ShowSpeakers));
    view->addAction(m_actions->action(Id::CompareVoices));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_actions->action(Id::ShowAgreement));
    tools->addAction(m_actions->action(Id::ShowSegmentationRules));
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_actions->action(Id::Preferences));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->action(Id::KeyboardShortcuts));
    help->addSeparator();
    help->addAction(m_actions->action(Id::About));
    return colours;
}

void MainWindow::setupToolBar(QMenu *colours)
{
    using Id = Actions::Id;
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_actions->action(Id::Open));
    toolBar->addSeparator();
    toolBar->addActions(m_actions->layoutGroup()->actions());
    toolBar->addSeparator();
    toolBar->addAction(m_actions->action(Id::ZoomOut));
    toolBar->addAction(m_actions->action(Id::ZoomIn));
    // Zoom buttons say enough with their icons; their names stay in tooltips.
    for (Id id : {Id::ZoomOut, Id::ZoomIn}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_actions->action(id))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    // Highlight in the current colour, shown as the button's swatch; its
    // arrow picks another colour.
    toolBar->addSeparator();
    QAction *highlight = m_actions->action(Id::HighlightSelection);
    auto *highlightButton = new QToolButton(toolBar);
    highlightButton->setObjectName(u"highlightButton"_s);
    highlightButton->setDefaultAction(highlight);
    highlightButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    highlightButton->setPopupMode(QToolButton::MenuButtonPopup);
    highlightButton->setFocusPolicy(Qt::NoFocus); // like the tool bar's other buttons: H is its key
    highlightButton->setMenu(colours);
    toolBar->addWidget(highlightButton);
    const auto showColour = [highlight](HighlightColour colour) {
        highlight->setIcon(HighlightStyle::icon(colour));
        highlight->setToolTip(tr("Highlight the selection in %1 (%2)")
                                  .arg(HighlightStyle::displayName(colour).toLower(),
                                      highlight->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(m_highlighter, &HighlightController::currentColourChanged, this, showColour);
    showColour(m_highlighter->currentColour());
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->mainWindowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        // A laptop screen (or a larger one at a high scale) is all needed; on a
        // large one, two thirds of it, so that a 4K screen gets more than a laptop's.
        if (available.width() < 1400 || available.height() < 900)
            resize(available);
        else
            resize(std::max(1280, available.width() * 2 / 3), std::max(820, available.height() * 2 / 3));
    }
    m_firstStart = !restoreState(m_settings->mainWindowState());
    if (!m_splitter->restoreState(m_settings->librarySplitterState()))
        m_splitter->setSizes({280, 1000});
    m_actions->action(Actions::Id::ShowLibrary)->setChecked(m_library->isVisibleTo(this));
    m_actions->action(Actions::Id::ShowAnnotations)->setChecked(m_sidebar->isVisibleTo(this));

    m_zoom = m_settings->fontZoom();
    applyPreferences();
    m_articleView->editorNoteBand()->setExpanded(m_settings->editorNoteExpanded());
    m_actions->layoutAction(m_settings->defaultLayout())->setChecked(true);
    m_highlighter->setCurrentColour(m_settings->highlightColour());
}

void MainWindow::applyPreferences()
{
    m_annotations->setAuthor(m_settings->annotatorName());
    applyColourScheme(m_settings->colourScheme());
    SpeechView::setReadingFamily(m_settings->readingFamily());
    m_articleView->setReadingPointSize(std::max(MinimumPointSize, readingBaseSize() + m_zoom));
    m_backups->applySettings();
}

qreal MainWindow::readingBaseSize() const
{
    const qreal chosen = m_settings->readingPointSize();
    return chosen > 0 ? chosen : ArticleView::defaultReadingPointSize();
}

void MainWindow::saveSettings()
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->setLibrarySplitterState(m_splitter->saveState());
    if (!m_shownHash.isEmpty())
        m_settings->setLastArticleHash(m_shownHash);
}

void MainWindow::openInitial(const QStringList &files, bool showSample)
{
    if (!files.isEmpty()) {
        importFiles(files);
        return;
    }
    // A read-only library cannot take the sample; an empty one then just stays empty.
    if (showSample || (m_library->firstArticleId() == 0 && !m_store->isReadOnly())) {
        this->showSample();
        return;
    }
    const auto last = m_store->articleIdByHash(m_settings->lastArticleHash()).valueOr({});
    showArticle(last.value_or(m_library->firstArticleId()));
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_settings->addRecentFiles(paths);
    m_importer->importFiles(paths);
}

void MainWindow::openFromAnotherInstance(const QStringList &files)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    importFiles(files);
}

void MainWindow::pasteAsArticle()
{
    m_importer->importMimeData(QApplication::clipboard()->mimeData());
}

void MainWindow::reportImport(const ImportSummary &summary)
{
    if (summary.lastId != 0)
        showArticle(summary.lastId);

    QStringList message;
    const int created = summary.created;
    const int duplicates = summary.duplicates;
    const QStringList &errors = summary.errors;
    if (summary.cancelled)
        message << tr("Import cancelled");
    if (created > 0)
        message << tr("Imported %Ln article(s)", nullptr, created);
    if (duplicates > 0 && created == 0)
        message << (duplicates == 1 ? tr("This article is already in the library")
                                    : tr("These %1 articles are already in the library").arg(duplicates));
    else if (duplicates > 0)
        message << tr("%1 already in the library").arg(duplicates);
    if (!errors.isEmpty())
        message << tr("%Ln file(s) failed", nullptr, int(errors.size()));
    message << summary.notices;
    statusBar()->showMessage(message.join(u"; "), StatusTimeout);

    if (!errors.isEmpty()) {
        // Window-modal and non-blocking: an import from the command line or a
        // drop must not stall the event loop.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Failed"),
            errors.size() == 1 ? tr("This file could not be imported:")
                               : tr("These files could not be imported:"),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(u"• "_s + errors.join(u"\n• "_s));
        box->open();
    }
    Q_EMIT importFinished();
}

void MainWindow::showSample()
{
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("The sample article is missing from this build"), StatusTimeout);
        return;
    }
    const ReadResult read = ArticleReader::readBytes(file.readAll(), samplePath());
    if (!read.article) {
        statusBar()->showMessage(tr("Cannot read the sample article: %1").arg(read.error), StatusTimeout);
        return;
    }
    const AddResult added = m_store->addArticle(*read.article);
    if (!added.error.isEmpty()) {
        statusBar()->showMessage(tr("Cannot store the sample article: %1").arg(added.error), StatusTimeout);
        return;
    }
    showArticle(added.id);
    if (added.created)
        statusBar()->showMessage(tr("Added a sample article to the library"), StatusTimeout);
}

void MainWindow::showArticle(qint64 id)
{
    m_library->selectArticle(id);
    // The list selection shows it; call directly too in case it was selected already.
    displayArticle(id);
}

void MainWindow::displayArticle(qint64 id)
{
    if (id == m_shownId && m_articleView->hasArticle())
        return;
    const std::optional<Article> article = m_store->article(id).valueOr({});
    if (!article) {
        m_articleView->clear();
        m_highlighter->setArticle(0);
        m_sidebar->setArticle(0, QString());
        m_search->setCurrentArticle(0);
        m_compare->setArticle(0);
        m_shownId = 0;
        m_agreement->setCurrentArticle(0);
        m_shownHash.clear();
        showTitle(QString());
        m_articleInfo->clear();
        return;
    }
    m_shownId = id;
    m_agreement->setCurrentArticle(id);
    m_shownHash = article->contentHash;
    // The reader's choice for this article, else the Preferences' for its shape, else what suits it.
    const ArticleShape shape = articleShapeOf(articlePartsOf(*article));
    const ArticleLayout layout =
        m_settings->articleLayout(m_shownHash)
            .value_or(m_settings->shapeLayout(articleShapeName(shape))
                          .value_or(layoutForShape(shape, m_settings->defaultLayout())));
    m_articleView->setArticleLayout(layout);
    m_actions->layoutAction(layout)->setChecked(true);
    m_articleView->setArticle(*article);
    m_highlighter->setArticle(id);
    m_sidebar->setArticle(id, article->displayTitle());
    m_search->setCurrentArticle(id);
    m_compare->setArticle(id);
    showTitle(article->displayTitle());
    // An open review follows the article the reader switches to.
    if (m_reviewDialog->isVisible() && m_reviewDialog->articleId() != id)
        m_reviewDialog->setArticle(id);

    updateWaitingSidebar();

    const int speakers = int(article->speakers().size());
    m_articleInfo->setText(tr("%Ln speaker(s)", nullptr, speakers));
}

void MainWindow::showTitle(const QString &articleTitle)
{
    m_shownTitle = articleTitle;
    if (!m_store->isReadOnly()) {
        setWindowTitle(articleTitle);
        return;
    }
    setWindowTitle(articleTitle.isEmpty() ? tr("Read-Only Library") : tr("%1 (read-only)").arg(articleTitle));
}

void MainWindow::showLibraryState()
{
    m_banner->clear();
    if (m_store->isDamaged()) {
        m_banner->showMessage(
            tr("This library is damaged: %1. It is open read-only, so nothing more is written "
               "into it; you can read, search and export what still reads.")
                .arg(m_store->readOnlyReason()),
            LibraryBanner::Kind::Warning);
        QPushButton *restore = m_banner->addButton(tr("&Restore from Backup…"), u"restoreFromBackup"_s);
        connect(restore, &QPushButton::clicked, m_backups, &BackupController::showBackups);
    } else if (m_store->isReadOnly()) {
        m_banner->showMessage(tr("This library is read-only because %1. You can read, search and export, "
                                 "but edits are refused.")
                                  .arg(m_store->readOnlyReason()),
            LibraryBanner::Kind::Information);
    }
    showTitle(m_shownTitle);
}

void MainWindow::applyLayout(QAction *action)
{
    const std::optional<ArticleLayout> layout = Actions::layoutOf(action);
    if (!layout)
        return;
    m_articleView->setArticleLayout(*layout);
    m_settings->setArticleLayout(m_shownHash, *layout);
    // The conversation is chosen by shape; a pane layout is the default for roundtables.
    if (*layout != ArticleLayout::Conversation)
        m_settings->setDefaultLayout(*layout);
    if (*layout == ArticleLayout::OneAtATime && m_articleView->hasArticle())
        m_articleView->speakerList()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::zoomBy(int steps)
{
    const qreal base = readingBaseSize();
    // Stop at the smallest readable size instead of counting invisible steps.
    const int lowest = int(std::ceil(MinimumPointSize - base));
    m_zoom = std::clamp(m_zoom + steps, lowest, 30);
    m_articleView->setReadingPointSize(base + m_zoom);
    m_settings->setFontZoom(m_zoom);
    statusBar()->showMessage(tr("Text size %1 pt").arg(base + m_zoom), StatusTimeout / 2);
}

void MainWindow::resetZoom()
{
    zoomBy(-m_zoom);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Colloquy"),
        tr("<h3>Colloquy %1</h3>"
           "<p>A reader for articles with many voices: roundtables, interviews and debates, "
           "shown with one pane per speaker.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::onArticleRemoved(qint64 id)
{
    if (id != m_shownId)
        return;
    m_shownId = 0;
    m_agreement->setCurrentArticle(0);
    m_shownHash.clear();
    m_articleView->clear();
    m_highlighter->setArticle(0);
    m_sidebar->setArticle(0, QString());
    m_search->setCurrentArticle(0);
    showTitle(QString());
    m_articleInfo->clear();
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    if (hit.articleId != m_shownId || !m_articleView->hasArticle())
        showArticle(hit.articleId);
    if (hit.articleId != m_shownId)
        return; // gone from the library since the search
    if (hit.source == SearchHit::Source::Note) {
        m_highlighter->revealHighlight(hit.highlightId);
        return;
    }
    const std::optional<Article> article = m_store->article(hit.articleId).valueOr({});
    if (!article || hit.segment < 0 || hit.segment >= article->segments.size())
        return;
    // Where the paragraph starts in its segment's text (paragraphs joined by '\n').
    const QStringList &paragraphs = article->segments.at(hit.segment).paragraphs;
    qsizetype offset = 0;
    for (qsizetype p = 0; p < std::min(hit.paragraph, paragraphs.size()); ++p)
        offset += paragraphs.at(p).size() + 1;
    const QString paragraph = paragraphs.value(hit.paragraph);
    // The first match, run on through the next ones that only a space or
    // punctuation separates from it: the words of a phrase together.
    qsizetype start = 0;
    qsizetype end = paragraph.size();
    if (!hit.paragraphMatches.isEmpty()) {
        start = hit.paragraphMatches.constFirst().start;
        end = start + hit.paragraphMatches.constFirst().length;
        for (qsizetype i = 1; i < hit.paragraphMatches.size(); ++i) {
            const TextSpan &next = hit.paragraphMatches.at(i);
            const QStringView gap = QStringView(paragraph).mid(end, std::max(qsizetype(0), next.start - end));
            if (next.start < end || gap.size() > 2 ||
                std::any_of(gap.cbegin(), gap.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
                break;
            end = next.start + next.length;
        }
    }
    if (m_articleView->revealSpan(hit.segment, offset + start, offset + end))
        return;
    if (article->segments.at(hit.segment).kind != SegmentKind::EditorNote) {
        statusBar()->showMessage(tr("The match is in the captions under the title"), StatusTimeout);
        return;
    }
    // The note band shows the paragraphs of every editor's note segment in a row.
    int index = int(hit.paragraph);
    for (qsizetype s = 0; s < hit.segment; ++s) {
        if (article->segments.at(s).kind == SegmentKind::EditorNote)
            index += int(article->segments.at(s).paragraphs.size());
    }
    EditorNoteBand *band = m_articleView->editorNoteBand();
    band->setExpanded(true);
    SpeechView *body = band->body();
    const int at = body->paragraphPosition(0, index);
    if (at < 0)
        return;
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(at + int(start));
    cursor.setPosition(at + int(end), QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    body->ensureCursorVisible();
    body->setFocus(Qt::OtherFocusReason);
    body->flash(at + int(start), at + int(end));
}

void MainWindow::openFileDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), m_settings->lastOpenFolder(), ArticleUpdateRunner::articleFileFilter());
    if (files.isEmpty())
        return;
    m_settings->setLastOpenFolder(QFileInfo(files.constLast()).absolutePath());
    importFiles(files);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The whole check (every page, every article's hash) runs once the window is up, not before it.
    m_backups->checkInBackground();
    if (!std::exchange(m_firstStart, false))
        return;
    // First start, at the window's real size: the docks take little of the
    // width, and the annotations wait for the first highlight.
    const int narrow = std::clamp(width() * 22 / 100, 220, 320);
    resizeDocks({m_sidebar, m_search}, {narrow, narrow}, Qt::Horizontal);
    m_splitter->setSizes({std::clamp(width() / 5, 200, 280), width()});
    m_sidebarWaits = true;
    updateWaitingSidebar();
}

void MainWindow::updateWaitingSidebar()
{
    if (!m_sidebarWaits)
        return;
    const bool empty = m_shownId == 0 || m_store->highlightSpans(m_shownId)->isEmpty();
    m_sidebar->setVisible(!empty);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Tab walks the panels as they are laid out: library, article, search, annotations.
    if (QWidget *target = nextTabStop({m_library, m_articleView, m_search, m_sidebar}, focusWidget(), next)) {
        target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

} // namespace Colloquy
