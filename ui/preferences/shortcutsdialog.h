#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QKeySequenceEdit;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Colloquy {

class Actions;

/**
 * Help → Keyboard Shortcuts: every action of the window's registry with its
 * shortcuts, filtered as you type. Selecting one and pressing keys in the
 * field below gives it that shortcut; Clear leaves it none, Reset its
 * default. A key another action already has is refused with a message that
 * names that action. OK applies the changes to the actions and saves them in
 * the Settings; Cancel forgets them.
 *
 * restore() applies the saved shortcuts at start. Does not own the actions,
 * which must outlive it. GUI thread only.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(Actions *actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// Gives every action the shortcuts saved in the Settings (the defaults when none are).
    static void restore(const Actions *actions);

    /// Gives the selected action `keys` (its first key combination), unless another
    /// action has it; false after the refusal was shown.
    bool assignToCurrent(const QKeySequence &keys);

    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *keyEdit() const { return m_edit; }

    void accept() override;

private:
    void fill();
    void showCurrent();
    void resetCurrent();
    void filter(const QString &text);
    void setPending(QAction *action, const QList<QKeySequence> &keys);
    QList<QKeySequence> shortcutsOf(QAction *action) const;
    /// The action other than `except` that has `key` (pending changes included), or null.
    QAction *holderOf(const QKeySequence &key, const QAction *except) const;
    QAction *currentAction() const;

    Actions *m_actions;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_edit;
    QPushButton *m_clear;
    QPushButton *m_reset;
    QHash<QAction *, QList<QKeySequence>> m_pending;
    QHash<QAction *, QTreeWidgetItem *> m_items;
    bool m_refusing = false;
};

} // namespace Colloquy
