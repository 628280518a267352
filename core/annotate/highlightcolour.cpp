#include "annotate/highlightcolour.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QList<HighlightColour> highlightPalette()
{
    return {HighlightColour::Yellow, HighlightColour::Green, HighlightColour::Blue, HighlightColour::Red,
        HighlightColour::Purple, HighlightColour::Orange};
}

QString colourName(HighlightColour colour)
{
    switch (colour) {
    case HighlightColour::Yellow:
        return u"yellow"_s;
    case HighlightColour::Green:
        return u"green"_s;
    case HighlightColour::Blue:
        return u"blue"_s;
    case HighlightColour::Red:
        return u"red"_s;
    case HighlightColour::Purple:
        return u"purple"_s;
    case HighlightColour::Orange:
        return u"orange"_s;
    }
    return u"yellow"_s;
}

std::optional<HighlightColour> colourFromName(QStringView name)
{
    for (const HighlightColour colour : highlightPalette()) {
        if (name.compare(colourName(colour), Qt::CaseInsensitive) == 0)
            return colour;
    }
    return std::nullopt;
}

} // namespace Colloquy
