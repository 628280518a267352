#include "annotations/annotationsidebar.h"

#include "annotations/annotationdelegate.h"
#include "annotations/annotationmodel.h"
#include "annotations/annotationproxymodel.h"
#include "annotations/themepaths.h"
#include "model/codebook.h"
#include "reader/highlightstyle.h"
#include "store/librarystore.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
// The speaker combo's item data: whether the row filters, and by which name.
constexpr int FilterOnRole = Qt::UserRole + 1;
constexpr int SpeakerNameRole = Qt::UserRole + 2;

void keepSelection(QComboBox *combo, const QVariant &data, int role)
{
    const int found = combo->findData(data, role);
    combo->setCurrentIndex(found >= 0 ? found : 0);
}
} // namespace

AnnotationSidebar::AnnotationSidebar(LibraryStore *store, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_store(store)
    , m_model(new AnnotationModel(store, this))
    , m_proxy(new AnnotationProxyModel(this))
    , m_text(new QLineEdit(this))
    , m_speaker(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_colour(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_reattach(new QAction(QIcon::fromTheme(u"insert-link"_s), tr("Re-attach &Here"), this))
    , m_reattachButton(new QToolButton(this))
{
    setObjectName(u"annotationSidebar"_s);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *content = new QWidget(this);
    auto *layout = new QGridLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    setupFilters(layout);
    setupList(layout);
    setWidget(content);
    connectSignals();
    refill();
}

void AnnotationSidebar::setupFilters(QGridLayout *layout)
{
    m_text->setObjectName(u"annotationTextFilter"_s);
    m_text->setAccessibleName(tr("Filter the highlights"));
    m_text->setPlaceholderText(tr("Filter quotes, notes and themes"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 0, 0, 1, 3);
    m_speaker->setObjectName(u"annotationSpeakerFilter"_s);
    m_speaker->setToolTip(tr("Show one speaker's highlights"));
    m_theme->setObjectName(u"annotationThemeFilter"_s);
    m_theme->setToolTip(tr("Show the claims of one theme and its sub-themes"));
    m_colour->setObjectName(u"annotationColourFilter"_s);
    m_colour->setToolTip(tr("Show the highlights of one colour"));
    m_colour->addItem(tr("All colours"));
    for (const HighlightColour colour : highlightPalette())
        m_colour->addItem(HighlightStyle::icon(colour), HighlightStyle::displayName(colour), int(colour));
    for (QComboBox *combo : {m_speaker, m_theme, m_colour})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Narrow enough for a laptop: the combos elide their text rather than widen the dock.
    m_speaker->setMinimumContentsLength(4);
    m_theme->setMinimumContentsLength(4);
    m_colour->setMinimumContentsLength(2);
    layout->addWidget(m_speaker, 1, 0);
    layout->addWidget(m_theme, 1, 1);
    layout->addWidget(m_colour, 1, 2);
}

void AnnotationSidebar::setupList(QGridLayout *layout)
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"annotationList"_s);
    m_view->setAccessibleName(tr("Highlights of this article"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new AnnotationDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIndentation(8);
    layout->addWidget(m_view, 2, 0, 1, 3);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_count, 3, 0, 1, 2);
    m_reattach->setObjectName(u"annotationReattach"_s);
    m_reattach->setToolTip(tr("Attach the orphaned highlight to the text selected in a speech"));
    m_reattach->setStatusTip(m_reattach->toolTip());
    m_reattachButton->setObjectName(u"annotationReattachButton"_s);
    m_reattachButton->setDefaultAction(m_reattach);
    m_reattachButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_reattachButton, 3, 2, Qt::AlignRight);
    layout->setRowStretch(2, 1);
}

void AnnotationSidebar::connectSignals()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationSidebar::refill);
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationSidebar::applyFilters);
    for (QComboBox *combo : {m_speaker, m_theme, m_colour})
        connect(combo, &QComboBox::currentIndexChanged, this, &AnnotationSidebar::applyFilters);
    connect(m_view, &QTreeView::clicked, this, &AnnotationSidebar::activate);
    connect(m_view, &QTreeView::activated, this, &AnnotationSidebar::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AnnotationSidebar::updateReattach);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AnnotationSidebar::showContextMenu);
    connect(m_reattach, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.data(AnnotationModel::OrphansRole).toBool())
            if (const qint64 id = current.data(AnnotationModel::HighlightIdRole).toLongLong())
                Q_EMIT reattachRequested(id);
    });
}

AnnotationSidebar::~AnnotationSidebar() = default;

void AnnotationSidebar::showEvent(QShowEvent *event)
{
    m_model->setLive(true);
    QDockWidget::showEvent(event);
}

void AnnotationSidebar::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    m_model->setLive(false);
}

void AnnotationSidebar::setArticle(qint64 articleId, const QString &articleTitle)
{
    m_model->setArticle(articleId, articleTitle);
}

bool AnnotationSidebar::selectHighlight(qint64 highlightId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfHighlight(highlightId));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

AnnotationModel *AnnotationSidebar::model() const
{
    return m_model;
}

AnnotationProxyModel *AnnotationSidebar::proxy() const
{
    return m_proxy;
}

QTreeView *AnnotationSidebar::view() const
{
    return m_view;
}

QLineEdit *AnnotationSidebar::textFilter() const
{
    return m_text;
}

QComboBox *AnnotationSidebar::speakerFilter() const
{
    return m_speaker;
}

QComboBox *AnnotationSidebar::themeFilter() const
{
    return m_theme;
}

QComboBox *AnnotationSidebar::colourFilter() const
{
    return m_colour;
}

QAction *AnnotationSidebar::reattachAction() const
{
    return m_reattach;
}

QToolButton *AnnotationSidebar::reattachButton() const
{
    return m_reattachButton;
}

void AnnotationSidebar::refill()
{
    fillSpeakers();
    fillThemes();
    applyFilters();
}

void AnnotationSidebar::fillSpeakers()
{
    const QVariant current = m_speaker->currentData(SpeakerNameRole);
    const QSignalBlocker blocker(m_speaker);
    m_speaker->clear();
    m_speaker->addItem(tr("All speakers"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        const QString speaker = group.data(AnnotationModel::SpeakerRole).toString();
        const QString title = group.data(Qt::DisplayRole).toString();
        if (group.data(AnnotationModel::OrphansRole).toBool())
            continue;
        m_speaker->addItem(speaker.isEmpty() ? title.section(u" ("_s, 0, 0) : speaker);
        m_speaker->setItemData(m_speaker->count() - 1, true, FilterOnRole);
        m_speaker->setItemData(m_speaker->count() - 1, speaker, SpeakerNameRole);
    }
    keepSelection(m_speaker, current, SpeakerNameRole);
}

void AnnotationSidebar::fillThemes()
{
    const QVariant current = m_theme->currentData();
    const QSignalBlocker blocker(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("All themes"));
    const QList<Theme> themes = m_store->themes().valueOr({});
    const QHash<qint64, QString> paths = themePaths(themes);
    QList<const Theme *> sorted;
    for (const Theme &theme : themes)
        sorted.append(&theme);
    std::sort(sorted.begin(), sorted.end(), [&paths](const Theme *a, const Theme *b) {
        return paths.value(a->id).localeAwareCompare(paths.value(b->id)) < 0;
    });
    for (const Theme *theme : std::as_const(sorted))
        m_theme->addItem(HighlightStyle::icon(theme->colour), paths.value(theme->id), theme->id);
    keepSelection(m_theme, current, Qt::UserRole);
}

void AnnotationSidebar::applyFilters()
{
    const bool speakerOn = m_speaker->currentData(FilterOnRole).toBool();
    m_proxy->setSpeakerFilter(m_speaker->currentData(SpeakerNameRole).toString(), speakerOn);

    QSet<qint64> themeIds; // the theme and everything under it
    if (const QVariant theme = m_theme->currentData(); theme.isValid())
        themeIds = Codebook(m_store->themes().valueOr({})).withDescendants(theme.toLongLong());
    m_proxy->setThemeFilter(themeIds);
    const QVariant colour = m_colour->currentData();
    m_proxy->setColourFilter(
        colour.isValid() ? std::optional(HighlightColour(colour.toInt())) : std::nullopt);
    m_proxy->setTextFilter(m_text->text());
    m_view->expandAll();

    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown += m_proxy->rowCount(m_proxy->index(row, 0));
    const int total = m_model->highlightCount();
    updateReattach();
    m_count->setText(shown == total ? (total == 1 ? tr("1 highlight") : tr("%1 highlights").arg(total))
                                    : tr("%1 of %2 highlights").arg(shown).arg(total));
}

void AnnotationSidebar::updateReattach()
{
    // The button only takes room while there are orphans to re-attach.
    bool orphans = false;
    for (int row = 0; row < m_model->rowCount() && !orphans; ++row)
        orphans = m_model->index(row, 0).data(AnnotationModel::OrphansRole).toBool();
    m_reattachButton->setVisible(orphans);
    const QModelIndex current = m_view->currentIndex();
    m_reattach->setEnabled(current.data(AnnotationModel::OrphansRole).toBool() &&
        current.data(AnnotationModel::HighlightIdRole).toLongLong() != 0);
}

void AnnotationSidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const qint64 id = index.data(AnnotationModel::HighlightIdRole).toLongLong();
    if (id == 0)
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.data(AnnotationModel::OrphansRole).toBool())
        menu->addAction(m_reattach);
    QMenu *colours = menu->addMenu(tr("&Colour"));
    const auto current = HighlightColour(index.data(AnnotationModel::ColourRole).toInt());
    const QList<HighlightColour> palette = highlightPalette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const HighlightColour colour = palette.at(i);
        QAction *action = colours->addAction(HighlightStyle::icon(colour),
            HighlightStyle::displayName(colour) + u'\t' + QString::number(i + 1));
        action->setCheckable(true);
        action->setChecked(colour == current);
        connect(
            action, &QAction::triggered, this, [this, id, colour] { Q_EMIT recolourRequested(id, colour); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

bool AnnotationSidebar::eventFilter(QObject *watched, QEvent *event)
{
    // 1–6 on an entry recolour its highlight, as they do on a highlight in a speech.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QList<HighlightColour> palette = highlightPalette();
        const int digit = key->key() - Qt::Key_1;
        const qint64 id = m_view->currentIndex().data(AnnotationModel::HighlightIdRole).toLongLong();
        if (key->modifiers() == Qt::NoModifier && digit >= 0 && digit < palette.size() && id != 0) {
            Q_EMIT recolourRequested(id, palette.at(digit));
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void AnnotationSidebar::activate(const QModelIndex &index)
{
    const qint64 id = index.data(AnnotationModel::HighlightIdRole).toLongLong();
    if (id != 0)
        Q_EMIT highlightActivated(id);
}

} // namespace Colloquy
