//! Platform services: the only code in the runtime that knows which machine it runs on.
//!
//! One implementation per platform, chosen at compile time:
//! - `unix` (x86-64 Linux): libc's `write`, `exit`, `mmap`, `getrlimit`; stdout is
//!   buffered like CPython's (line-buffered on a terminal, else 8 KiB blocks);
//! - `baremetal` (Cortex-M, `target_os = "none"`): stdout to the board's UART,
//!   stderr and exit through semihosting, each a weak symbol a C program may override
//!   (see docs/RUNTIME.md), plus `startup`: vector table and reset handler.
//!
//! Everything above this module calls the functions re-exported here and nothing else.

#[cfg(target_os = "linux")]
mod unix;
#[cfg(target_os = "linux")]
use unix as imp;

#[cfg(target_os = "none")]
mod baremetal;
#[cfg(target_os = "none")]
mod startup;
#[cfg(target_os = "none")]
use baremetal as imp;

pub use imp::{
    gc_stats_requested, gen_stack_margin, gen_stack_size, grow_heap, initial_stack_limit,
    map_stack, stack_bounds, stack_top_fallback, static_roots, unmap_stack, CHUNK_SIZE,
    GC_MIN_HEAP, GEN_STACKS_IN_HEAP, HEAP_IS_ZEROED, MARK_STACK_ENTRIES, MAX_CHUNKS,
};

/// Parses a size in bytes as `PYAOT_HEAP_LIMIT` spells it: decimal digits, then
/// optionally `K`, `M` or `G` (binary multiples, either case, optionally followed by
/// `B` or `iB`). None for anything else, or a size that does not fit a word.
pub fn parse_size(text: &[u8]) -> Option<usize> {
    let digits = text.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let mut n: usize = 0;
    for &c in &text[..digits] {
        n = n.checked_mul(10)?.checked_add((c - b'0') as usize)?;
    }
    let (shift, unit) = match text[digits..].split_first() {
        None => (0, &[][..]),
        Some((c, rest)) => match c.to_ascii_uppercase() {
            b'K' => (10, rest),
            b'M' => (20, rest),
            b'G' => (30, rest),
            b'B' if rest.is_empty() => (0, rest),
            _ => return None,
        },
    };
    if !(unit.is_empty() || unit.eq_ignore_ascii_case(b"B") || unit.eq_ignore_ascii_case(b"iB")) {
        return None;
    }
    if shift > 0 && n > usize::MAX >> shift {
        return None;
    }
    Some(n << shift)
}

/// Prepares the platform's devices (on mps2-an386: enables the UART's transmitter).
/// `pyaot_main` calls it first.
pub fn init() {
    imp::init()
}

/// Writes bytes to standard output (buffered on the host; see the module docs).
pub fn write_stdout(bytes: &[u8]) {
    imp::write_stdout(bytes)
}

/// Writes bytes to standard error, unbuffered.
pub fn write_stderr(bytes: &[u8]) {
    imp::write_stderr(bytes)
}

/// Writes out whatever standard output holds in its buffer.
pub fn flush_stdout() {
    imp::flush_stdout()
}

/// The clocks of the `time` module.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Wall-clock time since the Unix epoch.
    Realtime = 0,
    /// A clock that never goes back (`monotonic`, `perf_counter`).
    Monotonic = 1,
    /// CPU time of the process (bare metal: the monotonic clock).
    Process = 2,
}

/// Nanoseconds on `clock`.
pub fn clock_ns(clock: Clock) -> u64 {
    imp::clock_ns(clock)
}

/// Waits `ns` nanoseconds.
pub fn sleep_ns(ns: u64) {
    imp::sleep_ns(ns)
}

/// Flushes standard output and ends the program with `code` as its exit status.
pub fn exit(code: i32) -> ! {
    imp::flush_stdout();
    imp::exit(code)
}

/// A `core::fmt::Write` sink for standard error, for messages the runtime formats
/// itself (internal errors, fatal faults).
pub struct Stderr;

impl core::fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        write_stderr(s.as_bytes());
        Ok(())
    }
}

/// A cell for the runtime's global state. The runtime is single-threaded (one Python
/// thread, no interrupts touching this state), which is what makes `Sync` sound here.
pub(crate) struct Global<T>(core::cell::UnsafeCell<T>);

// SAFETY: see the type's doc: only one thread ever runs runtime code.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    /// A cell holding `value`.
    pub(crate) const fn new(value: T) -> Global<T> {
        Global(core::cell::UnsafeCell::new(value))
    }

    /// Runs `f` with exclusive access to the value. `f` must not re-enter the same
    /// cell (nothing in the port layer does).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: single-threaded, and callers do not nest `with` on one cell.
        f(unsafe { &mut *self.0.get() })
    }
}
