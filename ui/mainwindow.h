#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;

namespace Colloquy {

class Actions;
class AnnotationSidebar;
class BackupController;
class Annotations;
class AgreementDialog;
class CodebookDialog;
class ArticleView;
class HighlightController;
class ImportController;
class PreferencesDialog;
class ShortcutsDialog;
struct ImportSummary;
class LibraryBanner;
class LibraryPanel;
class LibraryStore;
class LibrarySession;
class SearchPanel;
struct SearchHit;
class SegmentationReview;
class SegmentationReviewDialog;
class ClaimRelations;
class SegmentationRulesDialog;
class CompareDialog;
class SpeakersDialog;
class Settings;

/**
 * The reader's window: the library on the left, the article on the right.
 *
 * It imports files (File → Open…, drops, the command line) through
 * ArticleReader into the session's LibraryStore, and remembers its geometry,
 * the layout chosen for each article and the text size in Settings. Edits go
 * through the session's services, on its one undo stack (the window's Undo and
 * Redo actions follow it). The session is not owned and must outlive the window.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LibrarySession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows what the user asked for at start: the files given (imported), else
    /// the sample when asked or when the library is empty, else the article
    /// read last time.
    void openInitial(const QStringList &files, bool showSample);
    /// Imports the files in the background (progress and Cancel for long
    /// batches), reports the failures in one message box, and shows the last
    /// article imported (or already in the library); importFinished() follows.
    void importFiles(const QStringList &paths);
    /// Another `colloquy` on this library handed over `files`: brings the
    /// window to the front and imports them (nothing to import when empty).
    void openFromAnotherInstance(const QStringList &files);
    /// Edit → Paste as New Article: the clipboard's HTML, else its text.
    void pasteAsArticle();
    /// Imports the bundled sample unless it is already in the library, and shows it.
    void showSample();
    /// Shows one article of the library and selects it in the list.
    void showArticle(qint64 id);

    /// View → Review Segmentation: opens the review of the article shown.
    void reviewSegmentation();

    /// The bundled sample, as a resource path.
    static QString samplePath();

Q_SIGNALS:
    /// An import (files or paste) has finished and its result is shown.
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    /// File → Open Recent: the files opened last, newest first.
    void fillRecentMenu(QMenu *menu);
    void connectPanelsAndDialogs();
    void setupActions();
    /// Open, paste, quit, the exports and imports.
    void setupFileActions();
    /// Layouts, speakers, zoom, search, the library list, About.
    void setupViewActions();
    /// The annotation sidebar, segmentation review, the codebook and the speakers.
    void setupPanelActions();
    /// Every action's shortcut, in the window and in the dialogs that share them.
    void setupShortcuts();
    void setupMenusAndToolBar();
    /// The menu bar; returns the highlight colour menu, which the tool bar shares.
    QMenu *setupMenus();
    void setupToolBar(QMenu *colours);
    void restoreSettings();
    void saveSettings();
    /// The Preferences that apply at once: annotator name, reading font and size, colours.
    void applyPreferences();
    /// The reading size before zoom: the Preferences' or the default.
    qreal readingBaseSize() const;

    /// The banner for a library that is read-only (damaged: with Restore from Backup…); hidden otherwise.
    void showLibraryState();
    /// File → Back Up Now and Backups…, and the library shown afresh after a restore.
    void setupBackups();
    void showReplacedLibrary();
    /// The window title: the article's, marked when the library is read-only.
    void showTitle(const QString &articleTitle);
    void openFileDialog();
    void reportImport(const ImportSummary &summary);
    void displayArticle(qint64 id);
    void applyLayout(QAction *action);
    void zoomBy(int steps);
    void resetZoom();
    void showAbout();
    void onArticleRemoved(qint64 id);
    /// Shows the waiting annotation sidebar once the article shown has highlights.
    void updateWaitingSidebar();
    /// Opens a search result: its article, then the match selected in its pane
    /// (or, for a note, the note's highlight).
    void openSearchHit(const SearchHit &hit);

    LibraryStore *m_store;
    std::unique_ptr<Settings> m_settings;
    Annotations *m_annotations;
    ClaimRelations *m_relations;
    Actions *m_actions;
    QSplitter *m_splitter;
    LibraryPanel *m_library;
    ArticleView *m_articleView;
    HighlightController *m_highlighter;
    ImportController *m_importer;
    SearchPanel *m_search;
    AnnotationSidebar *m_sidebar;
    CodebookDialog *m_codebook;
    SegmentationReview *m_review;
    SegmentationReviewDialog *m_reviewDialog;
    SpeakersDialog *m_speakers;
    AgreementDialog *m_agreement;
    SegmentationRulesDialog *m_rulesDialog;
    PreferencesDialog *m_preferences = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    CompareDialog *m_compare;
    QLabel *m_articleInfo;
    LibraryBanner *m_banner;
    BackupController *m_backups;
    qint64 m_shownId = 0;
    QString m_shownTitle;
    QByteArray m_shownHash;
    int m_zoom = 0;
    /// No window state was saved: the first start, laid out when first shown.
    bool m_firstStart = false;
    /// The annotation sidebar stays hidden while the article has no highlights,
    /// until the reader shows or hides it (a first start).
    bool m_sidebarWaits = false;
};

} // namespace Colloquy
