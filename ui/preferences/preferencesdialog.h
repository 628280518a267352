#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Colloquy {

class Actions;

/**
 * Settings → Configure Colloquy…: the annotator's name, the layout per
 * article shape, the reading font and size, the colours, the language, the
 * library file and its automatic backups. It shows the Settings when opened; OK writes them and
 * emits changed(), and the window applies what it can at once (the name,
 * font, size and colours); the language and the library take effect at the
 * next start, as the dialog says.
 *
 * The layouts offered are those of the window's layout actions. Does not own
 * the actions. GUI thread only.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Actions *actions, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The article shapes a layout can be chosen for, by stable name, in the dialog's order.
    static QStringList shapeNames();
    /// The languages the interface is translated into (`de`, `zh_CN`), English aside.
    static QStringList languages();

    /// Reads the Settings into the fields (done when the dialog is opened).
    void load();
    void accept() override;

Q_SIGNALS:
    /// The user pressed OK: the Settings hold the new preferences.
    void changed();

private:
    QWidget *buildReadingPage();
    QWidget *buildLibraryPage();
    /// The automatic backups: on/off, interval, kept daily and weekly counts.
    QWidget *buildBackupGroup(QWidget *page);
    void browseLibrary();

    const Actions *m_actions;
    QLineEdit *m_name;
    QFontComboBox *m_family;
    QSpinBox *m_size;
    QComboBox *m_scheme;
    QComboBox *m_language;
    QLineEdit *m_library;
    QCheckBox *m_backupEnabled = nullptr;
    QSpinBox *m_backupInterval = nullptr;
    QSpinBox *m_backupDaily = nullptr;
    QSpinBox *m_backupWeekly = nullptr;
    QHash<QString, QComboBox *> m_shapeLayouts;
};

} // namespace Colloquy
