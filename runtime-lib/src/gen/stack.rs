//! Generators' stacks: where they come from, a small pool of free ones, and what
//! happens to the stack of a generator the program dropped before it finished.
//!
//! Two sources, chosen by the port (`port::GEN_STACKS_IN_HEAP`):
//! - the OS (host): `port::map_stack`, memory outside the heap that costs nothing
//!   until touched. Such a stack must be given back explicitly, so every stack in use
//!   is on a list (`LIVE`, linked through a header at the stack's lowest address,
//!   which no scan reads) with the generator that owns it; after each mark phase the
//!   collector calls [`release_dead`], which takes back the stacks of generators it
//!   did not reach.
//! - the heap (bare metal): a block allocated with `heap::alloc_stack` (not scanned,
//!   not zeroed). The generator object points to it, so the collector frees it with
//!   the generator; nothing needs tracking.
//!
//! A generator that finishes or is closed gives its stack back at once; up to
//! `POOL_SIZE` free stacks are kept for the next generator. On bare metal the pool is
//! emptied before each collection, so pooled stacks never cost the heap a
//! MemoryError.
//!
//! OS stacks are outside the heap, so their number does not make the heap collect:
//! a loop that abandons generators would map stacks until the next collection. So
//! `acquire` collects itself when the OS stacks in use reach a threshold (twice the
//! number a collection left, at least `MIN_THRESHOLD`), before mapping another.

use crate::object::Obj;
use crate::port::{self, Global};

/// Free stacks kept for reuse (their touched pages stay with them).
const POOL_SIZE: usize = 64;

/// OS stacks in use below which `acquire` never collects.
const MIN_THRESHOLD: usize = 64;

/// The header at the lowest address of an OS stack (never scanned: the collector
/// reads a suspended stack only from its saved stack pointer up).
#[repr(C)]
struct Header {
    /// The generator using the stack (0 while pooled). Not a reference the collector
    /// sees, which is the point: the owner can die.
    owner: Obj,
    /// Neighbours on the `LIVE` list (0 at its ends).
    prev: usize,
    next: usize,
}

struct Stacks {
    pool: [usize; POOL_SIZE],
    pooled: usize,
    /// First stack on the list of stacks in use (OS stacks only), or 0.
    live: usize,
    /// How many stacks are on that list.
    in_use: usize,
    /// `acquire` collects before mapping a stack when `in_use` reaches this.
    threshold: usize,
}

static STACKS: Global<Stacks> = Global::new(Stacks {
    pool: [0; POOL_SIZE],
    pooled: 0,
    live: 0,
    in_use: 0,
    threshold: MIN_THRESHOLD,
});

/// A stack from the pool, if it has one.
fn from_pool() -> Option<usize> {
    STACKS.with(|s| {
        s.pooled = s.pooled.checked_sub(1)?;
        Some(s.pool[s.pooled])
    })
}

fn header<'a>(base: usize) -> &'a mut Header {
    // SAFETY: every OS stack starts with its header; callers hold no other reference.
    unsafe { &mut *(base as *mut Header) }
}

/// The highest address of the stack at `base`: where its first frame goes.
pub fn top(base: usize) -> usize {
    base + port::gen_stack_size()
}

/// The lowest address compiled code may use on the stack at `base` (what
/// `pyaot_stack_limit` holds while it runs): the rest is for the runtime's frames.
pub fn limit(base: usize) -> usize {
    base + port::gen_stack_margin()
}

/// A stack for generator `owner`: its base, or None when there is no memory left.
pub fn acquire(owner: Obj) -> Option<usize> {
    let base = match from_pool() {
        Some(base) => base,
        None if port::GEN_STACKS_IN_HEAP => {
            let p = crate::heap::alloc_stack(port::gen_stack_size());
            if p.is_null() {
                return None;
            }
            p as usize
        }
        None => {
            if STACKS.with(|s| s.in_use >= s.threshold) {
                // Dead generators may be holding stacks: collect, which gives them back.
                crate::heap::collect();
                STACKS.with(|s| s.threshold = MIN_THRESHOLD.max(2 * s.in_use));
            }
            match from_pool() {
                Some(base) => base,
                None => port::map_stack(port::gen_stack_size())?,
            }
        }
    };
    if !port::GEN_STACKS_IN_HEAP {
        STACKS.with(|s| {
            let h = header(base);
            *h = Header {
                owner,
                prev: 0,
                next: s.live,
            };
            if s.live != 0 {
                header(s.live).prev = base;
            }
            s.live = base;
            s.in_use += 1;
        });
    }
    Some(base)
}

/// Gives back the stack at `base` (its generator finished, was closed or died).
pub fn release(base: usize) {
    STACKS.with(|s| {
        if !port::GEN_STACKS_IN_HEAP {
            let h = header(base);
            let (prev, next) = (h.prev, h.next);
            h.owner = 0;
            if prev == 0 {
                s.live = next;
            } else {
                header(prev).next = next;
            }
            if next != 0 {
                header(next).prev = prev;
            }
            s.in_use -= 1;
        }
        if s.pooled < POOL_SIZE {
            s.pool[s.pooled] = base;
            s.pooled += 1;
        } else if !port::GEN_STACKS_IN_HEAP {
            port::unmap_stack(base, port::gen_stack_size());
        }
        // A heap stack left out of the pool is freed by the next collection.
    })
}

/// Before a collection: on bare metal, pooled stacks are heap blocks that the
/// collector may free (the pool fills again as generators finish).
pub fn before_collection() {
    if port::GEN_STACKS_IN_HEAP {
        STACKS.with(|s| {
            s.pool = [0; POOL_SIZE];
            s.pooled = 0;
        });
    }
}

/// After a mark phase: gives back the OS stacks whose generators were not reached
/// (`is_live` says whether a generator was). Their suspended frames are dropped
/// without running: a `finally` around the `yield` they wait at does not run.
pub fn release_dead(is_live: impl Fn(Obj) -> bool) {
    if port::GEN_STACKS_IN_HEAP {
        return;
    }
    let mut base = STACKS.with(|s| s.live);
    while base != 0 {
        let h = header(base);
        let next = h.next;
        if !is_live(h.owner) {
            release(base);
        }
        base = next;
    }
}
