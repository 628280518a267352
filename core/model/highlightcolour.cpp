#include "model/highlightcolour.h"

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

QColor colourSwatch(HighlightColour colour)
{
    switch (colour) {
    case HighlightColour::Yellow:
        return QColor(0xf5, 0xc2, 0x11);
    case HighlightColour::Green:
        return QColor(0x2e, 0xc2, 0x7e);
    case HighlightColour::Blue:
        return QColor(0x35, 0x84, 0xe4);
    case HighlightColour::Red:
        return QColor(0xe0, 0x1b, 0x24);
    case HighlightColour::Purple:
        return QColor(0x91, 0x41, 0xac);
    case HighlightColour::Orange:
        return QColor(0xff, 0x78, 0x00);
    }
    return QColor(0xf5, 0xc2, 0x11);
}

} // namespace Colloquy
