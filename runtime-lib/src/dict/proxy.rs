//! `mappingproxy`: the read-only mapping a dict view's `mapping` attribute gives,
//! over the view's dict (live: it reads the dict each time).

use super::view::{dict_of, TYPE_DICT_ITEMS, TYPE_DICT_KEYS, TYPE_DICT_VALUES};
use super::TYPE_DICT;
use crate::exc;
use crate::object::{self, alloc_obj, is_type, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::str as pystr;
use pyaot_abi::CmpOp;

/// `mappingproxy`.
pub static TYPE_MAPPINGPROXY: TypeObject = TypeObject {
    repr: Some(proxy_repr),
    str: Some(|p| object::str_of(mapping(p))),
    compare: Some(|p, b, op: CmpOp| object::compare(mapping(p), b, op)),
    len: Some(|p| Ok(super::len(mapping(p)))),
    getitem: Some(|p, k| (TYPE_DICT.getitem.unwrap_or(|_, _| 0))(mapping(p), k)),
    contains: Some(|p, k| (TYPE_DICT.contains.unwrap_or(|_, _| 0))(mapping(p), k)),
    iter: Some(|p| (TYPE_DICT.iter.unwrap_or(|_| 0))(mapping(p))),
    methods: Some(&crate::methods::MAPPINGPROXY_METHODS),
    ..TypeObject::new("mappingproxy", Some(&TYPE_OBJECT))
};

/// `[type][dict]`, like a view.
#[repr(C)]
struct Proxy {
    header: Header,
    dict: Obj,
}

/// The dict a proxy shows.
pub fn mapping(p: Obj) -> Obj {
    // SAFETY: only called on mappingproxy objects.
    unsafe { (*(p as *const Proxy)).dict }
}

/// Whether `o` is a mappingproxy.
pub fn is_proxy(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_MAPPINGPROXY)
}

fn proxy_repr(p: Obj) -> Obj {
    let r = object::repr(mapping(p));
    if r == 0 {
        return 0;
    }
    pystr::format(format_args!("mappingproxy({})", pystr::as_str(r)))
}

/// `view.mapping` for a dict view `v` (a new proxy each time, as CPython's); None
/// for other objects and names (`args` is empty: an attribute).
///
/// Reached through its hook (`pyaot_abi::METHOD_HOOKS`): every dict method names
/// the view types, and a proxy links generic comparison (float, big ints). So
/// Rust's ABI: only this crate calls it.
#[no_mangle]
pub fn pyaot_view_mapping(v: Obj, name: &str, _args: &[Obj]) -> Option<Obj> {
    let is_view = v & 1 == 0
        && (is_type(v, &TYPE_DICT_KEYS)
            || is_type(v, &TYPE_DICT_VALUES)
            || is_type(v, &TYPE_DICT_ITEMS));
    if !is_view || name != "mapping" {
        return None;
    }
    let p = alloc_obj(&TYPE_MAPPINGPROXY, core::mem::size_of::<Proxy>());
    if p != 0 {
        // SAFETY: a fresh proxy.
        unsafe { (*(p as *mut Proxy)).dict = dict_of(v) };
    }
    Some(p)
}

/// The methods of a mappingproxy (the dict's read-only ones); None for other names.
pub fn method(p: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    match name {
        "get" | "keys" | "values" | "items" | "copy" => super::method(mapping(p), name, args),
        _ => None,
    }
}

/// `a | b` with a mappingproxy on either side: the operator on its dict (a new
/// dict); None when neither is a proxy.
pub fn or(a: Obj, b: Obj) -> Option<Obj> {
    if !is_proxy(a) && !is_proxy(b) {
        return None;
    }
    let unwrap = |o: Obj| if is_proxy(o) { mapping(o) } else { o };
    Some(crate::ops::pyaot_bitor(unwrap(a), unwrap(b)))
}

/// `p |= b` for a mappingproxy: CPython's TypeError; None for other objects.
pub fn ior(a: Obj) -> Option<Obj> {
    is_proxy(a).then(|| {
        exc::type_error(format_args!(
            "'|=' is not supported by mappingproxy; use '|' instead"
        ))
    })
}
