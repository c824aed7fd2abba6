//! The bare-metal port (Cortex-M, no OS, no libc), with defaults for QEMU's
//! mps2-an386 board: stdout to CMSDK UART0, stderr and exit through semihosting.
//!
//! Each service is a weak C symbol whose default is defined here, so a C program
//! linking the runtime for another board replaces it by defining a function of the
//! same name (declared in include/pyaot.h):
//!
//! | hook                                                   | default                  |
//! |--------------------------------------------------------|--------------------------|
//! | `void pyaot_port_init(void)`                           | enable UART0's TX        |
//! | `void pyaot_port_write(int fd, const uint8_t*, size_t)`| fd 1: UART0, else semihosting SYS_WRITE0 |
//! | `void pyaot_port_exit(int code)` (no return)           | semihosting SYS_EXIT_EXTENDED |
//! | `uint64_t pyaot_port_clock_ns(int clock)`              | semihosting SYS_TIME (0: wall clock, s) / SYS_CLOCK (1, 2: since start, 10 ms) |
//! | `void pyaot_port_sleep_ns(uint64_t ns)`                | busy-waits on clock 1    |
//! | `size_t pyaot_port_read(uint8_t *buf, size_t len)`     | semihosting SYS_READ of the console (":tt"); 0 at its end |
//!
//! Rust cannot declare a weak definition on stable, so each hook is a two-instruction
//! weak trampoline in `global_asm!` that branches to the Rust default.
//!
//! Memory comes from the linker script (`__pyaot_heap_start`, `__pyaot_heap_end`,
//! `__pyaot_stack_bottom`), referenced weakly so that a C program's own linker
//! script need not define them; `pyaot_heap_init` gives the heap region instead.

use super::Global;
use core::arch::{asm, global_asm};
use core::ptr::{read_volatile, write_volatile};

/// Defines a weak symbol `$hook` that tail-calls `$default`.
macro_rules! weak_hook {
    ($hook:literal, $default:literal) => {
        global_asm!(concat!(
            ".section .text.",
            $hook,
            ",\"ax\",%progbits\n",
            ".syntax unified\n.thumb\n",
            ".weak ",
            $hook,
            "\n",
            ".type ",
            $hook,
            ",%function\n",
            ".thumb_func\n",
            $hook,
            ":\n",
            "    b.w ",
            $default,
            "\n",
            ".size ",
            $hook,
            ", . - ",
            $hook,
            "\n",
        ));
    };
}

weak_hook!("pyaot_port_init", "pyaot_default_port_init");
weak_hook!("pyaot_port_write", "pyaot_default_port_write");
weak_hook!("pyaot_port_exit", "pyaot_default_port_exit");
weak_hook!("pyaot_port_clock_ns", "pyaot_default_port_clock_ns");
weak_hook!("pyaot_port_sleep_ns", "pyaot_default_port_sleep_ns");
weak_hook!("pyaot_port_read", "pyaot_default_port_read");

// The linker script's symbols, each stored in a word so that a weak reference to an
// undefined one reads as 0 instead of failing the link. Then the weak
// `pyaot_heap_size_default`: a heap size compiled into the program (0: none), which
// the compiler (`--heap-size`) or a C program may define.
global_asm!(
    ".section .rodata.pyaot_linker_symbols,\"a\",%progbits",
    ".p2align 2",
    ".weak __pyaot_heap_start",
    ".weak __pyaot_heap_end",
    ".weak __pyaot_stack_bottom",
    ".weak __pyaot_stack_top",
    ".weak __pyaot_data_start",
    ".weak __pyaot_data_end",
    ".weak __pyaot_bss_start",
    ".weak __pyaot_bss_end",
    ".weak __pyaot_gc_stats",
    ".weak __pyaot_gen_stack_size",
    ".global pyaot_linker_symbols",
    ".hidden pyaot_linker_symbols",
    "pyaot_linker_symbols:",
    "    .word __pyaot_heap_start",
    "    .word __pyaot_heap_end",
    "    .word __pyaot_stack_bottom",
    "    .word __pyaot_stack_top",
    "    .word __pyaot_data_start",
    "    .word __pyaot_data_end",
    "    .word __pyaot_bss_start",
    "    .word __pyaot_bss_end",
    "    .word __pyaot_gc_stats",
    "    .word __pyaot_gen_stack_size",
    "",
    ".section .rodata.pyaot_heap_size_default,\"a\",%progbits",
    ".p2align 2",
    ".weak pyaot_heap_size_default",
    ".type pyaot_heap_size_default,%object",
    "pyaot_heap_size_default:",
    "    .word 0",
    ".size pyaot_heap_size_default, 4",
);

/// Indices into `pyaot_linker_symbols`.
mod linker {
    pub const HEAP_START: usize = 0;
    pub const HEAP_END: usize = 1;
    pub const STACK_BOTTOM: usize = 2;
    pub const STACK_TOP: usize = 3;
    pub const DATA_START: usize = 4;
    pub const DATA_END: usize = 5;
    pub const BSS_START: usize = 6;
    pub const BSS_END: usize = 7;
    /// Not an address: non-zero (`--defsym=__pyaot_gc_stats=1`) asks for the
    /// collector's counters on stderr at exit.
    pub const GC_STATS: usize = 8;
    /// Not an address: the bytes of each generator's stack (0: the default).
    pub const GEN_STACK_SIZE: usize = 9;
}

extern "C" {
    fn pyaot_port_init();
    fn pyaot_port_write(fd: i32, buf: *const u8, len: usize);
    fn pyaot_port_exit(code: i32) -> !;
    fn pyaot_port_clock_ns(clock: i32) -> u64;
    fn pyaot_port_sleep_ns(ns: u64);
    fn pyaot_port_read(buf: *mut u8, len: usize) -> usize;
    /// The linker script's symbols (see `linker`); 0 where the script defines none.
    static pyaot_linker_symbols: [usize; 10];
    static pyaot_heap_size_default: usize;
}

/// The linker script's symbol at `index` (see `linker`), 0 when undefined.
fn linker_symbol(index: usize) -> usize {
    // SAFETY: a word array defined in global_asm above; volatile, so that the
    // compiler never assumes what the linker put there.
    unsafe { core::ptr::read_volatile(&raw const pyaot_linker_symbols[index]) }
}

/// CMSDK APB UART0 of mps2-an386; what it transmits reaches QEMU's stdout.
mod uart0 {
    pub const DATA: *mut u32 = 0x4000_4000 as *mut u32;
    pub const STATE: *const u32 = 0x4000_4004 as *const u32;
    pub const CTRL: *mut u32 = 0x4000_4008 as *mut u32;
    pub const BAUDDIV: *mut u32 = 0x4000_4010 as *mut u32;
    pub const STATE_TX_FULL: u32 = 1 << 0;
    pub const CTRL_TX_ENABLE: u32 = 1 << 0;
}

/// Semihosting operations (ARM's "Semihosting for AArch32 and AArch64").
mod semihosting {
    pub const SYS_WRITEC: usize = 0x03;
    pub const SYS_WRITE0: usize = 0x04;
    pub const SYS_EXIT_EXTENDED: usize = 0x20;
    /// Centiseconds since the program started.
    pub const SYS_CLOCK: usize = 0x10;
    /// Seconds since the Unix epoch (the host's clock).
    pub const SYS_TIME: usize = 0x11;
    pub const SYS_OPEN: usize = 0x01;
    pub const SYS_READ: usize = 0x06;
    /// `ADP_Stopped_ApplicationExit`: the reason SYS_EXIT_EXTENDED reports.
    pub const APPLICATION_EXIT: usize = 0x20026;
}

/// Performs a semihosting call. Without a debugger or QEMU's `-semihosting-config
/// enable=on` the `bkpt` faults instead.
fn semihosting_call(op: usize, arg: usize) -> usize {
    let result;
    // SAFETY: the host reads (never writes) the memory `arg` points to, which the
    // callers keep alive across the call.
    unsafe { asm!("bkpt 0xab", inout("r0") op => result, in("r1") arg, options(nostack)) };
    result
}

/// Default `pyaot_port_init`: enable UART0's transmitter (QEMU also wants a baud
/// divisor of at least 16 before it sends).
#[no_mangle]
extern "C" fn pyaot_default_port_init() {
    // SAFETY: UART0's registers are device memory on this board.
    unsafe {
        write_volatile(uart0::BAUDDIV, 16);
        write_volatile(uart0::CTRL, uart0::CTRL_TX_ENABLE);
    }
}

/// Default `pyaot_port_write`: fd 1 to UART0, anything else to semihosting.
#[no_mangle]
unsafe extern "C" fn pyaot_default_port_write(fd: i32, buf: *const u8, len: usize) {
    // SAFETY: the caller passes a valid buffer.
    let bytes = unsafe { core::slice::from_raw_parts(buf, len) };
    if fd == 1 {
        for &b in bytes {
            // SAFETY: UART0's registers are device memory on this board.
            unsafe {
                while read_volatile(uart0::STATE) & uart0::STATE_TX_FULL != 0 {}
                write_volatile(uart0::DATA, b as u32);
            }
        }
    } else {
        semihosting_write(bytes);
    }
}

/// Writes bytes through SYS_WRITE0 in NUL-terminated chunks; NUL bytes themselves
/// go through SYS_WRITEC, which SYS_WRITE0 cannot carry.
fn semihosting_write(mut bytes: &[u8]) {
    let mut chunk = [0u8; 128];
    while !bytes.is_empty() {
        if bytes[0] == 0 {
            semihosting_call(semihosting::SYS_WRITEC, bytes.as_ptr() as usize);
            bytes = &bytes[1..];
            continue;
        }
        let n = bytes
            .iter()
            .take(chunk.len() - 1)
            .position(|&b| b == 0)
            .unwrap_or(bytes.len().min(chunk.len() - 1));
        chunk[..n].copy_from_slice(&bytes[..n]);
        chunk[n] = 0;
        semihosting_call(semihosting::SYS_WRITE0, chunk.as_ptr() as usize);
        bytes = &bytes[n..];
    }
}

/// Default `pyaot_port_exit`: ask QEMU to exit with `code & 0xff`.
#[no_mangle]
extern "C" fn pyaot_default_port_exit(code: i32) -> ! {
    let block = [semihosting::APPLICATION_EXIT, code as usize];
    semihosting_call(semihosting::SYS_EXIT_EXTENDED, block.as_ptr() as usize);
    // Only reached when no host listens: stop here rather than run off.
    loop {
        // SAFETY: waiting for an interrupt has no other effect.
        unsafe { asm!("wfi") };
    }
}

/// Default `pyaot_port_clock_ns`: semihosting's clocks, the host's time in whole
/// seconds for the wall clock and centiseconds since start for the others.
#[no_mangle]
extern "C" fn pyaot_default_port_clock_ns(clock: i32) -> u64 {
    if clock == 0 {
        semihosting_call(semihosting::SYS_TIME, 0) as u64 * 1_000_000_000
    } else {
        semihosting_call(semihosting::SYS_CLOCK, 0) as u64 * 10_000_000
    }
}

/// Default `pyaot_port_sleep_ns`: waits on the monotonic clock.
#[no_mangle]
extern "C" fn pyaot_default_port_sleep_ns(ns: u64) {
    let end = clock_ns(super::Clock::Monotonic).saturating_add(ns);
    while clock_ns(super::Clock::Monotonic) < end {}
}

/// The semihosting handle of the console for reading (opened once), or -1.
static CONSOLE_IN: Global<isize> = Global::new(0);

/// Default `pyaot_port_read`: semihosting SYS_READ of ":tt", which QEMU connects to
/// its own standard input.
#[no_mangle]
unsafe extern "C" fn pyaot_default_port_read(buf: *mut u8, len: usize) -> usize {
    let mut handle = CONSOLE_IN.with(|h| *h);
    if handle == 0 {
        let name = b":tt\0";
        // SYS_OPEN {name, mode 0 ("r"), length of the name}.
        let block = [name.as_ptr() as usize, 0, 3];
        handle = semihosting_call(semihosting::SYS_OPEN, block.as_ptr() as usize) as isize;
        // Keep 0 for "not opened yet": a failed open is -1, a handle is positive.
        CONSOLE_IN.with(|h| *h = if handle == 0 { -1 } else { handle });
    }
    if handle <= 0 {
        return 0;
    }
    // SYS_READ {handle, buffer, length} returns how many bytes were NOT read.
    let block = [handle as usize, buf as usize, len];
    let left = semihosting_call(semihosting::SYS_READ, block.as_ptr() as usize);
    len.saturating_sub(left)
}

/// `open(2)` flags (unused: there are no files on bare metal).
pub mod oflags {
    pub const RDONLY: i32 = 0;
    pub const WRONLY: i32 = 1;
    pub const RDWR: i32 = 2;
    pub const CREAT: i32 = 0o100;
    pub const EXCL: i32 = 0o200;
    pub const TRUNC: i32 = 0o1000;
    pub const APPEND: i32 = 0o2000;
}

/// No file system: ENOSYS.
const ENOSYS: i32 = 38;

pub fn file_open(_path: &[u8], _flags: i32) -> Result<i32, i32> {
    Err(ENOSYS)
}
pub fn file_read(_fd: i32, _buf: &mut [u8]) -> Result<usize, i32> {
    Err(ENOSYS)
}
pub fn file_write(_fd: i32, _bytes: &[u8]) -> Result<(), i32> {
    Err(ENOSYS)
}
pub fn file_close(_fd: i32) {}
pub fn file_seek(_fd: i32, _offset: i64, _whence: i32) -> Result<i64, i32> {
    Err(ENOSYS)
}
pub fn file_truncate(_fd: i32, _length: i64) -> Result<(), i32> {
    Err(ENOSYS)
}
pub fn file_isatty(_fd: i32) -> bool {
    false
}
pub fn file_is_dir(_fd: i32) -> bool {
    false
}
pub fn strerror(errnum: i32) -> &'static str {
    if errnum == ENOSYS {
        "Function not implemented"
    } else {
        "Unknown error"
    }
}

/// Reads standard input through the (possibly overridden) hook; 0 at its end.
pub fn read_stdin(buf: &mut [u8]) -> usize {
    // SAFETY: a valid buffer.
    unsafe { pyaot_port_read(buf.as_mut_ptr(), buf.len()) }
}

/// Nanoseconds on `clock`, through the (possibly overridden) hook.
pub fn clock_ns(clock: super::Clock) -> u64 {
    // SAFETY: a plain call of the hook.
    unsafe { pyaot_port_clock_ns(clock as i32) }
}

/// Waits `ns` nanoseconds, through the (possibly overridden) hook.
pub fn sleep_ns(ns: u64) {
    // SAFETY: a plain call of the hook.
    unsafe { pyaot_port_sleep_ns(ns) }
}

/// Prepares the devices, through the (possibly overridden) hook.
pub fn init() {
    // SAFETY: the hook takes no arguments.
    unsafe { pyaot_port_init() }
}

/// Writes to UART0 at once: there is no buffer to flush.
pub fn write_stdout(bytes: &[u8]) {
    // SAFETY: a valid slice.
    unsafe { pyaot_port_write(1, bytes.as_ptr(), bytes.len()) }
}

/// Writes to the semihosting console at once.
pub fn write_stderr(bytes: &[u8]) {
    // SAFETY: a valid slice.
    unsafe { pyaot_port_write(2, bytes.as_ptr(), bytes.len()) }
}

/// Nothing is buffered on bare metal.
pub fn flush_stdout() {}

/// Ends the program through the exit hook.
pub fn exit(code: i32) -> ! {
    // SAFETY: the hook does not return.
    unsafe { pyaot_port_exit(code) }
}

/// RAM is not cleared at reset on real hardware, so the heap zeroes what it hands out.
pub const HEAP_IS_ZEROED: bool = false;

/// The heap is one region: the chunk size does not apply.
pub const CHUNK_SIZE: usize = 0;

/// The one region (a second entry costs nothing and keeps the heap's code general).
pub const MAX_CHUNKS: usize = 2;

/// The region cannot grow, so the heap collects whenever it is full.
pub const GC_MIN_HEAP: usize = 0;

/// Entries of the collector's mark stack, in RAM (it recovers from overflow by
/// rescanning the heap).
pub const MARK_STACK_ENTRIES: usize = 128;

/// Generators' stacks are heap blocks (`gen::stack`): the heap is the board's one
/// large region, and the collector frees a dropped generator's stack with it.
pub const GEN_STACKS_IN_HEAP: bool = true;

/// Bytes of each generator's stack unless the link sets `__pyaot_gen_stack_size`:
/// room for about 390 compiled frames, against CPython's recursion limit of 1000, so
/// deep recursion inside a generator raises RecursionError sooner than on the host.
const GEN_STACK_DEFAULT: usize = 32 << 10;

/// The smallest generator stack `__pyaot_gen_stack_size` may ask for.
const GEN_STACK_MIN: usize = 8 << 10;

/// Bytes of each generator's stack: `__pyaot_gen_stack_size` (at least 8 KiB,
/// rounded down to 8 bytes) if the link defines it, else 32 KiB.
pub fn gen_stack_size() -> usize {
    match linker_symbol(linker::GEN_STACK_SIZE) {
        0 => GEN_STACK_DEFAULT,
        n => n.max(GEN_STACK_MIN) & !7,
    }
}

/// Bytes of a generator's stack kept below `pyaot_stack_limit` for the runtime's own
/// frames (raising, collecting): a quarter of it, at most 8 KiB.
pub fn gen_stack_margin() -> usize {
    (gen_stack_size() / 4).min(8 << 10)
}

/// Stacks come from the heap here (`GEN_STACKS_IN_HEAP`).
pub fn map_stack(_size: usize) -> Option<usize> {
    None
}

/// Stacks come from the heap here (`GEN_STACKS_IN_HEAP`).
pub fn unmap_stack(_base: usize, _size: usize) {}

/// The heap region: set by `pyaot_heap_init`, else the linker script's; handed to the
/// heap once (`taken`).
struct Region {
    start: usize,
    end: usize,
    taken: bool,
}

static REGION: Global<Region> = Global::new(Region {
    start: 0,
    end: 0,
    taken: false,
});

/// Gives the runtime the memory `[start, start + size)` for its heap, instead of the
/// linker script's `__pyaot_heap_start`..`__pyaot_heap_end`. For C programs on other
/// boards; call it before `pyaot_main` or any other runtime function.
#[no_mangle]
pub extern "C" fn pyaot_heap_init(start: *mut u8, size: usize) {
    REGION.with(|r| {
        r.start = start as usize;
        r.end = (start as usize).saturating_add(size);
    })
}

/// The whole heap region on the first call, if it holds `min_size` bytes; then never
/// anything more. The region is `pyaot_heap_init`'s or the linker script's, cut down
/// to `pyaot_heap_size_default` bytes when that is set.
pub fn grow_heap(min_size: usize, _preferred: usize) -> Option<(*mut u8, usize)> {
    REGION.with(|r| {
        if r.taken {
            return None;
        }
        if r.start == 0 {
            r.start = linker_symbol(linker::HEAP_START);
            r.end = linker_symbol(linker::HEAP_END);
        }
        let mut size = r.end.saturating_sub(r.start);
        // SAFETY: a word defined above (or by the program).
        let cap = unsafe { core::ptr::read_volatile(&raw const pyaot_heap_size_default) };
        if cap != 0 {
            size = size.min(cap);
        }
        if r.start == 0 || size < min_size {
            return None;
        }
        r.taken = true;
        Some((r.start as *mut u8, size))
    })
}

/// The program's .data and .bss: the collector's roots besides the stack.
pub fn static_roots() -> [(usize, usize); 4] {
    [
        (
            linker_symbol(linker::DATA_START),
            linker_symbol(linker::DATA_END),
        ),
        (
            linker_symbol(linker::BSS_START),
            linker_symbol(linker::BSS_END),
        ),
        (0, 0),
        (0, 0),
    ]
}

/// Whether the link defined `__pyaot_gc_stats` as non-zero (there is no environment
/// on bare metal): the program then reports the collector's counters on stderr.
pub fn gc_stats_requested() -> bool {
    linker_symbol(linker::GC_STATS) != 0
}

/// The stack's region from the linker script, `(__pyaot_stack_bottom,
/// __pyaot_stack_top)`; zeros where it defines none.
pub fn stack_bounds() -> (usize, usize) {
    (
        linker_symbol(linker::STACK_BOTTOM),
        linker_symbol(linker::STACK_TOP),
    )
}

/// The linker script's `__pyaot_stack_top`, for a collection outside `pyaot_main`.
pub fn stack_top_fallback() -> usize {
    linker_symbol(linker::STACK_TOP)
}

/// The lowest stack address compiled code may use: `margin` above the linker script's
/// `__pyaot_stack_bottom`, or 0 (no check) when the script defines none.
pub fn initial_stack_limit(
    _sp: usize,
    _argc: i32,
    _argv: *const *const u8,
    margin: usize,
) -> usize {
    match linker_symbol(linker::STACK_BOTTOM) {
        0 => 0,
        bottom => bottom + margin,
    }
}
