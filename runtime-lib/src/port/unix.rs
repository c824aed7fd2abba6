//! The host port (x86-64 Linux): libc, which is always there because `cc` links the
//! program.
//!
//! stdout is buffered the way CPython's is, so output interleaves with stderr the same
//! way: line-buffered when fd 1 is a terminal, else written in 8 KiB blocks; flushed
//! by `pyaot_main` on return and by an `atexit` handler (so a C program that calls
//! compiled code directly loses nothing either). stderr is unbuffered.

use super::Global;

mod libc {
    //! The few libc declarations the port needs (x86-64 Linux, glibc or musl).

    /// `struct rlimit`.
    #[repr(C)]
    pub struct Rlimit {
        pub cur: u64,
        pub max: u64,
    }
    pub const RLIMIT_STACK: i32 = 3;
    pub const RLIM_INFINITY: u64 = u64::MAX;
    pub const EINTR: i32 = 4;
    pub const PROT_READ_WRITE: i32 = 0x1 | 0x2;
    pub const MAP_PRIVATE_ANONYMOUS_NORESERVE: i32 = 0x02 | 0x20 | 0x4000;
    pub const MAP_FAILED: *mut u8 = !0usize as *mut u8;

    extern "C" {
        pub fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        pub fn isatty(fd: i32) -> i32;
        pub fn exit(code: i32) -> !;
        pub fn atexit(f: extern "C" fn()) -> i32;
        pub fn getenv(name: *const u8) -> *const u8;
        pub fn getrlimit(resource: i32, rlim: *mut Rlimit) -> i32;
        pub fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
            -> *mut u8;
        pub fn __errno_location() -> *mut i32;
        pub static environ: *const *const u8;
    }
}

/// Size of stdout's buffer when it is not a terminal (CPython uses 8 KiB too).
const STDOUT_BUFFER: usize = 8192;

/// How stdout is buffered; decided on the first write, when `isatty` can be asked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Undecided,
    Line,
    Block,
}

struct Stdout {
    mode: Mode,
    len: usize,
    buf: [u8; STDOUT_BUFFER],
}

static STDOUT: Global<Stdout> = Global::new(Stdout {
    mode: Mode::Undecided,
    len: 0,
    buf: [0; STDOUT_BUFFER],
});

/// Writes all of `bytes` to `fd`, retrying after EINTR and partial writes. Other
/// errors (a closed pipe, a full disk) drop the rest: there is nowhere to report them.
fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a valid slice for the duration of the call.
        let n = unsafe { libc::write(fd, bytes.as_ptr(), bytes.len()) };
        if n < 0 {
            // SAFETY: errno is thread-local and always valid to read.
            if unsafe { *libc::__errno_location() } == libc::EINTR {
                continue;
            }
            return;
        }
        bytes = &bytes[n as usize..];
    }
}

extern "C" fn flush_at_exit() {
    flush_stdout();
}

/// Buffers `bytes` for stdout; see the module docs for when it reaches fd 1.
pub fn write_stdout(bytes: &[u8]) {
    STDOUT.with(|out| {
        if out.mode == Mode::Undecided {
            // SAFETY: plain libc calls; `flush_at_exit` lives for the whole program.
            let tty = unsafe { libc::isatty(1) } == 1;
            out.mode = if tty { Mode::Line } else { Mode::Block };
            unsafe { libc::atexit(flush_at_exit) };
        }
        if out.len + bytes.len() > out.buf.len() {
            write_all(1, &out.buf[..out.len]);
            out.len = 0;
        }
        if bytes.len() > out.buf.len() {
            write_all(1, bytes);
        } else {
            out.buf[out.len..out.len + bytes.len()].copy_from_slice(bytes);
            out.len += bytes.len();
        }
        // CPython's line buffering flushes the whole buffer when a write holds '\n'.
        if out.mode == Mode::Line && bytes.contains(&b'\n') {
            write_all(1, &out.buf[..out.len]);
            out.len = 0;
        }
    })
}

/// Writes `bytes` to fd 2 at once.
pub fn write_stderr(bytes: &[u8]) {
    write_all(2, bytes)
}

/// Writes out stdout's buffer.
pub fn flush_stdout() {
    STDOUT.with(|out| {
        write_all(1, &out.buf[..out.len]);
        out.len = 0;
    })
}

/// Ends the process through libc's `exit`, which runs `atexit` handlers (ours flushes
/// stdout; a C host program's flush its stdio).
pub fn exit(code: i32) -> ! {
    // SAFETY: libc exit never returns.
    unsafe { libc::exit(code) }
}

/// Fresh mappings are zero-filled by the kernel.
pub const HEAP_IS_ZEROED: bool = true;

/// Default for the most memory the heap may map, when `PYAOT_HEAP_LIMIT` is unset.
const DEFAULT_HEAP_LIMIT: usize = 4 << 30;

/// Bytes mapped for the heap so far and the limit (0 until read from the environment).
static HEAP_MAPPED: Global<(usize, usize)> = Global::new((0, 0));

/// The heap limit: `PYAOT_HEAP_LIMIT` (decimal bytes) or 4 GiB.
fn heap_limit() -> usize {
    // SAFETY: the name is NUL-terminated; getenv's result is a NUL-terminated string.
    let value = unsafe { libc::getenv(c"PYAOT_HEAP_LIMIT".as_ptr().cast()) };
    if value.is_null() {
        return DEFAULT_HEAP_LIMIT;
    }
    let mut limit: usize = 0;
    let mut p = value;
    loop {
        // SAFETY: `p` stays within the string: the loop stops at its NUL.
        let c = unsafe { *p };
        match c {
            b'0'..=b'9' => {
                limit = limit.saturating_mul(10).saturating_add((c - b'0') as usize);
            }
            0 => return limit,
            _ => return DEFAULT_HEAP_LIMIT,
        }
        p = unsafe { p.add(1) };
    }
}

/// Size of the chunks the heap grows by; larger requests get a chunk of their own.
const CHUNK_SIZE: usize = 4 << 20;

/// Maps a new chunk for the heap, of `CHUNK_SIZE` bytes or `min_size` rounded up to
/// pages if more (less when only that much is left under the limit): its base and
/// size, or `None` when the limit or the OS says no.
pub fn grow_heap(min_size: usize) -> Option<(*mut u8, usize)> {
    const PAGE: usize = 4096;
    let min_size = min_size.checked_add(PAGE - 1)? & !(PAGE - 1);
    HEAP_MAPPED.with(|(mapped, limit)| {
        if *limit == 0 {
            *limit = heap_limit();
        }
        let left = (*limit).saturating_sub(*mapped) & !(PAGE - 1);
        if min_size > left {
            return None;
        }
        let size = min_size.max(CHUNK_SIZE.min(left));
        // SAFETY: an anonymous private mapping touches no existing memory. NORESERVE:
        // pages cost nothing until the bump pointer reaches them.
        let base = unsafe {
            libc::mmap(
                core::ptr::null_mut(),
                size,
                libc::PROT_READ_WRITE,
                libc::MAP_PRIVATE_ANONYMOUS_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return None;
        }
        *mapped += size;
        Some((base, size))
    })
}

/// Most stack compiled code may use, whatever RLIMIT_STACK says: an unlimited stack
/// would otherwise let recursion run into other mappings.
const MAX_STACK: usize = 256 << 20;

/// The lowest stack address compiled code may use, `margin` bytes above the end of
/// the stack RLIMIT_STACK allows, given the caller's stack pointer and `argv`.
///
/// The kernel counts the limit from the top of the stack mapping, which lies above
/// `sp` by the frames of libc's start-up and by the argument and environment strings
/// (those can be large), so the top is estimated as the end of the highest of them.
pub fn initial_stack_limit(sp: usize, argc: i32, argv: *const *const u8, margin: usize) -> usize {
    let mut top = sp;
    let mut note_strings = |mut list: *const *const u8, max: usize| {
        for _ in 0..max {
            // SAFETY: argv has argc entries and environ ends with a null pointer, as
            // the C runtime passes them.
            let s = unsafe { *list };
            if s.is_null() {
                break;
            }
            let mut end = s;
            // SAFETY: each entry is a NUL-terminated string.
            while unsafe { *end } != 0 {
                end = unsafe { end.add(1) };
            }
            top = top.max(end as usize + 1);
            list = unsafe { list.add(1) };
        }
    };
    if !argv.is_null() {
        note_strings(argv, argc.max(0) as usize);
    }
    // SAFETY: reading libc's `environ` pointer.
    let env = unsafe { libc::environ };
    if !env.is_null() {
        note_strings(env, usize::MAX);
    }
    let mut rlim = libc::Rlimit { cur: 0, max: 0 };
    // SAFETY: `rlim` is a valid out-parameter.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rlim) } == 0;
    let size = if !ok || rlim.cur == libc::RLIM_INFINITY {
        MAX_STACK
    } else {
        (rlim.cur as usize).min(MAX_STACK)
    };
    // Round the top up to the page the strings end in: the mapping ends there or later.
    let top = (top + 4095) & !4095;
    top.saturating_sub(size).saturating_add(margin).min(sp)
}

/// Nothing to prepare: file descriptors 1 and 2 are open.
pub fn init() {}
