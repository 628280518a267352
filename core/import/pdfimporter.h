#pragma once

#include "import/importer.h"

namespace Colloquy {

/**
 * PDF through poppler-qt6: words in poppler's reading order grouped into
 * lines, lines into paragraphs by vertical gaps and first-line indents,
 * hyphenation at line ends repaired, and lines in the top and bottom margins
 * dropped when they repeat across pages (running heads, page numbers).
 * Encrypted files that need a password and damaged files are refused.
 */
class PdfImporter : public Importer
{
public:
    QString name() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const override;
    bool readsText() const override { return false; }
};

} // namespace Colloquy
