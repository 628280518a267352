#pragma once

#include "import/importer.h"

namespace Colloquy {

/**
 * A web page saved from a browser, parsed by gumbo (HTML5). Keeps the
 * article: the block with the best readability-style score (text length,
 * commas, paragraphs, low link density, class/id hints), dropping scripts,
 * styles, forms, navigation, headers, footers, asides, share bars and ads.
 * The title (og:title, else <title> without the site's suffix) is the first
 * line. Never loads resources or runs scripts.
 *
 * Elements nested deeper than MaxNesting are flattened before the parser
 * sees the page (HtmlNestingLimiter): their text is kept, as lines, and the
 * article's metadata `html_flattened` counts them.
 */
class HtmlImporter : public Importer
{
public:
    /// Deeper elements are flattened into their ancestors, so that no page costs the parser minutes.
    static constexpr int MaxNesting = 200;

    QString name() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const override;
    /// `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1,024
    /// bytes.
    QString declaredEncoding(const QByteArray &bytes) const override;
};

} // namespace Colloquy
