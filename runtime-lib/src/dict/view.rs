//! The views `d.keys()`, `d.values()`, `d.items()` (live: they read the dict each time)
//! and the dict iterators, which raise RuntimeError when the dict changes size under
//! them, as CPython's do.

use super::{entry_at, len, lookup, nentries};
use crate::exc;
use crate::object::{self, alloc_obj, bool_obj, is_type, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::{list, tuple};
use pyaot_abi::ITER_DONE;

/// Which part of each item a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Keys,
    Values,
    Items,
}

/// `dict_keys`.
pub static TYPE_DICT_KEYS: TypeObject = TypeObject {
    repr: Some(|v| view_repr(v, Kind::Keys)),
    len: Some(|v| Ok(len(dict_of(v)))),
    contains: Some(|v, x| match lookup(dict_of(v), x) {
        Ok(found) => bool_obj(found.is_some()),
        Err(()) => 0,
    }),
    iter: Some(|v| new_iter(dict_of(v), Kind::Keys)),
    compare: Some(crate::methods::view_compare),
    methods: Some(&crate::methods::DICT_SET_VIEW_METHODS),
    ..TypeObject::new("dict_keys", Some(&TYPE_OBJECT))
};

/// `dict_values`.
pub static TYPE_DICT_VALUES: TypeObject = TypeObject {
    repr: Some(|v| view_repr(v, Kind::Values)),
    len: Some(|v| Ok(len(dict_of(v)))),
    contains: Some(values_contain),
    iter: Some(|v| new_iter(dict_of(v), Kind::Values)),
    methods: Some(&crate::methods::DICT_VALUES_METHODS),
    ..TypeObject::new("dict_values", Some(&TYPE_OBJECT))
};

/// `dict_items`.
pub static TYPE_DICT_ITEMS: TypeObject = TypeObject {
    repr: Some(|v| view_repr(v, Kind::Items)),
    len: Some(|v| Ok(len(dict_of(v)))),
    contains: Some(items_contain),
    iter: Some(|v| new_iter(dict_of(v), Kind::Items)),
    compare: Some(crate::methods::view_compare),
    methods: Some(&crate::methods::DICT_SET_VIEW_METHODS),
    ..TypeObject::new("dict_items", Some(&TYPE_OBJECT))
};

static TYPE_KEY_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| iter_next(it, Kind::Keys)),
    ..TypeObject::new("dict_keyiterator", Some(&TYPE_OBJECT))
};

static TYPE_VALUE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| iter_next(it, Kind::Values)),
    ..TypeObject::new("dict_valueiterator", Some(&TYPE_OBJECT))
};

static TYPE_ITEM_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| iter_next(it, Kind::Items)),
    ..TypeObject::new("dict_itemiterator", Some(&TYPE_OBJECT))
};

static TYPE_REVERSE_KEY_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| reverse_next(it, Kind::Keys)),
    ..TypeObject::new("dict_reversekeyiterator", Some(&TYPE_OBJECT))
};

static TYPE_REVERSE_VALUE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| reverse_next(it, Kind::Values)),
    ..TypeObject::new("dict_reversevalueiterator", Some(&TYPE_OBJECT))
};

static TYPE_REVERSE_ITEM_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| reverse_next(it, Kind::Items)),
    ..TypeObject::new("dict_reverseitemiterator", Some(&TYPE_OBJECT))
};

/// `[type][dict]`.
#[repr(C)]
struct View {
    header: Header,
    dict: Obj,
}

/// `[type][dict][next entry position][dict length when the iteration began]`; a
/// reverse iterator's position is one past its next entry.
#[repr(C)]
struct DictIter {
    header: Header,
    dict: Obj,
    pos: usize,
    used: usize,
}

/// The dict a view shows.
pub(super) fn dict_of(v: Obj) -> Obj {
    // SAFETY: only called on views.
    unsafe { (*(v as *const View)).dict }
}

/// A new view of `d`.
pub(super) fn new_view(d: Obj, kind: Kind) -> Obj {
    let ty = match kind {
        Kind::Keys => &TYPE_DICT_KEYS,
        Kind::Values => &TYPE_DICT_VALUES,
        Kind::Items => &TYPE_DICT_ITEMS,
    };
    let v = alloc_obj(ty, core::mem::size_of::<View>());
    if v != 0 {
        // SAFETY: `v` is a fresh View.
        unsafe { (*(v as *mut View)).dict = d };
    }
    v
}

/// A new iterator over `d`.
pub(super) fn new_iter(d: Obj, kind: Kind) -> Obj {
    let ty = match kind {
        Kind::Keys => &TYPE_KEY_ITERATOR,
        Kind::Values => &TYPE_VALUE_ITERATOR,
        Kind::Items => &TYPE_ITEM_ITERATOR,
    };
    let it = alloc_obj(ty, core::mem::size_of::<DictIter>());
    if it != 0 {
        // SAFETY: `it` is a fresh DictIter.
        let i = unsafe { &mut *(it as *mut DictIter) };
        i.dict = d;
        i.used = len(d);
    }
    it
}

/// `reversed(o)` for a dict, one of its views or a mappingproxy: an iterator from
/// the last item back; None when `o` is none of these.
pub fn reversed(o: Obj) -> Option<Obj> {
    if o & 1 == 1 {
        return None;
    }
    let o = if super::proxy::is_proxy(o) {
        super::proxy::mapping(o)
    } else {
        o
    };
    let is_dict = is_type(o, &super::TYPE_DICT) || crate::subclass::extends(o, &super::TYPE_DICT);
    let (d, ty) = if is_dict || is_type(o, &TYPE_DICT_KEYS) {
        (o, &TYPE_REVERSE_KEY_ITERATOR)
    } else if is_type(o, &TYPE_DICT_VALUES) {
        (o, &TYPE_REVERSE_VALUE_ITERATOR)
    } else if is_type(o, &TYPE_DICT_ITEMS) {
        (o, &TYPE_REVERSE_ITEM_ITERATOR)
    } else {
        return None;
    };
    let d = if is_dict { d } else { dict_of(d) };
    let it = alloc_obj(ty, core::mem::size_of::<DictIter>());
    if it != 0 {
        // SAFETY: `it` is a fresh DictIter.
        let i = unsafe { &mut *(it as *mut DictIter) };
        i.dict = d;
        i.pos = nentries(d);
        i.used = len(d);
    }
    Some(it)
}

fn reverse_next(it: Obj, kind: Kind) -> Obj {
    // SAFETY: the slot is only called on dict reverse iterators.
    let i = unsafe { &mut *(it as *mut DictIter) };
    if len(i.dict) != i.used {
        i.used = usize::MAX;
        return exc::runtime_error(format_args!("dictionary changed size during iteration"));
    }
    // Entries past the end after a `popitem` or `clear` are gone too.
    i.pos = i.pos.min(nentries(i.dict));
    while i.pos > 0 {
        i.pos -= 1;
        if let Some((k, v)) = entry_at(i.dict, i.pos) {
            return project(k, v, kind);
        }
    }
    ITER_DONE
}

/// What an item yields for `kind`: the key, the value, or a new `(key, value)` tuple.
fn project(k: Obj, v: Obj, kind: Kind) -> Obj {
    match kind {
        Kind::Keys => k,
        Kind::Values => v,
        Kind::Items => tuple::from_slice(&[k, v]),
    }
}

fn iter_next(it: Obj, kind: Kind) -> Obj {
    // SAFETY: the slot is only called on dict iterators.
    let i = unsafe { &mut *(it as *mut DictIter) };
    if len(i.dict) != i.used {
        // Keep failing on later calls too, as CPython does.
        i.used = usize::MAX;
        return exc::runtime_error(format_args!("dictionary changed size during iteration"));
    }
    while i.pos < nentries(i.dict) {
        let p = i.pos;
        i.pos += 1;
        if let Some((k, v)) = entry_at(i.dict, p) {
            return project(k, v, kind);
        }
    }
    ITER_DONE
}

/// `dict_keys([...])`: the name, then the repr of a list of what iteration yields.
fn view_repr(v: Obj, kind: Kind) -> Obj {
    let d = dict_of(v);
    let l = list::with_capacity(len(d));
    if l == 0 {
        return 0;
    }
    let mut i = 0;
    while i < nentries(d) {
        if let Some((k, x)) = entry_at(d, i) {
            let item = project(k, x, kind);
            if item == 0 || list::push(l, item).is_err() {
                return 0;
            }
        }
        i += 1;
    }
    let r = object::repr(l);
    if r == 0 {
        return 0;
    }
    let name = object::type_of(v).name;
    crate::str::format(format_args!("{}({})", name, crate::str::as_str(r)))
}

fn values_contain(v: Obj, x: Obj) -> Obj {
    let d = dict_of(v);
    let mut i = 0;
    while i < nentries(d) {
        if let Some((_, value)) = entry_at(d, i) {
            match object::eq(value, x) {
                Ok(true) => return bool_obj(true),
                Ok(false) => {}
                Err(()) => return 0,
            }
        }
        i += 1;
    }
    bool_obj(false)
}

/// `(k, v) in d.items()`: k is a key mapped to a value equal to v.
fn items_contain(view: Obj, x: Obj) -> Obj {
    if !is_type(x, &tuple::TYPE_TUPLE) {
        return bool_obj(false);
    }
    let [k, v] = *tuple::items(x) else {
        return bool_obj(false);
    };
    match lookup(dict_of(view), k) {
        Ok(Some(w)) => match object::eq(w, v) {
            Ok(b) => bool_obj(b),
            Err(()) => 0,
        },
        Ok(None) => bool_obj(false),
        Err(()) => 0,
    }
}
