#include "library/librarypanel.h"

#include "fallbackicons_p.h"
#include "library/librarydelegate.h"
#include "library/librarymodel.h"
#include "library/libraryproxymodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

LibraryPanel::LibraryPanel(LibraryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new LibraryModel(store, this))
    , m_proxy(new LibraryProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_emptyHint(new QLabel(this))
{
    setObjectName(u"libraryPanel"_s);
    setMinimumWidth(200);
    setAccessibleName(tr("Library"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(u"libraryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by title or speaker…"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themeIcon(u"edit-find"_s, FallbackIcon::Search), QLineEdit::LeadingPosition);
    m_filter->setAcceptDrops(false); // dropped files go to the main window
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &LibraryPanel::updateEmptyHint);

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

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setContentsMargins(12, 12, 12, 12);

    auto *filterRow = new QVBoxLayout;
    filterRow->setContentsMargins(8, 8, 8, 8);
    filterRow->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
    updateEmptyHint();
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
