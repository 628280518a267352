#include "mainwindowfixture.h"

#include "temporarylibrary.h"

#include "annotate/annotations.h"
#include "mainwindow.h"
#include "preferences/interfacelanguage.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    reset();
}

bool MainWindowFixture::isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ColloquyTest"_s);
    m_settings = std::make_unique<QTemporaryDir>();
    if (!m_settings->isValid()) {
        qWarning("cannot make a folder for the settings");
        return false;
    }
    // Settings go to an INI file in a temporary folder, never the user's config.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings->path());
    // English, as the application starts on an English system (plural forms included).
    installInterfaceLanguage(u"en"_s);
    return true;
}

bool MainWindowFixture::newLibrary()
{
    reset();
    QSettings().clear();
    m_library = std::make_unique<TemporaryLibrary>();
    return m_library->isOpen();
}

MainWindow *MainWindowFixture::openWindow(QSize size)
{
    closeWindow();
    if (!m_library || !m_library->isOpen()) {
        qWarning("no library to open the window on");
        return nullptr;
    }
    m_window = std::make_unique<MainWindow>(m_library->session());
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    return m_window.get();
}

qint64 MainWindowFixture::openOn(const Article &article, QSize size)
{
    if (!newLibrary())
        return 0;
    const qint64 id = m_library->addArticle(article);
    if (!id || !openWindow(size))
        return 0;
    m_window->showArticle(id);
    return id;
}

void MainWindowFixture::closeWindow()
{
    m_window.reset();
}

void MainWindowFixture::reset()
{
    m_window.reset();
    m_library.reset();
}

MainWindow *MainWindowFixture::window() const
{
    return m_window.get();
}

TemporaryLibrary &MainWindowFixture::library() const
{
    Q_ASSERT(m_library);
    return *m_library;
}

LibraryStore *MainWindowFixture::store() const
{
    return m_library ? m_library->store() : nullptr;
}

Annotations *MainWindowFixture::annotations() const
{
    return m_window ? m_library->annotations() : nullptr;
}

QAction *MainWindowFixture::action(Actions::Id id) const
{
    return child<Actions>(u"actions"_s)->action(id);
}

QObject *MainWindowFixture::openDialog(
    QKeyCombination key, const QMetaObject &type, const QString &name) const
{
    QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
    auto *dialog = static_cast<QWidget *>(findChild(type, name));
    if (!dialog->isVisible() || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

QObject *MainWindowFixture::findChild(const QMetaObject &type, const QString &name) const
{
    if (!m_window)
        qFatal("no window to find %s in", qPrintable(name));
    for (QObject *candidate : m_window->findChildren<QObject *>(name)) {
        if (type.cast(candidate))
            return candidate;
    }
    qFatal("the window has no %s named %s", type.className(), qPrintable(name));
}

} // namespace Colloquy::Testing
