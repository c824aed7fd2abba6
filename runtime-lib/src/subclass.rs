//! Classes defined in Python that extend a built-in container: `class D(dict)`,
//! `class L(list)`. An instance is laid out as the base type's object followed by
//! its attribute dict (`TypeObject::dict_offset` is the base's object size), so the
//! base's own code works on it unchanged, and `TypeObject::builtin_base` names the
//! base. The slots of classes defined in Python (src/class.rs) call the class's own
//! dunder methods first and the functions here, the base type's behaviour, when the
//! class defines none: what CPython's slot inheritance gives a subclass.
//!
//! Everything here is reached through a [`Base`] that `pyaot_build_class` puts in
//! the class's type object, so only programs that define classes link it (the
//! generic method call and operators serve every program).

use crate::exc;
use crate::object::{is_instance, is_type, none, type_of, Obj, TypeObject};
use crate::{dict, list, slice, tuple};
use pyaot_abi::CmpOp;

/// A built-in container classes may extend, and its behaviour for their instances.
pub struct Base {
    /// The built-in type.
    pub ty: &'static TypeObject,
    /// The size of its objects: where a subclass instance's attribute dict goes.
    pub size: usize,
    /// `ty.__init__(o, *pos, **kw)`.
    pub init: fn(o: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj,
    /// `ty.name(o, ...)` ([`call_method`]).
    pub call_method: crate::methods::KwMethod,
    /// `o[k]` by the base (a dict subclass's `__missing__` included).
    pub getitem: fn(Obj, Obj) -> Obj,
    /// `o[k] = v`; None.
    pub setitem: fn(Obj, Obj, Obj) -> Obj,
    /// `del o[k]`; None.
    pub delitem: fn(Obj, Obj) -> Obj,
    /// `len(o)`.
    pub len: fn(Obj) -> usize,
    /// `a op b` ([`binop`]).
    pub binop: fn(Obj, Obj, &str) -> Option<Obj>,
    /// `o op= b` ([`inplace`]).
    pub inplace: fn(Obj, Obj, &str) -> Option<Obj>,
    /// For [`plain_dict`]: whether an instance's items may be read directly.
    pub plain: fn(Obj) -> bool,
    /// `cls.fromkeys(...)` for a dict subclass `cls` ([`fromkeys`]).
    pub fromkeys: fn(Obj, &[Obj]) -> Obj,
}

/// `dict` as a base.
pub static DICT: Base = Base {
    ty: &dict::TYPE_DICT,
    size: dict::OBJECT_SIZE,
    init: |o, p, n, v| init(&dict::TYPE_DICT, o, p, n, v),
    call_method: |o, name, a, n, v| call_method(&dict::TYPE_DICT, o, name, a, n, v),
    getitem: |o, k| getitem(&dict::TYPE_DICT, o, k),
    setitem: |o, k, v| setitem(&dict::TYPE_DICT, o, k, v),
    delitem: crate::subscript::dict_delitem,
    len: dict::len,
    binop,
    inplace,
    plain: own_iter_undefined,
    fromkeys,
};

/// `list` as a base.
pub static LIST: Base = Base {
    ty: &list::TYPE_LIST,
    size: list::OBJECT_SIZE,
    init: |o, p, n, v| init(&list::TYPE_LIST, o, p, n, v),
    call_method: |o, name, a, n, v| call_method(&list::TYPE_LIST, o, name, a, n, v),
    getitem: |o, k| getitem(&list::TYPE_LIST, o, k),
    setitem: |o, k, v| setitem(&list::TYPE_LIST, o, k, v),
    delitem: crate::subscript::list_delitem,
    len: list::len,
    binop,
    inplace,
    plain: |_| false,
    fromkeys,
};

/// The [`Base`] for built-in type `t`, null when classes may not extend it: the
/// implementation of `pyaot_abi::SUBCLASS_HOOK`, reached through
/// `hooks::subclass_base`.
#[no_mangle]
pub extern "C" fn pyaot_subclass_base_for(t: &'static TypeObject) -> *const Base {
    if core::ptr::eq(t, &dict::TYPE_DICT) {
        &DICT
    } else if core::ptr::eq(t, &list::TYPE_LIST) {
        &LIST
    } else {
        core::ptr::null()
    }
}

/// The built-in container `o`'s class extends, if any.
#[inline]
pub fn base_of(o: Obj) -> Option<&'static Base> {
    if o & 1 == 1 {
        return None;
    }
    type_of(o).builtin_base
}

/// Whether `o` is an instance of a class extending `t`.
pub fn extends(o: Obj, t: &'static TypeObject) -> bool {
    base_of(o).is_some_and(|b| core::ptr::eq(b.ty, t))
}

fn is(t: &'static TypeObject, u: &'static TypeObject) -> bool {
    core::ptr::eq(t, u)
}

/// `base.__init__(o, *pos, **kw)`: `dict`'s updates `o` from a mapping or pairs and
/// the keywords; `list`'s replaces `o`'s items with an iterable's.
fn init(base: &'static TypeObject, o: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    let names = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    if pos.len() > 1 {
        return exc::type_error(format_args!(
            "{} expected at most 1 argument, got {}",
            base.name,
            pos.len()
        ));
    }
    if is(base, &dict::TYPE_DICT) {
        return dict::update_kw(o, pos, names, kwvals);
    }
    if !names.is_empty() {
        return exc::type_error(format_args!("list() takes no keyword arguments"));
    }
    // list.__init__ empties the list first, then extends it.
    let r = list::replace_contents(o, &[]).and_then(|()| match pos {
        [it] => list::extend(o, *it),
        _ => Ok(()),
    });
    match r {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// `o[k]` by the base type. A dict subclass's missing keys go to its `__missing__`
/// when it defines one, as CPython's `dict.__getitem__` does for subclasses.
fn getitem(base: &'static TypeObject, o: Obj, k: Obj) -> Obj {
    if is(base, &list::TYPE_LIST) && slice::is_slice(k) {
        return slice::list_slice(o, k);
    }
    if is(base, &dict::TYPE_DICT) {
        return match dict::lookup(o, k) {
            Ok(Some(v)) => v,
            Ok(None) => {
                let missing = crate::static_str!("__missing__");
                crate::class::call_dunder_if_defined(o, missing, &[k])
                    .unwrap_or_else(|| exc::key_error(k))
            }
            Err(()) => 0,
        };
    }
    base.getitem.map_or(0, |f| f(o, k))
}

/// `o[k] = v` by the base type; None.
fn setitem(base: &'static TypeObject, o: Obj, k: Obj, v: Obj) -> Obj {
    if is(base, &list::TYPE_LIST) && slice::is_slice(k) {
        return match slice::assign(o, k, v) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
    base.setitem.map_or(0, |f| f(o, k, v))
}

/// `a op b` by the base type's comparison (a bool, or NOT_IMPLEMENTED).
pub fn compare(base: &'static TypeObject, a: Obj, b: Obj, op: CmpOp) -> Obj {
    base.compare
        .map_or(crate::object::NOT_IMPLEMENTED, |f| f(a, b, op))
}

/// `base.name(o, *args, **kw)`: what `super().name(...)` and `dict.name(self, ...)`
/// reach for a subclass instance `o`: the base type's dunder methods and its public
/// methods, bypassing any the class overrides. None when the base has no such
/// method.
fn call_method(
    base: &'static TypeObject,
    o: Obj,
    name: &str,
    args: &[Obj],
    kwnames: Obj,
    kwvals: &[Obj],
) -> Option<Obj> {
    let no_kw = kwvals.is_empty();
    let r = match (name, args) {
        ("__init__", _) => init(base, o, args, kwnames, kwvals),
        // A class method: `od.fromkeys(...)` makes an instance of `od`'s class.
        ("fromkeys", _) if no_kw && is(base, &dict::TYPE_DICT) => {
            fromkeys(type_of(o) as *const TypeObject as Obj, args)
        }
        ("__getitem__", [k]) if no_kw => getitem(base, o, *k),
        ("__setitem__", [k, v]) if no_kw => setitem(base, o, *k, *v),
        ("__delitem__", [k]) if no_kw => match base_of(o) {
            Some(b) => (b.delitem)(o, *k),
            None => 0,
        },
        ("__len__", []) if no_kw => {
            let n = base_of(o).map_or(0, |b| (b.len)(o));
            pyaot_abi::tag_int(n as isize)
        }
        ("__contains__", [x]) if no_kw => base.contains.map_or(0, |f| f(o, *x)),
        ("__iter__", []) if no_kw => base.iter.map_or(0, |f| f(o)),
        ("__repr__", []) if no_kw => base.repr.map_or(0, |f| f(o)),
        ("__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__", [x]) if no_kw => {
            let op = match name {
                "__eq__" => CmpOp::Eq,
                "__ne__" => CmpOp::Ne,
                "__lt__" => CmpOp::Lt,
                "__le__" => CmpOp::Le,
                "__gt__" => CmpOp::Gt,
                _ => CmpOp::Ge,
            };
            match compare(base, o, *x, op) {
                crate::object::NOT_IMPLEMENTED => crate::class::not_implemented(),
                r => r,
            }
        }
        _ => {
            let table = crate::methods::table(base)?;
            if no_kw {
                return (table.call)(o, name, args);
            }
            return (table.call_kw?)(o, name, args, kwnames, kwvals);
        }
    };
    Some(r)
}

/// `a op b` (`op` an operator's symbol) by the operands' base types when neither's
/// class defines the operator: list concatenation and repetition, dict `|`. The
/// result has the base type, as in CPython. None when it does not apply.
fn binop(a: Obj, b: Obj, op: &str) -> Option<Obj> {
    let list_like = |o: Obj| o & 1 == 0 && is_instance(o, &list::TYPE_LIST);
    let dict_like = |o: Obj| o & 1 == 0 && is_instance(o, &dict::TYPE_DICT);
    match op {
        "+" if list_like(a) && list_like(b) => Some(list::concat(a, b)),
        "+" if extends(a, &list::TYPE_LIST) => Some(exc::type_error(format_args!(
            "can only concatenate list (not \"{}\") to list",
            type_of(b).name
        ))),
        "*" if list_like(a) || list_like(b) => {
            let (l, n) = if list_like(a) { (a, b) } else { (b, a) };
            Some(repeat(l, n))
        }
        "|" if dict_like(a) && dict_like(b) => Some(dict::merged(a, b)),
        _ => None,
    }
}

fn repeat(l: Obj, n: Obj) -> Obj {
    match crate::int::value(n) {
        Some(k) => list::repeat(l, k),
        None if crate::int::is_int(n) => {
            exc::overflow_error(format_args!("cannot fit 'int' into an index-sized integer"))
        }
        None => exc::type_error(format_args!(
            "can't multiply sequence by non-int of type '{}'",
            type_of(n).name
        )),
    }
}

/// `a op= b` by the base type when `a`'s class does not define `__iop__`: a list
/// extends (`+=`) or repeats (`*=`) in place, a dict updates (`|=`). As in CPython
/// the base's `__iadd__` comes before any `__add__` the class defines. None when
/// it does not apply.
fn inplace(a: Obj, b: Obj, op: &str) -> Option<Obj> {
    let base = base_of(a)?.ty;
    let done = |r: Result<(), ()>| Some(if r.is_ok() { a } else { 0 });
    match op {
        "+" if is(base, &list::TYPE_LIST) => done(list::extend(a, b)),
        "*" if is(base, &list::TYPE_LIST) && crate::int::is_int(b) => {
            let r = repeat(a, b);
            if r == 0 {
                return Some(0);
            }
            done(list::replace_contents(a, list::items(r)))
        }
        "|" if is(base, &dict::TYPE_DICT) => done(dict::update(a, b)),
        _ => None,
    }
}

/// Whether `o` is a dict whose items a copy may read directly: a dict, or an
/// instance of a subclass that does not define `__iter__` (CPython's `dict_merge`
/// takes the same shortcut, skipping `keys()` and `__getitem__`).
pub fn plain_dict(o: Obj) -> bool {
    if o & 1 == 1 {
        return false;
    }
    if is_type(o, &dict::TYPE_DICT) {
        return true;
    }
    // Through the class's Base: programs without classes link none of this.
    base_of(o).is_some_and(|b| (b.plain)(o))
}

/// Whether dict subclass instance `o`'s class does not define `__iter__`.
fn own_iter_undefined(o: Obj) -> bool {
    !crate::class::defines(type_of(o), crate::static_str!("__iter__"))
}

/// `cls.fromkeys(iterable[, value])` for a dict subclass `cls`: an instance of
/// `cls`, filled by item assignment (so a class's `__setitem__` sees each key).
fn fromkeys(cls: Obj, args: &[Obj]) -> Obj {
    let (keys, value) = match *args {
        [k] => (k, none()),
        [k, v] => (k, v),
        _ => return dict::arity_error("fromkeys", args.len()),
    };
    let d = crate::func::pyaot_call(cls, core::ptr::null(), 0);
    if d == 0 {
        return 0;
    }
    let r = crate::func::for_each(keys, |k| {
        if crate::subscript::pyaot_setitem(d, k, value) == 0 {
            Err(())
        } else {
            Ok(())
        }
    });
    match r {
        Ok(()) => d,
        Err(()) => 0,
    }
}
