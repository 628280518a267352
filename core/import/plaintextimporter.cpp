#include "import/plaintextimporter.h"

#include "import/importhelpers_p.h"
#include "import/textdecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString PlainTextImporter::name() const
{
    return u"text"_s;
}

int PlainTextImporter::confidence(const QByteArray &, const QString &fileName) const
{
    // The fallback for anything: read() refuses binary data itself.
    return ImportHelpers::hasSuffix(fileName, {u"txt"_s, u"text"_s}) ? 50 : 10;
}

std::optional<ImportedText> PlainTextImporter::read(const QByteArray &bytes, QString *error) const
{
    const auto decoded = decodeText(bytes, error);
    if (!decoded)
        return std::nullopt;
    return ImportedText {name(), normalizeText(*decoded), QString(), {}};
}

} // namespace Colloquy
