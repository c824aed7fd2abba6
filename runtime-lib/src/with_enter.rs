//! The start of a `with` item, as CPython 3.11's BEFORE_WITH: the manager must have
//! both `__enter__` and `__exit__` before `__enter__` runs, else a TypeError (not the
//! AttributeError a plain method call would raise).

use crate::class::pyaot_getattr;
use crate::exc;
use crate::func::{pyaot_call, pyaot_call_method};
use crate::object::{type_of, Obj};
use crate::str as pystr;

/// `manager.__enter__()` once both methods exist; 0 with the exception pending.
#[no_mangle]
pub extern "C" fn pyaot_with_enter(manager: Obj) -> Obj {
    let key = pystr::from_str("__enter__");
    if key == 0 {
        return 0;
    }
    let enter = pyaot_getattr(manager, key);
    if enter == 0 {
        if !exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
            return 0;
        }
        // Built-in managers (files) answer `__enter__` as a method call without
        // exposing it as an attribute; their types have both methods.
        exc::take();
        let r = pyaot_call_method(manager, key, core::ptr::null(), 0);
        if r == 0 && exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
            exc::take();
            protocol_error(manager, "");
        }
        return r;
    }
    if method(manager, "__exit__", " (missed __exit__ method)").is_none() {
        return 0;
    }
    pyaot_call(enter, core::ptr::null(), 0)
}

fn protocol_error(manager: Obj, missed: &str) -> Obj {
    exc::type_error(format_args!(
        "'{}' object does not support the context manager protocol{missed}",
        type_of(manager).name
    ))
}

/// The bound method `manager.name`, or None with CPython's TypeError pending (an
/// AttributeError from the lookup becomes it; other errors pass through).
fn method(manager: Obj, name: &str, missed: &str) -> Option<Obj> {
    let key = pystr::from_str(name);
    if key == 0 {
        return None;
    }
    let m = pyaot_getattr(manager, key);
    if m != 0 {
        return Some(m);
    }
    if exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
        exc::take();
        protocol_error(manager, missed);
    }
    None
}
