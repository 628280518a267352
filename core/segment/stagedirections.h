#pragma once

#include <QString>
#include <QStringView>

namespace Colloquy {

/**
 * Recognises what a transcript's recorder wrote between the turns: stage
 * directions on a line of their own (`[APPLAUSE]`, `(CROSSTALK)`,
 * `[Witness is sworn in.]`, `(Laughter.)`) and the procedural lines of
 * legislative records (`The legislative clerk proceeded to call the roll.`),
 * and letters' signatures after their text (`—Harriet Mole, Port Ellery, ME.`).
 * None of them is anybody's speech. Stateless and reentrant.
 */
class StageDirections
{
public:
    /// A bracketed or parenthesised direction that is the whole line; page markers with numbers are not.
    static bool isStageDirection(QStringView line);
    /// A recorder's sentence about the proceedings, in the records' set phrases.
    static bool isProcedural(QStringView line);
    /// `—Name, Town, ST.`: the writer's name and what follows it (the bio; null when none).
    static bool parseSignature(QStringView line, QString *name, QString *bio);
};

} // namespace Colloquy
