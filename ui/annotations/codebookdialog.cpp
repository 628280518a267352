#include "annotations/codebookdialog.h"

#include "annotate/annotations.h"
#include "annotations/themepaths.h"
#include "model/codebook.h"
#include "reader/highlightstyle.h"
#include "store/librarystore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int ThemeIdRole = Qt::UserRole + 1;

/// Leaves the tree as it is on a drop and reports the intended re-parenting;
/// the dialog rebuilds the tree from the store once the core has moved it.
class CodebookTree : public QTreeWidget
{
public:
    std::function<void(qint64, qint64)> onReparent;

protected:
    void dropEvent(QDropEvent *event) override
    {
        const QTreeWidgetItem *dragged = currentItem();
        if (!dragged || !onReparent) {
            event->ignore();
            return;
        }
        const QTreeWidgetItem *target = itemAt(event->position().toPoint());
        qint64 parentId = 0;
        if (target) {
            // On an item: under it; above or below: beside it.
            parentId = dropIndicatorPosition() == QAbstractItemView::OnItem
                ? target->data(0, ThemeIdRole).toLongLong()
                : (target->parent() ? target->parent()->data(0, ThemeIdRole).toLongLong() : 0);
        }
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        onReparent(dragged->data(0, ThemeIdRole).toLongLong(), parentId);
    }
};
} // namespace

CodebookDialog::CodebookDialog(Annotations *annotations, QWidget *parent)
    : LiveDialog(parent)
    , m_annotations(annotations)
    , m_tree(new CodebookTree)
    , m_description(new QLineEdit(this))
    , m_claims(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_colourMenu(new QMenu(tr("&Colour"), this))
    , m_moveMenu(new QMenu(tr("&Move To"), this))
    , m_mergeMenu(new QMenu(tr("Mer&ge Into"), this))
{
    setObjectName(u"codebookDialog"_s);
    setWindowTitle(tr("Codebook"));
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(toolBar);
    setupTree(layout);
    setupDetails(layout);
    setupActions(toolBar);
    connectSignals();
    rebuild();
}

void CodebookDialog::setupTree(QVBoxLayout *layout)
{
    m_tree->setParent(this);
    m_tree->setObjectName(u"codebookTree"_s);
    m_tree->setAccessibleName(tr("Themes"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Theme"), tr("Claims")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    static_cast<CodebookTree *>(m_tree)->onReparent = [this](qint64 theme, qint64 parentId) {
        reparentDropped(theme, parentId);
    };
    layout->addWidget(m_tree, 1);
}

void CodebookDialog::setupDetails(QVBoxLayout *layout)
{
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    m_description->setObjectName(u"codebookDescription"_s);
    m_description->setPlaceholderText(tr("What this theme covers"));
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description);
    auto *claimsLabel = new QLabel(tr("C&laims:"), this);
    claimsLabel->setBuddy(m_claims);
    m_claims->setObjectName(u"codebookClaims"_s);
    m_claims->setAccessibleName(tr("Claims of the current theme"));
    m_claims->setWordWrap(true);
    m_claims->setMaximumHeight(160);
    layout->addWidget(claimsLabel);
    layout->addWidget(m_claims);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter confirms a description or a name; it must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
}

void CodebookDialog::setupActions(QToolBar *toolBar)
{
    auto action = [this](const QString &name, const QString &text, const QString &icon,
                      const QKeySequence &key) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tree->addAction(a);
        return a;
    };
    QAction *create =
        action(u"codebook_new"_s, tr("&New Theme"), u"list-add"_s, QKeySequence(Qt::Key_Insert));
    QAction *createChild = action(u"codebook_new_child"_s, tr("New &Sub-theme"), u"list-add"_s,
        QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    QAction *rename = action(u"codebook_rename"_s, tr("&Rename"), u"edit-rename"_s, QKeySequence(Qt::Key_F2));
    QAction *remove =
        action(u"codebook_delete"_s, tr("&Delete…"), u"edit-delete"_s, QKeySequence(Qt::Key_Delete));
    for (const HighlightColour colour : highlightPalette()) {
        QAction *a =
            m_colourMenu->addAction(HighlightStyle::icon(colour), HighlightStyle::displayName(colour));
        connect(a, &QAction::triggered, this, [this, colour] {
            if (const qint64 id = currentThemeId())
                report(m_annotations->recolourTheme(id, colour), tr("Recoloured the theme"));
        });
    }
    m_tree->addAction(m_colourMenu->menuAction());
    m_tree->addAction(m_moveMenu->menuAction());
    m_tree->addAction(m_mergeMenu->menuAction());
    toolBar->addAction(create);
    toolBar->addAction(createChild);
    toolBar->addAction(rename);
    for (QMenu *menu : {m_colourMenu, m_moveMenu, m_mergeMenu}) {
        auto *button = new QToolButton(toolBar);
        button->setText(menu->title().remove(u'&'));
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        toolBar->addWidget(button);
    }
    toolBar->addAction(remove);

    connect(create, &QAction::triggered, this, [this] {
        const qint64 current = currentThemeId();
        const std::optional<Theme> theme =
            current ? m_annotations->store()->theme(current).valueOr({}) : std::nullopt;
        createTheme(theme ? theme->parentId : 0);
    });
    connect(createChild, &QAction::triggered, this, [this] { createTheme(currentThemeId()); });
    connect(rename, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item, 0);
    });
    connect(remove, &QAction::triggered, this, &CodebookDialog::deleteCurrentTheme);
}

void CodebookDialog::connectSignals()
{
    connect(m_moveMenu, &QMenu::aboutToShow, this, &CodebookDialog::fillMoveMenu);
    connect(m_mergeMenu, &QMenu::aboutToShow, this, &CodebookDialog::fillMergeMenu);
    connect(m_tree, &QTreeWidget::itemChanged, this, &CodebookDialog::renamed);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CodebookDialog::updateDetails);
    connect(m_claims, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT claimActivated(
            item->data(ArticleIdRole).toLongLong(), item->data(HighlightIdRole).toLongLong());
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        const qint64 id = currentThemeId();
        const std::optional<Theme> theme = id ? m_annotations->store()->theme(id).valueOr({}) : std::nullopt;
        if (theme && theme->description != m_description->text().trimmed())
            report(m_annotations->describeTheme(id, m_description->text().trimmed()),
                tr("Saved the description"));
    });
    // Hidden, it waits for showEvent(): a codebook nobody looks at costs nothing per edit.
    connect(
        m_annotations->store(), &LibraryStore::annotationsChanged, this, &CodebookDialog::rebuildIfVisible);
}

CodebookDialog::~CodebookDialog() = default;

QTreeWidget *CodebookDialog::tree() const
{
    return m_tree;
}

QLineEdit *CodebookDialog::descriptionEdit() const
{
    return m_description;
}

QListWidget *CodebookDialog::claimList() const
{
    return m_claims;
}

qint64 CodebookDialog::currentThemeId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, ThemeIdRole).toLongLong() : 0;
}

void CodebookDialog::setCurrentThemeId(qint64 themeId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, ThemeIdRole).toLongLong() == themeId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void CodebookDialog::rebuild()
{
    if (m_renaming)
        return;
    const qint64 current = currentThemeId();
    const QList<Theme> themes = m_annotations->store()->themes().valueOr({});
    m_rebuilding = true;
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    // Parents come before children in LibraryStore::themes().
    for (const Theme &theme : themes) {
        QTreeWidgetItem *parent = items.value(theme.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, theme.name);
        item->setIcon(0, HighlightStyle::icon(theme.colour));
        item->setData(0, ThemeIdRole, theme.id);
        item->setToolTip(0, theme.description);
        item->setText(1, QString::number(m_annotations->claimCountForTheme(theme.id)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        items.insert(theme.id, item);
    }
    m_tree->expandAll();
    m_rebuilding = false;
    if (current)
        setCurrentThemeId(current);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateDetails();
}

void CodebookDialog::updateDetails()
{
    const qint64 id = currentThemeId();
    const std::optional<Theme> theme = id ? m_annotations->store()->theme(id).valueOr({}) : std::nullopt;
    m_description->setEnabled(theme.has_value());
    if (!m_description->hasFocus() || !theme)
        m_description->setText(theme ? theme->description : QString());

    m_claims->clear();
    if (!theme)
        return;
    const LibraryStore *store = m_annotations->store();
    QHash<qint64, QString> titles;
    for (const ArticleSummary &summary : store->articles().valueOr({}))
        titles.insert(summary.id, summary.title);
    for (const qint64 highlightId : store->highlightIdsOfTheme(id).valueOr({})) {
        const std::optional<Highlight> highlight = store->highlight(highlightId).valueOr({});
        if (!highlight)
            continue;
        QString quote = highlight->anchor.quote.exact.simplified();
        if (quote.size() > 120)
            quote = quote.left(119) + u'\u2026';
        const QString who = highlight->speaker.isEmpty() ? tr("Narration") : highlight->speaker;
        auto *item = new QListWidgetItem(
            tr("%1: \u201C%2\u201D").arg(who, quote) + u"\n"_s + titles.value(highlight->articleId),
            m_claims);
        item->setIcon(HighlightStyle::icon(highlight->colour));
        item->setData(ArticleIdRole, highlight->articleId);
        item->setData(HighlightIdRole, highlight->id);
    }
}

bool CodebookDialog::createTheme(qint64 parentId)
{
    const Codebook codebook(m_annotations->store()->themes().valueOr({}));
    QString name = tr("New theme");
    for (int n = 2; codebook.findChild(parentId, name); ++n)
        name = tr("New theme %1").arg(n);
    const std::optional<qint64> id = m_annotations->createTheme(name, parentId);
    if (!report(id.has_value(), tr("Created a theme: type its name")))
        return false;
    setCurrentThemeId(*id);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item, 0);
    return true;
}

bool CodebookDialog::deleteCurrentTheme()
{
    const qint64 id = currentThemeId();
    const std::optional<Theme> theme = id ? m_annotations->store()->theme(id).valueOr({}) : std::nullopt;
    if (!theme)
        return false;
    const int claims = m_annotations->claimCountForTheme(id);
    QMessageBox box(QMessageBox::Question, tr("Delete Theme"),
        claims == 1
            ? tr("Delete the theme \u201C%1\u201D? 1 claim is tagged with it and will lose the tag.")
                  .arg(theme->name)
            : tr("Delete the theme \u201C%1\u201D? %2 claims are tagged with it and will lose the tag.")
                  .arg(theme->name)
                  .arg(claims),
        QMessageBox::Cancel, this);
    box.setObjectName(u"deleteThemeQuestion"_s);
    box.setInformativeText(tr("Its sub-themes move up one level. Undo (Ctrl+Z) brings everything back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    activateWindow();
    if (box.clickedButton() != remove)
        return false;
    return report(m_annotations->deleteTheme(id), tr("Deleted the theme"));
}

void CodebookDialog::fillMoveMenu()
{
    m_moveMenu->clear();
    const qint64 id = currentThemeId();
    if (!id)
        return;
    connect(m_moveMenu->addAction(tr("Top Level")), &QAction::triggered, this,
        [this, id] { report(m_annotations->reparentTheme(id, 0), tr("Moved the theme")); });
    m_moveMenu->addSeparator();
    const QList<Theme> themes = m_annotations->store()->themes().valueOr({});
    const QHash<qint64, QString> paths = themePaths(themes);
    const Codebook codebook(themes);
    for (const Theme &theme : themes) {
        if (codebook.wouldCycle(id, theme.id)) // the theme and its sub-themes cannot take it
            continue;
        const qint64 parentId = theme.id;
        connect(m_moveMenu->addAction(HighlightStyle::icon(theme.colour), paths.value(theme.id)),
            &QAction::triggered, this, [this, id, parentId] {
                report(m_annotations->reparentTheme(id, parentId), tr("Moved the theme"));
            });
    }
}

void CodebookDialog::fillMergeMenu()
{
    m_mergeMenu->clear();
    const qint64 id = currentThemeId();
    if (!id)
        return;
    const QList<Theme> themes = m_annotations->store()->themes().valueOr({});
    const QHash<qint64, QString> paths = themePaths(themes);
    for (const Theme &theme : themes) {
        if (theme.id == id)
            continue;
        const qint64 into = theme.id;
        connect(m_mergeMenu->addAction(HighlightStyle::icon(theme.colour), paths.value(theme.id)),
            &QAction::triggered, this, [this, id, into] {
                if (report(m_annotations->mergeThemes(id, into), tr("Merged the themes")))
                    setCurrentThemeId(into);
            });
    }
}

void CodebookDialog::renamed(QTreeWidgetItem *item, int column)
{
    if (m_rebuilding || column != 0)
        return;
    const qint64 id = item->data(0, ThemeIdRole).toLongLong();
    const std::optional<Theme> theme = m_annotations->store()->theme(id).valueOr({});
    if (!theme || theme->name == item->text(0).trimmed())
        return;
    // The view is inside its commit: rebuild the tree once it is done.
    m_renaming = true;
    report(m_annotations->renameTheme(id, item->text(0)), tr("Renamed the theme"));
    m_renaming = false;
    QMetaObject::invokeMethod(this, &CodebookDialog::rebuild, Qt::QueuedConnection);
}

void CodebookDialog::reparentDropped(qint64 themeId, qint64 parentId)
{
    const std::optional<Theme> theme = m_annotations->store()->theme(themeId).valueOr({});
    if (!theme || theme->parentId == parentId)
        return;
    report(m_annotations->reparentTheme(themeId, parentId), tr("Moved the theme"));
}

bool CodebookDialog::report(bool ok, const QString &done)
{
    const QString message = ok ? done : m_annotations->errorString();
    m_status->setText(message);
    Q_EMIT statusMessage(message);
    return ok;
}

} // namespace Colloquy
