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

pub use imp::{grow_heap, initial_stack_limit, HEAP_IS_ZEROED};

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
