//! `slice` objects as Python sees them: the builtin `slice(stop)` /
//! `slice(start, stop[, step])`, the attributes `start`, `stop`, `step`,
//! `indices(length)` (CPython's `_PySlice_GetLongIndices`, on ints of any size) and
//! the comparisons (as tuples). Slices are unhashable, as in 3.11. Using a slice to
//! cut a sequence is `slice.rs`.

use crate::exc;
use crate::object::{self, none, true_, type_of, Obj, NOT_IMPLEMENTED};
use crate::ops::{pyaot_add, pyaot_compare};
use crate::slice::{is_slice, parts, pyaot_build_slice};
use crate::tuple;
use pyaot_abi::{tag_int, CmpOp};

/// `slice(*args)`: one argument is the stop; two or three are start, stop, step.
pub fn construct(args: &[Obj]) -> Obj {
    match *args {
        [] => exc::type_error(format_args!("slice expected at least 1 argument, got 0")),
        [stop] => pyaot_build_slice(none(), stop, none()),
        [start, stop] => pyaot_build_slice(start, stop, none()),
        [start, stop, step] => pyaot_build_slice(start, stop, step),
        _ => exc::type_error(format_args!(
            "slice expected at most 3 arguments, got {}",
            args.len()
        )),
    }
}

/// The data attributes `start`, `stop`, `step` of slice `s`; None for other names.
pub fn attribute(s: Obj, name: &str) -> Option<Obj> {
    let (a, b, c) = parts(s);
    match name {
        "start" => Some(a),
        "stop" => Some(b),
        "step" => Some(c),
        _ => None,
    }
}

/// Slice methods for `pyaot_call_method`; None if `name` is not one.
///
/// Reached through its hook (`pyaot_abi::METHOD_HOOKS`): slicing names slice's type,
/// and `indices` links big-int arithmetic. So Rust's ABI: only this crate calls it.
#[no_mangle]
pub fn pyaot_slice_methods(s: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    if name != "indices" {
        return None;
    }
    Some(match *args {
        [n] => indices(s, n).unwrap_or(0),
        _ => exc::type_error(format_args!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len()
        )),
    })
}

/// `a < b` on ints of any size.
fn lt(a: Obj, b: Obj) -> Result<bool, ()> {
    match pyaot_compare(a, b, CmpOp::Lt as usize) {
        0 => Err(()),
        r => Ok(r == true_()),
    }
}

/// `operator.index(o)` for an int or bool (a bool becomes its int value).
fn as_index(o: Obj, error: impl Fn(Obj)) -> Result<Obj, ()> {
    if let Some(v) = crate::int::value(o) {
        return Ok(tag_int(v));
    }
    if crate::int::is_int(o) {
        return Ok(o);
    }
    error(o);
    Err(())
}

fn bad_bound(_: Obj) {
    exc::type_error(format_args!(
        "slice indices must be integers or None or have an __index__ method"
    ));
}

/// `s.indices(length)`: the tuple `(start, stop, step)` a slice selects from a
/// sequence of `length` items, with CPython's errors.
fn indices(s: Obj, length: Obj) -> Result<Obj, ()> {
    let length = as_index(length, |o| {
        exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(o).name
        ));
    })?;
    if lt(length, tag_int(0))? {
        exc::value_error(format_args!("length should not be negative"));
        return Err(());
    }
    let (a, b, c) = parts(s);
    let step = if c == none() {
        tag_int(1)
    } else {
        as_index(c, bad_bound)?
    };
    if step == tag_int(0) {
        exc::value_error(format_args!("slice step cannot be zero"));
        return Err(());
    }
    let backwards = lt(step, tag_int(0))?;
    let (lower, upper) = if backwards {
        let upper = pyaot_add(length, tag_int(-1));
        if upper == 0 {
            return Err(());
        }
        (tag_int(-1), upper)
    } else {
        (tag_int(0), length)
    };
    // A bound: its default, or clipped into [lower, upper] after counting a negative
    // one from the end.
    let clip = |o: Obj, default: Obj| -> Result<Obj, ()> {
        if o == none() {
            return Ok(default);
        }
        let mut v = as_index(o, bad_bound)?;
        if lt(v, tag_int(0))? {
            v = pyaot_add(v, length);
            if v == 0 {
                return Err(());
            }
            if lt(v, lower)? {
                v = lower;
            }
        } else if lt(upper, v)? {
            v = upper;
        }
        Ok(v)
    };
    let start = clip(a, if backwards { upper } else { lower })?;
    let stop = clip(b, if backwards { lower } else { upper })?;
    match tuple::from_slice(&[start, stop, step]) {
        0 => Err(()),
        t => Ok(t),
    }
}

/// The comparison slot: slices compare as the tuples `(start, stop, step)`.
pub fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !is_slice(b) {
        return NOT_IMPLEMENTED;
    }
    let (x, y) = (parts(a), parts(b));
    let (ta, tb) = (
        tuple::from_slice(&[x.0, x.1, x.2]),
        tuple::from_slice(&[y.0, y.1, y.2]),
    );
    if ta == 0 || tb == 0 {
        return 0;
    }
    object::compare(ta, tb, op)
}
