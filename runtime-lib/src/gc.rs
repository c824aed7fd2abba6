//! The mark-sweep collector (DESIGN §5): non-moving and conservative.
//!
//! Mark: every word that could be a pointer is looked up in the heap; if it points
//! at or into an allocated block (interior pointers count, see below), the block's
//! bit in its chunk's mark map is set and, unless it was allocated with
//! `heap::alloc_noscan`, its payload is scanned the same way. Roots:
//! - the machine stack, from the collector's own stack pointer up to the stack top
//!   recorded by `pyaot_main` (`set_stack_top`), and the callee-saved registers,
//!   spilled onto the stack first: caller-saved ones were saved by the calling
//!   convention already;
//! - when generators are running, each of their stacks from its current (or saved)
//!   stack pointer up to its top, and the main stack from where the outermost one
//!   was entered (`gen::running_stacks`);
//! - the program's writable static data (`port::static_roots`: .data and .bss),
//!   which holds the compiled modules' globals arrays and the runtime's own statics
//!   (the pending exception). Static objects live outside the heap: they are never
//!   marked or written.
//!
//! Interior pointers are accepted everywhere: optimised Rust code may keep only a
//! pointer into a str's bytes or a list's items while allocating, and a block found
//! that way must survive. The block map makes the lookup a few word reads.
//!
//! A suspended generator's stack is not a root: it is scanned (from its saved stack
//! pointer up) when the generator object is marked (header flag `GENERATOR`), so a
//! generator nothing refers to dies with everything only its frames held. After the
//! mark, `gen::after_mark` gives back the stacks of generators that died.
//!
//! Marking uses an explicit stack, so deep structures cannot overflow the machine
//! stack. When the mark stack is full, a block is marked but not pushed and a flag
//! is set; then the heap is walked and every marked block scanned again until no
//! push was lost.
//!
//! Sweep: the block map and the mark map of each chunk are read word by word; each
//! run of unmarked blocks (dead or already free) becomes one free block, which goes
//! on a free list, and the block-map bits inside it are cleared. Only the first word
//! of each free block is written: dead memory is never read, and live blocks are
//! not touched at all. The mark map is cleared on the way.

use crate::heap::{header, Chunk, Heap, BLOCK_HEADER, FLAGS, FREE, GENERATOR, NO_SCAN};
use crate::port::{self, Global};

const WORD: usize = core::mem::size_of::<usize>();

/// The highest stack address the collector scans, recorded by `pyaot_main`; 0 before.
static STACK_TOP: Global<usize> = Global::new(0);

/// Records the top of the stack holding compiled code's frames: an address in
/// `pyaot_main`'s own frame, above every frame that can hold an object. Returns the
/// top recorded before, for `restore_stack_top`.
pub fn set_stack_top(addr: usize) -> usize {
    STACK_TOP.with(|top| core::mem::replace(top, (*top).max(addr)))
}

/// Puts back the stack top `set_stack_top` returned: once `pyaot_main` returns to a
/// C program that goes on calling compiled code, the C frames above its old frame
/// hold objects too.
pub fn restore_stack_top(saved: usize) {
    STACK_TOP.with(|top| *top = saved);
}

/// Blocks marked but not yet scanned.
struct MarkStack {
    items: [usize; port::MARK_STACK_ENTRIES],
    len: usize,
    /// A block was marked but did not fit on the stack.
    overflow: bool,
}

static MARK_STACK: Global<MarkStack> = Global::new(MarkStack {
    items: [0; port::MARK_STACK_ENTRIES],
    len: 0,
    overflow: false,
});

/// Collects garbage: marks from the roots, then sweeps. The heap's free lists are
/// rebuilt; its current run is retired first so that every chunk is exactly tiled.
pub(crate) fn collect(heap: &mut Heap) {
    heap.retire_run();
    heap.clear_free_lists();
    crate::gen::before_collection();
    let live = MARK_STACK.with(|stack| {
        let mut marker = Marker {
            heap,
            stack,
            live: 0,
        };
        mark_roots(&mut marker);
        marker.finish();
        marker.live
    });
    crate::gen::after_mark(|obj| heap.is_marked(obj));
    sweep(heap);
    heap.after_collection(live);
}

/// Prints the heap's counters on stderr if the port says they were asked for
/// (`PYAOT_GC_STATS=1` on the host). `pyaot_main` calls it when the program ends.
pub fn report_if_requested() {
    if !port::gc_stats_requested() {
        return;
    }
    let s = crate::heap::stats();
    let _ = core::fmt::Write::write_fmt(
        &mut port::Stderr,
        format_args!(
            "pyaot gc: {} collections, heap {} bytes, live {} bytes after the last, {} bytes allocated\n",
            s.collections, s.heap_bytes, s.live_bytes, s.allocated_bytes
        ),
    );
}

/// The state of a mark phase.
struct Marker<'a> {
    heap: &'a Heap,
    stack: &'a mut MarkStack,
    /// Bytes of the blocks marked so far.
    live: usize,
}

impl Marker<'_> {
    /// Treats each aligned word of `[lo, hi)` as a possible pointer.
    fn scan(&mut self, lo: usize, hi: usize) {
        let mut p = (lo + WORD - 1) & !(WORD - 1);
        while p + WORD <= hi {
            // SAFETY: the callers pass readable ranges (stack, static data, payloads).
            let word = unsafe { *(p as *const usize) };
            self.consider(word);
            p += WORD;
        }
    }

    /// Marks the block `word` points at or into, if any, and queues it for scanning.
    #[inline]
    fn consider(&mut self, word: usize) {
        if word < self.heap.lo || word >= self.heap.hi {
            return;
        }
        let Some(chunk) = self.heap.chunk_of(word) else {
            return;
        };
        // SAFETY: `chunk_of` returns live chunks.
        let chunk = unsafe { &*chunk };
        let Some(block) = chunk.block_containing(word) else {
            return;
        };
        // SAFETY: a block of a live chunk.
        let h = unsafe { header(block) };
        if h & FREE != 0 || !chunk.mark(block) {
            return;
        }
        self.live += h & !FLAGS;
        if h & NO_SCAN != 0 {
            return;
        }
        let s = &mut *self.stack;
        if s.len < s.items.len() {
            s.items[s.len] = block;
            s.len += 1;
        } else {
            s.overflow = true;
        }
    }

    /// Scans queued blocks until none is left, then recovers from any overflow.
    #[inline(never)]
    fn finish(&mut self) {
        loop {
            self.drain();
            if !self.stack.overflow {
                return;
            }
            self.stack.overflow = false;
            for i in 0..self.heap.n_chunks {
                // SAFETY: the first `n_chunks` entries are live chunks.
                let chunk = unsafe { &*self.heap.chunks[i] };
                self.rescan_marked(chunk);
            }
        }
    }

    fn drain(&mut self) {
        while self.stack.len > 0 {
            self.stack.len -= 1;
            let block = self.stack.items[self.stack.len];
            // SAFETY: only allocated blocks are pushed.
            let h = unsafe { header(block) };
            self.scan_block(block, h);
        }
    }

    /// Scans an allocated block's payload, and a generator's suspended stack.
    #[inline]
    fn scan_block(&mut self, block: usize, h: usize) {
        self.scan(block + BLOCK_HEADER, block + (h & !FLAGS));
        if h & GENERATOR != 0 {
            if let Some((lo, hi)) = crate::gen::suspended_stack(block + BLOCK_HEADER) {
                self.scan(lo, hi);
            }
        }
    }

    /// Scans every marked block of `chunk` again (after a mark-stack overflow some of
    /// them were marked without being scanned).
    fn rescan_marked(&mut self, chunk: &Chunk) {
        for w in 0..chunk.map_words() {
            let (starts, marks) = chunk.map_word(w);
            let mut bits = starts & marks;
            while bits != 0 {
                let block = chunk.block_at(w, bits.trailing_zeros() as usize);
                bits &= bits - 1;
                // SAFETY: a marked block is an allocated block of the chunk.
                let h = unsafe { header(block) };
                if h & NO_SCAN == 0 {
                    self.scan_block(block, h);
                    self.drain();
                }
            }
        }
    }
}

/// Marks from the stack, the registers and the static data.
#[inline(never)]
fn mark_roots(marker: &mut Marker) {
    let mut regs = [0usize; SAVED_REGISTERS];
    spill_registers(&mut regs);
    // The stacks of running generators first (the innermost is this one), then the
    // main stack from where the outermost generator was entered.
    let sp = crate::gen::running_stacks(stack_pointer(), |lo, hi| marker.scan(lo, hi));
    let top = STACK_TOP.with(|t| *t);
    // Outside `pyaot_main` (a C program calling compiled code on its own) the
    // recorded top may be below us: fall back to the port's idea of the stack's top.
    let top = if top > sp {
        top
    } else {
        port::stack_top_fallback()
    };
    marker.scan(sp, top);
    core::hint::black_box(&regs);

    // The mark stack is static data too, full of stale block addresses: skip it. So
    // is the heap itself when a C program gave it a static array (`pyaot_init`): its
    // blocks are reached through marking, not taken as roots.
    let mark_stack = &MARK_STACK as *const _ as usize;
    let skip = [
        (
            mark_stack,
            mark_stack + core::mem::size_of::<Global<MarkStack>>(),
        ),
        (marker.heap.lo, marker.heap.hi),
    ];
    for (lo, hi) in port::static_roots() {
        scan_except(marker, lo, hi, &skip);
    }
}

/// Scans `[lo, hi)` but for the parts inside the `skip` ranges.
fn scan_except(marker: &mut Marker, lo: usize, hi: usize, skip: &[(usize, usize)]) {
    if lo >= hi {
        return;
    }
    match skip.split_first() {
        None => marker.scan(lo, hi),
        Some(((s_lo, s_hi), rest)) => {
            if *s_hi <= lo || *s_lo >= hi {
                scan_except(marker, lo, hi, rest);
            } else {
                scan_except(marker, lo, (*s_lo).max(lo), rest);
                scan_except(marker, (*s_hi).min(hi), hi, rest);
            }
        }
    }
}

/// Turns every run of unmarked blocks into one free block on a free list, from the
/// maps alone, and clears the marks.
#[inline(never)]
fn sweep(heap: &mut Heap) {
    for i in 0..heap.n_chunks {
        // SAFETY: the first `n_chunks` entries are live chunks.
        let chunk = unsafe { &*heap.chunks[i] };
        let mut run = 0; // start of the free run being merged, 0 for none
        for w in 0..chunk.map_words() {
            let (starts, marks) = chunk.map_word(w);
            if starts == 0 {
                continue; // inside one block: no mark either
            }
            let mut keep = starts;
            let mut bits = starts;
            while bits != 0 {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let block = chunk.block_at(w, bit);
                if marks & (1 << bit) != 0 {
                    if run != 0 {
                        heap.add_free(run, block - run);
                        run = 0;
                    }
                } else if run == 0 {
                    run = block;
                } else {
                    // Merged into the free block at `run`.
                    keep &= !(1 << bit);
                }
            }
            chunk.set_map_word(w, keep);
        }
        if run != 0 {
            heap.add_free(run, chunk.end - run);
        }
    }
}

#[cfg(target_arch = "x86_64")]
const SAVED_REGISTERS: usize = 6;
#[cfg(target_arch = "arm")]
const SAVED_REGISTERS: usize = 8;

/// Stores the callee-saved registers (x86-64: rbx rbp r12-r15) into `regs`, so a
/// pointer that lives only in one of them is seen by the stack scan.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill_registers(regs: &mut [usize; SAVED_REGISTERS]) {
    // SAFETY: stores six words into the array.
    unsafe {
        core::arch::asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            p = in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        )
    }
}

/// Stores the callee-saved registers (Thumb: r4-r11) into `regs`.
#[cfg(target_arch = "arm")]
#[inline(always)]
fn spill_registers(regs: &mut [usize; SAVED_REGISTERS]) {
    // SAFETY: stores eight words into the array.
    unsafe {
        core::arch::asm!(
            // r0 as the base: never one of the registers stored.
            "stm r0, {{r4, r5, r6, r7, r8, r9, r10, r11}}",
            in("r0") regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        )
    }
}

/// The current stack pointer.
#[inline(always)]
fn stack_pointer() -> usize {
    let sp: usize;
    // SAFETY: reads a register.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        core::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    #[cfg(target_arch = "arm")]
    unsafe {
        core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}
