#pragma once

#include "livedialog.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace Colloquy {

class Annotations;

/**
 * The codebook manager: the tree of themes with their colours and claim
 * counts, and every change to it (create, rename in place, recolour,
 * describe, re-parent by dragging or with "Move to", merge, delete).
 *
 * Every change goes through Annotations, so Ctrl+Z undoes it here as in the
 * main window (the window's Undo and Redo actions are added to the dialog).
 * Deleting asks first and says how many claims lose the theme. The tree is
 * rebuilt from the store after every change, keeping the current theme.
 * Below it, the current theme's claims across all articles, with speaker and
 * quote; activating one asks the window to open it (claimActivated()).
 */
class CodebookDialog : public LiveDialog
{
    Q_OBJECT
public:
    explicit CodebookDialog(Annotations *annotations, QWidget *parent = nullptr);
    ~CodebookDialog() override;

    QTreeWidget *tree() const;
    QLineEdit *descriptionEdit() const;
    /// The current theme's claims, each row holding its article and highlight ids.
    QListWidget *claimList() const;
    static constexpr int ArticleIdRole = Qt::UserRole + 10;
    static constexpr int HighlightIdRole = Qt::UserRole + 11;
    /// The theme of the current row; 0 for none.
    qint64 currentThemeId() const;
    void setCurrentThemeId(qint64 themeId);

    /// Creates "New theme" (numbered when taken) under `parentId` and starts renaming it.
    bool createTheme(qint64 parentId);
    /// Asks, then deletes the current theme. False when cancelled or refused.
    bool deleteCurrentTheme();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void claimActivated(qint64 articleId, qint64 highlightId);

private:
    /// The theme tree, with drag and drop to re-parent.
    void setupTree(QVBoxLayout *layout);
    /// The description, the claims and the status under the tree.
    void setupDetails(QVBoxLayout *layout);
    /// The tree's actions, in its context menu and on `toolBar`.
    void setupActions(QToolBar *toolBar);
    void connectSignals();
    void rebuild() override;
    void updateDetails();
    void fillMoveMenu();
    void fillMergeMenu();
    void renamed(QTreeWidgetItem *item, int column);
    void reparentDropped(qint64 themeId, qint64 parentId);
    bool report(bool ok, const QString &done);

    Annotations *m_annotations;
    QTreeWidget *m_tree;
    QLineEdit *m_description;
    QListWidget *m_claims;
    QLabel *m_status;
    QMenu *m_colourMenu;
    QMenu *m_moveMenu;
    QMenu *m_mergeMenu;
    bool m_rebuilding = false;
    bool m_renaming = false;
};

} // namespace Colloquy
