//! A class's `__qualname__` (`Outer.Inner`, `f.<locals>.C`), which reprs and
//! property errors print where other messages print `__name__`. A class defined in
//! Python keeps it in the word after its TypeObject, so built-in types (static, in
//! flash on a board) pay nothing for it.

use crate::object::{Obj, TypeObject, WORD};

/// The bytes a class defined in Python takes: its TypeObject, then its qualname.
pub const CLASS_SIZE: usize = core::mem::size_of::<TypeObject>() + WORD;

fn slot(t: &TypeObject) -> Option<*mut Obj> {
    // Only classes made by `pyaot_build_class` (the ones with a namespace) have
    // the word; 0 there means "as `__name__`".
    t.is_heap_class()
        .then(|| (t as *const TypeObject as usize + core::mem::size_of::<TypeObject>()) as *mut Obj)
}

/// The qualified name of a class defined in Python, as a str object (its
/// `__name__` unless set otherwise); None for a built-in type.
pub fn get(t: &TypeObject) -> Option<Obj> {
    // SAFETY: a heap class's block is CLASS_SIZE bytes long (`pyaot_build_class`).
    let q = unsafe { *slot(t)? };
    Some(if q != 0 { q } else { t.name_obj })
}

/// Sets the qualified name of class `t` (a heap class) to the str `q`.
pub fn set(t: &TypeObject, q: Obj) {
    if let Some(p) = slot(t) {
        // SAFETY: as in `get`; the runtime is single-threaded.
        unsafe { *p = q };
    }
}

/// The name reprs print for `t`: its qualified name, or a built-in type's name.
pub fn display(t: &TypeObject) -> &'static str {
    match get(t) {
        Some(q) if q != 0 && crate::str::is_str(q) => crate::str::as_str(q),
        _ => t.name,
    }
}
