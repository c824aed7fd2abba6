//! The formats of the `struct` module: parsing (`Format`), sizes and alignment,
//! packing values into bytes and unpacking them, with CPython 3.11's rules and
//! messages. The module's functions and the `Struct` class are in `structmod`.
//!
//! Native mode (`@`, the default) uses x86-64 Linux's C sizes and alignment (`l`,
//! `L`, `n`, `N`, `P` are 8 bytes) on every target, Cortex-M included: there
//! CPython is no oracle, and one layout everywhere keeps data portable between the
//! host and the board. Byte order is little-endian on both. Which of CPython's
//! packing routines handles a code (and so which message an out-of-range value
//! gets) depends on the mode as in CPython on a little-endian 64-bit host: `<` and
//! `=` share the native routines where the sizes agree.

use crate::bytes;
use crate::exc::{self, exc_type, TYPE_EXCEPTION, TYPE_OVERFLOW_ERROR};
use crate::object::{self, type_of, Obj, TypeObject};
use crate::typeext;
use crate::{float, int, str as pystr, tuple};

/// `struct.error` (its `__name__` is `error`; the dotted name is how the class's
/// repr and tracebacks print it).
pub static TYPE_STRUCT_ERROR: TypeObject = TypeObject {
    repr: Some(error_repr),
    ..exc_type("struct.error", &TYPE_EXCEPTION)
};

/// `error('x')`: an exception's repr names its class without the module.
fn error_repr(e: Obj) -> Obj {
    let r = exc::builtin_str(e, true);
    if r == 0 {
        return 0;
    }
    let t = pystr::as_str(r);
    pystr::from_str(t.strip_prefix("struct.").unwrap_or(t))
}

/// Raises `struct.error` with `msg`; returns 0.
pub fn error(msg: core::fmt::Arguments) -> Obj {
    exc::raise_fmt(&TYPE_STRUCT_ERROR, msg)
}

// ---- formats ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// `@`: native sizes and alignment.
    Native,
    /// `<`, `=`: standard sizes, little-endian.
    Little,
    /// `>`, `!`: standard sizes, big-endian.
    Big,
}

/// (size, alignment) of a format code; None: not a code of this mode.
fn size_of(code: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let (size, align) = match code {
        b'x' | b'c' | b'b' | b'B' | b's' | b'p' => (1, 0),
        b'?' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' if native => (8, 8),
        b'l' | b'L' => (4, 4),
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    };
    Some((size, if native { align } else { 0 }))
}

/// One code of a format with its repeat count and the offset of its first item.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format: its byte order, total size and number of values.
pub struct Format {
    text: &'static [u8],
    order: Order,
    /// Bytes the format packs into.
    pub size: usize,
    /// Values it packs.
    pub nvalues: usize,
}

/// The format's text from a str or bytes argument.
fn format_text(f: Obj) -> Result<&'static [u8], ()> {
    if pystr::is_str(f) {
        return Ok(pystr::as_bytes(f));
    }
    if bytes::is_bytes(f) {
        return Ok(bytes::as_bytes(f));
    }
    exc::type_error(format_args!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        object::short_name(type_of(f))
    ));
    Err(())
}

impl Format {
    /// Parses format `f` (a str or bytes object).
    pub fn parse(f: Obj) -> Result<Format, ()> {
        let text = format_text(f)?;
        let (order, body) = match text.first() {
            Some(b'@') => (Order::Native, &text[1..]),
            Some(b'=' | b'<') => (Order::Little, &text[1..]),
            Some(b'>' | b'!') => (Order::Big, &text[1..]),
            _ => (Order::Native, text),
        };
        let mut fmt = Format {
            text: body,
            order,
            size: 0,
            nvalues: 0,
        };
        let (mut size, mut nvalues) = (0usize, 0usize);
        fmt.walk(|it| {
            size = it.offset + it.count * it.size;
            nvalues += match it.code {
                b's' | b'p' => 1,
                b'x' => 0,
                _ => it.count,
            };
            Ok(())
        })?;
        fmt.size = size;
        fmt.nvalues = nvalues;
        Ok(fmt)
    }

    /// Calls `f` for each code in order, with alignment applied; the errors of
    /// CPython's `prepare_s`.
    fn walk(&self, mut f: impl FnMut(Item) -> Result<(), ()>) -> Result<(), ()> {
        let t = self.text;
        let too_long = || {
            error(format_args!("total struct size too long"));
        };
        let (mut i, mut size) = (0, 0usize);
        while i < t.len() {
            let mut c = t[i];
            i += 1;
            if crate::bytes_methods::is_space(c) {
                continue;
            }
            let mut count = 1usize;
            if c.is_ascii_digit() {
                count = (c - b'0') as usize;
                loop {
                    let Some(&d) = t.get(i) else {
                        error(format_args!("repeat count given without format specifier"));
                        return Err(());
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        c = d;
                        break;
                    }
                    count = match count
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as usize))
                        .filter(|&n| n <= isize::MAX as usize)
                    {
                        Some(n) => n,
                        None => {
                            too_long();
                            return Err(());
                        }
                    };
                }
            }
            let Some((isize_, align)) = size_of(c, self.order) else {
                error(format_args!("bad char in struct format"));
                return Err(());
            };
            if align > 0 && size > 0 {
                size += (align - 1) - (size - 1) % align;
            }
            let total = count
                .checked_mul(isize_)
                .and_then(|n| n.checked_add(size))
                .filter(|&n| n <= isize::MAX as usize);
            let Some(total) = total else {
                too_long();
                return Err(());
            };
            f(Item {
                code: c,
                count,
                offset: size,
                size: isize_,
            })?;
            size = total;
        }
        Ok(())
    }
}

// ---- packing ----

fn int_error() -> Result<i128, ()> {
    error(format_args!("required argument is not an integer"));
    Err(())
}

fn out_of_range() -> Result<i128, ()> {
    error(format_args!("argument out of range"));
    Err(())
}

/// `'i' format requires -2147483648 <= number <= 2147483647`.
fn range_error(code: u8, size: usize, unsigned: bool) -> Result<i128, ()> {
    let ulargest = (1u128 << (8 * size)) - 1;
    if unsigned {
        error(format_args!(
            "'{}' format requires 0 <= number <= {}",
            code as char, ulargest
        ));
    } else {
        let largest = (ulargest >> 1) as i128;
        error(format_args!(
            "'{}' format requires {} <= number <= {}",
            code as char, !largest, largest
        ));
    }
    Err(())
}

/// The int value to pack for an integer code, checked as the CPython routine
/// for this code and mode checks it.
fn int_value(v: Obj, code: u8, size: usize, order: Order) -> Result<i128, ()> {
    if !int::is_int(v) {
        return int_error();
    }
    let x = crate::bigint::to_i128(v);
    let long = x.filter(|x| i64::try_from(*x).is_ok());
    let ulong = x.filter(|x| u64::try_from(*x).is_ok());
    let big = order == Order::Big;
    let std = order != Order::Native;
    match code {
        b'b' | b'B' | b'h' | b'H' if !(big && matches!(code, b'h' | b'H')) => {
            let Some(x) = long else {
                return out_of_range();
            };
            let (lo, hi, what) = match code {
                b'b' => (-128, 127, "byte format requires -128 <= number <= 127"),
                b'B' => (0, 255, "ubyte format requires 0 <= number <= 255"),
                b'h' => (
                    -32768,
                    32767,
                    "short format requires -32768 <= number <= 32767",
                ),
                _ => (0, 65535, "ushort format requires 0 <= number <= 65535"),
            };
            if !(lo..=hi).contains(&x) {
                error(format_args!("{what}"));
                return Err(());
            }
            Ok(x)
        }
        // Signed with a range check below the word size: np_int, lp_int, bp_int.
        b'h' | b'i' | b'l' if code != b'l' || std => {
            let Some(x) = long else {
                return out_of_range();
            };
            let half = 1i128 << (8 * size - 1);
            if x < -half || x >= half {
                return range_error(code, size, false);
            }
            Ok(x)
        }
        b'H' | b'I' | b'L' if code != b'L' || std => {
            let Some(x) = ulong else {
                return out_of_range();
            };
            if x >= 1i128 << (8 * size) {
                return range_error(code, size, true);
            }
            Ok(x)
        }
        b'q' | b'Q' if big => {
            let fits = if code == b'q' { long } else { ulong };
            fits.ok_or_else(|| {
                error(format_args!("int too large to convert"));
            })
        }
        b'l' | b'q' | b'n' => long.map_or_else(out_of_range, Ok),
        b'L' | b'Q' | b'N' => ulong.map_or_else(out_of_range, Ok),
        // b'P': a pointer, signed or unsigned.
        _ => long.or(ulong).ok_or_else(|| {
            error(format_args!("int too large to convert"));
        }),
    }
}

/// The float value to pack.
fn float_value(v: Obj) -> Result<f64, ()> {
    if float::is_float(v) {
        return Ok(float::value(v));
    }
    if int::is_int(v) {
        if let Ok(f) = int::to_f64(v) {
            return Ok(f);
        }
        exc::take();
    }
    error(format_args!("required argument is not a float"));
    Err(())
}

/// `x` as an IEEE half (`PyFloat_Pack2`: round half to even), or OverflowError.
fn pack_half(x: f64) -> Result<u16, ()> {
    let overflow = || {
        exc::raise_fmt(
            &TYPE_OVERFLOW_ERROR,
            format_args!("float too large to pack with e format"),
        );
    };
    let sign = x.is_sign_negative() as u16;
    if x == 0.0 {
        return Ok(sign << 15);
    }
    if x.is_infinite() {
        return Ok(sign << 15 | 0x1f << 10);
    }
    if x.is_nan() {
        return Ok(sign << 15 | 0x1f << 10 | 512);
    }
    let (f, e) = libm::frexp(x.abs());
    // f in [0.5, 1): normalise to [1, 2).
    let (mut f, mut e) = (f * 2.0, e - 1);
    if e >= 16 {
        overflow();
        return Err(());
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = libm::ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                overflow();
                return Err(());
            }
        }
    }
    Ok(sign << 15 | (e as u16) << 10 | bits)
}

/// The double an IEEE half holds (`PyFloat_Unpack2`).
fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        libm::ldexp(f / 1024.0, -14)
    } else {
        libm::ldexp(1.0 + f / 1024.0, e - 15)
    };
    if sign {
        -x
    } else {
        x
    }
}

/// Writes the low `out.len()` bytes of `x` in the mode's byte order.
fn put(out: &mut [u8], x: u128, order: Order) {
    let n = out.len();
    for (k, slot) in out.iter_mut().enumerate() {
        let shift = if order == Order::Big { n - 1 - k } else { k };
        *slot = (x >> (8 * shift)) as u8;
    }
}

/// Reads `d` as an unsigned number in the mode's byte order.
fn get(d: &[u8], order: Order) -> u128 {
    let mut x = 0u128;
    if order == Order::Big {
        for &b in d {
            x = x << 8 | b as u128;
        }
    } else {
        for &b in d.iter().rev() {
            x = x << 8 | b as u128;
        }
    }
    x
}

/// Packs `values` by `fmt` into `out` (`fmt.size` bytes, zeroed).
pub fn pack_values(fmt: &Format, values: &[Obj], out: &mut [u8]) -> Result<(), ()> {
    let mut next = 0;
    let order = fmt.order;
    fmt.walk(|it| {
        if it.code == b'x' {
            return Ok(());
        }
        if it.code == b's' || it.code == b'p' {
            let v = values[next];
            next += 1;
            let Some(b) = typeext::buffer(v) else {
                error(format_args!(
                    "argument for '{}' must be a bytes object",
                    it.code as char
                ));
                return Err(());
            };
            let field = &mut out[it.offset..it.offset + it.count];
            if it.code == b's' {
                let n = b.len().min(it.count);
                field[..n].copy_from_slice(&b[..n]);
            } else if it.count > 0 {
                let n = b.len().min(it.count - 1);
                field[1..1 + n].copy_from_slice(&b[..n]);
                field[0] = n.min(255) as u8;
            }
            return Ok(());
        }
        for k in 0..it.count {
            let v = values[next];
            next += 1;
            let at = it.offset + k * it.size;
            let slot = &mut out[at..at + it.size];
            match it.code {
                b'c' => match bytes::is_bytes(v).then(|| bytes::as_bytes(v)) {
                    Some(&[c]) => slot[0] = c,
                    _ => {
                        error(format_args!(
                            "char format requires a bytes object of length 1"
                        ));
                        return Err(());
                    }
                },
                b'?' => slot[0] = object::is_true(v)? as u8,
                b'e' => put(slot, pack_half(float_value(v)?)? as u128, order),
                b'f' => {
                    let x = float_value(v)?;
                    let y = x as f32;
                    if order != Order::Native && y.is_infinite() && !x.is_infinite() {
                        exc::raise_fmt(
                            &TYPE_OVERFLOW_ERROR,
                            format_args!("float too large to pack with f format"),
                        );
                        return Err(());
                    }
                    put(slot, y.to_bits() as u128, order)
                }
                b'd' => put(slot, float_value(v)?.to_bits() as u128, order),
                _ => put(slot, int_value(v, it.code, it.size, order)? as u128, order),
            }
        }
        Ok(())
    })
}

/// Unpacks `fmt` from `d` (exactly `fmt.size` bytes) into a tuple.
pub fn unpack_values(fmt: &Format, d: &[u8]) -> Obj {
    let t = tuple::alloc(fmt.nvalues);
    if t == 0 {
        return 0;
    }
    let mut next = 0;
    let order = fmt.order;
    let r = fmt.walk(|it| {
        let mut push = |v: Obj| -> Result<(), ()> {
            if v == 0 {
                return Err(());
            }
            tuple::items_mut(t)[next] = v;
            next += 1;
            Ok(())
        };
        let field = &d[it.offset..it.offset + it.count * it.size];
        match it.code {
            b'x' => return Ok(()),
            b's' => return push(bytes::from_slice(field)),
            b'p' => {
                let n = field
                    .first()
                    .map_or(0, |&n| (n as usize).min(it.count.saturating_sub(1)));
                let body = if it.count > 0 {
                    &field[1..1 + n]
                } else {
                    &[][..]
                };
                return push(bytes::from_slice(body));
            }
            _ => {}
        }
        for k in 0..it.count {
            let s = &field[k * it.size..(k + 1) * it.size];
            let x = get(s, order);
            let v = match it.code {
                b'c' => bytes::from_slice(s),
                b'?' => object::bool_obj(x != 0),
                b'e' => float::float_new(unpack_half(x as u16)),
                b'f' => float::float_new(f32::from_bits(x as u32) as f64),
                b'd' => float::float_new(f64::from_bits(x as u64)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    // Sign-extend from the field's width.
                    let bits = 8 * it.size as u32;
                    let v = ((x << (128 - bits)) as i128) >> (128 - bits);
                    crate::bigint::from_i128(v)
                }
                _ => crate::bigint::from_i128(x as i128),
            };
            push(v)?;
        }
        Ok(())
    });
    match r {
        Ok(()) => t,
        Err(()) => 0,
    }
}
