//! Big ints to and from text: decimal by chunks of the largest power of ten a limb
//! holds (10**19 on 64-bit targets), bases 2, 8 and 16 bit by bit. Like CPython 3.11,
//! decimal (and any base that is not a power of two) refuses more than
//! `pyaot_abi::INT_MAX_STR_DIGITS` digits with ValueError, which also bounds the
//! quadratic chunk conversion.

use super::{alloc, buf, finish, is_big, limbs, mag, size, Limb, LIMB_BITS};
use crate::exc;
use crate::object::Obj;
use crate::str as pystr;
use pyaot_abi::INT_MAX_STR_DIGITS;

/// The largest power of ten that fits a limb, and its number of zeros.
const CHUNK: (Limb, usize) = if LIMB_BITS == 64 {
    (10_000_000_000_000_000_000u64 as Limb, 19)
} else {
    (1_000_000_000, 9)
};
/// Whole bits in a chunk: `floor(log2(CHUNK.0))`.
const CHUNK_BITS: usize = if LIMB_BITS == 64 { 63 } else { 29 };

/// Bits above which an int certainly has more than `INT_MAX_STR_DIGITS` decimal
/// digits: a number of `b` bits has at least `(b - 1) * log10(2) + 1` digits.
const MAX_DECIMAL_BITS: usize =
    (INT_MAX_STR_DIGITS as f64 / core::f64::consts::LOG10_2) as usize + 1;

fn digits_limit_error() -> Obj {
    exc::value_error(format_args!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        INT_MAX_STR_DIGITS
    ))
}

/// The text of an int in base 2, 8, 10 or 16: an optional `-`, then `prefix`
/// (e.g. `0x`) and the digits, lowercase unless `upper`. A new str, or 0 with an
/// exception pending (ValueError beyond the decimal digit limit).
pub fn to_str(o: Obj, base: u32, prefix: &str, upper: bool) -> Obj {
    if !is_big(o) {
        return small_to_str(crate::int::value(o).unwrap_or(0), base, prefix, upper);
    }
    if base == 10 {
        decimal(o, prefix)
    } else {
        power_of_two(o, base.trailing_zeros(), prefix, upper)
    }
}

fn small_to_str(v: isize, base: u32, prefix: &str, upper: bool) -> Obj {
    let mut buf = [0u8; 72];
    let mut i = buf.len();
    let mut m = v.unsigned_abs();
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    loop {
        i -= 1;
        buf[i] = digits[m % base as usize];
        m /= base as usize;
        if m == 0 {
            break;
        }
    }
    for &c in prefix.as_bytes().iter().rev() {
        i -= 1;
        buf[i] = c;
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    pystr::from_bytes(&buf[i..])
}

fn decimal(o: Obj, prefix: &str) -> Obj {
    let n = size(o).unsigned_abs();
    if mag::bit_length(limbs(o)) > MAX_DECIMAL_BITS {
        return digits_limit_error();
    }
    // Scratch: a copy of the magnitude, divided down in place, and the chunks
    // (least significant first). Each chunk takes away at least CHUNK_BITS bits.
    let nchunks_max = n * LIMB_BITS as usize / CHUNK_BITS + 2;
    let scratch = alloc(n + nchunks_max);
    if scratch == 0 {
        return 0;
    }
    let nchunks = {
        let (num, chunks) = buf(scratch, n + nchunks_max).split_at_mut(n);
        num.copy_from_slice(limbs(o));
        let mut len = n;
        let mut k = 0;
        while len > 0 {
            chunks[k] = mag::divrem_limb_in_place(&mut num[..len], CHUNK.0);
            k += 1;
            while len > 0 && num[len - 1] == 0 {
                len -= 1;
            }
        }
        k
    };
    let top = buf(scratch, n + nchunks_max)[n + nchunks - 1];
    let top_digits = count_digits(top);
    let ndigits = top_digits + CHUNK.1 * (nchunks - 1);
    if ndigits > INT_MAX_STR_DIGITS {
        return digits_limit_error();
    }
    let neg = size(o) < 0;
    let total = neg as usize + prefix.len() + ndigits;
    let s = pystr::alloc(total);
    if s == 0 {
        return 0;
    }
    let out = pystr::data_mut(s);
    let chunks = &buf(scratch, n + nchunks_max)[n..n + nchunks];
    let mut at = 0;
    if neg {
        out[0] = b'-';
        at = 1;
    }
    out[at..at + prefix.len()].copy_from_slice(prefix.as_bytes());
    at += prefix.len();
    write_chunk(&mut out[at..at + top_digits], top);
    at += top_digits;
    for &c in chunks[..nchunks - 1].iter().rev() {
        write_chunk(&mut out[at..at + CHUNK.1], c);
        at += CHUNK.1;
    }
    pystr::seal(s)
}

/// The number of decimal digits of `v` (1 for 0).
fn count_digits(mut v: Limb) -> usize {
    let mut n = 1;
    while v >= 10 {
        v /= 10;
        n += 1;
    }
    n
}

/// Writes `v` as exactly `out.len()` decimal digits (zero-padded).
fn write_chunk(out: &mut [u8], mut v: Limb) {
    for o in out.iter_mut().rev() {
        *o = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

/// Bits `[pos, pos + k)` of a magnitude.
fn bits_at(a: &[Limb], pos: usize, k: u32) -> Limb {
    let (i, s) = (pos / LIMB_BITS as usize, (pos % LIMB_BITS as usize) as u32);
    let mut v = a.get(i).copied().unwrap_or(0) >> s;
    if s + k > LIMB_BITS {
        v |= a.get(i + 1).copied().unwrap_or(0) << (LIMB_BITS - s);
    }
    v & ((1 << k) - 1)
}

fn power_of_two(o: Obj, k: u32, prefix: &str, upper: bool) -> Obj {
    let nbits = mag::bit_length(limbs(o));
    let ndigits = nbits.div_ceil(k as usize);
    let neg = size(o) < 0;
    let s = pystr::alloc(neg as usize + prefix.len() + ndigits);
    if s == 0 {
        return 0;
    }
    let out = pystr::data_mut(s);
    let mut at = 0;
    if neg {
        out[0] = b'-';
        at = 1;
    }
    out[at..at + prefix.len()].copy_from_slice(prefix.as_bytes());
    at += prefix.len();
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let a = limbs(o);
    for d in 0..ndigits {
        out[at + ndigits - 1 - d] = digits[bits_at(a, d * k as usize, k)];
    }
    pystr::seal(s)
}

/// The value of digit character `c` in base 36 (letters either case), if any.
#[inline]
pub fn digit_value(c: u8) -> Option<u32> {
    (c as char).to_digit(36)
}

/// Parses the digits `s[start..end]` of str `s` in `base` (2..=36): every byte is a
/// digit valid in `base` or an `_` the caller has validated. Returns the int
/// (negated when `neg`), or 0 with ValueError pending beyond the digit limit.
pub fn parse(s: Obj, start: usize, end: usize, base: u32, neg: bool) -> Obj {
    let ndigits = pystr::as_bytes(s)[start..end]
        .iter()
        .filter(|&&c| c != b'_')
        .count();
    if base.is_power_of_two() {
        return parse_power_of_two(s, start, end, base.trailing_zeros(), ndigits, neg);
    }
    if ndigits > INT_MAX_STR_DIGITS {
        return exc::value_error(format_args!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS, ndigits
        ));
    }
    // Digits per chunk: the most whose value fits a limb.
    let mut per_chunk = 0u32;
    let mut chunk_base: Limb = 1;
    while let Some(next) = chunk_base.checked_mul(base as Limb) {
        chunk_base = next;
        per_chunk += 1;
    }
    let bits_per_digit = 32 - (base - 1).leading_zeros() as usize;
    let n = ndigits * bits_per_digit / LIMB_BITS as usize + 2;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let out = buf(r, n);
    let mut len = 0;
    let (mut acc, mut acc_digits, mut acc_scale): (Limb, u32, Limb) = (0, 0, 1);
    for &c in &pystr::as_bytes(s)[start..end] {
        if c == b'_' {
            continue;
        }
        acc = acc * base as Limb + digit_value(c).unwrap_or(0) as Limb;
        acc_scale *= base as Limb;
        acc_digits += 1;
        if acc_digits == per_chunk {
            len = mul_add_in_place(out, len, acc_scale, acc);
            (acc, acc_digits, acc_scale) = (0, 0, 1);
        }
    }
    if acc_digits > 0 {
        len = mul_add_in_place(out, len, acc_scale, acc);
    }
    let _ = len;
    finish(r, n, neg)
}

/// `a = a * m + add` over the first `len` limbs of `a`; returns the new length.
fn mul_add_in_place(a: &mut [Limb], len: usize, m: Limb, add: Limb) -> usize {
    let (lo, hi) = a.split_at_mut(len);
    let mut carry = add;
    for x in lo.iter_mut() {
        let p = *x as super::Wide * m as super::Wide + carry as super::Wide;
        *x = p as Limb;
        carry = (p >> LIMB_BITS) as Limb;
    }
    if carry != 0 {
        hi[0] = carry;
        len + 1
    } else {
        len
    }
}

fn parse_power_of_two(s: Obj, start: usize, end: usize, k: u32, ndigits: usize, neg: bool) -> Obj {
    let n = (ndigits * k as usize).div_ceil(LIMB_BITS as usize) + 1;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let out = buf(r, n);
    let mut pos = 0usize;
    for &c in pystr::as_bytes(s)[start..end].iter().rev() {
        if c == b'_' {
            continue;
        }
        let d = digit_value(c).unwrap_or(0) as Limb;
        let (i, sh) = (pos / LIMB_BITS as usize, (pos % LIMB_BITS as usize) as u32);
        out[i] |= d << sh;
        if sh + k > LIMB_BITS {
            out[i + 1] |= d >> (LIMB_BITS - sh);
        }
        pos += k as usize;
    }
    finish(r, n, neg)
}
