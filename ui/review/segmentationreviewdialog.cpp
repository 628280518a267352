#include "review/segmentationreviewdialog.h"

#include "review/segmentationreview.h"
#include "review/segmentationrules.h"
#include "store/librarystore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {

QString kindTitle(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Caption:
        return SegmentationReviewDialog::tr("Caption");
    case SegmentKind::Metadata:
        return SegmentationReviewDialog::tr("Metadata");
    case SegmentKind::EditorNote:
        return SegmentationReviewDialog::tr("Editor's note");
    case SegmentKind::Speaker:
        return SegmentationReviewDialog::tr("Speech");
    case SegmentKind::Narration:
        return SegmentationReviewDialog::tr("Narration");
    }
    return QString();
}

/// The scheme's name as a reader says it; unknown names as stored.
QString schemeTitle(const QString &name)
{
    static const QHash<QString, const char *> titles {
        {u"transcript"_s, QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a transcript (Name: turns)")},
        {u"q&a"_s, QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a Q&A interview")},
        {u"briefing"_s, QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a press briefing")},
        {u"headed roundtable"_s,
            QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a roundtable, a heading per expert")},
        {u"glued roundtable"_s,
            QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a roundtable, names run into the text")},
        {u"letters"_s, QT_TRANSLATE_NOOP("SegmentationReviewDialog", "a letters page")},
        {u"none"_s, QT_TRANSLATE_NOOP("SegmentationReviewDialog", "one voice (no turns found)")},
    };
    const char *title = titles.value(name);
    return title ? SegmentationReviewDialog::tr(title) : name;
}

} // namespace

struct SegmentationReviewDialog::Private
{
    SegmentationReview *review = nullptr;
    LibraryStore *store = nullptr;
    qint64 articleId = 0;
    Article article;
    QListWidget *list = nullptr;
    QLabel *heading = nullptr;
    QPlainTextEdit *text = nullptr;
    QMenu *assignMenu = nullptr;
    QAction *split = nullptr;
    QAction *merge = nullptr;
    QAction *assign = nullptr;
    QAction *rename = nullptr;
    QAction *bio = nullptr;
    QList<QAction *> kinds;
    QLabel *scheme = nullptr;
    QLabel *evidence = nullptr;
    QListWidget *cast = nullptr;
    QPushButton *castRename = nullptr;
    QPushButton *castMerge = nullptr;
    QMenu *castMergeMenu = nullptr;
    SegmentationRules *rules = nullptr;
    QWidget *rememberBar = nullptr;
    QLabel *rememberText = nullptr;
    QPushButton *remember = nullptr;
    std::optional<SegmentationRule> offered;
};

SegmentationReviewDialog::SegmentationReviewDialog(SegmentationReview *review, SegmentationRules *rules,
    LibraryStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->review = review;
    d->rules = rules;
    d->store = store;
    setObjectName(u"segmentationReviewDialog"_s);
    setWindowTitle(tr("Review Segmentation"));
    resize(1240, 660);
    QToolBar *toolBar = setupActions(undoStack);
    QSplitter *splitter = buildPanes();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildRememberBar());

    connect(d->list, &QListWidget::currentRowChanged, this, &SegmentationReviewDialog::showSegment);
    connect(store, &LibraryStore::articleChanged, this, [this](qint64 id) {
        if (id == d->articleId)
            reload();
    });
}

QToolBar *SegmentationReviewDialog::setupActions(QUndoStack *undoStack)
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto make = [this, toolBar](
                    const QString &text, const QString &shortText, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setIconText(shortText);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        toolBar->addAction(action);
        return action;
    };
    d->split = make(tr("Split at Cursor"), tr("Split"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &SegmentationReviewDialog::split);
    d->merge = make(tr("Merge with Previous"), tr("Merge"), QKeySequence(Qt::CTRL | Qt::Key_Backspace),
        &SegmentationReviewDialog::merge);
    d->assign = make(tr("Assign Speaker…"), tr("Assign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        &SegmentationReviewDialog::openAssignMenu);
    d->rename = make(
        tr("Rename Speaker…"), tr("Rename…"), QKeySequence(Qt::Key_F2), &SegmentationReviewDialog::rename);
    d->bio = make(tr("Edit Bio…"), tr("Bio…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        &SegmentationReviewDialog::editBio);
    toolBar->addSeparator();
    const QList<SegmentKind> kinds = {
        SegmentKind::Caption, SegmentKind::Metadata, SegmentKind::EditorNote, SegmentKind::Narration};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const SegmentKind kind = kinds.at(i);
        d->kinds.append(make(tr("Mark as %1").arg(kindTitle(kind)), kindTitle(kind),
            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i))), [this, kind]() {
                const int row = currentRow();
                const auto rule = SegmentationRules::proposal(
                    d->article, row, SegmentationRule::Action::MarkAs, segmentKindName(kind));
                correct(d->review->setSegmentKind(d->articleId, row, kind), rule);
            }));
    }
    d->assignMenu = new QMenu(this);
    d->assignMenu->setObjectName(u"assignMenu"_s);

    // The window's own Undo/Redo do not reach a separate window: the same stack's here.
    QAction *undo = undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    return toolBar;
}

QSplitter *SegmentationReviewDialog::buildPanes()
{
    d->list = new QListWidget(this);
    d->list->setAccessibleName(tr("Segments"));
    d->list->setAlternatingRowColors(true);
    d->list->setWordWrap(true);
    d->heading = new QLabel(this);
    d->heading->setWordWrap(true);
    d->heading->setTextFormat(Qt::PlainText);
    d->text = new QPlainTextEdit(this);
    d->text->setAccessibleName(tr("Text of the segment"));
    d->text->setReadOnly(true);
    // Read-only, yet with a caret: the split goes where it stands.
    d->text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(d->heading);
    rightLayout->addWidget(d->text, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(buildReadingPanel());
    splitter->addWidget(d->list);
    splitter->addWidget(right);
    splitter->setSizes({300, 380, 560});
    return splitter;
}

QWidget *SegmentationReviewDialog::buildReadingPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"readingPanel"_s);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    d->scheme = new QLabel(panel);
    d->scheme->setObjectName(u"schemeLabel"_s);
    d->scheme->setWordWrap(true);
    d->scheme->setTextFormat(Qt::PlainText);
    QFont emphasis = d->scheme->font();
    emphasis.setBold(true);
    d->scheme->setFont(emphasis);
    d->evidence = new QLabel(panel);
    d->evidence->setObjectName(u"schemeEvidence"_s);
    d->evidence->setWordWrap(true);
    d->evidence->setTextFormat(Qt::PlainText);
    d->evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *castTitle = new QLabel(tr("&Cast"), panel);
    d->cast = new QListWidget(panel);
    d->cast->setObjectName(u"castList"_s);
    d->cast->setAccessibleName(tr("Cast"));
    d->cast->setWordWrap(true);
    d->cast->setAlternatingRowColors(true);
    castTitle->setBuddy(d->cast);
    d->castRename = new QPushButton(tr("&Rename…"), panel);
    d->castRename->setObjectName(u"castRenameButton"_s);
    d->castRename->setToolTip(tr("Rename the selected cast member in every turn"));
    d->castMerge = new QPushButton(tr("&Merge Into…"), panel);
    d->castMerge->setObjectName(u"castMergeButton"_s);
    d->castMerge->setToolTip(tr("Give the selected member's turns to another cast member"));
    d->castMergeMenu = new QMenu(this);
    d->castMergeMenu->setObjectName(u"castMergeMenu"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(d->castRename);
    buttons->addWidget(d->castMerge);
    buttons->addStretch(1);
    layout->addWidget(d->scheme);
    layout->addWidget(d->evidence);
    layout->addSpacing(8);
    layout->addWidget(castTitle);
    layout->addWidget(d->cast, 1);
    layout->addLayout(buttons);

    connect(d->castRename, &QPushButton::clicked, this, &SegmentationReviewDialog::renameCastMember);
    connect(d->castMerge, &QPushButton::clicked, this, &SegmentationReviewDialog::openCastMergeMenu);
    connect(d->cast, &QListWidget::itemActivated, this, &SegmentationReviewDialog::renameCastMember);
    connect(d->cast, &QListWidget::currentRowChanged, this, [this](int row) {
        d->castRename->setEnabled(row >= 0);
        d->castMerge->setEnabled(row >= 0 && d->cast->count() > 1);
    });
    return panel;
}

QWidget *SegmentationReviewDialog::buildRememberBar()
{
    d->rememberBar = new QWidget(this);
    d->rememberBar->setObjectName(u"rememberBar"_s);
    auto *layout = new QHBoxLayout(d->rememberBar);
    layout->setContentsMargins(0, 0, 0, 0);
    d->rememberText = new QLabel(d->rememberBar);
    d->rememberText->setObjectName(u"rememberText"_s);
    d->rememberText->setWordWrap(true);
    d->rememberText->setTextFormat(Qt::PlainText);
    d->remember = new QPushButton(tr("Remember for This &Source"), d->rememberBar);
    d->remember->setObjectName(u"rememberRuleButton"_s);
    d->remember->setToolTip(tr("Later imports from the same site or folder, read the same way, are corrected "
                               "like this (Tools → Segmentation Rules lists and removes rules)"));
    layout->addWidget(d->rememberText, 1);
    layout->addWidget(d->remember);
    connect(d->remember, &QPushButton::clicked, this, &SegmentationReviewDialog::rememberOffered);
    d->rememberBar->hide();
    return d->rememberBar;
}

void SegmentationReviewDialog::correct(bool done, const std::optional<SegmentationRule> &rule)
{
    if (check(done))
        offer(rule);
}

void SegmentationReviewDialog::offer(const std::optional<SegmentationRule> &rule)
{
    d->offered = rule;
    d->rememberBar->setVisible(bool(rule));
    if (!rule)
        return;
    d->rememberText->setText(tr("Correct later imports the same way? %1.").arg(rule->description()));
    d->remember->setVisible(true);
    d->remember->setAccessibleDescription(rule->description());
}

void SegmentationReviewDialog::rememberOffered()
{
    if (!d->offered)
        return;
    const qint64 id = d->rules->remember(*d->offered);
    if (id == 0) {
        QMessageBox::warning(this, tr("Review Segmentation"), d->rules->errorString());
        return;
    }
    d->offered.reset();
    d->remember->setVisible(false);
    d->rememberText->setText(
        tr("Remembered as rule #%1; Tools → Segmentation Rules lists and removes rules.").arg(id));
}

void SegmentationReviewDialog::showReading()
{
    const SegmentationScheme &scheme = d->article.scheme;
    if (scheme.name.isEmpty()) {
        d->scheme->setText(tr("How this article was read was not recorded (it was stored by an older "
                              "Colloquy). Re-import it to see the scheme and its evidence."));
        d->evidence->clear();
    } else {
        d->scheme->setText(
            tr("Read as %1 — %2% sure").arg(schemeTitle(scheme.name)).arg(qRound(scheme.confidence * 100)));
        QStringList lines;
        for (const QString &line : scheme.evidence)
            lines.append(u"• "_s + line);
        d->evidence->setText(lines.join(u'\n'));
    }

    // Each member once, with the labels the article printed for them and their turns.
    const QString selected = currentCastMember();
    const QSignalBlocker blocker(d->cast);
    d->cast->clear();
    const QList<Speaker> speakers = d->article.speakers();
    for (const Speaker &speaker : speakers) {
        QStringList labels;
        int turns = 0;
        for (const Segment &segment : std::as_const(d->article.segments)) {
            if (!segment.speaker || segment.speaker->name != speaker.name)
                continue;
            ++turns;
            if (!segment.label.isEmpty() && segment.label != speaker.name && !labels.contains(segment.label))
                labels.append(segment.label);
        }
        QString detail = turns == 1 ? tr("1 turn") : tr("%1 turns").arg(turns);
        if (!labels.isEmpty())
            detail = tr("printed as %1 · %2").arg(labels.join(u", "_s), detail);
        QString title = speaker.name;
        if (!speaker.bio.isEmpty())
            title += u", "_s + speaker.bio;
        auto *item = new QListWidgetItem(title + u'\n' + detail, d->cast);
        item->setData(Qt::UserRole, speaker.name);
        if (speaker.name == selected)
            d->cast->setCurrentItem(item);
    }
    if (!d->cast->currentItem() && d->cast->count() > 0)
        d->cast->setCurrentRow(0);
    d->castRename->setEnabled(d->cast->currentRow() >= 0);
    d->castMerge->setEnabled(d->cast->currentRow() >= 0 && d->cast->count() > 1);
}

QString SegmentationReviewDialog::currentCastMember() const
{
    const QListWidgetItem *item = d->cast->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SegmentationReviewDialog::renameCastMember()
{
    const QString name = currentCastMember();
    if (!name.isEmpty())
        renameSpeaker(name);
}

void SegmentationReviewDialog::openCastMergeMenu()
{
    const QString from = currentCastMember();
    if (from.isEmpty())
        return;
    d->castMergeMenu->clear();
    const QList<Speaker> speakers = d->article.speakers();
    for (const Speaker &speaker : speakers) {
        if (speaker.name == from)
            continue;
        const QString into = speaker.name;
        auto *action = new QAction(tr("Merge %1 into %2").arg(from, into), d->castMergeMenu);
        action->setData(into);
        connect(action, &QAction::triggered, this,
            [this, from, into]() { check(d->review->mergeSpeakers(d->articleId, from, into)); });
        d->castMergeMenu->addAction(action);
    }
    d->castMergeMenu->popup(d->castMerge->mapToGlobal(QPoint(0, d->castMerge->height())));
}

SegmentationReviewDialog::~SegmentationReviewDialog() = default;

void SegmentationReviewDialog::setArticle(qint64 id)
{
    if (id != d->articleId)
        offer(std::nullopt);
    d->articleId = id;
    reload();
    // The doubtful ones first: start at the first low-confidence boundary.
    int row = 0;
    for (qsizetype i = 0; i < d->article.segments.size(); ++i) {
        const SegmentDetection &detection = d->article.segments.at(i).detection;
        if (!detection.rule.isEmpty() && detection.confidence < SegmentationReview::lowConfidence) {
            row = int(i);
            break;
        }
    }
    d->list->setCurrentRow(row);
}

qint64 SegmentationReviewDialog::articleId() const
{
    return d->articleId;
}

QListWidget *SegmentationReviewDialog::segmentList() const
{
    return d->list;
}

QPlainTextEdit *SegmentationReviewDialog::textView() const
{
    return d->text;
}

QMenu *SegmentationReviewDialog::assignMenu() const
{
    return d->assignMenu;
}

QAction *SegmentationReviewDialog::splitAction() const
{
    return d->split;
}

QAction *SegmentationReviewDialog::mergeAction() const
{
    return d->merge;
}

QAction *SegmentationReviewDialog::assignAction() const
{
    return d->assign;
}

QAction *SegmentationReviewDialog::renameAction() const
{
    return d->rename;
}

QAction *SegmentationReviewDialog::bioAction() const
{
    return d->bio;
}

QList<QAction *> SegmentationReviewDialog::kindActions() const
{
    return d->kinds;
}

QListWidget *SegmentationReviewDialog::castList() const
{
    return d->cast;
}

QMenu *SegmentationReviewDialog::castMergeMenu() const
{
    return d->castMergeMenu;
}

QPushButton *SegmentationReviewDialog::rememberButton() const
{
    return d->remember;
}

QLabel *SegmentationReviewDialog::rememberText() const
{
    return d->rememberText;
}

void SegmentationReviewDialog::reload()
{
    const int row = std::max(0, d->list->currentRow());
    d->article = d->store->article(d->articleId).valueOr({}).value_or(Article {});
    setWindowTitle(tr("Review Segmentation — %1").arg(d->article.displayTitle()));
    const QSignalBlocker blocker(d->list);
    d->list->clear();
    int low = 0;
    for (qsizetype i = 0; i < d->article.segments.size(); ++i) {
        const Segment &segment = d->article.segments.at(i);
        const bool doubtful = !segment.detection.rule.isEmpty() &&
            segment.detection.confidence < SegmentationReview::lowConfidence;
        low += doubtful ? 1 : 0;
        const QString who = segment.speaker ? segment.speaker->name : kindTitle(segment.kind);
        const QString how = segment.detection.rule.isEmpty()
            ? tr("set by hand")
            : tr("%1, %2%").arg(segment.detection.rule).arg(qRound(segment.detection.confidence * 100));
        QString first = segment.paragraphs.value(0);
        if (first.size() > 90)
            first = first.left(89) + u'…';
        auto *item = new QListWidgetItem(u"%1%2. %3\n%4 · %5\n%6"_s.arg(doubtful ? u"⚠ "_s : QString())
                                             .arg(i + 1)
                                             .arg(who, kindTitle(segment.kind), how, first),
            d->list);
        if (doubtful) {
            item->setBackground(QColor(0xff, 0xe9, 0xc2));
            item->setForeground(QColor(0x20, 0x20, 0x20));
            item->setToolTip(tr("Low confidence: check this boundary"));
        }
    }
    d->list->setCurrentRow(std::min(row, int(d->list->count()) - 1));
    showSegment(d->list->currentRow());
    showReading();
    const qsizetype count = d->article.segments.size();
    d->list->setAccessibleDescription(tr("%1 segments, %2 with low confidence").arg(count).arg(low));
}

void SegmentationReviewDialog::showSegment(int row)
{
    if (row < 0 || row >= d->article.segments.size()) {
        d->heading->clear();
        d->text->clear();
        return;
    }
    const Segment &segment = d->article.segments.at(row);
    QString heading = kindTitle(segment.kind);
    if (segment.speaker) {
        heading = segment.speaker->name;
        if (!segment.speaker->bio.isEmpty())
            heading += u", "_s + segment.speaker->bio;
    }
    d->heading->setText(heading);
    d->text->setPlainText(segment.text());
    const bool speech = bool(segment.speaker);
    d->rename->setEnabled(speech);
    d->bio->setEnabled(speech);
    d->merge->setEnabled(row > 0);
}

int SegmentationReviewDialog::currentRow() const
{
    return d->list->currentRow();
}

bool SegmentationReviewDialog::check(bool done)
{
    if (!done)
        QMessageBox::warning(this, tr("Review Segmentation"), d->review->errorString());
    return done;
}

void SegmentationReviewDialog::split()
{
    const int row = currentRow();
    if (check(d->review->splitSegment(d->articleId, row, d->text->textCursor().position())))
        d->list->setCurrentRow(row + 1);
}

void SegmentationReviewDialog::merge()
{
    const int row = currentRow();
    const auto rule = SegmentationRules::proposal(d->article, row, SegmentationRule::Action::NotASpeaker);
    const bool done = d->review->mergeWithPrevious(d->articleId, row);
    correct(done, rule);
    if (done)
        d->list->setCurrentRow(row - 1);
}

void SegmentationReviewDialog::openAssignMenu()
{
    d->assignMenu->clear();
    const QList<Speaker> speakers = d->article.speakers();
    // Explicit QActions: QMenu's addAction(text, receiver, slot) overloads are deprecated in Qt 6.4.
    for (const Speaker &speaker : speakers) {
        const QString name = speaker.name;
        auto *action = new QAction(name, d->assignMenu);
        connect(action, &QAction::triggered, this, [this, name]() {
            const int row = currentRow();
            const auto rule =
                SegmentationRules::proposal(d->article, row, SegmentationRule::Action::AssignTo, name);
            correct(d->review->assignSpeaker(d->articleId, row, name), rule);
        });
        d->assignMenu->addAction(action);
    }
    d->assignMenu->addSeparator();
    auto *newSpeaker = new QAction(tr("New Speaker…"), d->assignMenu);
    connect(newSpeaker, &QAction::triggered, this, &SegmentationReviewDialog::assignNew);
    d->assignMenu->addAction(newSpeaker);
    const QRect item = d->list->visualItemRect(d->list->currentItem());
    d->assignMenu->popup(d->list->viewport()->mapToGlobal(item.bottomLeft()));
}

void SegmentationReviewDialog::assignNew()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Speaker"));
    auto *name = new QLineEdit(&dialog);
    auto *bio = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Bio:"), bio);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = currentRow();
    const auto rule = SegmentationRules::proposal(
        d->article, row, SegmentationRule::Action::AssignTo, name->text().simplified());
    correct(d->review->assignNewSpeaker(d->articleId, row, name->text(), bio->text()), rule);
}

void SegmentationReviewDialog::rename()
{
    const Segment segment = d->article.segments.value(currentRow());
    if (segment.speaker)
        renameSpeaker(segment.speaker->name);
}

void SegmentationReviewDialog::renameSpeaker(const QString &name)
{
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename Speaker"),
        tr("New name for %1 in all turns:").arg(name), QLineEdit::Normal, name, &ok);
    if (ok)
        check(d->review->renameSpeaker(d->articleId, name, newName));
}

void SegmentationReviewDialog::editBio()
{
    const Segment segment = d->article.segments.value(currentRow());
    if (!segment.speaker)
        return;
    bool ok = false;
    const QString bio = QInputDialog::getText(this, tr("Edit Bio"),
        tr("Bio of %1:").arg(segment.speaker->name), QLineEdit::Normal, segment.speaker->bio, &ok);
    if (ok)
        check(d->review->setSpeakerBio(d->articleId, segment.speaker->name, bio));
}

} // namespace Colloquy
