#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QTextEdit;
class QMainWindow;
class QMenu;

namespace Colloquy::Testing {

/// What the modal dialogs an action opened asked, as triggerAndAnswer() answered them. A plain value.
struct DialogAnswers
{
    /// A file dialog came and was given the path.
    bool fileDialog = false;
    /// The icon of the last message box, NoIcon when none came.
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    /// The last message box's text and informative text, one line apart.
    QString message;
};

/**
 * Triggers `action` and answers the modal dialogs it opens as a user would:
 * the first file dialog (Qt's own: offscreen has no native one) gets `path`
 * typed into its name field and Return; each message box is read and closed
 * with OK. Returns when the action's handler does. GUI thread only.
 */
DialogAnswers triggerAndAnswer(QAction *action, const QString &path);

/// What a text input dialog showed before answerTextInput() answered it. A plain value.
struct TextInputAnswer
{
    bool answered = false;
    /// The text the dialog offered.
    QString offered;
};

/// Calls `open`, which opens a modal QInputDialog, and answers it with
/// `value` and OK; `answered` is false when no such dialog came.
TextInputAnswer answerTextInput(const std::function<void()> &open, const QString &value);
/// Calls `open`, which opens modal QInputDialogs one after another (a name,
/// then a choice from a list), and answers the n-th with `values[n]` and OK;
/// returns what each offered, one entry per dialog answered.
QStringList answerTextInputs(const std::function<void()> &open, const QStringList &values);

/// Focuses `view` (waiting until it has the focus) and selects
/// `[from, from + length)` of its document; false when the focus never came.
bool selectText(QTextEdit *view, int from, int length);

/// The menu of `window`'s menu bar, or a submenu of one, that holds `action`; null when none does.
QMenu *menuHolding(const QMainWindow *window, const QAction *action);

} // namespace Colloquy::Testing
