//! `print` and the built-in functions over scalars: `str`, `repr`, `int`, `float`,
//! `bool`, `abs`, `chr`, `ord`, `hash`. Each builtin is `Obj f(const Obj *args,
//! usize n)` under its `pyaot_abi::BUILTINS` symbol and checks its own arguments with
//! CPython's messages.
//!
//! `print` writes ints and strs straight from their values into stdout without
//! building intermediate str objects: it is the hot path of most benchmarks.

use crate::exc;
use crate::float;
use crate::fmt::{int_decimal, Buf};
use crate::int;
use crate::object::{self, bool_obj, none, type_of, Obj};
use crate::port::write_stdout;
use crate::str as pystr;
use crate::tuple::word_slice;
use pyaot_abi::{is_small_int, tag_int, untag_int};

/// Where `print` writes. A trait rather than one enum so that plain `print(...)`,
/// in nearly every program, does not link the method dispatch `file=` objects need.
trait Sink: Copy {
    fn write(self, bytes: &[u8]) -> Result<(), ()>;

    /// Writes `str(o)`: ints and strs straight from their values, anything else
    /// through its type's `str` slot (a float's too: naming the float type here would
    /// link its formatting into every program that prints).
    fn write_str_of(self, o: Obj) -> Result<(), ()> {
        if is_small_int(o) {
            let mut buf = [0u8; 24];
            return self.write(int_decimal(untag_int(o), &mut buf));
        }
        if pystr::is_str(o) {
            return self.write(pystr::as_bytes(o));
        }
        let s = object::str_of(o);
        if s == 0 {
            return Err(());
        }
        self.write(pystr::as_bytes(s))
    }

    fn flush(self) -> Result<(), ()>;
}

/// The process's standard output.
#[derive(Clone, Copy)]
struct Stdout;

impl Sink for Stdout {
    fn write(self, bytes: &[u8]) -> Result<(), ()> {
        write_stdout(bytes);
        Ok(())
    }

    fn flush(self) -> Result<(), ()> {
        crate::port::flush_stdout();
        Ok(())
    }
}

/// A `file=` argument: the process's streams, or any object with a `write` method.
#[derive(Clone, Copy)]
enum File {
    Stdout,
    Stderr,
    Object(Obj),
}

impl File {
    /// 0 and None mean stdout.
    fn of(file: Obj) -> File {
        if file == 0 || file == none() {
            return File::Stdout;
        }
        match crate::sysmod::stream_fd(file) {
            Some(1) => File::Stdout,
            Some(_) => File::Stderr,
            None => File::Object(file),
        }
    }

    /// `file.method(args...)`.
    fn call(file: Obj, method: &str, args: &[Obj]) -> Result<(), ()> {
        let name = pystr::from_str(method);
        if name == 0 || crate::func::pyaot_call_method(file, name, args.as_ptr(), args.len()) == 0 {
            return Err(());
        }
        Ok(())
    }
}

impl Sink for File {
    fn write(self, bytes: &[u8]) -> Result<(), ()> {
        match self {
            File::Stdout => write_stdout(bytes),
            File::Stderr => crate::port::write_stderr(bytes),
            File::Object(file) => {
                let text = core::str::from_utf8(bytes).map_err(|_| ())?;
                let s = pystr::from_str(text);
                if s == 0 {
                    return Err(());
                }
                return File::call(file, "write", &[s]);
            }
        }
        Ok(())
    }

    fn write_str_of(self, o: Obj) -> Result<(), ()> {
        match self {
            File::Object(file) => {
                let s = object::str_of(o);
                if s == 0 {
                    return Err(());
                }
                File::call(file, "write", &[s])
            }
            File::Stdout => Stdout.write_str_of(o),
            File::Stderr => {
                let s = object::str_of(o);
                if s == 0 {
                    return Err(());
                }
                self.write(pystr::as_bytes(s))
            }
        }
    }

    fn flush(self) -> Result<(), ()> {
        match self {
            File::Stdout => Stdout.flush(),
            File::Stderr => Ok(()),
            File::Object(file) => File::call(file, "flush", &[]),
        }
    }
}

/// The text of a `sep=`/`end=` argument: 0 and None mean the default.
fn sep_arg(o: Obj, name: &str, default: &'static [u8]) -> Result<&'static [u8], ()> {
    if o == 0 || o == none() {
        Ok(default)
    } else if pystr::is_str(o) {
        Ok(pystr::as_bytes(o))
    } else {
        exc::type_error(format_args!(
            "{} must be None or a string, not {}",
            name,
            type_of(o).name
        ));
        Err(())
    }
}

/// `(args*, n, sep, end)`: `print(*args, sep=sep, end=end)`; returns None.
#[no_mangle]
pub extern "C" fn pyaot_print(args: *const Obj, n: usize, sep: Obj, end: Obj) -> Obj {
    print_to(Stdout, word_slice(args, n), sep, end, false)
}

/// `([file, flush, args...]*, n, sep, end)`: `print` with `file=` or `flush=`; the
/// array's first two words are those arguments (0 when absent).
#[no_mangle]
pub extern "C" fn pyaot_print_file(args: *const Obj, n: usize, sep: Obj, end: Obj) -> Obj {
    let all = word_slice(args, n);
    let flush = match all[1] {
        0 => false,
        f => match object::is_true(f) {
            Ok(b) => b,
            Err(()) => return 0,
        },
    };
    print_to(File::of(all[0]), &all[2..], sep, end, flush)
}

fn print_to(sink: impl Sink, items: &[Obj], sep: Obj, end: Obj, flush: bool) -> Obj {
    let Ok(sep) = sep_arg(sep, "sep", b" ") else {
        return 0;
    };
    let Ok(end) = sep_arg(end, "end", b"\n") else {
        return 0;
    };
    for (i, &o) in items.iter().enumerate() {
        if i > 0 && sink.write(sep).is_err() {
            return 0;
        }
        if sink.write_str_of(o).is_err() {
            return 0;
        }
    }
    if sink.write(end).is_err() || (flush && sink.flush().is_err()) {
        return 0;
    }
    none()
}

/// `print(*args)` called as a value.
#[no_mangle]
pub extern "C" fn pyaot_builtin_print(args: *const Obj, n: usize) -> Obj {
    pyaot_print(args, n, 0, 0)
}

/// The single argument of `name()`, or TypeError "takes exactly one argument".
fn one_arg(name: &str, args: *const Obj, n: usize) -> Result<Obj, ()> {
    match *word_slice(args, n) {
        [o] => Ok(o),
        _ => {
            exc::type_error(format_args!(
                "{}() takes exactly one argument ({} given)",
                name, n
            ));
            Err(())
        }
    }
}

/// `str()`, `str(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_str(args: *const Obj, n: usize) -> Obj {
    match *word_slice(args, n) {
        [] => pystr::empty(),
        [o] => object::str_of(o),
        [o, enc, ref rest @ ..] if n <= 3 => {
            if !pystr::is_str(enc) {
                exc::type_error(format_args!(
                    "str() argument 'encoding' must be str, not {}",
                    type_of(enc).name
                ))
            } else if let Some(&e) = rest.first().filter(|&&e| !pystr::is_str(e)) {
                exc::type_error(format_args!(
                    "str() argument 'errors' must be str, not {}",
                    type_of(e).name
                ))
            } else if crate::typeext::buffer(o).is_some() {
                // bytes.decode, reached through the object's type: plain str() does
                // not link the codecs.
                let a = [enc, rest.first().copied().unwrap_or(0)];
                let a = if a[1] == 0 { &a[..1] } else { &a[..] };
                crate::typeext::call_method(o, "decode", a, &[]).unwrap_or(0)
            } else if pystr::is_str(o) {
                exc::type_error(format_args!("decoding str is not supported"))
            } else {
                exc::type_error(format_args!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_of(o).name
                ))
            }
        }
        _ => exc::type_error(format_args!(
            "str() takes at most 3 arguments ({} given)",
            n
        )),
    }
}

/// `repr(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_repr(args: *const Obj, n: usize) -> Obj {
    match one_arg("repr", args, n) {
        Ok(o) => object::repr(o),
        Err(()) => 0,
    }
}

/// `ascii(o)`: `repr(o)` with non-ASCII characters escaped.
pub fn ascii_of(o: Obj) -> Obj {
    let r = object::repr(o);
    if r == 0 {
        return 0;
    }
    let t = pystr::as_str(r);
    if t.is_ascii() {
        return r;
    }
    pystr::build(|w| {
        for c in t.chars() {
            let v = c as u32;
            if v < 0x80 {
                w.write_char(c)?;
            } else if v < 0x100 {
                write!(w, "\\x{v:02x}")?;
            } else if v < 0x10000 {
                write!(w, "\\u{v:04x}")?;
            } else {
                write!(w, "\\U{v:08x}")?;
            }
        }
        Ok(())
    })
}

/// `ascii(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_ascii(args: *const Obj, n: usize) -> Obj {
    match one_arg("ascii", args, n) {
        Ok(o) => ascii_of(o),
        Err(()) => 0,
    }
}

/// `bool()`, `bool(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_bool(args: *const Obj, n: usize) -> Obj {
    match *word_slice(args, n) {
        [] => bool_obj(false),
        [o] => match object::is_true(o) {
            Ok(b) => bool_obj(b),
            Err(()) => 0,
        },
        _ => exc::type_error(format_args!("bool expected at most 1 argument, got {}", n)),
    }
}

/// `int()`, `int(x)`, `int(s, base)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_int(args: *const Obj, n: usize) -> Obj {
    match *word_slice(args, n) {
        [] => tag_int(0),
        [o] => int_of(o),
        [o, base] => {
            let Some(b) = int::value(base).or_else(|| int::is_int(base).then_some(-1)) else {
                return exc::type_error(format_args!(
                    "'{}' object cannot be interpreted as an integer",
                    type_of(base).name
                ));
            };
            let text = match ascii_text(o) {
                Some(t) => t,
                None if pystr::is_str(o) => o,
                None => {
                    return exc::type_error(format_args!(
                        "int() can't convert non-string with explicit base"
                    ))
                }
            };
            if b != 0 && !(2..=36).contains(&b) {
                return exc::value_error(format_args!("int() base must be >= 2 and <= 36, or 0"));
            }
            int_from_str(text, b as u32, o)
        }
        _ => exc::type_error(format_args!(
            "int() takes at most 2 arguments ({} given)",
            n
        )),
    }
}

/// `int(o)` for one argument.
fn int_of(o: Obj) -> Obj {
    if let Some(v) = int::value(o) {
        return tag_int(v);
    }
    if int::is_int(o) {
        return o;
    }
    // A float through its type (`MethodTable::to_int`): naming float here would
    // link float parsing and printing into every program that calls a class.
    if let Some(to_int) = type_of(o).methods.and_then(|m| m.to_int) {
        return to_int(o);
    }
    if pystr::is_str(o) {
        return int_from_str(o, 10, o);
    }
    if let Some(t) = ascii_text(o) {
        return int_from_str(t, 10, o);
    }
    exc::type_error(format_args!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_of(o).name
    ))
}

/// `int(f)`: truncation toward zero, exact for any finite float.
pub fn int_from_float(f: f64) -> Obj {
    if f.is_nan() {
        return exc::value_error(format_args!("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return exc::overflow_error(format_args!("cannot convert float infinity to integer"));
    }
    crate::bigint::conv::from_f64(f)
}

/// Whether `_` separators in `digits` each sit between two digits (PEP 515).
fn underscores_ok(digits: &[u8], is_digit: impl Fn(u8) -> bool) -> bool {
    digits.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0 && i + 1 < digits.len() && is_digit(digits[i - 1]) && is_digit(digits[i + 1]))
    })
}

/// Parses str `s` as `int(s, base)` does (base 0: infer from the prefix): the int,
/// 0 with an exception pending (the digit limit), or Err for invalid text.
fn parse_int(s: Obj, mut base: u32) -> Result<Obj, ()> {
    let text = pystr::as_str(s);
    let trimmed = text.trim_matches(pystr::is_space);
    let offset = trimmed.as_ptr() as usize - text.as_ptr() as usize;
    let t = trimmed.as_bytes();
    let (neg, mut i) = match t.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let prefix = match &t[i..] {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    let mut after_prefix = false;
    if prefix != 0 && (base == 0 || base == prefix) {
        base = prefix;
        i += 2;
        after_prefix = true;
    } else if base == 0 {
        base = 10;
        // Base 0 rejects leading zeros, as Python's int literals do ("010").
        if t.get(i) == Some(&b'0') && t[i..].iter().any(|&c| c != b'0' && c != b'_') {
            return Err(());
        }
    }
    // After a prefix, one underscore may come first ("0x_1f").
    if after_prefix && t.get(i) == Some(&b'_') {
        i += 1;
    }
    let digits = &t[i..];
    let digit = |c: u8| radix_digit(c).filter(|&d| d < base);
    if digits.is_empty() || !underscores_ok(digits, |c| digit(c).is_some()) {
        return Err(());
    }
    if digits.iter().any(|&c| c != b'_' && digit(c).is_none()) {
        return Err(());
    }
    if digits.len() <= 24 {
        // At most 24 digits: below 36**24 < 2**125, exact in a u128.
        let mut v: u128 = 0;
        for &c in digits.iter().filter(|&&c| c != b'_') {
            v = v * base as u128 + digit(c).unwrap_or(0) as u128;
        }
        return Ok(crate::bigint::from_mag_u128(neg, v));
    }
    Ok(crate::bigint::radix::parse(
        s,
        offset + i,
        offset + t.len(),
        base,
        neg,
    ))
}

fn radix_digit(c: u8) -> Option<u32> {
    crate::bigint::radix::digit_value(c)
}

/// The text `int()` and `float()` parse in a bytes-like object: a str of its bytes
/// when they are ASCII, else one that cannot parse (0 when allocation failed).
fn ascii_text(o: Obj) -> Option<Obj> {
    let b = crate::typeext::buffer(o)?;
    if b.is_ascii() {
        Some(pystr::from_bytes(b))
    } else {
        Some(crate::static_str!("?"))
    }
}

/// `int(s, base)` for a str `s`; `shown` is what the error message quotes (the
/// argument, which may be bytes).
fn int_from_str(s: Obj, base: u32, shown: Obj) -> Obj {
    if s == 0 {
        return 0;
    }
    let ascii = crate::numtext::ascii_numeric(s);
    if ascii == 0 {
        return 0;
    }
    match parse_int(ascii, base) {
        Ok(v) => v,
        Err(()) => {
            let r = object::repr(shown);
            if r == 0 {
                return 0;
            }
            exc::value_error(format_args!(
                "invalid literal for int() with base {}: {}",
                base,
                pystr::as_str(r)
            ))
        }
    }
}

/// Parses a float literal as `float(text)` does: whitespace, underscores between
/// digits, `inf`, `infinity`, `nan` in any case.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(pystr::is_space);
    if !t.contains('_') {
        return t.parse().ok();
    }
    if !underscores_ok(t.as_bytes(), |c| c.is_ascii_digit()) {
        return None;
    }
    let mut buf: Buf<256> = Buf::new();
    for &c in t.as_bytes().iter().filter(|&&c| c != b'_') {
        buf.push(c);
    }
    if !buf.overflowed {
        return buf.as_str().parse().ok();
    }
    // A long literal: strip the underscores in a heap str.
    let n = t.bytes().filter(|&c| c != b'_').count();
    let s = pystr::alloc(n);
    if s == 0 {
        crate::exc::take();
        return None;
    }
    for (d, c) in pystr::data_mut(s)
        .iter_mut()
        .zip(t.bytes().filter(|&c| c != b'_'))
    {
        *d = c;
    }
    core::str::from_utf8(pystr::data_mut(s)).ok()?.parse().ok()
}

/// `float()`, `float(x)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_float(args: *const Obj, n: usize) -> Obj {
    let o = match *word_slice(args, n) {
        [] => return float::float_new(0.0),
        [o] => o,
        _ => return exc::type_error(format_args!("float expected at most 1 argument, got {}", n)),
    };
    if float::is_float(o) {
        return o;
    }
    if int::is_int(o) {
        return match int::to_f64(o) {
            Ok(v) => float::float_new(v),
            Err(()) => 0,
        };
    }
    let text = if pystr::is_str(o) {
        Some(o)
    } else {
        ascii_text(o)
    };
    if let Some(t) = text {
        if t == 0 {
            return 0;
        }
        let ascii = crate::numtext::ascii_numeric(t);
        if ascii == 0 {
            return 0;
        }
        return match parse_float(pystr::as_str(ascii)) {
            Some(v) => float::float_new(v),
            None => {
                let r = object::repr(o);
                if r == 0 {
                    return 0;
                }
                exc::value_error(format_args!(
                    "could not convert string to float: {}",
                    pystr::as_str(r)
                ))
            }
        };
    }
    exc::type_error(format_args!(
        "float() argument must be a string or a real number, not '{}'",
        type_of(o).name
    ))
}

/// `abs(x)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_abs(args: *const Obj, n: usize) -> Obj {
    let Ok(o) = one_arg("abs", args, n) else {
        return 0;
    };
    if int::is_int(o) {
        return int::abs(o);
    }
    if float::is_float(o) {
        let v = float::value(o);
        return if v.is_sign_negative() {
            float::float_new(-v)
        } else {
            o
        };
    }
    exc::type_error(format_args!(
        "bad operand type for abs(): '{}'",
        type_of(o).name
    ))
}

/// `chr(i)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_chr(args: *const Obj, n: usize) -> Obj {
    let Ok(o) = one_arg("chr", args, n) else {
        return 0;
    };
    let Some(v) = int::value(o).filter(|&v| i32::try_from(v).is_ok()) else {
        if int::is_int(o) {
            // CPython converts to a C int first.
            return exc::overflow_error(format_args!("Python int too large to convert to C int"));
        }
        return exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(o).name
        ));
    };
    if !(0..0x110000).contains(&v) {
        return exc::value_error(format_args!("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(v as u32) {
        Some(c) => pystr::from_char(c),
        // Lone surrogates cannot be held in UTF-8 strs.
        None => exc::value_error(format_args!("surrogate code points are not supported")),
    }
}

/// `ord(c)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_ord(args: *const Obj, n: usize) -> Obj {
    let Ok(o) = one_arg("ord", args, n) else {
        return 0;
    };
    if let Some(b) = crate::typeext::buffer(o) {
        return match *b {
            [c] => tag_int(c as isize),
            _ => exc::type_error(format_args!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )),
        };
    }
    if !pystr::is_str(o) {
        return exc::type_error(format_args!(
            "ord() expected string of length 1, but {} found",
            type_of(o).name
        ));
    }
    let t = pystr::as_str(o);
    let mut chars = t.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => tag_int(c as isize),
        _ => exc::type_error(format_args!(
            "ord() expected a character, but string of length {} found",
            pystr::char_len(o)
        )),
    }
}

/// `hash(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_hash(args: *const Obj, n: usize) -> Obj {
    let Ok(o) = one_arg("hash", args, n) else {
        return 0;
    };
    if int::is_int(o) {
        return int::new_i64(int::hash64(o));
    }
    if float::is_float(o) && !float::value(o).is_nan() {
        return int::new_i64(float::hash64_f64(float::value(o)));
    }
    match object::hash(o) {
        // str hashes use the whole word; fold them into the small-int range (CPython
        // randomises str hashes, so no program depends on the exact values).
        Ok(h) if !(int::MIN..=int::MAX).contains(&h) => tag_int(h >> 2),
        Ok(h) => tag_int(h),
        Err(()) => 0,
    }
}
