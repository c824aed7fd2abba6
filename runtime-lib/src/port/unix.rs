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
    pub const CLOCK_REALTIME: i32 = 0;
    pub const CLOCK_MONOTONIC: i32 = 1;
    pub const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

    /// `struct timespec`.
    #[repr(C)]
    pub struct Timespec {
        pub tv_sec: i64,
        pub tv_nsec: i64,
    }

    extern "C" {
        pub fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        pub fn read(fd: i32, buf: *mut u8, count: usize) -> isize;
        pub fn open(path: *const u8, flags: i32, mode: u32) -> i32;
        pub fn close(fd: i32) -> i32;
        pub fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
        pub fn strerror(errnum: i32) -> *const u8;
        pub fn fstat(fd: i32, buf: *mut u8) -> i32;
        pub fn nanosleep(req: *const Timespec, rem: *mut Timespec) -> i32;
        pub fn write(fd: i32, buf: *const u8, count: usize) -> isize;
        pub fn isatty(fd: i32) -> i32;
        pub fn ftruncate(fd: i32, length: i64) -> i32;
        pub fn exit(code: i32) -> !;
        pub fn atexit(f: extern "C" fn()) -> i32;
        pub fn getenv(name: *const u8) -> *const u8;
        pub fn getrlimit(resource: i32, rlim: *mut Rlimit) -> i32;
        pub fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64)
            -> *mut u8;
        pub fn munmap(addr: *mut u8, len: usize) -> i32;
        pub fn __errno_location() -> *mut i32;
        pub static environ: *const *const u8;
        pub fn dl_iterate_phdr(
            callback: extern "C" fn(*const DlPhdrInfo, usize, *mut u8) -> i32,
            data: *mut u8,
        ) -> i32;
    }

    /// `Elf64_Phdr`.
    #[repr(C)]
    pub struct Phdr {
        pub p_type: u32,
        pub p_flags: u32,
        pub p_offset: u64,
        pub p_vaddr: u64,
        pub p_paddr: u64,
        pub p_filesz: u64,
        pub p_memsz: u64,
        pub p_align: u64,
    }

    /// The start of `struct dl_phdr_info` (the fields after these are not read).
    #[repr(C)]
    pub struct DlPhdrInfo {
        pub addr: u64,
        pub name: *const u8,
        pub phdr: *const Phdr,
        pub phnum: u16,
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

/// `open(2)` flags of a Python file mode.
pub mod oflags {
    pub const RDONLY: i32 = 0;
    pub const WRONLY: i32 = 1;
    pub const RDWR: i32 = 2;
    pub const CREAT: i32 = 0o100;
    pub const EXCL: i32 = 0o200;
    pub const TRUNC: i32 = 0o1000;
    pub const APPEND: i32 = 0o2000;
    pub const CLOEXEC: i32 = 0o2000000;
}

fn errno() -> i32 {
    // SAFETY: reading errno.
    unsafe { *libc::__errno_location() }
}

/// Opens `path` (NUL-terminated) with `open(2)` flags: the fd, or Err(errno).
pub fn file_open(path: &[u8], flags: i32) -> Result<i32, i32> {
    loop {
        // SAFETY: `path` ends with a NUL byte.
        let fd = unsafe { libc::open(path.as_ptr(), flags | oflags::CLOEXEC, 0o666) };
        if fd >= 0 {
            return Ok(fd);
        }
        if errno() != libc::EINTR {
            return Err(errno());
        }
    }
}

/// Reads from `fd`: the count (0 at the end), or Err(errno).
pub fn file_read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: a valid buffer.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        if errno() != libc::EINTR {
            return Err(errno());
        }
    }
}

/// Writes all of `bytes` to `fd`, or Err(errno).
pub fn file_write(fd: i32, mut bytes: &[u8]) -> Result<(), i32> {
    while !bytes.is_empty() {
        // SAFETY: a valid slice.
        let n = unsafe { libc::write(fd, bytes.as_ptr(), bytes.len()) };
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(errno());
        }
        bytes = &bytes[n as usize..];
    }
    Ok(())
}

/// Closes `fd`.
pub fn file_close(fd: i32) {
    // SAFETY: closing a descriptor this runtime opened.
    unsafe { libc::close(fd) };
}

/// `lseek(2)`: the new offset, or Err(errno).
pub fn file_seek(fd: i32, offset: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: a plain system call.
    let r = unsafe { libc::lseek(fd, offset, whence) };
    if r < 0 {
        Err(errno())
    } else {
        Ok(r)
    }
}

/// `ftruncate(2)`: the file's size becomes `length`; Err(errno) on failure.
pub fn file_truncate(fd: i32, length: i64) -> Result<(), i32> {
    loop {
        // SAFETY: a plain system call.
        if unsafe { libc::ftruncate(fd, length) } == 0 {
            return Ok(());
        }
        if errno() != libc::EINTR {
            return Err(errno());
        }
    }
}

/// Whether `fd` is a terminal (`isatty(3)`).
pub fn file_isatty(fd: i32) -> bool {
    // SAFETY: a plain library call.
    unsafe { libc::isatty(fd) == 1 }
}

/// Whether `fd` is a directory (reading one fails with EISDIR, as CPython reports
/// at open time).
pub fn file_is_dir(fd: i32) -> bool {
    // struct stat on x86-64 Linux is 144 bytes; st_mode is the u32 at offset 24.
    let mut st = [0u8; 144];
    // SAFETY: a buffer the size of struct stat.
    if unsafe { libc::fstat(fd, st.as_mut_ptr()) } != 0 {
        return false;
    }
    let mode = u32::from_le_bytes([st[24], st[25], st[26], st[27]]);
    mode & 0o170000 == 0o040000
}

/// The C library's message for `errno`.
pub fn strerror(errnum: i32) -> &'static str {
    // SAFETY: strerror returns a NUL-terminated static (or thread-local) string.
    unsafe {
        let p = libc::strerror(errnum);
        let mut n = 0;
        while *p.add(n) != 0 {
            n += 1;
        }
        core::str::from_utf8(core::slice::from_raw_parts(p, n)).unwrap_or("Unknown error")
    }
}

/// Reads standard input, retrying after EINTR; 0 at its end or on an error.
pub fn read_stdin(buf: &mut [u8]) -> usize {
    loop {
        // SAFETY: a valid buffer of `buf.len()` bytes.
        let n = unsafe { libc::read(0, buf.as_mut_ptr(), buf.len()) };
        if n >= 0 {
            return n as usize;
        }
        // SAFETY: reading errno.
        if unsafe { *libc::__errno_location() } != libc::EINTR {
            return 0;
        }
    }
}

/// Nanoseconds on `clock` (clock_gettime).
pub fn clock_ns(clock: super::Clock) -> u64 {
    let id = match clock {
        super::Clock::Realtime => libc::CLOCK_REALTIME,
        super::Clock::Monotonic => libc::CLOCK_MONOTONIC,
        super::Clock::Process => libc::CLOCK_PROCESS_CPUTIME_ID,
    };
    let mut ts = libc::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid timespec to fill.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Sleeps `ns` nanoseconds, resuming after signals until the time has passed.
pub fn sleep_ns(ns: u64) {
    let mut ts = libc::Timespec {
        tv_sec: (ns / 1_000_000_000) as i64,
        tv_nsec: (ns % 1_000_000_000) as i64,
    };
    loop {
        let mut rest = libc::Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: valid timespecs.
        if unsafe { libc::nanosleep(&ts, &mut rest) } == 0 {
            return;
        }
        // SAFETY: reading errno.
        if unsafe { *libc::__errno_location() } != libc::EINTR {
            return;
        }
        ts = rest;
    }
}

/// Ends the process through libc's `exit`, which runs `atexit` handlers (ours flushes
/// stdout; a C host program's flush its stdio).
pub fn exit(code: i32) -> ! {
    // SAFETY: libc exit never returns.
    unsafe { libc::exit(code) }
}

/// Fresh mappings are zero-filled by the kernel.
pub const HEAP_IS_ZEROED: bool = true;

/// Default for the most memory the heap may map, when neither `PYAOT_HEAP_LIMIT` nor
/// the compiled-in `pyaot_heap_size_default` says otherwise.
const DEFAULT_HEAP_LIMIT: usize = 4 << 30;

/// Size of the chunks the heap grows by (it asks for more once it is large, and a
/// large block gets a chunk big enough for it).
pub const CHUNK_SIZE: usize = 4 << 20;

/// Most chunks the heap keeps track of: growing by half the heap at a time, 64 chunks
/// reach far beyond any limit.
pub const MAX_CHUNKS: usize = 64;

/// The heap grows without collecting up to this size: below it a collection would
/// cost more than the memory it saves.
pub const GC_MIN_HEAP: usize = 8 << 20;

/// Entries of the collector's mark stack (it recovers from overflow by rescanning).
pub const MARK_STACK_ENTRIES: usize = 16 << 10;

// `pyaot_heap_size_default`: the heap limit in bytes compiled into the program (0:
// none). Weak, so that the compiler (`--heap-size`) or a C program can define it.
core::arch::global_asm!(
    ".section .rodata.pyaot_heap_size_default,\"a\",@progbits",
    ".p2align 3",
    ".weak pyaot_heap_size_default",
    ".type pyaot_heap_size_default,@object",
    "pyaot_heap_size_default:",
    "    .quad 0",
    ".size pyaot_heap_size_default, 8",
);

extern "C" {
    static pyaot_heap_size_default: usize;
}

/// Bytes mapped for the heap so far and the limit (0 until first needed).
static HEAP_MAPPED: Global<(usize, usize)> = Global::new((0, 0));

/// The heap limit: `PYAOT_HEAP_LIMIT` if set and valid, else the compiled-in
/// `pyaot_heap_size_default` if not 0, else 4 GiB.
fn heap_limit() -> usize {
    // SAFETY: the name is NUL-terminated; getenv's result is a NUL-terminated string.
    let value = unsafe { libc::getenv(c"PYAOT_HEAP_LIMIT".as_ptr().cast()) };
    if !value.is_null() {
        // SAFETY: a NUL-terminated string from the environment.
        let text = unsafe { core::ffi::CStr::from_ptr(value.cast()) }.to_bytes();
        if let Some(limit) = super::parse_size(text) {
            return limit;
        }
    }
    // SAFETY: a word defined above (or by the program).
    match unsafe { core::ptr::read_volatile(&raw const pyaot_heap_size_default) } {
        0 => DEFAULT_HEAP_LIMIT,
        n => n,
    }
}

/// Maps a new chunk for the heap of `preferred` bytes (rounded up to pages), or less
/// when only that much is left under the limit, but never less than `min_size`: its
/// base and size, or `None` when the limit or the OS says no.
pub fn grow_heap(min_size: usize, preferred: usize) -> Option<(*mut u8, usize)> {
    const PAGE: usize = 4096;
    let min_size = min_size.checked_add(PAGE - 1)? & !(PAGE - 1);
    let preferred = preferred
        .checked_add(PAGE - 1)
        .map_or(usize::MAX, |p| p & !(PAGE - 1));
    HEAP_MAPPED.with(|(mapped, limit)| {
        if *limit == 0 {
            *limit = heap_limit().max(1);
        }
        let left = (*limit).saturating_sub(*mapped) & !(PAGE - 1);
        if min_size > left {
            return None;
        }
        let size = min_size.max(preferred.min(left));
        // SAFETY: an anonymous private mapping touches no existing memory. NORESERVE:
        // pages cost nothing until the heap writes to them.
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

/// Generators' stacks are mapped from the OS (`map_stack`), outside the heap and its
/// limit.
pub const GEN_STACKS_IN_HEAP: bool = false;

/// Bytes of each generator's stack: address space only, pages are touched as deep
/// as the generator's frames go. Enough for CPython's recursion limit inside a
/// generator.
pub fn gen_stack_size() -> usize {
    1 << 20
}

/// Bytes of a generator's stack kept below `pyaot_stack_limit` for the runtime's own
/// frames (raising, collecting, formatting).
pub fn gen_stack_margin() -> usize {
    128 << 10
}

/// Maps a generator's stack of `size` bytes (page-aligned): its lowest address.
pub fn map_stack(size: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping touches no existing memory.
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
    (base != libc::MAP_FAILED).then_some(base as usize)
}

/// Unmaps a stack `map_stack` returned.
pub fn unmap_stack(base: usize, size: usize) {
    // SAFETY: the caller owns the mapping and nothing refers to it any more.
    unsafe { libc::munmap(base as *mut u8, size) };
}

/// The writable segments of the executable (.data, .bss and the relocated
/// read-only data before them), found once through `dl_iterate_phdr`.
static STATIC_ROOTS: Global<Option<[(usize, usize); 4]>> = Global::new(None);

/// The program's writable static data, where compiled modules keep their globals
/// and the runtime its statics: the collector's roots besides the stack.
pub fn static_roots() -> [(usize, usize); 4] {
    STATIC_ROOTS.with(|roots| {
        *roots.get_or_insert_with(|| {
            let mut found = [(0usize, 0usize); 4];
            // SAFETY: the callback only reads the headers libc passes it.
            unsafe { libc::dl_iterate_phdr(note_writable_segments, (&raw mut found).cast()) };
            found
        })
    })
}

/// `dl_iterate_phdr` callback: records the first object's (the executable's)
/// writable PT_LOAD segments, then stops the iteration.
extern "C" fn note_writable_segments(
    info: *const libc::DlPhdrInfo,
    _size: usize,
    data: *mut u8,
) -> i32 {
    const PT_LOAD: u32 = 1;
    const PF_W: u32 = 2;
    // SAFETY: libc passes a valid info; `data` is the array `static_roots` passed.
    let (info, found) = unsafe { (&*info, &mut *(data as *mut [(usize, usize); 4])) };
    let mut n = 0;
    for i in 0..info.phnum as usize {
        // SAFETY: `phdr` has `phnum` entries.
        let ph = unsafe { &*info.phdr.add(i) };
        if ph.p_type == PT_LOAD && ph.p_flags & PF_W != 0 && n < found.len() {
            let lo = info.addr as usize + ph.p_vaddr as usize;
            found[n] = (lo, lo + ph.p_memsz as usize);
            n += 1;
        }
    }
    1
}

/// Whether `PYAOT_GC_STATS` is set (to anything but empty or `0`): the program then
/// reports the collector's counters on stderr when it ends.
pub fn gc_stats_requested() -> bool {
    // SAFETY: the name is NUL-terminated; getenv's result is a NUL-terminated string.
    let value = unsafe { libc::getenv(c"PYAOT_GC_STATS".as_ptr().cast()) };
    // SAFETY: a non-null result points to at least its NUL.
    !value.is_null() && !matches!(unsafe { *value }, 0 | b'0')
}

/// The stack's region is not known exactly on the host: `(0, 0)`.
pub fn stack_bounds() -> (usize, usize) {
    (0, 0)
}

/// The top of the main thread's stack, estimated as in `initial_stack_limit`, for
/// a collection that runs outside `pyaot_main`.
pub fn stack_top_fallback() -> usize {
    let here = 0u8;
    let sp = core::hint::black_box(&here) as *const u8 as usize;
    let (argc, argv) = crate::entry::args();
    stack_top(sp, argc, argv)
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
    let top = stack_top(sp, argc, argv);
    let mut rlim = libc::Rlimit { cur: 0, max: 0 };
    // SAFETY: `rlim` is a valid out-parameter.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rlim) } == 0;
    let size = if !ok || rlim.cur == libc::RLIM_INFINITY {
        MAX_STACK
    } else {
        (rlim.cur as usize).min(MAX_STACK)
    };
    top.saturating_sub(size).saturating_add(margin).min(sp)
}

/// The top of the stack mapping, estimated from `sp`: the end of the highest argument
/// or environment string, rounded up to its page (the mapping ends there or later).
fn stack_top(sp: usize, argc: i32, argv: *const *const u8) -> usize {
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
    (top + 4095) & !4095
}

/// Nothing to prepare: file descriptors 1 and 2 are open.
pub fn init() {}
