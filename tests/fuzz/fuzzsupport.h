#pragma once

// Shared by every fuzz harness: libFuzzer's entry points and the checks that
// turn a broken promise into a crash the fuzzer reports.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Colloquy::Fuzz {

/// The input as a QByteArray that does not copy it.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts with a message when a promise the code makes does not hold, so the
/// fuzzer keeps the input as a crash.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

} // namespace Colloquy::Fuzz
