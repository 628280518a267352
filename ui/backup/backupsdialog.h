#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Colloquy {

/**
 * File → Backups… and the banner's "Restore from Backup…": the backups of the
 * open library (LibraryBackup::list()), newest first, with when each was made
 * (local time), its size and how many articles it holds, and a Restore button
 * for the one selected. It only asks: restoreRequested() carries the choice
 * and the window does the restore (it must close and reopen the library).
 *
 * Owned by its parent window; GUI thread only.
 */
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(QWidget *parent = nullptr);

    /// Lists the backups of the library at `libraryPath` again, the newest selected.
    void showBackupsOf(const QString &libraryPath);
    /// How many backups are listed.
    int count() const;

Q_SIGNALS:
    /// The user asked to restore the backup at `path`.
    void restoreRequested(const QString &path);

private:
    void updateButtons();

    QLabel *m_folder;
    QTreeWidget *m_list;
    QPushButton *m_restore;
};

} // namespace Colloquy
