#pragma once

#include "model/claimrelation.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Colloquy {

class EditHistory;
class LibraryStore;

/**
 * The one way to link claims: `a` agrees with, disagrees with, responds to or
 * makes the same point as `b`, and to remove such a link.
 *
 * Like the other services, each method checks its input, writes in one
 * transaction and has committed when it returns; it pushes one command on the
 * session's undo stack, whose undo and redo write back the exact rows. On
 * error it returns false (or nullopt), changes nothing and says why in
 * errorString(). Removing a highlight removes its relations, and undoing that
 * brings them back (Annotations::removeHighlight()).
 *
 * Reads go straight to the store (relationsOfHighlights(), relationsOfArticle()).
 * Made and owned by LibrarySession; use from the store's thread.
 */
class ClaimRelations : public QObject
{
    Q_OBJECT
public:
    ~ClaimRelations() override;

    /// Why the last call failed; empty after a call that succeeded.
    QString errorString() const;

    /// Links highlight `from` to highlight `to`; returns the relation. A link
    /// that is already there (either way round for a symmetric kind) is
    /// returned without a new undo step.
    std::optional<qint64> relate(qint64 from, qint64 to, RelationKind kind);
    /// Removes one relation.
    bool unrelate(qint64 relationId);
    /// Removes every relation between the two highlights, either way round; one undo step.
    /// Fails when there is none.
    bool unrelateClaims(qint64 a, qint64 b);

private:
    friend class LibrarySession;
    ClaimRelations(EditHistory &history, QObject *parent = nullptr);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
