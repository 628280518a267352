#include "import/heaprelease.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define COLLOQUY_UNDER_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COLLOQUY_UNDER_ASAN
#endif
#endif

namespace Colloquy {

namespace {
// The smallest block mmap always serves: glibc's starting threshold, fixed so it no longer grows to
// the size of the last large block freed (up to 32 MB).
constexpr int LargeBlockBytes = 128 * 1024;
} // namespace

void keepLargeBlocksApart()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_MMAP_THRESHOLD, LargeBlockBytes); });
#endif
}

void releaseFreedHeap()
{
    // Not under AddressSanitizer: the heap is the sanitizer's there, and glibc's trim of its own
    // arenas (which the sanitizer does not intercept) made LeakSanitizer lose live pointers held
    // in them and report the article text read from SQLite as leaked.
#if defined(__GLIBC__) && !defined(COLLOQUY_UNDER_ASAN)
    malloc_trim(0);
#endif
}

} // namespace Colloquy
