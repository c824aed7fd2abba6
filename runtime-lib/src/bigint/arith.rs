//! Signed arithmetic on ints of any size: `+ - *`, floor `divmod`, `**` and
//! three-argument `pow`. Operands are ints (small, bool or big); results are
//! normalised (small when they fit). Small-by-small cases are `int.rs`'s inline work;
//! these functions accept them too.

use super::{alloc, buf, finish, mag, nlimbs, view, Limb, Wide};
use crate::exc;
use crate::object::Obj;
use core::cmp::Ordering;
use pyaot_abi::tag_int;

/// `a + b`, or `a - b` when `negate_b`.
pub fn add_sub(a: Obj, b: Obj, negate_b: bool) -> Obj {
    let n = nlimbs(a).max(nlimbs(b)) + 1;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let (mut ta, mut tb) = (0, 0);
    let (x, y) = (view(a, &mut ta), view(b, &mut tb));
    let yneg = y.neg != negate_b;
    let out = buf(r, n);
    let neg = if x.neg == yneg {
        mag::add(x.mag, y.mag, out);
        x.neg
    } else if mag::cmp(x.mag, y.mag) == Ordering::Less {
        mag::sub(y.mag, x.mag, out);
        yneg
    } else {
        mag::sub(x.mag, y.mag, out);
        x.neg
    };
    finish(r, n, neg)
}

/// `a + b`.
pub fn add(a: Obj, b: Obj) -> Obj {
    add_sub(a, b, false)
}

/// `a - b`.
pub fn sub(a: Obj, b: Obj) -> Obj {
    add_sub(a, b, true)
}

/// `-a` (`negate`) or `abs(a)`.
fn with_sign(a: Obj, f: impl Fn(bool) -> bool) -> Obj {
    let n = nlimbs(a);
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let mut t = 0;
    let x = view(a, &mut t);
    buf(r, n).copy_from_slice(x.mag);
    finish(r, n, f(x.neg))
}

/// `-a`.
pub fn neg(a: Obj) -> Obj {
    with_sign(a, |n| !n)
}

/// `abs(a)`.
pub fn abs(a: Obj) -> Obj {
    with_sign(a, |_| false)
}

/// A scratch big int of `n` limbs (never finished, never escapes); 0 with MemoryError
/// pending. A zero-length request needs no object and returns a harmless word.
fn scratch(n: usize) -> Obj {
    if n == 0 {
        return tag_int(0);
    }
    alloc(n)
}

/// The limbs of a scratch object made by `scratch(n)`.
#[allow(clippy::mut_from_ref)]
fn scratch_buf<'a>(o: Obj, n: usize) -> &'a mut [Limb] {
    if n == 0 {
        &mut []
    } else {
        buf(o, n)
    }
}

/// `a * b`.
pub fn mul(a: Obj, b: Obj) -> Obj {
    let (na, nb) = (nlimbs(a), nlimbs(b));
    let n = na + nb;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let ns = super::mul::scratch_len(na, nb);
    let s = scratch(ns);
    if s == 0 {
        return 0;
    }
    let (mut ta, mut tb) = (0, 0);
    let (x, y) = (view(a, &mut ta), view(b, &mut tb));
    let out = buf(r, n);
    if y.mag.len() == 1 {
        out[na] = mag::mul_limb(x.mag, y.mag[0], 0, out);
    } else if x.mag.len() == 1 {
        out[nb] = mag::mul_limb(y.mag, x.mag[0], 0, out);
    } else {
        super::mul::mul(x.mag, y.mag, out, scratch_buf(s, ns));
    }
    finish(r, n, x.neg != y.neg)
}

/// Floor division and modulo: `(a // b, a % b)` with the remainder taking the sign
/// of `b`, as Python defines them. `b` must not be zero.
pub fn divmod(a: Obj, b: Obj) -> Result<(Obj, Obj), ()> {
    if super::is_zero(b) {
        exc::zero_division("integer division or modulo by zero");
        return Err(());
    }
    let (na, nb) = (nlimbs(a), nlimbs(b));
    let nq = if na >= nb { na - nb + 2 } else { 2 };
    let q = alloc(nq);
    let r = if q == 0 { 0 } else { alloc(nb) };
    let ns = if na >= nb && nb >= 2 {
        super::div::scratch_len(na, nb)
    } else {
        0
    };
    let s = if r == 0 { 0 } else { scratch(ns) };
    if s == 0 {
        return Err(());
    }
    let (mut ta, mut tb) = (0, 0);
    let (x, y) = (view(a, &mut ta), view(b, &mut tb));
    let (qb, rb) = (buf(q, nq), buf(r, nb));
    if mag::cmp(x.mag, y.mag) == Ordering::Less {
        // Truncated quotient 0, remainder a.
        rb[..x.mag.len()].copy_from_slice(x.mag);
    } else if nb == 1 {
        rb[0] = mag::divrem_limb(x.mag, y.mag[0], qb);
    } else {
        super::div::divrem(x.mag, y.mag, qb, rb, scratch_buf(s, ns));
    }
    let signs_differ = x.neg != y.neg;
    let rem_nonzero = rb.iter().any(|&l| l != 0);
    if rem_nonzero && signs_differ {
        // Round the truncated quotient toward -inf: |q| + 1, and r = b - r.
        mag::increment(qb);
        mag::rsub_assign(rb, y.mag);
        return Ok((finish(q, nq, true), finish(r, nb, y.neg)));
    }
    Ok((finish(q, nq, signs_differ), finish(r, nb, x.neg)))
}

/// `a ** e` for `e >= 0` (an int of any size).
pub fn pow(a: Obj, e: Obj) -> Obj {
    let mut t = 0;
    let (base_small, base_neg) = {
        let x = view(a, &mut t);
        (
            x.mag.len() <= 1 && x.mag.first().copied().unwrap_or(0) <= 1,
            x.neg,
        )
    };
    if base_small {
        // |a| <= 1: the result is a itself, or 1 for even e when a == -1, or 1 for e == 0.
        if super::is_zero(e) {
            return tag_int(1);
        }
        let mut te = 0;
        let odd = view(e, &mut te).mag.first().copied().unwrap_or(0) & 1 == 1;
        if base_neg && !odd {
            return tag_int(1);
        }
        // a itself, as an int (True ** n is 1).
        return crate::int::value(a).map_or(a, tag_int);
    }
    if super::is_big(e) {
        // |a| >= 2 and e >= 2**62: more bits than any memory holds.
        return exc::memory_error();
    }
    let k = crate::int::value(e).unwrap_or(0) as usize;
    if k == 0 {
        return tag_int(1);
    }
    // A result of more than 2**40 bits cannot be allocated anyway: fail before the
    // long computation rather than at its last squaring.
    let bits = mag::bit_length(view(a, &mut t).mag) as u128 * k as u128;
    if bits > 1 << 40 {
        return exc::memory_error();
    }
    // Left-to-right binary exponentiation: square, and multiply by the (usually
    // small) base on each set bit.
    let mut r = a;
    let top = usize::BITS - 1 - k.leading_zeros();
    for i in (0..top).rev() {
        r = mul(r, r);
        if r == 0 {
            return 0;
        }
        if (k >> i) & 1 == 1 {
            r = mul(r, a);
            if r == 0 {
                return 0;
            }
        }
    }
    r
}

/// `pow(a, e, m)` with Python's rules: `m != 0`, a negative `e` uses the inverse of
/// `a` modulo `m`, and the result takes the sign of `m`.
pub fn pow_mod(a: Obj, e: Obj, m: Obj) -> Obj {
    if super::is_zero(m) {
        return exc::value_error(format_args!("pow() 3rd argument cannot be 0"));
    }
    let m_neg = super::is_negative(m);
    let modulus = if m_neg { neg(m) } else { m };
    if modulus == 0 {
        return 0;
    }
    if modulus == tag_int(1) {
        return tag_int(0);
    }
    let (mut base, mut exp) = (a, e);
    if super::is_negative(e) {
        exp = neg(e);
        base = match inverse(a, modulus) {
            Ok(inv) => inv,
            Err(()) => return 0,
        };
        if exp == 0 {
            return 0;
        }
    }
    let Ok((_, b)) = divmod(base, modulus) else {
        return 0;
    };
    let r = if nlimbs(modulus) == 1 {
        pow_mod_limb(b, exp, modulus)
    } else {
        pow_mod_big(b, exp, modulus)
    };
    if r == 0 || !m_neg || super::is_zero(r) {
        return r;
    }
    sub(r, modulus)
}

/// The bits of an exponent (of any size), most significant first, through `f`;
/// stops at the first Err.
fn for_each_bit(e: Obj, mut f: impl FnMut(bool) -> Result<(), ()>) -> Result<(), ()> {
    let n = nlimbs(e);
    for i in (0..n).rev() {
        // Re-read the limb each time: `f` allocates, and no slice is held across it.
        let mut t = 0;
        let limb = view(e, &mut t).mag[i];
        let top = if i == n - 1 {
            Limb::BITS - limb.leading_zeros()
        } else {
            Limb::BITS
        };
        for bit in (0..top).rev() {
            f((limb >> bit) & 1 == 1)?;
        }
    }
    Ok(())
}

/// Modular exponentiation when the modulus fits one limb: machine arithmetic.
fn pow_mod_limb(b: Obj, e: Obj, m: Obj) -> Obj {
    let mut t = 0;
    let mm = view(m, &mut t).mag[0] as Wide;
    let mut tb = 0;
    let base = view(b, &mut tb).mag.first().copied().unwrap_or(0) as Wide;
    let mut r: Wide = 1 % mm;
    let _ = for_each_bit(e, |bit| {
        r = r * r % mm;
        if bit {
            r = r * base % mm;
        }
        Ok(())
    });
    super::from_mag_u128(false, r as u128)
}

/// Modular exponentiation with big-int products and remainders.
fn pow_mod_big(b: Obj, e: Obj, m: Obj) -> Obj {
    let mut r = tag_int(1);
    let res = for_each_bit(e, |bit| {
        r = reduce(mul(r, r), m)?;
        if bit {
            r = reduce(mul(r, b), m)?;
        }
        Ok(())
    });
    match res {
        Ok(()) => r,
        Err(()) => 0,
    }
}

fn reduce(x: Obj, m: Obj) -> Result<Obj, ()> {
    if x == 0 {
        return Err(());
    }
    divmod(x, m).map(|(_, r)| r)
}

/// The inverse of `a` modulo `m > 1` by the extended Euclidean algorithm;
/// ValueError when `a` and `m` are not coprime.
pub fn inverse(a: Obj, m: Obj) -> Result<Obj, ()> {
    let (_, mut r0) = divmod(a, m)?;
    let mut r1 = m;
    let (mut s0, mut s1) = (tag_int(1), tag_int(0));
    // Invariant: s_i * a == r_i (mod m).
    while !super::is_zero(r1) {
        let (q, r2) = divmod(r0, r1)?;
        let qs = nz(mul(q, s1))?;
        let s2 = nz(sub(s0, qs))?;
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
    }
    if r0 != tag_int(1) {
        exc::value_error(format_args!("base is not invertible for the given modulus"));
        return Err(());
    }
    divmod(s0, m).map(|(_, r)| r)
}

fn nz(o: Obj) -> Result<Obj, ()> {
    if o == 0 {
        Err(())
    } else {
        Ok(o)
    }
}
