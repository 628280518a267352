#include "speakers/attributepanel.h"

#include "compare/speakerattributes.h"
#include "store/librarystore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
enum ValueColumn
{
    NameColumn,
    ValueColumn,
    TypeColumn
};
enum ProposalColumn
{
    ProposalAttributeColumn,
    ProposalValueColumn,
    ProposalBioColumn
};

/// Only the value column of the attribute list is edited in place.
class ValueOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return index.column() == ValueColumn ? QStyledItemDelegate::createEditor(parent, option, index)
                                             : nullptr;
    }
};

QString typeLabel(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return AttributePanel::tr("Text");
    case AttributeType::Number:
        return AttributePanel::tr("Number");
    case AttributeType::Date:
        return AttributePanel::tr("Date (YYYY-MM-DD)");
    case AttributeType::Category:
        return AttributePanel::tr("Category");
    }
    return {};
}

QTreeWidget *makeList(
    const QString &name, const QString &accessible, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->header()->setStretchLastSection(true);
    return list;
}
} // namespace

AttributePanel::AttributePanel(SpeakerAttributes *attributes, LibraryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_attributes(attributes)
    , m_store(store)
    , m_heading(new QLabel(tr("Attributes"), this))
    , m_values(makeList(u"speakerAttributeValues"_s, tr("Attributes of the selected person"),
          {tr("Attribute"), tr("Value"), tr("Type")}, this))
    , m_proposals(makeList(
          u"speakerAttributeProposals"_s, tr("Suggested by the bios"), {tr("Attribute"), tr("Value")}, this))
    , m_noProposals(new QLabel(tr("The bios suggest nothing new."), this))
    , m_accept(new QPushButton(tr("&Accept Ticked"), this))
    , m_add(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Attribute…"), this))
    , m_removeValue(new QAction(QIcon::fromTheme(u"edit-clear"_s), tr("Clear &Value"), this))
{
    setObjectName(u"speakerAttributes"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_values->setItemDelegate(new ValueOnlyDelegate(m_values));
    // Typing over a value edits it, as in a spreadsheet; F2 and a double-click too.
    m_values->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_values->header()->setStretchLastSection(false);
    m_values->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_values->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_proposals->setColumnWidth(ProposalAttributeColumn, 110);
    m_noProposals->setObjectName(u"speakerAttributeNoProposals"_s);
    m_noProposals->setForegroundRole(QPalette::PlaceholderText);
    m_accept->setObjectName(u"speakers_acceptProposals"_s);
    m_accept->setAutoDefault(false);
    m_add->setObjectName(u"speakers_addAttribute"_s);
    m_removeValue->setObjectName(u"speakers_clearValue"_s);
    m_removeValue->setShortcut(QKeySequence::Delete);
    m_removeValue->setShortcutContext(Qt::WidgetShortcut);
    m_values->addAction(m_removeValue);
    m_values->addAction(m_add);
    m_values->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *valueSide = new QVBoxLayout;
    valueSide->addWidget(m_values, 1);
    auto *valueButtons = new QHBoxLayout;
    for (QAction *action : {m_add, m_removeValue}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        valueButtons->addWidget(button);
    }
    valueButtons->addStretch();
    valueSide->addLayout(valueButtons);
    auto *proposalSide = new QVBoxLayout;
    auto *proposalHeading = new QLabel(tr("Suggested by the bios"), this);
    proposalSide->addWidget(proposalHeading);
    proposalSide->addWidget(m_proposals, 1);
    proposalSide->addWidget(m_noProposals, 1, Qt::AlignTop);
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_accept);
    acceptRow->addStretch();
    proposalSide->addLayout(acceptRow);
    auto *sides = new QHBoxLayout;
    sides->addLayout(valueSide, 3);
    sides->addLayout(proposalSide, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(sides, 1);

    connect(m_values, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != ValueColumn)
            return;
        // Applying rebuilds the lists, item included: do it once the view is done with the item.
        const QString attribute = item->data(NameColumn, AttributeNameRole).toString();
        const QString value = item->text(ValueColumn);
        QMetaObject::invokeMethod(
            this, [this, attribute, value] { setValue(attribute, value); }, Qt::QueuedConnection);
    });
    connect(m_values, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        // The value is what Tab, typing and F2 reach.
        if (current && m_values->currentColumn() != ValueColumn)
            m_values->setCurrentItem(current, ValueColumn);
        updateActions();
    });
    connect(m_proposals, &QTreeWidget::itemChanged, this, &AttributePanel::updateActions);
    connect(m_add, &QAction::triggered, this, &AttributePanel::addAttribute);
    connect(m_removeValue, &QAction::triggered, this, [this] {
        if (const QTreeWidgetItem *item = m_values->currentItem())
            setValue(item->data(NameColumn, AttributeNameRole).toString(), {});
    });
    connect(m_accept, &QPushButton::clicked, this, &AttributePanel::acceptChecked);
    refill();
}

AttributePanel::~AttributePanel() = default;

void AttributePanel::setPersonId(qint64 personId)
{
    m_personId = personId;
    refill();
}

qint64 AttributePanel::personId() const
{
    return m_personId;
}

QTreeWidget *AttributePanel::valueList() const
{
    return m_values;
}

QTreeWidget *AttributePanel::proposalList() const
{
    return m_proposals;
}

QPushButton *AttributePanel::acceptButton() const
{
    return m_accept;
}

QAction *AttributePanel::addAction() const
{
    return m_add;
}

QAction *AttributePanel::removeValueAction() const
{
    return m_removeValue;
}

void AttributePanel::refill()
{
    const QString current = m_values->currentItem()
        ? m_values->currentItem()->data(NameColumn, AttributeNameRole).toString()
        : QString();
    m_filling = true;
    m_values->clear();
    m_proposals->clear();
    if (m_personId) {
        QHash<qint64, QString> valueOf;
        for (const AttributeValue &v : m_store->attributeValues(m_personId).valueOr({}))
            valueOf.insert(v.attributeId, v.value);
        for (const SpeakerAttribute &a : m_store->speakerAttributes().valueOr({})) {
            auto *item = new QTreeWidgetItem(m_values);
            item->setText(NameColumn, a.name);
            item->setData(NameColumn, AttributeNameRole, a.name);
            item->setText(ValueColumn, valueOf.value(a.id));
            item->setText(TypeColumn, typeLabel(a.type));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (a.name == current)
                m_values->setCurrentItem(item, ValueColumn);
        }
        const QList<AttributeProposal> proposals = m_attributes->proposals(m_personId);
        for (const AttributeProposal &p : proposals) {
            auto *item = new QTreeWidgetItem(m_proposals);
            item->setText(ProposalAttributeColumn, p.attribute);
            item->setText(ProposalValueColumn, p.value);
            // The bio is in the list above; here it only says where the value comes from.
            item->setToolTip(ProposalAttributeColumn, tr("From the bio: %1").arg(p.bio));
            item->setToolTip(ProposalValueColumn, item->toolTip(ProposalAttributeColumn));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ProposalAttributeColumn, Qt::Checked);
        }
    }
    m_heading->setText(m_personId ? tr("Attributes") : tr("Attributes (choose a person)"));
    m_proposals->setVisible(m_proposals->topLevelItemCount() > 0);
    m_noProposals->setVisible(m_personId && m_proposals->topLevelItemCount() == 0);
    m_filling = false;
    updateActions();
}

void AttributePanel::updateActions()
{
    m_add->setEnabled(m_personId != 0);
    m_removeValue->setEnabled(
        m_values->currentItem() && !m_values->currentItem()->text(ValueColumn).isEmpty());
    bool anyTicked = false;
    for (int i = 0; i < m_proposals->topLevelItemCount() && !anyTicked; ++i)
        anyTicked = m_proposals->topLevelItem(i)->checkState(ProposalAttributeColumn) == Qt::Checked;
    m_accept->setEnabled(anyTicked);
    m_accept->setVisible(m_proposals->topLevelItemCount() > 0);
}

bool AttributePanel::setValue(const QString &attribute, const QString &value)
{
    if (!m_personId || attribute.isEmpty())
        return false;
    qint64 attributeId = 0;
    for (const SpeakerAttribute &a : m_store->speakerAttributes().valueOr({})) {
        if (a.name == attribute)
            attributeId = a.id;
    }
    std::optional<QString> before;
    for (const AttributeValue &v : m_store->attributeValues(m_personId).valueOr({})) {
        if (v.attributeId == attributeId)
            before = v.value;
    }
    if (value.trimmed().isEmpty()) {
        if (!before) {
            refill();
            return false;
        }
        return report(m_attributes->unsetValue(m_personId, attribute), tr("Cleared %1").arg(attribute));
    }
    if (before == value.trimmed())
        return false;
    const bool ok = m_attributes->setValue(m_personId, attribute, value);
    if (!ok)
        refill(); // the cell shows the stored value again
    return report(ok, tr("Set %1 to %2").arg(attribute, value.trimmed()));
}

bool AttributePanel::addAttribute()
{
    if (!m_personId)
        return false;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Attribute"),
        tr("Name of the attribute (for example country or role):"), QLineEdit::Normal, {}, &ok);
    window()->activateWindow();
    if (!ok || name.trimmed().isEmpty())
        return false;
    const QList<AttributeType> types {
        AttributeType::Category, AttributeType::Text, AttributeType::Number, AttributeType::Date};
    QStringList labels;
    for (AttributeType type : types)
        labels.append(typeLabel(type));
    const QString chosen = QInputDialog::getItem(
        this, tr("Add Attribute"), tr("Kind of value of %1:").arg(name.simplified()), labels, 0, false, &ok);
    window()->activateWindow();
    if (!ok)
        return false;
    const AttributeType type = types.value(labels.indexOf(chosen));
    if (!report(m_attributes->defineAttribute(name, type).has_value(),
            tr("Added the attribute %1").arg(name.simplified())))
        return false;
    // Straight on to this person's value of it.
    for (int i = 0; i < m_values->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_values->topLevelItem(i);
        if (item->data(NameColumn, AttributeNameRole)
                .toString()
                .compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            m_values->setFocus();
            m_values->setCurrentItem(item, ValueColumn);
            m_values->editItem(item, ValueColumn);
        }
    }
    return true;
}

bool AttributePanel::acceptChecked()
{
    // Matched by attribute and value against a fresh reading: the bios may have changed since.
    QList<AttributeProposal> chosen;
    QStringList what;
    for (const AttributeProposal &p : m_attributes->proposals(m_personId)) {
        for (int i = 0; i < m_proposals->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = m_proposals->topLevelItem(i);
            if (item->checkState(ProposalAttributeColumn) == Qt::Checked &&
                item->text(ProposalAttributeColumn) == p.attribute &&
                item->text(ProposalValueColumn) == p.value &&
                !what.contains(u"%1: %2"_s.arg(p.attribute, p.value))) {
                chosen.append(p);
                what.append(u"%1: %2"_s.arg(p.attribute, p.value));
            }
        }
    }
    if (chosen.isEmpty())
        return false;
    return report(m_attributes->acceptProposals(chosen), tr("Accepted %1").arg(what.join(u", "_s)));
}

bool AttributePanel::report(bool ok, const QString &done)
{
    Q_EMIT statusMessage(ok ? done : m_attributes->errorString(), ok);
    return ok;
}

} // namespace Colloquy
