#include "speakers/speakersdialog.h"

#include "speakers/attributepanel.h"

#include "model/personprofile.h"
#include "people/personname.h"
#include "people/speakerprofiles.h"
#include "store/editstep.h"
#include "store/librarystore.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
constexpr int VariantsRole = Qt::UserRole + 4;

/// A searchable list of the profiles a merge can go into.
class MergeChooser : public QDialog
{
public:
    MergeChooser(const QList<PersonProfile> &people, const QString &what, QWidget *parent)
        : QDialog(parent)
        , m_filter(new QLineEdit(this))
        , m_list(new QListWidget(this))
    {
        setObjectName(u"mergeChooser"_s);
        setWindowTitle(SpeakersDialog::tr("Merge Into"));
        resize(380, 420);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(SpeakersDialog::tr("Merge %1 into:").arg(what), this);
        label->setWordWrap(true);
        layout->addWidget(label);
        m_filter->setObjectName(u"mergeChooserFilter"_s);
        m_filter->setPlaceholderText(SpeakersDialog::tr("Type to filter"));
        m_filter->setClearButtonEnabled(true);
        layout->addWidget(m_filter);
        m_list->setObjectName(u"mergeChooserList"_s);
        for (const PersonProfile &p : people) {
            auto *item = new QListWidgetItem(p.displayName, m_list);
            item->setData(SpeakersDialog::ProfileIdRole, p.id);
            item->setData(VariantsRole, p.variants());
            item->setToolTip(p.variants().join(u", "_s));
        }
        layout->addWidget(m_list, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(SpeakersDialog::tr("&Merge"));
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QString folded = PersonName::fold(text.trimmed());
            QListWidgetItem *first = nullptr;
            for (int i = 0; i < m_list->count(); ++i) {
                QListWidgetItem *item = m_list->item(i);
                bool match = folded.isEmpty();
                QStringList names = item->data(VariantsRole).toStringList();
                names.append(item->text());
                for (const QString &name : std::as_const(names))
                    match = match || PersonName::fold(name).contains(folded);
                item->setHidden(!match);
                if (match && !first)
                    first = item;
            }
            m_list->setCurrentItem(first);
        });
        // Up and Down in the filter move through the list, as in a completer.
        connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
        m_filter->installEventFilter(this);
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        m_filter->setFocus();
    }

    qint64 chosenId() const
    {
        const QListWidgetItem *item = m_list->currentItem();
        return item && !item->isHidden() ? item->data(SpeakersDialog::ProfileIdRole).toLongLong() : 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_filter && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
                key == Qt::Key_PageDown) {
                QCoreApplication::sendEvent(m_list, event);
                return true;
            }
        }
        return QDialog::eventFilter(watched, event);
    }

private:
    QLineEdit *m_filter;
    QListWidget *m_list;
};

qint64 idOf(const QTreeWidgetItem *item, int role)
{
    return item ? item->data(0, role).toLongLong() : 0;
}
} // namespace

SpeakersDialog::SpeakersDialog(
    SpeakerProfiles *profiles, SpeakerAttributes *attributes, LibraryStore *store, QWidget *parent)
    : LiveDialog(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_filter(new QLineEdit(this))
    , m_people(new QTreeWidget(this))
    , m_heading(new QLabel(this))
    , m_appearances(new QTreeWidget(this))
    , m_attributes(new AttributePanel(attributes, store, this))
    , m_status(new QLabel(this))
    , m_rename(new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("&Rename…"), this))
    , m_merge(new QAction(QIcon::fromTheme(u"merge"_s), tr("&Merge Into…"), this))
    , m_split(new QAction(QIcon::fromTheme(u"split"_s), tr("&Split Off"), this))
    , m_open(new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Article"), this))
{
    setObjectName(u"speakersDialog"_s);
    setWindowTitle(tr("Speakers Across Articles"));
    resize(1040, 720);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    QHBoxLayout *leftButtons = buildProfileSide(splitter);
    QHBoxLayout *rightButtons = buildAppearanceSide(splitter);
    splitter->addWidget(leftButtons->parentWidget());
    splitter->addWidget(rightButtons->parentWidget());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 640});

    m_status->setObjectName(u"speakersStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter opens an appearance's article; it must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    setupActions(leftButtons, rightButtons);
    connectSignals();
    updateActions();
}

QHBoxLayout *SpeakersDialog::buildProfileSide(QWidget *splitter)
{
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(u"speakersFilter"_s);
    m_filter->setAccessibleName(tr("Filter people"));
    m_filter->setPlaceholderText(tr("Filter people"));
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_people->setObjectName(u"speakersList"_s);
    m_people->setAccessibleName(tr("People"));
    m_people->setColumnCount(2);
    m_people->setHeaderLabels({tr("Person"), tr("Articles")});
    m_people->setRootIsDecorated(false);
    m_people->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_people->header()->setStretchLastSection(false);
    m_people->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_people->setContextMenuPolicy(Qt::ActionsContextMenu);
    leftLayout->addWidget(m_people, 1);
    auto *leftButtons = new QHBoxLayout;
    leftLayout->addLayout(leftButtons);
    return leftButtons;
}

QHBoxLayout *SpeakersDialog::buildAppearanceSide(QWidget *splitter)
{
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(u"speakersHeading"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    rightLayout->addWidget(m_heading);
    m_appearances->setObjectName(u"speakerAppearances"_s);
    m_appearances->setAccessibleName(tr("Appearances of the selected person"));
    m_appearances->setColumnCount(4);
    m_appearances->setHeaderLabels({tr("Article"), tr("Printed as"), tr("Bio"), tr("Imported")});
    m_appearances->setRootIsDecorated(false);
    m_appearances->setWordWrap(true);
    m_appearances->setUniformRowHeights(false);
    m_appearances->setTextElideMode(Qt::ElideNone);
    m_appearances->header()->setStretchLastSection(false);
    m_appearances->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_appearances->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_appearances->setColumnWidth(0, 180);
    m_appearances->setColumnWidth(1, 130);
    // A tree view sizes rows for one line; a long bio gets the lines it needs.
    connect(m_appearances->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 2)
            fitBioRows();
    });
    m_appearances->setContextMenuPolicy(Qt::ActionsContextMenu);
    rightLayout->addWidget(m_appearances, 1);
    auto *rightButtons = new QHBoxLayout;
    rightLayout->addLayout(rightButtons);
    rightLayout->addSpacing(8);
    rightLayout->addWidget(m_attributes, 1);
    return rightButtons;
}

void SpeakersDialog::setupActions(QHBoxLayout *leftButtons, QHBoxLayout *rightButtons)
{
    m_rename->setObjectName(u"speakers_rename"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setStatusTip(tr("Name this person as you want them listed"));
    m_merge->setObjectName(u"speakers_merge"_s);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_merge->setStatusTip(tr("These are the same person as another profile: join them"));
    m_split->setObjectName(u"speakers_split"_s);
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_split->setStatusTip(tr("This article's speaker is someone else: give them a profile of their own"));
    m_open->setObjectName(u"speakers_open"_s);
    m_open->setStatusTip(tr("Show this article in the main window"));
    for (QAction *action : {m_rename, m_merge, m_split, m_open}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_people->addActions({m_rename, m_merge});
    m_appearances->addActions({m_open, m_split});
    auto button = [](QAction *action, QWidget *parent) {
        auto *b = new QToolButton(parent);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    QWidget *left = leftButtons->parentWidget();
    leftButtons->addWidget(button(m_rename, left));
    leftButtons->addWidget(button(m_merge, left));
    leftButtons->addStretch();
    QWidget *right = rightButtons->parentWidget();
    rightButtons->addWidget(button(m_open, right));
    rightButtons->addWidget(button(m_split, right));
    rightButtons->addStretch();
}

void SpeakersDialog::connectSignals()
{
    connect(m_rename, &QAction::triggered, this, &SpeakersDialog::renameCurrentProfile);
    connect(m_merge, &QAction::triggered, this, &SpeakersDialog::mergeSelectedProfiles);
    connect(m_split, &QAction::triggered, this, &SpeakersDialog::splitCurrentAppearance);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 article = idOf(m_appearances->currentItem(), ArticleIdRole))
            Q_EMIT articleActivated(article);
    });
    connect(m_appearances, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT articleActivated(idOf(item, ArticleIdRole)); });
    connect(m_appearances, &QTreeWidget::currentItemChanged, this, &SpeakersDialog::updateActions);
    connect(m_people, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_rebuilding)
            updateAppearances();
    });
    connect(m_people, &QTreeWidget::itemSelectionChanged, this, &SpeakersDialog::updateActions);
    connect(m_filter, &QLineEdit::textChanged, this, &SpeakersDialog::applyFilter);
    connect(m_attributes, &AttributePanel::statusMessage, this, [this](const QString &message) {
        m_status->setText(message);
        Q_EMIT statusMessage(message);
    });

    // Hidden, it waits for showEvent(): a list nobody looks at costs nothing per import.
    connect(m_store, &LibraryStore::peopleChanged, this, &SpeakersDialog::rebuildIfVisible);
    connect(m_store, &LibraryStore::articleAdded, this, &SpeakersDialog::rebuildIfVisible);
    connect(m_store, &LibraryStore::articleRemoved, this, &SpeakersDialog::rebuildIfVisible);
    connect(m_store, &LibraryStore::articleChanged, this, &SpeakersDialog::rebuildIfVisible);
}

SpeakersDialog::~SpeakersDialog() = default;

SpeakerProfiles *SpeakersDialog::profiles() const
{
    return m_profiles;
}

QLineEdit *SpeakersDialog::filterEdit() const
{
    return m_filter;
}

QTreeWidget *SpeakersDialog::profileList() const
{
    return m_people;
}

QTreeWidget *SpeakersDialog::appearanceList() const
{
    return m_appearances;
}

QLabel *SpeakersDialog::statusLabel() const
{
    return m_status;
}

AttributePanel *SpeakersDialog::attributePanel() const
{
    return m_attributes;
}

QAction *SpeakersDialog::renameAction() const
{
    return m_rename;
}

QAction *SpeakersDialog::mergeAction() const
{
    return m_merge;
}

QAction *SpeakersDialog::splitAction() const
{
    return m_split;
}

qint64 SpeakersDialog::currentProfileId() const
{
    return idOf(m_people->currentItem(), ProfileIdRole);
}

void SpeakersDialog::setCurrentProfileId(qint64 id)
{
    for (int i = 0; i < m_people->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_people->topLevelItem(i);
        if (idOf(item, ProfileIdRole) == id) {
            // A hidden row cannot be current: show it by clearing the filter.
            if (item->isHidden())
                m_filter->clear();
            m_people->setCurrentItem(item);
            return;
        }
    }
}

void SpeakersDialog::rebuild()
{
    const qint64 current = currentProfileId();
    const qint64 currentSpeaker = idOf(m_appearances->currentItem(), SpeakerIdRole);
    QSet<qint64> selected;
    for (const QTreeWidgetItem *item : m_people->selectedItems())
        selected.insert(idOf(item, ProfileIdRole));

    m_rebuilding = true;
    m_people->clear();
    QHash<qint64, qint64> profileOfSpeaker;
    QTreeWidgetItem *currentItem = nullptr;
    for (const PersonProfile &p : m_store->people().valueOr({})) {
        auto *item = new QTreeWidgetItem(m_people);
        item->setText(0, p.displayName);
        item->setText(1, QString::number(p.articleIds().size()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, ProfileIdRole, p.id);
        item->setData(0, VariantsRole, p.variants());
        item->setToolTip(0, p.variants().join(u", "_s));
        for (const PersonProfile::Appearance &a : p.appearances)
            profileOfSpeaker.insert(a.speakerId, p.id);
        if (p.id == current)
            currentItem = item;
    }
    // A profile that went away (merged, or a split undone): follow its appearance.
    if (!currentItem && currentSpeaker) {
        const qint64 owner = profileOfSpeaker.value(currentSpeaker);
        for (int i = 0; i < m_people->topLevelItemCount() && !currentItem; ++i) {
            if (idOf(m_people->topLevelItem(i), ProfileIdRole) == owner)
                currentItem = m_people->topLevelItem(i);
        }
    }
    if (currentItem)
        m_people->setCurrentItem(currentItem);
    for (int i = 0; i < m_people->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_people->topLevelItem(i);
        if (selected.contains(idOf(item, ProfileIdRole)))
            item->setSelected(true);
    }
    m_rebuilding = false;
    applyFilter();
    updateAppearances();
    for (int i = 0; i < m_appearances->topLevelItemCount(); ++i) {
        if (idOf(m_appearances->topLevelItem(i), SpeakerIdRole) == currentSpeaker)
            m_appearances->setCurrentItem(m_appearances->topLevelItem(i));
    }
}

void SpeakersDialog::applyFilter()
{
    const QString folded = PersonName::fold(m_filter->text().trimmed());
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_people->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_people->topLevelItem(i);
        bool match = folded.isEmpty();
        QStringList names = item->data(0, VariantsRole).toStringList();
        names.append(item->text(0));
        for (const QString &name : std::as_const(names))
            match = match || PersonName::fold(name).contains(folded);
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
    }
    const QTreeWidgetItem *current = m_people->currentItem();
    if (!current || current->isHidden())
        m_people->setCurrentItem(firstShown);
    if (!m_people->currentItem())
        updateAppearances();
}

void SpeakersDialog::updateAppearances()
{
    m_appearances->clear();
    const qint64 id = currentProfileId();
    const std::optional<PersonProfile> profile =
        id ? m_store->person(id).valueOr({}) : std::optional<PersonProfile>();
    m_attributes->setPersonId(profile ? profile->id : 0);
    if (!profile) {
        m_heading->setText(m_people->topLevelItemCount() == 0
                ? tr("No speaker has been recognised as a person yet.")
                : QString());
        updateActions();
        return;
    }
    const int articles = int(profile->articleIds().size());
    QString heading = u"<b>%1</b> · %2"_s.arg(profile->displayName.toHtmlEscaped(),
        articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles));
    const QStringList variants = profile->variants();
    if (variants.size() > 1 || (variants.size() == 1 && variants.first() != profile->displayName))
        heading += u"<br>"_s + tr("Printed as: %1").arg(variants.join(u", "_s).toHtmlEscaped());
    m_heading->setText(heading);

    const QLocale locale;
    for (const PersonProfile::Appearance &a : profile->appearances) {
        auto *item = new QTreeWidgetItem(m_appearances);
        item->setText(0, a.articleTitle);
        item->setText(1, a.name);
        item->setText(2, a.bio.isEmpty() ? tr("(no bio)") : a.bio);
        if (a.bio.isEmpty())
            item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        item->setText(3, locale.toString(a.importedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, a.articleTitle);
        item->setToolTip(2, a.bio);
        item->setData(0, SpeakerIdRole, a.speakerId);
        item->setData(0, ArticleIdRole, a.articleId);
    }
    fitBioRows();
    if (m_appearances->topLevelItemCount() > 0)
        m_appearances->setCurrentItem(m_appearances->topLevelItem(0));
    updateActions();
}

void SpeakersDialog::fitBioRows()
{
    const int width = std::max(40, m_appearances->columnWidth(2) - 12);
    const QFontMetrics metrics(m_appearances->font());
    for (int i = 0; i < m_appearances->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_appearances->topLevelItem(i);
        const int height =
            metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text(2)).height() + 6;
        if (item->sizeHint(2).height() != height)
            item->setSizeHint(2, QSize(width, height));
    }
}

void SpeakersDialog::updateActions()
{
    const bool hasProfile = currentProfileId() != 0;
    m_rename->setEnabled(hasProfile);
    m_merge->setEnabled(hasProfile && m_people->topLevelItemCount() > 1);
    const bool hasAppearance = m_appearances->currentItem() != nullptr;
    m_open->setEnabled(hasAppearance);
    // Splitting the only appearance would leave an empty profile behind.
    m_split->setEnabled(hasAppearance && m_appearances->topLevelItemCount() > 1);
}

bool SpeakersDialog::renameCurrentProfile()
{
    const qint64 id = currentProfileId();
    const std::optional<PersonProfile> profile =
        id ? m_store->person(id).valueOr({}) : std::optional<PersonProfile>();
    if (!profile)
        return false;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Person"),
        tr("Name for %1 in every article:").arg(profile->displayName), QLineEdit::Normal,
        profile->displayName, &ok);
    activateWindow();
    if (!ok || name.trimmed() == profile->displayName)
        return false;
    return report(m_profiles->renameProfile(id, name),
        tr("Renamed %1 to %2").arg(profile->displayName, name.trimmed()));
}

bool SpeakersDialog::mergeSelectedProfiles()
{
    QList<qint64> from;
    QStringList names;
    for (const QTreeWidgetItem *item : m_people->selectedItems()) {
        if (!item->isHidden()) {
            from.append(idOf(item, ProfileIdRole));
            names.append(item->text(0));
        }
    }
    if (from.isEmpty() && currentProfileId()) {
        from.append(currentProfileId());
        names.append(m_people->currentItem()->text(0));
    }
    if (from.isEmpty())
        return false;
    QList<PersonProfile> targets;
    for (const PersonProfile &p : m_store->people().valueOr({})) {
        if (!from.contains(p.id))
            targets.append(p);
    }
    if (targets.isEmpty())
        return false;
    const QString what = names.size() == 1 ? names.first() : tr("%1 people").arg(names.size());
    MergeChooser chooser(targets, what, this);
    const bool accepted = chooser.exec() == QDialog::Accepted;
    activateWindow();
    const qint64 into = chooser.chosenId();
    if (!accepted || !into)
        return false;
    QString intoName;
    for (const PersonProfile &p : targets) {
        if (p.id == into)
            intoName = p.displayName;
    }

    // Several profiles merged at once are one step: one transaction, one undo.
    EditStep step(*m_profiles->history(), tr("Merge %1 into %2").arg(what, intoName));
    bool ok = true;
    for (const qint64 id : std::as_const(from)) {
        ok = m_profiles->mergeProfiles(id, into);
        if (!ok)
            break;
    }
    if (!ok || !step.commit())
        return report(false, {});
    setCurrentProfileId(into);
    return report(true, tr("Merged %1 into %2").arg(what, intoName));
}

bool SpeakersDialog::splitCurrentAppearance()
{
    const QTreeWidgetItem *item = m_appearances->currentItem();
    const qint64 speakerId = idOf(item, SpeakerIdRole);
    if (!speakerId)
        return false;
    const QString printed = item->text(1);
    const QString title = item->text(0);
    const std::optional<qint64> created = m_profiles->splitAppearance(speakerId);
    if (!report(
            created.has_value(), tr("%1 in \u201C%2\u201D now has a profile of its own").arg(printed, title)))
        return false;
    setCurrentProfileId(*created);
    return true;
}

bool SpeakersDialog::report(bool ok, const QString &done)
{
    const QString message = ok ? done : m_profiles->errorString();
    m_status->setText(message);
    Q_EMIT statusMessage(message);
    return ok;
}

} // namespace Colloquy
