#include "compare/sidebysideview.h"

#include "compare/claimrelations.h"
#include "compare/suggestclaimsdialog.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

constexpr int HighlightIdRole = Qt::UserRole + 1;
constexpr int ArticleIdRole = Qt::UserRole + 2;
constexpr int RelationIdRole = Qt::UserRole + 3;
/// Marks a claim that has a relation, before its quote.
constexpr QStringView LinkedMark = u"⇄ ";

constexpr RelationKind Kinds[] {
    RelationKind::AgreesWith, RelationKind::DisagreesWith, RelationKind::RespondsTo, RelationKind::SamePoint};

/// A quote on one line, cut to about 60 characters.
QString shortQuote(const QString &quote)
{
    const QString line = quote.simplified();
    return line.size() <= 60 ? line : line.left(59) + u'…';
}

/// The label above a column, a buddy so that its mnemonic-free name is read with the list.
QLabel *columnTitle(const QString &name, QWidget *parent)
{
    auto *title = new QLabel(name, parent);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    return title;
}

} // namespace

SideBySideView::SideBySideView(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_store(session->store())
    , m_relations(session->claimRelations())
    , m_suggestions(session->claimSuggestions())
    , m_themeCombo(new QComboBox(this))
    , m_suggestButton(new QPushButton(tr("Su&ggest Claims…"), this))
    , m_columnHost(new QWidget(this))
    , m_columnLayout(new QHBoxLayout(m_columnHost))
    , m_emptyLabel(new QLabel(m_columnHost))
    , m_kindCombo(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_linkButton(new QPushButton(tr("&Link Claims"), this))
    , m_relationList(new QTreeWidget(this))
    , m_unlinkButton(new QPushButton(tr("&Unlink"), this))
{
    m_themeCombo->setObjectName(u"sideThemeCombo"_s);
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_suggestButton->setObjectName(u"suggestButton"_s);
    m_suggestButton->setAutoDefault(false);
    m_suggestButton->setToolTip(tr("Sentences the theme's search rules find, to accept as claims"));
    m_kindCombo->setObjectName(u"relationKindCombo"_s);
    m_kindCombo->setAccessibleName(tr("Relation"));
    m_preview->setObjectName(u"linkPreview"_s);
    m_preview->setWordWrap(true);
    m_linkButton->setObjectName(u"linkButton"_s);
    m_linkButton->setAutoDefault(false);
    m_linkButton->setToolTip(tr("Link the two picked claims with the chosen relation"));
    m_unlinkButton->setObjectName(u"unlinkButton"_s);
    m_unlinkButton->setAutoDefault(false);
    m_unlinkButton->setToolTip(tr("Remove the selected link (Delete)"));
    m_relationList->setObjectName(u"relationList"_s);
    m_relationList->setAccessibleName(tr("Links between claims"));
    m_relationList->setHeaderLabels({tr("Claim"), tr("Relation"), tr("Claim")});
    m_relationList->setRootIsDecorated(false);
    m_relationList->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_emptyLabel->setObjectName(u"sideEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_columnHost->setObjectName(u"claimColumns"_s);
    for (const RelationKind kind : Kinds)
        m_kindCombo->addItem(kindPhrase(kind), int(kind));

    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_themeCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(themeLabel);
    top->addWidget(m_themeCombo, 1);
    top->addWidget(m_suggestButton);

    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->addWidget(m_emptyLabel);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_columnHost);

    auto *kindLabel = new QLabel(tr("&Relation:"), this);
    kindLabel->setBuddy(m_kindCombo);
    auto *link = new QHBoxLayout;
    link->addWidget(m_preview, 1);
    link->addWidget(kindLabel);
    link->addWidget(m_kindCombo);
    link->addWidget(m_linkButton);
    auto *unlink = new QHBoxLayout;
    unlink->addStretch();
    unlink->addWidget(m_unlinkButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 3);
    layout->addLayout(link);
    layout->addWidget(m_relationList, 1);
    layout->addLayout(unlink);

    connect(m_themeCombo, &QComboBox::activated, this, &SideBySideView::fillClaims);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &SideBySideView::updateLinkControls);
    connect(m_linkButton, &QPushButton::clicked, this,
        [this] { linkPicked(RelationKind(m_kindCombo->currentData().toInt())); });
    connect(m_unlinkButton, &QPushButton::clicked, this, &SideBySideView::removeSelectedRelation);
    connect(m_suggestButton, &QPushButton::clicked, this, &SideBySideView::suggestClaims);
    connect(m_relationList, &QTreeWidget::itemSelectionChanged, this, &SideBySideView::updateLinkControls);
    auto *remove = new QShortcut(QKeySequence::Delete, m_relationList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SideBySideView::removeSelectedRelation);
    updateLinkControls();
}

SideBySideView::~SideBySideView() = default;

QString SideBySideView::kindPhrase(RelationKind kind)
{
    switch (kind) {
    case RelationKind::AgreesWith:
        return tr("agrees with");
    case RelationKind::DisagreesWith:
        return tr("disagrees with");
    case RelationKind::RespondsTo:
        return tr("responds to");
    case RelationKind::SamePoint:
        return tr("makes the same point as");
    }
    return {};
}

void SideBySideView::refresh(const ComparisonScope &scope, const ThemeMatrix &matrix)
{
    m_scope = scope;
    m_matrix = matrix;
    const qint64 current = theme();
    {
        const QSignalBlocker blocker(m_themeCombo);
        m_themeCombo->clear();
        for (const Theme &t : m_matrix.codebook.themes())
            m_themeCombo->addItem(m_matrix.codebook.displayPath(t.id), t.id);
        m_themeCombo->setCurrentIndex(std::max(0, m_themeCombo->findData(current)));
    }
    fillClaims();
}

bool SideBySideView::setTheme(qint64 themeId)
{
    const int index = m_themeCombo->findData(themeId);
    if (index < 0)
        return false;
    if (index == m_themeCombo->currentIndex())
        return true;
    m_themeCombo->setCurrentIndex(index);
    fillClaims();
    return true;
}

qint64 SideBySideView::theme() const
{
    return m_themeCombo->currentData().toLongLong();
}

QList<QListWidget *> SideBySideView::columns() const
{
    return m_columns;
}

QList<qint64> SideBySideView::pickedClaims() const
{
    QList<qint64> ids;
    for (const QListWidget *column : m_picked)
        ids.append(column->currentItem()->data(HighlightIdRole).toLongLong());
    return ids;
}

void SideBySideView::clearColumns()
{
    m_picked.clear();
    m_shownClaims.clear();
    for (QListWidget *column : std::as_const(m_columns))
        delete column->parentWidget();
    m_columns.clear();
}

QListWidget *SideBySideView::addColumn(const Voice &voice, int index)
{
    auto *box = new QWidget(m_columnHost);
    auto *list = new QListWidget(box);
    list->setObjectName(u"claimColumn%1"_s.arg(index));
    list->setAccessibleName(tr("Claims of %1").arg(voice.name));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSpacing(2);
    list->setMinimumWidth(220);
    list->setToolTip(tr("Pick a claim here and one in another column to link them; Enter opens the claim"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columnTitle(voice.name.isEmpty() ? tr("(no value)") : voice.name, box));
    layout->addWidget(list, 1);
    m_columnLayout->addWidget(box, 1);
    connect(list, &QListWidget::itemSelectionChanged, this, [this, list] { onPicked(list); });
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT claimActivated(
            item->data(ArticleIdRole).toLongLong(), item->data(HighlightIdRole).toLongLong());
    });
    m_columns.append(list);
    return list;
}

void SideBySideView::fillClaims()
{
    clearColumns();
    const qint64 themeId = theme();
    if (themeId <= 0) {
        m_emptyLabel->setText(tr("The codebook has no themes yet."));
        m_emptyLabel->show();
        fillRelations({});
        return;
    }
    const QSet<qint64> themes = m_matrix.codebook.withDescendants(themeId);
    const Result<QList<ClaimEntry>> read =
        m_store->claims(m_scope, QList<qint64>(themes.cbegin(), themes.cend()));
    if (read.failed()) {
        Q_EMIT statusMessage(read.error());
        return;
    }
    const QStringList names = m_matrix.columnNames();
    QList<qint64> shown;
    for (qsizetype c = 0; c < m_matrix.columns.size(); ++c) {
        const QString key = m_matrix.columns.at(c).voice.key;
        QListWidget *list = nullptr;
        for (const ClaimEntry &entry : *read) {
            if (entry.voice.key != key)
                continue;
            if (!list) {
                Voice titled = entry.voice;
                titled.name = names.at(c);
                list = addColumn(titled, int(m_columns.size()));
            }
            const QString note = entry.note.trimmed();
            auto *item = new QListWidgetItem(note.isEmpty()
                    ? entry.highlight.anchor.quote.exact
                    : tr("%1\nNote: %2").arg(entry.highlight.anchor.quote.exact, note),
                list);
            item->setData(HighlightIdRole, entry.highlight.id);
            item->setData(ArticleIdRole, entry.highlight.articleId);
            item->setToolTip(entry.articleTitle);
            m_shownClaims.insert(entry.highlight.id,
                tr("%1: “%2”").arg(names.at(c), shortQuote(entry.highlight.anchor.quote.exact)));
            shown.append(entry.highlight.id);
        }
    }
    // Tab walks the columns left to right between the theme and the relation, as they read.
    QWidget *previous = m_themeCombo;
    for (QListWidget *column : std::as_const(m_columns))
        setTabOrder(std::exchange(previous, column), column);
    setTabOrder(previous, m_kindCombo);
    m_emptyLabel->setVisible(m_columns.isEmpty());
    m_emptyLabel->setText(tr("No claims on %1 here.").arg(m_matrix.codebook.displayPath(themeId)));
    fillRelations(shown);
    updateLinkControls();
}

void SideBySideView::fillRelations(const QList<qint64> &shown)
{
    m_relationList->clear();
    const Result<QList<ClaimRelation>> read = m_store->relationsOfHighlights(shown);
    if (read.failed()) {
        Q_EMIT statusMessage(read.error());
        return;
    }
    QSet<qint64> linked;
    for (const ClaimRelation &r : *read) {
        auto *item = new QTreeWidgetItem(
            m_relationList, {describeClaim(r.fromId), kindPhrase(r.kind), describeClaim(r.toId)});
        item->setData(0, RelationIdRole, r.id);
        linked.insert(r.fromId);
        linked.insert(r.toId);
    }
    for (QListWidget *column : std::as_const(m_columns)) {
        for (int row = 0; row < column->count(); ++row) {
            QListWidgetItem *item = column->item(row);
            if (linked.contains(item->data(HighlightIdRole).toLongLong()))
                item->setText(LinkedMark + item->text());
        }
    }
    for (int column = 0; column < m_relationList->columnCount(); ++column)
        m_relationList->resizeColumnToContents(column);
}

QString SideBySideView::describeClaim(qint64 id) const
{
    if (const auto it = m_shownClaims.constFind(id); it != m_shownClaims.cend())
        return *it;
    const std::optional<Highlight> highlight = m_store->highlight(id).valueOr({});
    if (!highlight)
        return tr("(claim %1)").arg(id);
    const QString quote = shortQuote(highlight->anchor.quote.exact);
    return highlight->speaker.isEmpty() ? tr("“%1”").arg(quote)
                                        : tr("%1: “%2”").arg(highlight->speaker, quote);
}

void SideBySideView::onPicked(QListWidget *column)
{
    m_picked.removeAll(column);
    if (!column->selectedItems().isEmpty()) {
        m_picked.append(column);
        // A third pick lets go of the oldest: a link joins two claims.
        while (m_picked.size() > 2)
            m_picked.takeFirst()->clearSelection();
    }
    updateLinkControls();
}

void SideBySideView::suggestClaims()
{
    if (theme() <= 0)
        return;
    auto *dialog = new SuggestClaimsDialog(m_store, m_suggestions, theme(), m_scope.articleIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuggestClaimsDialog::claimsAccepted, this, [this](int count, const QString &theme) {
        Q_EMIT statusMessage(tr("Made %1 claims of %2 (Ctrl+Z undoes it)").arg(count).arg(theme));
    });
    dialog->open();
}

void SideBySideView::updateLinkControls()
{
    const QList<qint64> picked = pickedClaims();
    m_linkButton->setEnabled(picked.size() == 2);
    m_suggestButton->setEnabled(theme() > 0);
    m_unlinkButton->setEnabled(!m_relationList->selectedItems().isEmpty());
    if (picked.size() == 2) {
        m_preview->setText(describeClaim(picked.at(0)) + u' ' + m_kindCombo->currentText() + u' ' +
            describeClaim(picked.at(1)));
    } else {
        m_preview->setText(tr("Pick one claim in each of two columns to link them."));
    }
}

bool SideBySideView::linkPicked(RelationKind kind)
{
    const QList<qint64> picked = pickedClaims();
    if (picked.size() != 2) {
        Q_EMIT statusMessage(tr("Pick one claim in each of two columns to link them."));
        return false;
    }
    const QString description =
        describeClaim(picked.at(0)) + u' ' + kindPhrase(kind) + u' ' + describeClaim(picked.at(1));
    if (!m_relations->relate(picked.at(0), picked.at(1), kind)) {
        Q_EMIT statusMessage(tr("Cannot link the claims: %1").arg(m_relations->errorString()));
        return false;
    }
    Q_EMIT statusMessage(tr("Linked: %1").arg(description));
    return true;
}

void SideBySideView::removeSelectedRelation()
{
    const QList<QTreeWidgetItem *> selected = m_relationList->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(0, RelationIdRole).toLongLong();
    if (!m_relations->unrelate(id))
        Q_EMIT statusMessage(tr("Cannot remove the link: %1").arg(m_relations->errorString()));
    else
        Q_EMIT statusMessage(tr("Removed the link"));
}

} // namespace Colloquy
