#include "review/segmentationreviewdialog.h"

#include "review/segmentationreview.h"
#include "store/librarystore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
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
};

SegmentationReviewDialog::SegmentationReviewDialog(
    SegmentationReview *review, LibraryStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->review = review;
    d->store = store;
    setObjectName(u"segmentationReviewDialog"_s);
    setWindowTitle(tr("Review Segmentation"));
    resize(960, 600);
    QToolBar *toolBar = setupActions(undoStack);
    QSplitter *splitter = buildPanes();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

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
            QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i))),
            [this, kind]() { check(d->review->setSegmentKind(d->articleId, currentRow(), kind)); }));
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
    splitter->addWidget(d->list);
    splitter->addWidget(right);
    splitter->setSizes({380, 580});
    return splitter;
}

SegmentationReviewDialog::~SegmentationReviewDialog() = default;

void SegmentationReviewDialog::setArticle(qint64 id)
{
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
    if (check(d->review->mergeWithPrevious(d->articleId, row)))
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
        connect(action, &QAction::triggered, this,
            [this, name]() { check(d->review->assignSpeaker(d->articleId, currentRow(), name)); });
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
    if (dialog.exec() == QDialog::Accepted)
        check(d->review->assignNewSpeaker(d->articleId, currentRow(), name->text(), bio->text()));
}

void SegmentationReviewDialog::rename()
{
    const Segment segment = d->article.segments.value(currentRow());
    if (!segment.speaker)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Speaker"),
        tr("New name for %1 in all turns:").arg(segment.speaker->name), QLineEdit::Normal,
        segment.speaker->name, &ok);
    if (ok)
        check(d->review->renameSpeaker(d->articleId, segment.speaker->name, name));
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
