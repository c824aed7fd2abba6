//! `float`: boxed IEEE doubles (`[type][pad on 32-bit][f64]`), arithmetic with
//! Python's rules (floor division and modulo take the divisor's sign, `/` of ints is
//! correctly rounded), exact int/float comparison, and CPython's hash.
//!
//! `core` has no libm, and the runtime calls no libc, so the few math functions
//! Python's operators need (trunc, floor, fmod, pow) are implemented here; pow works
//! in double-double arithmetic so that its results round like C's `pow`.

use crate::exc;
use crate::int::{cmp_values, BinOp};
use crate::object::{bool_obj, Header, Obj, TypeObject, NOT_IMPLEMENTED, TYPE_OBJECT};
use core::cmp::Ordering;
use pyaot_abi::CmpOp;

/// A float object.
#[repr(C)]
pub struct FloatObject {
    /// Always `TYPE_FLOAT`.
    pub header: Header,
    /// The value; 8-aligned, so at byte offset 8 on both targets.
    pub value: f64,
}

const _: () = assert!(
    core::mem::offset_of!(FloatObject, value) == pyaot_abi::layout::float_value(0) as usize
);
const _: () =
    assert!(core::mem::size_of::<FloatObject>() == pyaot_abi::layout::float_size(0) as usize);

/// `float`.
#[export_name = "pyaot_type_float"]
pub static TYPE_FLOAT: TypeObject = TypeObject {
    repr: Some(repr),
    hash: Some(hash_obj),
    compare: Some(compare),
    truth: Some(|o| Ok(value(o) != 0.0)),
    methods: Some(&crate::methods::FLOAT_METHODS),
    ..TypeObject::new("float", Some(&TYPE_OBJECT))
};

/// A new float object; 0 with MemoryError pending.
#[inline]
pub fn float_new(v: f64) -> Obj {
    // A double is never a pointer: the collector need not scan it.
    let p = crate::heap::alloc_noscan(core::mem::size_of::<FloatObject>()) as *mut FloatObject;
    if p.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh, zeroed, 8-aligned block the size of a FloatObject.
    unsafe {
        (*p).header.ob_type = &TYPE_FLOAT;
        (*p).value = v;
    }
    p as Obj
}

/// Whether `o` is a float.
#[inline]
pub fn is_float(o: Obj) -> bool {
    o & 1 == 0 && core::ptr::eq(crate::object::type_of(o), &TYPE_FLOAT)
}

/// The value of a float object.
#[inline]
pub fn value(o: Obj) -> f64 {
    // SAFETY: callers pass float objects.
    unsafe { (*(o as *const FloatObject)).value }
}

/// The value of a float, int (of any size) or bool as a double, ints rounded to
/// nearest; `None` for other types, `Some(Err)` with OverflowError pending for an
/// int too large for a double.
#[inline]
pub fn to_f64(o: Obj) -> Option<Result<f64, ()>> {
    if is_float(o) {
        Some(Ok(value(o)))
    } else if let Some(i) = crate::int::value(o) {
        Some(Ok(i as f64))
    } else if crate::int::is_int(o) {
        Some(crate::int::to_f64(o))
    } else {
        None
    }
}

fn repr(o: Obj) -> Obj {
    let mut buf: crate::fmt::Buf<32> = crate::fmt::Buf::new();
    let _ = crate::fmt::float_repr(value(o), &mut buf);
    crate::str::from_bytes(buf.as_bytes())
}

// ---------------------------------------------------------------------------------
// Hash and comparison.

fn hash_obj(o: Obj) -> Result<isize, ()> {
    let v = value(o);
    if v.is_nan() {
        // Since 3.10 CPython hashes NaN by identity.
        return crate::object::identity_hash(o);
    }
    Ok(hash_f64(v))
}

/// CPython's `_Py_HashDouble` for a non-NaN value, as the runtime's word hash
/// (see `int::fold_hash`): equal to `hash(int(v))` when `v` is integral, so equal
/// numbers hash equally across int and float.
pub fn hash_f64(v: f64) -> isize {
    crate::int::fold_hash(hash64_f64(v))
}

/// CPython's (64-bit) `_Py_HashDouble` for a non-NaN value.
pub fn hash64_f64(v: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `v = m * 2**e` with 0.5 <= |m| < 1 (m = v for 0, inf, NaN).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let (v, adjust) = if v.abs() < f64::MIN_POSITIVE {
        (v * 18014398509481984.0, -54)
    } else {
        (v, 0)
    };
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

/// How int `i` orders against float `f`, exactly (no rounding of `i`); None for NaN.
pub fn order_int_float(i: isize, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // Ints up to 2**53 convert exactly; larger ones compare with f's integral part.
    if i.unsigned_abs() as u64 <= 1 << 53 {
        return (i as f64).partial_cmp(&f);
    }
    if f.abs() >= 9.3e18 {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = trunc(f);
    match (i as i128).cmp(&(t as i128)) {
        Ordering::Equal => 0.0.partial_cmp(&(f - t)),
        o => Some(o),
    }
}

/// `i op f` for an int and a float, exactly.
pub fn compare_int_float(i: isize, f: f64, op: CmpOp) -> bool {
    match order_int_float(i, f) {
        None => op == CmpOp::Ne,
        Some(o) => cmp_values(o, Ordering::Equal, op),
    }
}

fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    let x = value(a);
    if is_float(b) {
        return bool_obj(cmp_values(x, value(b), op));
    }
    if !crate::int::is_int(b) {
        return NOT_IMPLEMENTED;
    }
    bool_obj(match crate::int::order_float(b, x) {
        None => op == CmpOp::Ne,
        // `x op i` is `i reversed-op x`: compare the reversed ordering.
        Some(o) => cmp_values(o.reverse(), Ordering::Equal, op),
    })
}

// ---------------------------------------------------------------------------------
// Arithmetic.

/// `a / b` for two ints, correctly rounded as CPython does (not via two roundings).
pub fn int_true_div(a: isize, b: isize) -> Obj {
    if b == 0 {
        return exc::zero_division("division by zero");
    }
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() as u64 <= EXACT && b.unsigned_abs() as u64 <= EXACT {
        return float_new(a as f64 / b as f64);
    }
    // Scale |a| to 126 bits so the integer quotient has at least 63 significant bits;
    // a sticky bit for a nonzero remainder makes the u128 -> f64 rounding exact.
    let (na, nb) = (a.unsigned_abs() as u128, b.unsigned_abs() as u128);
    if na == 0 {
        return float_new(if (a < 0) != (b < 0) { -0.0 } else { 0.0 });
    }
    let shift = 126 - (128 - na.leading_zeros());
    let n = na << shift;
    let q = n / nb;
    let sticky = (n % nb != 0) as u128;
    let mag = ldexp((q | sticky) as f64, -(shift as i32));
    float_new(if (a < 0) != (b < 0) { -mag } else { mag })
}

/// `a op b` for two floats (or an int converted to float); shifts and bitwise
/// operators are not defined on floats and never reach here.
pub fn binop(op: BinOp, a: f64, b: f64) -> Obj {
    match op {
        BinOp::Add => float_new(a + b),
        BinOp::Sub => float_new(a - b),
        BinOp::Mul => float_new(a * b),
        BinOp::TrueDiv => {
            if b == 0.0 {
                return exc::zero_division("float division by zero");
            }
            float_new(a / b)
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return exc::zero_division("float floor division by zero");
            }
            float_new(divmod(a, b).0)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return exc::zero_division("float modulo");
            }
            float_new(divmod(a, b).1)
        }
        BinOp::Pow => pow_obj(a, b),
        _ => exc::type_error(format_args!(
            "unsupported operand type(s) for {}: 'float' and 'float'",
            op.symbol()
        )),
    }
}

/// CPython's `float_divmod` (b != 0): the floor quotient and the remainder with the
/// sign of `b`.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let f = floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        copysign(0.0, a / b)
    };
    (floordiv, m)
}

fn copysign(mag: f64, sign: f64) -> f64 {
    f64::from_bits((mag.to_bits() & !(1 << 63)) | (sign.to_bits() & (1 << 63)))
}

/// Rounds toward zero.
pub fn trunc(x: f64) -> f64 {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    if e >= 52 {
        return x; // already integral, or inf/NaN
    }
    if e < 0 {
        return f64::from_bits(bits & (1 << 63)); // |x| < 1: a signed zero
    }
    f64::from_bits(bits & !((1u64 << (52 - e)) - 1))
}

/// Rounds toward negative infinity.
pub fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// C's `fmod`: the exact remainder of `x / y` with the sign of `x` (musl's
/// shift-and-subtract algorithm on the significands).
pub fn fmod(x: f64, y: f64) -> f64 {
    let (mut ux, mut uy) = (x.to_bits(), y.to_bits());
    let mut ex = ((ux >> 52) & 0x7ff) as i64;
    let mut ey = ((uy >> 52) & 0x7ff) as i64;
    let sx = ux >> 63;
    if uy << 1 == 0 || y.is_nan() || ex == 0x7ff {
        return f64::NAN;
    }
    if ux << 1 <= uy << 1 {
        return if ux << 1 == uy << 1 { 0.0 * x } else { x };
    }
    if ex == 0 {
        let mut i = ux << 12;
        while i >> 63 == 0 {
            ex -= 1;
            i <<= 1;
        }
        ux <<= -ex + 1;
    } else {
        ux &= u64::MAX >> 12;
        ux |= 1 << 52;
    }
    if ey == 0 {
        let mut i = uy << 12;
        while i >> 63 == 0 {
            ey -= 1;
            i <<= 1;
        }
        uy <<= -ey + 1;
    } else {
        uy &= u64::MAX >> 12;
        uy |= 1 << 52;
    }
    while ex > ey {
        let i = ux.wrapping_sub(uy);
        if i >> 63 == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            ux = i;
        }
        ux <<= 1;
        ex -= 1;
    }
    let i = ux.wrapping_sub(uy);
    if i >> 63 == 0 {
        if i == 0 {
            return 0.0 * x;
        }
        ux = i;
    }
    while ux >> 52 == 0 {
        ux <<= 1;
        ex -= 1;
    }
    if ex > 0 {
        ux -= 1 << 52;
        ux |= (ex as u64) << 52;
    } else {
        ux >>= -ex + 1;
    }
    f64::from_bits(ux | sx << 63)
}

/// `x * 2**e`, exact unless the result is subnormal or overflows.
pub fn ldexp(mut x: f64, mut e: i32) -> f64 {
    let two = |k: i32| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= two(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= two(-1000);
        e += 1000;
    }
    x * two(e)
}

fn is_odd_integer(y: f64) -> bool {
    y.abs() < 9007199254740992.0 && trunc(y) == y && fmod(y, 2.0) != 0.0
}

/// `a ** b` as CPython's `float_pow`: the special cases of C99 Annex F, then
/// ZeroDivisionError for 0 to a negative power and OverflowError for an infinite
/// result.
pub fn pow_obj(a: f64, b: f64) -> Obj {
    match pow_checked(a, b) {
        Ok(v) => float_new(v),
        Err(()) => 0,
    }
}

fn pow_checked(iv: f64, iw: f64) -> Result<f64, ()> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            copysign(0.0, iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            exc::zero_division("0.0 cannot be raised to a negative power");
            return Err(());
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    let mut x = iv;
    if x < 0.0 {
        if trunc(iw) != iw {
            // CPython returns a complex number here; pyaot has no complex type.
            exc::value_error(format_args!(
                "negative number cannot be raised to a fractional power"
            ));
            return Err(());
        }
        x = -x;
        negate = is_odd_integer(iw);
    }
    if x == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = pow_positive(x, iw);
    if r.is_infinite() {
        exc::overflow_error(format_args!("(34, 'Numerical result out of range')"));
        return Err(());
    }
    Ok(if negate { -r } else { r })
}

/// `x ** y` for finite x > 0 and finite nonzero y.
/// e ** x with double-double precision (as correctly rounded as CPython's libm).
pub fn exp(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    dd::exp(x)
}

/// sin, cos or tan (`which` 0, 1, 2) of a finite x, in double-double.
pub fn trig(x: f64, which: u32) -> Option<f64> {
    dd::trig(x, which)
}

/// atan(x).
pub fn atan(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return core::f64::consts::FRAC_PI_2.copysign(x);
    }
    dd::atan(x)
}

/// atan2(y, x) for finite, nonzero x and y.
pub fn atan2_finite(y: f64, x: f64) -> f64 {
    dd::atan2(y, x)
}

/// asin (or acos) of x in (-1, 1).
pub fn asin_acos(x: f64, acos: bool) -> f64 {
    dd::asin_acos(x, acos)
}

/// ln(x) (`base` 0), log2(x) or log10(x) for finite x > 0.
pub fn log(x: f64, base: u32) -> f64 {
    if x == f64::INFINITY {
        return x;
    }
    // Exact powers of the base give exact results, as C's log2/log10 do.
    let (m, e) = frexp(x);
    if base == 2 && m == 0.5 {
        return (e - 1) as f64;
    }
    dd::log(x, base)
}

/// `x ** y` for finite x > 0 and finite y.
pub fn pow_positive(x: f64, y: f64) -> f64 {
    if y == 1.0 {
        return x;
    }
    if y == 2.0 {
        return x * x;
    }
    if trunc(y) == y && y.abs() <= 1048576.0 {
        return dd::powi(x, y as i32);
    }
    dd::exp_log(x, y)
}

/// Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2): about 106
/// bits of precision, enough for pow's final rounding to match a correctly rounded
/// result except in vanishingly rare near-halfway cases.
mod dd {
    use super::{frexp, ldexp};

    #[derive(Clone, Copy)]
    pub struct DD {
        hi: f64,
        lo: f64,
    }

    const fn d(hi: f64) -> DD {
        DD { hi, lo: 0.0 }
    }

    fn quick_two_sum(a: f64, b: f64) -> DD {
        let s = a + b;
        DD {
            hi: s,
            lo: b - (s - a),
        }
    }

    fn two_sum(a: f64, b: f64) -> DD {
        let s = a + b;
        let bb = s - a;
        DD {
            hi: s,
            lo: (a - (s - bb)) + (b - bb),
        }
    }

    /// Dekker's split: hi holds the top 26 bits (no FMA in core).
    fn split(a: f64) -> (f64, f64) {
        let t = 134217729.0 * a;
        let hi = t - (t - a);
        (hi, a - hi)
    }

    fn two_prod(a: f64, b: f64) -> DD {
        let p = a * b;
        let (ah, al) = split(a);
        let (bh, bl) = split(b);
        DD {
            hi: p,
            lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl,
        }
    }

    fn add(a: DD, b: DD) -> DD {
        let s = two_sum(a.hi, b.hi);
        let t = two_sum(a.lo, b.lo);
        let r = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(r.hi, r.lo + t.lo)
    }

    fn neg(a: DD) -> DD {
        DD {
            hi: -a.hi,
            lo: -a.lo,
        }
    }

    fn mul(a: DD, b: DD) -> DD {
        let p = two_prod(a.hi, b.hi);
        quick_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi))
    }

    fn div(a: DD, b: DD) -> DD {
        let q1 = a.hi / b.hi;
        let r = add(a, neg(mul(d(q1), b)));
        let q2 = r.hi / b.hi;
        let r = add(r, neg(mul(d(q2), b)));
        let q3 = r.hi / b.hi;
        add(quick_two_sum(q1, q2), d(q3))
    }

    fn scale(a: DD, e: i32) -> DD {
        DD {
            hi: ldexp(a.hi, e),
            lo: ldexp(a.lo, e),
        }
    }

    /// Keeps `a` near 1 by moving its binary exponent into `exp`, so long products
    /// neither overflow nor lose their low part to underflow.
    fn normalize(a: DD, exp: &mut i32) -> DD {
        let (_, e) = frexp(a.hi);
        *exp += e;
        scale(a, -e)
    }

    /// `x ** n` by repeated squaring, the exponents kept apart from the significands.
    pub fn powi(x: f64, n: i32) -> f64 {
        let (m, e) = frexp(x);
        let (mut base, mut base_exp) = (d(m), e);
        let (mut r, mut r_exp) = (d(1.0), 0);
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                r = normalize(mul(r, base), &mut r_exp);
                r_exp += base_exp;
            }
            k >>= 1;
            if k > 0 {
                let mut f = 0;
                base = normalize(mul(base, base), &mut f);
                base_exp = 2 * base_exp + f;
            }
        }
        if n < 0 {
            return finish(div(d(1.0), r), -r_exp);
        }
        finish(r, r_exp)
    }

    fn finish(r: DD, exp: i32) -> f64 {
        let v = r.hi + r.lo;
        if exp > 2100 {
            return f64::INFINITY;
        }
        if exp < -2200 {
            return 0.0;
        }
        ldexp(v, exp)
    }

    const LN2: DD = DD {
        hi: core::f64::consts::LN_2,
        lo: 2.3190468138462996e-17,
    };

    /// ln(x) for finite x > 0.
    fn ln(x: f64) -> DD {
        let (mut m, mut e) = frexp(x);
        if m < core::f64::consts::FRAC_1_SQRT_2 {
            m *= 2.0;
            e -= 1;
        }
        // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
        let s = div(d(m - 1.0), two_sum(m, 1.0));
        let s2 = mul(s, s);
        let mut p = d(0.0);
        let mut k = 27;
        while k >= 0 {
            p = add(div(d(1.0), d((2 * k + 1) as f64)), mul(p, s2));
            k -= 1;
        }
        add(mul(d(e as f64), LN2), mul(d(2.0), mul(s, p)))
    }

    /// `x ** y` as exp(y ln x), for finite x > 0.
    pub fn exp_log(x: f64, y: f64) -> f64 {
        exp_dd(mul(d(y), ln(x)))
    }

    /// e ** x, correctly rounded but for vanishingly rare near-halfway cases.
    pub fn exp(x: f64) -> f64 {
        exp_dd(d(x))
    }

    const LN10: DD = DD {
        hi: core::f64::consts::LN_10,
        lo: -2.1707562233822494e-16,
    };

    /// ln(x), log2(x) or log10(x) for finite x > 0 (`base` 0 for e).
    pub fn log(x: f64, base: u32) -> f64 {
        let l = ln(x);
        let r = match base {
            2 => div(l, LN2),
            10 => div(l, LN10),
            _ => l,
        };
        r.hi + r.lo
    }

    fn sub(a: DD, b: DD) -> DD {
        add(a, neg(b))
    }

    fn sqrt_dd(a: DD) -> DD {
        if a.hi <= 0.0 {
            return d(0.0);
        }
        // One Newton step from the double square root doubles its precision.
        let s = libm::sqrt(a.hi);
        let e = sub(a, two_prod(s, s));
        add(d(s), div(e, d(2.0 * s)))
    }

    const PI: DD = DD {
        hi: core::f64::consts::PI,
        lo: 1.2246467991473532e-16,
    };
    const PI_2: DD = DD {
        hi: core::f64::consts::FRAC_PI_2,
        lo: 6.123233995736766e-17,
    };
    /// pi/2 as a triple-double (hi + mid + lo): with exact products `k * part`, the
    /// reduction `x - k*pi/2` keeps about 160 bits of pi.
    const PIO2: [f64; 3] = [
        core::f64::consts::FRAC_PI_2,
        6.123233995736766e-17,
        -1.4973849048591698e-33,
    ];

    /// (sin r, cos r) by their series for |r| <= pi/4.
    fn sin_cos_small(r: DD) -> (DD, DD) {
        let r2 = mul(r, r);
        // sin: r - r^3/3! + ..., cos: 1 - r^2/2! + ..., Horner from the top term.
        let (mut s, mut c) = (d(0.0), d(0.0));
        let mut k = 27;
        while k >= 1 {
            // sin r / r = 1 - r^2/(2*3) (1 - r^2/(4*5) (...)), cos r likewise with
            // (1*2), (3*4), ...; coefficients divided in double-double.
            let fs = div(d(1.0), d(((2 * k) * (2 * k + 1)) as f64));
            let fc = div(d(1.0), d(((2 * k - 1) * (2 * k)) as f64));
            s = sub(d(1.0), mul(mul(s, r2), fs));
            c = sub(d(1.0), mul(mul(c, r2), fc));
            k -= 1;
        }
        (mul(r, s), c)
    }

    /// (sin x, cos x) for finite |x| < 2**30; None beyond (the caller uses libm).
    fn sin_cos(x: f64) -> Option<(DD, DD)> {
        if x.abs() >= 1073741824.0 {
            return None;
        }
        let k = super::floor(x * core::f64::consts::FRAC_2_PI + 0.5);
        let mut r = d(x);
        for p in PIO2 {
            r = sub(r, two_prod(k, p));
        }
        let (s, c) = sin_cos_small(r);
        Some(match (k as i64).rem_euclid(4) {
            0 => (s, c),
            1 => (c, neg(s)),
            2 => (neg(s), neg(c)),
            _ => (neg(c), s),
        })
    }

    /// sin, cos or tan of x (`which` 0, 1, 2), None when |x| is too large.
    pub fn trig(x: f64, which: u32) -> Option<f64> {
        let (s, c) = sin_cos(x)?;
        let r = match which {
            0 => s,
            1 => c,
            _ => div(s, c),
        };
        Some(r.hi + r.lo)
    }

    /// atan of a double-double.
    fn atan_dd(x: DD) -> DD {
        if x.hi < 0.0 {
            return neg(atan_dd(neg(x)));
        }
        if x.hi > 1.0 {
            return sub(PI_2, atan_dd(div(d(1.0), x)));
        }
        // Halve the angle three times: atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))).
        let mut t = x;
        for _ in 0..3 {
            t = div(t, add(d(1.0), sqrt_dd(add(d(1.0), mul(t, t)))));
        }
        let t2 = mul(t, t);
        // atan t / t = 1 - t^2/3 + t^4/5 - ...: p_k = 1/(2k+1) - t^2 p_(k+1).
        let mut p = d(0.0);
        let mut k = 20;
        while k >= 0 {
            p = sub(div(d(1.0), d((2 * k + 1) as f64)), mul(t2, p));
            k -= 1;
        }
        scale(mul(t, p), 3)
    }

    /// atan(x).
    pub fn atan(x: f64) -> f64 {
        let r = atan_dd(d(x));
        r.hi + r.lo
    }

    /// atan2(y, x) for finite nonzero arguments (the caller handles the rest).
    pub fn atan2(y: f64, x: f64) -> f64 {
        let t = atan_dd(div(d(y), d(x)));
        let r = if x > 0.0 {
            t
        } else if y >= 0.0 {
            add(t, PI)
        } else {
            sub(t, PI)
        };
        r.hi + r.lo
    }

    /// asin(x) for |x| < 1, or acos(x) when `acos`.
    pub fn asin_acos(x: f64, acos: bool) -> f64 {
        if acos {
            // acos(x) = 2 atan(sqrt((1 - x) / (1 + x))), accurate near both ends.
            let q = div(two_sum(1.0, -x), two_sum(1.0, x));
            let r = scale(atan_dd(sqrt_dd(q)), 1);
            return r.hi + r.lo;
        }
        let den = sqrt_dd(mul(two_sum(1.0, -x), two_sum(1.0, x)));
        let r = atan_dd(div(d(x), den));
        r.hi + r.lo
    }

    fn exp_dd(t: DD) -> f64 {
        if t.hi > 710.0 {
            return f64::INFINITY;
        }
        if t.hi < -746.0 {
            return 0.0;
        }
        // exp(t) = 2**k * exp(r), r = t - k ln2, evaluated as exp(r / 256) ** 256.
        let k = super::floor(t.hi / LN2.hi + 0.5);
        let r = add(t, neg(mul(d(k), LN2)));
        let r = scale(r, -8);
        let mut p = d(1.0);
        let mut n = 12;
        while n >= 1 {
            p = add(d(1.0), div(mul(p, r), d(n as f64)));
            n -= 1;
        }
        for _ in 0..8 {
            p = mul(p, p);
        }
        finish(p, k as i32)
    }
}
