//! The numeric built-in functions `round`, `divmod`, `pow`, `bin`, `oct`, `hex` and
//! `format`. Each is `Obj f(const Obj *args, usize n)` under its
//! `pyaot_abi::BUILTINS` symbol and checks its own arguments with CPython's
//! messages.

use crate::bigint::{arith, radix};
use crate::exc;
use crate::float;
use crate::int;
use crate::object::{none, type_of, Obj};
use crate::str as pystr;
use crate::tuple::{self, word_slice};

/// The value of an index-like argument (`ndigits`), clamped to the word range as
/// CPython's `PyNumber_AsSsize_t(o, NULL)` clamps; TypeError for non-ints.
fn clamped_index(o: Obj) -> Result<isize, ()> {
    if let Some(v) = int::value(o) {
        return Ok(v);
    }
    if int::is_int(o) {
        return Ok(if crate::bigint::is_negative(o) {
            isize::MIN
        } else {
            isize::MAX
        });
    }
    not_an_integer(o);
    Err(())
}

fn not_an_integer(o: Obj) -> Obj {
    exc::type_error(format_args!(
        "'{}' object cannot be interpreted as an integer",
        type_of(o).name
    ))
}

/// `round(number[, ndigits])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_round(args: *const Obj, n: usize) -> Obj {
    let (x, nd) = match *word_slice(args, n) {
        [] => {
            return exc::type_error(format_args!(
                "round() missing required argument 'number' (pos 1)"
            ))
        }
        [x] => (x, none()),
        [x, nd] => (x, nd),
        _ => {
            return exc::type_error(format_args!(
                "round() takes at most 2 arguments ({} given)",
                n
            ))
        }
    };
    if int::is_int(x) {
        if nd == none() {
            return int::value(x).map_or(x, pyaot_abi::tag_int);
        }
        if !int::is_int(nd) {
            return not_an_integer(nd);
        }
        return crate::round::round_int(x, nd);
    }
    if float::is_float(x) {
        let v = float::value(x);
        if nd == none() {
            return crate::round::round_float_to_int(v);
        }
        return match clamped_index(nd) {
            Ok(k) => crate::round::round_float(v, k),
            Err(()) => 0,
        };
    }
    exc::type_error(format_args!(
        "type {} doesn't define __round__ method",
        type_of(x).name
    ))
}

/// `divmod(a, b)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_divmod(args: *const Obj, n: usize) -> Obj {
    let [a, b] = *word_slice(args, n) else {
        return exc::type_error(format_args!("divmod expected 2 arguments, got {}", n));
    };
    if int::is_int(a) && int::is_int(b) {
        return match int::divmod(a, b) {
            Ok((q, r)) => pair(q, r),
            Err(()) => 0,
        };
    }
    let (Some(x), Some(y)) = (float::to_f64(a), float::to_f64(b)) else {
        return exc::type_error(format_args!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_of(a).name,
            type_of(b).name
        ));
    };
    let (Ok(x), Ok(y)) = (x, y) else {
        return 0;
    };
    if y == 0.0 {
        return exc::zero_division("float divmod()");
    }
    let (q, r) = float::divmod(x, y);
    let q = float::float_new(q);
    if q == 0 {
        return 0;
    }
    pair(q, float::float_new(r))
}

fn pair(a: Obj, b: Obj) -> Obj {
    if a == 0 || b == 0 {
        return 0;
    }
    tuple::from_slice(&[a, b])
}

/// `pow(base, exp[, mod])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_pow(args: *const Obj, n: usize) -> Obj {
    let (a, b, m) = match *word_slice(args, n) {
        [] => {
            return exc::type_error(format_args!(
                "pow() missing required argument 'base' (pos 1)"
            ))
        }
        [_] => {
            return exc::type_error(format_args!(
                "pow() missing required argument 'exp' (pos 2)"
            ))
        }
        [a, b] => (a, b, none()),
        [a, b, m] => (a, b, m),
        _ => {
            return exc::type_error(format_args!(
                "pow() takes at most 3 arguments ({} given)",
                n
            ))
        }
    };
    if m == none() {
        return crate::ops::pyaot_pow(a, b);
    }
    if int::is_int(a) && int::is_int(b) && int::is_int(m) {
        return arith::pow_mod(a, b, m);
    }
    // float's `__pow__` refuses any third argument, whatever the others are.
    if float::is_float(a) || float::is_float(b) || float::is_float(m) {
        return exc::type_error(format_args!(
            "pow() 3rd argument not allowed unless all arguments are integers"
        ));
    }
    exc::type_error(format_args!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_of(a).name,
        type_of(b).name,
        type_of(m).name
    ))
}

fn to_base(name: &str, args: *const Obj, n: usize, base: u32, prefix: &str) -> Obj {
    let [o] = *word_slice(args, n) else {
        return exc::type_error(format_args!(
            "{}() takes exactly one argument ({} given)",
            name, n
        ));
    };
    if !int::is_int(o) {
        return not_an_integer(o);
    }
    radix::to_str(o, base, prefix, false)
}

/// `bin(x)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_bin(args: *const Obj, n: usize) -> Obj {
    to_base("bin", args, n, 2, "0b")
}

/// `oct(x)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_oct(args: *const Obj, n: usize) -> Obj {
    to_base("oct", args, n, 8, "0o")
}

/// `hex(x)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_hex(args: *const Obj, n: usize) -> Obj {
    to_base("hex", args, n, 16, "0x")
}

/// `format(value[, spec])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_format(args: *const Obj, n: usize) -> Obj {
    match *word_slice(args, n) {
        [] => exc::type_error(format_args!("format expected at least 1 argument, got 0")),
        [v] => crate::format::format_value(v, pystr::empty()),
        [v, spec] => crate::format::pyaot_format(v, spec),
        _ => exc::type_error(format_args!(
            "format expected at most 2 arguments, got {}",
            n
        )),
    }
}
