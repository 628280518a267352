#include "compare/comparedialog.h"

#include "compare/heatmapdelegate.h"
#include "compare/overviewchart.h"
#include "compare/sidebysideview.h"
#include "compare/thematrixmodel.h"
#include "compare/themebarchart.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

/// The grouping combo's data for speakers and people; attributes carry their id (> 0).
constexpr qint64 BySpeakers = -1;
constexpr qint64 ByPeople = -2;

/// A tree widget item that sorts numbers as numbers (the overview's figures).
class NumberItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole);
        const QVariant b = other.data(column, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};

} // namespace

CompareDialog::CompareDialog(LibrarySession *session, QWidget *parent)
    : LiveDialog(parent)
    , m_store(session->store())
    , m_scopeCombo(new QComboBox(this))
    , m_groupingCombo(new QComboBox(this))
    , m_modeCombo(new QComboBox(this))
    , m_filterCombo(new QComboBox(this))
    , m_filterValueCombo(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new ThemeMatrixModel(this))
    , m_sideBySide(new SideBySideView(session, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare Voices"));
    resize(900, 620);
    m_scopeCombo->setObjectName(u"scopeCombo"_s);
    m_groupingCombo->setObjectName(u"groupingCombo"_s);
    m_modeCombo->setObjectName(u"modeCombo"_s);
    m_filterCombo->setObjectName(u"filterCombo"_s);
    m_filterValueCombo->setObjectName(u"filterValueCombo"_s);
    m_filterValueCombo->setAccessibleName(tr("Filter value"));
    m_filterValueCombo->setEnabled(false);
    m_tabs->setObjectName(u"compareTabs"_s);
    m_status->setObjectName(u"compareStatus"_s);
    m_scopeCombo->addItem(tr("This article"));
    m_scopeCombo->addItem(tr("Whole library"));
    m_modeCombo->addItem(tr("Claims"), int(MatrixMode::Counts));
    m_modeCombo->addItem(tr("Share of the voice's claims"), int(MatrixMode::Share));
    m_modeCombo->addItem(tr("Claims per 1,000 words"), int(MatrixMode::PerThousandWords));

    auto *controls = new QHBoxLayout;
    const QList<std::pair<QString, QComboBox *>> labelled {{tr("&Compare:"), m_scopeCombo},
        {tr("C&olumns:"), m_groupingCombo}, {tr("&Show:"), m_modeCombo}, {tr("&Filter:"), m_filterCombo}};
    for (const auto &[text, combo] : labelled) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        controls->addWidget(label);
        controls->addWidget(combo);
    }
    controls->addWidget(m_filterValueCombo);
    controls->addStretch();
    m_tabs->addTab(buildMatrixTab(), tr("&Matrix"));
    m_tabs->addTab(buildChartTab(), tr("C&hart"));
    m_tabs->addTab(buildOverviewTab(), tr("S&peakers"));
    m_sideBySide->setObjectName(u"sideBySide"_s);
    m_tabs->addTab(m_sideBySide, tr("Side &by Side"));
    connect(
        m_sideBySide, &SideBySideView::statusMessage, this, [this](const QString &m) { report(true, m); });
    connect(m_sideBySide, &SideBySideView::claimActivated, this, &CompareDialog::claimActivated);
    // The main window's Undo and Redo do not reach a separate window: the same stack's here.
    QAction *undo = session->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = session->undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addActions({undo, redo});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the lists (it opens a claim), not to a default button.
    for (QPushButton *button :
        {buttons->button(QDialogButtonBox::Close), m_csvButton, m_imageButton, m_chartImageButton})
        button->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::rebuildIfVisible);
    connect(m_groupingCombo, &QComboBox::activated, this, &CompareDialog::rebuildIfVisible);
    connect(m_filterCombo, &QComboBox::activated, this, [this] {
        fillFilterValues();
        rebuildIfVisible();
    });
    connect(m_filterValueCombo, &QComboBox::activated, this, &CompareDialog::rebuildIfVisible);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMode(MatrixMode(m_modeCombo->currentData().toInt()));
        m_barChart->setMatrix(matrix(), m_model->mode());
    });
    for (auto signal :
        {&LibraryStore::articleAdded, &LibraryStore::articleRemoved, &LibraryStore::articleChanged})
        connect(m_store, signal, this, &CompareDialog::rebuildIfVisible);
    connect(m_store, &LibraryStore::annotationsChanged, this, &CompareDialog::rebuildIfVisible);
    connect(m_store, &LibraryStore::peopleChanged, this, &CompareDialog::rebuildIfVisible);
}

CompareDialog::~CompareDialog() = default;

QWidget *CompareDialog::buildMatrixTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    m_matrixView = new QTreeView(top);
    m_matrixView->setObjectName(u"matrixView"_s);
    m_matrixView->setModel(m_model);
    m_matrixView->setItemDelegate(new HeatMapDelegate(m_matrixView));
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setUniformRowHeights(true);
    m_matrixView->header()->setStretchLastSection(false);
    m_matrixView->header()->setDefaultAlignment(Qt::AlignCenter);
    m_csvButton = new QPushButton(tr("Export CS&V…"), top);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_imageButton = new QPushButton(tr("Export &Picture…"), top);
    m_imageButton->setObjectName(u"exportImageButton"_s);
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_csvButton);
    exports->addWidget(m_imageButton);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_matrixView, 1);
    topLayout->addLayout(exports);

    m_claimList = new QTreeWidget(splitter);
    m_claimList->setObjectName(u"claimList"_s);
    m_claimList->setHeaderLabels({tr("Claim"), tr("Speaker"), tr("Article"), tr("Note")});
    m_claimList->setRootIsDecorated(false);
    m_claimList->setWordWrap(true);
    m_claimList->setToolTip(tr("Enter or double-click opens the article at the claim"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CompareDialog::showCellClaims);
    connect(m_claimList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT claimActivated(
            item->data(0, ArticleIdRole).toLongLong(), item->data(0, HighlightIdRole).toLongLong());
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Matrix as CSV"), u"matrix.csv"_s, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_imageButton, &QPushButton::clicked, this,
        [this] { askAndSave(tr("Export Matrix as Picture"), u"matrix.png"_s, &CompareDialog::exportImage); });
    return splitter;
}

QWidget *CompareDialog::buildChartTab()
{
    auto *page = new QWidget(this);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(u"barChartScroll"_s);
    scroll->setWidgetResizable(true);
    m_barChart = new ThemeBarChart(scroll);
    m_barChart->setObjectName(u"barChart"_s);
    scroll->setWidget(m_barChart);
    m_chartImageButton = new QPushButton(tr("Export P&icture…"), page);
    m_chartImageButton->setObjectName(u"exportChartImageButton"_s);
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_chartImageButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(exports);
    connect(m_chartImageButton, &QPushButton::clicked, this, [this] {
        askAndSave(tr("Export Chart as Picture"), u"chart.png"_s, &CompareDialog::exportChartImage);
    });
    return page;
}

void CompareDialog::askAndSave(
    const QString &title, const QString &suggested, bool (CompareDialog::*save)(const QString &))
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, tr("PNG pictures (*.png)"));
    if (!path.isEmpty())
        (this->*save)(path);
}

QWidget *CompareDialog::buildOverviewTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_overviewTable = new QTreeWidget(splitter);
    m_overviewTable->setObjectName(u"overviewTable"_s);
    m_overviewTable->setHeaderLabels({tr("Speaker"), tr("Turns"), tr("Words"), tr("Share"), tr("Claims"),
        tr("Themes"), tr("First turn"), tr("Last turn")});
    m_overviewTable->setRootIsDecorated(false);
    m_overviewTable->setSortingEnabled(true);
    m_chart = new OverviewChart(splitter);
    m_chart->setObjectName(u"overviewChart"_s);
    m_chart->setToolTip(tr("Bars: share of the words, and claims"));
    return splitter;
}

void CompareDialog::setArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (articleId <= 0)
        m_scopeCombo->setCurrentIndex(1); // with no article open, "This article" means nothing
    else if (m_scopeCombo->currentIndex() == 0)
        rebuildIfVisible(); // across the library, the matrix and its claims stay as they are
}

ComparisonScope CompareDialog::scope() const
{
    ComparisonScope scope;
    if (m_scopeCombo->currentIndex() == 0 && m_articleId > 0)
        scope.articleIds = {m_articleId};
    const qint64 grouping = m_groupingCombo->currentData().toLongLong();
    scope.grouping = grouping == ByPeople ? VoiceGrouping::People
        : grouping > 0                    ? VoiceGrouping::Attribute
                                          : VoiceGrouping::Speakers;
    scope.groupAttributeId = std::max<qint64>(grouping, 0);
    scope.filterAttributeId = m_filterCombo->currentData().toLongLong();
    if (scope.filtered())
        scope.filterValues = {m_filterValueCombo->currentData().toString()};
    return scope;
}

const ThemeMatrix &CompareDialog::matrix() const
{
    return m_model->matrix();
}

void CompareDialog::fillGroupings()
{
    const qint64 current = m_groupingCombo->currentData().toLongLong();
    m_groupingCombo->clear();
    m_groupingCombo->addItem(tr("Speakers"), BySpeakers);
    m_groupingCombo->addItem(tr("People across articles"), ByPeople);
    for (const SpeakerAttribute &a : m_store->speakerAttributes().valueOr({}))
        m_groupingCombo->addItem(tr("By %1").arg(a.name), a.id);
    m_groupingCombo->setCurrentIndex(std::max(0, m_groupingCombo->findData(current)));
}

void CompareDialog::fillFilters()
{
    const qint64 current = m_filterCombo->currentData().toLongLong();
    m_filterCombo->clear();
    m_filterCombo->addItem(tr("Everyone"), qint64(0));
    for (const SpeakerAttribute &a : m_store->speakerAttributes().valueOr({}))
        m_filterCombo->addItem(tr("%1 is").arg(a.name), a.id);
    m_filterCombo->setCurrentIndex(std::max(0, m_filterCombo->findData(current)));
    fillFilterValues();
}

void CompareDialog::fillFilterValues()
{
    const QString current = m_filterValueCombo->currentData().toString();
    m_filterValueCombo->clear();
    const qint64 attribute = m_filterCombo->currentData().toLongLong();
    m_filterValueCombo->setEnabled(attribute > 0);
    if (attribute <= 0)
        return;
    for (const QString &value : m_store->valuesOfAttribute(attribute).valueOr({}))
        m_filterValueCombo->addItem(value, value);
    m_filterValueCombo->setCurrentIndex(std::max(0, m_filterValueCombo->findData(current)));
}

void CompareDialog::rebuild()
{
    {
        const QSignalBlocker blocker(m_groupingCombo);
        const QSignalBlocker filterBlocker(m_filterCombo);
        const QSignalBlocker valueBlocker(m_filterValueCombo);
        fillGroupings();
        fillFilters();
    }
    const Result<ThemeMatrix> read = m_store->themeMatrix(scope());
    if (!report(read.ok(), read.ok() ? QString() : read.error()))
        return;
    m_model->setMatrix(*read);
    m_barChart->setMatrix(*read, m_model->mode());
    m_matrixView->expandAll();
    m_matrixView->header()->resizeSections(QHeaderView::ResizeToContents);
    m_claimList->clear();
    fillOverview();
    m_sideBySide->refresh(scope(), *read);
    qint64 claims = 0;
    for (const MatrixColumn &c : read->columns)
        claims += c.claims;
    report(true, tr("%n voice(s), %1 claims", nullptr, int(read->columns.size())).arg(claims));
}

void CompareDialog::fillOverview()
{
    const Result<QList<SpeakerOverviewRow>> read = m_store->speakerOverview(scope());
    if (!report(read.ok(), read.ok() ? QString() : read.error()))
        return;
    m_overviewTable->clear();
    QStringList names;
    for (const SpeakerOverviewRow &r : *read) {
        const QString name = r.voice.name.isEmpty() ? tr("(no value)") : r.voice.name;
        names.append(r.voice.articleTitle.isEmpty() || scope().articleIds.size() == 1
                ? name
                : tr("%1 (%2)").arg(name, r.voice.articleTitle));
        auto *item = new NumberItem(m_overviewTable);
        const QList<std::pair<QString, QVariant>> cells {{names.last(), {}},
            {QString::number(r.turns), r.turns}, {QString::number(r.words), r.words},
            {QString::number(r.share * 100.0, 'f', 1) + u'%', r.share}, {QString::number(r.claims), r.claims},
            {QString::number(r.themes), r.themes},
            {r.firstTurn ? QString::number(r.firstTurn) : u"–"_s, r.firstTurn},
            {r.lastTurn ? QString::number(r.lastTurn) : u"–"_s, r.lastTurn}};
        for (int column = 0; column < cells.size(); ++column) {
            item->setText(column, cells.at(column).first);
            item->setData(column, Qt::UserRole, cells.at(column).second);
            if (column > 0)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int column = 0; column < m_overviewTable->columnCount(); ++column)
        m_overviewTable->resizeColumnToContents(column);
    m_chart->setRows(*read, names);
}

void CompareDialog::showCellClaims()
{
    m_claimList->clear();
    const QModelIndex index = m_matrixView->currentIndex();
    if (!index.isValid())
        return;
    const qint64 themeId = index.data(ThemeMatrixModel::ThemeIdRole).toLongLong();
    m_sideBySide->setTheme(themeId); // Side by Side opens on the theme looked at last
    const QSet<qint64> themes = matrix().codebook.withDescendants(themeId);
    const Result<QList<ClaimEntry>> read = m_store->claims(scope(),
        QList<qint64>(themes.cbegin(), themes.cend()), index.data(ThemeMatrixModel::VoiceKeyRole).toString());
    if (!report(read.ok(), read.ok() ? QString() : read.error()))
        return;
    for (const ClaimEntry &entry : *read) {
        auto *item = new QTreeWidgetItem(m_claimList,
            {entry.highlight.anchor.quote.exact, entry.highlight.speaker, entry.articleTitle, entry.note});
        item->setData(0, ArticleIdRole, entry.highlight.articleId);
        item->setData(0, HighlightIdRole, entry.highlight.id);
        item->setToolTip(0, entry.highlight.anchor.quote.exact);
    }
    m_claimList->resizeColumnToContents(1);
    report(true,
        tr("%n claim(s) on %1", nullptr, int(read->size())).arg(matrix().codebook.displayPath(themeId)));
}

bool CompareDialog::report(bool ok, const QString &message)
{
    m_status->setText(message);
    return ok;
}

bool CompareDialog::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return report(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(matrix().toCsv(m_model->mode(), tr("(no value)")).toUtf8());
    if (!file.commit())
        return report(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report(true, tr("Exported the matrix to %1").arg(path));
}

bool CompareDialog::exportImage(const QString &path)
{
    return saveImage(
        renderMatrix(matrix(), m_model->mode(), palette()), path, tr("Exported the matrix to %1").arg(path));
}

bool CompareDialog::exportChartImage(const QString &path)
{
    return saveImage(m_barChart->toImage(std::max(560, m_barChart->width())), path,
        tr("Exported the chart to %1").arg(path));
}

bool CompareDialog::saveImage(const QImage &image, const QString &path, const QString &done)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return report(false, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report(true, done);
}

QImage CompareDialog::renderMatrix(const ThemeMatrix &matrix, MatrixMode mode, const QPalette &palette)
{
    const QFont font;
    const QFontMetrics fm(font);
    const int rowHeight = fm.height() + 10;
    const int indent = fm.horizontalAdvance(u"    "_s);
    int themeWidth = fm.horizontalAdvance(tr("Theme"));
    for (const qint64 theme : matrix.rows()) {
        themeWidth = std::max(themeWidth,
            indent * int(matrix.codebook.pathOf(theme).size() - 1) +
                fm.horizontalAdvance(matrix.codebook.theme(theme)->name));
    }
    const QStringList names = matrix.columnNames();
    int cellWidth = fm.horizontalAdvance(u"100.0%"_s);
    for (const QString &name : names)
        cellWidth = std::max(cellWidth, fm.horizontalAdvance(name));
    cellWidth += 16;
    themeWidth += 16;
    const QList<qint64> rows = matrix.rows();
    QImage image(
        themeWidth + cellWidth * int(names.size()), rowHeight * int(rows.size() + 1), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter p(&image);
    p.setFont(font);
    p.setPen(palette.color(QPalette::Text));
    p.drawText(QRect(8, 0, themeWidth, rowHeight), Qt::AlignVCenter, tr("Theme"));
    for (int c = 0; c < names.size(); ++c)
        p.drawText(QRect(themeWidth + c * cellWidth, 0, cellWidth, rowHeight), Qt::AlignCenter, names.at(c));
    const double most = matrix.maximum(mode);
    for (int r = 0; r < rows.size(); ++r) {
        const int y = rowHeight * (r + 1);
        const qint64 theme = rows.at(r);
        p.setPen(palette.color(QPalette::Text));
        p.drawText(
            QRect(8 + indent * int(matrix.codebook.pathOf(theme).size() - 1), y, themeWidth, rowHeight),
            Qt::AlignVCenter, matrix.codebook.theme(theme)->name);
        for (int c = 0; c < names.size(); ++c) {
            const double value = matrix.value(theme, c, mode);
            const QRect cell(themeWidth + c * cellWidth, y, cellWidth - 1, rowHeight - 1);
            const QColor fill = HeatMapDelegate::fill(most > 0 ? value / most : 0.0, palette);
            p.fillRect(cell, fill);
            p.setPen(HeatMapDelegate::textOn(fill));
            p.drawText(cell, Qt::AlignCenter, ThemeMatrix::formatValue(value, mode));
        }
    }
    return image;
}

} // namespace Colloquy
