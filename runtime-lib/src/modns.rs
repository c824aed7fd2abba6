//! A program module's namespace as a mapping (`globals()`, `vars(m)`, `m.__dict__`):
//! a live view over the module's globals, so reading it sees the current values and
//! writing it (`globals()['x'] = 1`) sets the global the module's code reads. The
//! globals stay a static array of slots (docs/ARCHITECTURE.md, Modules); this object
//! reads and writes them by name. It prints and iterates like the dict CPython
//! returns; methods that only read (`keys`, `items`, `copy`, ...) run on a snapshot.

use crate::exc;
use crate::modules;
use crate::object::{self, alloc_obj, none, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::typeext::TypeExt;
use crate::{dict, func};

/// The namespace view (its type is named `dict`, as what CPython returns is one).
pub static TYPE_MODULE_NAMESPACE: TypeObject = TypeObject {
    repr: Some(|o| object::repr(snapshot(o))),
    len: Some(|o| match snapshot(o) {
        0 => Err(()),
        d => Ok(dict::len(d)),
    }),
    getitem: Some(getitem),
    setitem: Some(setitem),
    contains: Some(|o, k| match modules::namespace_get(module(o), k) {
        Ok(v) => object::bool_obj(v.is_some()),
        Err(()) => 0,
    }),
    iter: Some(|o| match snapshot(o) {
        0 => 0,
        d => func::pyaot_iter(d),
    }),
    compare: Some(compare),
    ext: Some(&EXT),
    ..TypeObject::new("dict", Some(&TYPE_OBJECT))
};

static EXT: TypeExt = TypeExt {
    method: |o, name, args, kw| {
        if !kw.is_empty() {
            return None;
        }
        method(o, name, args)
    },
    class_method: |_, _, _| None,
    construct: |_, _| exc::type_error(format_args!("cannot create module namespace objects")),
    binop: |_, _, _| None,
    inplace: None,
    delitem: Some(|o, k| match pop(o, k, None) {
        0 => 0,
        _ => none(),
    }),
    buffer: None,
    getattr: None,
    names: &[
        "copy",
        "get",
        "items",
        "keys",
        "pop",
        "setdefault",
        "update",
        "values",
    ],
};

#[repr(C)]
struct Namespace {
    header: Header,
    module: Obj,
}

fn module(o: Obj) -> Obj {
    // SAFETY: only called on namespace objects.
    unsafe { (*(o as *const Namespace)).module }
}

/// A new namespace view of program module `m` (`modules::namespace_view` keeps
/// one per module).
pub fn new(m: Obj) -> Obj {
    let o = alloc_obj(&TYPE_MODULE_NAMESPACE, core::mem::size_of::<Namespace>());
    if o != 0 {
        // SAFETY: a fresh namespace object.
        unsafe { (*(o as *mut Namespace)).module = m };
    }
    o
}

fn snapshot(o: Obj) -> Obj {
    modules::namespace_snapshot(module(o))
}

fn compare(a: Obj, b: Obj, op: pyaot_abi::CmpOp) -> Obj {
    let b = if b & 1 == 0 && object::is_type(b, &TYPE_MODULE_NAMESPACE) {
        snapshot(b)
    } else {
        b
    };
    match (snapshot(a), b) {
        (0, _) | (_, 0) => 0,
        (d, b) => object::compare(d, b, op),
    }
}

fn getitem(o: Obj, k: Obj) -> Obj {
    match modules::namespace_get(module(o), k) {
        Ok(Some(v)) => v,
        Ok(None) => exc::key_error(k),
        Err(()) => 0,
    }
}

fn setitem(o: Obj, k: Obj, v: Obj) -> Obj {
    match modules::namespace_set(module(o), k, v) {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// `ns.pop(k[, default])` (and `del ns[k]`): the global becomes unbound.
fn pop(o: Obj, k: Obj, default: Option<Obj>) -> Obj {
    match modules::namespace_get(module(o), k) {
        Ok(Some(v)) => match modules::namespace_set(module(o), k, 0) {
            Ok(()) => v,
            Err(()) => 0,
        },
        Ok(None) => default.unwrap_or_else(|| exc::key_error(k)),
        Err(()) => 0,
    }
}

fn method(o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    Some(match (name, args) {
        ("get", [k]) | ("get", [k, _]) => match modules::namespace_get(module(o), *k) {
            Ok(Some(v)) => v,
            Ok(None) => args.get(1).copied().unwrap_or_else(none),
            Err(()) => 0,
        },
        ("pop", [k]) => pop(o, *k, None),
        ("pop", [k, d]) => pop(o, *k, Some(*d)),
        ("setdefault", [k]) | ("setdefault", [k, _]) => {
            match modules::namespace_get(module(o), *k) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    let v = args.get(1).copied().unwrap_or_else(none);
                    match modules::namespace_set(module(o), *k, v) {
                        Ok(()) => v,
                        Err(()) => 0,
                    }
                }
                Err(()) => 0,
            }
        }
        ("update", [other]) => {
            // Through a dict, so every form `dict.update` takes works.
            let d = dict::with_capacity(0);
            if d == 0 || dict::update(d, *other).is_err() {
                return Some(0);
            }
            let r = func::for_each(d, |k| match dict::lookup(d, k) {
                Ok(Some(v)) => modules::namespace_set(module(o), k, v),
                _ => Err(()),
            });
            if r.is_err() {
                0
            } else {
                none()
            }
        }
        _ => {
            let d = snapshot(o);
            if d == 0 {
                return Some(0);
            }
            return dict::method(d, name, args);
        }
    })
}
