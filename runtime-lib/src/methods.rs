//! Methods of built-in types used as values: `d.get` is a bound method (CPython's
//! `builtin_function_or_method`), `str.lower` a method descriptor that takes the
//! object as its first argument (`map(str.strip, lines)`, `key=str.lower`). Calling
//! either goes to the same dispatch as `obj.name(...)` (`pyaot_call_method`), so each
//! method is written once.

use crate::exc;
use crate::object::{alloc_obj, is_type, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::str as pystr;

/// `d.get`: an object and a method name.
pub static TYPE_BOUND_BUILTIN: TypeObject = TypeObject {
    repr: Some(bound_repr),
    compare: Some(bound_compare),
    ..TypeObject::new("builtin_function_or_method", Some(&TYPE_OBJECT))
};

/// `str.lower`: a built-in type and a method name.
pub static TYPE_METHOD_DESCRIPTOR: TypeObject = TypeObject {
    repr: Some(descriptor_repr),
    ..TypeObject::new("method_descriptor", Some(&TYPE_OBJECT))
};

/// `[type][object or type][name: str]`.
#[repr(C)]
struct Method {
    header: Header,
    target: Obj,
    name: Obj,
}

fn fields(m: Obj) -> &'static Method {
    // SAFETY: only called on bound methods and descriptors.
    unsafe { &*(m as *const Method) }
}

/// The public methods of each built-in type, as CPython's `dir()` lists them (the
/// class methods `dict.fromkeys`, `int.from_bytes`, `float.fromhex` and the static
/// `str.maketrans` are not among them: a descriptor passes an instance).
fn method_names(t: &TypeObject) -> &'static [&'static str] {
    let is = |u: &TypeObject| core::ptr::eq(t, u);
    if is(&pystr::TYPE_STR) {
        &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "encode",
            "endswith",
            "expandtabs",
            "find",
            "format",
            "format_map",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ]
    } else if is(&crate::list::TYPE_LIST) {
        &[
            "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
            "reverse", "sort",
        ]
    } else if is(&crate::dict::TYPE_DICT) {
        &[
            "clear",
            "copy",
            "get",
            "items",
            "keys",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "values",
        ]
    } else if is(&crate::tuple::TYPE_TUPLE) || is(&crate::range::TYPE_RANGE) {
        &["count", "index"]
    } else if is(&crate::set::TYPE_SET) {
        &[
            "add",
            "clear",
            "copy",
            "difference",
            "difference_update",
            "discard",
            "intersection",
            "intersection_update",
            "isdisjoint",
            "issubset",
            "issuperset",
            "pop",
            "remove",
            "symmetric_difference",
            "symmetric_difference_update",
            "union",
            "update",
        ]
    } else if is(&crate::set::TYPE_FROZENSET) {
        &[
            "copy",
            "difference",
            "intersection",
            "isdisjoint",
            "issubset",
            "issuperset",
            "symmetric_difference",
            "union",
        ]
    } else if is(&crate::int::TYPE_INT) || is(&crate::int::TYPE_BOOL) {
        &["as_integer_ratio", "bit_count", "bit_length", "conjugate"]
    } else if is(&crate::float::TYPE_FLOAT) {
        &["as_integer_ratio", "conjugate", "hex", "is_integer"]
    } else if is(&crate::slice::TYPE_SLICE) {
        &["indices"]
    } else if is(&crate::dict::TYPE_DICT_KEYS) || is(&crate::dict::TYPE_DICT_ITEMS) {
        &["isdisjoint"]
    } else if is(&crate::dict::proxy::TYPE_MAPPINGPROXY) {
        &["copy", "get", "items", "keys", "values"]
    } else if is(&crate::gen::TYPE_GENERATOR) {
        &["close", "send", "throw"]
    } else if let Some(x) = t.ext {
        // Types linked on demand (bytes, bytearray) list their own.
        x.names
    } else {
        &[]
    }
}

/// Whether built-in type `t` has a public method `name`.
pub fn has_method(t: &TypeObject, name: &str) -> bool {
    method_names(t).contains(&name)
}

fn new(t: &'static TypeObject, target: Obj, name: Obj) -> Obj {
    let m = alloc_obj(t, core::mem::size_of::<Method>());
    if m != 0 {
        // SAFETY: a fresh method object.
        unsafe {
            let mo = &mut *(m as *mut Method);
            mo.target = target;
            mo.name = name;
        }
    }
    m
}

/// `T.name` (or `obj.name`) for a class method of built-in class `t`
/// (`dict.fromkeys`): a method bound to the class; None for other names.
pub fn class_method(t: &'static TypeObject, name: Obj) -> Option<Obj> {
    let is_fromkeys =
        core::ptr::eq(t, &crate::dict::TYPE_DICT) && pystr::as_str(name) == "fromkeys";
    is_fromkeys.then(|| new(&TYPE_BOUND_BUILTIN, t as *const TypeObject as Obj, name))
}

/// `obj.name` for a method of a built-in type: the bound method, or None when the
/// type has no such method.
pub fn bind(obj: Obj, name: Obj) -> Option<Obj> {
    if let Some(m) = class_method(type_of(obj), name) {
        return Some(m);
    }
    has_method(type_of(obj), pystr::as_str(name)).then(|| new(&TYPE_BOUND_BUILTIN, obj, name))
}

/// `T.name` for built-in class `t`: the method descriptor, or None.
pub fn descriptor(t: &'static TypeObject, name: Obj) -> Option<Obj> {
    has_method(t, pystr::as_str(name))
        .then(|| new(&TYPE_METHOD_DESCRIPTOR, t as *const TypeObject as Obj, name))
}

/// Calls a bound method or descriptor `m` with positional `args` and keyword values
/// `kwvals` named by `kwnames` (0 for none); None when `m` is neither.
pub fn call(m: Obj, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    if m & 1 == 1 {
        return None;
    }
    let f = if is_type(m, &TYPE_BOUND_BUILTIN) {
        let f = fields(m);
        return Some(call_on(f.target, f.name, args, kwnames, kwvals));
    } else if is_type(m, &TYPE_METHOD_DESCRIPTOR) {
        fields(m)
    } else {
        return None;
    };
    // SAFETY: a descriptor's target is a static built-in type.
    let t = unsafe { &*(f.target as *const TypeObject) };
    let name = pystr::as_str(f.name);
    let Some((&obj, rest)) = args.split_first() else {
        return Some(exc::type_error(format_args!(
            "unbound method {}.{}() needs an argument",
            t.name, name
        )));
    };
    if !type_of(obj).is_subtype(t) {
        return Some(exc::type_error(format_args!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            t.name,
            type_of(obj).name
        )));
    }
    Some(call_on(obj, f.name, rest, kwnames, kwvals))
}

fn call_on(obj: Obj, name: Obj, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    if kwnames == 0 {
        return crate::func::pyaot_call_method(obj, name, args.as_ptr(), args.len());
    }
    // pyaot_call_method_kw's array: the object, positional values, keyword values.
    let mut words = [0 as Obj; 32];
    let n = 1 + args.len() + kwvals.len();
    if n > words.len() {
        return exc::type_error(format_args!("too many arguments"));
    }
    words[0] = obj;
    words[1..1 + args.len()].copy_from_slice(args);
    words[1 + args.len()..n].copy_from_slice(kwvals);
    crate::call::pyaot_call_method_kw(name, words.as_ptr(), n, kwnames)
}

/// `a.f == b.g`: the same method of the same object (identity), as CPython's.
fn bound_compare(a: Obj, b: Obj, op: pyaot_abi::CmpOp) -> Obj {
    use pyaot_abi::CmpOp;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || b & 1 == 1 || !is_type(b, &TYPE_BOUND_BUILTIN) {
        return crate::object::NOT_IMPLEMENTED;
    }
    let (x, y) = (fields(a), fields(b));
    let same = x.target == y.target && pystr::equal(x.name, y.name);
    crate::object::bool_obj(same == matches!(op, CmpOp::Eq))
}

fn bound_repr(m: Obj) -> Obj {
    let f = fields(m);
    pystr::format(format_args!(
        "<built-in method {} of {} object at {:#x}>",
        pystr::as_str(f.name),
        type_of(f.target).name,
        f.target
    ))
}

fn descriptor_repr(m: Obj) -> Obj {
    let f = fields(m);
    // SAFETY: a descriptor's target is a static built-in type.
    let t = unsafe { &*(f.target as *const TypeObject) };
    pystr::format(format_args!(
        "<method '{}' of '{}' objects>",
        pystr::as_str(f.name),
        t.name
    ))
}
