#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace Key {
static const QString MainWindowGeometry = u"MainWindow/geometry"_s;
static const QString MainWindowState = u"MainWindow/state"_s;
static const QString LibrarySplitter = u"MainWindow/librarySplitter"_s;
static const QString FontZoom = u"View/fontZoom"_s;
static const QString DefaultLayout = u"View/defaultLayout"_s;
static const QString EditorNoteExpanded = u"View/editorNoteExpanded"_s;
static const QString LastArticle = u"Library/lastArticle"_s;
static const QString LastOpenFolder = u"Library/lastOpenFolder"_s;
static const QString RecentFiles = u"Library/recentFiles"_s;
static const QString HighlightColour = u"Annotate/highlightColour"_s;
static const QString AnnotatorName = u"Annotate/author"_s;
static const QString ReadingFamily = u"View/readingFamily"_s;
static const QString ReadingPointSize = u"View/readingPointSize"_s;
static const QString ColourScheme = u"View/colourScheme"_s;
static const QString LibraryPath = u"Library/path"_s;
static const QString Language = u"Interface/language"_s;
static const QString BackupEnabled = u"Backup/enabled"_s;
static const QString BackupInterval = u"Backup/intervalMinutes"_s;
static const QString BackupDaily = u"Backup/keepDaily"_s;
static const QString BackupWeekly = u"Backup/keepWeekly"_s;

static QString shapeLayout(const QString &shape)
{
    return u"ShapeLayouts/"_s + shape;
}

static QString shortcuts(const QString &actionName)
{
    return u"Shortcuts/"_s + actionName;
}

static QString articleLayout(const QByteArray &contentHash)
{
    return u"ArticleLayouts/"_s + QString::fromLatin1(contentHash);
}
} // namespace Key

// Keeps a hand-edited or corrupt file from producing absurd sizes.
static constexpr int MaxZoomSteps = 30;
static constexpr qreal MinReadingPoints = 6.0;
static constexpr qreal MaxReadingPoints = 72.0;

Settings::Settings() = default;

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings.value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings.value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::MainWindowState, state);
}

QByteArray Settings::librarySplitterState() const
{
    return m_settings.value(Key::LibrarySplitter).toByteArray();
}

void Settings::setLibrarySplitterState(const QByteArray &state)
{
    m_settings.setValue(Key::LibrarySplitter, state);
}

int Settings::fontZoom() const
{
    return std::clamp(m_settings.value(Key::FontZoom, 0).toInt(), -MaxZoomSteps, MaxZoomSteps);
}

void Settings::setFontZoom(int steps)
{
    m_settings.setValue(Key::FontZoom, std::clamp(steps, -MaxZoomSteps, MaxZoomSteps));
}

ArticleLayout Settings::defaultLayout() const
{
    return articleLayoutFromName(m_settings.value(Key::DefaultLayout).toString())
        .value_or(ArticleLayout::SideBySide);
}

void Settings::setDefaultLayout(ArticleLayout layout)
{
    m_settings.setValue(Key::DefaultLayout, articleLayoutName(layout));
}

std::optional<ArticleLayout> Settings::articleLayout(const QByteArray &contentHash) const
{
    if (contentHash.isEmpty())
        return std::nullopt;
    return articleLayoutFromName(m_settings.value(Key::articleLayout(contentHash)).toString());
}

void Settings::setArticleLayout(const QByteArray &contentHash, ArticleLayout layout)
{
    if (!contentHash.isEmpty())
        m_settings.setValue(Key::articleLayout(contentHash), articleLayoutName(layout));
}

bool Settings::editorNoteExpanded() const
{
    return m_settings.value(Key::EditorNoteExpanded, true).toBool();
}

void Settings::setEditorNoteExpanded(bool expanded)
{
    m_settings.setValue(Key::EditorNoteExpanded, expanded);
}

QByteArray Settings::lastArticleHash() const
{
    return m_settings.value(Key::LastArticle).toByteArray();
}

void Settings::setLastArticleHash(const QByteArray &contentHash)
{
    m_settings.setValue(Key::LastArticle, contentHash);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(Key::RecentFiles).toStringList();
}

void Settings::setRecentFiles(const QStringList &files)
{
    QStringList kept;
    for (const QString &file : files) {
        if (!file.isEmpty() && !kept.contains(file) && kept.size() < 10)
            kept.append(file);
    }
    m_settings.setValue(Key::RecentFiles, kept);
}

void Settings::addRecentFiles(const QStringList &files)
{
    QStringList recent;
    for (const QString &file : files)
        recent.prepend(QFileInfo(file).absoluteFilePath());
    setRecentFiles(recent + recentFiles());
}

QString Settings::lastOpenFolder() const
{
    // A folder that does not exist would reach the file dialog as a file name
    // to pre-fill ("Documents"); only existing folders are offered.
    for (const QString &folder : {m_settings.value(Key::LastOpenFolder).toString(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void Settings::setLastOpenFolder(const QString &folder)
{
    m_settings.setValue(Key::LastOpenFolder, folder);
}

HighlightColour Settings::highlightColour() const
{
    return colourFromName(m_settings.value(Key::HighlightColour).toString())
        .value_or(HighlightColour::Yellow);
}

void Settings::setHighlightColour(HighlightColour colour)
{
    m_settings.setValue(Key::HighlightColour, colourName(colour));
}

QString Settings::annotatorName() const
{
    return m_settings.value(Key::AnnotatorName).toString().simplified();
}

void Settings::setAnnotatorName(const QString &name)
{
    m_settings.setValue(Key::AnnotatorName, name.simplified());
}

QString Settings::readingFamily() const
{
    return m_settings.value(Key::ReadingFamily).toString();
}

void Settings::setReadingFamily(const QString &family)
{
    m_settings.setValue(Key::ReadingFamily, family);
}

qreal Settings::readingPointSize() const
{
    const qreal points = m_settings.value(Key::ReadingPointSize, 0.0).toReal();
    return points >= MinReadingPoints && points <= MaxReadingPoints ? points : 0.0;
}

void Settings::setReadingPointSize(qreal points)
{
    m_settings.setValue(Key::ReadingPointSize, points);
}

namespace {
const QList<std::pair<ColourScheme, QString>> SchemeNames {
    {ColourScheme::System, u"system"_s}, {ColourScheme::Light, u"light"_s}, {ColourScheme::Dark, u"dark"_s}};
} // namespace

ColourScheme Settings::colourScheme() const
{
    const QString name = m_settings.value(Key::ColourScheme).toString();
    for (const auto &[scheme, schemeName] : SchemeNames) {
        if (schemeName == name)
            return scheme;
    }
    return ColourScheme::System;
}

void Settings::setColourScheme(ColourScheme scheme)
{
    for (const auto &[value, name] : SchemeNames) {
        if (value == scheme)
            m_settings.setValue(Key::ColourScheme, name);
    }
}

bool Settings::backupEnabled() const
{
    return m_settings.value(Key::BackupEnabled, true).toBool();
}

void Settings::setBackupEnabled(bool enabled)
{
    m_settings.setValue(Key::BackupEnabled, enabled);
}

int Settings::backupIntervalMinutes() const
{
    return std::clamp(m_settings.value(Key::BackupInterval, 60).toInt(), 1, 7 * 24 * 60);
}

void Settings::setBackupIntervalMinutes(int minutes)
{
    m_settings.setValue(Key::BackupInterval, minutes);
}

BackupPolicy Settings::backupPolicy() const
{
    const BackupPolicy defaults;
    return {std::clamp(m_settings.value(Key::BackupDaily, defaults.daily).toInt(), 0, 366),
        std::clamp(m_settings.value(Key::BackupWeekly, defaults.weekly).toInt(), 0, 520)};
}

void Settings::setBackupPolicy(const BackupPolicy &policy)
{
    m_settings.setValue(Key::BackupDaily, policy.daily);
    m_settings.setValue(Key::BackupWeekly, policy.weekly);
}

QString Settings::libraryPath() const
{
    return m_settings.value(Key::LibraryPath).toString();
}

void Settings::setLibraryPath(const QString &path)
{
    m_settings.setValue(Key::LibraryPath, path);
}

std::optional<ArticleLayout> Settings::shapeLayout(const QString &shape) const
{
    return articleLayoutFromName(m_settings.value(Key::shapeLayout(shape)).toString());
}

void Settings::setShapeLayout(const QString &shape, std::optional<ArticleLayout> layout)
{
    if (layout)
        m_settings.setValue(Key::shapeLayout(shape), articleLayoutName(*layout));
    else
        m_settings.remove(Key::shapeLayout(shape));
}

std::optional<QList<QKeySequence>> Settings::shortcuts(const QString &actionName) const
{
    const QVariant value = m_settings.value(Key::shortcuts(actionName));
    if (!value.isValid())
        return std::nullopt;
    QList<QKeySequence> keys;
    for (const QString &key : value.toStringList()) {
        const QKeySequence sequence = QKeySequence::fromString(key, QKeySequence::PortableText);
        if (!sequence.isEmpty())
            keys.append(sequence);
    }
    return keys;
}

void Settings::setShortcuts(const QString &actionName, const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::PortableText));
    // An empty QStringList reads back as an invalid value; one empty entry means "none".
    m_settings.setValue(Key::shortcuts(actionName), texts.isEmpty() ? QStringList {QString()} : texts);
}

void Settings::resetShortcuts(const QString &actionName)
{
    m_settings.remove(Key::shortcuts(actionName));
}

QString Settings::language() const
{
    return m_settings.value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::Language, language);
}

} // namespace Colloquy
