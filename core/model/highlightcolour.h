#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Colloquy {

/// The named palette of highlights and themes. Stored and printed by name,
/// so the UI may choose the shades (light and dark palettes differ).
enum class HighlightColour
{
    Yellow, ///< the default
    Green,
    Blue,
    Red,
    Purple,
    Orange,
};

/// Every colour of the palette in menu order (Yellow first).
QList<HighlightColour> highlightPalette();
/// The stable lower-case name used in the database, JSON and the CLI: `yellow`, …
QString colourName(HighlightColour colour);
/// Inverse of colourName(), case-insensitive; nullopt for a name not in the palette.
std::optional<HighlightColour> colourFromName(QStringView name);
/// The colour's full-strength shade, shared by the reader, its swatches and exports.
QColor colourSwatch(HighlightColour colour);

} // namespace Colloquy
