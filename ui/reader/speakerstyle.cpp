#include "reader/speakerstyle.h"

#include <QPalette>

#include <array>

namespace Colloquy::SpeakerStyle {

QColor colour(int index, const QPalette &palette)
{
    // Blue, brick, green, violet, teal, ochre, magenta, slate: neighbours far apart.
    static constexpr std::array<int, 8> Hues {212, 8, 130, 270, 180, 38, 320, 235};
    const int hue = Hues.at(std::size_t(std::max(0, index)) % Hues.size());
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    // A second round of speakers gets a lighter (on dark: deeper) shade of the same hues.
    const bool second = (std::max(0, index) / int(Hues.size())) % 2 == 1;
    const float lightness = dark ? (second ? 0.62f : 0.72f) : (second ? 0.45f : 0.34f);
    return QColor::fromHslF(float(hue) / 360.0f, 0.62f, lightness);
}

} // namespace Colloquy::SpeakerStyle
