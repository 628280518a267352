#include "compare/suggestclaimsdialog.h"

#include "compare/claimsuggestions.h"
#include "model/codebook.h"
#include "model/comparisonscope.h"
#include "store/librarystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

SuggestClaimsDialog::SuggestClaimsDialog(LibraryStore *store, ClaimSuggestions *suggestions, qint64 themeId,
    const QList<qint64> &articleIds, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_suggestions(suggestions)
    , m_themeId(themeId)
    , m_articleIds(articleIds)
    , m_rules(new QPlainTextEdit(this))
    , m_speakers(new QListWidget(this))
    , m_within(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_findButton(new QPushButton(tr("&Find"), this))
    , m_allButton(new QPushButton(tr("Check &All"), this))
    , m_acceptButton(new QPushButton(tr("Acce&pt Checked"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"suggestClaimsDialog"_s);
    const Codebook codebook(m_store->themes().valueOr({}));
    m_themePath = codebook.displayPath(themeId);
    setWindowTitle(tr("Suggest Claims for %1").arg(m_themePath));
    resize(820, 560);
    m_rules->setObjectName(u"rulesEdit"_s);
    m_rules->setAccessibleName(tr("Search rules"));
    m_rules->setTabChangesFocus(true);
    m_rules->setPlaceholderText(tr("One rule per line: words, \"a phrase\", prefix*"));
    m_rules->setFixedHeight(m_rules->fontMetrics().lineSpacing() * 4 + 12);
    if (const std::optional<Theme> theme = codebook.theme(themeId))
        m_rules->setPlainText(theme->searchRules.join(u'\n'));
    m_speakers->setObjectName(u"speakerFilter"_s);
    m_speakers->setAccessibleName(tr("Only in the turns of"));
    m_speakers->setToolTip(tr("Check speakers to look only in their turns; none checked: every speaker"));
    m_speakers->setFixedHeight(m_rules->height());
    m_within->setObjectName(u"withinCombo"_s);
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setAccessibleName(tr("Suggested claims"));
    m_list->setHeaderLabels({tr("Sentence"), tr("Speaker"), tr("Article"), tr("Rules")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    // The sentence takes the room; speaker, article and rules as wide as they need.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->setObjectName(u"suggestStatus"_s);
    m_status->setWordWrap(true);
    for (QPushButton *button : {m_findButton, m_allButton, m_acceptButton})
        button->setAutoDefault(false);
    m_findButton->setObjectName(u"findButton"_s);
    m_allButton->setObjectName(u"checkAllButton"_s);
    m_acceptButton->setObjectName(u"acceptButton"_s);
    fillSpeakers();
    fillWithin();

    auto *form = new QFormLayout;
    auto *rulesLabel = new QLabel(tr("&Rules:"), this);
    rulesLabel->setBuddy(m_rules);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rules, 1);
    rulesRow->addWidget(m_findButton, 0, Qt::AlignTop);
    form->addRow(rulesLabel, rulesRow);
    auto *speakersLabel = new QLabel(tr("Only in the &turns of:"), this);
    speakersLabel->setBuddy(m_speakers);
    form->addRow(speakersLabel, m_speakers);
    auto *withinLabel = new QLabel(tr("Only &inside claims of:"), this);
    withinLabel->setBuddy(m_within);
    form->addRow(withinLabel, m_within);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_allButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_acceptButton, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_findButton, &QPushButton::clicked, this, &SuggestClaimsDialog::find);
    connect(m_speakers, &QListWidget::itemChanged, this, &SuggestClaimsDialog::find);
    connect(m_within, &QComboBox::currentIndexChanged, this, &SuggestClaimsDialog::find);
    connect(m_allButton, &QPushButton::clicked, this,
        [this] { setAllChecked(checked().size() < m_found.size()); });
    connect(m_acceptButton, &QPushButton::clicked, this, &SuggestClaimsDialog::acceptChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &SuggestClaimsDialog::updateButtons);
    find();
}

SuggestClaimsDialog::~SuggestClaimsDialog() = default;

void SuggestClaimsDialog::fillSpeakers()
{
    ComparisonScope scope;
    scope.articleIds = m_articleIds;
    QStringList names;
    for (const SpeakerOverviewRow &row : m_store->speakerOverview(scope).valueOr({})) {
        if (!row.voice.name.isEmpty() && !names.contains(row.voice.name))
            names.append(row.voice.name);
    }
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_speakers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void SuggestClaimsDialog::fillWithin()
{
    const Codebook codebook(m_store->themes().valueOr({}));
    m_within->addItem(tr("(anywhere in the turns)"), qint64(0));
    for (const Theme &theme : codebook.themes()) {
        if (theme.id != m_themeId)
            m_within->addItem(codebook.displayPath(theme.id), theme.id);
    }
}

void SuggestClaimsDialog::find()
{
    SuggestionQuery query;
    query.themeId = m_themeId;
    query.articleIds = m_articleIds;
    query.rules = m_rules->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    query.withinThemeId = m_within->currentData().toLongLong();
    for (int row = 0; row < m_speakers->count(); ++row) {
        if (m_speakers->item(row)->checkState() == Qt::Checked)
            query.speakers.append(m_speakers->item(row)->text());
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // Empty rules would mean the theme's stored ones: here they mean none.
    const Result<QList<SuggestedClaim>> found = query.rules.isEmpty()
        ? Result<QList<SuggestedClaim>>(QList<SuggestedClaim>())
        : m_suggestions->suggest(query);
    m_found = found.valueOr({});
    if (found.failed()) {
        m_status->setText(found.error());
    } else if (m_found.isEmpty()) {
        m_status->setText(query.rules.isEmpty() ? tr("Write a rule to find sentences.")
                                                : tr("No sentence matches the rules here."));
    } else {
        m_status->setText(
            tr("Found: %1. Check the ones to make claims of %2.").arg(m_found.size()).arg(m_themePath));
    }
    for (const SuggestedClaim &s : std::as_const(m_found)) {
        auto *item =
            new QTreeWidgetItem(m_list, {s.text, s.speaker, s.articleTitle, s.matchedRules.join(u", "_s)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, s.text);
    }
    updateButtons();
}

QList<SuggestedClaim> SuggestClaimsDialog::checked() const
{
    QList<SuggestedClaim> claims;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->checkState(0) == Qt::Checked)
            claims.append(m_found.at(row));
    }
    return claims;
}

void SuggestClaimsDialog::setAllChecked(bool checkAll)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->topLevelItemCount(); ++row)
            m_list->topLevelItem(row)->setCheckState(0, checkAll ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

void SuggestClaimsDialog::updateButtons()
{
    const qsizetype count = checked().size();
    m_acceptButton->setEnabled(count > 0);
    m_allButton->setEnabled(!m_found.isEmpty());
    m_allButton->setText(count == m_found.size() && count > 0 ? tr("Uncheck &All") : tr("Check &All"));
}

bool SuggestClaimsDialog::acceptChecked()
{
    const QList<SuggestedClaim> claims = checked();
    if (claims.isEmpty())
        return false;
    const std::optional<QList<qint64>> ids = m_suggestions->accept(m_themeId, claims);
    if (!ids) {
        m_status->setText(tr("Cannot make the claims: %1").arg(m_suggestions->errorString()));
        return false;
    }
    Q_EMIT claimsAccepted(int(ids->size()), m_themePath);
    accept();
    return true;
}

} // namespace Colloquy
