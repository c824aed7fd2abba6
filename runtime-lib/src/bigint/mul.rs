//! Multiplication of magnitudes: schoolbook below a cutoff, Karatsuba above it
//! (three half-size products instead of four), and lopsided products cut into
//! balanced pieces, as CPython's `k_mul` / `k_lopsided_mul`.

use super::mag;
use super::Limb;

/// Operand length (in limbs, of the shorter factor) from which Karatsuba pays off.
pub const KARATSUBA_CUTOFF: usize = if Limb::BITS == 64 { 32 } else { 48 };

/// Scratch limbs [`mul`] needs for factors of `na` and `nb` limbs.
pub fn scratch_len(na: usize, nb: usize) -> usize {
    let n = na.max(nb);
    if na.min(nb) < KARATSUBA_CUTOFF {
        return 0;
    }
    // Each Karatsuba level holds two half-size sums and their product, then recurses
    // on (n + 1) / 2 + 1 limbs; a lopsided product adds one piece's product.
    let mut total = 2 * n + 8;
    let mut m = n;
    while m >= KARATSUBA_CUTOFF {
        let half = m.div_ceil(2);
        total += 4 * half + 8;
        m = half + 1;
    }
    total
}

/// `out = a * b`; `out` has exactly `len a + len b` limbs (all written) and `scratch`
/// at least `scratch_len(len a, len b)`.
pub fn mul(a: &[Limb], b: &[Limb], out: &mut [Limb], scratch: &mut [Limb]) {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if b.len() < KARATSUBA_CUTOFF {
        schoolbook(a, b, out);
    } else if 2 * b.len() <= a.len() {
        lopsided(a, b, out, scratch);
    } else {
        karatsuba(a, b, out, scratch);
    }
}

/// `out = a * a`, with the same sizes as [`mul`].
pub fn square(a: &[Limb], out: &mut [Limb], scratch: &mut [Limb]) {
    mul(a, a, out, scratch)
}

/// The quadratic method, the longer factor in the inner loop (`len a >= len b`).
fn schoolbook(a: &[Limb], b: &[Limb], out: &mut [Limb]) {
    out.fill(0);
    if a.is_empty() {
        return;
    }
    for (i, &m) in b.iter().enumerate() {
        if m == 0 {
            continue;
        }
        let carry = mag::mul_add_limb(&mut out[i..i + a.len()], a, m);
        out[i + a.len()] = carry;
    }
}

/// `a` much longer than `b`: multiply `b` by `len b`-limb pieces of `a`, which
/// keeps each product balanced for Karatsuba.
fn lopsided(a: &[Limb], b: &[Limb], out: &mut [Limb], scratch: &mut [Limb]) {
    out.fill(0);
    let nb = b.len();
    let (piece_out, rest) = scratch.split_at_mut(2 * nb);
    let mut at = 0;
    while at < a.len() {
        let piece = &a[at..(at + nb).min(a.len())];
        let prod = &mut piece_out[..piece.len() + nb];
        mul(piece, b, prod, rest);
        // The running sum fits `out`, so the carry dies inside it.
        mag::add_assign(&mut out[at..], mag::trim(prod));
        at += nb;
    }
}

/// Karatsuba for `len b <= len a < 2 len b`: with a = a1 B^h + a0 and b likewise,
/// a b = z2 B^2h + ((a0 + a1)(b0 + b1) - z0 - z2) B^h + z0.
fn karatsuba(a: &[Limb], b: &[Limb], out: &mut [Limb], scratch: &mut [Limb]) {
    let h = a.len() / 2;
    let (a0, a1) = a.split_at(h);
    let (b0, b1) = b.split_at(h);
    {
        let (z0, z2) = out.split_at_mut(2 * h);
        mul(a0, b0, z0, scratch);
        mul(a1, b1, z2, scratch);
    }
    let na = a1.len().max(h) + 1;
    let nb = b1.len().max(h) + 1;
    let (sa, rest) = scratch.split_at_mut(na);
    let (sb, rest) = rest.split_at_mut(nb);
    let (p, rest) = rest.split_at_mut(na + nb);
    mag::add(a0, a1, sa);
    mag::add(b0, b1, sb);
    mul(
        mag::trim(sa),
        mag::trim(sb),
        &mut p[..mag::trim(sa).len() + mag::trim(sb).len()],
        rest,
    );
    let used = mag::trim(sa).len() + mag::trim(sb).len();
    p[used..].fill(0);
    mag::sub_assign(p, mag::trim(&out[..2 * h]));
    mag::sub_assign(p, mag::trim(&out[2 * h..]));
    mag::add_assign(&mut out[h..], mag::trim(p));
}
