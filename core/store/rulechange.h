#pragma once

#include "model/segmentationrule.h"

#include <QList>

namespace Colloquy {

/**
 * A change to the remembered segmentation rules that LibraryStore applies in
 * one transaction (LibraryStore::applyRuleChange()): `put` rules are inserted
 * (id 0: a new row, whose id the store writes back) or written over the row
 * with their id, then `remove` ids are deleted. Remembering a rule is one of
 * these and so is its undo, which removes it again; removing one is undone by
 * putting the very row back.
 */
struct RuleChange
{
    QList<SegmentationRule> put;
    QList<qint64> remove;
};

} // namespace Colloquy
