//! Binary files (`open(path, 'rb')`): CPython's `_io.BufferedReader`,
//! `BufferedWriter` and `BufferedRandom`, on the object layout, buffers and `open`
//! of `fileio.rs`. Reads give bytes (lines end at `\n` only), `write` takes any
//! bytes-like object and returns its length, with CPython's messages (which, for a
//! closed file, name the method: `read of closed file`).

use crate::exc;
use crate::fileio::{self, file, File, READABLE, WRITABLE};
use crate::object::{self, is_type, none, type_of, Obj, TypeObject};
use crate::{bytes, int, list, str as pystr};
use pyaot_abi::ITER_DONE;

const fn binary_type(name: &'static str) -> TypeObject {
    TypeObject {
        repr: Some(repr),
        iter: Some(iter),
        next: Some(next),
        methods: Some(&crate::methods::FILE_METHODS),
        ..TypeObject::new(name, Some(&object::TYPE_OBJECT))
    }
}

/// A binary file opened for reading only (`rb`).
pub static TYPE_BUFFERED_READER: TypeObject = binary_type("BufferedReader");
/// A binary file opened for writing only (`wb`, `ab`, `xb`).
pub static TYPE_BUFFERED_WRITER: TypeObject = binary_type("BufferedWriter");
/// A binary file opened for reading and writing (`r+b`, `w+b`, ...).
pub static TYPE_BUFFERED_RANDOM: TypeObject = binary_type("BufferedRandom");

/// Whether `o` (not a small int) is a binary file.
pub fn is_binary(o: Obj) -> bool {
    is_type(o, &TYPE_BUFFERED_READER)
        || is_type(o, &TYPE_BUFFERED_WRITER)
        || is_type(o, &TYPE_BUFFERED_RANDOM)
}

/// The type of a binary file with `access` (READABLE and/or WRITABLE) and its
/// `mode` attribute as a new str (0 when that raised MemoryError).
pub(crate) fn type_and_mode(access: usize, mode: &str) -> (&'static TypeObject, Obj) {
    let ty = match access {
        READABLE => &TYPE_BUFFERED_READER,
        WRITABLE => &TYPE_BUFFERED_WRITER,
        _ => &TYPE_BUFFERED_RANDOM,
    };
    (ty, pystr::from_str(mode))
}

fn repr(f: Obj) -> Obj {
    let name = object::repr(file(f).name);
    if name == 0 {
        return 0;
    }
    pystr::format(format_args!(
        "<_io.{} name={}>",
        type_of(f).name,
        pystr::as_str(name)
    ))
}

fn iter(f: Obj) -> Obj {
    match fileio::check_open_msg(f, "I/O operation on closed file.") {
        Ok(_) => f,
        Err(()) => 0,
    }
}

fn next(f: Obj) -> Obj {
    match read(f, true, None) {
        0 => 0,
        l if bytes::len(l) == 0 => ITER_DONE,
        l => l,
    }
}

/// The file, open and readable; else CPython's error for method `what`.
fn readable(f: Obj, what: &str) -> Result<&'static mut File, ()> {
    if file(f).flags & READABLE == 0 {
        // A BufferedWriter has no reading methods at all: `io.UnsupportedOperation:
        // read` whether open or closed.
        fileio::unsupported("read");
        return Err(());
    }
    let msg = if what == "read" {
        "read of closed file"
    } else {
        "readline of closed file"
    };
    fileio::check_open_msg(f, msg)
}

/// Reads a line or everything (at most `limit` bytes) as a new bytes object.
fn read(f: Obj, line: bool, limit: Option<usize>) -> Obj {
    let Ok(fo) = readable(f, if line { "readline" } else { "read" }) else {
        return 0;
    };
    match fileio::read_raw(fo, line, false, limit) {
        Ok(b) => bytes::from_slice(b),
        Err(()) => 0,
    }
}

/// The optional size argument of read/readline/readlines: None when absent, None
/// or negative; CPython's TypeError for anything but an int or None.
fn size_arg(args: &[Obj], method: &str) -> Result<Option<isize>, ()> {
    match *args {
        [] => Ok(None),
        [n] if n == none() => Ok(None),
        [n] if int::is_int(n) => match int::value(n) {
            Some(v) => Ok(Some(v)),
            None => {
                exc::raise_fmt(
                    &exc::TYPE_OVERFLOW_ERROR,
                    format_args!("Python int too large to convert to C ssize_t"),
                );
                Err(())
            }
        },
        [n] => {
            exc::type_error(format_args!(
                "argument should be integer or None, not '{}'",
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

fn readlines(f: Obj, hint: Option<isize>) -> Obj {
    // Closed: the generic I/O message, as CPython's IOBase.readlines checks first.
    if fileio::check_open_msg(f, "I/O operation on closed file.").is_err() {
        return 0;
    }
    let hint = hint.filter(|&h| h > 0).map_or(usize::MAX, |h| h as usize);
    let l = list::with_capacity(8);
    if l == 0 {
        return 0;
    }
    let mut total = 0usize;
    loop {
        let line = read(f, true, None);
        if line == 0 {
            return 0;
        }
        let n = bytes::len(line);
        if n == 0 {
            return l;
        }
        if list::push(l, line).is_err() {
            return 0;
        }
        total += n;
        // No more lines once the total exceeds the hint.
        if total > hint {
            return l;
        }
    }
}

fn write(f: Obj, args: &[Obj]) -> Obj {
    let [data] = *args else {
        return exc::type_error(format_args!(
            "{}.write() takes exactly one argument ({} given)",
            type_of(f).name,
            args.len()
        ));
    };
    if file(f).flags & WRITABLE == 0 {
        return fileio::unsupported("write");
    }
    let Ok(fo) = fileio::check_open_msg(f, "write to closed file") else {
        return 0;
    };
    if fileio::prepare_write(fo).is_err() {
        return 0;
    }
    // Nothing allocates between here and the copy into the write buffer.
    let Some(buf) = crate::typeext::buffer(data) else {
        return exc::type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            type_of(data).name
        ));
    };
    let n = buf.len();
    match fileio::write_bytes(fo, buf) {
        Ok(()) => int::new(n as isize),
        Err(()) => 0,
    }
}

fn seek(f: Obj, args: &[Obj]) -> Obj {
    let (offset, whence) = match *args {
        [o] => (o, pyaot_abi::tag_int(0)),
        [o, w] => (o, w),
        _ if args.is_empty() => {
            return exc::type_error(format_args!("seek expected at least 1 argument, got 0"))
        }
        _ => {
            return exc::type_error(format_args!(
                "seek expected at most 2 arguments, got {}",
                args.len()
            ))
        }
    };
    for v in [offset, whence] {
        if !int::is_int(v) {
            return exc::type_error(format_args!(
                "'{}' object cannot be interpreted as an integer",
                type_of(v).name
            ));
        }
    }
    let Some(offset) = int::value(offset).and_then(|o| i64::try_from(o).ok()) else {
        return exc::value_error(format_args!(
            "cannot fit 'int' into an offset-sized integer"
        ));
    };
    let whence = match int::value(whence) {
        // SEEK_SET, SEEK_CUR, SEEK_END, and Linux's SEEK_DATA and SEEK_HOLE.
        Some(w @ 0..=4) => w as i32,
        Some(w) => return exc::value_error(format_args!("whence value {w} unsupported")),
        None => {
            return exc::raise_fmt(
                &exc::TYPE_OVERFLOW_ERROR,
                format_args!("Python int too large to convert to C int"),
            )
        }
    };
    match fileio::check_open_msg(f, "seek of closed file") {
        Ok(fo) => fileio::seek(fo, offset, whence),
        Err(()) => 0,
    }
}

/// Methods binary files word differently from text files: None for the others
/// (`close`, `writelines`, `__exit__`, which `fileio::method` handles).
pub(crate) fn method(f: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    const CLOSED: &str = "I/O operation on closed file";
    let flags = file(f).flags;
    Some(match name {
        "read" => match size_arg(args, "read") {
            Ok(Some(n)) if n < -1 => {
                exc::value_error(format_args!("read length must be non-negative or -1"))
            }
            Ok(n) => read(f, false, n.and_then(|n| usize::try_from(n).ok())),
            Err(()) => 0,
        },
        "readline" => match size_arg(args, "readline") {
            Ok(n) => read(f, true, n.and_then(|n| usize::try_from(n).ok())),
            Err(()) => 0,
        },
        "readlines" => match size_arg(args, "readlines") {
            Ok(hint) => readlines(f, hint),
            Err(()) => 0,
        },
        "write" => write(f, args),
        "seek" => seek(f, args),
        "tell" => match fileio::check_open_msg(f, CLOSED) {
            Ok(fo) => fileio::tell(fo),
            Err(()) => 0,
        },
        "flush" => {
            let msg = if flags & WRITABLE != 0 {
                "flush of closed file"
            } else {
                "I/O operation on closed file."
            };
            match fileio::check_open_msg(f, msg) {
                Ok(fo) => match fileio::flush_writes(fo) {
                    Ok(()) => none(),
                    Err(()) => 0,
                },
                Err(()) => 0,
            }
        }
        // A reader is never writable and a writer never readable, open or closed.
        "readable" if flags & READABLE == 0 => object::false_(),
        "writable" if flags & WRITABLE == 0 => object::false_(),
        "readable" | "writable" | "seekable" => match fileio::check_open_msg(f, CLOSED) {
            Ok(_) => object::true_(),
            Err(()) => 0,
        },
        "fileno" => match fileio::check_open_msg(f, CLOSED) {
            Ok(fo) => pyaot_abi::tag_int(fo.fd),
            Err(()) => 0,
        },
        _ => return None,
    })
}
