#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Colloquy {

/**
 * One step of a user's undo history as the library keeps it (the
 * `undo_steps` table): who made it, when, its text, whether it is undone, and
 * its row changes as encodeChanges() wrote them. A plain value.
 */
struct UndoRecord
{
    qint64 id = 0; ///< rises with every step: the history's order
    QString author;
    QString text;
    QDateTime created;
    bool undone = false; ///< undone steps can be redone until a new step is made
    QByteArray changes;
};

} // namespace Colloquy
