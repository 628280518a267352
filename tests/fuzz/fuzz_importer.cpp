// One importer (COLLOQUY_FUZZ_IMPORTER: text, markdown, html, pdf, webvtt or
// srt) on any bytes: a text or a reason, in bounded time, never a crash.

#include "fuzzsupport.h"

#include "import/importerregistry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    static const Importer *importer =
        ImporterRegistry::instance().byName(QString::fromLatin1(COLLOQUY_FUZZ_IMPORTER));
    Fuzz::require(importer != nullptr, "the importer exists");
    QString error;
    const auto imported = importer->read(Fuzz::bytesOf(data, size), &error);
    Fuzz::require(imported.has_value() || !error.isEmpty(), "a refusal says why");
    return 0;
}
