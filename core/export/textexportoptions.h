#pragma once

#include <QStringList>

#include <optional>

namespace Colloquy {

/// The open formats an article (or the library's claims) can be written in.
enum class TextExportFormat
{
    Markdown, ///< `md`: the article with `<mark>` highlights, notes as block quotes, themes as #tags
    Html, ///< `html`: one self-contained page, no scripts, no external resources
    Csv, ///< `csv`: one row per highlight, RFC 4180
    JsonLd, ///< `jsonld`: W3C Web Annotation, one Annotation per highlight
};

/// The name used on the command line and as the file extension: `md`, `html`, `csv`, `jsonld`.
QString textExportFormatName(TextExportFormat format);
/// Inverse of textExportFormatName(), case-insensitive; nullopt for another name.
std::optional<TextExportFormat> textExportFormatFromName(QStringView name);

/// What an open-format export writes. A plain value.
struct TextExportOptions
{
    TextExportFormat format = TextExportFormat::Markdown;
    /// Leave out highlights that carry no theme (a library-wide export always does).
    bool onlyClaims = false;
    /// Keep only claims tagged with one of these themes (or a sub-theme of
    /// one), matched by name ignoring case; empty keeps every highlight.
    QStringList themes = {};
    /// CSV only: start the file with a UTF-8 byte order mark, which some
    /// spreadsheets need to read UTF-8.
    bool byteOrderMark = false;
};

} // namespace Colloquy
