//! `obj[key]` and `obj[key] = value`: dispatch through the type's slots, with
//! CPython's errors for types that have none.

use crate::exc;
use crate::object::{is_type, none, type_of, Obj};
use crate::{dict, list, slice};

/// `obj[key]`.
#[no_mangle]
pub extern "C" fn pyaot_getitem(obj: Obj, key: Obj) -> Obj {
    if slice::is_slice(key) {
        if let Some(r) = slice::get(obj, key) {
            return r;
        }
    }
    let ty = type_of(obj);
    match ty.getitem {
        Some(f) => f(obj, key),
        None => exc::type_error(format_args!("'{}' object is not subscriptable", ty.name)),
    }
}

/// `obj[key] = value`; returns None.
#[no_mangle]
pub extern "C" fn pyaot_setitem(obj: Obj, key: Obj, value: Obj) -> Obj {
    if slice::is_slice(key) && is_type(obj, &list::TYPE_LIST) {
        return match slice::assign(obj, key, value) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
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

/// `del obj[key]`; returns None.
#[no_mangle]
pub extern "C" fn pyaot_delitem(obj: Obj, key: Obj) -> Obj {
    if let Some(r) = crate::class::delitem(obj, key) {
        return if r == 0 { 0 } else { none() };
    }
    if let Some(f) = crate::typeext::of(obj).and_then(|x| x.delitem) {
        return f(obj, key);
    }
    if is_type(obj, &list::TYPE_LIST) {
        return list_delitem(obj, key);
    }
    if is_type(obj, &dict::TYPE_DICT) {
        return dict_delitem(obj, key);
    }
    let ty = type_of(obj);
    if ty.getitem.is_some() {
        exc::type_error(format_args!(
            "'{}' object doesn't support item deletion",
            ty.name
        ))
    } else {
        exc::type_error(format_args!(
            "'{}' object does not support item deletion",
            ty.name
        ))
    }
}

/// `del l[key]` for an instance of list (or a subclass); None.
pub fn list_delitem(obj: Obj, key: Obj) -> Obj {
    if slice::is_slice(key) {
        return match slice::delete(obj, key) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
    let n = list::len(obj) as isize;
    let Ok(i) = crate::range::index_arg(key) else {
        exc::take();
        return exc::type_error(format_args!(
            "list indices must be integers or slices, not {}",
            type_of(key).name
        ));
    };
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return exc::index_error(format_args!("list assignment index out of range"));
    }
    let items = list::items(obj);
    let rest: &[crate::object::Obj] = items;
    let buf = list::with_capacity(rest.len() - 1);
    if buf == 0 {
        return 0;
    }
    for (k, &x) in rest.iter().enumerate() {
        if k as isize != i && list::push(buf, x).is_err() {
            return 0;
        }
    }
    match list::replace_contents(obj, list::items(buf)) {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// `del d[key]` for an instance of dict (or a subclass); None.
pub fn dict_delitem(obj: Obj, key: Obj) -> Obj {
    match dict::method(obj, "pop", &[key]) {
        Some(0) => 0,
        _ => none(),
    }
}
