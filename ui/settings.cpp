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
static const QString HighlightColour = u"Annotate/highlightColour"_s;

static QString articleLayout(const QByteArray &contentHash)
{
    return u"ArticleLayouts/"_s + QString::fromLatin1(contentHash);
}
} // namespace Key

// Keeps a hand-edited or corrupt file from producing absurd sizes.
static constexpr int MaxZoomSteps = 30;

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

} // namespace Colloquy
