#include "search/searchpanel.h"

#include "annotations/themepaths.h"
#include "model/searchquery.h"
#include "reader/highlightstyle.h"
#include "search/searchdelegate.h"
#include "search/searchmodel.h"
#include "store/librarystore.h"

#include <QCollator>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
/// Refills `combo` after its first item with (text, data) pairs, keeping the chosen data when it is still
/// there.
void refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int found = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(found, 0));
}

void sortByText(QList<std::pair<QString, QString>> &items)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
}
} // namespace

SearchPanel::SearchPanel(LibraryStore *store, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_store(store)
    , m_model(new SearchModel(this))
    , m_field(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_colour(new QComboBox(this))
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
    setupQueryRow(layout);
    setupFilters(layout);
    setupResults(layout);
    setWidget(content);
    setFocusProxy(m_field);
    connectSignals();
    updatePlaceholder();
}

void SearchPanel::setupQueryRow(QGridLayout *layout)
{
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
}

void SearchPanel::setupFilters(QGridLayout *layout)
{
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    m_speaker->setObjectName(u"searchSpeaker"_s);
    m_speaker->setAccessibleName(tr("Only what this speaker said"));
    m_speaker->addItem(tr("All speakers"));
    m_theme->setObjectName(u"searchTheme"_s);
    m_theme->setAccessibleName(tr("Only within claims of this theme"));
    m_theme->addItem(tr("All themes"));
    m_colour->setObjectName(u"searchColour"_s);
    m_colour->setAccessibleName(tr("Only within highlights of this colour"));
    m_colour->addItem(tr("All colours"));
    for (const HighlightColour colour : highlightPalette())
        m_colour->addItem(HighlightStyle::icon(colour), HighlightStyle::displayName(colour), int(colour));
    for (QComboBox *combo : {m_speaker, m_theme, m_colour}) {
        combo->setToolTip(combo->accessibleName());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        filters->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchPanel::schedule);
        combo->installEventFilter(this);
    }
    layout->addLayout(filters, 1, 0, 1, 2);
}

void SearchPanel::setupResults(QGridLayout *layout)
{
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_results, 2, 0, 1, 2);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status, 3, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(2, 1);
}

void SearchPanel::connectSignals()
{
    // Keys that arrive in one pass of the event loop (a paste, fast typing,
    // a test's keyClicks) make one search.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::schedule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        fillFilters();
        schedule();
    });
    // Shown, the results and the filters follow the library: an import, a re-import, a new theme.
    const auto refresh = [this](void (SearchPanel::*fill)()) {
        return [this, fill] {
            if (!isVisible())
                return;
            (this->*fill)();
            if (!m_field->text().trimmed().isEmpty())
                schedule();
        };
    };
    connect(m_store, &LibraryStore::articleAdded, this, refresh(&SearchPanel::fillSpeakers));
    connect(m_store, &LibraryStore::articleRemoved, this, refresh(&SearchPanel::fillSpeakers));
    connect(m_store, &LibraryStore::articleChanged, this, refresh(&SearchPanel::fillSpeakers));
    connect(m_store, &LibraryStore::peopleChanged, this, refresh(&SearchPanel::fillSpeakers));
    connect(m_store, &LibraryStore::annotationsChanged, this, refresh(&SearchPanel::fillThemes));
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    m_scope->installEventFilter(this);
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setCurrentArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (scope() == Scope::Article) {
        if (isVisible())
            fillFilters();
        schedule();
    }
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
    if (m_speaker->currentIndex() > 0)
        query.speaker = m_speaker->currentData().toString();
    if (m_theme->currentIndex() > 0)
        query.theme = m_theme->currentData().toString();
    if (m_colour->currentIndex() > 0)
        query.colour = HighlightColour(m_colour->currentData().toInt());
    if (query.text.trimmed().isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    const Result<QList<SearchHit>> search = m_store->search(query);
    const QList<SearchHit> hits = search.valueOr({});
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
    if (search.failed())
        m_status->setText(tr("Cannot search: %1").arg(search.error()));
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

QComboBox *SearchPanel::speakerFilter() const
{
    return m_speaker;
}

QComboBox *SearchPanel::themeFilter() const
{
    return m_theme;
}

QComboBox *SearchPanel::colourFilter() const
{
    return m_colour;
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

void SearchPanel::showEvent(QShowEvent *event)
{
    fillFilters();
    QDockWidget::showEvent(event);
}

void SearchPanel::fillFilters()
{
    fillSpeakers();
    fillThemes();
}

void SearchPanel::fillSpeakers()
{
    // The names as the articles print them: the query matches a speaker by name.
    QStringList names;
    if (scope() == Scope::Article) {
        if (const std::optional<Article> article =
                m_articleId ? m_store->article(m_articleId).valueOr({}) : std::nullopt) {
            for (const Speaker &speaker : article->speakers())
                names.append(speaker.name);
        }
    } else {
        for (const PersonProfile &person : m_store->people().valueOr({})) {
            for (const PersonProfile::Appearance &appearance : person.appearances)
                names.append(appearance.name);
        }
    }
    names.removeDuplicates();
    QList<std::pair<QString, QString>> speakers;
    for (const QString &name : std::as_const(names))
        speakers.append({name, name});
    sortByText(speakers);
    refill(m_speaker, speakers);
}

void SearchPanel::fillThemes()
{
    // Shown by their path in the codebook; the query takes a name and includes sub-themes.
    const QList<Theme> themes = m_store->themes().valueOr({});
    const QHash<qint64, QString> paths = themePaths(themes);
    QList<std::pair<QString, QString>> themeItems;
    for (const Theme &theme : themes)
        themeItems.append({paths.value(theme.id), theme.name});
    sortByText(themeItems);
    refill(m_theme, themeItems);
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
