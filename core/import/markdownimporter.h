#pragma once

#include "import/importer.h"

namespace Colloquy {

/**
 * CommonMark with GitHub tables, parsed by md4c. Headings, paragraphs,
 * list items (with a bullet or number), block-quote paragraphs and table rows
 * each become a line; emphasis is dropped to its text; each line of a code
 * block stays a line. Links keep their text, with an absolute URL appended in
 * parentheses; images and raw HTML are dropped.
 */
class MarkdownImporter : public Importer
{
public:
    QString name() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const override;
};

} // namespace Colloquy
