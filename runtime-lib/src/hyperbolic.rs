//! sinh, cosh, tanh and their inverses, composed from exp/expm1/log/log1p with the
//! same case splits and formulas as the C library CPython is linked against (the
//! fdlibm family: glibc, musl, the BSDs), so that results agree to the last bit
//! wherever the underlying exp and log do. Each formula avoids cancellation in its
//! range: expm1/log1p near zero, a single exp where the other term is negligible.

use crate::float::{exp, log};

/// ln 2, rounded.
const LN2: f64 = core::f64::consts::LN_2;
/// Below this |x| (2**-28) sinh, tanh and the inverses round to x itself.
const TINY: f64 = 3.725290298461914e-9;
/// Above this |x| tanh is 1 to double precision, and sinh/cosh drop the e**-|x| term.
const LARGE: f64 = 22.0;
/// ln(f64::MAX): below it exp(|x|) itself is finite.
const LOG_MAX: f64 = 709.782712893384;

fn ln(x: f64) -> f64 {
    log(x, 0)
}

/// cosh(x); infinity once it overflows.
pub fn cosh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() {
        return a;
    }
    if a < LARGE {
        if a < 0.5 * LN2 {
            if a < 2.7755575615628914e-17 {
                return 1.0;
            }
            // 1 + expm1(a)**2 / (2 exp(a)), without the cancellation of e**a + e**-a.
            let t = libm::expm1(a);
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if a < LOG_MAX {
        return 0.5 * exp(a);
    }
    // Near overflow: exp(a / 2)**2 / 2, each factor finite.
    let w = exp(0.5 * a);
    (0.5 * w) * w
}

/// sinh(x); infinity once it overflows.
pub fn sinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() {
        return x;
    }
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    if a < LARGE {
        if a < TINY {
            return x;
        }
        let t = libm::expm1(a);
        if a < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if a < LOG_MAX {
        return h * exp(a);
    }
    let w = exp(0.5 * a);
    (h * w) * w
}

/// tanh(x).
pub fn tanh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    let z = if a < LARGE {
        if a < 2.7755575615628914e-17 {
            return x * (1.0 + x);
        }
        if a >= 1.0 {
            let t = libm::expm1(2.0 * a);
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = libm::expm1(-2.0 * a);
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if x < 0.0 {
        -z
    } else {
        z
    }
}

/// asinh(x).
pub fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < TINY {
        return x;
    }
    let w = if a > 268435456.0 {
        ln(a) + LN2
    } else if a > 2.0 {
        ln(2.0 * a + 1.0 / (libm::sqrt(x * x + 1.0) + a))
    } else {
        let t = x * x;
        libm::log1p(a + t / (1.0 + libm::sqrt(1.0 + t)))
    };
    if x > 0.0 {
        w
    } else {
        -w
    }
}

/// acosh(x); NaN below 1.
pub fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 268435456.0 {
        if x.is_infinite() {
            return x;
        }
        return ln(x) + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return ln(2.0 * x - 1.0 / (x + libm::sqrt(t - 1.0)));
    }
    let t = x - 1.0;
    libm::log1p(t + libm::sqrt(2.0 * t + t * t))
}

/// atanh(x); NaN beyond [-1, 1], infinite at the ends.
pub fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() || a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return x / 0.0;
    }
    if a < TINY {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * libm::log1p(t + t * a / (1.0 - a))
    } else {
        0.5 * libm::log1p((a + a) / (1.0 - a))
    };
    t.copysign(x)
}
