#include "agreement/agreementdialog.h"

#include "agreement/intercoderagreement.h"
#include "store/librarystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct AgreementDialog::Private
{
    LibraryStore *store = nullptr;
    qint64 currentArticle = 0;
    QListWidget *coders = nullptr;
    QComboBox *scope = nullptr;
    QComboBox *unit = nullptr;
    QDoubleSpinBox *minOverlap = nullptr;
    QTreeWidget *scores = nullptr;
    QTreeWidget *passages = nullptr;
    QLabel *status = nullptr;
    bool rebuilding = false;
};

namespace {

QTreeWidget *makeTable(const QString &name)
{
    auto *table = new QTreeWidget;
    table->setObjectName(name);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

AgreementDialog::AgreementDialog(LibraryStore *store, QWidget *parent)
    : LiveDialog(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
    setObjectName(u"agreementDialog"_s);
    setWindowTitle(tr("Inter-coder Agreement"));
    d->coders = new QListWidget;
    d->coders->setObjectName(u"coderList"_s);
    d->coders->setMaximumHeight(110);
    d->scope = new QComboBox;
    d->scope->setObjectName(u"articleScope"_s);
    d->scope->addItem(tr("Current article"));
    d->scope->addItem(tr("All articles the coders highlighted"));
    d->unit = new QComboBox;
    d->unit->setObjectName(u"unitCombo"_s);
    d->unit->addItem(tr("Sentences"), int(AgreementUnit::Sentence));
    d->unit->addItem(tr("Paragraphs"), int(AgreementUnit::Paragraph));
    d->unit->addItem(tr("Overlapping passages"), int(AgreementUnit::Overlap));
    d->minOverlap = new QDoubleSpinBox;
    d->minOverlap->setObjectName(u"minOverlapSpin"_s);
    d->minOverlap->setRange(5, 100);
    d->minOverlap->setDecimals(0);
    d->minOverlap->setSuffix(u"%"_s);
    d->minOverlap->setValue(50);
    d->minOverlap->setEnabled(false);
    d->minOverlap->setToolTip(tr("The share of a passage a coder must cover to count as coding it"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Coders:"), d->coders);
    form->addRow(tr("&Articles:"), d->scope);
    form->addRow(tr("&Unit:"), d->unit);
    form->addRow(tr("Minimum &overlap:"), d->minOverlap);

    d->scores = makeTable(u"scoreTable"_s);
    d->scores->header()->setStretchLastSection(false);
    d->passages = makeTable(u"passageList"_s);
    d->passages->header()->setStretchLastSection(false);
    d->status = new QLabel;
    d->status->setObjectName(u"statusLabel"_s);
    d->status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(d->scores);
    splitter->addWidget(d->passages);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(d->status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(d->coders, &QListWidget::itemChanged, this, &AgreementDialog::recompute);
    connect(d->scope, &QComboBox::currentIndexChanged, this, &AgreementDialog::recompute);
    connect(d->unit, &QComboBox::currentIndexChanged, this, [this] {
        d->minOverlap->setEnabled(AgreementUnit(d->unit->currentData().toInt()) == AgreementUnit::Overlap);
        recompute();
    });
    connect(d->minOverlap, &QDoubleSpinBox::valueChanged, this, &AgreementDialog::recompute);
    connect(d->passages, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT passageActivated(item->data(0, ArticleIdRole).toLongLong(),
            item->data(0, SegmentRole).toLongLong(), item->data(0, StartRole).toLongLong(),
            item->data(0, EndRole).toLongLong());
    });
    connect(store, &LibraryStore::annotationsChanged, this, &AgreementDialog::rebuildIfVisible);
    connect(store, &LibraryStore::articleRemoved, this, &AgreementDialog::rebuildIfVisible);
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::setCurrentArticle(qint64 id)
{
    d->currentArticle = id;
    if (d->scope->currentIndex() == 0)
        rebuildIfVisible();
}

QListWidget *AgreementDialog::coderList() const
{
    return d->coders;
}
QComboBox *AgreementDialog::articleScope() const
{
    return d->scope;
}
QComboBox *AgreementDialog::unitCombo() const
{
    return d->unit;
}
QDoubleSpinBox *AgreementDialog::minOverlapSpin() const
{
    return d->minOverlap;
}
QTreeWidget *AgreementDialog::scoreTable() const
{
    return d->scores;
}
QTreeWidget *AgreementDialog::passageList() const
{
    return d->passages;
}
QLabel *AgreementDialog::statusLabel() const
{
    return d->status;
}

void AgreementDialog::rebuild()
{
    // Keep the ticks across a rebuild; the first time, tick the first two coders.
    QStringList ticked;
    for (int i = 0; i < d->coders->count(); ++i) {
        if (d->coders->item(i)->checkState() == Qt::Checked)
            ticked.append(d->coders->item(i)->text());
    }
    const bool first = d->coders->count() == 0;
    const QStringList coders = InterCoderAgreement::coders(*d->store).valueOr({});
    d->rebuilding = true;
    d->coders->clear();
    for (qsizetype i = 0; i < coders.size(); ++i) {
        auto *item = new QListWidgetItem(coders[i], d->coders);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState((first ? i < 2 : ticked.contains(coders[i])) ? Qt::Checked : Qt::Unchecked);
    }
    if (first && d->currentArticle == 0)
        d->scope->setCurrentIndex(1);
    d->rebuilding = false;
    recompute();
}

void AgreementDialog::recompute()
{
    if (d->rebuilding)
        return;
    AgreementOptions options;
    for (int i = 0; i < d->coders->count(); ++i) {
        if (d->coders->item(i)->checkState() == Qt::Checked)
            options.coders.append(d->coders->item(i)->text());
    }
    if (options.coders.size() < 2)
        return clearResults(d->coders->count() < 2
                ? tr("Agreement needs two coders: this library has highlights by %1.")
                      .arg(d->coders->count() == 0 ? tr("nobody") : tr("one author only"))
                : tr("Tick at least two coders to compare."));
    if (d->scope->currentIndex() == 0) {
        if (d->currentArticle == 0)
            return clearResults(tr("No article is open: choose all articles, or open one."));
        options.articleIds = {d->currentArticle};
    }
    options.unit = AgreementUnit(d->unit->currentData().toInt());
    options.minOverlap = d->minOverlap->value() / 100.0;
    const Result<AgreementReport> report = InterCoderAgreement::compute(*d->store, options);
    if (report.failed())
        return clearResults(report.error());
    showReport(*report);
}

void AgreementDialog::clearResults(const QString &why)
{
    d->scores->clear();
    d->passages->clear();
    d->status->setText(why);
}

void AgreementDialog::showReport(const AgreementReport &report)
{
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    d->status->setText(tr("%1 on %2 of %3; %4.")
                           .arg(report.kappaName(), count(report.unitCount, tr("1 unit"), tr("%1 units")),
                               count(report.articleIds.size(), tr("1 article"), tr("%1 articles")),
                               count(report.disagreements.size(), tr("1 disagreeing passage"),
                                   tr("%1 disagreeing passages"))));
    showScores(report);
    showPassages(report);
}

void AgreementDialog::showScores(const AgreementReport &report)
{
    d->scores->clear();
    QStringList headers {tr("Theme"), tr("Units"), tr("Agreement"), report.kappaName()};
    for (const QString &coder : report.coders)
        headers.append(tr("Coded by %1").arg(coder));
    d->scores->setHeaderLabels(headers);
    for (const AgreementScore &s : report.themes + QList<AgreementScore> {report.overall}) {
        QStringList row {s.themeName, QString::number(s.units), s.percentText(), s.kappaText()};
        for (qsizetype n : s.codedBy)
            row.append(QString::number(n));
        auto *item = new QTreeWidgetItem(d->scores, row);
        for (int c = 1; c < row.size(); ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (s.themeId == 0) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < row.size(); ++c)
                item->setFont(c, bold);
        }
    }
    d->scores->header()->resizeSections(QHeaderView::ResizeToContents);
}

void AgreementDialog::showPassages(const AgreementReport &report)
{
    QHash<qint64, QString> names;
    for (const AgreementScore &s : report.themes)
        names.insert(s.themeId, s.themeName);
    d->passages->clear();
    QStringList headers {tr("Article"), tr("Disagreeing passage")};
    for (const QString &coder : report.coders)
        headers.append(tr("%1's themes").arg(coder));
    d->passages->setHeaderLabels(headers);
    for (const DisagreementPassage &p : report.disagreements) {
        QStringList row {p.articleTitle, p.text};
        for (const QList<qint64> &themes : p.themesByCoder) {
            QStringList mine;
            for (qint64 t : themes)
                mine.append(names.value(t));
            row.append(mine.isEmpty() ? u"—"_s : mine.join(u", "_s));
        }
        auto *item = new QTreeWidgetItem(d->passages, row);
        item->setData(0, ArticleIdRole, p.articleId);
        item->setData(0, SegmentRole, qint64(p.segment));
        item->setData(0, StartRole, qint64(p.range.start));
        item->setData(0, EndRole, qint64(p.range.end));
        item->setToolTip(1, p.text);
    }
    d->passages->header()->resizeSection(0, 160);
    d->passages->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int c = 2; c < headers.size(); ++c)
        d->passages->header()->resizeSection(c, 130);
    if (d->passages->topLevelItemCount() > 0)
        d->passages->setCurrentItem(d->passages->topLevelItem(0));
}

} // namespace Colloquy
