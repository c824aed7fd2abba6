//! Structural pattern matching (`match`, PEP 634): the tests CPython 3.11's
//! interpreter makes for sequence, mapping and class patterns (its MATCH_SEQUENCE,
//! MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS and the `**rest` copy), with its
//! error messages. Literal, value, capture, `|` and `as` patterns are compiled inline
//! (src/ir/lower/pattern.rs); so are the item checks these tests lead to.
//!
//! Which objects are sequences and mappings: CPython asks the type's
//! Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING flags, which list, tuple, range and
//! dict have, and which a class inherits from its bases (or gets by registering
//! with collections.abc). pyaot's built-in types answer by their type; a class
//! defined in Python by an integer `__pyaot_tpflags__` (those flags) found along
//! its MRO. pyaot's own library sets it on the classes that are sequences
//! (`deque`) and dict subclasses (`Counter`, `defaultdict`, `OrderedDict`) in
//! CPython, so their subclasses inherit it as in CPython. It is a pyaot-private
//! dunder name: a class of CPython's library does the same with
//! `__abc_tpflags__`, which means nothing outside ABCMeta, so a user class that
//! happens to set that stays a plain object here too. str is never a sequence.

use crate::exc::{self, TYPE_ATTRIBUTE_ERROR, TYPE_VALUE_ERROR};
use crate::object::{self, false_, is_type, none, true_, type_of, Obj, TypeObject, TYPE_OBJECT};
use crate::types::{as_type, is_class};
use crate::{dict, float, int, list, range, set, str as pystr, tuple};
use pyaot_abi::untag_int;

/// CPython's Py_TPFLAGS_SEQUENCE.
const TPFLAGS_SEQUENCE: isize = 1 << 5;
/// CPython's Py_TPFLAGS_MAPPING.
const TPFLAGS_MAPPING: isize = 1 << 6;

/// The built-in types whose class pattern takes one positional sub-pattern matched
/// against the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF), subclasses too.
fn matches_self(t: &'static TypeObject) -> bool {
    let own: [&'static TypeObject; 9] = [
        &int::TYPE_BOOL,
        &float::TYPE_FLOAT,
        &int::TYPE_INT,
        &pystr::TYPE_STR,
        &list::TYPE_LIST,
        &tuple::TYPE_TUPLE,
        &dict::TYPE_DICT,
        &set::TYPE_SET,
        &set::TYPE_FROZENSET,
    ];
    if own.iter().any(|o| t.is_subtype(o)) {
        return true;
    }
    // bytes and bytearray by name: naming their type objects would link the bytes
    // code into every program with a class pattern.
    let mut c = Some(t);
    while let Some(ty) = c {
        if !ty.is_heap_class() && matches!(ty.name, "bytes" | "bytearray") {
            return true;
        }
        c = ty.base;
    }
    false
}

/// `name` looked up in the namespaces along the MRO of a class defined in Python
/// (no descriptor binding); None for built-in types.
fn class_attr(t: &'static TypeObject, name: Obj) -> Result<Option<Obj>, ()> {
    if t.mro == 0 {
        return Ok(None);
    }
    for &c in tuple::items(t.mro) {
        let ct = as_type(c);
        if ct.dict != 0 {
            if let Some(v) = dict::lookup(ct.dict, name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// The Py_TPFLAGS_* a class defined in Python declares in `__pyaot_tpflags__`.
fn abc_flags(t: &'static TypeObject) -> Result<isize, ()> {
    match class_attr(t, crate::static_str!("__pyaot_tpflags__"))? {
        Some(v) if v & 1 == 1 => Ok(untag_int(v)),
        _ => Ok(0),
    }
}

fn is_sequence(t: &'static TypeObject) -> Result<bool, ()> {
    if t.is_subtype(&list::TYPE_LIST)
        || t.is_subtype(&tuple::TYPE_TUPLE)
        || t.is_subtype(&range::TYPE_RANGE)
    {
        return Ok(true);
    }
    Ok(abc_flags(t)? & TPFLAGS_SEQUENCE != 0)
}

fn is_mapping(t: &'static TypeObject) -> Result<bool, ()> {
    if t.is_subtype(&dict::TYPE_DICT) {
        return Ok(true);
    }
    Ok(abc_flags(t)? & TPFLAGS_MAPPING != 0)
}

/// `len(o)` (GET_LEN).
fn len(o: Obj) -> Result<usize, ()> {
    let t = type_of(o);
    match t.len {
        Some(f) => f(o),
        None => {
            exc::type_error(format_args!("object of type '{}' has no len()", t.name));
            Err(())
        }
    }
}

/// `(subject)`: the length of a sequence, or None when the subject is not one.
#[no_mangle]
pub extern "C" fn pyaot_match_sequence(subject: Obj) -> Obj {
    match is_sequence(type_of(subject)) {
        Ok(true) => match len(subject) {
            Ok(n) => int::new(n as isize),
            Err(()) => 0,
        },
        Ok(false) => none(),
        Err(()) => 0,
    }
}

/// `(subject, nkeys)`: whether the subject is a mapping of at least `nkeys` items.
#[no_mangle]
pub extern "C" fn pyaot_match_mapping(subject: Obj, nkeys: Obj) -> Obj {
    match is_mapping(type_of(subject)) {
        Ok(true) => {}
        Ok(false) => return false_(),
        Err(()) => return 0,
    }
    let nkeys = untag_int(nkeys) as usize;
    if nkeys == 0 {
        return true_();
    }
    match len(subject) {
        Ok(n) => object::bool_obj(n >= nkeys),
        Err(()) => 0,
    }
}

/// `(subject, keys)`: the values of `keys` in the mapping, or None when one is
/// missing. CPython asks `subject.get(key, sentinel)` (so a `defaultdict` makes no
/// new key) and checks each key against those before it with a set, which hashes
/// it (TypeError when unhashable) before the lookup.
#[no_mangle]
pub extern "C" fn pyaot_match_keys(subject: Obj, keys: Obj) -> Obj {
    let keys = tuple::items(keys);
    if keys.is_empty() {
        return tuple::empty();
    }
    // A dict's own `get` is a plain lookup; anything else is asked.
    let get = if is_type(subject, &dict::TYPE_DICT) {
        0
    } else {
        let g = crate::class::pyaot_getattr(subject, crate::static_str!("get"));
        if g == 0 {
            return 0;
        }
        g
    };
    let seen = dict::with_capacity(keys.len());
    let sentinel = object::alloc_obj(&TYPE_OBJECT, core::mem::size_of::<object::Header>());
    let values = tuple::alloc(keys.len());
    if seen == 0 || sentinel == 0 || values == 0 {
        return 0;
    }
    for (i, &key) in keys.iter().enumerate() {
        match dict::lookup(seen, key) {
            Ok(Some(_)) => return duplicate_key(key),
            Ok(None) => {}
            Err(()) => return 0,
        }
        if dict::set(seen, key, none()).is_err() {
            return 0;
        }
        let value = if get == 0 {
            match dict::lookup(subject, key) {
                Ok(Some(v)) => v,
                Ok(None) => sentinel,
                Err(()) => return 0,
            }
        } else {
            let args = [key, sentinel];
            let v = crate::func::pyaot_call(get, args.as_ptr(), 2);
            if v == 0 {
                return 0;
            }
            v
        };
        if value == sentinel {
            return none();
        }
        tuple::items_mut(values)[i] = value;
    }
    values
}

fn duplicate_key(key: Obj) -> Obj {
    let r = object::repr(key);
    if r == 0 {
        return 0;
    }
    exc::raise_fmt(
        &TYPE_VALUE_ERROR,
        format_args!(
            "mapping pattern checks duplicate key ({})",
            pystr::as_str(r)
        ),
    )
}

/// `(subject, keys or 0)`: `**rest`: `rest = {}; rest.update(subject)`, then
/// `del rest[key]` for each key.
#[no_mangle]
pub extern "C" fn pyaot_match_rest(subject: Obj, keys: Obj) -> Obj {
    let rest = dict::with_capacity(0);
    if rest == 0 || dict::update(rest, subject).is_err() {
        return 0;
    }
    if keys != 0 {
        for &key in tuple::items(keys) {
            if crate::subscript::pyaot_delitem(rest, key) == 0 {
                return 0;
            }
        }
    }
    rest
}

/// `(subject, nargs, items*, n)`: MATCH_CLASS for class `items[0]` with `nargs`
/// positional sub-patterns and keyword sub-patterns named `items[1..n]`.
#[no_mangle]
pub extern "C" fn pyaot_match_class(subject: Obj, nargs: Obj, items: *const Obj, n: usize) -> Obj {
    let items = tuple::word_slice(items, n);
    let (cls, keywords) = (items[0], &items[1..]);
    if !is_class(cls) {
        return exc::type_error(format_args!("called match pattern must be a type"));
    }
    let t = as_type(cls);
    if !type_of(subject).is_subtype(t) {
        return none();
    }
    let nargs = untag_int(nargs) as usize;
    if nargs == 0 && keywords.is_empty() {
        return tuple::empty();
    }
    // The names of the positional sub-patterns' attributes, or the subject itself.
    let mut positional: &[Obj] = &[];
    let mut match_self = false;
    if nargs > 0 {
        let match_args = match match_args(t) {
            Ok(m) => m,
            Err(()) => return 0,
        };
        match_self = match_args.is_none() && matches_self(t);
        let allowed = match match_args {
            Some(m) => tuple::len(m),
            None => match_self as usize,
        };
        if allowed < nargs {
            return exc::type_error(format_args!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                t.name,
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            ));
        }
        if let Some(m) = match_args {
            positional = &tuple::items(m)[..nargs];
        }
    }
    let attrs = tuple::alloc(nargs + keywords.len());
    if attrs == 0 {
        return 0;
    }
    let name_at = |j: usize| {
        if j < nargs {
            positional[j]
        } else {
            keywords[j - nargs]
        }
    };
    // A self-matching class's one positional sub-pattern is the subject, not an
    // attribute.
    let first = if match_self {
        tuple::items_mut(attrs)[0] = subject;
        1
    } else {
        0
    };
    for j in first..nargs + keywords.len() {
        let name = name_at(j);
        if j < nargs && !is_type(name, &pystr::TYPE_STR) {
            return exc::type_error(format_args!(
                "__match_args__ elements must be strings (got {})",
                type_of(name).name
            ));
        }
        let text = pystr::as_str(name);
        if (first..j).any(|k| pystr::as_str(name_at(k)) == text) {
            let r = object::repr(name);
            if r == 0 {
                return 0;
            }
            return exc::type_error(format_args!(
                "{}() got multiple sub-patterns for attribute {}",
                t.name,
                pystr::as_str(r)
            ));
        }
        let v = crate::class::pyaot_getattr(subject, name);
        if v == 0 {
            if exc::pending_matches(&TYPE_ATTRIBUTE_ERROR) {
                exc::take();
                return none();
            }
            return 0;
        }
        tuple::items_mut(attrs)[j] = v;
    }
    attrs
}

/// A class's `__match_args__`, which must be a tuple; None when it has none
/// (built-in types never have one in pyaot). Looked up before it is fetched, so a
/// missing one raises no AttributeError to clear.
fn match_args(t: &'static TypeObject) -> Result<Option<Obj>, ()> {
    let key = crate::static_str!("__match_args__");
    if class_attr(t, key)?.is_none() {
        return Ok(None);
    }
    let m = crate::class::pyaot_getattr(t as *const TypeObject as Obj, key);
    if m == 0 {
        return Err(());
    }
    if !is_type(m, &tuple::TYPE_TUPLE) {
        exc::type_error(format_args!(
            "{}.__match_args__ must be a tuple (got {})",
            t.name,
            type_of(m).name
        ));
        return Err(());
    }
    Ok(Some(m))
}
