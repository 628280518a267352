#include "searchpanel.h"

#include "search/searchquery.h"
#include "searchdelegate.h"
#include "searchmodel.h"
#include "store/librarystore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SearchPanel::SearchPanel(LibraryStore *store, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_store(store)
    , m_model(new SearchModel(this))
    , m_field(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_pending(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *content = new QWidget(this);
    auto *layout = new QGridLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_field->setObjectName(u"searchField"_s);
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->setToolTip(tr("All words must occur; \"quotes\" keep a phrase, a trailing * matches a prefix"));
    layout->addWidget(m_field, 0, 0);
    m_scope->setObjectName(u"searchScope"_s);
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->addItem(tr("Library"), int(Scope::Library));
    m_scope->addItem(tr("This article"), int(Scope::Article));
    layout->addWidget(m_scope, 0, 1);

    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_results, 1, 0, 1, 2);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(1, 1);
    setWidget(content);
    setFocusProxy(m_field);

    // Keys that arrive in one pass of the event loop (a paste, fast typing,
    // a test's keyClicks) make one search.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::schedule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        schedule();
    });
    // Shown, the results follow the library: an import, a re-import, a new note.
    const auto refresh = [this] {
        if (isVisible() && !m_field->text().trimmed().isEmpty())
            schedule();
    };
    connect(m_store, &LibraryStore::articleAdded, this, refresh);
    connect(m_store, &LibraryStore::articleRemoved, this, refresh);
    connect(m_store, &LibraryStore::articleChanged, this, refresh);
    connect(m_store, &LibraryStore::annotationsChanged, this, refresh);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    m_scope->installEventFilter(this);
    updatePlaceholder();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setCurrentArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (scope() == Scope::Article)
        schedule();
}

SearchPanel::Scope SearchPanel::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void SearchPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void SearchPanel::start(Scope scope)
{
    setScope(scope);
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::search()
{
    m_pending->stop();
    SearchQuery query;
    query.text = m_field->text();
    if (scope() == Scope::Article) {
        if (m_articleId == 0) {
            m_model->setHits({});
            m_status->setText(tr("No article is open"));
            return;
        }
        query.articleId = m_articleId;
    }
    if (query.text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    const QList<SearchHit> hits = m_store->search(query);
    // A refresh keeps the reader's place on the same hit when it is still there.
    const SearchHit current = m_model->hit(m_results->currentIndex().row());
    m_model->setHits(hits);
    if (current.articleId != 0) {
        const auto same = std::find_if(hits.cbegin(), hits.cend(), [&current](const SearchHit &hit) {
            return hit.articleId == current.articleId && hit.source == current.source &&
                hit.segment == current.segment && hit.paragraph == current.paragraph &&
                hit.highlightId == current.highlightId;
        });
        if (same != hits.cend())
            m_results->setCurrentIndex(m_model->index(int(same - hits.cbegin()), 0));
    }
    if (!m_store->errorString().isEmpty())
        m_status->setText(tr("Cannot search: %1").arg(m_store->errorString()));
    else if (hits.isEmpty())
        m_status->setText(tr("No results"));
    else if (hits.size() >= query.limit)
        m_status->setText(tr("The best %1 results").arg(hits.size()));
    else
        m_status->setText(hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(hits.size()));
}

SearchModel *SearchPanel::model() const
{
    return m_model;
}

QLineEdit *SearchPanel::field() const
{
    return m_field;
}

QComboBox *SearchPanel::scopeBox() const
{
    return m_scope;
}

QListView *SearchPanel::results() const
{
    return m_results;
}

QLabel *SearchPanel::statusLabel() const
{
    return m_status;
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDockWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
        dismiss();
        return true;
    }
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            enterResults();
            return true;
        default:
            break;
        }
    } else if (watched == m_results && key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
        m_field->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void SearchPanel::schedule()
{
    m_pending->start();
}

void SearchPanel::enterResults()
{
    // Enter right after typing must not act on the results of the text before.
    if (m_pending->isActive())
        search();
    if (m_model->rowCount() == 0)
        return;
    m_results->setFocus(Qt::OtherFocusReason);
    if (!m_results->currentIndex().isValid())
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT hitActivated(m_model->hit(index.row()));
}

void SearchPanel::dismiss()
{
    m_pending->stop();
    hide();
    Q_EMIT closed();
}

void SearchPanel::updatePlaceholder()
{
    m_field->setPlaceholderText(
        scope() == Scope::Article ? tr("Search this article") : tr("Search the library"));
}

} // namespace Colloquy
