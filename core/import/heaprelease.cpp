#include "import/heaprelease.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
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
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace Colloquy
