#include "backupsdialog.h"

#include "store/librarybackup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

BackupsDialog::BackupsDialog(QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(u"backupsDialog"_s);
    setWindowTitle(tr("Backups"));
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("Articles")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Backups"));
    m_restore->setObjectName(u"backupRestore"_s);
    m_restore->setToolTip(
        tr("Replace the library with this backup; the library it replaces is kept beside it"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            Q_EMIT restoreRequested(item->data(0, PathRole).toString());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT restoreRequested(item->data(0, PathRole).toString()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &BackupsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folder);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

void BackupsDialog::showBackupsOf(const QString &libraryPath)
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &backup : LibraryBackup::list(libraryPath)) {
        const Result<int> articles = LibraryBackup::articleCount(backup.path);
        auto *item = new QTreeWidgetItem(m_list,
            {locale.toString(backup.time.toLocalTime(), QLocale::LongFormat),
                locale.formattedDataSize(backup.size),
                articles.ok() ? locale.toString(*articles) : tr("unreadable")});
        item->setData(0, PathRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QString folder = QDir::toNativeSeparators(LibraryBackup::folderOf(libraryPath));
    m_folder->setText(m_list->topLevelItemCount() == 0
            ? tr("There are no backups of this library yet. They are kept in %1.").arg(folder)
            : tr("Backups kept in %1, newest first. Restoring one keeps the library it replaces beside it, "
                 "so a restore can be undone by restoring that file.")
                  .arg(folder));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    m_list->setFocus(Qt::OtherFocusReason);
}

int BackupsDialog::count() const
{
    return m_list->topLevelItemCount();
}

void BackupsDialog::updateButtons()
{
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace Colloquy
