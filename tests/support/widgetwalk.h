#pragma once

#include <QList>
#include <QString>

class QMainWindow;
class QMenu;
class QWidget;

namespace Colloquy::Testing {

/// Every menu of `window`'s menu bar with its submenus, at any depth, menu bar order.
QList<QMenu *> menusOf(const QMainWindow *window);

/// The mnemonic letter of `text` (the character after a single `&`), lower
/// case; a null QChar when it has none.
QChar mnemonicOf(const QString &text);

/// The widgets under `root` (and `root`) a user can reach: shown, enabled and
/// taking focus by Tab or click, or a button, a field, a list or a box of
/// choices (whatever its focus policy).
QList<QWidget *> interactiveWidgets(QWidget *root);

/// What a screen reader announces as `widget`'s name: QAccessible's name of
/// it (its accessibleName, else its text, its label's text or its tool tip).
QString accessibleNameOf(QWidget *widget);

/// `widget` by class, object name and the chain of its parents' names, for failure messages.
QString describe(const QWidget *widget);

} // namespace Colloquy::Testing
