//! Magnitude arithmetic on little-endian limb slices: the loops under every big-int
//! operation. No allocation and no Python objects here; callers size the outputs.

use super::{Limb, Wide, LIMB_BITS};
use core::cmp::Ordering;

/// `a` without its leading zero limbs.
#[inline]
pub fn trim(a: &[Limb]) -> &[Limb] {
    let mut n = a.len();
    while n > 0 && a[n - 1] == 0 {
        n -= 1;
    }
    &a[..n]
}

/// Compares two magnitudes (leading zeros allowed).
pub fn cmp(a: &[Limb], b: &[Limb]) -> Ordering {
    let (a, b) = (trim(a), trim(b));
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// The number of significant bits of a magnitude.
pub fn bit_length(a: &[Limb]) -> usize {
    let a = trim(a);
    match a.last() {
        None => 0,
        Some(&top) => a.len() * LIMB_BITS as usize - top.leading_zeros() as usize,
    }
}

/// `out = a + b`; `out` has at least `max(len a, len b) + 1` limbs, all written.
pub fn add(a: &[Limb], b: &[Limb], out: &mut [Limb]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    // Zipped iterators: no bounds checks in the carry chain.
    let (low, high) = out.split_at_mut(b.len());
    let mut carry = false;
    for ((o, &x), &y) in low.iter_mut().zip(a).zip(b) {
        let (s, c1) = x.overflowing_add(y);
        let (s, c2) = s.overflowing_add(carry as Limb);
        *o = s;
        carry = c1 | c2;
    }
    let (mid, top) = high.split_at_mut(a.len() - b.len());
    for (o, &x) in mid.iter_mut().zip(&a[b.len()..]) {
        let (s, c) = x.overflowing_add(carry as Limb);
        *o = s;
        carry = c;
    }
    top[0] = carry as Limb;
    top[1..].fill(0);
}

/// `out = a - b` for `a >= b`; `out` has at least `len a` limbs, all written.
pub fn sub(a: &[Limb], b: &[Limb], out: &mut [Limb]) {
    let b = trim(b);
    let (low, high) = out.split_at_mut(b.len());
    let mut borrow = false;
    for ((o, &x), &y) in low.iter_mut().zip(a).zip(b) {
        let (d, b1) = x.overflowing_sub(y);
        let (d, b2) = d.overflowing_sub(borrow as Limb);
        *o = d;
        borrow = b1 | b2;
    }
    let (mid, top) = high.split_at_mut(a.len() - b.len());
    for (o, &x) in mid.iter_mut().zip(&a[b.len()..]) {
        let (d, b1) = x.overflowing_sub(borrow as Limb);
        *o = d;
        borrow = b1;
    }
    top.fill(0);
}

/// `a += b` in place (`len a >= len b`); returns the carry out of `a`'s top.
pub fn add_assign(a: &mut [Limb], b: &[Limb]) -> bool {
    let mut carry = false;
    for i in 0..b.len() {
        let (s, c1) = a[i].overflowing_add(b[i]);
        let (s, c2) = s.overflowing_add(carry as Limb);
        a[i] = s;
        carry = c1 | c2;
    }
    let mut i = b.len();
    while carry && i < a.len() {
        let (s, c) = a[i].overflowing_add(1);
        a[i] = s;
        carry = c;
        i += 1;
    }
    carry
}

/// `a -= b` in place (`len a >= len b`); returns the borrow out of `a`'s top.
pub fn sub_assign(a: &mut [Limb], b: &[Limb]) -> bool {
    let mut borrow = false;
    for i in 0..b.len() {
        let (d, b1) = a[i].overflowing_sub(b[i]);
        let (d, b2) = d.overflowing_sub(borrow as Limb);
        a[i] = d;
        borrow = b1 | b2;
    }
    let mut i = b.len();
    while borrow && i < a.len() {
        let (d, b1) = a[i].overflowing_sub(1);
        a[i] = d;
        borrow = b1;
        i += 1;
    }
    borrow
}

/// `a += 1` in place; returns the carry out of the top.
pub fn increment(a: &mut [Limb]) -> bool {
    for x in a.iter_mut() {
        let (s, c) = x.overflowing_add(1);
        *x = s;
        if !c {
            return false;
        }
    }
    true
}

/// `a = b - a` in place for `b >= a` (`len a >= len b`).
pub fn rsub_assign(a: &mut [Limb], b: &[Limb]) {
    let mut borrow = false;
    for i in 0..a.len() {
        let bi = if i < b.len() { b[i] } else { 0 };
        let (d, b1) = bi.overflowing_sub(a[i]);
        let (d, b2) = d.overflowing_sub(borrow as Limb);
        a[i] = d;
        borrow = b1 | b2;
    }
}

/// `out = a * m + carry` for `len out >= len a`; returns the carry out of the top.
#[inline]
pub fn mul_limb(a: &[Limb], m: Limb, mut carry: Limb, out: &mut [Limb]) -> Limb {
    for (o, &x) in out.iter_mut().zip(a) {
        let p = x as Wide * m as Wide + carry as Wide;
        *o = p as Limb;
        carry = (p >> LIMB_BITS) as Limb;
    }
    carry
}

/// `acc += a * m` over `len a` limbs of `acc`; returns the carry out of them.
#[inline]
pub fn mul_add_limb(acc: &mut [Limb], a: &[Limb], m: Limb) -> Limb {
    let mut carry: Limb = 0;
    for (o, &x) in acc.iter_mut().zip(a) {
        let p = x as Wide * m as Wide + *o as Wide + carry as Wide;
        *o = p as Limb;
        carry = (p >> LIMB_BITS) as Limb;
    }
    carry
}

/// The quotient and remainder of the two-limb number `hi:lo` by `d`, for `hi < d`
/// (so the quotient fits one limb).
#[inline]
pub fn div_wide(hi: Limb, lo: Limb, d: Limb) -> (Limb, Limb) {
    #[cfg(target_arch = "x86_64")]
    {
        let (q, r): (Limb, Limb);
        // SAFETY: `hi < d`, so the quotient fits 64 bits and `div` cannot fault;
        // Rust's u128 division would call a generic library routine instead.
        unsafe {
            core::arch::asm!(
                "div {d}",
                d = in(reg) d,
                inout("rax") lo => q,
                inout("rdx") hi => r,
                options(pure, nomem, nostack)
            );
        }
        (q, r)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let n = ((hi as Wide) << LIMB_BITS) | lo as Wide;
        ((n / d as Wide) as Limb, (n % d as Wide) as Limb)
    }
}

/// `q = a / d` (`len q >= len a`, `d != 0`); returns the remainder.
pub fn divrem_limb(a: &[Limb], d: Limb, q: &mut [Limb]) -> Limb {
    let mut r: Limb = 0;
    for i in (0..a.len()).rev() {
        let (qi, ri) = div_wide(r, a[i], d);
        q[i] = qi;
        r = ri;
    }
    r
}

/// `a /= d` in place (`d != 0`); returns the remainder.
pub fn divrem_limb_in_place(a: &mut [Limb], d: Limb) -> Limb {
    let mut r: Limb = 0;
    for x in a.iter_mut().rev() {
        let (qi, ri) = div_wide(r, *x, d);
        *x = qi;
        r = ri;
    }
    r
}

/// `out = a << s` for `0 <= s < LIMB_BITS`; `out` has at least `len a + 1` limbs.
pub fn shl_bits(a: &[Limb], s: u32, out: &mut [Limb]) {
    if s == 0 {
        out[..a.len()].copy_from_slice(a);
        out[a.len()] = 0;
        return;
    }
    let (low, high) = out.split_at_mut(a.len());
    let mut carry: Limb = 0;
    for (o, &x) in low.iter_mut().zip(a) {
        *o = (x << s) | carry;
        carry = x >> (LIMB_BITS - s);
    }
    high[0] = carry;
}

/// `out = a >> s` for `0 <= s < LIMB_BITS`; `out` has at least `len a` limbs.
pub fn shr_bits(a: &[Limb], s: u32, out: &mut [Limb]) {
    if s == 0 {
        out[..a.len()].copy_from_slice(a);
        return;
    }
    for i in 0..a.len() {
        let hi = if i + 1 < a.len() {
            a[i + 1] << (LIMB_BITS - s)
        } else {
            0
        };
        out[i] = (a[i] >> s) | hi;
    }
}

/// Whether any of the low `bits` bits of `a` is set.
pub fn any_low_bits(a: &[Limb], bits: usize) -> bool {
    let whole = bits / LIMB_BITS as usize;
    let part = (bits % LIMB_BITS as usize) as u32;
    if a[..whole.min(a.len())].iter().any(|&x| x != 0) {
        return true;
    }
    part != 0 && whole < a.len() && a[whole] & ((1 << part) - 1) != 0
}
