#include "preferences/shortcutsdialog.h"

#include "actions.h"
#include "settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(Actions *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_reset(new QPushButton(tr("Reset to &Default"), this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 560);

    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setAccessibleName(tr("Filter the shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Actions and their shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_edit->setObjectName(u"shortcutEdit"_s);
    m_clear->setObjectName(u"shortcutClear"_s);
    m_reset->setObjectName(u"shortcutReset"_s);

    auto *keyLabel = new QLabel(tr("&Shortcut:"), this);
    keyLabel->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Shortcut"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_edit, 1);
    keyRow->addWidget(m_clear);
    keyRow->addWidget(m_reset);
    auto *hint = new QLabel(tr("Select an action, then press the keys it should have."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(keyRow);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::showCurrent);
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        // The refusal's message box takes the focus, which finishes the edit again: ignore that.
        if (m_refusing)
            return;
        if (!assignToCurrent(m_edit->keySequence()))
            showCurrent();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (QAction *action = currentAction())
            setPending(action, {});
        showCurrent();
    });
    connect(m_reset, &QPushButton::clicked, this, &ShortcutsDialog::resetCurrent);
    fill();
}

// The chosen action's default keys, unless another action holds one of them now.
void ShortcutsDialog::resetCurrent()
{
    QAction *action = currentAction();
    if (!action)
        return;
    for (const QKeySequence &key : Actions::defaultShortcuts(action)) {
        if (QAction *holder = holderOf(key, action)) {
            QMessageBox::warning(this, tr("Shortcut in Use"),
                tr("The default shortcut %1 of “%2” is now used by “%3”. Change that one first.")
                    .arg(key.toString(QKeySequence::NativeText), Actions::plainText(action),
                        Actions::plainText(holder)));
            return;
        }
    }
    setPending(action, Actions::defaultShortcuts(action));
    showCurrent();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::restore(const Actions *actions)
{
    const Settings settings;
    for (QAction *action : actions->all()) {
        if (const std::optional<QList<QKeySequence>> keys = settings.shortcuts(action->objectName()))
            action->setShortcuts(*keys);
    }
}

void ShortcutsDialog::fill()
{
    for (QAction *action : m_actions->all()) {
        auto *item = new QTreeWidgetItem(m_list, {Actions::plainText(action), keysText(action->shortcuts())});
        item->setIcon(0, action->icon());
        item->setToolTip(0, action->statusTip());
        m_items.insert(action, item);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

QAction *ShortcutsDialog::currentAction() const
{
    return m_items.key(m_list->currentItem(), nullptr);
}

QList<QKeySequence> ShortcutsDialog::shortcutsOf(QAction *action) const
{
    return m_pending.value(action, action->shortcuts());
}

void ShortcutsDialog::showCurrent()
{
    QAction *action = currentAction();
    m_edit->setEnabled(action);
    m_clear->setEnabled(action);
    m_reset->setEnabled(action);
    const QList<QKeySequence> keys = action ? shortcutsOf(action) : QList<QKeySequence>();
    m_edit->setKeySequence(keys.value(0));
}

void ShortcutsDialog::filter(const QString &text)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const bool shown = text.isEmpty() || it.value()->text(0).contains(text, Qt::CaseInsensitive) ||
            it.value()->text(1).contains(text, Qt::CaseInsensitive);
        it.value()->setHidden(!shown);
    }
}

void ShortcutsDialog::setPending(QAction *action, const QList<QKeySequence> &keys)
{
    m_pending.insert(action, keys);
    if (QTreeWidgetItem *item = m_items.value(action))
        item->setText(1, keysText(keys));
}

QAction *ShortcutsDialog::holderOf(const QKeySequence &key, const QAction *except) const
{
    for (QAction *action : m_actions->all()) {
        if (action != except && shortcutsOf(action).contains(key))
            return action;
    }
    return nullptr;
}

bool ShortcutsDialog::assignToCurrent(const QKeySequence &keys)
{
    QAction *action = currentAction();
    if (!action)
        return false;
    if (keys.isEmpty()) {
        setPending(action, {});
        return true;
    }
    // One key combination per shortcut: the first one pressed.
    const QKeySequence key(keys[0]);
    if (QAction *holder = holderOf(key, action)) {
        const QScopedValueRollback refusing(m_refusing, true);
        showCurrent();
        QMessageBox::warning(this, tr("Shortcut in Use"),
            tr("%1 is already the shortcut of “%2”. Choose another key, or give “%2” another shortcut first.")
                .arg(key.toString(QKeySequence::NativeText), Actions::plainText(holder)));
        return false;
    }
    setPending(action, {key});
    return true;
}

void ShortcutsDialog::accept()
{
    Settings settings;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        QAction *action = it.key();
        action->setShortcuts(it.value());
        if (it.value() == Actions::defaultShortcuts(action))
            settings.resetShortcuts(action->objectName());
        else
            settings.setShortcuts(action->objectName(), it.value());
    }
    m_pending.clear();
    QDialog::accept();
}

} // namespace Colloquy
