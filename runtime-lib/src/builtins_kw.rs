//! Keyword arguments of the built-in functions and classes: `max(xs, key=f,
//! default=0)`, `sum(xs, start=1.0)`, `round(x, ndigits=2)`, `pow(2, 3, mod=5)`,
//! `int('ff', base=16)`, `dict(a=1)`, `str(object=5)`. Each `*_kw` entry takes the
//! compiler's `(args*, n, kwnames)` form (positional values, then keyword values
//! named by the tuple `kwnames`); the same entries serve calls through a value
//! (`f = max; f(xs, key=g)`), found from the positional entry by `for_builtin`.

use crate::exc;
use crate::func::BuiltinFn;
use crate::iterbuiltins::split_kw;
use crate::object::{self, Obj, TypeObject};
use crate::str as pystr;
use pyaot_abi::CmpOp;

/// An entry taking keywords: `(args*, n, kwnames)`.
pub type KwFn = extern "C" fn(*const Obj, usize, Obj) -> Obj;

/// CPython's "'k' is an invalid keyword argument for f()".
pub fn invalid_kw(func: &str, name: Obj) -> Obj {
    exc::type_error(format_args!(
        "'{}' is an invalid keyword argument for {}()",
        pystr::as_str(name),
        func
    ))
}

/// The keyword entry of the builtin whose positional entry is `entry`.
pub fn for_builtin(entry: BuiltinFn) -> Option<KwFn> {
    // Through hooks: a table naming the entries would link `round`, `sum`, `open`...
    // into every program that calls anything with keywords.
    crate::hooks::builtin_kw(entry as usize)
}

/// `t(*args, **kw)` for built-in class `t` (`int`, `str`, `dict`, `property`,
/// `enumerate`, `zip`); None for other
/// classes. Through hooks (`pyaot_abi::CLASS_KW_HOOKS`): naming the entries would
/// link int parsing with bases and codecs into every program calling with keywords.
pub fn call_class(t: &TypeObject, a: *const Obj, n: usize, kwnames: Obj) -> Option<Obj> {
    let i = if core::ptr::eq(t, &crate::int::TYPE_INT) {
        0
    } else if core::ptr::eq(t, &pystr::TYPE_STR) {
        1
    } else if core::ptr::eq(t, &crate::dict::TYPE_DICT) {
        2
    } else if t.is_heap_class() {
        return None;
    } else {
        // By name: naming the type objects would link their slots (enumerate's and
        // zip's iteration, with generic arithmetic) into every keyword call.
        match t.name {
            "property" => 3,
            "enumerate" => 4,
            "zip" => 5,
            _ => return None,
        }
    };
    Some(crate::hooks::class_kw(i, a, n, kwnames))
}

/// Binds keywords to the parameters `names` after the positional values: the slots
/// (0 where not given), or an error raised. `first_kw` is the first parameter that
/// may come by keyword (the ones before are positional-only).
fn bind<'a>(
    func: &str,
    pos: &[Obj],
    kwnames: &[Obj],
    kwvals: &[Obj],
    names: &[&str],
    first_kw: usize,
    slots: &'a mut [Obj; 4],
) -> Result<&'a [Obj], ()> {
    if pos.len() > names.len() {
        exc::type_error(format_args!(
            "{func}() takes at most {} arguments ({} given)",
            names.len(),
            pos.len() + kwvals.len()
        ));
        return Err(());
    }
    slots[..pos.len()].copy_from_slice(pos);
    for (&k, &v) in kwnames.iter().zip(kwvals) {
        let key = pystr::as_str(k);
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= first_kw => {
                if slots[i] != 0 {
                    exc::type_error(format_args!(
                        "argument for {func}() given by name ('{key}') and position ({})",
                        i + 1
                    ));
                    return Err(());
                }
                slots[i] = v;
            }
            _ => {
                invalid_kw(func, k);
                return Err(());
            }
        }
    }
    // The positional entry takes a prefix of the parameters.
    let n = slots[..names.len()]
        .iter()
        .rposition(|&s| s != 0)
        .map_or(0, |i| i + 1);
    if slots[..n].contains(&0) {
        exc::type_error(format_args!("{func}() missing a required argument"));
        return Err(());
    }
    Ok(&slots[..n])
}

/// Calls positional entry `entry` with the parameters `names` bound.
fn call_bound(
    func: &str,
    entry: BuiltinFn,
    a: *const Obj,
    n: usize,
    kwnames: Obj,
    names: &[&str],
    first_kw: usize,
) -> Obj {
    let (pos, knames, vals) = split_kw(a, n, kwnames);
    let mut slots = [0; 4];
    match bind(func, pos, knames, vals, names, first_kw, &mut slots) {
        Ok(args) => entry(args.as_ptr(), args.len()),
        Err(()) => 0,
    }
}

/// `sum(iterable, /, start=0)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_sum_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, _, vals) = split_kw(a, n, kwnames);
    if pos.is_empty() {
        return exc::type_error(format_args!(
            "sum() takes at least 1 positional argument (0 given)"
        ));
    }
    if pos.len() + vals.len() > 2 {
        return exc::type_error(format_args!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len() + vals.len()
        ));
    }
    let entry = crate::builtins::pyaot_builtin_sum;
    call_bound("sum", entry, a, n, kwnames, &["iterable", "start"], 1)
}

/// `round(number, ndigits=None)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_round_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let entry = crate::num_builtins::pyaot_builtin_round;
    call_bound("round", entry, a, n, kwnames, &["number", "ndigits"], 0)
}

/// `pow(base, exp, mod=None)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_pow_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let entry = crate::num_builtins::pyaot_builtin_pow;
    call_bound("pow", entry, a, n, kwnames, &["base", "exp", "mod"], 0)
}

/// `int(x, /, base=10)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_int_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let entry = crate::print::pyaot_builtin_int;
    call_bound("int", entry, a, n, kwnames, &["x", "base"], 1)
}

/// `dict(mapping_or_pairs, /, **kwargs)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_dict_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, names, vals) = split_kw(a, n, kwnames);
    let d = crate::dict::from_args(pos);
    if d == 0 {
        return 0;
    }
    for (&k, &v) in names.iter().zip(vals) {
        if crate::dict::set(d, k, v).is_err() {
            return 0;
        }
    }
    d
}

/// `min(iterable, *, key=None, default=...)`, `min(a, b, *args, key=None)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_min_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    min_max_kw(a, n, kwnames, "min", CmpOp::Lt)
}

/// `max(...)` with `key=` and `default=`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_max_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    min_max_kw(a, n, kwnames, "max", CmpOp::Gt)
}

fn min_max_kw(a: *const Obj, n: usize, kwnames: Obj, name: &str, op: CmpOp) -> Obj {
    let (pos, names, vals) = split_kw(a, n, kwnames);
    let (mut key, mut default) = (0, 0);
    for (&k, &v) in names.iter().zip(vals) {
        match pystr::as_str(k) {
            "key" if v != object::none() => key = v,
            "key" => {}
            "default" => default = v,
            _ => return invalid_kw(name, k),
        }
    }
    if pos.is_empty() {
        return exc::type_error(format_args!("{name} expected at least 1 argument, got 0"));
    }
    if pos.len() > 1 && default != 0 {
        return exc::type_error(format_args!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        ));
    }
    let (mut best, mut best_key) = (0, 0);
    let mut consider = |x: Obj| -> Result<(), ()> {
        let kx = if key == 0 {
            x
        } else {
            match crate::func::pyaot_call(key, &x, 1) {
                0 => return Err(()),
                k => k,
            }
        };
        if best == 0 {
            (best, best_key) = (x, kx);
            return Ok(());
        }
        let r = object::compare(kx, best_key, op);
        if r == 0 {
            return Err(());
        }
        if object::is_true(r)? {
            (best, best_key) = (x, kx);
        }
        Ok(())
    };
    let r = match *pos {
        [iterable] => crate::func::for_each(iterable, &mut consider),
        _ => pos.iter().try_for_each(|&x| consider(x)),
    };
    if r.is_err() {
        return 0;
    }
    if best == 0 {
        if default != 0 {
            return default;
        }
        return exc::value_error(format_args!("{name}() arg is an empty sequence"));
    }
    best
}
