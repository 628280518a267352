#include "import/importerregistry.h"

#include "import/htmlimporter.h"
#include "import/markdownimporter.h"
#include "import/pdfimporter.h"
#include "import/plaintextimporter.h"
#include "import/subtitleimporter.h"
#include "logging.h"

namespace Colloquy {

// Sniffing looks at the start only: every signature we know sits in the first kilobytes.
static constexpr qsizetype SniffBytes = 8192;

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

ImporterRegistry::ImporterRegistry()
{
    // Plain text first: on a tie in confidence the earlier importer wins.
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<MarkdownImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
    m_importers.push_back(std::make_unique<SubtitleImporter>(SubtitleImporter::Flavour::WebVtt));
    m_importers.push_back(std::make_unique<SubtitleImporter>(SubtitleImporter::Flavour::Srt));
}

ImporterRegistry::~ImporterRegistry() = default;

QStringList ImporterRegistry::names() const
{
    QStringList names;
    for (const auto &importer : m_importers)
        names.append(importer->name());
    return names;
}

const Importer *ImporterRegistry::byName(const QString &name) const
{
    for (const auto &importer : m_importers) {
        if (importer->name().compare(name, Qt::CaseInsensitive) == 0)
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::detect(const QByteArray &bytes, const QString &fileName) const
{
    const QByteArray head = bytes.left(SniffBytes);
    const Importer *best = m_importers.front().get();
    int bestScore = -1;
    for (const auto &importer : m_importers) {
        const int score = importer->confidence(head, fileName);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    qCDebug(lcImport) << "format of" << fileName << "is" << best->name() << "with confidence" << bestScore;
    return best;
}

} // namespace Colloquy
