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

/// The methods of a built-in type, reached through its type object
/// (`TypeObject::methods`) rather than by naming the type: `pyaot_call_method` then
/// names no type's methods, so a program links only the methods of types it can make
/// (a list method call no longer links file I/O, generators or float formatting).
pub struct MethodTable {
    /// `o.name(*args)` for an object of exactly this type; None when the type has no
    /// method `name`.
    pub call: fn(o: Obj, name: &str, args: &[Obj]) -> Option<Obj>,
    /// `o.name(*pos, **kw)` with keyword arguments (`kwnames` a tuple of strs, one
    /// value each in `kwvals`); absent when no method of the type takes keywords.
    pub call_kw: Option<KwMethod>,
    /// `a op b` (`op` one of the operators' symbols) when `a` or `b` is of this type
    /// and neither the numbers nor the left operand's class handled it; None when
    /// it does not apply.
    pub binop: Option<BinopFn>,
    /// `o.name` for the type's data attributes (a generator's `gi_frame`, a file's
    /// `name`); None when it has no such attribute.
    pub getattr: Option<fn(o: Obj, name: &str) -> Option<Obj>>,
    /// `cls(*args)` for a type whose constructor is not one of the core builtins
    /// `types::construct` names.
    pub construct: Option<fn(cls: &'static TypeObject, args: &[Obj]) -> Obj>,
    /// `int(o)` for an object of this type that is neither an int nor text (a
    /// float truncates): `int()` names no such type itself, so converting a str
    /// links no float code.
    pub to_int: Option<fn(o: Obj) -> Obj>,
    /// The public methods, as CPython's `dir()` lists them (the class methods
    /// `dict.fromkeys`, `int.from_bytes`, `float.fromhex` and the static
    /// `str.maketrans` are not among them: a descriptor passes an instance).
    pub names: &'static [&'static str],
}

/// `a op b` for a type's operators: `(a, b, op symbol)`; None when it does not apply.
pub type BinopFn = fn(Obj, Obj, &str) -> Option<Obj>;

/// A method call with keywords: `(o, name, pos, kwnames, kwvals)`; None when the
/// type has no such method taking keywords.
pub type KwMethod = fn(Obj, &str, &[Obj], Obj, &[Obj]) -> Option<Obj>;

/// `str`'s methods (`format` lives in `strformat`, reached through a hook).
pub static STR_METHODS: MethodTable = MethodTable {
    call: |o, name, args| {
        if name == "format" {
            return Some(crate::hooks::str_format(o, args, 0, &[]));
        }
        pystr::method(o, name, args)
    },
    call_kw: Some(crate::str_methods::method_kw),
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &[
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
    ],
};

/// `list`'s methods.
pub static LIST_METHODS: MethodTable = MethodTable {
    call: crate::list::method,
    call_kw: Some(crate::list::method_kw),
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &[
        "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
        "reverse", "sort",
    ],
};

/// `dict`'s methods.
pub static DICT_METHODS: MethodTable = MethodTable {
    call: crate::dict::method,
    call_kw: Some(crate::dict::method_kw),
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &[
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
    ],
};

/// `tuple`'s methods.
pub static TUPLE_METHODS: MethodTable = MethodTable {
    call: |o, name, args| crate::hooks::method(2, "tuple", o, name, args),
    call_kw: None,
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &["count", "index"],
};

/// `set`'s methods.
pub static SET_METHODS: MethodTable = MethodTable {
    call: crate::set::method,
    call_kw: None,
    binop: None,
    getattr: None,
    construct: Some(crate::set::construct),
    to_int: None,
    names: &[
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
    ],
};

/// `frozenset`'s methods.
pub static FROZENSET_METHODS: MethodTable = MethodTable {
    call: crate::set::method,
    call_kw: None,
    binop: None,
    getattr: None,
    construct: Some(crate::set::construct),
    to_int: None,
    names: &[
        "copy",
        "difference",
        "intersection",
        "isdisjoint",
        "issubset",
        "issuperset",
        "symmetric_difference",
        "union",
    ],
};

/// `int`'s (and `bool`'s) methods.
pub static INT_METHODS: MethodTable = MethodTable {
    call: |o, name, args| crate::hooks::method(1, "int", o, name, args),
    call_kw: None,
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &["as_integer_ratio", "bit_count", "bit_length", "conjugate"],
};

/// `float`'s methods.
pub static FLOAT_METHODS: MethodTable = MethodTable {
    // Through its hook: any arithmetic names float's type, and `as_integer_ratio`
    // links big-int arithmetic.
    call: |o, name, args| crate::hooks::method(0, "float", o, name, args),
    call_kw: None,
    binop: None,
    getattr: Some(|o, name| match name {
        "real" => Some(o),
        "imag" => Some(crate::float::float_new(0.0)),
        _ => None,
    }),
    // Through its hook: any arithmetic names float's type, and float parsing is
    // linked only into programs using `float` as a value (a direct call names it).
    construct: Some(|_, a| crate::hooks::class_new(2, a.as_ptr(), a.len())),
    to_int: Some(|o| crate::print::int_from_float(crate::float::value(o))),
    names: &["as_integer_ratio", "conjugate", "hex", "is_integer"],
};

/// A generator's methods.
pub static GENERATOR_METHODS: MethodTable = MethodTable {
    call: crate::gen::method,
    call_kw: None,
    binop: None,
    getattr: Some(crate::gen::getattr),
    construct: None,
    to_int: None,
    names: &["close", "send", "throw"],
};

/// An open text file's methods (`dir()` names none yet: they are not bound as values).
pub static FILE_METHODS: MethodTable = MethodTable {
    call: crate::fileio::method,
    call_kw: None,
    binop: None,
    getattr: Some(crate::fileio::getattr),
    construct: None,
    to_int: None,
    names: &[],
};

/// `sys.stdout`'s and `sys.stderr`'s methods (`dir()` names none yet, as for files).
pub static STREAM_METHODS: MethodTable = MethodTable {
    call: crate::sysmod::stream_method,
    call_kw: None,
    binop: None,
    getattr: None,
    construct: None,
    to_int: None,
    names: &[],
};

/// `range`'s methods and data attributes (`start`, `stop`, `step`).
pub static RANGE_METHODS: MethodTable = MethodTable {
    // Through its hook: most programs make ranges.
    call: |o, name, args| crate::hooks::method(3, "range", o, name, args),
    call_kw: None,
    binop: None,
    getattr: Some(crate::range::attribute),
    construct: None,
    to_int: None,
    names: &["count", "index"],
};

/// A `slice` object's method and data attributes (`start`, `stop`, `step`), and
/// `slice(...)` called as a value: through the type, so that slicing (which makes
/// slice objects) links `indices`' big-int arithmetic only when the program names
/// `slice`'s type.
pub static SLICE_METHODS: MethodTable = MethodTable {
    call: |o, name, args| crate::hooks::method(4, "slice", o, name, args),
    call_kw: None,
    binop: None,
    getattr: Some(crate::slice_obj::attribute),
    construct: Some(|_, a| crate::slice_obj::construct(a)),
    to_int: None,
    names: &["indices"],
};

/// `dict_keys`' and `dict_items`' methods (views as sets) and `.mapping`.
pub static DICT_SET_VIEW_METHODS: MethodTable = MethodTable {
    call: |o, name, args| crate::hooks::method(6, "dict view", o, name, args),
    call_kw: None,
    binop: Some(|a, b, op| crate::hooks::call(6, "dict view", a, op, &[b])),
    getattr: Some(view_mapping),
    construct: None,
    to_int: None,
    names: &["isdisjoint"],
};

/// A keys or items view compared with `b` (sets and views), through the views'
/// hook.
pub fn view_compare(a: Obj, b: Obj, op: pyaot_abi::CmpOp) -> Obj {
    let args = [b, pyaot_abi::tag_int(op as isize)];
    crate::hooks::call(6, "dict view", a, "compare", &args)
        .unwrap_or(crate::object::NOT_IMPLEMENTED)
}

/// `dict_values`' `.mapping` (values views have no methods).
pub static DICT_VALUES_METHODS: MethodTable = MethodTable {
    call: |_, _, _| None,
    call_kw: None,
    binop: None,
    getattr: Some(view_mapping),
    construct: None,
    to_int: None,
    names: &[],
};

/// `view.mapping`, through its hook.
fn view_mapping(v: Obj, name: &str) -> Option<Obj> {
    if name != "mapping" {
        return None;
    }
    crate::hooks::method(5, "dict view", v, name, &[])
}

/// `mappingproxy`'s methods (the dict's read-only ones).
pub static MAPPINGPROXY_METHODS: MethodTable = MethodTable {
    call: crate::dict::proxy::method,
    call_kw: None,
    binop: Some(|a, b, op| {
        if op == "|" {
            crate::dict::proxy::or(a, b)
        } else {
            None
        }
    }),
    getattr: None,
    construct: None,
    to_int: None,
    names: &["copy", "get", "items", "keys", "values"],
};

/// `enumerate`, `zip`, `map`, `filter` and `reversed` called as values (they have
/// no public methods): through each type, so that calling any class links only the
/// constructors of iterator types the program can make.
macro_rules! iterator_class {
    ($name:ident, $entry:path) => {
        #[doc = concat!("The constructor of `", stringify!($entry), "`'s class.")]
        pub static $name: MethodTable = MethodTable {
            call: |_, _, _| None,
            call_kw: None,
            binop: None,
            getattr: None,
            construct: Some(|_, a| $entry(a.as_ptr(), a.len())),
            to_int: None,
            names: &[],
        };
    };
}
iterator_class!(
    ENUMERATE_METHODS,
    crate::iterbuiltins::pyaot_builtin_enumerate
);
iterator_class!(ZIP_METHODS, crate::iterbuiltins::pyaot_builtin_zip);
iterator_class!(MAP_METHODS, crate::iterbuiltins::pyaot_builtin_map);
iterator_class!(FILTER_METHODS, crate::iterbuiltins::pyaot_builtin_filter);
iterator_class!(
    REVERSED_METHODS,
    crate::iterbuiltins::pyaot_builtin_reversed
);

/// The method table of built-in type `t`. The core types (str, int, bool, list,
/// tuple, dict), whose type objects every program links, are named here rather than
/// given the slot: their methods are then linked only by programs that call a
/// method or use one as a value, not by hello world.
pub fn table(t: &TypeObject) -> Option<&'static MethodTable> {
    if t.methods.is_some() {
        return t.methods;
    }
    let is = |u: &TypeObject| core::ptr::eq(t, u);
    if is(&pystr::TYPE_STR) {
        Some(&STR_METHODS)
    } else if is(&crate::list::TYPE_LIST) {
        Some(&LIST_METHODS)
    } else if is(&crate::dict::TYPE_DICT) {
        Some(&DICT_METHODS)
    } else if is(&crate::tuple::TYPE_TUPLE) {
        Some(&TUPLE_METHODS)
    } else if is(&crate::int::TYPE_INT) || is(&crate::int::TYPE_BOOL) {
        Some(&INT_METHODS)
    } else {
        None
    }
}

/// Whether built-in type `t` has a public method `name`.
pub fn has_method(t: &TypeObject, name: &str) -> bool {
    // Types linked on demand (bytes, bytearray) list their own names.
    table(t).is_some_and(|m| m.names.contains(&name))
        || t.ext.is_some_and(|x| x.names.contains(&name))
}

/// `o.name(*args)` through `o`'s type's method table; None when it has no method
/// `name`.
#[inline]
pub fn call_builtin(o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    (table(type_of(o))?.call)(o, name, args)
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

/// `target.name` as a bound built-in method, whatever `target`'s type: calling it
/// calls `target.name(...)`.
pub fn bound(target: Obj, name: Obj) -> Obj {
    new(&TYPE_BOUND_BUILTIN, target, name)
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
