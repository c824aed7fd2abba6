//! Formatting without allocation: a fixed-capacity buffer implementing
//! `core::fmt::Write`, decimal ints, and CPython's `float.__repr__` layout.
//!
//! Printing and str building use these so that `print(i)` or `str(x)` costs one
//! formatting pass into a stack buffer and at most one heap allocation.

use core::fmt::Write;

/// A fixed-capacity byte buffer. Writes past the capacity are dropped and remembered
/// in `overflowed`, so callers can fall back to a bigger buffer.
pub struct Buf<const N: usize> {
    data: [u8; N],
    len: usize,
    /// Whether a write did not fit.
    pub overflowed: bool,
}

impl<const N: usize> Buf<N> {
    /// An empty buffer.
    #[inline]
    pub const fn new() -> Self {
        Buf {
            data: [0; N],
            len: 0,
            overflowed: false,
        }
    }

    /// The bytes written so far.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.data[..self.len]
    }

    /// The bytes written so far, writable.
    #[inline]
    pub fn as_bytes_mut(&mut self) -> &mut [u8] {
        &mut self.data[..self.len]
    }

    /// The text written so far (only whole `&str`s are ever stored, so it is UTF-8
    /// unless a write was cut short, which `overflowed` reports).
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    /// Appends bytes; sets `overflowed` (and stores nothing) when they do not fit.
    #[inline]
    pub fn push_bytes(&mut self, b: &[u8]) {
        let end = self.len + b.len();
        if end > N {
            self.overflowed = true;
            return;
        }
        self.data[self.len..end].copy_from_slice(b);
        self.len = end;
    }

    /// Appends one byte.
    #[inline]
    pub fn push(&mut self, b: u8) {
        self.push_bytes(&[b]);
    }
}

impl<const N: usize> Default for Buf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Write for Buf<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.push_bytes(s.as_bytes());
        if self.overflowed {
            Err(core::fmt::Error)
        } else {
            Ok(())
        }
    }
}

/// Counts the bytes a formatting would produce, for sizing a heap buffer exactly.
pub struct Counter(pub usize);

impl Write for Counter {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// Writes formatted text into raw memory whose size was measured by `Counter`.
pub struct RawWriter {
    /// Next byte to write.
    pub ptr: *mut u8,
    /// Bytes left.
    pub left: usize,
}

impl Write for RawWriter {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let n = s.len().min(self.left);
        // SAFETY: the caller sized the block with `Counter`; `n` never exceeds it.
        unsafe {
            core::ptr::copy_nonoverlapping(s.as_ptr(), self.ptr, n);
            self.ptr = self.ptr.add(n);
        }
        self.left -= n;
        Ok(())
    }
}

/// The decimal digits of `v` in `out`, returning the used tail (no allocation, no
/// `core::fmt` machinery: this is the hot path of `print(i)` and `str(i)`).
#[inline]
pub fn int_decimal(v: isize, out: &mut [u8; 24]) -> &[u8] {
    let neg = v < 0;
    let mut n = v.unsigned_abs() as u64;
    let mut i = out.len();
    loop {
        i -= 1;
        out[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        out[i] = b'-';
    }
    &out[i..]
}

/// Writes `repr(x)` as CPython prints a float: the shortest digits that round-trip,
/// fixed notation when 1e-4 <= |x| < 1e16 (with `.0` for integral values),
/// otherwise `d.ddde+XX`; `inf`, `-inf`, `nan`.
pub fn float_repr<W: Write>(x: f64, out: &mut W) -> core::fmt::Result {
    if x.is_nan() {
        return out.write_str("nan");
    }
    if x.is_infinite() {
        return out.write_str(if x < 0.0 { "-inf" } else { "inf" });
    }
    if x == 0.0 {
        return out.write_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
    }
    let mut sci: Buf<40> = Buf::new();
    let _ = shortest_sci(x.abs(), &mut sci);
    let s = sci.as_bytes();
    let e_at = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    let mut digits: Buf<20> = Buf::new();
    for &c in &s[..e_at] {
        if c != b'.' {
            digits.push(c);
        }
    }
    let exp: i32 = core::str::from_utf8(&s[(e_at + 1).min(s.len())..])
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let d = digits.as_str();
    if x < 0.0 {
        out.write_char('-')?;
    }
    if (-4..16).contains(&exp) {
        // The position of the decimal point relative to the first digit.
        let point = exp + 1;
        let nd = d.len() as i32;
        if point <= 0 {
            out.write_str("0.")?;
            for _ in 0..-point {
                out.write_char('0')?;
            }
            out.write_str(d)
        } else if point >= nd {
            out.write_str(d)?;
            for _ in 0..point - nd {
                out.write_char('0')?;
            }
            out.write_str(".0")
        } else {
            let (int_part, frac) = d.split_at(point as usize);
            out.write_str(int_part)?;
            out.write_char('.')?;
            out.write_str(frac)
        }
    } else {
        let (first, rest) = d.split_at(1);
        out.write_str(first)?;
        if !rest.is_empty() {
            out.write_char('.')?;
            out.write_str(rest)?;
        }
        let sign = if exp < 0 { '-' } else { '+' };
        write!(out, "e{}{:02}", sign, exp.unsigned_abs())
    }
}

/// Writes the shortest digits that round-trip to `x` (finite, nonzero) as Rust's
/// `{:e}` lays them out (`d.ddde<exp>`), breaking exact ties between two shortest
/// candidates to even as CPython does (core rounds them up).
pub fn shortest_sci<W: Write>(x: f64, out: &mut W) -> core::fmt::Result {
    let mut sci: Buf<40> = Buf::new();
    let _ = write!(sci, "{:e}", x);
    // Only an odd last digit can be such a tie: redo it with exact (half-even)
    // formatting at the same length, and keep that when it still round-trips.
    let e_pos = sci.as_bytes().iter().position(|&c| c == b'e').unwrap_or(0);
    if e_pos > 0 && (sci.as_bytes()[e_pos - 1] - b'0') % 2 == 1 {
        // Digits before the 'e', not counting the '.' of "d.ddd".
        let ndigits = if e_pos > 1 { e_pos - 1 } else { 1 };
        let mut exact: Buf<40> = Buf::new();
        let _ = write!(exact, "{:.*e}", ndigits - 1, x);
        if exact.as_str().parse::<f64>() == Ok(x) {
            sci = exact;
        }
    }
    out.write_str(sci.as_str())
}
