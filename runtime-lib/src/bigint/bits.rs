//! Shifts and bitwise operators on ints of any size, with Python's semantics: ints
//! behave as infinite two's complement bit strings, so `>>` of a negative value
//! rounds toward negative infinity and `& | ^ ~` of negative values work on their
//! two's complement forms. Operands are ints (small, bool or big).

use super::{alloc, buf, finish, is_big, is_negative, is_zero, mag, nlimbs, view, Limb};
use super::{IntRef, LIMB_BITS};
use crate::exc;
use crate::object::Obj;
use pyaot_abi::tag_int;

/// The value of a non-negative shift count, or the error CPython raises for it.
/// `Ok(None)` is a count too large for any memory (it needs a big int).
fn shift_count(n: Obj) -> Result<Option<usize>, ()> {
    if is_negative(n) {
        exc::value_error(format_args!("negative shift count"));
        return Err(());
    }
    if is_big(n) {
        return Ok(None);
    }
    Ok(Some(crate::int::value(n).unwrap_or(0) as usize))
}

/// `a << n`.
pub fn lshift(a: Obj, n: Obj) -> Obj {
    let Ok(k) = shift_count(n) else {
        return 0;
    };
    if is_zero(a) {
        return tag_int(0);
    }
    let Some(k) = k else {
        return too_many_digits(n);
    };
    let (whole, part) = (k / LIMB_BITS as usize, (k % LIMB_BITS as usize) as u32);
    let na = nlimbs(a);
    let Some(rn) = na.checked_add(whole + 1) else {
        return exc::memory_error();
    };
    let r = alloc(rn);
    if r == 0 {
        return 0;
    }
    let mut t = 0;
    let x = view(a, &mut t);
    mag::shl_bits(x.mag, part, &mut buf(r, rn)[whole..]);
    finish(r, rn, x.neg)
}

/// The error of a left shift by a big count, as 64-bit CPython reports it: it splits
/// the count into 30-bit digits and fails when that number does not fit a
/// `Py_ssize_t` ("too many digits"), else when the memory cannot be had.
fn too_many_digits(n: Obj) -> Obj {
    let limit = super::from_mag_u128(false, 30u128 << 63);
    if limit == 0 {
        return 0;
    }
    if crate::int::compare_ints(n, limit) != core::cmp::Ordering::Less {
        exc::overflow_error(format_args!("too many digits in integer"))
    } else {
        exc::memory_error()
    }
}

/// `a >> n`: floor division by `2**n`.
pub fn rshift(a: Obj, n: Obj) -> Obj {
    let Ok(k) = shift_count(n) else {
        return 0;
    };
    let neg = is_negative(a);
    let na = nlimbs(a);
    let whole = k.map_or(usize::MAX, |k| k / LIMB_BITS as usize);
    if whole >= na {
        return tag_int(if neg { -1 } else { 0 });
    }
    let k = k.unwrap_or(0);
    let part = (k % LIMB_BITS as usize) as u32;
    let rn = na - whole + 1;
    let r = alloc(rn);
    if r == 0 {
        return 0;
    }
    let mut t = 0;
    let x = view(a, &mut t);
    let out = buf(r, rn);
    mag::shr_bits(&x.mag[whole..], part, out);
    if x.neg && mag::any_low_bits(x.mag, k) {
        // Shifted-out ones make the floor one further from zero.
        mag::increment(out);
    }
    finish(r, rn, x.neg)
}

/// The bitwise operators.
#[derive(Clone, Copy)]
pub enum BitOp {
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

/// Limb by limb, the two's complement form of an int (infinitely sign-extended):
/// for a negative value, `!(|v| - 1)`.
struct TwosComplement<'a> {
    v: IntRef<'a>,
    borrow: bool,
}

impl TwosComplement<'_> {
    fn limb(&mut self, i: usize) -> Limb {
        let m = self.v.mag.get(i).copied().unwrap_or(0);
        if !self.v.neg {
            return m;
        }
        let (d, b) = m.overflowing_sub(self.borrow as Limb);
        self.borrow = b;
        !d
    }
}

/// `a op b` for `&`, `|`, `^`.
pub fn bitop(op: BitOp, a: Obj, b: Obj) -> Obj {
    let n = nlimbs(a).max(nlimbs(b)) + 1;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let (mut ta, mut tb) = (0, 0);
    let mut x = TwosComplement {
        v: view(a, &mut ta),
        borrow: true,
    };
    let mut y = TwosComplement {
        v: view(b, &mut tb),
        borrow: true,
    };
    let out = buf(r, n);
    for (i, o) in out.iter_mut().enumerate() {
        let (p, q) = (x.limb(i), y.limb(i));
        *o = match op {
            BitOp::And => p & q,
            BitOp::Or => p | q,
            BitOp::Xor => p ^ q,
        };
    }
    // One limb beyond both operands holds pure sign extension.
    let neg = out[n - 1] >> (LIMB_BITS - 1) == 1;
    if neg {
        // Back to sign and magnitude: |v| = !t + 1.
        for o in out.iter_mut() {
            *o = !*o;
        }
        mag::increment(out);
    }
    finish(r, n, neg)
}

/// `~a`, which is `-(a + 1)`.
pub fn invert(a: Obj) -> Obj {
    let n = nlimbs(a) + 2;
    let r = alloc(n);
    if r == 0 {
        return 0;
    }
    let mut t = 0;
    let x = view(a, &mut t);
    let out = buf(r, n);
    if x.neg {
        mag::sub(x.mag, &[1], out);
    } else {
        mag::add(x.mag, &[1], out);
    }
    finish(r, n, !x.neg)
}
