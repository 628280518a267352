#pragma once

#include "import/importer.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Colloquy {

/**
 * The known importers, and the choice among them for a file: the highest
 * Importer::confidence() wins, so a signature in the content outranks a wrong
 * extension. Immutable once built; instance() is safe to use from any thread.
 */
class ImporterRegistry
{
public:
    /// The registry of every built-in importer.
    static const ImporterRegistry &instance();

    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(const ImporterRegistry &) = delete;
    ImporterRegistry &operator=(const ImporterRegistry &) = delete;

    /// Names in registration order: text, markdown, html, pdf, webvtt, srt.
    QStringList names() const;
    /// The importer called `name` (case-insensitive), or nullptr.
    const Importer *byName(const QString &name) const;
    /// The importer most confident about these bytes and this file name; never nullptr
    /// (plain text is the fallback and refuses binary data itself).
    const Importer *detect(const QByteArray &bytes, const QString &fileName) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace Colloquy
