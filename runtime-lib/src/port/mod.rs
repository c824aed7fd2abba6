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

/// Parses a size in bytes as `PYAOT_HEAP_LIMIT` (and pyaot's `--heap-size`) spells
/// it; see `pyaot_abi::parse_size`.
pub fn parse_size(text: &[u8]) -> Option<usize> {
    pyaot_abi::parse_size(text).and_then(|n| usize::try_from(n).ok())
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

/// Files (`open()`): the host's system calls; on bare metal every call fails with
/// ENOSYS ("Function not implemented").
pub mod files {
    pub use super::imp::{
        file_close as close, file_is_dir as is_dir, file_isatty as isatty, file_open as open,
        file_read as read, file_seek as seek, file_truncate as truncate, file_write as write,
        oflags, strerror,
    };
}

/// Reads up to `buf.len()` bytes of standard input; 0 at its end.
pub fn read_stdin(buf: &mut [u8]) -> usize {
    imp::read_stdin(buf)
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
