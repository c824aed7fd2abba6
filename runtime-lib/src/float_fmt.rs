//! Float to text as CPython's `PyOS_double_to_string`: correctly rounded digits in
//! the three modes of David Gay's `dtoa` (shortest round-trip, n significant digits,
//! n digits after the point), then CPython's layout (`format_float_short`) for the
//! presentation types `e`, `f`, `g` and `r` (repr) with its flags.
//!
//! The digits come from `core::fmt`, whose float formatting is exact and rounds
//! half to even, as dtoa does; only their layout is CPython's.

use crate::fmt::{Buf, Counter, RawWriter};
use crate::object::Obj;
use crate::str as pystr;
use core::fmt::Write;

/// A byte string produced by formatting: on the stack when short, else in a scratch
/// str object (never sealed, never escapes).
// The stack variant is the point: no heap traffic for ordinary numbers.
#[allow(clippy::large_enum_variant)]
pub enum Text {
    /// Short text.
    Stack(Buf<512>),
    /// Long text: a scratch str and its length.
    Heap(Obj, usize),
}

impl Text {
    /// Formats `f`'s output (run twice for long text: to measure, then to write).
    pub fn capture(f: impl Fn(&mut dyn Write) -> core::fmt::Result) -> Result<Text, ()> {
        let mut buf: Buf<512> = Buf::new();
        if f(&mut buf).is_ok() && !buf.overflowed {
            return Ok(Text::Stack(buf));
        }
        let mut n = Counter(0);
        let _ = f(&mut n);
        let s = pystr::alloc(n.0);
        if s == 0 {
            return Err(());
        }
        let mut w = RawWriter {
            ptr: pystr::data_mut(s).as_mut_ptr(),
            left: n.0,
        };
        let _ = f(&mut w);
        Ok(Text::Heap(s, n.0))
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Text::Stack(b) => b.as_bytes(),
            Text::Heap(s, n) => &pystr::as_bytes(*s)[..*n],
        }
    }

    /// The bytes, writable.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        match self {
            Text::Stack(b) => b.as_bytes_mut(),
            Text::Heap(s, n) => &mut pystr::data_mut(*s)[..*n],
        }
    }
}

/// Decimal digits of a finite double's magnitude: `0.d1 d2 d3... * 10**decpt`, no
/// trailing zeros (dtoa's convention: zero is "0" with decpt 1; a value that rounds
/// to nothing in mode 3 is "" with decpt = -ndigits).
pub struct Digits {
    text: Text,
    start: usize,
    len: usize,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i64,
}

impl Digits {
    /// The digits.
    pub fn digits(&self) -> &[u8] {
        &self.text.bytes()[self.start..self.start + self.len]
    }
}

/// dtoa's modes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The shortest digits that round-trip.
    Shortest,
    /// `n` significant digits (at least 1).
    Significant(usize),
    /// `n` digits after the decimal point.
    Fixed(usize),
}

/// The digits of `|x|` (finite) in `mode`.
pub fn digits(x: f64, mode: Mode) -> Result<Digits, ()> {
    let x = x.abs();
    if x == 0.0 {
        let mut b: Buf<512> = Buf::new();
        b.push(b'0');
        return Ok(Digits {
            text: Text::Stack(b),
            start: 0,
            len: 1,
            decpt: 1,
        });
    }
    match mode {
        Mode::Shortest => {
            let mut b: Buf<40> = Buf::new();
            let _ = crate::fmt::shortest_sci(x, &mut b);
            let text = Text::capture(|w| w.write_str(b.as_str()))?;
            Ok(from_sci(text))
        }
        Mode::Significant(n) => {
            let text = Text::capture(|w| write!(w, "{:.*e}", n.max(1) - 1, x))?;
            Ok(from_sci(text))
        }
        Mode::Fixed(n) => {
            let text = Text::capture(|w| write!(w, "{:.*}", n, x))?;
            Ok(from_fixed(text, n))
        }
    }
}

/// Digits from `d.ddde<exp>`: the point removed in place.
fn from_sci(mut text: Text) -> Digits {
    let b = text.bytes_mut();
    let e = b.iter().position(|&c| c == b'e').unwrap_or(b.len());
    let exp = parse_exp(&b[(e + 1).min(b.len())..]);
    // "d.ddd": shift the fraction left over the point.
    let mut len = e;
    if e > 1 && b[1] == b'.' {
        b.copy_within(2..e, 1);
        len = e - 1;
    }
    while len > 1 && b[len - 1] == b'0' {
        len -= 1;
    }
    Digits {
        text,
        start: 0,
        len,
        decpt: exp + 1,
    }
}

fn parse_exp(b: &[u8]) -> i64 {
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let v = digits
        .iter()
        .fold(0i64, |v, &c| v * 10 + (c.wrapping_sub(b'0') as i64));
    if neg {
        -v
    } else {
        v
    }
}

/// Digits from `iii.fff` (`n` fraction digits).
fn from_fixed(mut text: Text, n: usize) -> Digits {
    let b = text.bytes_mut();
    let point = b.iter().position(|&c| c == b'.').unwrap_or(b.len());
    let mut len = b.len();
    if point < len {
        b.copy_within(point + 1.., point);
        len -= 1;
    }
    let zeros = b[..len].iter().take_while(|&&c| c == b'0').count();
    if zeros == len {
        return Digits {
            text,
            start: 0,
            len: 0,
            decpt: -(n as i64),
        };
    }
    while b[len - 1] == b'0' {
        len -= 1;
    }
    Digits {
        text,
        start: zeros,
        len: len - zeros,
        decpt: point as i64 - zeros as i64,
    }
}

fn as_str(b: &[u8]) -> &str {
    core::str::from_utf8(b).unwrap_or("")
}

/// How `PyOS_double_to_string` lays a float out.
#[derive(Clone, Copy)]
pub struct Style {
    /// `e`, `f`, `g` or `r` (lowercase).
    pub code: u8,
    /// Precision (unused for `r`).
    pub precision: usize,
    /// Uppercase `E`, `INF`, `NAN`.
    pub upper: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral results in fixed notation get `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT` (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0` (`z`): a result that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

/// Writes `x` laid out as `PyOS_double_to_string(x, style...)` (never a leading
/// `+`: the caller adds signs) through `out`.
pub fn write_float(x: f64, style: Style, out: &mut dyn Write) -> Result<(), ()> {
    let mut neg = x.is_sign_negative();
    if x.is_nan() || x.is_infinite() {
        let word = match (x.is_nan(), style.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        // dtoa ignores the sign of a NaN.
        if neg && !x.is_nan() {
            let _ = out.write_char('-');
        }
        let _ = out.write_str(word);
        return Ok(());
    }
    let (mode, precision) = match style.code {
        b'e' => (Mode::Significant(style.precision + 1), style.precision + 1),
        b'f' => (Mode::Fixed(style.precision), style.precision),
        b'g' => {
            let p = style.precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let d = digits(x, mode)?;
    let digits = d.digits();
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let precision = precision as i64;
    if style.no_neg_0 && neg && (digits_len == 0 || digits == b"0") {
        neg = false;
    }
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match style.code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if style.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if style.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && style.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut dyn Write, n: i64| {
        for _ in 0..n.max(0) {
            let _ = out.write_char('0');
        }
    };
    if neg {
        let _ = out.write_char('-');
    }
    // Exactly one of these writes the decimal point; a point at the very end is
    // dropped unless in alternate form.
    let point_at_end = decpt == vdigits_end;
    let point = |out: &mut dyn Write| {
        if !point_at_end || style.alt {
            let _ = out.write_char('.');
        }
    };
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        point(out);
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let _ = out.write_str(as_str(&digits[..decpt as usize]));
        point(out);
        let _ = out.write_str(as_str(&digits[decpt as usize..]));
    } else {
        let _ = out.write_str(as_str(digits));
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        point(out);
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if use_exp {
        let _ = out.write_char(if style.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "{}{:02}", sign, exp.unsigned_abs());
    }
    Ok(())
}
