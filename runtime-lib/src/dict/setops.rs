//! `keys()` and `items()` views as sets, as CPython's `dictviews_*` functions: the
//! operators `& | - ^` against any iterable (the result is a new set), `isdisjoint`,
//! and the comparisons with sets and other views. `values()` views are not sets.

use super::view::{dict_of, TYPE_DICT_ITEMS, TYPE_DICT_KEYS};
use crate::object::{self, bool_obj, is_type, type_of, Obj, NOT_IMPLEMENTED};
use crate::ops::pyaot_contains;
use crate::set::{self, TYPE_SET};
use pyaot_abi::CmpOp;

/// Whether `o` is a keys or items view (CPython's `PyDictViewSet_Check`).
pub fn is_set_view(o: Obj) -> bool {
    o & 1 == 0 && (is_type(o, &TYPE_DICT_KEYS) || is_type(o, &TYPE_DICT_ITEMS))
}

fn view_len(v: Obj) -> usize {
    super::len(dict_of(v))
}

/// `len(o)` of a set or view (both have the slot).
fn size(o: Obj) -> Result<usize, ()> {
    match type_of(o).len {
        Some(f) => f(o),
        None => Ok(0),
    }
}

/// `set(o)`: a view's set, or any iterable's (`[1] | d.keys()` is a set too).
fn to_set(o: Obj) -> Obj {
    set::from_iterable(&TYPE_SET, o)
}

/// `a op b` (`op` one of `& | - ^`) when `a` or `b` is a keys or items view: a new
/// set; None when neither is a view.
pub fn binop(a: Obj, b: Obj, op: &str) -> Option<Obj> {
    if !is_set_view(a) && !is_set_view(b) {
        return None;
    }
    if op == "&" {
        return Some(intersect(a, b));
    }
    let method = match op {
        "|" => "update",
        "-" => "difference_update",
        "^" => "symmetric_difference_update",
        _ => return None,
    };
    // CPython's dictviews_or/sub/xor: set(a), then the in-place set method with b,
    // so `b` may be any iterable (and `a` too when the view is on the right).
    let s = to_set(a);
    if s == 0 {
        return Some(0);
    }
    Some(match set::method(s, method, &[b]) {
        Some(0) | None => 0,
        Some(_) => s,
    })
}

/// CPython's `_PyDictView_Intersect`: iterates the smaller side, keeping what the
/// view contains.
fn intersect(a: Obj, b: Obj) -> Obj {
    // The interpreter swaps the operands when the view is on the right.
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_view = view_len(view);
    if other & 1 == 0 && is_type(other, &TYPE_SET) {
        if let Ok(n) = size(other) {
            if len_view <= n {
                return set::method(other, "intersection", &[view]).unwrap_or(0);
            }
        }
    }
    if is_set_view(other) && view_len(other) > len_view {
        core::mem::swap(&mut view, &mut other);
    }
    let result = set::new_empty(&TYPE_SET);
    if result == 0 {
        return 0;
    }
    let r = crate::func::for_each(other, |x| {
        match pyaot_contains(x, view) {
            0 => return Err(()),
            c if c == object::true_() => set::add(result, x)?,
            _ => {}
        }
        Ok(())
    });
    match r {
        Ok(()) => result,
        Err(()) => 0,
    }
}

/// `view.isdisjoint(other)` (CPython's dictviews_isdisjoint).
pub fn isdisjoint(view: Obj, other: Obj) -> Obj {
    if view == other {
        return bool_obj(view_len(view) == 0);
    }
    let (mut this, mut it) = (view, other);
    if set::is_anyset(other) || is_set_view(other) {
        // Iterate the shorter side (only when `in` on the other is cheap).
        match size(other) {
            Ok(n) if n > view_len(view) => core::mem::swap(&mut this, &mut it),
            Ok(_) => {}
            Err(()) => return 0,
        }
    }
    let mut disjoint = true;
    let r = crate::func::for_each(it, |x| match pyaot_contains(x, this) {
        0 => Err(()),
        c if c == object::true_() => {
            disjoint = false;
            // Stop the walk; not an error.
            Err(())
        }
        _ => Ok(()),
    });
    if r.is_err() && disjoint {
        return 0;
    }
    bool_obj(disjoint)
}

/// Whether every item of `a` is in `b`; Err when `in` raised.
fn all_contained_in(a: Obj, b: Obj) -> Result<bool, ()> {
    let mut all = true;
    let r = crate::func::for_each(a, |x| match pyaot_contains(x, b) {
        0 => Err(()),
        c if c == object::true_() => Ok(()),
        _ => {
            all = false;
            Err(())
        }
    });
    if r.is_err() && all {
        return Err(());
    }
    Ok(all)
}

/// The comparison slot of keys and items views (CPython's dictview_richcompare):
/// against sets and other set-like views, by size and containment.
pub fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !(set::is_anyset(b) || is_set_view(b)) {
        return NOT_IMPLEMENTED;
    }
    let (la, lb) = match (size(a), size(b)) {
        (Ok(x), Ok(y)) => (x, y),
        _ => return 0,
    };
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = la == lb && matches!(all_contained_in(a, b), Ok(true));
            same == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && matches!(all_contained_in(a, b), Ok(true)),
        CmpOp::Le => la <= lb && matches!(all_contained_in(a, b), Ok(true)),
        CmpOp::Gt => la > lb && matches!(all_contained_in(b, a), Ok(true)),
        CmpOp::Ge => la >= lb && matches!(all_contained_in(b, a), Ok(true)),
    };
    if crate::exc::pending() != 0 {
        return 0;
    }
    bool_obj(r)
}

/// Views as sets, through their hook (`pyaot_abi::METHOD_HOOKS`; every dict method
/// names the view types, and these link the set code): `isdisjoint`, the operators
/// (`name` the symbol, `args` the other operand, `v` the left one, a view or not)
/// and the comparisons (`name` "compare", `args` the other operand and the tagged
/// `CmpOp`). Rust's ABI: only this crate calls it.
#[no_mangle]
pub fn pyaot_dict_view_sets(v: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    match (name, args) {
        ("compare", &[b, op]) => {
            CmpOp::from_usize(pyaot_abi::untag_int(op) as usize).map(|op| compare(v, b, op))
        }
        ("&" | "|" | "-" | "^", &[b]) => binop(v, b, name),
        _ => method(v, name, args),
    }
}

/// Methods of keys and items views for `pyaot_call_method`; None if `name` is not
/// one (values views have none).
pub fn method(v: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    if !is_set_view(v) || name != "isdisjoint" {
        return None;
    }
    Some(match *args {
        [other] => isdisjoint(v, other),
        _ => crate::exc::type_error(format_args!(
            "{}.isdisjoint() takes exactly one argument ({} given)",
            type_of(v).name,
            args.len()
        )),
    })
}
