#pragma once

#include "actions.h"

#include <QSize>
#include <QString>

#include <memory>

class QAction;
class QTemporaryDir;

namespace Colloquy {

struct Article;
class Annotations;
class LibraryStore;
class MainWindow;

namespace Testing {

class TemporaryLibrary;

/**
 * The main window as a GUI test meets it: settings that never touch the
 * user's, a temporary library, and a MainWindow on it, shown and active. This
 * is the one place the tests build the window; anything that changes how the
 * application does that changes here.
 *
 * Call isolateSettings() from initTestCase(), newLibrary() then (after adding
 * the test's articles) openWindow() from init(), and reset() from cleanup().
 * Widgets are found by object name with child(). Failures to set up are
 * reported with qWarning() and a false (or null) return, for QVERIFY. Owns
 * the window and the library; the window goes first. GUI thread only.
 */
class MainWindowFixture
{
public:
    /// A reading size every GUI test can lay three panes out in.
    static constexpr QSize DefaultSize {1300, 800};

    MainWindowFixture();
    ~MainWindowFixture();
    MainWindowFixture(const MainWindowFixture &) = delete;
    MainWindowFixture &operator=(const MainWindowFixture &) = delete;

    /// Standard paths in test mode, the organisation "ColloquyTest", settings
    /// as INI files in a temporary folder kept until this fixture goes, and
    /// the interface in English.
    bool isolateSettings();
    /// Closes any window, clears the settings and starts a fresh, empty library.
    bool newLibrary();
    /// Builds the window on the library, sized, shown, exposed and active
    /// (closing any window before). Null on failure.
    MainWindow *openWindow(QSize size = DefaultSize);
    /// A fresh library holding `article`, and the window on it showing the
    /// article; the article's id, 0 on failure.
    qint64 openOn(const Article &article, QSize size = DefaultSize);
    /// Destroys the window (it saves its settings as it closes).
    void closeWindow();
    /// The window, then the library.
    void reset();

    MainWindow *window() const;
    TemporaryLibrary &library() const;
    LibraryStore *store() const;
    /// The services the window edits through.
    Annotations *annotations() const;
    QAction *action(Actions::Id id) const;

    /// The window's descendant of type T named `name`; a missing one stops the
    /// test program, since no test can go on without it.
    template<typename T>
    T *child(const QString &name) const
    {
        return static_cast<T *>(findChild(T::staticMetaObject, name));
    }

    /// Presses `key` on the window and waits until its dialog T named `name`
    /// is shown and active; null when it does not come.
    template<typename T>
    T *openDialog(QKeyCombination key, const QString &name) const
    {
        return static_cast<T *>(openDialog(key, T::staticMetaObject, name));
    }

private:
    QObject *openDialog(QKeyCombination key, const QMetaObject &type, const QString &name) const;
    QObject *findChild(const QMetaObject &type, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TemporaryLibrary> m_library;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Testing
} // namespace Colloquy
