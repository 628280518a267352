#include "library/librarypanel.h"

#include "fallbackicons_p.h"
#include "library/librarycommands.h"
#include "library/librarydelegate.h"
#include "library/librarymodel.h"
#include "library/libraryproxymodel.h"
#include "store/librarystore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

LibraryPanel::LibraryPanel(LibraryStore *store, LibraryCatalogue *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryModel(store, this))
    , m_proxy(new LibraryProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_emptyHint(new QLabel(this))
    , m_collections(new QComboBox(this))
    , m_order(new QToolButton(this))
    , m_collectionMenu(new QToolButton(this))
    , m_store(store)
    , m_commands(new LibraryCommands(store, catalogue, this))
{
    setObjectName(u"libraryPanel"_s);
    setMinimumWidth(200);
    setAccessibleName(tr("Library"));
    m_proxy->setSourceModel(m_model);
    setUpFilter();
    setUpList();
    setUpChoices();
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setContentsMargins(12, 12, 12, 12);

    auto *choiceRow = new QHBoxLayout;
    choiceRow->setSpacing(4);
    choiceRow->addWidget(m_collections, 1);
    choiceRow->addWidget(m_collectionMenu);
    choiceRow->addWidget(m_order);
    auto *filterRow = new QVBoxLayout;
    filterRow->setContentsMargins(8, 8, 8, 8);
    filterRow->addWidget(m_filter);
    filterRow->addLayout(choiceRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
    updateEmptyHint();
}

void LibraryPanel::setUpFilter()
{
    m_filter->setObjectName(u"libraryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title or speaker…"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon(u"edit-find"_s, FallbackIcon::Search), QLineEdit::LeadingPosition);
    m_filter->setAcceptDrops(false); // dropped files go to the main window
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &LibraryPanel::updateEmptyHint);
}

void LibraryPanel::setUpList()
{
    m_list->setObjectName(u"libraryList"_s);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new LibraryDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAcceptDrops(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                Q_EMIT currentArticleChanged(current.data(LibraryModel::IdRole).toLongLong());
        });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateEmptyHint);

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
}

// The collection to show, the menu that manages collections, and the order.
void LibraryPanel::setUpChoices()
{
    m_collections->setObjectName(u"libraryCollection"_s);
    m_collections->setAccessibleName(tr("Show the collection"));
    m_collections->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_collections->setMinimumContentsLength(8);
    connect(m_collections, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCollection(m_collections->currentData().toLongLong()); });
    connect(m_store, &LibraryStore::collectionsChanged, this, &LibraryPanel::fillCollections);
    fillCollections();

    m_collectionMenu->setObjectName(u"libraryCollectionMenu"_s);
    m_collectionMenu->setAccessibleName(tr("Manage collections"));
    m_collectionMenu->setToolTip(tr("Manage collections"));
    m_collectionMenu->setIcon(QIcon::fromTheme(u"view-more-symbolic"_s, QIcon::fromTheme(u"configure"_s)));
    if (m_collectionMenu->icon().isNull())
        m_collectionMenu->setText(u"…"_s);
    m_collectionMenu->setPopupMode(QToolButton::InstantPopup);
    auto *collectionMenu = new QMenu(m_collectionMenu);
    connect(collectionMenu, &QMenu::aboutToShow, this,
        [this, collectionMenu] { fillCollectionMenu(collectionMenu); });
    m_collectionMenu->setMenu(collectionMenu);

    // A button with a menu, not a combo box: the collection's name gets the row's
    // width, and no translation of an order's name is clipped.
    m_order->setObjectName(u"libraryOrder"_s);
    m_order->setAccessibleName(tr("Order of the articles"));
    m_order->setIcon(themeIcon(u"view-sort"_s, FallbackIcon::Sort));
    m_order->setPopupMode(QToolButton::InstantPopup);
    auto *orderMenu = new QMenu(m_order);
    auto *orders = new QActionGroup(orderMenu);
    const std::pair<QString, LibraryProxyModel::Order> choices[] = {
        {tr("Newest first"), LibraryProxyModel::Order::Newest},
        {tr("By title"), LibraryProxyModel::Order::Title},
        {tr("By date published"), LibraryProxyModel::Order::Published},
        {tr("Most speakers first"), LibraryProxyModel::Order::Speakers},
    };
    for (const auto &[text, order] : choices) {
        QAction *action = orderMenu->addAction(text);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(order));
        action->setActionGroup(orders);
        connect(action, &QAction::triggered, this, [this, action, order] {
            m_proxy->setOrder(order);
            m_order->setToolTip(tr("Order: %1").arg(action->text().remove(u'&')));
        });
    }
    m_order->setMenu(orderMenu);
    orders->actions().constFirst()->trigger();
}

LibraryPanel::~LibraryPanel() = default;

qint64 LibraryPanel::currentArticleId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(LibraryModel::IdRole).toLongLong() : 0;
}

void LibraryPanel::selectArticle(qint64 id)
{
    QModelIndex source = m_model->indexOfArticle(id);
    if (!source.isValid())
        return;
    if (!m_proxy->mapFromSource(source).isValid())
        m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

qint64 LibraryPanel::firstArticleId() const
{
    const QModelIndex first = m_proxy->index(0, 0);
    return first.isValid() ? first.data(LibraryModel::IdRole).toLongLong() : 0;
}

void LibraryPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QLineEdit *LibraryPanel::filterEdit() const
{
    return m_filter;
}

QListView *LibraryPanel::listView() const
{
    return m_list;
}

LibraryModel *LibraryPanel::model() const
{
    return m_model;
}

LibraryProxyModel *LibraryPanel::proxyModel() const
{
    return m_proxy;
}

QComboBox *LibraryPanel::collectionBox() const
{
    return m_collections;
}

QToolButton *LibraryPanel::orderButton() const
{
    return m_order;
}

LibraryCommands *LibraryPanel::commands() const
{
    return m_commands;
}

void LibraryPanel::fillCollections()
{
    const qint64 chosen = m_collections->currentData().toLongLong();
    const QSignalBlocker blocker(m_collections);
    m_collections->clear();
    m_collections->addItem(tr("All articles"), qint64(0));
    for (const Collection &collection : m_store->collections().valueOr({}))
        m_collections->addItem(collection.name, collection.id);
    const int index = m_collections->findData(chosen);
    m_collections->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setCollection(m_collections->currentData().toLongLong());
}

void LibraryPanel::fillCollectionMenu(QMenu *menu)
{
    menu->clear();
    const qint64 chosen = m_collections->currentData().toLongLong();
    QAction *add = menu->addAction(tr("&New Collection…"));
    add->setObjectName(u"libraryNewCollection"_s);
    connect(add, &QAction::triggered, this, [this] { m_commands->newCollection(0); });
    QAction *rename = menu->addAction(tr("&Rename Collection…"));
    rename->setObjectName(u"libraryRenameCollection"_s);
    rename->setEnabled(chosen != 0);
    connect(rename, &QAction::triggered, this, [this, chosen] { m_commands->renameCollection(chosen); });
    QAction *remove = menu->addAction(tr("&Delete Collection"));
    remove->setObjectName(u"libraryDeleteCollection"_s);
    remove->setEnabled(chosen != 0);
    remove->setStatusTip(tr("Its articles stay in the library"));
    connect(remove, &QAction::triggered, this, [this, chosen] { m_commands->deleteCollection(chosen); });
}

void LibraryPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(u"libraryContextMenu"_s);
    m_commands->fillArticleMenu(&menu, index.data(LibraryModel::IdRole).toLongLong());
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Down walks from the filter into the results; Escape clears the filter.
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        m_emptyHint->setText(m_filter->text().isEmpty()
                ? tr("The library is empty. Open an article with File → Open… or drop files here.")
                : tr("No article matches “%1”.").arg(m_filter->text()));
    }
    m_emptyHint->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace Colloquy
