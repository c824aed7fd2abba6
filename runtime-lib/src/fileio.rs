//! `open()` and text files (`_io.TextIOWrapper`): UTF-8, universal newlines on
//! reading, buffered writes, `read`/`readline`/`readlines`/iteration, `write`/
//! `writelines`, `seek`/`tell`, `close` and the `with` protocol, with CPython's
//! errors (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`,
//! `ValueError: I/O operation on closed file.`). Files are the host's; on bare metal
//! `open` fails with ENOSYS. Binary files (`_io.Buffered*`) share the object layout,
//! the buffers and `open`; their methods are in `fileio_bin.rs`.
//!
//! Files still open at exit are flushed, as CPython's finalizers do.

use crate::exc;
use crate::object::{self, alloc_obj, is_type, none, type_of, Header, Obj, TypeObject};
use crate::port::files;
use crate::port::Global;
use crate::{int, list, str as pystr, tuple};
use pyaot_abi::{tag_int, ITER_DONE};

/// A text file.
pub static TYPE_TEXT_FILE: TypeObject = TypeObject {
    repr: Some(file_repr),
    iter: Some(file_iter),
    next: Some(file_next),
    methods: Some(&crate::methods::FILE_METHODS),
    ..TypeObject::new("TextIOWrapper", Some(&object::TYPE_OBJECT))
};

/// The size of the read and write buffers.
pub(crate) const BUF: usize = 8192;

/// `[type][fd][flags][name][mode][rbuf][rstart][rend][wbuf][wlen]`, for text and
/// binary files alike.
#[repr(C)]
pub(crate) struct File {
    header: Header,
    /// -1 once closed.
    pub(crate) fd: isize,
    pub(crate) flags: usize,
    pub(crate) name: Obj,
    /// The mode as given (text) or as CPython normalises it (binary: `rb+`).
    pub(crate) mode: Obj,
    /// Read buffer (a noscan block of BUF bytes, or null) and its unread part.
    rbuf: *mut u8,
    rstart: usize,
    rend: usize,
    /// Write buffer and its length.
    wbuf: *mut u8,
    wlen: usize,
}

/// `flags`: opened for reading.
pub(crate) const READABLE: usize = 1;
/// `flags`: opened for writing.
pub(crate) const WRITABLE: usize = 2;
const APPENDING: usize = 4;
const CREATING: usize = 8;
const PLUS: usize = 16;
/// `flags`: a binary file.
pub(crate) const BINARY: usize = 32;

pub(crate) fn file<'a>(f: Obj) -> &'a mut File {
    // SAFETY: only called on file objects.
    unsafe { &mut *(f as *mut File) }
}

/// Whether `o` is a file object (text or binary).
pub fn is_file(o: Obj) -> bool {
    o & 1 == 0 && (is_type(o, &TYPE_TEXT_FILE) || crate::fileio_bin::is_binary(o))
}

/// Open files, so that exit can flush them (a list the collector scans).
static OPEN_FILES: Global<Obj> = Global::new(0);

pub(crate) fn raise_errno(errno: i32, filename: Obj) -> Obj {
    crate::exc_types::raise_os_error(errno as isize, files::strerror(errno), filename)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_open(args: *const Obj, n: usize) -> Obj {
    let a = tuple::word_slice(args, n);
    let Some(&name) = a.first() else {
        return exc::type_error(format_args!(
            "open() missing required argument 'file' (pos 1)"
        ));
    };
    let mut slots = [0 as Obj; 6];
    for (s, &v) in slots.iter_mut().zip(a) {
        *s = v;
    }
    if a.len() > 8 {
        return exc::type_error(format_args!("open() takes at most 8 arguments ({n} given)"));
    }
    slots[0] = name;
    open(slots)
}

/// `open` with keywords (`mode=`, `encoding=`, `newline=`, `errors=`).
#[no_mangle]
pub extern "C" fn pyaot_builtin_open_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, names, vals) = crate::iterbuiltins::split_kw(a, n, kwnames);
    let mut slots = [0 as Obj; 6];
    if pos.len() > slots.len() {
        return exc::type_error(format_args!(
            "open() takes at most 8 arguments ({} given)",
            n
        ));
    }
    slots[..pos.len()].copy_from_slice(pos);
    const PARAMS: [&str; 6] = ["file", "mode", "buffering", "encoding", "errors", "newline"];
    for (&k, &v) in names.iter().zip(vals) {
        match PARAMS.iter().position(|p| *p == pystr::as_str(k)) {
            Some(i) => slots[i] = v,
            None => return crate::builtins_kw::invalid_kw("open", k),
        }
    }
    if slots[0] == 0 {
        return exc::type_error(format_args!(
            "open() missing required argument 'file' (pos 1)"
        ));
    }
    open(slots)
}

/// Whether an optional argument of `open` was given (and is not None).
fn given(o: Obj) -> bool {
    o != 0 && o != none()
}

/// `open(file, mode, buffering, encoding, errors, newline)` (0: not given).
fn open(slots: [Obj; 6]) -> Obj {
    let [name, mode, _, encoding, errors, newline] = slots;
    if !pystr::is_str(name) {
        return exc::type_error(format_args!(
            "expected str, bytes or os.PathLike object, not {}",
            type_of(name).name
        ));
    }
    let mode = if mode == 0 {
        pystr::from_str("r")
    } else {
        mode
    };
    if mode == 0 {
        return 0;
    }
    if !pystr::is_str(mode) {
        return exc::type_error(format_args!(
            "open() argument 'mode' must be str, not {}",
            type_of(mode).name
        ));
    }
    let Some((oflags, flags)) = parse_mode(pystr::as_str(mode)) else {
        return 0;
    };
    if flags & BINARY != 0 {
        for (v, what) in [
            (encoding, "an encoding"),
            (errors, "an errors"),
            (newline, "a newline"),
        ] {
            if given(v) {
                return exc::value_error(format_args!("binary mode doesn't take {what} argument"));
            }
        }
    } else if given(newline) {
        return exc::value_error(format_args!(
            "open(): newline= is not supported by pyaot yet"
        ));
    }
    if given(encoding) {
        if !pystr::is_str(encoding) {
            return exc::type_error(format_args!(
                "open() argument 'encoding' must be str or None, not {}",
                type_of(encoding).name
            ));
        }
        let e = pystr::as_str(encoding);
        if !["utf-8", "utf8", "utf_8"]
            .iter()
            .any(|n| e.eq_ignore_ascii_case(n))
        {
            return exc::value_error(format_args!(
                "open(): encoding '{e}' is not supported by pyaot yet (only UTF-8)"
            ));
        }
    }
    let path = pystr::as_str(name);
    if path.contains('\0') {
        return exc::value_error(format_args!("embedded null byte"));
    }
    let mut cpath = [0u8; 4096];
    if path.len() >= cpath.len() {
        return raise_errno(36, name);
    }
    cpath[..path.len()].copy_from_slice(path.as_bytes());
    let fd = match files::open(&cpath[..path.len() + 1], oflags) {
        Ok(fd) => fd,
        Err(errno) => return raise_errno(errno, name),
    };
    if files::is_dir(fd) {
        files::close(fd);
        return raise_errno(21, name);
    }
    if flags & APPENDING != 0 {
        // As CPython's FileIO: an appending file starts (and tells) at its end.
        if let Err(e) = files::seek(fd, 0, 2) {
            files::close(fd);
            return raise_errno(e, name);
        }
    }
    let (ty, mode) = if flags & BINARY != 0 {
        crate::fileio_bin::type_and_mode(flags & (READABLE | WRITABLE), binary_mode(flags))
    } else {
        (&TYPE_TEXT_FILE, mode)
    };
    let f = if mode == 0 {
        0
    } else {
        alloc_obj(ty, core::mem::size_of::<File>())
    };
    if f == 0 {
        files::close(fd);
        return 0;
    }
    let fo = file(f);
    fo.fd = fd as isize;
    fo.flags = flags;
    fo.name = name;
    fo.mode = mode;
    let mut l = OPEN_FILES.with(|o| *o);
    if l == 0 {
        l = list::with_capacity(4);
        if l == 0 {
            return 0;
        }
        OPEN_FILES.with(|o| *o = l);
        crate::entry::AT_EXIT.with(|a| *a = Some(flush_all));
    }
    if list::push(l, f).is_err() {
        return 0;
    }
    f
}

/// `open(2)` flags and this module's flags for a mode string; None (ValueError
/// raised) for an invalid one.
fn parse_mode(mode: &str) -> Option<(i32, usize)> {
    use files::oflags::*;
    let (mut kind, mut plus, mut seen) = (None, false, 0u8);
    for c in mode.chars() {
        let bit = match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    exc::value_error(format_args!(
                        "must have exactly one of create/read/write/append mode"
                    ));
                    return None;
                }
                kind = Some(c);
                0
            }
            '+' => {
                plus = true;
                1
            }
            't' => 2,
            'b' => 3,
            _ => {
                exc::value_error(format_args!("invalid mode: '{mode}'"));
                return None;
            }
        };
        if seen & (1 << bit) != 0 && c != 'r' {
            exc::value_error(format_args!("invalid mode: '{mode}'"));
            return None;
        }
        seen |= 1 << bit;
    }
    if seen & 0b1100 == 0b1100 {
        exc::value_error(format_args!("can't have text and binary mode at once"));
        return None;
    }
    let Some(kind) = kind else {
        exc::value_error(format_args!(
            "Must have exactly one of create/read/write/append mode and at most one plus"
        ));
        return None;
    };
    let rw = if plus {
        RDWR
    } else if kind == 'r' {
        RDONLY
    } else {
        WRONLY
    };
    let (extra, flags) = match kind {
        'r' => (0, READABLE),
        'w' => (CREAT | TRUNC, WRITABLE),
        'a' => (CREAT | APPEND, WRITABLE | APPENDING),
        _ => (CREAT | EXCL, WRITABLE | CREATING),
    };
    let flags = if plus {
        flags | READABLE | WRITABLE | PLUS
    } else {
        flags
    };
    let flags = if seen & 0b1000 != 0 {
        flags | BINARY
    } else {
        flags
    };
    Some((rw | extra, flags))
}

/// The `mode` attribute of a binary file, as CPython's FileIO normalises it.
fn binary_mode(flags: usize) -> &'static str {
    let plus = flags & PLUS != 0;
    match (flags & (CREATING | APPENDING), flags & READABLE != 0) {
        (CREATING, _) if plus => "xb+",
        (CREATING, _) => "xb",
        (APPENDING, _) if plus => "ab+",
        (APPENDING, _) => "ab",
        _ if plus => "rb+",
        (_, true) => "rb",
        _ => "wb",
    }
}

fn check_open(f: Obj) -> Result<&'static mut File, ()> {
    check_open_msg(f, "I/O operation on closed file.")
}

/// The open file `f`, or `ValueError(msg)` raised when it is closed (binary files
/// word it after the method: `read of closed file`).
pub(crate) fn check_open_msg(f: Obj, msg: &str) -> Result<&'static mut File, ()> {
    let fo = file(f);
    if fo.fd < 0 {
        exc::value_error(format_args!("{msg}"));
        return Err(());
    }
    Ok(fo)
}

/// `io.UnsupportedOperation` (an OSError; CPython's is a ValueError too).
pub(crate) fn unsupported(what: &str) -> Obj {
    exc::raise_fmt(
        &crate::exc_types::TYPE_UNSUPPORTED_OPERATION,
        format_args!("{what}"),
    )
}

/// Writes out the write buffer.
pub(crate) fn flush_writes(fo: &mut File) -> Result<(), ()> {
    if fo.wlen == 0 {
        return Ok(());
    }
    // SAFETY: `wbuf` holds `wlen` bytes.
    let bytes = unsafe { core::slice::from_raw_parts(fo.wbuf, fo.wlen) };
    fo.wlen = 0;
    files::write(fo.fd as i32, bytes).map_err(|errno| {
        raise_errno(errno, 0);
    })
}

/// Makes sure the write buffer exists, so that a write allocates nothing after its
/// caller has looked into a bytes-like argument.
pub(crate) fn prepare_write(fo: &mut File) -> Result<(), ()> {
    if fo.wbuf.is_null() {
        fo.wbuf = crate::heap::alloc_noscan(BUF);
        if fo.wbuf.is_null() {
            exc::memory_error();
            return Err(());
        }
    }
    Ok(())
}

/// Writes `bytes` through the write buffer.
pub(crate) fn write_bytes(fo: &mut File, bytes: &[u8]) -> Result<(), ()> {
    rewind(fo)?;
    prepare_write(fo)?;
    if fo.wlen + bytes.len() > BUF {
        flush_writes(fo)?;
    }
    if bytes.len() >= BUF {
        return files::write(fo.fd as i32, bytes).map_err(|e| {
            raise_errno(e, 0);
        });
    }
    // SAFETY: room for `bytes.len()` more bytes in the BUF-byte buffer.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), fo.wbuf.add(fo.wlen), bytes.len()) };
    fo.wlen += bytes.len();
    Ok(())
}

/// Drops what was read ahead, moving the OS position back to where the reader is.
pub(crate) fn rewind(fo: &mut File) -> Result<(), ()> {
    if fo.rstart != fo.rend {
        let back = (fo.rend - fo.rstart) as i64;
        fo.rstart = 0;
        fo.rend = 0;
        files::seek(fo.fd as i32, -back, 1).map_err(|e| {
            raise_errno(e, 0);
        })?;
    }
    Ok(())
}

/// What was read ahead and not yet taken.
pub(crate) fn buffered<'a>(fo: &File) -> &'a [u8] {
    if fo.rstart == fo.rend {
        return &[];
    }
    // SAFETY: `rbuf[rstart..rend]` is read data.
    unsafe { core::slice::from_raw_parts(fo.rbuf.add(fo.rstart), fo.rend - fo.rstart) }
}

/// Takes `n` bytes of what `buffered` gives.
pub(crate) fn consume(fo: &mut File, n: usize) {
    fo.rstart += n.min(fo.rend - fo.rstart);
}

/// Refills the read buffer; false at the end of the file.
pub(crate) fn fill(fo: &mut File) -> Result<bool, ()> {
    flush_writes(fo)?;
    if fo.rbuf.is_null() {
        fo.rbuf = crate::heap::alloc_noscan(BUF);
        if fo.rbuf.is_null() {
            exc::memory_error();
            return Err(());
        }
    }
    // SAFETY: a BUF-byte buffer.
    let buf = unsafe { core::slice::from_raw_parts_mut(fo.rbuf, BUF) };
    let n = files::read(fo.fd as i32, buf).map_err(|e| {
        raise_errno(e, 0);
    })?;
    fo.rstart = 0;
    fo.rend = n;
    Ok(n > 0)
}

/// Reads bytes into a growing heap block: up to and including the next `\n` (or,
/// with universal newlines, `\r`) when `line`, else everything; at most `limit`
/// characters (None: no limit). Returns the text with `\r\n` and `\r` made `\n`.
fn read_text(f: Obj, line: bool, limit: Option<usize>) -> Obj {
    let Ok(fo) = check_open(f) else { return 0 };
    if fo.flags & READABLE == 0 {
        return unsupported("not readable");
    }
    let Ok(bytes) = read_raw(fo, line, true, limit) else {
        return 0;
    };
    match core::str::from_utf8(bytes) {
        Ok(t) => pystr::from_str(t),
        Err(e) => exc::value_error(format_args!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
            bytes[e.valid_up_to()],
            e.valid_up_to()
        )),
    }
}

/// Reads from the open file `fo` into a new heap block: a line (up to and including
/// `\n`, and with `universal` newlines also `\r`, both then made `\n`) when `line`,
/// else everything; at most `limit` bytes, or characters when `universal` (text;
/// None: no limit). The block is only
/// referred to by the slice returned: its caller copies it before the next
/// allocation ends its life.
pub(crate) fn read_raw(
    fo: &mut File,
    line: bool,
    universal: bool,
    limit: Option<usize>,
) -> Result<&'static [u8], ()> {
    let mut out: *mut u8 = core::ptr::null_mut();
    let (mut len, mut cap) = (0usize, 0usize);
    // Text limits count characters: the UTF-8 bytes that start one.
    let mut chars = 0usize;
    loop {
        if !universal && limit.is_some_and(|l| len >= l) {
            break;
        }
        if fo.rstart == fo.rend {
            match fill(fo) {
                Ok(true) => {}
                Ok(false) => break,
                Err(()) => return Err(()),
            }
        }
        if !line && !universal {
            // Binary reads copy whole runs of the buffer.
            let take = (fo.rend - fo.rstart).min(limit.map_or(usize::MAX, |l| l - len));
            grow(&mut out, &mut cap, len, len + take)?;
            // SAFETY: `rbuf[rstart..rstart + take]` is read data; `out` has room.
            unsafe { core::ptr::copy_nonoverlapping(fo.rbuf.add(fo.rstart), out.add(len), take) };
            fo.rstart += take;
            len += take;
            continue;
        }
        // SAFETY: `rbuf[rstart..rend]` is read data.
        let mut b = unsafe { *fo.rbuf.add(fo.rstart) };
        if universal && b & 0xC0 != 0x80 {
            if limit.is_some_and(|l| chars >= l) {
                break;
            }
            chars += 1;
        }
        fo.rstart += 1;
        if b == b'\r' && universal {
            // `\r\n` and a lone `\r` both end a line as `\n`.
            if fo.rstart == fo.rend && matches!(fill(fo), Err(())) {
                return Err(());
            }
            // SAFETY: as above.
            if fo.rstart < fo.rend && unsafe { *fo.rbuf.add(fo.rstart) } == b'\n' {
                fo.rstart += 1;
            }
            b = b'\n';
        }
        grow(&mut out, &mut cap, len, len + 1)?;
        // SAFETY: `len < cap`.
        unsafe { *out.add(len) = b };
        len += 1;
        if line && b == b'\n' {
            break;
        }
    }
    Ok(if len == 0 {
        &[]
    } else {
        // SAFETY: `out` holds `len` bytes.
        unsafe { core::slice::from_raw_parts(out, len) }
    })
}

/// Makes room for `need` bytes in the block `out` of `cap` bytes holding `len`.
fn grow(out: &mut *mut u8, cap: &mut usize, len: usize, need: usize) -> Result<(), ()> {
    if need <= *cap {
        return Ok(());
    }
    let new_cap = (*cap * 2).max(256).max(need);
    let grown = crate::heap::alloc_noscan(new_cap);
    if grown.is_null() {
        exc::memory_error();
        return Err(());
    }
    // SAFETY: `out` holds `len` bytes; `grown` has room for more.
    unsafe { core::ptr::copy_nonoverlapping(*out, grown, len) };
    (*out, *cap) = (grown, new_cap);
    Ok(())
}

/// `iter(f)`: the file itself, once checked open.
fn file_iter(f: Obj) -> Obj {
    match check_open(f) {
        Ok(_) => f,
        Err(()) => 0,
    }
}

fn file_next(f: Obj) -> Obj {
    let l = read_text(f, true, None);
    if l == 0 {
        return 0;
    }
    if pystr::as_str(l).is_empty() {
        ITER_DONE
    } else {
        l
    }
}

fn size_arg(args: &[Obj], name: &str) -> Result<Option<usize>, ()> {
    match args {
        [] => Ok(None),
        [n] if *n == none() => Ok(None),
        [n] if int::is_int(*n) => Ok(int::value(*n).and_then(|v| usize::try_from(v).ok())),
        [n] => {
            exc::type_error(format_args!(
                "argument should be integer or None, not '{}'",
                type_of(*n).name
            ));
            Err(())
        }
        _ => {
            exc::type_error(format_args!(
                "{name} expected at most 1 argument, got {}",
                args.len()
            ));
            Err(())
        }
    }
}

/// Closes the file (flushing its writes); closing again does nothing.
pub(crate) fn close(f: Obj) -> Obj {
    let fo = file(f);
    if fo.fd < 0 {
        return none();
    }
    let r = flush_writes(fo);
    files::close(fo.fd as i32);
    fo.fd = -1;
    if let Some(l) = OPEN_FILES.with(|o| if *o == 0 { None } else { Some(*o) }) {
        let items = list::items(l);
        if let Some(i) = items.iter().position(|&x| x == f) {
            let last = items.len() - 1;
            let moved = items[last];
            list::set_item(l, i, moved);
            list::truncate(l, last);
        }
    }
    if r.is_err() {
        return 0;
    }
    none()
}

/// Flushes every file still open (at exit).
pub fn flush_all() {
    let Some(l) = OPEN_FILES.with(|o| if *o == 0 { None } else { Some(*o) }) else {
        return;
    };
    for &f in list::items(l) {
        let fo = file(f);
        if fo.fd >= 0 && flush_writes(fo).is_err() {
            exc::take();
        }
    }
}

/// Methods of files: None when `name` is not one.
pub fn method(f: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    if let Some(r) = crate::fileio_buf::method(f, name, args) {
        return Some(r);
    }
    if file(f).flags & BINARY != 0 {
        if let Some(r) = crate::fileio_bin::method(f, name, args) {
            return Some(r);
        }
    }
    Some(match name {
        "read" => match size_arg(args, "read") {
            Ok(limit) => read_text(f, false, limit),
            Err(()) => 0,
        },
        "readline" => match size_arg(args, "readline") {
            Ok(limit) => read_text(f, true, limit),
            Err(()) => 0,
        },
        "readlines" => {
            let l = list::with_capacity(8);
            if l == 0 {
                return Some(0);
            }
            loop {
                let line = read_text(f, true, None);
                if line == 0 {
                    return Some(0);
                }
                if pystr::as_str(line).is_empty() {
                    break l;
                }
                if list::push(l, line).is_err() {
                    return Some(0);
                }
            }
        }
        "write" => {
            let [s] = *args else {
                return Some(exc::type_error(format_args!(
                    "write() takes exactly one argument ({} given)",
                    args.len()
                )));
            };
            if !pystr::is_str(s) {
                return Some(exc::type_error(format_args!(
                    "write() argument must be str, not {}",
                    type_of(s).name
                )));
            }
            let Ok(fo) = check_open(f) else {
                return Some(0);
            };
            if fo.flags & WRITABLE == 0 {
                return Some(unsupported("not writable"));
            }
            match write_bytes(fo, pystr::as_bytes(s)) {
                Ok(()) => int::new(pystr::char_len(s) as isize),
                Err(()) => 0,
            }
        }
        "writelines" => writelines(f, args),
        "close" => close(f),
        "flush" => match check_open(f) {
            Ok(fo) => match flush_writes(fo) {
                Ok(()) => none(),
                Err(()) => 0,
            },
            Err(()) => 0,
        },
        "__enter__" => match check_open(f) {
            Ok(_) => f,
            Err(()) => 0,
        },
        "__exit__" => {
            let r = close(f);
            if r == 0 {
                0
            } else {
                object::false_()
            }
        }
        "readable" | "writable" => match check_open(f) {
            Ok(fo) => object::bool_obj(
                fo.flags
                    & if name == "readable" {
                        READABLE
                    } else {
                        WRITABLE
                    }
                    != 0,
            ),
            Err(()) => 0,
        },
        "fileno" => match check_open(f) {
            Ok(fo) => tag_int(fo.fd),
            Err(()) => 0,
        },
        "seekable" => match check_open(f) {
            Ok(_) => object::true_(),
            Err(()) => 0,
        },
        "tell" => match check_open(f) {
            Ok(fo) => tell(fo),
            Err(()) => 0,
        },
        "seek" => {
            let (offset, whence) = match *args {
                [o] => (o, tag_int(0)),
                [o, w] => (o, w),
                _ => {
                    return Some(exc::type_error(format_args!(
                        "seek expected at least 1 argument, got {}",
                        args.len()
                    )))
                }
            };
            let (Some(offset), Some(whence)) = (int::value(offset), int::value(whence)) else {
                return Some(exc::type_error(format_args!("an integer is required")));
            };
            let Ok(fo) = check_open(f) else {
                return Some(0);
            };
            if whence != 0 && offset != 0 {
                return Some(unsupported("can't do nonzero cur-relative seeks"));
            }
            seek(fo, offset as i64, whence as i32)
        }
        _ => return None,
    })
}

/// `f.writelines(lines)`: `f.write` of each item.
pub(crate) fn writelines(f: Obj, args: &[Obj]) -> Obj {
    let [lines] = *args else {
        return exc::type_error(format_args!(
            "writelines() takes exactly one argument ({} given)",
            args.len()
        ));
    };
    let write = pystr::from_str("write");
    let r = crate::func::for_each(lines, |s| {
        match crate::func::pyaot_call_method(f, write, &s, 1) {
            0 => Err(()),
            _ => Ok(()),
        }
    });
    if r.is_err() {
        0
    } else {
        none()
    }
}

/// The position the reader or writer of `fo` is at.
pub(crate) fn tell(fo: &mut File) -> Obj {
    match position(fo) {
        Ok(pos) => int::new_i64(pos),
        Err(()) => 0,
    }
}

/// The position the reader or writer of `fo` is at (the write buffer written out).
pub(crate) fn position(fo: &mut File) -> Result<i64, ()> {
    flush_writes(fo)?;
    let pos = files::seek(fo.fd as i32, 0, 1).map_err(|e| {
        raise_errno(e, 0);
    })?;
    Ok(pos - (fo.rend - fo.rstart) as i64)
}

/// `lseek(offset, whence)` after writing out the write buffer and dropping the
/// read buffer; whence 1 counts from where the reader is, not the OS position.
pub(crate) fn seek(fo: &mut File, offset: i64, whence: i32) -> Obj {
    let (offset, whence) = if whence == 1 {
        match position(fo) {
            Ok(pos) => (pos.saturating_add(offset), 0),
            Err(()) => return 0,
        }
    } else {
        if flush_writes(fo).is_err() {
            return 0;
        }
        (offset, whence)
    };
    fo.rstart = 0;
    fo.rend = 0;
    match files::seek(fo.fd as i32, offset, whence) {
        Ok(pos) => int::new_i64(pos),
        Err(e) => raise_errno(e, 0),
    }
}

/// `f.closed`, `f.name`, `f.mode`, and a text file's `encoding`, `errors`,
/// `line_buffering`, `write_through`: None for other names.
pub fn getattr(f: Obj, name: &str) -> Option<Obj> {
    let fo = file(f);
    Some(match name {
        "closed" => object::bool_obj(fo.fd < 0),
        "name" => fo.name,
        "mode" => fo.mode,
        "encoding" if fo.flags & BINARY == 0 => pystr::from_str("UTF-8"),
        "errors" if fo.flags & BINARY == 0 => pystr::from_str("strict"),
        "line_buffering" | "write_through" if fo.flags & BINARY == 0 => object::false_(),
        _ => return None,
    })
}

fn file_repr(f: Obj) -> Obj {
    let fo = file(f);
    let name = object::repr(fo.name);
    if name == 0 {
        return 0;
    }
    pystr::format(format_args!(
        "<_io.TextIOWrapper name={} mode='{}' encoding='UTF-8'>",
        pystr::as_str(name),
        pystr::as_str(fo.mode)
    ))
}
