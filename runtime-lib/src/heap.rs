//! Object memory: blocks in chunks the port hands out, reused through free lists
//! after the mark-sweep collector (`gc`) has found them dead. Nothing ever moves.
//!
//! ```text
//!  chunk:  [Chunk][block map][block][block][free block][block]...[block]
//!  block:  [header: size | flags, padded to 8 bytes][payload, 8-aligned, zeroed]
//! ```
//!
//! (See `chunk` for the block and mark maps and the header flags.) Allocation bumps a pointer
//! through the current *run*: a free block being carved from the front. When the run
//! is too short, what is left of it becomes a free block again and the next run is
//! the smallest free block that fits, found in O(1) through size-class free lists
//! (exact classes up to 1 KiB, then powers of two) and a bitmask of the non-empty
//! ones. With no free block that fits, the heap either collects or grows:
//! - it collects first when growing would take it past `threshold`
//!   (`GROWTH_FACTOR` times the bytes live after the last collection, at least
//!   `port::GC_MIN_HEAP`);
//! - it grows by a new chunk from `port::grow_heap` (host: mmap up to the heap limit;
//!   bare metal: the one region, once);
//! - when the port refuses, it collects (if it has not just done so) and tries again;
//!   after that `alloc` returns null and the caller raises MemoryError.

mod chunk;

pub(crate) use chunk::{header, set_header, Chunk, FLAGS, FREE, GENERATOR, GRANULE, NO_SCAN};

use crate::port::{self, Global};

/// Bytes before each block's payload: its header word, padded so payloads stay
/// 8-aligned on 32-bit targets too.
pub const BLOCK_HEADER: usize = 8;

/// The heap may grow to this many times the bytes live after a collection before
/// the next one. 3 rather than the usual 2: on binary trees (depth 16) 2 costs 55
/// collections and 0.4 s, 3 costs 25 and 0.1 s, for half as much memory again.
const GROWTH_FACTOR: usize = 3;

/// The smallest block: a header and one granule, room for a free-list link.
const MIN_BLOCK: usize = 16;

/// Blocks up to this size have a free list per exact size.
const EXACT_LIMIT: usize = 1024;
/// Free lists: one per exact size (index size / 8), then one per power of two above
/// `EXACT_LIMIT` (index `EXACT_BINS + log2(size) - 10`).
const EXACT_BINS: usize = EXACT_LIMIT / GRANULE + 1;
const NBINS: usize = EXACT_BINS + usize::BITS as usize - 10;
const MASK_WORDS: usize = NBINS.div_ceil(64);
/// How many too-small blocks a search of a power-of-two list looks at before moving
/// on to the next list up (whose blocks all fit).
const FIRST_FIT_TRIES: usize = 16;

/// The heap's state. `gc` reads the chunks and rebuilds the free lists.
pub(crate) struct Heap {
    /// Every chunk, sorted by address.
    pub(crate) chunks: [*mut Chunk; port::MAX_CHUNKS],
    pub(crate) n_chunks: usize,
    /// The lowest `start` and the highest `end` of all chunks (both 0 before the
    /// first): a quick first test for conservative pointers.
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// The current run `[bump, bump_end)` in `bump_chunk`, which began at
    /// `run_start`; whether its bytes are known to be zero (fresh memory from the OS).
    run_start: usize,
    bump: usize,
    bump_end: usize,
    bump_chunk: *mut Chunk,
    bump_zeroed: bool,
    /// Heads of the free lists (0: empty), linked through the first payload word.
    bins: [usize; NBINS],
    /// Bit `i` set when `bins[i]` is not empty.
    nonempty: [u64; MASK_WORDS],
    /// Bytes of blocks in all chunks.
    pub(crate) total: usize,
    /// Bytes of blocks live after the last collection.
    pub(crate) live: usize,
    /// Grow past this many bytes only after a collection.
    threshold: usize,
    /// Collections so far.
    pub(crate) collections: usize,
    /// Bytes allocated before the current run began (counted when a run ends).
    allocated: u64,
}

static HEAP: Global<Heap> = Global::new(Heap {
    chunks: [core::ptr::null_mut(); port::MAX_CHUNKS],
    n_chunks: 0,
    lo: 0,
    hi: 0,
    run_start: 0,
    bump: 0,
    bump_end: 0,
    bump_chunk: core::ptr::null_mut(),
    bump_zeroed: false,
    bins: [0; NBINS],
    nonempty: [0; MASK_WORDS],
    total: 0,
    live: 0,
    threshold: port::GC_MIN_HEAP,
    collections: 0,
    allocated: 0,
});

/// Allocates `size` zeroed bytes, 8-aligned, that the collector scans for pointers;
/// null when the heap is exhausted even after a collection (the caller raises
/// MemoryError). The block lives while a pointer to it (or into it) is on the stack,
/// in a register, in a static or in another live block.
#[inline]
pub fn alloc(size: usize) -> *mut u8 {
    alloc_with(size, 0, true)
}

/// Like `alloc`, for payloads that never hold pointers to heap blocks (the bytes of
/// a str, a float's double, the digits of a big int): the collector does not scan
/// them, which is faster and keeps their bytes from pinning unrelated blocks.
#[inline]
pub fn alloc_noscan(size: usize) -> *mut u8 {
    alloc_with(size, NO_SCAN, true)
}

/// Like `alloc_noscan`, without zeroing: for payloads the caller writes entirely
/// before anything reads them (the bytes of a new bytes object).
#[inline]
pub fn alloc_noscan_uninit(size: usize) -> *mut u8 {
    alloc_with(size, NO_SCAN, false)
}

/// Like `alloc`, for a generator object: marking it also scans the stack it owns
/// (see `gc`).
pub fn alloc_generator(size: usize) -> *mut u8 {
    alloc_with(size, GENERATOR, true)
}

/// A block for a generator's stack (bare metal): neither zeroed nor scanned. The
/// collector reads only the part of it a suspended generator uses, through the
/// generator object.
pub fn alloc_stack(size: usize) -> *mut u8 {
    alloc_with(size, NO_SCAN, false)
}

/// Runs a full collection now (for `gc.collect()` and tests).
pub fn collect() {
    HEAP.with(crate::gc::collect)
}

/// A snapshot of the heap's counters.
#[derive(Clone, Copy, Debug)]
pub struct Stats {
    /// Bytes of blocks in all chunks (the heap's size, bookkeeping excluded).
    pub heap_bytes: usize,
    /// Bytes live after the last collection.
    pub live_bytes: usize,
    /// Collections so far.
    pub collections: usize,
    /// Bytes allocated over the program's life, block headers included.
    pub allocated_bytes: u64,
}

/// The heap's counters.
pub fn stats() -> Stats {
    HEAP.with(|heap| Stats {
        heap_bytes: heap.total,
        live_bytes: heap.live,
        collections: heap.collections,
        allocated_bytes: heap.allocated + (heap.bump - heap.run_start) as u64,
    })
}

#[inline]
fn alloc_with(size: usize, flags: usize, zero: bool) -> *mut u8 {
    let Some(need) = size.checked_add(BLOCK_HEADER + GRANULE - 1) else {
        return core::ptr::null_mut();
    };
    let need = (need & !(GRANULE - 1)).max(MIN_BLOCK);
    HEAP.with(|heap| {
        let block = if heap.bump_end - heap.bump >= need {
            let block = heap.bump;
            heap.bump += need;
            // SAFETY: the run lies in `bump_chunk`.
            unsafe { (*heap.bump_chunk).set_start(block) };
            block
        } else {
            match heap.alloc_slow(need) {
                Some(block) => block,
                None => return core::ptr::null_mut(),
            }
        };
        // SAFETY: `[block, block + need)` was just carved from a free run.
        unsafe {
            set_header(block, need | flags);
            let payload = (block + BLOCK_HEADER) as *mut u8;
            if zero && !heap.bump_zeroed {
                core::ptr::write_bytes(payload, 0, need - BLOCK_HEADER);
            }
            payload
        }
    })
}

impl Heap {
    /// Finds a new run for a block of `need` bytes, collecting or growing the heap as
    /// the module docs say, and carves the block from it; None when out of memory.
    #[cold]
    #[inline(never)]
    fn alloc_slow(&mut self, need: usize) -> Option<usize> {
        self.retire_run();
        let mut collected = false;
        loop {
            if let Some(block) = self.take_free(need) {
                self.start_run(block, false);
                break;
            }
            let grow_by = self.next_chunk_size(need);
            if !collected
                && self.n_chunks > 0
                && self.total.saturating_add(grow_by) > self.threshold
            {
                crate::gc::collect(self);
                collected = true;
                continue;
            }
            if let Some(block) = self.grow(need, grow_by) {
                self.start_run(block, port::HEAP_IS_ZEROED);
                break;
            }
            if collected || self.n_chunks == 0 {
                return None;
            }
            crate::gc::collect(self);
            collected = true;
        }
        let block = self.bump;
        self.bump += need;
        debug_assert!(self.bump <= self.bump_end);
        Some(block)
    }

    /// Makes the free block at `block` the current run.
    fn start_run(&mut self, block: usize, zeroed: bool) {
        // SAFETY: `block` is a free block of a live chunk.
        let size = unsafe { header(block) } & !FLAGS;
        self.run_start = block;
        self.bump = block;
        self.bump_end = block + size;
        self.bump_chunk = self.chunk_of(block).unwrap_or(core::ptr::null_mut());
        self.bump_zeroed = zeroed;
    }

    /// Turns what is left of the current run back into a free block, so that the
    /// heap walk stays exact (the collector calls this first).
    pub(crate) fn retire_run(&mut self) {
        self.allocated += (self.bump - self.run_start) as u64;
        if self.bump_end > self.bump {
            let rest = self.bump_end - self.bump;
            // SAFETY: the rest of the run belongs to `bump_chunk`.
            unsafe { (*self.bump_chunk).set_start(self.bump) };
            self.add_free(self.bump, rest);
        }
        self.run_start = 0;
        self.bump = 0;
        self.bump_end = 0;
    }

    /// Marks `[block, block + size)` as a free block (its block-map bit must be set)
    /// and puts it on its free list if it can hold the link.
    pub(crate) fn add_free(&mut self, block: usize, size: usize) {
        // SAFETY: the caller owns the block.
        unsafe { set_header(block, size | FREE) };
        if size < MIN_BLOCK {
            return;
        }
        let i = bin_index(size);
        // SAFETY: a free block of at least MIN_BLOCK bytes has room for the link.
        unsafe { *((block + BLOCK_HEADER) as *mut usize) = self.bins[i] };
        self.bins[i] = block;
        self.nonempty[i / 64] |= 1 << (i % 64);
    }

    /// Empties every free list (a sweep rebuilds them).
    pub(crate) fn clear_free_lists(&mut self) {
        self.bins = [0; NBINS];
        self.nonempty = [0; MASK_WORDS];
    }

    /// Takes the smallest free block of at least `need` bytes off its list.
    fn take_free(&mut self, need: usize) -> Option<usize> {
        let mut from = bin_index(need);
        if from >= EXACT_BINS {
            // Blocks on a power-of-two list may be smaller than `need`: first fit
            // over a few of them, then any block of the lists above fits.
            if let Some(block) = self.first_fit(from, need) {
                return Some(block);
            }
            from += 1;
        }
        let i = self.first_nonempty(from)?;
        let block = self.bins[i];
        self.unlink(i, 0, block);
        Some(block)
    }

    fn first_fit(&mut self, i: usize, need: usize) -> Option<usize> {
        let (mut prev, mut block) = (0, self.bins[i]);
        for _ in 0..FIRST_FIT_TRIES {
            if block == 0 {
                return None;
            }
            // SAFETY: blocks on a free list are free blocks of live chunks.
            if unsafe { header(block) } & !FLAGS >= need {
                self.unlink(i, prev, block);
                return Some(block);
            }
            prev = block;
            block = unsafe { next_free(block) };
        }
        None
    }

    /// Removes `block` (which follows `prev`, or heads the list when `prev` is 0)
    /// from list `i`.
    fn unlink(&mut self, i: usize, prev: usize, block: usize) {
        // SAFETY: both are free blocks on list `i`.
        let next = unsafe { next_free(block) };
        if prev == 0 {
            self.bins[i] = next;
        } else {
            unsafe { *((prev + BLOCK_HEADER) as *mut usize) = next };
        }
        if self.bins[i] == 0 {
            self.nonempty[i / 64] &= !(1 << (i % 64));
        }
    }

    /// The first non-empty free list at index `from` or above.
    fn first_nonempty(&self, from: usize) -> Option<usize> {
        let mut w = from / 64;
        let mut bits = *self.nonempty.get(w)? & (u64::MAX << (from % 64));
        loop {
            if bits != 0 {
                return Some(w * 64 + bits.trailing_zeros() as usize);
            }
            w += 1;
            bits = *self.nonempty.get(w)?;
        }
    }

    /// Bytes to ask the port for when growing for a block of `need` bytes: the port's
    /// chunk size, or half the heap once that is larger (so the chunk count stays
    /// logarithmic in the heap's size), or what `need` takes with the bookkeeping.
    // The port's constants are 0 on bare metal, where the max is a no-op.
    #[allow(clippy::unnecessary_min_or_max)]
    fn next_chunk_size(&self, need: usize) -> usize {
        port::CHUNK_SIZE
            .max(self.total / 2)
            .max(chunk_bytes_for(need))
    }

    /// Adds a chunk holding at least one free block of `need` bytes; returns that
    /// block (the chunk's only one). None when the port has no more memory.
    fn grow(&mut self, need: usize, preferred: usize) -> Option<usize> {
        if self.n_chunks == self.chunks.len() {
            return None;
        }
        let (base, size) = port::grow_heap(chunk_bytes_for(need), preferred)?;
        // SAFETY: the port gave us `[base, base + size)` for good.
        let chunk = unsafe { Chunk::init(base as usize, size, need, port::HEAP_IS_ZEROED)? };
        // Keep the chunks sorted by address for the collector's binary search.
        let at = self.chunks[..self.n_chunks]
            .iter()
            .position(|&c| c > chunk)
            .unwrap_or(self.n_chunks);
        self.chunks.copy_within(at..self.n_chunks, at + 1);
        self.chunks[at] = chunk;
        self.n_chunks += 1;
        // SAFETY: just initialised.
        let c = unsafe { &*chunk };
        self.lo = if self.n_chunks == 1 {
            c.start
        } else {
            self.lo.min(c.start)
        };
        self.hi = self.hi.max(c.end);
        self.total += c.size();
        Some(c.start)
    }

    /// Whether the current mark phase reached the block whose payload starts at `obj`.
    pub(crate) fn is_marked(&self, obj: usize) -> bool {
        let block = obj - BLOCK_HEADER;
        match self.chunk_of(block) {
            // SAFETY: `chunk_of` returns live chunks.
            Some(c) => unsafe { (*c).is_marked(block) },
            None => true,
        }
    }

    /// The chunk whose blocks contain `addr`.
    #[inline]
    pub(crate) fn chunk_of(&self, addr: usize) -> Option<*mut Chunk> {
        let chunks = &self.chunks[..self.n_chunks];
        // The last chunk starting at or below `addr`.
        // SAFETY: the first `n_chunks` entries are live chunks.
        let i = chunks.partition_point(|&c| unsafe { (*c).start } <= addr);
        let chunk = *chunks.get(i.checked_sub(1)?)?;
        unsafe { (*chunk).contains(addr) }.then_some(chunk)
    }

    /// Sets the growth threshold after a collection that left `live` bytes live.
    #[allow(clippy::unnecessary_min_or_max)] // GC_MIN_HEAP is 0 on bare metal
    pub(crate) fn after_collection(&mut self, live: usize) {
        self.live = live;
        self.threshold = port::GC_MIN_HEAP.max(live.saturating_mul(GROWTH_FACTOR));
        self.collections += 1;
    }
}

/// The free block after `block` on its list.
///
/// # Safety
/// `block` must be a free block on a free list.
unsafe fn next_free(block: usize) -> usize {
    *((block + BLOCK_HEADER) as *const usize)
}

/// The free list for blocks of `size` bytes.
fn bin_index(size: usize) -> usize {
    if size <= EXACT_LIMIT {
        size / GRANULE
    } else {
        EXACT_BINS + (usize::BITS - 1 - size.leading_zeros()) as usize - 10
    }
}

/// Bytes of memory a chunk needs to hold a block of `need` bytes. The two bitmaps
/// take 1/32 of the whole chunk (one bit each per 8-byte granule, covering the maps
/// too), so the chunk is `need * 32/31` plus the chunk header and alignment slack.
fn chunk_bytes_for(need: usize) -> usize {
    need.saturating_add(need / 31 + 1).saturating_add(256)
}
