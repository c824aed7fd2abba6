//! A chunk of heap memory, its block map and its mark map.
//!
//! ```text
//!  base                                                                   base + size
//!  [Chunk][block map][mark map][block][block]...[block]
//!                              ^start                  ^end
//! ```
//!
//! Blocks tile `[start, end)` exactly: each begins with an 8-byte header whose word
//! holds its size (a multiple of 8, header included) and, in the low bits, the flags
//! below. Both maps have one bit per 8-byte granule of `[start, end)`.
//!
//! The block map has a bit set at the first granule of every block (allocated or
//! free); bits inside a block are clear. That is what lets the collector answer
//! "which block, if any, contains this address?" for a conservative pointer: the
//! nearest set bit at or below it, then a bounds check against that block's size.
//!
//! The mark map has a bit set at the first granule of every block the current mark
//! phase reached. Keeping marks out of the headers lets the sweep find dead blocks
//! and merge them from the two maps alone, without touching their memory.

/// Bytes per granule: blocks start and end on these boundaries.
pub const GRANULE: usize = 8;

/// Header flag: a generator object. Marking it also scans its suspended stack
/// (`gen::suspended_stack`), which lives outside the block.
pub const GENERATOR: usize = 1;
/// Header flag: a free block (on a free list, or a fragment too small for one).
pub const FREE: usize = 2;
/// Header flag: the payload holds no pointers (str bytes, float digits), so the
/// collector marks the block but does not scan it.
pub const NO_SCAN: usize = 4;
/// The flag bits of a header word.
pub const FLAGS: usize = 7;

const BITS: usize = usize::BITS as usize;

/// The start of every chunk.
#[repr(C)]
pub struct Chunk {
    /// Address of the first block.
    pub start: usize,
    /// One past the last block's last byte.
    pub end: usize,
    /// The block map: bit `i` stands for the granule at `start + 8 * i`.
    map: *mut usize,
    /// The mark map, laid out like the block map.
    marks: *mut usize,
    /// Words in each map.
    map_words: usize,
}

/// Reads a block's header word.
///
/// # Safety
/// `block` must be the start of a block in a live chunk.
#[inline]
pub unsafe fn header(block: usize) -> usize {
    *(block as *const usize)
}

/// Writes a block's header word.
///
/// # Safety
/// `block` must be the start of a block in a live chunk.
#[inline]
pub unsafe fn set_header(block: usize, word: usize) {
    *(block as *mut usize) = word
}

impl Chunk {
    /// Lays a chunk out over `[base, base + size)`: header, zeroed maps, and one free
    /// block covering the rest. `map_zeroed` says the memory is known to be
    /// zero (fresh pages). None when the region cannot hold a block of `min_block`
    /// bytes.
    ///
    /// # Safety
    /// The region must be writable memory owned by the heap from now on.
    pub unsafe fn init(
        base: usize,
        size: usize,
        min_block: usize,
        map_zeroed: bool,
    ) -> Option<*mut Chunk> {
        let first = align_up(base.checked_add(core::mem::size_of::<Chunk>())?)?;
        let end = base.checked_add(size)? & !(GRANULE - 1);
        if end <= first {
            return None;
        }
        // One bit per granule of [first, end): a slight overestimate, since the map
        // itself takes some of those granules.
        let map_words = ((end - first) / GRANULE).div_ceil(BITS);
        let maps_bytes = (2 * map_words).checked_mul(core::mem::size_of::<usize>())?;
        let start = align_up(first.checked_add(maps_bytes)?)?;
        if end < start || end - start < min_block {
            return None;
        }
        let map = first as *mut usize;
        let marks = map.add(map_words);
        if !map_zeroed {
            core::ptr::write_bytes(map, 0, 2 * map_words);
        }
        let chunk = base as *mut Chunk;
        chunk.write(Chunk {
            start,
            end,
            map,
            marks,
            map_words,
        });
        set_header(start, (end - start) | FREE);
        (*chunk).set_start(start);
        Some(chunk)
    }

    /// Bytes the chunk's blocks cover.
    pub fn size(&self) -> usize {
        self.end - self.start
    }

    /// Whether `addr` lies within the chunk's blocks.
    #[inline]
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.start && addr < self.end
    }

    /// Records that a block starts at `block`.
    #[inline]
    pub fn set_start(&self, block: usize) {
        let i = (block - self.start) / GRANULE;
        // SAFETY: `block` is inside the chunk, so `i` indexes the map.
        unsafe { *self.map.add(i / BITS) |= 1 << (i % BITS) };
    }

    /// Sets the mark bit of `block`; false if it was set already.
    #[inline]
    pub fn mark(&self, block: usize) -> bool {
        let i = (block - self.start) / GRANULE;
        let bit = 1 << (i % BITS);
        // SAFETY: `block` is inside the chunk, so `i` indexes the map.
        unsafe {
            let word = self.marks.add(i / BITS);
            if *word & bit != 0 {
                return false;
            }
            *word |= bit;
        }
        true
    }

    /// Whether `block`'s mark bit is set.
    #[inline]
    pub fn is_marked(&self, block: usize) -> bool {
        let i = (block - self.start) / GRANULE;
        // SAFETY: `block` is inside the chunk, so `i` indexes the map.
        unsafe { *self.marks.add(i / BITS) & (1 << (i % BITS)) != 0 }
    }

    /// Word `w` of the block map and of the mark map.
    #[inline]
    pub fn map_word(&self, w: usize) -> (usize, usize) {
        debug_assert!(w < self.map_words);
        // SAFETY: `w` is below `map_words`.
        unsafe { (*self.map.add(w), *self.marks.add(w)) }
    }

    /// Replaces word `w` of the block map, and clears that word of the mark map.
    #[inline]
    pub fn set_map_word(&self, w: usize, starts: usize) {
        debug_assert!(w < self.map_words);
        // SAFETY: `w` is below `map_words`.
        unsafe {
            *self.map.add(w) = starts;
            *self.marks.add(w) = 0;
        }
    }

    /// Words in each map.
    pub fn map_words(&self) -> usize {
        self.map_words
    }

    /// The address of the block whose bit is bit `bit` of map word `w`.
    #[inline]
    pub fn block_at(&self, w: usize, bit: usize) -> usize {
        self.start + (w * BITS + bit) * GRANULE
    }

    /// The block containing `addr` (which must be inside the chunk): the nearest
    /// block start at or below it, if `addr` is before that block's end. Free blocks
    /// are returned too; the caller looks at the flags.
    pub fn block_containing(&self, addr: usize) -> Option<usize> {
        let i = (addr - self.start) / GRANULE;
        let mut w = i / BITS;
        // The bits at or below `i` in its word.
        // SAFETY (for the reads below): `w` never exceeds the word of `i`, inside the map.
        let mut bits = unsafe { *self.map.add(w) } & (usize::MAX >> (BITS - 1 - i % BITS));
        while bits == 0 {
            if w == 0 {
                return None;
            }
            w -= 1;
            bits = unsafe { *self.map.add(w) };
        }
        let bit = BITS - 1 - bits.leading_zeros() as usize;
        let block = self.block_at(w, bit);
        // SAFETY: a set bit marks the start of a block.
        let size = unsafe { header(block) } & !FLAGS;
        (addr < block + size).then_some(block)
    }
}

/// `n` rounded up to a granule; None on overflow.
fn align_up(n: usize) -> Option<usize> {
    Some(n.checked_add(GRANULE - 1)? & !(GRANULE - 1))
}
