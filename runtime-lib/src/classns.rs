//! A class body's namespace as CPython's LOAD_NAME and DELETE_NAME use it: compiled
//! class bodies read a name here first and fall back to the globals and builtins
//! themselves, so a name deleted from the namespace is looked up outside the class
//! rather than raising KeyError.

use crate::exc;
use crate::object::Obj;
use crate::str as pystr;

/// `(namespace, name)`: the namespace's value for `name`, or the `UNBOUND` marker
/// when it has none (the caller then looks outside the class).
#[no_mangle]
pub extern "C" fn pyaot_class_ns_lookup(ns: Obj, name: Obj) -> Obj {
    match crate::dict::lookup(ns, name) {
        Ok(Some(v)) => v,
        Ok(None) => &crate::modules::UNBOUND as *const crate::object::Singleton as Obj,
        Err(()) => 0,
    }
}

/// `(namespace, name)`: `del name` in a class body; NameError when the namespace
/// has no such key, even if a global has that name, as in CPython.
#[no_mangle]
pub extern "C" fn pyaot_class_ns_delete(ns: Obj, name: Obj) -> Obj {
    match crate::dict::remove(ns, name) {
        Ok(Some(_)) => crate::object::none(),
        Ok(None) => exc::name_error(format_args!(
            "name '{}' is not defined",
            pystr::as_str(name)
        )),
        Err(()) => 0,
    }
}
