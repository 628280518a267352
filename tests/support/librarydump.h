#pragma once

#include <QFlags>
#include <QStringList>

namespace Colloquy::Testing {

/// What dumpLibrary() reads.
enum class DumpPart
{
    /// The article rows, their speakers (with the profile each links to),
    /// segments and paragraphs; speakers and segments by ordinal and name, not
    /// by their internal row ids, which nothing outside the article refers to.
    Articles = 0x1,
    /// Every row of the annotation tables, ids included: themes, highlights,
    /// notes, taggings, article and speaker notes.
    Annotations = 0x2,
    /// The person profiles by name, and whether the user named them.
    People = 0x4,
};
Q_DECLARE_FLAGS(DumpParts, DumpPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(DumpParts)

inline constexpr DumpParts WholeLibrary =
    DumpParts(DumpPart::Articles) | DumpPart::Annotations | DumpPart::People;

/**
 * The stored rows of the library file at `path` as text, one line per row in
 * key order: what "identical stored state" means for undo, redo and refused
 * edits. Read through a connection of its own, so it sees what was committed,
 * not what a LibraryStore holds. A query that fails leaves its error as a
 * line, so two dumps of a broken file never compare equal to a good one.
 */
QStringList dumpLibrary(const QString &path, DumpParts parts = WholeLibrary);

} // namespace Colloquy::Testing
