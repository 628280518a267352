#pragma once

#include "model/highlightcolour.h"

#include <QColor>
#include <QIcon>

class QPalette;

/**
 * How the named highlight palette looks on screen. The core stores colours by
 * name only; these functions choose the shades, so that light and dark
 * palettes each get tints that keep the text readable.
 */
namespace Colloquy::HighlightStyle {

/// The full-strength colour: swatches, theme marks, underlines.
QColor swatch(HighlightColour colour);
/// `under` with a translucent layer of `colour` on top: a highlight's
/// background. Applied once per overlapping highlight, so overlaps come out
/// deeper than either highlight alone.
QColor layer(const QColor &under, HighlightColour colour, const QPalette &palette);
/// The background of one highlight on the palette's base colour.
QColor tint(HighlightColour colour, const QPalette &palette);
/// A small rounded square of the swatch, for menus and tool buttons.
QIcon icon(HighlightColour colour);
/// The translated name for menus ("Yellow").
QString displayName(HighlightColour colour);

} // namespace Colloquy::HighlightStyle
