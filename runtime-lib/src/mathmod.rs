//! The `math` module: libm for the floating-point functions, the runtime's ints for
//! the integer ones, CPython's errors ("math domain error", "math range error").

use crate::exc;
use crate::float::{float_new, is_float, value as float_value};
use crate::func::{pyaot_iter, pyaot_iter_next};
use crate::modules;
use crate::object::{self, type_of, Obj};
use crate::{hyperbolic, int, ops, tuple};
use pyaot_abi::{tag_int, CmpOp, ITER_DONE};

fn args<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    tuple::word_slice(p, n)
}

/// A real number argument as an f64.
/// A float argument: a float, or an int converted (OverflowError beyond floats);
/// CPython's TypeError for anything else.
pub(crate) fn real(o: Obj) -> Result<f64, ()> {
    if is_float(o) {
        return Ok(float_value(o));
    }
    if int::is_int(o) {
        let f = crate::print::pyaot_builtin_float(&o, 1);
        if f == 0 {
            return Err(());
        }
        return Ok(float_value(f));
    }
    exc::type_error(format_args!("must be real number, not {}", type_of(o).name));
    Err(())
}

fn domain_error() -> Obj {
    exc::value_error(format_args!("math domain error"))
}

fn range_error() -> Obj {
    exc::overflow_error(format_args!("math range error"))
}

fn arity(name: &str, a: &[Obj], n: usize) -> Result<(), ()> {
    if a.len() == n {
        return Ok(());
    }
    if n == 1 {
        exc::type_error(format_args!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        ));
    } else {
        exc::type_error(format_args!(
            "{name} expected {n} arguments, got {}",
            a.len()
        ));
    }
    Err(())
}

/// A float result, checked as CPython's math module does: NaN from non-NaN inputs is
/// a domain error, infinity from finite inputs a range error (unless `overflow_ok`).
fn checked(r: f64, inputs: &[f64], can_overflow: bool) -> Obj {
    let finite_in = inputs.iter().all(|x| x.is_finite());
    let nan_in = inputs.iter().any(|x| x.is_nan());
    if r.is_nan() && !nan_in {
        return domain_error();
    }
    if r.is_infinite() && finite_in {
        return if can_overflow {
            range_error()
        } else {
            domain_error()
        };
    }
    float_new(r)
}

macro_rules! unary {
    ($name:ident, $py:literal, $f:expr, $overflow:expr) => {
        extern "C" fn $name(p: *const Obj, n: usize) -> Obj {
            let a = args(p, n);
            if arity($py, a, 1).is_err() {
                return 0;
            }
            match real(a[0]) {
                Ok(x) => checked($f(x), &[x], $overflow),
                Err(()) => 0,
            }
        }
    };
}

unary!(m_sqrt, "sqrt", libm::sqrt, false);
unary!(m_exp, "exp", crate::float::exp, true);

unary!(
    m_sin,
    "sin",
    |x: f64| if x.is_infinite() {
        f64::NAN
    } else {
        crate::float::trig(x, 0).unwrap_or_else(|| libm::sin(x))
    },
    false
);
unary!(
    m_cos,
    "cos",
    |x: f64| if x.is_infinite() {
        f64::NAN
    } else {
        crate::float::trig(x, 1).unwrap_or_else(|| libm::cos(x))
    },
    false
);
unary!(
    m_tan,
    "tan",
    |x: f64| if x.is_infinite() {
        f64::NAN
    } else {
        crate::float::trig(x, 2).unwrap_or_else(|| libm::tan(x))
    },
    false
);
unary!(m_asin, "asin", |x: f64| asin_acos(x, false), false);
unary!(m_acos, "acos", |x: f64| asin_acos(x, true), false);
unary!(m_atan, "atan", crate::float::atan, false);

/// The value of the least significant bit of `x`, as CPython computes it.
fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - libm::nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// asin/acos with the exact end points and NaN outside [-1, 1].
fn asin_acos(x: f64, acos: bool) -> f64 {
    if x.is_nan() || !(-1.0..=1.0).contains(&x) {
        return f64::NAN;
    }
    match (x, acos) {
        (1.0, false) => core::f64::consts::FRAC_PI_2,
        (-1.0, false) => -core::f64::consts::FRAC_PI_2,
        (1.0, true) => 0.0,
        (-1.0, true) => core::f64::consts::PI,
        _ => crate::float::asin_acos(x, acos),
    }
}
unary!(m_sinh, "sinh", hyperbolic::sinh, true);
unary!(m_cosh, "cosh", hyperbolic::cosh, true);
unary!(m_tanh, "tanh", hyperbolic::tanh, false);
unary!(m_fabs, "fabs", libm::fabs, false);
unary!(m_log1p, "log1p", libm::log1p, false);
unary!(m_expm1, "expm1", libm::expm1, true);
unary!(m_exp2, "exp2", libm::exp2, true);

unary!(m_asinh, "asinh", hyperbolic::asinh, false);
unary!(m_acosh, "acosh", hyperbolic::acosh, false);
unary!(m_atanh, "atanh", hyperbolic::atanh, false);

unary!(m_ulp, "ulp", ulp, false);
unary!(
    m_degrees,
    "degrees",
    |x: f64| x * (180.0 / core::f64::consts::PI),
    true
);
unary!(
    m_radians,
    "radians",
    |x: f64| x * (core::f64::consts::PI / 180.0),
    false
);

/// A logarithm (`base` 0 for natural, else 2 or 10) of a real argument, as CPython's
/// loghelper: ints too large for a float go through `m * 2**e`, so `log(10**400)`
/// works; zero and negatives are domain errors.
fn log_of(o: Obj, base: u32) -> Result<f64, ()> {
    let log = |x: f64| {
        if base == 10 {
            log10(x)
        } else {
            crate::float::log(x, base)
        }
    };
    if int::is_int(o) && !is_float(o) {
        if is_negative(o) || o == tag_int(0) {
            domain_error();
            return Err(());
        }
        if let Some((m, e)) = big_frexp(o)? {
            return Ok(log(m) + log(2.0) * e as f64);
        }
    }
    let x = real(o)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        domain_error();
        return Err(());
    }
    Ok(log(x))
}

/// log10 of a finite x > 0 composed as fdlibm (and so glibc, whose results CPython
/// prints) does: with x = m * 2**k, k*log10(2) split into an exact high part and a
/// low part, plus ln(m)/ln(10). Not correctly rounded, but the same to the bit.
fn log10(x: f64) -> f64 {
    const TWO54: f64 = 18014398509481984.0;
    const IVLN10: f64 = core::f64::consts::LOG10_E;
    const LOG10_2HI: f64 = 3.0102999566361177e-1;
    const LOG10_2LO: f64 = 3.694239077158931e-13;
    let (mut x, mut k) = (x, 0i32);
    if x < f64::MIN_POSITIVE {
        k -= 54;
        x *= TWO54;
    }
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    k += (hx >> 20) - 1023;
    // m in [1, 2) for k >= 0, [0.5, 1) for k < 0, so y * log10(2) and ln(m) never
    // cancel.
    let i = (k < 0) as i32;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i) as f64;
    let m = f64::from_bits(((hx as u32 as u64) << 32) | (bits & 0xffff_ffff));
    let z = y * LOG10_2LO + IVLN10 * crate::float::log(m, 0);
    z + y * LOG10_2HI
}

/// `(m, e)` with `o == m * 2**e` and `0.5 <= m < 1` (m correctly rounded) for a
/// positive int of more than 1000 bits; None for smaller ones, which fit a float.
fn big_frexp(o: Obj) -> Result<Option<(f64, usize)>, ()> {
    let mut t = 0;
    let bits = crate::bigint::mag::bit_length(crate::bigint::view(o, &mut t).mag);
    if bits <= 1000 {
        return Ok(None);
    }
    // Keep 60 bits and a sticky bit for everything shifted out, so converting them
    // to a float rounds exactly as rounding the whole number would.
    let shift = tag_int((bits - 60) as isize);
    let top = int::binop_obj(int::BinOp::RShift, o, shift).ok_or(())?;
    let back = int::binop_obj(int::BinOp::LShift, top, shift).ok_or(())?;
    if top == 0 || back == 0 {
        return Err(());
    }
    let sticky = object::compare(back, o, CmpOp::Ne) == object::true_();
    let top = int::to_f64(top)? as u64 | sticky as u64;
    Ok(Some((top as f64 / (1u64 << 60) as f64, bits)))
}

extern "C" fn m_log(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if a.is_empty() || a.len() > 2 {
        return exc::type_error(format_args!(
            "log expected 1 or 2 arguments, got {}",
            a.len()
        ));
    }
    let Ok(num) = log_of(a[0], 0) else { return 0 };
    if a.len() == 1 {
        return float_new(num);
    }
    let Ok(den) = log_of(a[1], 0) else { return 0 };
    if den == 0.0 {
        return exc::zero_division("float division by zero");
    }
    float_new(num / den)
}

extern "C" fn m_log2(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("log2", a, 1).is_err() {
        return 0;
    }
    log_of(a[0], 2).map_or(0, float_new)
}

extern "C" fn m_log10(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("log10", a, 1).is_err() {
        return 0;
    }
    log_of(a[0], 10).map_or(0, float_new)
}

fn binary_real(name: &str, p: *const Obj, n: usize) -> Result<(f64, f64), ()> {
    let a = args(p, n);
    arity(name, a, 2)?;
    Ok((real(a[0])?, real(a[1])?))
}

extern "C" fn m_atan2(p: *const Obj, n: usize) -> Obj {
    match binary_real("atan2", p, n) {
        Ok((y, x)) => {
            // Zeros, infinities and NaNs follow C's rules (libm's are C99's); finite
            // nonzero pairs are computed in double-double.
            if x.is_finite() && y.is_finite() && x != 0.0 && y != 0.0 {
                float_new(crate::float::atan2_finite(y, x))
            } else {
                float_new(libm::atan2(y, x))
            }
        }
        Err(()) => 0,
    }
}

extern "C" fn m_pow(p: *const Obj, n: usize) -> Obj {
    let Ok((x, y)) = binary_real("pow", p, n) else {
        return 0;
    };
    if !x.is_finite() || !y.is_finite() {
        // C99's special values, exact whichever libm computes them.
        return float_new(libm::pow(x, y));
    }
    let odd_y = y.abs() < 9007199254740992.0 && libm::fmod(y, 2.0).abs() == 1.0;
    if y == 0.0 {
        return float_new(1.0);
    }
    if x == 0.0 {
        if y < 0.0 {
            return domain_error();
        }
        return float_new(if odd_y { x } else { 0.0 });
    }
    if x < 0.0 && libm::trunc(y) != y {
        return domain_error();
    }
    // The same double-double pow as `**`, so `math.pow(x, y) == x ** y`.
    let r = crate::float::pow_positive(x.abs(), y);
    let r = if x < 0.0 && odd_y { -r } else { r };
    if r.is_infinite() {
        return range_error();
    }
    float_new(r)
}

extern "C" fn m_fmod(p: *const Obj, n: usize) -> Obj {
    match binary_real("fmod", p, n) {
        Ok((x, y)) => {
            if y == 0.0 && !x.is_nan() {
                return domain_error();
            }
            float_new(libm::fmod(x, y))
        }
        Err(()) => 0,
    }
}

extern "C" fn m_remainder(p: *const Obj, n: usize) -> Obj {
    match binary_real("remainder", p, n) {
        Ok((x, y)) => {
            if x.is_nan() || y.is_nan() {
                return float_new(f64::NAN);
            }
            if x.is_infinite() || y == 0.0 {
                return domain_error();
            }
            float_new(libm::remainder(x, y))
        }
        Err(()) => 0,
    }
}

extern "C" fn m_nextafter(p: *const Obj, n: usize) -> Obj {
    match binary_real("nextafter", p, n) {
        Ok((x, y)) => float_new(libm::nextafter(x, y)),
        Err(()) => 0,
    }
}

/// `(float, float)` or `(float, int)` as a tuple.
fn pair(a: Obj, b: Obj) -> Obj {
    if a == 0 || b == 0 {
        return 0;
    }
    tuple::from_slice(&[a, b])
}

extern "C" fn m_modf(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("modf", a, 1).is_err() {
        return 0;
    }
    let Ok(x) = real(a[0]) else { return 0 };
    let (frac, whole) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else {
        let whole = libm::trunc(x);
        (libm::copysign(x - whole, x), whole)
    };
    let f = float_new(frac);
    pair(f, float_new(whole))
}

extern "C" fn m_frexp(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("frexp", a, 1).is_err() {
        return 0;
    }
    let Ok(x) = real(a[0]) else { return 0 };
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    let m = float_new(m);
    pair(m, int::new(e as isize))
}

extern "C" fn m_ldexp(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("ldexp", a, 2).is_err() {
        return 0;
    }
    let Ok(x) = real(a[0]) else { return 0 };
    if !int::is_int(a[1]) || is_float(a[1]) {
        return exc::type_error(format_args!("Expected an int as second argument to ldexp."));
    }
    // Exponents beyond any float's range saturate: the result is 0 or overflows.
    let e = match int::value(a[1]) {
        Some(e) => e.clamp(-5000, 5000) as i32,
        None if is_negative(a[1]) => -5000,
        None => 5000,
    };
    if x == 0.0 || !x.is_finite() {
        return float_new(x);
    }
    let r = libm::scalbn(x, e);
    if r.is_infinite() {
        return range_error();
    }
    float_new(r)
}

/// `isclose(a, b)`.
extern "C" fn m_isclose(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if a.len() > 2 {
        return exc::type_error(format_args!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.len()
        ));
    }
    let mut slots = [0; 4];
    slots[..a.len()].copy_from_slice(a);
    isclose(&slots)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` over its four parameter slots, 0
/// for each one not given.
fn isclose(a: &[Obj]) -> Obj {
    for (i, name) in ["a", "b"].iter().enumerate() {
        if a[i] == 0 {
            return exc::type_error(format_args!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            ));
        }
    }
    let opt = |i: usize, default: f64| -> Result<f64, ()> {
        match a[i] {
            0 => Ok(default),
            o => real(o),
        }
    };
    let (Ok(x), Ok(y), Ok(rel), Ok(abs)) = (real(a[0]), real(a[1]), opt(2, 1e-9), opt(3, 0.0))
    else {
        return 0;
    };
    if rel < 0.0 || abs < 0.0 {
        return exc::value_error(format_args!("tolerances must be non-negative"));
    }
    if x == y {
        return object::true_();
    }
    if x.is_infinite() || y.is_infinite() {
        return object::false_();
    }
    let diff = (y - x).abs();
    object::bool_obj(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs)
}

/// Its keyword parameters, for `modules::call_kw`.
pub static ISCLOSE: modules::KwSpec = modules::KwSpec {
    entry: m_isclose,
    bound: isclose,
    params: &["a", "b", "rel_tol", "abs_tol"],
    max_positional: 2,
};

extern "C" fn m_copysign(p: *const Obj, n: usize) -> Obj {
    match binary_real("copysign", p, n) {
        Ok((x, y)) => float_new(libm::copysign(x, y)),
        Err(()) => 0,
    }
}

fn predicate(name: &str, p: *const Obj, n: usize, f: fn(f64) -> bool) -> Obj {
    let a = args(p, n);
    if arity(name, a, 1).is_err() {
        return 0;
    }
    match real(a[0]) {
        Ok(x) => object::bool_obj(f(x)),
        Err(()) => 0,
    }
}

extern "C" fn m_isnan(p: *const Obj, n: usize) -> Obj {
    predicate("isnan", p, n, f64::is_nan)
}
extern "C" fn m_isinf(p: *const Obj, n: usize) -> Obj {
    predicate("isinf", p, n, f64::is_infinite)
}
extern "C" fn m_isfinite(p: *const Obj, n: usize) -> Obj {
    predicate("isfinite", p, n, f64::is_finite)
}

/// floor/ceil/trunc: ints stay as they are; floats round to an int of any size.
fn to_int(name: &str, p: *const Obj, n: usize, f: fn(f64) -> f64) -> Obj {
    let a = args(p, n);
    if arity(name, a, 1).is_err() {
        return 0;
    }
    let x = a[0];
    if int::is_int(x) {
        return ops::pyaot_pos(x);
    }
    match real(x) {
        Ok(v) => {
            if v.is_nan() {
                return exc::value_error(format_args!("cannot convert float NaN to integer"));
            }
            if v.is_infinite() {
                return exc::overflow_error(format_args!(
                    "cannot convert float infinity to integer"
                ));
            }
            let r = float_new(f(v));
            if r == 0 {
                return 0;
            }
            crate::print::pyaot_builtin_int(&r, 1)
        }
        Err(()) => 0,
    }
}

extern "C" fn m_floor(p: *const Obj, n: usize) -> Obj {
    to_int("floor", p, n, libm::floor)
}
extern "C" fn m_ceil(p: *const Obj, n: usize) -> Obj {
    to_int("ceil", p, n, libm::ceil)
}
extern "C" fn m_trunc(p: *const Obj, n: usize) -> Obj {
    to_int("trunc", p, n, libm::trunc)
}

fn int_arg(o: Obj) -> Result<Obj, ()> {
    if int::is_int(o) {
        return Ok(o);
    }
    exc::type_error(format_args!(
        "'{}' object cannot be interpreted as an integer",
        type_of(o).name
    ));
    Err(())
}

fn is_negative(o: Obj) -> bool {
    object::compare(o, tag_int(0), CmpOp::Lt) == object::true_()
}

extern "C" fn m_gcd(p: *const Obj, n: usize) -> Obj {
    let mut g = tag_int(0);
    for &o in args(p, n) {
        let Ok(mut b) = int_arg(o) else { return 0 };
        let mut a = g;
        // Euclid on absolute values, with the runtime's ints (any size).
        if is_negative(a) {
            a = ops::pyaot_neg(a);
        }
        if is_negative(b) {
            b = ops::pyaot_neg(b);
        }
        while b != tag_int(0) {
            let r = ops::pyaot_mod(a, b);
            if r == 0 {
                return 0;
            }
            a = b;
            b = r;
        }
        g = a;
    }
    g
}

extern "C" fn m_lcm(p: *const Obj, n: usize) -> Obj {
    let mut l = tag_int(1);
    for &o in args(p, n) {
        let Ok(b) = int_arg(o) else { return 0 };
        if b == tag_int(0) {
            return tag_int(0);
        }
        let pair = [l, b];
        let g = m_gcd(pair.as_ptr(), 2);
        let prod = ops::pyaot_mul(l, b);
        if g == 0 || prod == 0 {
            return 0;
        }
        let q = ops::pyaot_floordiv(prod, g);
        l = if q != 0 && is_negative(q) {
            ops::pyaot_neg(q)
        } else {
            q
        };
    }
    l
}

extern "C" fn m_factorial(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("factorial", a, 1).is_err() {
        return 0;
    }
    if is_float(a[0]) {
        return exc::type_error(format_args!(
            "'float' object cannot be interpreted as an integer"
        ));
    }
    let Ok(x) = int_arg(a[0]) else { return 0 };
    if is_negative(x) {
        return exc::value_error(format_args!("factorial() not defined for negative values"));
    }
    let Some(k) = int::value(x) else {
        return exc::overflow_error(format_args!(
            "factorial() argument should not exceed {}",
            isize::MAX
        ));
    };
    let mut r = tag_int(1);
    for i in 2..=k {
        r = ops::pyaot_mul(r, tag_int(i));
        if r == 0 {
            return 0;
        }
    }
    r
}

/// comb(n, k) and perm(n, k) by the product formula.
fn comb_perm(name: &str, p: *const Obj, n: usize, comb: bool) -> Obj {
    let a = args(p, n);
    let (nn, kk) = match *a {
        [x] if !comb => (x, x),
        [x, y] => (x, y),
        _ => return exc::type_error(format_args!("{name} expected 2 arguments, got {}", a.len())),
    };
    let (Ok(nn), Ok(kk)) = (int_arg(nn), int_arg(kk)) else {
        return 0;
    };
    if is_negative(nn) {
        return exc::value_error(format_args!("n must be a non-negative integer"));
    }
    if is_negative(kk) {
        return exc::value_error(format_args!("k must be a non-negative integer"));
    }
    let (Some(nv), Some(kv)) = (int::value(nn), int::value(kk)) else {
        return exc::overflow_error(format_args!("{name}() arguments too large"));
    };
    if kv > nv {
        return tag_int(0);
    }
    let k = if comb { kv.min(nv - kv) } else { kv };
    let mut r = tag_int(1);
    for i in 0..k {
        r = ops::pyaot_mul(r, tag_int(nv - i));
        if r == 0 {
            return 0;
        }
        if comb {
            r = ops::pyaot_floordiv(r, tag_int(i + 1));
            if r == 0 {
                return 0;
            }
        }
    }
    r
}

extern "C" fn m_comb(p: *const Obj, n: usize) -> Obj {
    comb_perm("comb", p, n, true)
}
extern "C" fn m_perm(p: *const Obj, n: usize) -> Obj {
    comb_perm("perm", p, n, false)
}

extern "C" fn m_isqrt(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("isqrt", a, 1).is_err() {
        return 0;
    }
    let Ok(x) = int_arg(a[0]) else { return 0 };
    if is_negative(x) {
        return exc::value_error(format_args!("isqrt() argument must be nonnegative"));
    }
    if x == tag_int(0) {
        return x;
    }
    // Newton's method from above, on ints of any size: y = (y + x // y) // 2.
    let mut y = x;
    loop {
        let q = ops::pyaot_floordiv(x, y);
        let s = if q == 0 { 0 } else { ops::pyaot_add(y, q) };
        let next = if s == 0 {
            0
        } else {
            ops::pyaot_floordiv(s, tag_int(2))
        };
        if next == 0 {
            return 0;
        }
        if object::compare(next, y, CmpOp::Ge) == object::true_() {
            return y;
        }
        y = next;
    }
}

extern "C" fn m_prod(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    let (it, start) = match *a {
        [it] => (it, tag_int(1)),
        [it, s] => (it, s),
        _ => return exc::type_error(format_args!("prod() takes 1 positional argument")),
    };
    let iter = pyaot_iter(it);
    if iter == 0 {
        return 0;
    }
    let mut acc = start;
    loop {
        match pyaot_iter_next(iter) {
            0 => return 0,
            ITER_DONE => return acc,
            v => {
                acc = ops::pyaot_mul(acc, v);
                if acc == 0 {
                    return 0;
                }
            }
        }
    }
}

/// `fsum`: Shewchuk's exact summation of partials, as CPython's msum.
extern "C" fn m_fsum(p: *const Obj, n: usize) -> Obj {
    let a = args(p, n);
    if arity("fsum", a, 1).is_err() {
        return 0;
    }
    let iter = pyaot_iter(a[0]);
    if iter == 0 {
        return 0;
    }
    let mut partials = [0.0f64; 64];
    let mut np = 0;
    let mut special = 0.0f64;
    loop {
        let v = match pyaot_iter_next(iter) {
            0 => return 0,
            ITER_DONE => break,
            v => v,
        };
        let Ok(mut x) = real(v) else { return 0 };
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..np {
            let mut y = partials[j];
            if libm::fabs(x) < libm::fabs(y) {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if i >= partials.len() {
            return exc::memory_error();
        }
        partials[i] = x;
        np = i + 1;
    }
    if special != 0.0 || special.is_nan() {
        return float_new(special);
    }
    // Sum the partials from the top, with CPython's half-way correction.
    let mut hi = 0.0f64;
    if np > 0 {
        np -= 1;
        hi = partials[np];
        let mut lo = 0.0;
        while np > 0 {
            let x = hi;
            np -= 1;
            let y = partials[np];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if np > 0 && ((lo < 0.0 && partials[np - 1] < 0.0) || (lo > 0.0 && partials[np - 1] > 0.0))
        {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    float_new(hi)
}

/// The `math` module.
pub fn create() -> Obj {
    modules::register_kw(&ISCLOSE);
    let m = modules::new_module("math");
    if m == 0 {
        return 0;
    }
    let fs: &[(&str, extern "C" fn(*const Obj, usize) -> Obj)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("fabs", m_fabs),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("pow", m_pow),
        ("fmod", m_fmod),
        ("copysign", m_copysign),
        ("hypot", crate::mathnorm::m_hypot),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("log1p", m_log1p),
        ("expm1", m_expm1),
        ("exp2", m_exp2),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("ulp", m_ulp),
        ("remainder", m_remainder),
        ("nextafter", m_nextafter),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("isclose", m_isclose),
        ("dist", crate::mathnorm::m_dist),
    ];
    let ok = modules::functions(m, fs).is_ok()
        && modules::set(m, "pi", float_new(core::f64::consts::PI)).is_ok()
        && modules::set(m, "e", float_new(core::f64::consts::E)).is_ok()
        && modules::set(m, "tau", float_new(core::f64::consts::TAU)).is_ok()
        && modules::set(m, "inf", float_new(f64::INFINITY)).is_ok()
        && modules::set(m, "nan", float_new(f64::NAN)).is_ok();
    if ok {
        m
    } else {
        0
    }
}
