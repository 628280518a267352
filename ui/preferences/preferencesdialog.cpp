#include "preferences/preferencesdialog.h"

#include "actions.h"
#include "annotate/annotations.h"
#include "settings.h"
#include "store/librarystore.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString shapeLabel(const QString &shape)
{
    if (shape == u"roundtable")
        return PreferencesDialog::tr("&Roundtables:");
    if (shape == u"interview")
        return PreferencesDialog::tr("&Interviews:");
    if (shape == u"briefing")
        return PreferencesDialog::tr("&Briefings:");
    return PreferencesDialog::tr("&Transcripts:");
}
} // namespace

PreferencesDialog::PreferencesDialog(const Actions *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_name(new QLineEdit(this))
    , m_family(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_scheme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_library(new QLineEdit(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Configure Colloquy"));
    setMinimumWidth(520);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"preferencesTabs"_s);
    tabs->addTab(buildReadingPage(), tr("Reading"));
    tabs->addTab(buildLibraryPage(), tr("Library and Annotations"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

QStringList PreferencesDialog::shapeNames()
{
    return {u"roundtable"_s, u"interview"_s, u"briefing"_s, u"transcript"_s};
}

QStringList PreferencesDialog::languages()
{
    return {u"de"_s, u"zh_CN"_s};
}

QWidget *PreferencesDialog::buildReadingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    m_family->setObjectName(u"readingFont"_s);
    m_family->setAccessibleName(tr("Reading font"));
    m_size->setObjectName(u"readingSize"_s);
    m_size->setAccessibleName(tr("Reading size"));
    m_size->setRange(0, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setSpecialValueText(tr("Default"));
    form->addRow(tr("Reading &font:"), m_family);
    form->addRow(tr("Reading &size:"), m_size);
    m_scheme->setObjectName(u"colourScheme"_s);
    m_scheme->addItem(tr("As the desktop"), int(ColourScheme::System));
    m_scheme->addItem(tr("Light"), int(ColourScheme::Light));
    m_scheme->addItem(tr("Dark"), int(ColourScheme::Dark));
    form->addRow(tr("&Colours:"), m_scheme);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    for (const QString &language : languages())
        m_language->addItem(QLocale(language).nativeLanguageName(), language);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), noteLabel(tr("A new language shows from the next start."), page));

    auto *shapes = new QGroupBox(tr("Layout of new articles"), page);
    auto *shapeForm = new QFormLayout(shapes);
    for (const QString &shape : shapeNames()) {
        auto *combo = new QComboBox(shapes);
        combo->setObjectName(u"shapeLayout_"_s + shape);
        combo->addItem(tr("Chosen by Colloquy"), QString());
        for (QAction *action : m_actions->layoutGroup()->actions()) {
            if (const std::optional<ArticleLayout> layout = Actions::layoutOf(action))
                combo->addItem(action->icon(), Actions::plainText(action), articleLayoutName(*layout));
        }
        shapeForm->addRow(shapeLabel(shape), combo);
        m_shapeLayouts.insert(shape, combo);
    }
    shapeForm->addRow(noteLabel(tr("An article you have already arranged keeps its own layout."), shapes));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(shapes);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::buildLibraryPage()
{
    auto *page = new QWidget(this);
    m_name->setObjectName(u"annotatorName"_s);
    m_name->setPlaceholderText(Annotations::currentAuthor());
    m_name->setClearButtonEnabled(true);
    m_library->setObjectName(u"libraryPath"_s);
    m_library->setAccessibleName(tr("Library file"));
    m_library->setPlaceholderText(LibraryStore::defaultPath());
    m_library->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"libraryBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseLibrary);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);

    auto *form = new QFormLayout(page);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(QString(),
        noteLabel(tr("Signs the highlights and notes you make from now on, and so the exports. "
                     "Left empty, your account's name is used."),
            page));
    form->addRow(tr("Library &file:"), libraryRow);
    form->addRow(QString(),
        noteLabel(tr("Colloquy opens this library from the next start. A file that does not exist yet "
                     "becomes a new, empty library."),
            page));
    form->addRow(buildBackupGroup(page));
    return page;
}

QWidget *PreferencesDialog::buildBackupGroup(QWidget *page)
{
    auto *group = new QGroupBox(tr("Backups"), page);
    m_backupEnabled = new QCheckBox(tr("&Back up the library automatically while you edit"), group);
    m_backupEnabled->setObjectName(u"backupEnabled"_s);
    auto spin = [group](const QString &name, int minimum, int maximum, const QString &suffix) {
        auto *box = new QSpinBox(group);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setSuffix(suffix);
        return box;
    };
    m_backupInterval = spin(u"backupInterval"_s, 1, 24 * 60, tr(" min"));
    m_backupDaily = spin(u"backupDaily"_s, 0, 366, QString());
    m_backupWeekly = spin(u"backupWeekly"_s, 0, 520, QString());
    for (QSpinBox *box : {m_backupInterval, m_backupDaily, m_backupWeekly})
        connect(m_backupEnabled, &QCheckBox::toggled, box, &QWidget::setEnabled);

    auto *form = new QFormLayout(group);
    form->addRow(m_backupEnabled);
    form->addRow(tr("At most &one every:"), m_backupInterval);
    form->addRow(tr("Keep the newest of the last &days:"), m_backupDaily);
    form->addRow(tr("…and of the last &weeks:"), m_backupWeekly);
    form->addRow(noteLabel(tr("Backups are kept in a folder beside the library file, named after it with "
                              "“.backups”. File → Backups… lists and restores them."),
        group));
    return group;
}

void PreferencesDialog::browseLibrary()
{
    const QString current = m_library->text().isEmpty() ? LibraryStore::defaultPath() : m_library->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Library File"), current,
        tr("Colloquy libraries (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_library->setText(path);
}

void PreferencesDialog::load()
{
    const Settings settings;
    m_name->setText(settings.annotatorName());
    const QString family = settings.readingFamily();
    m_family->setCurrentFont(QFont(family.isEmpty() ? u"serif"_s : family));
    m_size->setValue(int(settings.readingPointSize()));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(int(settings.colourScheme()))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_library->setText(settings.libraryPath());
    m_backupEnabled->setChecked(settings.backupEnabled());
    m_backupInterval->setValue(settings.backupIntervalMinutes());
    m_backupDaily->setValue(settings.backupPolicy().daily);
    m_backupWeekly->setValue(settings.backupPolicy().weekly);
    for (QSpinBox *box : {m_backupInterval, m_backupDaily, m_backupWeekly})
        box->setEnabled(m_backupEnabled->isChecked());
    for (auto it = m_shapeLayouts.cbegin(); it != m_shapeLayouts.cend(); ++it) {
        const std::optional<ArticleLayout> layout = settings.shapeLayout(it.key());
        it.value()->setCurrentIndex(
            layout ? std::max(0, it.value()->findData(articleLayoutName(*layout))) : 0);
    }
}

void PreferencesDialog::accept()
{
    Settings settings;
    settings.setAnnotatorName(m_name->text());
    settings.setReadingFamily(m_family->currentFont().family());
    settings.setReadingPointSize(m_size->value());
    settings.setColourScheme(ColourScheme(m_scheme->currentData().toInt()));
    settings.setLanguage(m_language->currentData().toString());
    settings.setLibraryPath(m_library->text().trimmed());
    settings.setBackupEnabled(m_backupEnabled->isChecked());
    settings.setBackupIntervalMinutes(m_backupInterval->value());
    settings.setBackupPolicy({m_backupDaily->value(), m_backupWeekly->value()});
    for (auto it = m_shapeLayouts.cbegin(); it != m_shapeLayouts.cend(); ++it)
        settings.setShapeLayout(it.key(), articleLayoutFromName(it.value()->currentData().toString()));
    QDialog::accept();
    Q_EMIT changed();
}

} // namespace Colloquy
