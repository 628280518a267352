#pragma once

#include "livedialog.h"

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace Colloquy {

class LibraryStore;
class SegmentationRules;

/**
 * Tools → Segmentation Rules: the corrections the library remembers
 * (SegmentationRule), one row each with what it says, and Remove.
 *
 * Rules are made in the segmentation review (Remember for This Source);
 * here they are only read and removed. Removing is a SegmentationRules step
 * on the shared undo stack (Ctrl+Z here brings a rule back); the list
 * redraws when the store says the rules changed, from wherever, while it is
 * shown (LiveDialog). Owns only its
 * widgets; the service and store must outlive it.
 */
class SegmentationRulesDialog : public LiveDialog
{
    Q_OBJECT
public:
    SegmentationRulesDialog(
        SegmentationRules *rules, LibraryStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SegmentationRulesDialog() override;

    /// One row per rule: its id under Qt::UserRole of column 0.
    QTreeWidget *ruleList() const;
    QPushButton *removeButton() const;

protected:
    void rebuild() override;

private:
    void removeCurrent();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
