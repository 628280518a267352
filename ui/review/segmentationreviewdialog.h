#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QToolBar;
class QUndoStack;

namespace Colloquy {

class LibraryStore;
class SegmentationReview;
class SegmentationRules;
struct SegmentationRule;

/**
 * View → Review Segmentation: how the segmenter read the article as a whole
 * (its scheme, how sure it is and the evidence), the article's cast with the
 * labels each member was resolved from (rename a member, merge one into
 * another), the segments in order with the speaker, kind and detection rule
 * of each, low-confidence boundaries flagged, and the selected segment's text
 * with a cursor to split at.
 *
 * After a merge, a change of kind or an assignment of a labelled segment, a
 * bar under the panes offers to remember the correction for later imports of
 * the same source and shape (SegmentationRules); the dialog never asks in a
 * window of its own. Rules that decided segments show in the evidence.
 *
 * Every correction is a SegmentationReview command on the shared undo stack
 * (Ctrl+Z works here too); the dialog only reads the store and redraws when
 * the store says the article changed, so undo from anywhere shows at once.
 * Owns nothing but its widgets; the review and store must outlive it.
 */
class SegmentationReviewDialog : public QDialog
{
    Q_OBJECT
public:
    SegmentationReviewDialog(SegmentationReview *review, SegmentationRules *rules, LibraryStore *store,
        QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SegmentationReviewDialog() override;

    void setArticle(qint64 id);
    qint64 articleId() const;

    QListWidget *segmentList() const;
    QPlainTextEdit *textView() const;
    /// The speaker picker Assign opens: the article's speakers, then "New speaker…".
    QMenu *assignMenu() const;
    QAction *splitAction() const;
    QAction *mergeAction() const;
    QAction *assignAction() const;
    QAction *renameAction() const;
    QAction *bioAction() const;
    /// Mark as caption, metadata, editor's note, narration.
    QList<QAction *> kindActions() const;
    /// The cast: one row per speaker, its name under Qt::UserRole.
    QListWidget *castList() const;
    /// The other cast members the current one can be merged into, filled when opened.
    QMenu *castMergeMenu() const;
    /// Remembers the correction just made as a rule; hidden until there is one to remember.
    QPushButton *rememberButton() const;
    /// What remembering would say, or that it was remembered.
    QLabel *rememberText() const;

private:
    /// The editing actions (on a tool bar, with their shortcuts) and Undo/Redo on `undoStack`.
    QToolBar *setupActions(QUndoStack *undoStack);
    /// The scheme and cast, the segment list, and the current segment's heading and text.
    QSplitter *buildPanes();
    QWidget *buildReadingPanel();
    QWidget *buildRememberBar();
    /// Shows the bar offering `rule` (from the article before a correction that succeeded); hides it for
    /// none.
    void offer(const std::optional<SegmentationRule> &rule);
    void rememberOffered();
    /// Makes the correction `edit` (true when done) and then offers `rule`.
    void correct(bool done, const std::optional<SegmentationRule> &rule);
    void showReading();
    QString currentCastMember() const;
    void renameCastMember();
    void openCastMergeMenu();
    void reload();
    void showSegment(int row);
    int currentRow() const;
    bool check(bool done);
    void split();
    void merge();
    void openAssignMenu();
    void assignNew();
    void rename();
    void renameSpeaker(const QString &name);
    void editBio();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
