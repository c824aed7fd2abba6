//! Program entry: `pyaot_main` (called by the `main` the compiler emits, or by a C
//! program), the stack limit compiled prologues check, and the panic handler.
//! The bare-metal reset handler and vector table live in `port::startup`.

use crate::port::{self, Global};
use crate::weak_table::same;
use core::fmt::Write;

/// The lowest stack address compiled code may use. Function prologues compare the
/// stack pointer with it and raise RecursionError below it; 0 (before `pyaot_main`
/// sets it) disables the check.
#[no_mangle]
pub static mut pyaot_stack_limit: usize = 0;

/// The number of compiled Python frames on the stack: prologues increment it and
/// raise RecursionError past `pyaot_abi::RECURSION_LIMIT`; every return decrements it.
#[no_mangle]
pub static mut pyaot_recursion_depth: usize = 0;

/// `()`: an inlined frame (a comprehension's, a class body's) starts: counted as a
/// function's prologue counts its frame, RecursionError past the limit (the frame
/// then never ran, so it stays uncounted). Returns None.
#[no_mangle]
pub extern "C" fn pyaot_frame_enter() -> usize {
    // SAFETY: the runtime is single-threaded; compiled code reads the word only
    // between calls.
    let depth = unsafe { (&raw const pyaot_recursion_depth).read() } + 1;
    if depth > pyaot_abi::RECURSION_LIMIT as usize {
        return crate::exc::recursion_error();
    }
    // SAFETY: as above.
    unsafe { (&raw mut pyaot_recursion_depth).write(depth) };
    crate::object::none()
}

/// `()`: an inlined frame ends, normally or by an exception leaving it. Returns
/// None.
#[no_mangle]
pub extern "C" fn pyaot_frame_leave() -> usize {
    // SAFETY: as in `pyaot_frame_enter`.
    unsafe {
        let depth = (&raw const pyaot_recursion_depth).read();
        (&raw mut pyaot_recursion_depth).write(depth.saturating_sub(1));
    }
    crate::object::none()
}

/// Stack kept below the limit for the runtime's own frames: raising RecursionError,
/// formatting and printing the traceback. The host can afford CPython-like headroom;
/// the board's whole RAM is 4 MiB.
#[cfg(not(target_os = "none"))]
pub(crate) const STACK_MARGIN: usize = 256 << 10;
#[cfg(target_os = "none")]
pub(crate) const STACK_MARGIN: usize = 32 << 10;

/// The program's `argc` and `argv`, kept for `sys.argv`.
static ARGS: Global<(i32, *const *const u8)> = Global::new((0, core::ptr::null()));

/// The `argc` and `argv` `pyaot_main` received (0 and null before it runs, and on
/// bare metal).
pub fn args() -> (i32, *const *const u8) {
    ARGS.with(|a| *a)
}

// The symbol names the compiler takes from pyaot-abi must be the ones defined here.
const _: () = assert!(same(pyaot_abi::sym::STACK_LIMIT, "pyaot_stack_limit"));
const _: () = assert!(same(pyaot_abi::sym::MAIN, "pyaot_main"));
const _: () = assert!(same(
    pyaot_abi::sym::RECURSION_DEPTH,
    "pyaot_recursion_depth"
));
// Defined in global_asm by each port (a weak symbol, which Rust cannot declare).
const _: () = assert!(same(
    pyaot_abi::sym::HEAP_SIZE_DEFAULT,
    "pyaot_heap_size_default"
));

/// Runs a compiled program: prepares the platform, sets the stack limit, calls the
/// main module's `init`, reports an exception that escaped it, flushes stdout.
/// Returns the exit status (0, or what the uncaught exception calls for).
#[no_mangle]
pub extern "C" fn pyaot_main(
    argc: i32,
    argv: *const *const u8,
    init: extern "C" fn() -> usize,
) -> i32 {
    port::init();
    ARGS.with(|a| *a = (argc, argv));
    // A local's address stands for the stack pointer: close enough for a limit that
    // keeps a 32 KiB+ margin.
    let here = 0u8;
    let sp = core::hint::black_box(&here) as *const u8 as usize;
    let limit = port::initial_stack_limit(sp, argc, argv, STACK_MARGIN);
    // Every frame that can hold an object is below this one.
    let saved_top = crate::gc::set_stack_top(sp);
    // SAFETY: single-threaded; compiled code only reads the limit.
    unsafe { pyaot_stack_limit = limit };
    let measure = port::gc_stats_requested();
    if measure {
        paint_stack();
    }
    let result = init();
    crate::gc::restore_stack_top(saved_top);
    crate::gc::report_if_requested();
    if measure {
        report_stack_peak();
    }
    let status = if result == pyaot_abi::ERROR {
        crate::exc::report_uncaught()
    } else {
        0
    };
    if let Some(f) = AT_EXIT.with(|f| *f) {
        f();
    }
    port::flush_stdout();
    status
}

/// Work for the end of the program that only some programs need (open files'
/// buffers, set by `open`): a pointer, so that other programs do not link it.
pub(crate) static AT_EXIT: port::Global<Option<fn()>> = port::Global::new(None);

/// What `paint_stack` fills the unused stack with.
const PAINT: usize = 0x5A5A_5A5A;

/// Fills the stack between the port's stack bottom and a little below the current
/// frame with `PAINT`, so that `report_stack_peak` can tell how deep the program went
/// (bare metal, when the collector's counters are asked for: the size report uses
/// it). Does nothing where the port knows no stack bottom (the host).
#[inline(never)]
fn paint_stack() {
    let (bottom, _) = port::stack_bounds();
    let here = 0u8;
    // Stay clear of this function's own frame.
    let end = (core::hint::black_box(&here) as *const u8 as usize).saturating_sub(256);
    let mut p = (bottom + WORD - 1) & !(WORD - 1);
    while bottom != 0 && p + WORD <= end {
        // SAFETY: unused stack memory between the bottom and our frame.
        unsafe { core::ptr::write_volatile(p as *mut usize, PAINT) };
        p += WORD;
    }
}

/// Prints `pyaot stack: N bytes at most` on stderr: the stack's top minus the lowest
/// word `paint_stack`'s pattern no longer holds.
fn report_stack_peak() {
    let (bottom, top) = port::stack_bounds();
    if bottom == 0 {
        return;
    }
    let mut p = (bottom + WORD - 1) & !(WORD - 1);
    // SAFETY: reads the stack region the linker script gives.
    while p < top && unsafe { core::ptr::read_volatile(p as *const usize) } == PAINT {
        p += WORD;
    }
    let _ = writeln!(port::Stderr, "pyaot stack: {} bytes at most", top - p);
}

const WORD: usize = core::mem::size_of::<usize>();

static PANICKING: Global<bool> = Global::new(false);

/// A bug in the runtime: say so on stderr and exit with status 101, never hang.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    if PANICKING.with(|p| core::mem::replace(p, true)) {
        // Panicked while reporting a panic: just stop.
        port::exit(101);
    }
    let mut err = port::Stderr;
    let _ = write!(err, "pyaot runtime: internal error: {}", info.message());
    if let Some(at) = info.location() {
        let _ = write!(err, " at {}:{}:{}", at.file(), at.line(), at.column());
    }
    let _ = err.write_str("\n");
    port::exit(101)
}

/// The host's precompiled `core` was built for unwinding and refers to this symbol;
/// with `panic = "abort"` nothing ever calls it.
#[cfg(not(target_os = "none"))]
#[no_mangle]
extern "C" fn rust_eh_personality() {}
