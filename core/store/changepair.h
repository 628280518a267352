#pragma once

#include "store/annotationchange.h"
#include "store/articlechange.h"
#include "store/librarychange.h"
#include "store/peoplechange.h"
#include "store/rulechange.h"
#include "store/trashchange.h"

#include <QList>

#include <variant>

namespace Colloquy {

/// Any of the row changes the store applies in one transaction.
using AnyChange =
    std::variant<AnnotationChange, PeopleChange, ArticleChange, TrashChange, LibraryChange, RuleChange>;

/**
 * One change of an undo step and the change that reverts it. A step (one
 * ChangeCommand) holds the pairs of every write it made, in order: redo
 * applies the forward changes first to last, undo the backward ones last to
 * first. A plain value.
 */
struct ChangePair
{
    AnyChange forward;
    AnyChange backward;
};

/// The pairs of one step as bytes for the library's history, and back: exact
/// (ids, times, raw sources), versioned, compressed. nullopt for bytes that
/// are not such a list (damaged, or from a newer version).
QByteArray encodeChanges(const QList<ChangePair> &changes);
std::optional<QList<ChangePair>> decodeChanges(const QByteArray &bytes);

} // namespace Colloquy
