//! What CPython's buffered binary files add to reading (`readinto`, `readinto1`,
//! `read1`, `peek`), and `truncate` and `isatty`, which text files have too, with
//! CPython's checks in CPython's order: arguments, then closed, then the mode.
//!
//! Reads are served from the read buffer `fileio.rs` keeps (8 KiB; CPython's is the
//! file system's block size, often 4 KiB), so `peek` and `read1` return at most what
//! one buffer holds, as CPython's do.

use crate::exc;
use crate::fileio::{self, file, File, BINARY, BUF, READABLE, WRITABLE};
use crate::object::{self, none, type_of, Obj};
use crate::port::files;
use crate::{bytes, int};

/// The binary and text files' methods of this file: None for other names (and for
/// the reading ones on text files and writers that lack them in CPython).
pub(crate) fn method(f: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let flags = file(f).flags;
    let binary = flags & BINARY != 0;
    Some(match name {
        "truncate" => truncate(f, args),
        "isatty" => isatty(f, args),
        "readinto" | "readinto1" if binary => readinto(f, name == "readinto1", args),
        "read1" if binary => read1(f, args),
        // A BufferedWriter has no `peek` at all.
        "peek" if binary && flags & READABLE != 0 => peek(f, args),
        _ => return None,
    })
}

/// The type name CPython's messages give: `BufferedReader`, `TextIOWrapper`, ...
fn type_name(f: Obj) -> &'static str {
    type_of(f).name
}

/// The one optional size argument of `read1`, `peek`: an int (`default` when
/// absent), converted as CPython's `Py_ssize_t` arguments are.
fn ssize_arg(args: &[Obj], method: &str, default: isize) -> Result<isize, ()> {
    match *args {
        [] => Ok(default),
        [n] if int::is_int(n) => int::value(n).ok_or_else(|| {
            exc::overflow_error(format_args!("Python int too large to convert to C ssize_t"));
        }),
        [n] => {
            exc::type_error(format_args!(
                "'{}' object cannot be interpreted as an integer",
                type_of(n).name
            ));
            Err(())
        }
        _ => {
            exc::type_error(format_args!(
                "{method} expected at most 1 argument, got {}",
                args.len()
            ));
            Err(())
        }
    }
}

/// The open file, or `ValueError(msg)`.
fn open_file(f: Obj, msg: &str) -> Result<&'static mut File, ()> {
    fileio::check_open_msg(f, msg)
}

/// `f.readinto(b)` / `f.readinto1(b)`: reads into the bytearray `b`, all of it
/// (or to the end of the file), or for `readinto1` at most one read of the file.
fn readinto(f: Obj, one: bool, args: &[Obj]) -> Obj {
    let method = if one { "readinto1" } else { "readinto" };
    let [b] = *args else {
        return exc::type_error(format_args!(
            "{}.{method}() takes exactly one argument ({} given)",
            type_name(f),
            args.len()
        ));
    };
    // Only a bytearray is a writable bytes-like object in pyaot (no memoryview);
    // named by type name so that binary files do not link bytearray's methods.
    if type_of(b).name != "bytearray" || crate::typeext::buffer(b).is_none() {
        return exc::type_error(format_args!(
            "{method}() argument must be read-write bytes-like object, not {}",
            type_of(b).name
        ));
    }
    if file(f).flags & READABLE == 0 {
        // A writer's readinto is BufferedIOBase's, which calls read (read1).
        return fileio::unsupported(if one { "read1" } else { "read" });
    }
    let Ok(fo) = open_file(f, "readinto of closed file") else {
        return 0;
    };
    let want = crate::bytearray::len(b);
    let got = if one {
        read_one(fo, want)
    } else {
        fileio::read_raw(fo, false, false, Some(want))
    };
    let Ok(data) = got else { return 0 };
    // `data` is a fresh block or the read buffer: nothing allocated since.
    crate::bytearray::data_mut(b)[..data.len()].copy_from_slice(data);
    int::new(data.len() as isize)
}

/// At most `n` bytes with at most one read of the file: what is buffered if
/// anything is (CPython's `read1` and `readinto1`), else one buffer's fill, or one
/// read straight into a block for more than a buffer holds.
fn read_one(fo: &mut File, n: usize) -> Result<&'static [u8], ()> {
    if n == 0 {
        return Ok(&[]);
    }
    let have = fileio::buffered(fo);
    if !have.is_empty() {
        let take = have.len().min(n);
        fileio::consume(fo, take);
        return Ok(&have[..take]);
    }
    fileio::rewind(fo)?;
    fileio::flush_writes(fo)?;
    if n > BUF {
        let p = crate::heap::alloc_noscan(n);
        if p.is_null() {
            exc::memory_error();
            return Err(());
        }
        // SAFETY: a fresh block of n bytes.
        let block = unsafe { core::slice::from_raw_parts_mut(p, n) };
        let got = files::read(fo.fd as i32, block).map_err(|e| {
            fileio::raise_errno(e, 0);
        })?;
        return Ok(&block[..got]);
    }
    fileio::fill(fo)?;
    let have = fileio::buffered(fo);
    let take = have.len().min(n);
    fileio::consume(fo, take);
    Ok(&have[..take])
}

/// `f.read1(size=-1)`: up to `size` bytes (a buffer's worth when negative) with at
/// most one read of the file.
fn read1(f: Obj, args: &[Obj]) -> Obj {
    let Ok(n) = ssize_arg(args, "read1", -1) else {
        return 0;
    };
    if file(f).flags & READABLE == 0 {
        return fileio::unsupported("read1");
    }
    let Ok(fo) = open_file(f, "read of closed file") else {
        return 0;
    };
    let n = if n < 0 { BUF } else { n as usize };
    match read_one(fo, n) {
        Ok(data) => bytes::from_slice(data),
        Err(()) => 0,
    }
}

/// `f.peek(size=0)`: the bytes read ahead, without taking them; when there are
/// none, one buffer's fill. The size is checked and otherwise ignored, as in
/// CPython.
fn peek(f: Obj, args: &[Obj]) -> Obj {
    if ssize_arg(args, "peek", 0).is_err() {
        return 0;
    }
    let Ok(fo) = open_file(f, "peek of closed file") else {
        return 0;
    };
    if fo.flags & WRITABLE != 0 {
        // A BufferedRandom writes out and drops what it read ahead first.
        if fileio::flush_writes(fo).is_err() || fileio::rewind(fo).is_err() {
            return 0;
        }
    }
    if fileio::buffered(fo).is_empty() && fileio::fill(fo).is_err() {
        return 0;
    }
    bytes::from_slice(fileio::buffered(fo))
}

/// `f.truncate(size=None)`: the file's size becomes `size` (the current position
/// when None), which is returned; the position does not move.
fn truncate(f: Obj, args: &[Obj]) -> Obj {
    let size = match *args {
        [] => none(),
        [s] => s,
        _ => {
            return exc::type_error(format_args!(
                "truncate expected at most 1 argument, got {}",
                args.len()
            ))
        }
    };
    let fo = file(f);
    let closed = if fo.flags & BINARY != 0 {
        "truncate of closed file"
    } else {
        "I/O operation on closed file."
    };
    let Ok(fo) = open_file(f, closed) else {
        return 0;
    };
    if fo.flags & WRITABLE == 0 {
        return fileio::unsupported("truncate");
    }
    // Written out, and the OS position where the reader is (CPython's
    // flush-and-rewind), so that None means the position Python sees.
    if fileio::flush_writes(fo).is_err() || fileio::rewind(fo).is_err() {
        return 0;
    }
    let length = if size == none() {
        match fileio::position(fo) {
            Ok(p) => p,
            Err(()) => return 0,
        }
    } else if int::is_int(size) {
        match int::value(size).and_then(|v| i64::try_from(v).ok()) {
            Some(v) => v,
            None => {
                return exc::overflow_error(format_args!(
                    "Python int too large to convert to C long"
                ))
            }
        }
    } else {
        return exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(size).name
        ));
    };
    match files::truncate(fo.fd as i32, length) {
        Ok(()) => int::new_i64(length),
        Err(e) => fileio::raise_errno(e, 0),
    }
}

/// `f.isatty()`: whether the file is a terminal.
fn isatty(f: Obj, args: &[Obj]) -> Obj {
    if !args.is_empty() {
        return exc::type_error(format_args!(
            "{}.isatty() takes no arguments ({} given)",
            type_name(f),
            args.len()
        ));
    }
    match open_file(f, "I/O operation on closed file") {
        Ok(fo) => object::bool_obj(files::isatty(fo.fd as i32)),
        Err(()) => 0,
    }
}
