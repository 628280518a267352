#pragma once

#include <QColor>

class QPalette;

/**
 * The colours that tell a conversation's speakers apart: their names in turn
 * headings, compare columns and filter menus. Hues away from the highlight
 * palette's tints, dark on a light base and light on a dark one, so names
 * stay readable as text.
 */
namespace Colloquy::SpeakerStyle {

/// The colour of the speaker at `index` (order of first appearance).
QColor colour(int index, const QPalette &palette);

} // namespace Colloquy::SpeakerStyle
