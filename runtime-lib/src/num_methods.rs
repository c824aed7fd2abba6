//! Methods of `int` (and `bool`) and `float`: `bit_length`, `bit_count`,
//! `as_integer_ratio`, `conjugate`, `is_integer`, `hex`. The method dispatcher
//! (`pyaot_call_method`) asks [`pyaot_int_methods`] / [`pyaot_float_methods`]; `None` means no
//! such method (AttributeError).

use crate::bigint::{self, mag};
use crate::exc;
use crate::float;
use crate::int::{self, BinOp};
use crate::object::{bool_obj, Obj};
use core::fmt::Write;
use pyaot_abi::tag_int;

fn no_args(ty: &str, name: &str, args: &[Obj]) -> Result<(), ()> {
    if args.is_empty() {
        return Ok(());
    }
    exc::type_error(format_args!(
        "{}.{}() takes no arguments ({} given)",
        ty,
        name,
        args.len()
    ));
    Err(())
}

fn pair(a: Obj, b: Obj) -> Obj {
    if a == 0 || b == 0 {
        return 0;
    }
    crate::tuple::from_slice(&[a, b])
}

/// Calls method `name` of int (or bool) `o`; `None` when int has no such method.
/// Reached through its hook (`pyaot_abi::METHOD_HOOKS`).
#[no_mangle]
pub fn pyaot_int_methods(o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let known = matches!(
        name,
        "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio"
    );
    if !known {
        return None;
    }
    if no_args("int", name, args).is_err() {
        return Some(0);
    }
    let plain = int::value(o).map_or(o, tag_int);
    let mut t = 0;
    Some(match name {
        "bit_length" => int::new(mag::bit_length(bigint::view(o, &mut t).mag) as isize),
        "bit_count" => {
            let ones: u32 = bigint::view(o, &mut t)
                .mag
                .iter()
                .map(|l| l.count_ones())
                .sum();
            int::new(ones as isize)
        }
        "conjugate" => plain,
        _ => pair(plain, tag_int(1)),
    })
}

/// Calls method `name` of float `o`; `None` when float has no such method. Reached
/// through its hook (`pyaot_abi::METHOD_HOOKS`), so Rust's ABI: only this crate calls it.
#[no_mangle]
pub fn pyaot_float_methods(o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let known = matches!(
        name,
        "is_integer" | "conjugate" | "as_integer_ratio" | "hex"
    );
    if !known {
        return None;
    }
    if no_args("float", name, args).is_err() {
        return Some(0);
    }
    let x = float::value(o);
    Some(match name {
        "is_integer" => bool_obj(x.is_finite() && float::trunc(x) == x),
        "conjugate" => o,
        "as_integer_ratio" => integer_ratio(x),
        _ => crate::str::build(|w| write_hex(x, w)),
    })
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
fn integer_ratio(x: f64) -> Obj {
    if x.is_nan() {
        return exc::value_error(format_args!("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return exc::overflow_error(format_args!("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return pair(tag_int(0), tag_int(1));
    }
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    };
    // Lowest terms: the denominator is a power of two, so drop common twos.
    while e < 0 && m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    let m = int::new_i64(if x < 0.0 { -(m as i64) } else { m as i64 });
    if e >= 0 {
        let num = int::binop_obj(BinOp::LShift, m, tag_int(e as isize)).unwrap_or(0);
        return pair(num, tag_int(1));
    }
    let den = int::binop_obj(BinOp::LShift, tag_int(1), tag_int(-e as isize)).unwrap_or(0);
    pair(m, den)
}

/// `float.hex()`, as CPython's `float_hex`: `[-]0x1.hhhhhhhhhhhhhp+e`, subnormals as
/// `0x0.hhh...p-1022`.
fn write_hex(x: f64, w: &mut dyn Write) -> core::fmt::Result {
    if !x.is_finite() {
        return crate::fmt::float_repr(x, &mut &mut *w);
    }
    if x == 0.0 {
        return w.write_str(if x.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        });
    }
    let (m, e) = float::frexp(x.abs());
    // DBL_MIN_EXP is -1021: subnormals keep a leading 0 digit.
    let shift = 1 - (-1021 - e).max(0);
    let mut m = float::ldexp(m, shift);
    let e = e - shift;
    if x < 0.0 {
        w.write_char('-')?;
    }
    let hex = |d: f64| char::from_digit(d as u32, 16).unwrap_or('0');
    w.write_str("0x")?;
    w.write_char(hex(m))?;
    m -= float::trunc(m);
    w.write_char('.')?;
    for _ in 0..13 {
        m *= 16.0;
        w.write_char(hex(m))?;
        m -= float::trunc(m);
    }
    write!(w, "p{}{}", if e < 0 { '-' } else { '+' }, e.unsigned_abs())
}
