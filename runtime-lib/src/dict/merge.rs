//! Making and merging dicts beyond the literal: `d | other`, `d |= other`,
//! `dict.fromkeys(iterable, value)`, and `d.update(other, **kw)`, with CPython's
//! errors.

use super::{arity_error, copy, set, update, with_capacity, TYPE_DICT};
use crate::exc;
use crate::object::{is_type, none, Obj};
use crate::tuple;

fn is_dict(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_DICT)
}

/// `a | b` for two dicts: a copy of `a` updated by `b`; None when either is not a
/// dict (CPython's dict_or returns NotImplemented).
pub fn or(a: Obj, b: Obj) -> Option<Obj> {
    if !is_dict(a) || !is_dict(b) {
        return None;
    }
    Some(merged(a, b))
}

/// A new dict with `a`'s items updated from `b`'s (`a | b`).
pub fn merged(a: Obj, b: Obj) -> Obj {
    let c = copy(a);
    if c == 0 || update(c, b).is_err() {
        return 0;
    }
    c
}

/// `a |= b` for a dict `a`: `a.update(b)` (any mapping or iterable of pairs), `a`
/// itself; None when `a` is not a dict.
pub fn ior(a: Obj, b: Obj) -> Option<Obj> {
    if !is_dict(a) {
        return None;
    }
    Some(match update(a, b) {
        Ok(()) => a,
        Err(()) => 0,
    })
}

/// `dict.fromkeys(iterable[, value])`: a new dict mapping each item to `value`
/// (None by default).
pub fn fromkeys(args: &[Obj]) -> Obj {
    let (keys, value) = match *args {
        [k] => (k, none()),
        [k, v] => (k, v),
        _ => return arity_error("fromkeys", args.len()),
    };
    let d = with_capacity(0);
    if d == 0 {
        return 0;
    }
    match crate::func::for_each(keys, |k| set(d, k, value)) {
        Ok(()) => d,
        Err(()) => 0,
    }
}

/// `d.update(*args, **kw)`: at most one positional argument (a mapping or an
/// iterable of pairs), then the keyword arguments, in order.
pub fn update_kw(d: Obj, args: &[Obj], names: &[Obj], vals: &[Obj]) -> Obj {
    match *args {
        [] => {}
        [other] => {
            if update(d, other).is_err() {
                return 0;
            }
        }
        _ => {
            return exc::type_error(format_args!(
                "update expected at most 1 argument, got {}",
                args.len()
            ))
        }
    }
    for (&k, &v) in names.iter().zip(vals) {
        if set(d, k, v).is_err() {
            return 0;
        }
    }
    none()
}

/// Dict methods called with keyword arguments (`kwnames` not empty); None for a
/// method that takes none, so the caller says so.
pub fn method_kw(d: Obj, name: &str, args: &[Obj], kwnames: Obj, vals: &[Obj]) -> Option<Obj> {
    match name {
        "update" => Some(update_kw(d, args, tuple::items(kwnames), vals)),
        _ => None,
    }
}

/// `dict.name(...)` called on the class: the class method `fromkeys`; None for
/// other names (they are method descriptors, found as attributes).
pub fn class_method(name: &str, args: &[Obj], kwnames: Obj) -> Option<Obj> {
    if name != "fromkeys" {
        return None;
    }
    if kwnames != 0 && tuple::len(kwnames) != 0 {
        return Some(exc::type_error(format_args!(
            "dict.fromkeys() takes no keyword arguments"
        )));
    }
    Some(fromkeys(args))
}
