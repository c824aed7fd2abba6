//! Ints of any size against floats: `float(i)` correctly rounded, `int(f)` exact,
//! `a / b` correctly rounded (CPython's `long_true_divide`), exact int/float
//! ordering, and CPython's 64-bit hash of ints.

use super::{alloc, buf, finish, is_big, is_negative, is_zero, limbs, mag, view, Limb, LIMB_BITS};
use crate::exc;
use crate::float::{frexp, ldexp, trunc};
use crate::object::Obj;
use core::cmp::Ordering;

/// 64 bits of a magnitude starting at bit `pos`.
fn bits64_at(a: &[Limb], pos: usize) -> u64 {
    let (i, s) = (pos / LIMB_BITS as usize, pos % LIMB_BITS as usize);
    let mut v: u128 = 0;
    for j in 0..(64 / LIMB_BITS as usize + 1) {
        let limb = a.get(i + j).copied().unwrap_or(0) as u128;
        v |= limb << (j * LIMB_BITS as usize);
    }
    (v >> s) as u64
}

/// The nearest double to a magnitude (ties to even), and whether it overflowed.
fn mag_to_f64(a: &[Limb]) -> Option<f64> {
    let nbits = mag::bit_length(a);
    if nbits <= 64 {
        return Some(bits64_at(a, 0) as f64);
    }
    if nbits > 1024 {
        return None;
    }
    // The top 64 bits with a sticky bit for everything below: more than 53 + 2 bits,
    // so rounding them to a double rounds the whole value correctly.
    let shift = nbits - 64;
    let top = bits64_at(a, shift) | mag::any_low_bits(a, shift) as u64;
    let f = ldexp(top as f64, shift as i32);
    f.is_finite().then_some(f)
}

/// `float(o)` for an int; OverflowError "int too large to convert to float".
pub fn to_f64(o: Obj) -> Result<f64, ()> {
    if !is_big(o) {
        return Ok(crate::int::value(o).unwrap_or(0) as f64);
    }
    match mag_to_f64(limbs(o)) {
        Some(f) => Ok(if is_negative(o) { -f } else { f }),
        None => {
            exc::overflow_error(format_args!("int too large to convert to float"));
            Err(())
        }
    }
}

/// `int(f)` for a finite float: its integral part, exactly.
pub fn from_f64(f: f64) -> Obj {
    let t = trunc(f);
    if t.abs() < 1.7e38 {
        // |t| < 2**127: exact as an i128.
        return super::from_i128(t as i128);
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mant = ((bits & ((1 << 52) - 1)) | (1 << 52)) as u128;
    let n = (exp + 53) / LIMB_BITS as usize + 2;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let out = buf(r, n);
    let (i, s) = (exp / LIMB_BITS as usize, exp % LIMB_BITS as usize);
    let v = mant << s;
    for j in 0..(128 / LIMB_BITS as usize) {
        if i + j < n {
            out[i + j] = (v >> (j * LIMB_BITS as usize)) as Limb;
        }
    }
    finish(r, n, t < 0.0)
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`: scale `a` so
/// the integer quotient has 55 or 56 bits, divide, fold the remainder into a sticky
/// bit, round to 53 bits (fewer when the result is subnormal) by hand, then scale.
pub fn true_div(a: Obj, b: Obj) -> Obj {
    if is_zero(b) {
        return exc::zero_division("division by zero");
    }
    let negate = is_negative(a) != is_negative(b);
    let signed = |m: f64| crate::float::float_new(if negate { -m } else { m });
    let (mut ta, mut tb) = (0, 0);
    let (a_bits, b_bits) = (
        mag::bit_length(view(a, &mut ta).mag) as i64,
        mag::bit_length(view(b, &mut tb).mag) as i64,
    );
    if a_bits == 0 {
        return signed(0.0);
    }
    if a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG {
        // Both exact as doubles: one correctly rounded division.
        let (x, y) = (to_f64(a).unwrap_or(0.0), to_f64(b).unwrap_or(1.0));
        return crate::float::float_new(x / y);
    }
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return overflow();
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return signed(0.0);
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let abs_a = super::arith::abs(a);
    let abs_b = super::arith::abs(b);
    if abs_a == 0 || abs_b == 0 {
        return 0;
    }
    let mut inexact = false;
    let x = if shift <= 0 {
        super::bits::lshift(abs_a, pyaot_abi::tag_int(-shift as isize))
    } else {
        let mut t = 0;
        inexact = mag::any_low_bits(view(abs_a, &mut t).mag, shift as usize);
        super::bits::rshift(abs_a, pyaot_abi::tag_int(shift as isize))
    };
    if x == 0 {
        return 0;
    }
    let Ok((q, r)) = super::arith::divmod(x, abs_b) else {
        return 0;
    };
    inexact |= !is_zero(r);
    // The quotient has at most 56 bits.
    let mut t = 0;
    let qm = view(q, &mut t).mag;
    let mut low = bits64_at(qm, 0);
    let x_bits = 64 - low.leading_zeros() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    low |= inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    low &= !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= DBL_MAX_EXP
        && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits as i32))
    {
        return overflow();
    }
    signed(ldexp(dx, shift as i32))
}

fn overflow() -> Obj {
    exc::overflow_error(format_args!(
        "integer division result too large for a float"
    ))
}

/// How int `i` orders against float `f`, exactly; None when `f` is NaN.
pub fn order_float(i: Obj, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let isign = if is_zero(i) {
        0
    } else if is_negative(i) {
        -1
    } else {
        1
    };
    let fsign = if f == 0.0 {
        0
    } else if f < 0.0 {
        -1
    } else {
        1
    };
    if isign != fsign || isign == 0 {
        return Some(isign.cmp(&fsign));
    }
    // Same sign, both nonzero: compare magnitudes, then flip for negatives.
    let mut t = 0;
    let nbits = mag::bit_length(view(i, &mut t).mag) as i32;
    let (_, e) = frexp(f.abs());
    let by_mag = if nbits != e {
        // 2**(nbits-1) <= |i| < 2**nbits and 2**(e-1) <= |f| < 2**e.
        nbits.cmp(&e)
    } else {
        let whole = trunc(f.abs());
        let w = from_f64(whole);
        if w == 0 {
            // Out of memory for the exact comparison: drop the MemoryError (a
            // comparison has no way to report it) and call the values equal.
            crate::exc::take();
            return Some(Ordering::Equal);
        }
        let (mut ti, mut tw) = (0, 0);
        match mag::cmp(view(i, &mut ti).mag, view(w, &mut tw).mag) {
            Ordering::Equal if f.abs() > whole => Ordering::Less,
            o => o,
        }
    };
    Some(if isign < 0 { by_mag.reverse() } else { by_mag })
}

/// CPython's hash of an int on 64-bit builds: `|n| mod (2**61 - 1)` with the sign of
/// `n`, -1 mapped to -2.
pub fn hash64(o: Obj) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let mut t = 0;
    let v = view(o, &mut t);
    // CPython's long_hash: 2**61 = 1 (mod P), so multiplying by 2**32 is a 61-bit
    // rotation; 32 bits at a time, no division (a u128 `%` links 22 KiB of
    // compiler_builtins on Thumb, into every program through int's hash slot).
    let mut x: u64 = 0;
    for &l in v.mag.iter().rev() {
        let l = l as u64;
        for half in (0..LIMB_BITS / 32).rev() {
            x = ((x << 32) & P) | (x >> 29);
            x += (l >> (32 * half)) & 0xffff_ffff;
            if x >= P {
                x -= P;
            }
        }
    }
    let h = if v.neg { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}
