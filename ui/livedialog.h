#pragma once

#include <QDialog>

namespace Colloquy {

/**
 * A dialog that shows the library as it is now (the codebook, the speakers
 * across articles): rebuilt from the store each time it is shown, and on a
 * change of the library only while it is visible, so a hidden one costs
 * nothing per edit. Subclasses fill themselves in rebuild() and connect the
 * store's change signals to rebuildIfVisible(). Owned by its parent widget;
 * GUI thread only.
 */
class LiveDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;

protected:
    /// Refills the dialog from the store.
    virtual void rebuild() = 0;
    /// rebuild() now when visible; a hidden dialog catches up when shown.
    void rebuildIfVisible();
    void showEvent(QShowEvent *event) override;
};

} // namespace Colloquy
