#pragma once

#include "import/importer.h"

namespace Colloquy {

/**
 * Plain text: UTF-8, UTF-16/32 by byte-order mark, Latin-1 fallback. The
 * text as it is, one paragraph per line (see decodeText() and normalizeText()).
 */
class PlainTextImporter : public Importer
{
public:
    QString name() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const override;
};

} // namespace Colloquy
