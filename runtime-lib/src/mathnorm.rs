//! `math.hypot` and `math.dist`: CPython 3.11's `vector_norm`
//! (Modules/mathmodule.c), step for step, so that both give CPython's bits for any
//! number of coordinates: the coordinates scaled by a power of two below the
//! largest, their squares summed exactly in the high part with the rounding errors
//! kept in two low parts, a square root, then one correction step.

use crate::float::{float_new, frexp, ldexp};
use crate::object::{is_type, Obj};
use crate::{exc, list, mathmod, tuple};

/// A value and its rounding error: `hi + lo` exactly.
#[derive(Clone, Copy)]
struct DoubleLength {
    hi: f64,
    lo: f64,
}

/// `a + b` exactly, for |a| >= |b| (Fast2Sum).
fn dl_fast_sum(a: f64, b: f64) -> DoubleLength {
    let hi = a + b;
    let lo = (a - hi) + b;
    DoubleLength { hi, lo }
}

/// Dekker's split: `x == hi + lo` with each half holding 26 bits or fewer.
fn dl_split(x: f64) -> DoubleLength {
    let t = x * 134217729.0; // 2**27 + 1
    let hi = t - (t - x);
    DoubleLength { hi, lo: x - hi }
}

/// `x * y` exactly (Dekker's mul12, as CPython 3.11 computes it without an FMA).
fn dl_mul(x: f64, y: f64) -> DoubleLength {
    let (xx, yy) = (dl_split(x), dl_split(y));
    let hi = x * y;
    let lo = xx.hi * yy.hi - hi + xx.hi * yy.lo + xx.lo * yy.hi + xx.lo * yy.lo;
    DoubleLength { hi, lo }
}

/// The Euclidean norm of `vec` (absolute values, the largest `max`), as CPython's
/// `vector_norm`; `found_nan` when one of them is a NaN (an infinity wins over it).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: make the subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale; // lossless scaling
        let pr = dl_mul(x, x); // lossless squaring
        let sm = dl_fast_sum(csum, pr.hi); // lossless addition
        csum = sm.hi;
        frac1 += pr.lo; // lossy addition
        frac2 += sm.lo; // lossy addition
    }
    let mut h = libm::sqrt(csum - 1.0 + (frac1 + frac2));
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h); // differential correction
    h / scale
}

/// The norm of the values `get(0..n)` gives (each an absolute value, or Err with
/// an exception pending), through a heap block for the coordinates.
fn norm_of(n: usize, mut get: impl FnMut(usize) -> Result<f64, ()>) -> Obj {
    let mut on_stack = [0.0f64; 16];
    let vec: &mut [f64] = if n <= on_stack.len() {
        &mut on_stack[..n]
    } else {
        let p = crate::heap::alloc_noscan(n * 8) as *mut f64;
        if p.is_null() {
            return exc::memory_error();
        }
        // SAFETY: a fresh block of n doubles.
        unsafe { core::slice::from_raw_parts_mut(p, n) }
    };
    let (mut max, mut found_nan) = (0.0f64, false);
    for (i, slot) in vec.iter_mut().enumerate() {
        let Ok(x) = get(i) else { return 0 };
        *slot = x;
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    float_new(vector_norm(vec, max, found_nan))
}

/// `math.hypot(*coordinates)`.
pub extern "C" fn m_hypot(p: *const Obj, n: usize) -> Obj {
    let a = tuple::word_slice(p, n);
    norm_of(a.len(), |i| mathmod::real(a[i]).map(f64::abs))
}

/// `math.dist(p, q)`: both points as tuples (any iterable is made one), of the
/// same length.
pub extern "C" fn m_dist(p: *const Obj, n: usize) -> Obj {
    let a = tuple::word_slice(p, n);
    if a.len() != 2 {
        return exc::type_error(format_args!("dist expected 2 arguments, got {}", a.len()));
    }
    let (Some(p), Some(q)) = (items_of(a[0]), items_of(a[1])) else {
        return 0;
    };
    let (ps, qs) = (items(p), items(q));
    if ps.len() != qs.len() {
        return exc::value_error(format_args!(
            "both points must have the same number of dimensions"
        ));
    }
    norm_of(ps.len(), |i| {
        let px = mathmod::real(items(p)[i])?;
        let qx = mathmod::real(items(q)[i])?;
        Ok((px - qx).abs())
    })
}

/// A tuple as itself, anything else as a list of its items (CPython makes it a
/// tuple); None with the iteration's error pending.
fn items_of(o: Obj) -> Option<Obj> {
    if o & 1 == 0 && is_type(o, &tuple::TYPE_TUPLE) {
        return Some(o);
    }
    match list::from_iter(o) {
        0 => None,
        l => Some(l),
    }
}

/// The items of a tuple or list from `items_of`.
fn items<'a>(o: Obj) -> &'a [Obj] {
    if is_type(o, &tuple::TYPE_TUPLE) {
        tuple::items(o)
    } else {
        list::items(o)
    }
}
