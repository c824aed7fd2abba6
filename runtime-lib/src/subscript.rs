//! `obj[key]` and `obj[key] = value`: dispatch through the type's slots, with
//! CPython's errors for types that have none.

use crate::exc;
use crate::object::{none, type_of, Obj};

/// `obj[key]`.
#[no_mangle]
pub extern "C" fn pyaot_getitem(obj: Obj, key: Obj) -> Obj {
    let ty = type_of(obj);
    match ty.getitem {
        Some(f) => f(obj, key),
        None => exc::type_error(format_args!("'{}' object is not subscriptable", ty.name)),
    }
}

/// `obj[key] = value`; returns None.
#[no_mangle]
pub extern "C" fn pyaot_setitem(obj: Obj, key: Obj, value: Obj) -> Obj {
    let ty = type_of(obj);
    match ty.setitem {
        Some(f) => {
            if f(obj, key, value) == 0 {
                0
            } else {
                none()
            }
        }
        None if ty.getitem.is_some() => exc::type_error(format_args!(
            "'{}' object does not support item assignment",
            ty.name
        )),
        None => exc::type_error(format_args!("'{}' object is not subscriptable", ty.name)),
    }
}
