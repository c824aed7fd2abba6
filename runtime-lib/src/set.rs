//! `set` and `frozenset`: a port of CPython 3.11's set table (open addressing, linear
//! probes then perturbed jumps, the same resize rules), so iteration order — which
//! programs print — matches CPython's for the same hashes.

use crate::exc;
use crate::func::{pyaot_iter, pyaot_iter_next};
use crate::object::{
    self, alloc_obj, bool_obj, is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT, WORD,
};
use crate::{list, str as pystr, tuple};
use pyaot_abi::{CmpOp, ITER_DONE};

/// `set`.
pub static TYPE_SET: TypeObject = set_type("set", false);
/// `frozenset`.
pub static TYPE_FROZENSET: TypeObject = set_type("frozenset", true);
/// The iterator over a set.
pub static TYPE_SET_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(iter_next),
    ..TypeObject::new("set_iterator", Some(&TYPE_OBJECT))
};

const fn set_type(name: &'static str, frozen: bool) -> TypeObject {
    TypeObject {
        repr: Some(set_repr),
        hash: if frozen { Some(frozenset_hash) } else { None },
        compare: Some(set_compare),
        len: Some(|s| Ok(set(s).used)),
        contains: Some(set_contains),
        iter: Some(new_iter),
        methods: Some(if frozen {
            &crate::methods::FROZENSET_METHODS
        } else {
            &crate::methods::SET_METHODS
        }),
        ..TypeObject::new(name, Some(&TYPE_OBJECT))
    }
}

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// The hash a dummy (deleted) slot carries.
const DUMMY_HASH: isize = -1;

/// One slot: an empty one has key 0 and hash 0; a dummy key 0 and hash -1.
#[derive(Clone, Copy)]
#[repr(C)]
struct Entry {
    key: Obj,
    hash: isize,
}

/// `[type][fill][used][mask][finger][table*]`.
#[repr(C)]
struct SetObj {
    header: Header,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    mask: usize,
    /// Where `pop` looks next.
    finger: usize,
    table: *mut Entry,
}

fn set<'a>(s: Obj) -> &'a mut SetObj {
    // SAFETY: only called on sets and frozensets; single-threaded.
    unsafe { &mut *(s as *mut SetObj) }
}

fn table<'a>(s: Obj) -> &'a mut [Entry] {
    let so = set(s);
    // SAFETY: `table` holds mask + 1 entries.
    unsafe { core::slice::from_raw_parts_mut(so.table, so.mask + 1) }
}

fn new_table(size: usize) -> *mut Entry {
    let p = crate::heap::alloc(size * core::mem::size_of::<Entry>()) as *mut Entry;
    if p.is_null() {
        exc::memory_error();
    }
    p
}

/// Whether `o` is a set or frozenset.
pub fn is_anyset(o: Obj) -> bool {
    o & 1 == 0 && (is_type(o, &TYPE_SET) || is_type(o, &TYPE_FROZENSET))
}

/// A new empty set (or frozenset) of type `ty`.
pub(crate) fn new_empty(ty: &'static TypeObject) -> Obj {
    let s = alloc_obj(ty, core::mem::size_of::<SetObj>());
    if s == 0 {
        return 0;
    }
    let t = new_table(MINSIZE);
    if t.is_null() {
        return 0;
    }
    let so = set(s);
    so.mask = MINSIZE - 1;
    so.table = t;
    s
}

/// Active (key, hash) pairs in table order, read from the live table (callers never
/// resize the set they walk).
fn entries(s: Obj) -> impl Iterator<Item = (Obj, isize)> {
    let mut i = 0;
    core::iter::from_fn(move || {
        while i <= set(s).mask {
            let e = table(s)[i];
            i += 1;
            if e.key != 0 {
                return Some((e.key, e.hash));
            }
        }
        None
    })
}

fn hash_of(key: Obj) -> Result<isize, ()> {
    object::hash(key)
}

/// Finds `key` (hash `hash`): `Ok(Some(slot))` when present.
fn find(s: Obj, key: Obj, hash: isize) -> Result<Option<usize>, ()> {
    let mask = set(s).mask;
    // Probing uses the 64-bit hash on every target, as 64-bit CPython does, so the
    // iteration order is the same on Thumb.
    let mut perturb = hash as i64 as u64;
    let mut i = (perturb as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            let e = table(s)[i + j];
            if e.key == 0 && e.hash == 0 {
                return Ok(None);
            }
            if e.hash == hash && e.key != 0 && (e.key == key || object::eq(e.key, key)?) {
                return Ok(Some(i + j));
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

/// Adds `key` (CPython's set_add_entry); Ok(true) when it was new.
fn add_entry(s: Obj, key: Obj, hash: isize) -> Result<bool, ()> {
    let mask = set(s).mask;
    // Probing uses the 64-bit hash on every target, as 64-bit CPython does, so the
    // iteration order is the same on Thumb.
    let mut perturb = hash as i64 as u64;
    let mut i = (perturb as usize) & mask;
    let mut freeslot: Option<usize> = None;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in 0..=probes {
            let k = i + j;
            let e = table(s)[k];
            if e.key == 0 && e.hash == 0 {
                let slot = match freeslot {
                    Some(f) => f,
                    None => {
                        set(s).fill += 1;
                        k
                    }
                };
                table(s)[slot] = Entry { key, hash };
                set(s).used += 1;
                if freeslot.is_none() && set(s).fill * 5 >= mask * 3 {
                    let used = set(s).used;
                    resize(s, if used > 50000 { used * 2 } else { used * 4 })?;
                }
                return Ok(true);
            }
            if e.hash == hash && e.key != 0 && (e.key == key || object::eq(e.key, key)?) {
                return Ok(false);
            }
            if e.hash == DUMMY_HASH && e.key == 0 && freeslot.is_none() {
                freeslot = Some(k);
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

/// Inserts into a table known to have no dummies and no equal key.
fn insert_clean(t: &mut [Entry], mask: usize, key: Obj, hash: isize) {
    // Probing uses the 64-bit hash on every target, as 64-bit CPython does, so the
    // iteration order is the same on Thumb.
    let mut perturb = hash as i64 as u64;
    let mut i = (perturb as usize) & mask;
    loop {
        if t[i].key == 0 {
            t[i] = Entry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if t[i + j].key == 0 {
                    t[i + j] = Entry { key, hash };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

/// CPython's set_table_resize: the smallest power of two above `minused`.
fn resize(s: Obj, minused: usize) -> Result<(), ()> {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    let t = new_table(size);
    if t.is_null() {
        return Err(());
    }
    // SAFETY: a fresh zeroed table of `size` entries.
    let newt = unsafe { core::slice::from_raw_parts_mut(t, size) };
    for e in table(s).iter() {
        if e.key != 0 {
            insert_clean(newt, size - 1, e.key, e.hash);
        }
    }
    let so = set(s);
    so.table = t;
    so.mask = size - 1;
    so.fill = so.used;
    Ok(())
}

/// Adds an object (hashing it first).
pub fn add(s: Obj, key: Obj) -> Result<(), ()> {
    let h = hash_of(key)?;
    add_entry(s, key, h).map(|_| ())
}

/// Removes `key`; Ok(true) when it was present.
fn discard(s: Obj, key: Obj) -> Result<bool, ()> {
    let h = hash_of(key)?;
    match find(s, key, h)? {
        Some(slot) => {
            table(s)[slot] = Entry {
                key: 0,
                hash: DUMMY_HASH,
            };
            set(s).used -= 1;
            Ok(true)
        }
        None => Ok(false),
    }
}

fn contains(s: Obj, key: Obj) -> Result<bool, ()> {
    let h = match hash_of(key) {
        Ok(h) => h,
        // `[] in s` is False in CPython only for unhashable... no: it raises TypeError.
        Err(()) => return Err(()),
    };
    Ok(find(s, key, h)?.is_some())
}

/// CPython's set_merge: adds every element of set `other` to `s`.
fn merge(s: Obj, other: Obj) -> Result<(), ()> {
    let (ou, ofill, omask) = (set(other).used, set(other).fill, set(other).mask);
    if ou == 0 || s == other {
        return Ok(());
    }
    if (set(s).fill + ou) * 5 >= set(s).mask * 3 {
        resize(s, (set(s).used + ou) * 2)?;
    }
    let so = set(s);
    if so.fill == 0 && so.mask == omask && ofill == ou {
        // Empty target of the same size, no dummies in the source: copy the slots.
        table(s).copy_from_slice(table(other));
        let so = set(s);
        so.fill = ou;
        so.used = ou;
        return Ok(());
    }
    if so.fill == 0 {
        let mask = so.mask;
        for (k, h) in entries(other) {
            insert_clean(table(s), mask, k, h);
        }
        let so = set(s);
        so.fill = ou;
        so.used = ou;
        return Ok(());
    }
    for (k, h) in entries(other) {
        add_entry(s, k, h)?;
    }
    Ok(())
}

/// Adds everything an iterable yields.
pub fn update(s: Obj, iterable: Obj) -> Result<(), ()> {
    if is_anyset(iterable) {
        return merge(s, iterable);
    }
    if is_type(iterable, &crate::dict::TYPE_DICT)
        && crate::dict::len(iterable) * 5 >= set(s).mask * 3
    {
        resize(s, (set(s).used + crate::dict::len(iterable)) * 2)?;
    }
    let it = pyaot_iter(iterable);
    if it == 0 {
        return Err(());
    }
    loop {
        match pyaot_iter_next(it) {
            0 => return Err(()),
            ITER_DONE => return Ok(()),
            v => add(s, v)?,
        }
    }
}

/// A new set (or frozenset) of an iterable's elements; `iterable` 0 for empty.
pub fn from_iterable(ty: &'static TypeObject, iterable: Obj) -> Obj {
    let s = new_empty(ty);
    if s == 0 || (iterable != 0 && update(s, iterable).is_err()) {
        return 0;
    }
    s
}

fn copy_of(ty: &'static TypeObject, s: Obj) -> Obj {
    from_iterable(ty, s)
}

/// `(items*, n)`: a set display `{a, b, c}`.
#[no_mangle]
pub extern "C" fn pyaot_build_set(items: *const Obj, n: usize) -> Obj {
    let s = new_empty(&TYPE_SET);
    if s == 0 {
        return 0;
    }
    for &x in tuple::word_slice(items, n) {
        if add(s, x).is_err() {
            return 0;
        }
    }
    s
}

/// `(set, item)`: `set.add(item)` for set comprehensions; returns None.
#[no_mangle]
pub extern "C" fn pyaot_set_add(s: Obj, item: Obj) -> Obj {
    match add(s, item) {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

fn set_repr(s: Obj) -> Obj {
    let frozen = is_type(s, &TYPE_FROZENSET);
    let name = type_of(s).name;
    if set(s).used == 0 {
        return pystr::format(format_args!("{}()", name));
    }
    let recursive = if frozen { "frozenset(...)" } else { "set(...)" };
    crate::tuple::repr_guarded(s, recursive, || {
        let parts = list::with_capacity(set(s).used);
        if parts == 0 {
            return 0;
        }
        for (k, _) in entries(s) {
            let r = object::repr(k);
            if r == 0 || list::push(parts, r).is_err() {
                return 0;
            }
        }
        let body = pystr::build(|w| {
            for (i, &p) in list::items(parts).iter().enumerate() {
                if i > 0 {
                    w.write_str(", ")?;
                }
                w.write_str(pystr::as_str(p))?;
            }
            Ok(())
        });
        if body == 0 {
            return 0;
        }
        if frozen {
            pystr::format(format_args!("frozenset({{{}}})", pystr::as_str(body)))
        } else {
            pystr::format(format_args!("{{{}}}", pystr::as_str(body)))
        }
    })
}

fn set_contains(s: Obj, x: Obj) -> Obj {
    match contains(s, x) {
        Ok(b) => bool_obj(b),
        Err(()) => 0,
    }
}

/// Whether every element of `a` is in `b`.
fn subset(a: Obj, b: Obj) -> Result<bool, ()> {
    if set(a).used > set(b).used {
        return Ok(false);
    }
    for (k, h) in entries(a) {
        if find(b, k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !is_anyset(b) {
        return object::NOT_IMPLEMENTED;
    }
    let (la, lb) = (set(a).used, set(b).used);
    let r = match op {
        CmpOp::Eq => la == lb && subset(a, b).unwrap_or(false),
        CmpOp::Ne => !(la == lb && subset(a, b).unwrap_or(false)),
        CmpOp::Le => subset(a, b).unwrap_or(false),
        CmpOp::Lt => la < lb && subset(a, b).unwrap_or(false),
        CmpOp::Ge => subset(b, a).unwrap_or(false),
        CmpOp::Gt => la > lb && subset(b, a).unwrap_or(false),
    };
    if exc::pending() != 0 {
        return 0;
    }
    bool_obj(r)
}

/// CPython's frozenset hash.
fn frozenset_hash(s: Obj) -> Result<isize, ()> {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for e in table(s).iter() {
        if e.key != 0 {
            hash ^= shuffle(e.hash as i64 as u64);
        }
    }
    let so = set(s);
    if (so.mask + 1 - so.fill) & 1 == 1 {
        hash ^= shuffle(0);
    }
    if (so.fill - so.used) & 1 == 1 {
        hash ^= shuffle(u64::MAX);
    }
    hash ^= (so.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    Ok(hash as i64 as isize)
}

// ---- iteration ----

#[repr(C)]
struct SetIter {
    header: Header,
    set: Obj,
    pos: usize,
    used: usize,
}

fn new_iter(s: Obj) -> Obj {
    let it = alloc_obj(&TYPE_SET_ITERATOR, core::mem::size_of::<SetIter>());
    if it != 0 {
        // SAFETY: fresh object.
        let io = unsafe { &mut *(it as *mut SetIter) };
        io.set = s;
        io.used = set(s).used;
    }
    it
}

fn iter_next(it: Obj) -> Obj {
    // SAFETY: set iterators.
    let io = unsafe { &mut *(it as *mut SetIter) };
    if set(io.set).used != io.used {
        return exc::runtime_error(format_args!("Set changed size during iteration"));
    }
    let t = table(io.set);
    while io.pos < t.len() {
        let e = t[io.pos];
        io.pos += 1;
        if e.key != 0 {
            return e.key;
        }
    }
    ITER_DONE
}

// ---- operators and methods ----

/// The result type of a binary set operation: the left operand's.
fn result_type(a: Obj) -> &'static TypeObject {
    if is_type(a, &TYPE_FROZENSET) {
        &TYPE_FROZENSET
    } else {
        &TYPE_SET
    }
}

fn union(a: Obj, b: Obj) -> Obj {
    let r = copy_of(result_type(a), a);
    if r == 0 || update(r, b).is_err() {
        return 0;
    }
    r
}

/// CPython's set_intersection: walks the smaller operand.
fn intersection(a: Obj, b: Obj) -> Obj {
    let r = new_empty(result_type(a));
    if r == 0 {
        return 0;
    }
    if is_anyset(b) {
        let (small, large) = if set(b).used > set(a).used {
            (a, b)
        } else {
            (b, a)
        };
        for (k, h) in entries(small) {
            match find(large, k, h) {
                Ok(Some(_)) => {
                    if add_entry(r, k, h).is_err() {
                        return 0;
                    }
                }
                Ok(None) => {}
                Err(()) => return 0,
            }
        }
        return r;
    }
    let it = pyaot_iter(b);
    if it == 0 {
        return 0;
    }
    loop {
        match pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE => return r,
            v => match contains(a, v) {
                Ok(true) => {
                    if add(r, v).is_err() {
                        return 0;
                    }
                }
                Ok(false) => {}
                Err(()) => return 0,
            },
        }
    }
}

/// CPython's set_difference.
fn difference(a: Obj, b: Obj) -> Obj {
    let r = new_empty(result_type(a));
    if r == 0 {
        return 0;
    }
    let other = if is_anyset(b) {
        b
    } else {
        from_iterable(&TYPE_SET, b)
    };
    if other == 0 {
        return 0;
    }
    for (k, h) in entries(a) {
        match find(other, k, h) {
            Ok(None) => {
                if add_entry(r, k, h).is_err() {
                    return 0;
                }
            }
            Ok(Some(_)) => {}
            Err(()) => return 0,
        }
    }
    r
}

fn symmetric_difference(a: Obj, b: Obj) -> Obj {
    let r = copy_of(result_type(a), a);
    if r == 0 || symmetric_update(r, b).is_err() {
        return 0;
    }
    r
}

fn symmetric_update(s: Obj, b: Obj) -> Result<(), ()> {
    if s == b {
        return replace_with(s, new_empty(&TYPE_SET));
    }
    let other = if is_anyset(b) {
        b
    } else {
        from_iterable(&TYPE_SET, b)
    };
    if other == 0 {
        return Err(());
    }
    for (k, h) in entries(other) {
        match find(s, k, h)? {
            Some(slot) => {
                table(s)[slot] = Entry {
                    key: 0,
                    hash: DUMMY_HASH,
                };
                set(s).used -= 1;
            }
            None => {
                add_entry(s, k, h)?;
            }
        }
    }
    Ok(())
}

/// `a op b` for sets: `| & - ^`; None when an operand is not a set.
pub fn binop(a: Obj, b: Obj, op: &str) -> Option<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return None;
    }
    Some(match op {
        "|" => union(a, b),
        "&" => intersection(a, b),
        "-" => difference(a, b),
        _ => symmetric_difference(a, b),
    })
}

/// `a op= b` for a mutable set: updates `a` in place; None when not applicable.
pub fn inplace(a: Obj, b: Obj, op: &str) -> Option<Obj> {
    if !(a & 1 == 0 && is_type(a, &TYPE_SET) && is_anyset(b)) {
        return None;
    }
    let r = match op {
        "|" => update(a, b),
        "&" => replace_with(a, intersection(a, b)),
        "-" => replace_with(a, difference(a, b)),
        _ => symmetric_update(a, b),
    };
    Some(match r {
        Ok(()) => a,
        Err(()) => 0,
    })
}

/// Makes `s` hold exactly the elements of `other` (a fresh set).
fn replace_with(s: Obj, other: Obj) -> Result<(), ()> {
    if other == 0 {
        return Err(());
    }
    let (o, d) = (set(other), set(s));
    d.fill = o.fill;
    d.used = o.used;
    d.mask = o.mask;
    d.table = o.table;
    d.finger = 0;
    Ok(())
}

fn arg_sets(args: &[Obj], f: impl Fn(Obj, Obj) -> Obj, start: Obj) -> Obj {
    let mut r = start;
    for &b in args {
        if r == 0 {
            return 0;
        }
        r = f(r, b);
    }
    r
}

/// Methods of sets and frozensets: None when `name` is not one.
pub fn method(s: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let mutable = is_type(s, &TYPE_SET);
    let ty = result_type(s);
    let none_or = |r: Result<(), ()>| if r.is_ok() { none() } else { 0 };
    let one = |what: &str| -> Result<Obj, Obj> {
        match args {
            [x] => Ok(*x),
            _ => Err(exc::type_error(format_args!(
                "{what} takes exactly one argument ({} given)",
                args.len()
            ))),
        }
    };
    Some(match (name, mutable) {
        ("add", true) => match one("set.add()") {
            Ok(x) => none_or(add(s, x)),
            Err(e) => e,
        },
        ("remove", true) => match one("set.remove()") {
            Ok(x) => match discard(s, x) {
                Ok(true) => none(),
                Ok(false) => exc::key_error(x),
                Err(()) => 0,
            },
            Err(e) => e,
        },
        ("discard", true) => match one("set.discard()") {
            Ok(x) => none_or(discard(s, x).map(|_| ())),
            Err(e) => e,
        },
        ("pop", true) => pop(s),
        ("clear", true) => none_or(replace_with(s, new_empty(&TYPE_SET))),
        ("update", true) => none_or(args.iter().try_for_each(|&b| update(s, b))),
        ("intersection_update", true) => {
            let r = arg_sets(args, intersection_any, copy_of(&TYPE_SET, s));
            none_or(replace_with(s, r))
        }
        ("difference_update", true) => {
            let r = arg_sets(args, difference, copy_of(&TYPE_SET, s));
            none_or(replace_with(s, r))
        }
        ("symmetric_difference_update", true) => match one("set.symmetric_difference_update()") {
            Ok(b) => none_or(symmetric_update(s, b)),
            Err(e) => e,
        },
        ("copy", _) => copy_of(ty, s),
        ("union", _) => arg_sets(
            args,
            |a, b| {
                let r = copy_of(result_type(a), a);
                if r == 0 || update(r, b).is_err() {
                    0
                } else {
                    r
                }
            },
            copy_of(ty, s),
        ),
        ("intersection", _) => arg_sets(args, intersection_any, copy_of(ty, s)),
        ("difference", _) => arg_sets(args, difference, copy_of(ty, s)),
        ("symmetric_difference", _) => match one("symmetric_difference()") {
            Ok(b) => symmetric_difference(s, b),
            Err(e) => e,
        },
        ("issubset", _) | ("issuperset", _) | ("isdisjoint", _) => match one(name) {
            Ok(b) => {
                let other = if is_anyset(b) {
                    b
                } else {
                    from_iterable(&TYPE_SET, b)
                };
                if other == 0 {
                    return Some(0);
                }
                let r = match name {
                    "issubset" => subset(s, other),
                    "issuperset" => subset(other, s),
                    _ => disjoint(s, other),
                };
                match r {
                    Ok(b) => bool_obj(b),
                    Err(()) => 0,
                }
            }
            Err(e) => e,
        },
        _ => return None,
    })
}

/// Whether two sets share no element (walking the smaller).
fn disjoint(a: Obj, b: Obj) -> Result<bool, ()> {
    let (small, large) = if set(a).used <= set(b).used {
        (a, b)
    } else {
        (b, a)
    };
    for (k, h) in entries(small) {
        if find(large, k, h)?.is_some() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Intersection with any iterable (sets walk the smaller side).
fn intersection_any(a: Obj, b: Obj) -> Obj {
    intersection(a, b)
}

/// CPython's set_pop: the next active slot from the finger.
fn pop(s: Obj) -> Obj {
    if set(s).used == 0 {
        let msg = pystr::from_str("pop from an empty set");
        return if msg == 0 { 0 } else { exc::key_error(msg) };
    }
    let mask = set(s).mask;
    let mut i = set(s).finger & mask;
    while table(s)[i].key == 0 {
        i = (i + 1) & mask;
    }
    let key = table(s)[i].key;
    table(s)[i] = Entry {
        key: 0,
        hash: DUMMY_HASH,
    };
    let so = set(s);
    so.used -= 1;
    so.finger = i + 1;
    key
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn construct(ty: &'static TypeObject, args: &[Obj]) -> Obj {
    match args {
        [] => new_empty(ty),
        [x] => {
            if core::ptr::eq(ty, &TYPE_FROZENSET) && is_type(*x, &TYPE_FROZENSET) {
                return *x;
            }
            from_iterable(ty, *x)
        }
        _ => exc::type_error(format_args!(
            "{} expected at most 1 argument, got {}",
            ty.name,
            args.len()
        )),
    }
}

const _: () = assert!(core::mem::size_of::<Entry>() == 2 * WORD);
