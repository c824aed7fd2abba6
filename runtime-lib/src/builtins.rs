//! Built-in functions over containers and iterables: `len`, `range`, `min`, `max`,
//! `sum`, `list`, `tuple`, `dict`. Each is `Obj f(const Obj *args, usize n)` under
//! its `pyaot_abi::BUILTINS` symbol and checks its own arguments, with CPython's
//! messages.

use crate::exc;
use crate::object::{self, type_of, Obj};
use crate::{dict, func, list, range, tuple};
use pyaot_abi::{is_small_int, tag_int, untag_int, CmpOp};

/// `len(o)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_len(args: *const Obj, n: usize) -> Obj {
    let [o] = *tuple::word_slice(args, n) else {
        return exc::type_error(format_args!(
            "len() takes exactly one argument ({} given)",
            n
        ));
    };
    let ty = type_of(o);
    match ty.len {
        Some(f) => match f(o) {
            Ok(len) => crate::int::new(len as isize),
            Err(()) => 0,
        },
        None => exc::type_error(format_args!("object of type '{}' has no len()", ty.name)),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_range(args: *const Obj, n: usize) -> Obj {
    range::from_args(tuple::word_slice(args, n))
}

/// `min(iterable)` or `min(a, b, ...)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_min(args: *const Obj, n: usize) -> Obj {
    min_max(tuple::word_slice(args, n), "min", CmpOp::Lt)
}

/// `max(iterable)` or `max(a, b, ...)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_max(args: *const Obj, n: usize) -> Obj {
    min_max(tuple::word_slice(args, n), "max", CmpOp::Gt)
}

/// The item `x` for which no other compares `op` (Lt for min, Gt for max) with it;
/// the first such on ties, as CPython (each new item is compared against the best).
fn min_max(args: &[Obj], name: &str, op: CmpOp) -> Obj {
    let mut best = 0;
    let mut consider = |x: Obj| -> Result<(), ()> {
        if best == 0 || beats(x, best, op)? {
            best = x;
        }
        Ok(())
    };
    let r = match *args {
        [] => return exc::type_error(format_args!("{} expected at least 1 argument, got 0", name)),
        [iterable] => func::for_each(iterable, &mut consider),
        _ => args.iter().try_for_each(|&x| consider(x)),
    };
    if r.is_err() {
        return 0;
    }
    if best == 0 {
        return exc::value_error(format_args!("{}() arg is an empty sequence", name));
    }
    best
}

/// `x op best` as a Rust bool, small ints compared inline.
#[inline]
fn beats(x: Obj, best: Obj, op: CmpOp) -> Result<bool, ()> {
    if is_small_int(x & best) {
        // Tagging (2v + 1) preserves order.
        let (x, best) = (x as isize, best as isize);
        return Ok(if op == CmpOp::Lt { x < best } else { x > best });
    }
    let r = object::compare(x, best, op);
    if r == 0 {
        return Err(());
    }
    object::is_true(r)
}

extern "C" {
    /// `a + b` (defined by `ops`).
    fn pyaot_add(a: Obj, b: Obj) -> Obj;
}

/// `sum(iterable[, start])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_sum(args: *const Obj, n: usize) -> Obj {
    let (iterable, start) = match *tuple::word_slice(args, n) {
        [] => {
            return exc::type_error(format_args!(
                "sum() takes at least 1 positional argument (0 given)"
            ))
        }
        [iterable] => (iterable, tag_int(0)),
        [iterable, start] => (iterable, start),
        _ => {
            return exc::type_error(format_args!(
                "sum() takes at most 2 arguments ({} given)",
                n
            ))
        }
    };
    if crate::str::is_str(start) {
        return exc::type_error(format_args!(
            "sum() can't sum strings [use ''.join(seq) instead]"
        ));
    }
    let mut acc = start;
    let r = func::for_each(iterable, |x| {
        acc = match small_sum(acc, x) {
            Some(s) => s,
            // SAFETY: `pyaot_add` is the runtime's own `+` entry point.
            None => unsafe { pyaot_add(acc, x) },
        };
        if acc == 0 {
            Err(())
        } else {
            Ok(())
        }
    });
    match r {
        Ok(()) => acc,
        Err(()) => 0,
    }
}

/// `a + b` when both are small ints and the sum is one too.
#[inline]
fn small_sum(a: Obj, b: Obj) -> Option<Obj> {
    if !is_small_int(a & b) {
        return None;
    }
    let s = untag_int(a).checked_add(untag_int(b))?;
    (crate::int::MIN..=crate::int::MAX)
        .contains(&s)
        .then(|| tag_int(s))
}

/// `list()` or `list(iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_list(args: *const Obj, n: usize) -> Obj {
    match *tuple::word_slice(args, n) {
        [] => list::with_capacity(0),
        [iterable] => list::from_iter(iterable),
        _ => exc::type_error(format_args!("list expected at most 1 argument, got {}", n)),
    }
}

/// `tuple()` or `tuple(iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_tuple(args: *const Obj, n: usize) -> Obj {
    match *tuple::word_slice(args, n) {
        [] => tuple::empty(),
        // Tuples are immutable: `tuple(t)` is `t` itself, as in CPython.
        [t] if object::is_type(t, &tuple::TYPE_TUPLE) => t,
        [iterable] => match list::from_iter(iterable) {
            0 => 0,
            l => tuple::from_slice(list::items(l)),
        },
        _ => exc::type_error(format_args!("tuple expected at most 1 argument, got {}", n)),
    }
}

/// `dict()`, `dict(mapping)` or `dict(iterable of pairs)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_dict(args: *const Obj, n: usize) -> Obj {
    dict::from_args(tuple::word_slice(args, n))
}
