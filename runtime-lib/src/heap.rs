//! Object memory: a bump allocator over chunks the port hands out.
//!
//! ```text
//!  chunk:  [ChunkHeader: next, top, end][block][block]...[free ........]
//!                                                        ^top          ^end
//!  block:  [size: usize, padded to 8 bytes][payload, 8-aligned, zeroed]
//! ```
//!
//! Chunks come from `port::grow_heap`: on the host 4 MiB mappings (a larger object
//! gets a chunk of its own) up to `PYAOT_HEAP_LIMIT`; on bare metal the one region the
//! linker script (or `pyaot_heap_init`) gives. Nothing is freed yet. The layout is the
//! one the mark-sweep collector will need: the chunk list says what is heap memory,
//! and each block's header gives its size (a multiple of 8, so the low bits are free
//! for a mark bit), letting a sweep walk a chunk block by block from its start to `top`.

use crate::port::{self, Global};

/// Bytes before each block's payload: its size word, padded so payloads stay 8-aligned
/// on 32-bit targets too.
pub const BLOCK_HEADER: usize = 8;

/// The start of every chunk.
#[repr(C)]
struct ChunkHeader {
    /// The chunk mapped before this one (null for the first).
    next: *mut ChunkHeader,
    /// Address of the first free byte.
    top: usize,
    /// Address one past the chunk's last byte.
    end: usize,
}

/// Bytes a chunk header occupies, rounded up so blocks start 8-aligned.
const CHUNK_HEADER: usize = (core::mem::size_of::<ChunkHeader>() + 7) & !7;

struct Heap {
    /// Every chunk, newest first.
    chunks: *mut ChunkHeader,
    /// The chunk small objects are bumped from (null before the first allocation).
    current: *mut ChunkHeader,
}

static HEAP: Global<Heap> = Global::new(Heap {
    chunks: core::ptr::null_mut(),
    current: core::ptr::null_mut(),
});

/// Allocates `size` zeroed bytes, 8-aligned; null when the heap is exhausted (the
/// caller raises MemoryError).
pub fn alloc(size: usize) -> *mut u8 {
    let Some(need) = size.checked_add(BLOCK_HEADER + 7).map(|n| n & !7) else {
        return core::ptr::null_mut();
    };
    HEAP.with(|heap| {
        let chunk = if fits(heap.current, need) {
            heap.current
        } else {
            grow(heap, need)
        };
        if chunk.is_null() {
            return core::ptr::null_mut();
        }
        // SAFETY: `chunk` is a live chunk header with `need` free bytes at `top`.
        unsafe {
            let block = (*chunk).top;
            (*chunk).top += need;
            *(block as *mut usize) = need;
            let payload = (block + BLOCK_HEADER) as *mut u8;
            if !port::HEAP_IS_ZEROED {
                core::ptr::write_bytes(payload, 0, need - BLOCK_HEADER);
            }
            payload
        }
    })
}

/// Whether `chunk` (possibly null) has `need` free bytes.
fn fits(chunk: *mut ChunkHeader, need: usize) -> bool {
    // SAFETY: a non-null `chunk` is a live chunk header.
    !chunk.is_null() && unsafe { (*chunk).end - (*chunk).top >= need }
}

/// Gets a new chunk with room for `need` bytes and links it in; it becomes the current
/// chunk unless the current one has more room left after this allocation (so one large
/// object does not strand a half-used chunk). Null when the port has no more memory.
#[cold]
fn grow(heap: &mut Heap, need: usize) -> *mut ChunkHeader {
    let Some(min_size) = need.checked_add(CHUNK_HEADER + 7) else {
        return core::ptr::null_mut();
    };
    let Some((base, size)) = port::grow_heap(min_size) else {
        return core::ptr::null_mut();
    };
    // A region from a C program may be unaligned: trim it to 8-byte boundaries.
    let start = (base as usize + 7) & !7;
    let end = (base as usize + size) & !7;
    if end < start + CHUNK_HEADER + need {
        return core::ptr::null_mut();
    }
    let chunk = start as *mut ChunkHeader;
    // SAFETY: the port gave us `[base, base + size)`, which holds the header.
    unsafe {
        chunk.write(ChunkHeader {
            next: heap.chunks,
            top: start + CHUNK_HEADER,
            end,
        });
    }
    heap.chunks = chunk;
    let room_after = end - (start + CHUNK_HEADER + need);
    let current_room = if heap.current.is_null() {
        0
    } else {
        // SAFETY: a live chunk header.
        unsafe { (*heap.current).end - (*heap.current).top }
    };
    if heap.current.is_null() || room_after >= current_room {
        heap.current = chunk;
    }
    chunk
}
