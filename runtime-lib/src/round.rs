//! `round()`: half to even, exactly. A float is rounded to `n` decimal places as
//! CPython's `double_round` does (correctly rounded decimal digits, then the
//! correctly rounded double of that decimal), computed here with exact big-int
//! arithmetic: `x = m * 2**e`, `N = round_half_even(x * 10**n)`, result `N / 10**n`.

use crate::bigint::{self, conv};
use crate::exc;
use crate::float;
use crate::int::{self, BinOp};
use crate::object::Obj;
use core::cmp::Ordering;
use pyaot_abi::tag_int;

/// CPython's bounds on `ndigits` for floats: beyond them the result is `x` itself
/// (no digits to remove) or a signed zero.
const NDIGITS_MAX: isize = 323;
const NDIGITS_MIN: isize = -308;

fn op(o: BinOp, a: Obj, b: Obj) -> Result<Obj, ()> {
    if a == 0 || b == 0 {
        return Err(());
    }
    match int::binop_obj(o, a, b) {
        Some(0) | None => Err(()),
        Some(r) => Ok(r),
    }
}

/// `num / den` for ints `den > 0`, rounded half to even.
fn div_round_half_even(num: Obj, den: Obj) -> Result<Obj, ()> {
    let (q, r) = int::divmod(num, den)?;
    let twice = op(BinOp::Add, r, r)?;
    let up = match int::compare_ints(twice, den) {
        Ordering::Greater => true,
        Ordering::Equal => op(BinOp::And, q, tag_int(1))? == tag_int(1),
        Ordering::Less => false,
    };
    if up {
        op(BinOp::Add, q, tag_int(1))
    } else {
        Ok(q)
    }
}

fn pow10(n: usize) -> Result<Obj, ()> {
    op(BinOp::Pow, tag_int(10), int::new(n as isize))
}

/// `round(i, n)` for an int: `i` itself for `n >= 0`, else the nearest multiple of
/// `10**-n`, ties to even.
pub fn round_int(i: Obj, n: Obj) -> Obj {
    let plain = || int::value(i).map_or(i, tag_int);
    if !bigint::is_negative(n) {
        return plain();
    }
    let r = (|| {
        let minus_n = int::neg(n);
        if minus_n == 0 {
            return Err(());
        }
        let p = op(BinOp::Pow, tag_int(10), minus_n)?;
        let q = div_round_half_even(i, p)?;
        op(BinOp::Mul, q, p)
    })();
    r.unwrap_or(0)
}

/// `round(x)` for a float: the nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> Obj {
    let t = float::trunc(x);
    // x - trunc(x) is exact for doubles.
    let diff = x - t;
    let r = if diff.abs() > 0.5 || (diff.abs() == 0.5 && float::fmod(t, 2.0) != 0.0) {
        t + diff.signum()
    } else {
        t
    };
    crate::print::int_from_float(r)
}

/// `round(x, n)` for a float.
pub fn round_float(x: f64, n: isize) -> Obj {
    if !x.is_finite() || x == 0.0 || n > NDIGITS_MAX {
        return float::float_new(x);
    }
    if n < NDIGITS_MIN {
        return float::float_new(0.0 * x);
    }
    round_finite(x, n).unwrap_or(0)
}

fn round_finite(x: f64, n: isize) -> Result<Obj, ()> {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    // |x| = m * 2**e with m an integer.
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    let m = int::new_i64(m as i64);
    if n >= 0 {
        if e >= 0 {
            // Integral already: no digit after the point to round.
            return Ok(float::float_new(x));
        }
        let p = pow10(n as usize)?;
        let num = op(BinOp::Mul, m, p)?;
        let den = op(BinOp::LShift, tag_int(1), tag_int(-e as isize))?;
        let q = div_round_half_even(num, den)?;
        if bigint::is_zero(q) {
            return Ok(float::float_new(0.0 * x));
        }
        let q = if x < 0.0 { int::neg(q) } else { q };
        if q == 0 {
            return Err(());
        }
        return Ok(conv::true_div(q, p));
    }
    let p = pow10((-n) as usize)?;
    let (num, den) = if e >= 0 {
        (op(BinOp::LShift, m, tag_int(e as isize))?, p)
    } else {
        (m, op(BinOp::LShift, p, tag_int(-e as isize))?)
    };
    let q = div_round_half_even(num, den)?;
    if bigint::is_zero(q) {
        return Ok(float::float_new(0.0 * x));
    }
    let v = op(BinOp::Mul, q, p)?;
    match int::to_f64(v) {
        Ok(f) => Ok(float::float_new(if x < 0.0 { -f } else { f })),
        Err(()) => {
            exc::take();
            exc::overflow_error(format_args!("rounded value too large to represent"));
            Err(())
        }
    }
}
