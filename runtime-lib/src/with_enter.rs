//! The start of a `with` item, as CPython 3.11's BEFORE_WITH: the manager must have
//! both `__enter__` and `__exit__` before `__enter__` runs, else a TypeError (not the
//! AttributeError a plain method call would raise).

use crate::class::pyaot_getattr;
use crate::exc;
use crate::func::{pyaot_call, pyaot_call_method};
use crate::object::{type_of, Obj};
use crate::static_str;

/// `manager.__enter__()` once both methods exist; 0 with the exception pending.
#[no_mangle]
pub extern "C" fn pyaot_with_enter(manager: Obj) -> Obj {
    // Static strs: a `with` in a loop allocates nothing here.
    let enter_name = static_str!("__enter__");
    let enter = pyaot_getattr(manager, enter_name);
    if enter == 0 {
        if !exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
            return 0;
        }
        // Built-in managers (files) answer `__enter__` as a method call without
        // exposing it as an attribute; their types have both methods.
        exc::take();
        let r = pyaot_call_method(manager, enter_name, core::ptr::null(), 0);
        return if r == 0 {
            protocol_error(manager, "")
        } else {
            r
        };
    }
    if pyaot_getattr(manager, static_str!("__exit__")) == 0 {
        return protocol_error(manager, " (missed __exit__ method)");
    }
    pyaot_call(enter, core::ptr::null(), 0)
}

/// CPython's TypeError in place of a pending AttributeError from the lookup; any
/// other pending error passes through. Returns 0.
fn protocol_error(manager: Obj, missed: &str) -> Obj {
    if !exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
        return 0;
    }
    exc::take();
    exc::type_error(format_args!(
        "'{}' object does not support the context manager protocol{missed}",
        type_of(manager).name
    ))
}
