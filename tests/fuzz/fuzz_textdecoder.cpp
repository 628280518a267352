// The text decoder and normaliser on any bytes: never crash, and text that
// comes back is valid (no NUL, no lone surrogates after normalisation).

#include "fuzzsupport.h"

#include "import/textdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Colloquy;
    QString error;
    const std::optional<QString> text = decodeText(Fuzz::bytesOf(data, size), &error);
    Fuzz::require(
        text.has_value() != !error.isEmpty(), "decodeText: text or an error, never both or neither");
    if (text) {
        const QString normalized = normalizeText(*text);
        Fuzz::require(!normalized.contains(QChar(u'\r')), "normalizeText leaves no carriage return");
        Fuzz::require(normalizeText(normalized) == normalized, "normalizeText is idempotent");
    }
    return 0;
}
