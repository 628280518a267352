#include "preferences/colourscheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace Colloquy {

namespace {
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x80, 0x86);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, dimmed);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(140));
    palette.setColor(QPalette::Midlight, window.lighter(120));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xe8));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    return palette;
}

QPalette lightPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    // A style whose own palette is dark (a dark desktop theme) still gives a light window.
    if (palette.color(QPalette::Window).lightness() < 128) {
        palette = QPalette(QColor(0xef, 0xef, 0xef));
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
    }
    return palette;
}
} // namespace

void applyColourScheme(ColourScheme scheme)
{
    static const QPalette system = QApplication::palette();
    switch (scheme) {
    case ColourScheme::System:
        QApplication::setPalette(system);
        return;
    case ColourScheme::Light:
        QApplication::setPalette(lightPalette());
        return;
    case ColourScheme::Dark:
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace Colloquy
