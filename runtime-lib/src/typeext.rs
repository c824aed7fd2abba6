//! Extra slots for built-in types whose code is linked on demand (`bytes`,
//! `bytearray`). The generic entry points (method calls, operators, `del o[k]`,
//! calling a class) look them up through the object's type instead of naming the
//! type, so a program that never makes such an object links none of their code:
//! compiled code names these types by their own symbols
//! (`pyaot_abi::BUILTIN_TYPE_SYMBOLS`), never through the table of built-in classes.

use crate::int::BinOp;
use crate::object::{type_of, Obj, TypeObject};

/// `a op b` or `a op= b` by a type's extra slots: None when not handled.
pub type BinOpSlot = fn(op: BinOp, a: Obj, b: Obj) -> Option<Obj>;

/// The slots; `TypeObject::ext` points to a static one.
pub struct TypeExt {
    /// `o.name(...)`: `args` holds the positional arguments then one value per name
    /// in `kwnames`. None when the type has no method `name`.
    pub method: fn(o: Obj, name: &str, args: &[Obj], kwnames: &[Obj]) -> Option<Obj>,
    /// `cls.name(...)` for class methods (`bytes.fromhex`), arguments as for
    /// `method`; None when the class has no such attribute.
    pub class_method: fn(name: &str, args: &[Obj], kwnames: &[Obj]) -> Option<Obj>,
    /// `cls(...)`, arguments as for `method`.
    pub construct: fn(args: &[Obj], kwnames: &[Obj]) -> Obj,
    /// `a op b` where `a` or `b` has this type; None when neither operand handles
    /// the pair (the caller raises CPython's TypeError).
    pub binop: BinOpSlot,
    /// `a op= b` updating `a` (of this type) in place; None: `a op b` as usual.
    pub inplace: Option<BinOpSlot>,
    /// `del o[k]`; returns None or 0. Absent: items cannot be deleted.
    pub delitem: Option<fn(o: Obj, k: Obj) -> Obj>,
    /// The contents of a bytes-like object (CPython's buffer protocol): valid until
    /// the object changes or anything allocates.
    pub buffer: Option<fn(o: Obj) -> &'static [u8]>,
    /// `o.name` for data attributes (`Struct.size`); None when there is none.
    pub getattr: Option<fn(o: Obj, name: &str) -> Option<Obj>>,
    /// The public methods, as CPython's `dir()` lists them: what `o.name` may bind
    /// as a method value (`f = b.split`).
    pub names: &'static [&'static str],
}

/// The extra slots of `o`'s type, if it has any.
#[inline]
pub fn of(o: Obj) -> Option<&'static TypeExt> {
    type_of(o).ext
}

/// The contents of `o` when it is bytes-like (`bytes`, `bytearray`).
#[inline]
pub fn buffer(o: Obj) -> Option<&'static [u8]> {
    if o & 1 == 1 {
        return None;
    }
    of(o).and_then(|x| x.buffer).map(|f| f(o))
}

/// `o.name(...)` through the extra slots; None when `o`'s type has none or no such
/// method.
pub fn call_method(o: Obj, name: &str, args: &[Obj], kwnames: &[Obj]) -> Option<Obj> {
    (of(o)?.method)(o, name, args, kwnames)
}

/// `cls.name(...)` for a class with extra slots.
pub fn call_class_method(
    cls: &'static TypeObject,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
) -> Option<Obj> {
    (cls.ext?.class_method)(name, args, kwnames)
}

/// `a op b` through either operand's extra slots.
pub fn binop(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    if let Some(x) = of(a) {
        if let Some(r) = (x.binop)(op, a, b) {
            return Some(r);
        }
    }
    match of(b) {
        Some(x) if !core::ptr::eq(type_of(a), type_of(b)) => (x.binop)(op, a, b),
        _ => None,
    }
}
