#include "livedialog.h"

namespace Colloquy {

void LiveDialog::rebuildIfVisible()
{
    if (isVisible())
        rebuild();
}

void LiveDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}

} // namespace Colloquy
