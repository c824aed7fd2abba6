//! `dict`: an insertion-ordered hash table laid out like CPython's compact dict: a dense
//! array of entries `(hash, key, value)` in insertion order, and a sparse open-addressing
//! index table of positions into it. Keys are hashed with `object::hash` and compared
//! with `object::eq`. The views (`keys()`, `values()`, `items()`) and iterators are in
//! `dict/view.rs`.

use crate::exc;
use crate::object::{
    self, alloc_obj, bool_obj, is_type, none, type_of, Header, Obj, TypeObject, NOT_IMPLEMENTED,
    TYPE_OBJECT, WORD,
};
use crate::{list, tuple};
use pyaot_abi::{is_small_int, untag_int, CmpOp};

mod merge;
pub mod proxy;
pub mod setops;
mod view;

pub use merge::{class_method, ior, merged, method_kw, or, update_kw};
pub use setops::is_set_view;
pub use view::{reversed, TYPE_DICT_ITEMS, TYPE_DICT_KEYS, TYPE_DICT_VALUES};

/// `dict`.
pub static TYPE_DICT: TypeObject = TypeObject {
    repr: Some(dict_repr),
    compare: Some(dict_compare),
    len: Some(|d| Ok(len(d))),
    getitem: Some(dict_getitem),
    setitem: Some(|d, k, v| match set(d, k, v) {
        Ok(()) => none(),
        Err(()) => 0,
    }),
    contains: Some(|d, k| match lookup(d, k) {
        Ok(found) => bool_obj(found.is_some()),
        Err(()) => 0,
    }),
    iter: Some(|d| view::new_iter(d, view::Kind::Keys)),
    ..TypeObject::new("dict", Some(&TYPE_OBJECT))
};

/// The size of a dict object: where a subclass instance's attribute dict goes.
pub const OBJECT_SIZE: usize = core::mem::size_of::<DictObj>();

/// A dict object.
#[repr(C)]
struct DictObj {
    header: Header,
    /// Number of live entries (`len(d)`).
    used: usize,
    /// Entries filled so far, deleted ones included.
    nentries: usize,
    /// Insertions left before the table must grow. Entries ever placed plus `usable`
    /// never exceed two thirds of the index table, so a probe always meets an empty
    /// slot, even after deletions (CPython's `dk_usable`).
    usable: usize,
    /// Index table size - 1 (a power of two minus one); 0 while there is no table.
    mask: usize,
    /// `mask + 1` slots: [`EMPTY`], [`DUMMY`], or an entry position + [`FIRST_ENTRY`].
    indices: *mut usize,
    /// Two thirds of `mask + 1` entries; null while there is no table.
    entries: *mut Entry,
}

/// One key/value pair. A deleted entry has key 0 (never an object).
#[repr(C)]
#[derive(Clone, Copy)]
struct Entry {
    hash: isize,
    key: Obj,
    value: Obj,
}

/// An index slot never used: ends a probe. 0 so a fresh (zeroed) table is all empty.
const EMPTY: usize = 0;
/// An index slot whose entry was deleted: probes go on past it.
const DUMMY: usize = 1;
/// Index slot value of entry 0.
const FIRST_ENTRY: usize = 2;
/// Index table size of a dict's first table.
const MIN_SIZE: usize = 8;

#[inline]
fn as_dict<'a>(d: Obj) -> &'a mut DictObj {
    // SAFETY: only called on dicts; the runtime is single-threaded and no caller keeps
    // two of these references alive across a call that could take another.
    unsafe { &mut *(d as *mut DictObj) }
}

/// Number of items of dict `d`.
#[inline]
pub fn len(d: Obj) -> usize {
    as_dict(d).used
}

/// An empty dict with room for `n` items before it must grow.
pub fn with_capacity(n: usize) -> Obj {
    let d = alloc_obj(&TYPE_DICT, core::mem::size_of::<DictObj>());
    if d != 0 && n != 0 && resize(d, n).is_err() {
        return 0;
    }
    d
}

/// `(keys_and_values*, npairs)`: a new dict from alternating keys and values.
#[no_mangle]
pub extern "C" fn pyaot_build_dict(kv: *const Obj, npairs: usize) -> Obj {
    let d = with_capacity(npairs);
    if d == 0 {
        return 0;
    }
    for pair in tuple::word_slice(kv, npairs.saturating_mul(2)).chunks_exact(2) {
        if set(d, pair[0], pair[1]).is_err() {
            return 0;
        }
    }
    d
}

/// The live entry at position `i` of the entry array as (key, value), None if it was
/// deleted or `i` is past the end.
#[inline]
fn entry_at(d: Obj, i: usize) -> Option<(Obj, Obj)> {
    let o = as_dict(d);
    if i >= o.nentries {
        return None;
    }
    // SAFETY: positions below `nentries` are initialised entries.
    let e = unsafe { *o.entries.add(i) };
    if e.key == 0 {
        None
    } else {
        Some((e.key, e.value))
    }
}

/// Size of the entry array (live and deleted entries), for walking it.
#[inline]
fn nentries(d: Obj) -> usize {
    as_dict(d).nentries
}

/// Where a probe for a key ended.
struct Probe {
    /// The index slot holding the key, else the first free slot on its probe path.
    slot: usize,
    /// The key's entry position, if present.
    entry: Option<usize>,
}

/// Probes the index table for `key` (the table must exist).
#[inline]
fn probe(d: Obj, key: Obj, hash: isize) -> Result<Probe, ()> {
    let (mask, indices, entries) = {
        let o = as_dict(d);
        (o.mask, o.indices, o.entries)
    };
    let mut perturb = hash as usize;
    let mut i = perturb & mask;
    let mut free = None;
    loop {
        // SAFETY: `i <= mask` and the table has `mask + 1` slots.
        let ix = unsafe { *indices.add(i) };
        if ix == EMPTY {
            return Ok(Probe {
                slot: free.unwrap_or(i),
                entry: None,
            });
        }
        if ix == DUMMY {
            free.get_or_insert(i);
        } else {
            // SAFETY: index slots only name initialised entries.
            let e = unsafe { *entries.add(ix - FIRST_ENTRY) };
            // Identity first: interned and static str keys hit without a comparison.
            if e.key == key || (e.hash == hash && e.key != 0 && keys_equal(e.key, key)?) {
                return Ok(Probe {
                    slot: i,
                    entry: Some(ix - FIRST_ENTRY),
                });
            }
        }
        // CPython's probe sequence: every slot is visited, higher hash bits mix in.
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
    }
}

/// `hash(key)`, with the common key types (str, small int) answered inline.
#[inline]
fn key_hash(key: Obj) -> Result<isize, ()> {
    if is_small_int(key) {
        Ok(crate::int::hash_int(untag_int(key)))
    } else if crate::str::is_str(key) {
        Ok(crate::str::hash_of(key) as isize)
    } else {
        object::hash(key)
    }
}

/// `a == b` for two keys with equal hashes, strs compared inline.
#[inline]
fn keys_equal(a: Obj, b: Obj) -> Result<bool, ()> {
    if crate::str::is_str(a) && crate::str::is_str(b) {
        return Ok(crate::str::as_bytes(a) == crate::str::as_bytes(b));
    }
    object::eq(a, b)
}

/// The value for `key`, None if absent; Err if hashing or comparing raised.
pub fn lookup(d: Obj, key: Obj) -> Result<Option<Obj>, ()> {
    let hash = key_hash(key)?;
    if as_dict(d).indices.is_null() {
        return Ok(None);
    }
    let p = probe(d, key, hash)?;
    Ok(p.entry.map(|e| {
        // SAFETY: `e` is a live entry position.
        unsafe { (*as_dict(d).entries.add(e)).value }
    }))
}

/// `d[key] = value`.
pub fn set(d: Obj, key: Obj, value: Obj) -> Result<(), ()> {
    let hash = key_hash(key)?;
    set_hashed(d, key, hash, value)
}

fn set_hashed(d: Obj, key: Obj, hash: isize, value: Obj) -> Result<(), ()> {
    if as_dict(d).indices.is_null() {
        resize(d, 1)?;
    }
    let mut p = probe(d, key, hash)?;
    if let Some(e) = p.entry {
        // SAFETY: `e` is a live entry position.
        unsafe { (*as_dict(d).entries.add(e)).value = value };
        return Ok(());
    }
    if as_dict(d).usable == 0 {
        resize(d, as_dict(d).used + 1)?;
        p.slot = free_slot(d, hash);
    }
    let o = as_dict(d);
    // SAFETY: `usable > 0` leaves room at `nentries`; `slot` is a free index slot.
    unsafe {
        *o.entries.add(o.nentries) = Entry { hash, key, value };
        *o.indices.add(p.slot) = o.nentries + FIRST_ENTRY;
    }
    o.nentries += 1;
    o.used += 1;
    o.usable -= 1;
    Ok(())
}

/// The first empty slot on `hash`'s probe path (no key comparison: used right after a
/// resize, which leaves no deleted slots, to place an entry known to be absent).
fn free_slot(d: Obj, hash: isize) -> usize {
    let o = as_dict(d);
    let mut perturb = hash as usize;
    let mut i = perturb & o.mask;
    // SAFETY: `i <= mask`; the table always has empty slots, so the loop ends.
    while unsafe { *o.indices.add(i) } != EMPTY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & o.mask;
    }
    i
}

/// Rebuilds the table with room for at least `min_used` items (CPython grows to three
/// times the live count), dropping deleted entries.
fn resize(d: Obj, min_used: usize) -> Result<(), ()> {
    let want = min_used.saturating_mul(3).max(MIN_SIZE);
    let Some(size) = want.checked_next_power_of_two() else {
        exc::memory_error();
        return Err(());
    };
    let capacity = size.saturating_mul(2) / 3;
    let indices = alloc_array::<usize>(size)?;
    let entries = alloc_array::<Entry>(capacity)?;
    let o = as_dict(d);
    let mut n = 0;
    for i in 0..o.nentries {
        // SAFETY: positions below `nentries` are initialised entries.
        let e = unsafe { *o.entries.add(i) };
        if e.key != 0 {
            // SAFETY: the `used < capacity` live entries are copied.
            unsafe { *entries.add(n) = e };
            n += 1;
        }
    }
    o.indices = indices;
    o.entries = entries;
    o.mask = size - 1;
    o.usable = capacity - n;
    o.nentries = n;
    o.used = n;
    for i in 0..n {
        // SAFETY: `i < n`, all copied.
        let hash = unsafe { (*entries.add(i)).hash };
        let slot = free_slot(d, hash);
        // SAFETY: `slot` is within the table.
        unsafe { *indices.add(slot) = i + FIRST_ENTRY };
    }
    Ok(())
}

/// A zeroed heap array of `n` values of `T`; Err with MemoryError pending.
fn alloc_array<T>(n: usize) -> Result<*mut T, ()> {
    let p = match n.checked_mul(core::mem::size_of::<T>()) {
        Some(bytes) => crate::heap::alloc(bytes) as *mut T,
        None => core::ptr::null_mut(),
    };
    if p.is_null() {
        exc::memory_error();
        return Err(());
    }
    Ok(p)
}

/// Removes `key`, returning its value (None if absent).
pub fn remove(d: Obj, key: Obj) -> Result<Option<Obj>, ()> {
    let hash = key_hash(key)?;
    if as_dict(d).indices.is_null() {
        return Ok(None);
    }
    let p = probe(d, key, hash)?;
    Ok(p.entry.map(|e| delete_at(d, p.slot, e)))
}

/// Deletes entry `e`, whose index slot is `slot`; returns its value.
fn delete_at(d: Obj, slot: usize, e: usize) -> Obj {
    let o = as_dict(d);
    // SAFETY: `slot` and `e` name a live entry of this table.
    unsafe {
        let entry = &mut *o.entries.add(e);
        let value = entry.value;
        *entry = Entry {
            hash: 0,
            key: 0,
            value: 0,
        };
        *o.indices.add(slot) = DUMMY;
        o.used -= 1;
        value
    }
}

/// Calls `f(key, value)` for each item in order; the entry array is re-read at every
/// step, so `f` may change the dict.
fn for_each_entry(d: Obj, mut f: impl FnMut(Obj, Obj) -> Result<(), ()>) -> Result<(), ()> {
    let mut i = 0;
    while i < nentries(d) {
        if let Some((k, v)) = entry_at(d, i) {
            f(k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_repr(d: Obj) -> Obj {
    if len(d) == 0 {
        return crate::static_str!("{}");
    }
    tuple::repr_guarded(d, "{...}", || {
        let reprs = tuple::alloc(2 * len(d));
        if reprs == 0 {
            return 0;
        }
        let out = tuple::items_mut(reprs);
        let mut n = 0;
        let r = for_each_entry(d, |k, v| {
            for x in [k, v] {
                let r = object::repr(x);
                match out.get_mut(n) {
                    _ if r == 0 => return Err(()),
                    Some(slot) => *slot = r,
                    None => {}
                }
                n += 1;
            }
            Ok(())
        });
        if r.is_err() {
            return 0;
        }
        tuple::repr_pairs(reprs, "{", "}")
    })
}

fn dict_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !crate::object::is_instance(b, &TYPE_DICT) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return NOT_IMPLEMENTED;
    }
    match dicts_equal(a, b) {
        Ok(same) => bool_obj(same == (op == CmpOp::Eq)),
        Err(()) => 0,
    }
}

/// Same keys, each mapped to equal values.
fn dicts_equal(a: Obj, b: Obj) -> Result<bool, ()> {
    if len(a) != len(b) {
        return Ok(false);
    }
    let mut i = 0;
    while i < nentries(a) {
        if let Some((k, v)) = entry_at(a, i) {
            match lookup(b, k)? {
                Some(w) if object::eq(v, w)? => {}
                _ => return Ok(false),
            }
        }
        i += 1;
    }
    Ok(true)
}

fn dict_getitem(d: Obj, key: Obj) -> Obj {
    match lookup(d, key) {
        Ok(Some(v)) => v,
        Ok(None) => exc::key_error(key),
        Err(()) => 0,
    }
}

/// A shallow copy of `d`.
pub fn copy(d: Obj) -> Obj {
    let c = with_capacity(len(d));
    if c == 0 || update_from_dict(c, d).is_err() {
        return 0;
    }
    c
}

fn update_from_dict(d: Obj, other: Obj) -> Result<(), ()> {
    let mut i = 0;
    while i < nentries(other) {
        if let Some((k, v)) = entry_at(other, i) {
            // SAFETY: positions below `nentries` are initialised entries.
            let hash = unsafe { (*as_dict(other).entries.add(i)).hash };
            set_hashed(d, k, hash, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// `d.update(other)`: another dict, a mapping (an object with `keys()`: each key
/// and `other[key]`, as CPython's), or an iterable of key/value pairs.
pub fn update(d: Obj, other: Obj) -> Result<(), ()> {
    if crate::subclass::plain_dict(other) {
        return update_from_dict(d, other);
    }
    if other & 1 == 0 && maybe_mapping(type_of(other)) {
        let keys = crate::static_str!("keys");
        let method = crate::class::pyaot_getattr(other, keys);
        if method != 0 {
            let ks = crate::func::pyaot_call(method, core::ptr::null(), 0);
            if ks == 0 {
                return Err(());
            }
            return crate::func::for_each(ks, |k| {
                let v = crate::subscript::pyaot_getitem(other, k);
                if v == 0 {
                    return Err(());
                }
                set(d, k, v)
            });
        }
        exc::take();
    }
    let mut index = 0;
    crate::func::for_each(other, |elem| {
        let (k, v) = pair(elem, index)?;
        index += 1;
        set(d, k, v)
    })
}

/// Whether objects of `t` may be mappings other than dicts: classes defined in
/// Python, and types with extra slots (a module's namespace).
fn maybe_mapping(t: &crate::object::TypeObject) -> bool {
    t.is_heap_class() || t.ext.is_some()
}

/// `(dict, mapping)`: `{..., **mapping}`: a dict, or an object with `keys()`.
#[no_mangle]
pub extern "C" fn pyaot_dict_merge(d: Obj, other: Obj) -> Obj {
    let mapping = is_type(other, &TYPE_DICT)
        || (other & 1 == 0
            && maybe_mapping(type_of(other))
            && crate::class::pyaot_getattr(other, crate::static_str!("keys")) != 0);
    if !mapping {
        exc::take();
        return exc::type_error(format_args!(
            "'{}' object is not a mapping",
            type_of(other).name
        ));
    }
    match update(d, other) {
        Ok(()) => crate::object::none(),
        Err(()) => 0,
    }
}

/// The key and value of element `#index` of a `dict(...)`/`update` argument.
fn pair(elem: Obj, index: usize) -> Result<(Obj, Obj), ()> {
    let seq = if is_type(elem, &tuple::TYPE_TUPLE) || is_type(elem, &list::TYPE_LIST) {
        elem
    } else if type_of(elem).iter.is_none() {
        exc::type_error(format_args!(
            "cannot convert dictionary update sequence element #{} to a sequence",
            index
        ));
        return Err(());
    } else {
        match list::from_iter(elem) {
            0 => return Err(()),
            l => l,
        }
    };
    let items = if is_type(seq, &tuple::TYPE_TUPLE) {
        tuple::items(seq)
    } else {
        list::items(seq)
    };
    match *items {
        [k, v] => Ok((k, v)),
        _ => {
            exc::value_error(format_args!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                index,
                items.len()
            ));
            Err(())
        }
    }
}

/// `dict(*args)`: no argument, a dict, or an iterable of pairs.
pub fn from_args(args: &[Obj]) -> Obj {
    match args {
        [] => with_capacity(0),
        [other] => {
            let d = with_capacity(0);
            if d == 0 || update(d, *other).is_err() {
                return 0;
            }
            d
        }
        _ => exc::type_error(format_args!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )),
    }
}

/// TypeError "get expected at least 1 argument, got 0" (and "at most").
pub(crate) fn arity_error(name: &str, given: usize) -> Obj {
    if given == 0 {
        exc::type_error(format_args!("{} expected at least 1 argument, got 0", name))
    } else {
        exc::type_error(format_args!(
            "{} expected at most 2 arguments, got {}",
            name, given
        ))
    }
}

/// Dict methods for `pyaot_call_method`; None if `name` is not one.
pub fn method(d: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let no_args = |qualname: &str, f: &dyn Fn() -> Obj| match args {
        [] => f(),
        _ => tuple::no_args_error(qualname, args.len()),
    };
    Some(match name {
        "get" => match *args {
            [k] | [k, _] => match lookup(d, k) {
                Ok(v) => v.unwrap_or(args.get(1).copied().unwrap_or_else(none)),
                Err(()) => 0,
            },
            _ => arity_error("get", args.len()),
        },
        "keys" => no_args("dict.keys", &|| view::new_view(d, view::Kind::Keys)),
        "values" => no_args("dict.values", &|| view::new_view(d, view::Kind::Values)),
        "items" => no_args("dict.items", &|| view::new_view(d, view::Kind::Items)),
        "pop" => match *args {
            [k] | [k, _] => match remove(d, k) {
                Ok(Some(v)) => v,
                Ok(None) => match args.get(1) {
                    Some(&default) => default,
                    None => exc::key_error(k),
                },
                Err(()) => 0,
            },
            _ => arity_error("pop", args.len()),
        },
        "popitem" => no_args("dict.popitem", &|| popitem(d)),
        "setdefault" => match *args {
            [k] | [k, _] => {
                let default = args.get(1).copied().unwrap_or_else(none);
                match lookup(d, k) {
                    Ok(Some(v)) => v,
                    Ok(None) => match set(d, k, default) {
                        Ok(()) => default,
                        Err(()) => 0,
                    },
                    Err(()) => 0,
                }
            }
            _ => arity_error("setdefault", args.len()),
        },
        "update" => match *args {
            [] => none(),
            [other] => match update(d, other) {
                Ok(()) => none(),
                Err(()) => 0,
            },
            _ => exc::type_error(format_args!(
                "update expected at most 1 argument, got {}",
                args.len()
            )),
        },
        "clear" => no_args("dict.clear", &|| {
            let o = as_dict(d);
            o.used = 0;
            o.nentries = 0;
            o.usable = 0;
            o.mask = 0;
            o.indices = core::ptr::null_mut();
            o.entries = core::ptr::null_mut();
            none()
        }),
        "copy" => no_args("dict.copy", &|| copy(d)),
        "fromkeys" => merge::fromkeys(args),
        _ => return None,
    })
}

/// `d.popitem()`: removes and returns the last item as a `(key, value)` tuple.
fn popitem(d: Obj) -> Obj {
    let mut i = nentries(d);
    while i > 0 {
        i -= 1;
        if let Some((k, v)) = entry_at(d, i) {
            let t = tuple::from_slice(&[k, v]);
            if t == 0 {
                return 0;
            }
            // SAFETY: `i` is a live entry position; its hash leads to its slot.
            let hash = unsafe { (*as_dict(d).entries.add(i)).hash };
            let slot = slot_of(d, hash, i);
            delete_at(d, slot, i);
            // Later entries are all deleted: the next popitem need not scan them.
            // Their index slots stay DUMMY and `usable` does not grow back, which keeps
            // the table's empty slots.
            as_dict(d).nentries = i;
            return t;
        }
    }
    exc::key_error(crate::static_str!("popitem(): dictionary is empty"))
}

/// The index slot naming entry `e` (which has hash `hash`).
fn slot_of(d: Obj, hash: isize, e: usize) -> usize {
    let o = as_dict(d);
    let mut perturb = hash as usize;
    let mut i = perturb & o.mask;
    // SAFETY: `i <= mask`; entry `e` is in the table, so the probe finds it.
    while unsafe { *o.indices.add(i) } != e + FIRST_ENTRY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & o.mask;
    }
    i
}

const _: () = assert!(core::mem::size_of::<Entry>() == 3 * WORD);
