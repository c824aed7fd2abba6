//! Division of magnitudes by Knuth's algorithm D (TAOCP vol. 2, 4.3.1): normalise
//! so the divisor's top limb has its high bit set, estimate each quotient limb from
//! the top two limbs, correct it with the next one, multiply-subtract, and add back
//! in the rare case the estimate was still one too large.

use super::mag;
use super::{Limb, Wide, LIMB_BITS};

/// Scratch limbs [`divrem`] needs for a dividend of `na` and a divisor of `nb` limbs.
pub fn scratch_len(na: usize, nb: usize) -> usize {
    na + 1 + nb
}

/// `q = a / b`, `r = a % b` for trimmed `a >= b` with `len b >= 2`. `q` has at least
/// `len a - len b + 1` limbs, `r` at least `len b`; both are fully written.
pub fn divrem(a: &[Limb], b: &[Limb], q: &mut [Limb], r: &mut [Limb], scratch: &mut [Limb]) {
    let (m, n) = (a.len(), b.len());
    let s = b[n - 1].leading_zeros();
    let (u, rest) = scratch.split_at_mut(m + 1);
    let v = &mut rest[..n];
    mag::shl_bits(a, s, u);
    // `b << s` still fits n limbs: s only fills the top limb's leading zeros.
    for i in 0..n {
        let low = if s == 0 || i == 0 {
            0
        } else {
            b[i - 1] >> (LIMB_BITS - s)
        };
        v[i] = (b[i] << s) | low;
    }
    q.fill(0);
    let vtop = v[n - 1];
    let vnext = v[n - 2];
    for j in (0..=m - n).rev() {
        let (ujn, ujn1, ujn2) = (u[j + n], u[j + n - 1], u[j + n - 2]);
        // Estimate qhat = (ujn:ujn1) / vtop, at most one limb; rhat the remainder.
        let (mut qhat, mut rhat): (Limb, Wide) = if ujn >= vtop {
            // ujn == vtop: the true quotient limb is B - 1 or B - 2.
            (Limb::MAX, ujn1 as Wide + vtop as Wide)
        } else {
            let (qh, rh) = mag::div_wide(ujn, ujn1, vtop);
            (qh, rh as Wide)
        };
        while rhat >> LIMB_BITS == 0
            && qhat as Wide * vnext as Wide > ((rhat << LIMB_BITS) | ujn2 as Wide)
        {
            qhat -= 1;
            rhat += vtop as Wide;
        }
        // u[j..=j+n] -= qhat * v.
        let mut carry: Limb = 0;
        let mut borrow = false;
        for i in 0..n {
            let p = qhat as Wide * v[i] as Wide + carry as Wide;
            carry = (p >> LIMB_BITS) as Limb;
            let (d, b1) = u[j + i].overflowing_sub(p as Limb);
            let (d, b2) = d.overflowing_sub(borrow as Limb);
            u[j + i] = d;
            borrow = b1 | b2;
        }
        let (d, b1) = u[j + n].overflowing_sub(carry);
        let (d, b2) = d.overflowing_sub(borrow as Limb);
        u[j + n] = d;
        if b1 | b2 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let c = mag::add_assign(&mut u[j..j + n], v);
            u[j + n] = u[j + n].wrapping_add(c as Limb);
        }
        q[j] = qhat;
    }
    // The remainder is u's low n limbs, shifted back.
    mag::shr_bits(&u[..n], s, r);
    r[n..].fill(0);
}
