#pragma once

#include <QPageSize>
#include <QStringList>

namespace Colloquy {

/// What an annotated PDF export includes and how its pages are sized. A plain value.
struct PdfExportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    /// Leave out highlights that carry no theme.
    bool onlyClaims = false;
    /// Keep only claims tagged with one of these themes (or a sub-theme of
    /// one), matched by name ignoring case; empty keeps every highlight.
    QStringList themes = {};
    /// Written as the PDF's author and each annotation's /T; empty: the
    /// highlight's own author.
    QString author = {};
};

} // namespace Colloquy
