#include "exchange/qdpxformat_p.h"

#include <QColor>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Qdpx {

QString guidFor(QStringView kind, QStringView key)
{
    // Colloquy's own namespace UUID: fixed forever, or every GUID changes.
    static const QUuid ns(u"6f0b7d6e-2f4a-5c1e-9b3a-c0110c0ee001"_s);
    return QUuid::createUuidV5(ns, QString(kind.toString() + u':' + key.toString()))
        .toString(QUuid::WithoutBraces);
}

namespace {

struct PaletteShade
{
    HighlightColour colour;
    QRgb rgb;
};

// The base colours of ui/highlightstyle.cpp (the core cannot link the UI), so another tool shows
// the colour the reader chose.
constexpr PaletteShade Shades[] = {
    {HighlightColour::Yellow, 0xF5C211},
    {HighlightColour::Green, 0x2EC27E},
    {HighlightColour::Blue, 0x3584E4},
    {HighlightColour::Red, 0xE01B24},
    {HighlightColour::Purple, 0x9141AC},
    {HighlightColour::Orange, 0xFF7800},
};

} // namespace

QString hexOf(HighlightColour colour)
{
    for (const PaletteShade &shade : Shades) {
        if (shade.colour == colour)
            return QColor::fromRgb(shade.rgb).name().toUpper();
    }
    return u"#F5C211"_s;
}

HighlightColour nearestColour(QStringView hex)
{
    const QColor wanted = QColor::fromString(hex);
    if (!wanted.isValid())
        return HighlightColour::Yellow;
    HighlightColour best = HighlightColour::Yellow;
    int bestDistance = std::numeric_limits<int>::max();
    for (const PaletteShade &shade : Shades) {
        // By hue first: a dark green code is still green.
        const QColor c = QColor::fromRgb(shade.rgb);
        int distance = 0;
        if (wanted.hsvHue() >= 0 && wanted.hsvSaturation() > 40) {
            const int dh = std::abs(wanted.hsvHue() - c.hsvHue());
            distance = std::min(dh, 360 - dh);
        } else {
            distance = 1000 + std::abs(wanted.red() - c.red()) + std::abs(wanted.green() - c.green()) +
                std::abs(wanted.blue() - c.blue());
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = shade.colour;
        }
    }
    return best;
}

qsizetype codePointIndex(QStringView text, qsizetype utf16Index)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < utf16Index && i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

qsizetype utf16Index(QStringView text, qsizetype codePoint)
{
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        if (points == codePoint)
            return i;
        ++points;
    }
    return points == codePoint ? text.size() : -1;
}

CodePointIndex::CodePointIndex(QStringView text)
    : m_size(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_pairCodePoints.append(i - 1 - m_pairCodePoints.size());
    }
}

qsizetype CodePointIndex::utf16Index(qsizetype codePoint) const
{
    if (codePoint < 0 || codePoint > m_size - m_pairCodePoints.size())
        return -1;
    // Every pair that starts before the code point adds one UTF-16 unit.
    const auto before = std::lower_bound(m_pairCodePoints.cbegin(), m_pairCodePoints.cend(), codePoint);
    return codePoint + (before - m_pairCodePoints.cbegin());
}

} // namespace Colloquy::Qdpx
