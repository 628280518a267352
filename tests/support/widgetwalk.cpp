#include "widgetwalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

namespace {
void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus.append(menu);
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenus(action->menu(), menus);
    }
}
} // namespace

QList<QMenu *> menusOf(const QMainWindow *window)
{
    QList<QMenu *> menus;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collectMenus(top->menu(), menus);
    }
    return menus;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i; // a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> candidates {root};
    candidates += root->findChildren<QWidget *>();
    QList<QWidget *> found;
    for (QWidget *widget : std::as_const(candidates)) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->isWindow() != (widget == root))
            continue;
        // The parts of a compound control (a combo box's line edit, a field's
        // clear button, a view's header) are named with it.
        const QWidget *parent = widget->parentWidget();
        const QWidget *grandParent = parent ? parent->parentWidget() : nullptr;
        if (widget->focusProxy() || qobject_cast<const QLineEdit *>(parent) ||
            qobject_cast<const QAbstractItemView *>(parent) ||
            (qobject_cast<const QScrollBar *>(widget) &&
                qobject_cast<const QAbstractScrollArea *>(grandParent)))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSlider *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QTextEdit *>(widget) ||
            qobject_cast<QTabBar *>(widget);
        if (control || (widget->focusPolicy() & Qt::TabFocus))
            found.append(widget);
    }
    return found;
}

QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        chain.prepend(
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return QString::fromLatin1(widget->metaObject()->className()) + u" at "_s + chain.join(u" / "_s);
}

} // namespace Colloquy::Testing
