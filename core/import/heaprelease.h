#pragma once

namespace Colloquy {

/**
 * Keeps the memory an import frees from staying with the process.
 *
 * An import makes a few copies of a long text (bytes, decoded text,
 * paragraphs) and frees them once the article is stored; with glibc's
 * defaults that memory stays resident: the worker thread's malloc arena
 * keeps it, and after a large block is freed the allocator raises its mmap
 * threshold, so the reader's blocks of the same size fragment the main heap
 * instead of being handed back when freed. Both functions are process-wide,
 * thread-safe, and do nothing where the C library is not glibc.
 */

/// Hands blocks of 128 KiB and more to mmap, always (no sliding threshold),
/// so freeing a paragraph list or a document's text gives its pages back.
/// Call once, before the first import; later calls change nothing.
void keepLargeBlocksApart();

/// Gives the free memory of every malloc arena back to the system
/// (malloc_trim): after an import, whose worker's arena would keep it.
void releaseFreedHeap();

} // namespace Colloquy
