#include "review/segmentationrulesdialog.h"

#include "review/segmentationrules.h"
#include "store/librarystore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct SegmentationRulesDialog::Private
{
    SegmentationRules *rules = nullptr;
    LibraryStore *store = nullptr;
    QLabel *summary = nullptr;
    QTreeWidget *list = nullptr;
    QPushButton *remove = nullptr;
};

SegmentationRulesDialog::SegmentationRulesDialog(
    SegmentationRules *rules, LibraryStore *store, QUndoStack *undoStack, QWidget *parent)
    : LiveDialog(parent)
    , d(std::make_unique<Private>())
{
    d->rules = rules;
    d->store = store;
    setObjectName(u"segmentationRulesDialog"_s);
    setWindowTitle(tr("Segmentation Rules"));
    resize(980, 400);

    d->summary = new QLabel(this);
    d->summary->setObjectName(u"rulesSummary"_s);
    d->summary->setWordWrap(true);
    d->summary->setTextFormat(Qt::PlainText);
    auto *title = new QLabel(tr("&Rules applied at every import:"), this);
    d->list = new QTreeWidget(this);
    d->list->setObjectName(u"ruleList"_s);
    d->list->setAccessibleName(tr("Segmentation rules"));
    d->list->setRootIsDecorated(false);
    d->list->setAlternatingRowColors(true);
    d->list->setHeaderLabels({tr("Rule"), tr("What it says"), tr("Shape"), tr("Source"), tr("Remembered")});
    d->list->setTextElideMode(Qt::ElideMiddle); // a folder's path keeps its start and its name
    d->list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    d->list->header()->setStretchLastSection(false);
    title->setBuddy(d->list);

    d->remove = new QPushButton(tr("Re&move"), this);
    d->remove->setObjectName(u"removeRuleButton"_s);
    d->remove->setToolTip(tr("Forget the selected rule: later imports no longer apply it (Del)"));
    auto *removeShortcut = new QAction(this);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    d->list->addAction(removeShortcut);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeRulesButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(d->remove);
    row->addStretch(1);
    row->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->summary);
    layout->addWidget(title);
    layout->addWidget(d->list, 1);
    layout->addLayout(row);

    // Ctrl+Z here undoes on the library's one stack, as in the window.
    QAction *undo = undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);

    connect(d->remove, &QPushButton::clicked, this, &SegmentationRulesDialog::removeCurrent);
    connect(removeShortcut, &QAction::triggered, this, &SegmentationRulesDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { d->remove->setEnabled(current != nullptr); });
    connect(store, &LibraryStore::segmentationRulesChanged, this, &SegmentationRulesDialog::rebuildIfVisible);
}

SegmentationRulesDialog::~SegmentationRulesDialog() = default;

QTreeWidget *SegmentationRulesDialog::ruleList() const
{
    return d->list;
}

QPushButton *SegmentationRulesDialog::removeButton() const
{
    return d->remove;
}

void SegmentationRulesDialog::rebuild()
{
    const qint64 selected =
        d->list->currentItem() ? d->list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    const int row = std::max(0, d->list->indexOfTopLevelItem(d->list->currentItem()));
    const Result<QList<SegmentationRule>> rules = d->rules->rules();
    d->list->clear();
    if (rules.failed()) {
        d->summary->setText(tr("The rules cannot be read: %1").arg(rules.error()));
        d->remove->setEnabled(false);
        return;
    }
    for (const SegmentationRule &rule : *rules) {
        auto *item = new QTreeWidgetItem(d->list,
            {u"#%1"_s.arg(rule.id), rule.decision(), rule.scheme.isEmpty() ? tr("any") : rule.scheme,
                rule.source, QLocale().toString(rule.createdAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, rule.id);
        for (int column = 1; column < 4; ++column)
            item->setToolTip(column, rule.description());
        if (rule.id == selected)
            d->list->setCurrentItem(item);
    }
    if (!d->list->currentItem() && d->list->topLevelItemCount() > 0)
        d->list->setCurrentItem(d->list->topLevelItem(std::min(row, d->list->topLevelItemCount() - 1)));
    d->remove->setEnabled(d->list->currentItem() != nullptr);
    d->summary->setText(rules->isEmpty()
            ? tr("No rules yet. When you correct an article in Review Segmentation, choose Remember for "
                 "This Source to have later imports from the same site or folder corrected the same way.")
            : tr("%n rule(s). Each applies to articles of its source and shape when they are imported; the "
                 "review shows the rule that decided a segment.",
                  nullptr, int(rules->size())));
}

void SegmentationRulesDialog::removeCurrent()
{
    const QTreeWidgetItem *item = d->list->currentItem();
    if (!item)
        return;
    if (!d->rules->remove(item->data(0, Qt::UserRole).toLongLong()))
        QMessageBox::warning(this, tr("Segmentation Rules"), d->rules->errorString());
}

} // namespace Colloquy
