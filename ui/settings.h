#pragma once

#include "model/highlightcolour.h"
#include "reader/articlelayout.h"
#include "store/librarybackup.h"

#include <QByteArray>
#include <QKeySequence>
#include <QList>
#include <QSettings>

#include <optional>

namespace Colloquy {

/// The palette the window uses. Saved by name.
enum class ColourScheme
{
    System, ///< whatever the desktop uses
    Light,
    Dark,
};

/**
 * Typed access to the GUI's settings; every key is spelled once, in settings.cpp.
 *
 * It reads and writes the application's QSettings (organisation and
 * application name set in main()), so tests redirect it with
 * QSettings::setPath() into a temporary folder. Enums are saved by name so a
 * reordered enum never changes what a saved value means. Cheap to create; use
 * it from the GUI thread.
 */
class Settings
{
public:
    Settings();

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    /// The splitter between the library and the article.
    QByteArray librarySplitterState() const;
    void setLibrarySplitterState(const QByteArray &state);

    /// Reading text size in steps of one point from the default; 0 is the default.
    int fontZoom() const;
    void setFontZoom(int steps);

    /// The layout of articles that have none of their own yet: the last one chosen.
    ArticleLayout defaultLayout() const;
    void setDefaultLayout(ArticleLayout layout);
    /// The layout chosen for one article, keyed by its content hash so it
    /// survives removing and importing the article again.
    std::optional<ArticleLayout> articleLayout(const QByteArray &contentHash) const;
    void setArticleLayout(const QByteArray &contentHash, ArticleLayout layout);

    bool editorNoteExpanded() const;
    void setEditorNoteExpanded(bool expanded);

    /// The content hash of the article shown when the window last closed.
    QByteArray lastArticleHash() const;
    void setLastArticleHash(const QByteArray &contentHash);

    /// The colour `H` highlights in: the last one picked, yellow at first.
    HighlightColour highlightColour() const;
    void setHighlightColour(HighlightColour colour);

    /// The folder File → Open… starts in: the last one used while it exists,
    /// else Documents when there is one, else the home folder.
    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);

    /// File → Open Recent: absolute paths, newest first, at most ten, no duplicates.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    /// Puts `files` (made absolute) at the head of recentFiles().
    void addRecentFiles(const QStringList &files);

    /// The annotator's name for new highlights and notes; empty: the account's name.
    QString annotatorName() const;
    void setAnnotatorName(const QString &name);

    /// The reading font's family; empty: the default serif.
    QString readingFamily() const;
    void setReadingFamily(const QString &family);
    /// The reading size before zoom, in points; 0: the default size.
    qreal readingPointSize() const;
    void setReadingPointSize(qreal points);

    ColourScheme colourScheme() const;
    void setColourScheme(ColourScheme scheme);

    /// The library file opened when none is given on the command line; empty: the default one.
    QString libraryPath() const;
    void setLibraryPath(const QString &path);

    /// Automatic backups of the library (AutoBackup): on by default.
    bool backupEnabled() const;
    void setBackupEnabled(bool enabled);
    /// The least time between two automatic backups, in minutes; 60 by default.
    int backupIntervalMinutes() const;
    void setBackupIntervalMinutes(int minutes);
    /// How many daily and weekly backups rotation keeps; 7 and 4 by default.
    BackupPolicy backupPolicy() const;
    void setBackupPolicy(const BackupPolicy &policy);

    /// The layout chosen for articles of one shape (`roundtable`, `interview`,
    /// `briefing`, `transcript`); nullopt: the layout the shape suggests.
    std::optional<ArticleLayout> shapeLayout(const QString &shape) const;
    void setShapeLayout(const QString &shape, std::optional<ArticleLayout> layout);

    /// The user's shortcuts for the action named `actionName` (its object
    /// name); nullopt when the user kept the default. An empty list means none.
    std::optional<QList<QKeySequence>> shortcuts(const QString &actionName) const;
    void setShortcuts(const QString &actionName, const QList<QKeySequence> &keys);
    void resetShortcuts(const QString &actionName);

    /// The interface language (`de`, `zh_CN`, `en`); empty: the system's.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings m_settings;
};

} // namespace Colloquy
