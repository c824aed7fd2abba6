//! `list`: `[type][len][cap][items*]`, the items in a separately allocated array that
//! grows by doubling (a bigger array is allocated and the items copied; the collector
//! reclaims the old one). Methods and the sort live here too.

use crate::exc;
use crate::object::{
    self, alloc_obj, bool_obj, is_type, none, Header, Obj, TypeObject, NOT_IMPLEMENTED,
    TYPE_OBJECT, WORD,
};
use crate::tuple;
use pyaot_abi::{is_small_int, CmpOp};

/// `list`.
pub static TYPE_LIST: TypeObject = TypeObject {
    repr: Some(list_repr),
    compare: Some(list_compare),
    len: Some(|l| Ok(len(l))),
    getitem: Some(list_getitem),
    setitem: Some(list_setitem),
    contains: Some(list_contains),
    iter: Some(|l| tuple::new_seq_iter(&TYPE_LIST_ITERATOR, l)),
    ..TypeObject::new("list", Some(&TYPE_OBJECT))
};

/// The iterator `iter(list)` returns. It re-reads the list's length at every step, so
/// a loop sees items appended while it runs, as in CPython.
pub static TYPE_LIST_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(|it| tuple::seq_iter_next(it, get)),
    ..TypeObject::new("list_iterator", Some(&TYPE_OBJECT))
};

/// The size of a list object: where a subclass instance's attribute dict goes.
pub const OBJECT_SIZE: usize = core::mem::size_of::<ListObj>();

/// A list object.
#[repr(C)]
struct ListObj {
    header: Header,
    len: usize,
    cap: usize,
    /// `cap` slots, the first `len` of them items; null while `cap` is 0.
    items: *mut Obj,
}

#[inline]
fn as_list<'a>(l: Obj) -> &'a mut ListObj {
    // SAFETY: only called on lists; the runtime is single-threaded and no caller keeps
    // two of these references alive across a call that could take another.
    unsafe { &mut *(l as *mut ListObj) }
}

/// An array of `n` words from the heap; null with MemoryError pending when exhausted.
fn alloc_words(n: usize) -> *mut Obj {
    let p = match n.checked_mul(WORD) {
        Some(bytes) => crate::heap::alloc(bytes) as *mut Obj,
        None => core::ptr::null_mut(),
    };
    if p.is_null() {
        exc::memory_error();
    }
    p
}

/// An empty list with room for `cap` items.
pub fn with_capacity(cap: usize) -> Obj {
    let items = if cap == 0 {
        core::ptr::null_mut()
    } else {
        alloc_words(cap)
    };
    if cap != 0 && items.is_null() {
        return 0;
    }
    let l = alloc_obj(&TYPE_LIST, core::mem::size_of::<ListObj>());
    if l != 0 {
        let lo = as_list(l);
        lo.cap = cap;
        lo.items = items;
    }
    l
}

/// A new list holding a copy of `items`.
pub fn from_slice(items: &[Obj]) -> Obj {
    let l = with_capacity(items.len());
    if l != 0 && !items.is_empty() {
        let lo = as_list(l);
        // SAFETY: the array has room for `items.len()` words and is fresh.
        unsafe { core::ptr::copy_nonoverlapping(items.as_ptr(), lo.items, items.len()) };
        lo.len = items.len();
    }
    l
}

/// `(items*, n)`: a new list.
#[no_mangle]
pub extern "C" fn pyaot_build_list(items: *const Obj, n: usize) -> Obj {
    from_slice(tuple::word_slice(items, n))
}

/// Number of items of list `l`.
#[inline]
pub fn len(l: Obj) -> usize {
    as_list(l).len
}

/// Sets item `i` (< len) of list `l`.
pub fn set_item(l: Obj, i: usize, v: Obj) {
    items_mut(l)[i] = v;
}

/// Shortens list `l` to `n` items (no-op when it has fewer); the dropped slots are
/// cleared so that they keep nothing alive.
pub fn truncate(l: Obj, n: usize) {
    let lo = as_list(l);
    while lo.len > n {
        lo.len -= 1;
        // SAFETY: slot `len` was an item.
        unsafe { *lo.items.add(lo.len) = 0 };
    }
}

/// The items of list `l`: valid until the list is next changed, so do not hold the
/// slice across anything that could run Python code or grow the list.
#[inline]
pub fn items<'a>(l: Obj) -> &'a [Obj] {
    let lo = as_list(l);
    if lo.len == 0 {
        return &[];
    }
    // SAFETY: the first `len` slots of the array are items.
    unsafe { core::slice::from_raw_parts(lo.items, lo.len) }
}

fn items_mut<'a>(l: Obj) -> &'a mut [Obj] {
    let lo = as_list(l);
    if lo.len == 0 {
        return &mut [];
    }
    // SAFETY: as `items`.
    unsafe { core::slice::from_raw_parts_mut(lo.items, lo.len) }
}

/// Item `i` of list `l`, None past the end.
#[inline]
pub fn get(l: Obj, i: usize) -> Option<Obj> {
    items(l).get(i).copied()
}

/// Makes room for `extra` more items; Err with MemoryError pending when it cannot.
fn reserve(l: Obj, extra: usize) -> Result<(), ()> {
    let lo = as_list(l);
    let Some(need) = lo.len.checked_add(extra) else {
        exc::memory_error();
        return Err(());
    };
    if need <= lo.cap {
        return Ok(());
    }
    let cap = need.max(lo.cap.saturating_mul(2)).max(4);
    let items = alloc_words(cap);
    if items.is_null() {
        return Err(());
    }
    if lo.len != 0 {
        // SAFETY: both arrays hold at least `len` words and are distinct.
        unsafe { core::ptr::copy_nonoverlapping(lo.items, items, lo.len) };
    }
    lo.items = items;
    lo.cap = cap;
    Ok(())
}

/// `l.append(v)`; Err with MemoryError pending when the list cannot grow.
#[inline]
pub fn push(l: Obj, v: Obj) -> Result<(), ()> {
    let lo = as_list(l);
    if lo.len == lo.cap {
        reserve(l, 1)?;
    }
    let lo = as_list(l);
    // SAFETY: `len < cap` after `reserve`.
    unsafe { *lo.items.add(lo.len) = v };
    lo.len += 1;
    Ok(())
}

/// Appends copies of `src` (which may alias the list's own items).
fn push_slice_of(l: Obj, src: Obj, src_items: fn(Obj) -> &'static [Obj]) -> Result<(), ()> {
    let n = src_items(src).len();
    reserve(l, n)?;
    // Read the source only after growing: it may be `l` itself.
    let from = src_items(src);
    let lo = as_list(l);
    // SAFETY: `reserve` made room for `n` more words; `copy` handles overlap.
    unsafe { core::ptr::copy(from.as_ptr(), lo.items.add(lo.len), from.len()) };
    lo.len += from.len();
    Ok(())
}

/// Replaces all of `l`'s items with `new_items` (slice assignment and deletion build
/// the new contents first, which may read from `l` itself).
pub fn replace_contents(l: Obj, new_items: &[Obj]) -> Result<(), ()> {
    let n = new_items.len();
    let items = if n == 0 {
        core::ptr::null_mut()
    } else {
        alloc_words(n)
    };
    if n != 0 && items.is_null() {
        return Err(());
    }
    if n != 0 {
        // SAFETY: a fresh array of n words.
        unsafe { core::ptr::copy_nonoverlapping(new_items.as_ptr(), items, n) };
    }
    let lo = as_list(l);
    lo.items = items;
    lo.len = n;
    lo.cap = n;
    Ok(())
}

/// `l.extend(iterable)`.
pub fn extend(l: Obj, iterable: Obj) -> Result<(), ()> {
    if is_type(iterable, &TYPE_LIST) {
        push_slice_of(l, iterable, items)
    } else if is_type(iterable, &tuple::TYPE_TUPLE) {
        push_slice_of(l, iterable, tuple::items)
    } else {
        crate::func::for_each(iterable, |v| push(l, v))
    }
}

/// `list(iterable)`.
pub fn from_iter(iterable: Obj) -> Obj {
    let l = with_capacity(0);
    if l == 0 || extend(l, iterable).is_err() {
        return 0;
    }
    l
}

/// `a + b` for two lists.
pub fn concat(a: Obj, b: Obj) -> Obj {
    let l = with_capacity(len(a).saturating_add(len(b)));
    if l == 0 || push_slice_of(l, a, items).is_err() || push_slice_of(l, b, items).is_err() {
        return 0;
    }
    l
}

/// `l * n` for a list (n <= 0 gives an empty list).
pub fn repeat(l: Obj, n: isize) -> Obj {
    let n = n.max(0) as usize;
    let Some(total) = len(l).checked_mul(n) else {
        return exc::memory_error();
    };
    let r = with_capacity(total);
    if r == 0 {
        return 0;
    }
    if total != 0 {
        for _ in 0..n {
            if push_slice_of(r, l, items).is_err() {
                return 0;
            }
        }
    }
    r
}

fn list_repr(l: Obj) -> Obj {
    if len(l) == 0 {
        return crate::static_str!("[]");
    }
    tuple::repr_container(l, "[...]", |i| get(l, i), "[", "]")
}

fn list_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !object::is_instance(b, &TYPE_LIST) {
        return NOT_IMPLEMENTED;
    }
    tuple::compare_seqs(a, b, op, get, len)
}

fn list_getitem(l: Obj, key: Obj) -> Obj {
    match tuple::seq_index(key, len(l), "list") {
        Ok(Some(i)) => items(l)[i],
        Ok(None) => exc::index_error(format_args!("list index out of range")),
        Err(()) => 0,
    }
}

fn list_setitem(l: Obj, key: Obj, v: Obj) -> Obj {
    match tuple::seq_index(key, len(l), "list") {
        Ok(Some(i)) => {
            items_mut(l)[i] = v;
            none()
        }
        Ok(None) => exc::index_error(format_args!("list assignment index out of range")),
        Err(()) => 0,
    }
}

fn list_contains(l: Obj, x: Obj) -> Obj {
    match tuple::position(|i| get(l, i), x, 0, usize::MAX) {
        Ok(found) => bool_obj(found.is_some()),
        Err(()) => 0,
    }
}

/// Converts a method's `Result` to the entry-point convention: None or 0.
fn done(r: Result<(), ()>) -> Obj {
    match r {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// List methods for `pyaot_call_method`; None if `name` is not one.
pub fn method(l: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let one = |qualname: &str, f: &dyn Fn(Obj) -> Obj| match args {
        [x] => f(*x),
        _ => tuple::exactly_one_arg_error(qualname, args.len()),
    };
    let none_given = |qualname: &str, f: &dyn Fn() -> Obj| match args {
        [] => f(),
        _ => tuple::no_args_error(qualname, args.len()),
    };
    Some(match name {
        "append" => one("list.append", &|x| done(push(l, x))),
        "pop" => pop(l, args),
        "insert" => insert(l, args),
        "extend" => one("list.extend", &|x| done(extend(l, x))),
        "index" => tuple::index_method(
            |i| get(l, i),
            len(l),
            args,
            |x| {
                let r = object::repr(x);
                if r == 0 {
                    return 0;
                }
                exc::value_error(format_args!("{} is not in list", crate::str::as_str(r)))
            },
        ),
        "count" => one("list.count", &|x| tuple::count(|i| get(l, i), x)),
        "remove" => one("list.remove", &|x| remove(l, x)),
        "reverse" => none_given("list.reverse", &|| {
            items_mut(l).reverse();
            none()
        }),
        "clear" => none_given("list.clear", &|| {
            let lo = as_list(l);
            lo.len = 0;
            lo.cap = 0;
            lo.items = core::ptr::null_mut();
            none()
        }),
        "copy" => none_given("list.copy", &|| from_slice(items(l))),
        "sort" => match args {
            [] => sort(l),
            _ => exc::type_error(format_args!("sort() takes no positional arguments")),
        },
        _ => return None,
    })
}

/// List methods called with keywords: `l.sort(key=..., reverse=...)`; None for any
/// other (the caller raises CPython's TypeError).
pub fn method_kw(l: Obj, name: &str, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    if name != "sort" || !pos.is_empty() {
        return None;
    }
    let (mut key, mut reverse) = (none(), false);
    for (&n, &v) in tuple::items(kwnames).iter().zip(kwvals) {
        match crate::str::as_str(n) {
            "key" => key = v,
            "reverse" => match object::is_true(v) {
                Ok(b) => reverse = b,
                Err(()) => return Some(0),
            },
            other => {
                return Some(exc::type_error(format_args!(
                    "sort() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Some(match sort_by(l, key, reverse) {
        Ok(()) => none(),
        Err(()) => 0,
    })
}

/// `l.pop([i])`.
fn pop(l: Obj, args: &[Obj]) -> Obj {
    if args.len() > 1 {
        return exc::type_error(format_args!(
            "pop expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let n = len(l);
    let i = match args.first() {
        None => -1,
        Some(&a) => match crate::range::index_arg(a) {
            Ok(i) => i,
            Err(()) => return 0,
        },
    };
    if n == 0 {
        return exc::index_error(format_args!("pop from empty list"));
    }
    let i = if i < 0 { i.wrapping_add(n as isize) } else { i };
    if i < 0 || i as usize >= n {
        return exc::index_error(format_args!("pop index out of range"));
    }
    let i = i as usize;
    let v = items(l)[i];
    items_mut(l).copy_within(i + 1.., i);
    as_list(l).len = n - 1;
    v
}

/// `l.insert(i, x)`: `i` is clamped to the list, negative counting from the end.
fn insert(l: Obj, args: &[Obj]) -> Obj {
    let [at, x] = *args else {
        return exc::type_error(format_args!(
            "insert expected 2 arguments, got {}",
            args.len()
        ));
    };
    let at = match crate::range::index_arg(at) {
        Ok(i) => i,
        Err(()) => return 0,
    };
    if reserve(l, 1).is_err() {
        return 0;
    }
    let n = len(l);
    let at = if at < 0 {
        at.saturating_add(n as isize).max(0) as usize
    } else {
        (at as usize).min(n)
    };
    as_list(l).len = n + 1;
    let all = items_mut(l);
    all.copy_within(at..n, at + 1);
    all[at] = x;
    none()
}

/// `l.remove(x)`.
fn remove(l: Obj, x: Obj) -> Obj {
    match tuple::position(|i| get(l, i), x, 0, usize::MAX) {
        Ok(Some(i)) => {
            let n = len(l);
            items_mut(l).copy_within(i + 1.., i);
            as_list(l).len = n - 1;
            none()
        }
        Ok(None) => exc::value_error(format_args!("list.remove(x): x not in list")),
        Err(()) => 0,
    }
}

/// `a < b` as `sort`, `min` and `max` need it; Err when the comparison raised.
#[inline]
pub fn less(a: Obj, b: Obj) -> Result<bool, ()> {
    if is_small_int(a & b) {
        // Tagging (2v + 1) preserves order.
        return Ok((a as isize) < (b as isize));
    }
    let r = object::compare(a, b, CmpOp::Lt);
    if r == 0 {
        return Err(());
    }
    object::is_true(r)
}

/// Reverses `l` in place.
pub fn reverse_in_place(l: Obj) {
    items_mut(l).reverse();
}

/// `l.sort(key=key, reverse=reverse)` (`key` None for none). Stable both ways, as
/// CPython's: with a key, items are decorated as (key, index, item) tuples, which
/// never compare two items; reversing keeps equal items in their original order.
pub fn sort_by(l: Obj, key: Obj, reverse: bool) -> Result<(), ()> {
    if key == none() {
        if reverse {
            items_mut(l).reverse();
        }
        if sort(l) == 0 {
            return Err(());
        }
        if reverse {
            items_mut(l).reverse();
        }
        return Ok(());
    }
    let n = len(l);
    let decorated = with_capacity(n);
    if decorated == 0 {
        return Err(());
    }
    for i in 0..n {
        let Some(x) = get(l, i) else { break };
        let k = crate::func::pyaot_call(key, &x, 1);
        if k == 0 {
            return Err(());
        }
        // Descending order is the reverse of ascending by (key, -index).
        let index = pyaot_abi::tag_int(if reverse { -(i as isize) } else { i as isize });
        let t = tuple::from_slice(&[k, index, x]);
        if t == 0 {
            return Err(());
        }
        push(decorated, t)?;
    }
    if sort(decorated) == 0 {
        return Err(());
    }
    let sorted = items(decorated);
    let out = items_mut(l);
    for (slot, &t) in out.iter_mut().zip(sorted) {
        *slot = tuple::items(t)[2];
    }
    if reverse {
        out.reverse();
    }
    Ok(())
}

/// Runs sorted by insertion before merging.
const RUN: usize = 16;

/// `l.sort()`: a stable merge sort (insertion-sorted runs, then bottom-up merges
/// through a scratch array). When a comparison raises, the remaining steps stop
/// comparing and only move items, so the list still holds a permutation of them, as
/// CPython guarantees.
fn sort(l: Obj) -> Obj {
    let n = len(l);
    if n < 2 {
        return none();
    }
    let scratch = alloc_words(n);
    if scratch.is_null() {
        return 0;
    }
    let mut failed = false;
    let mut lt = |a: Obj, b: Obj| {
        if failed {
            return false;
        }
        less(a, b).unwrap_or_else(|()| {
            failed = true;
            false
        })
    };
    let list = items_mut(l);
    // SAFETY: `scratch` is a fresh array of `n` words, distinct from the list's.
    let tmp = unsafe { core::slice::from_raw_parts_mut(scratch, n) };
    for run in list.chunks_mut(RUN) {
        insertion_sort(run, &mut lt);
    }
    // Each pass merges pairs of sorted runs from `src` into `dst`; `src` keeps every
    // item until the pass ends, so the collector always finds them all.
    let (mut src, mut dst) = (list, tmp);
    let mut in_scratch = false;
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(
                &src[start..mid],
                &src[mid..end],
                &mut dst[start..end],
                &mut lt,
            );
            start = end;
        }
        core::mem::swap(&mut src, &mut dst);
        in_scratch = !in_scratch;
        width *= 2;
    }
    if in_scratch {
        dst.copy_from_slice(src);
    }
    if failed {
        0
    } else {
        none()
    }
}

fn insertion_sort(v: &mut [Obj], lt: &mut impl FnMut(Obj, Obj) -> bool) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && lt(x, v[j - 1]) {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// Merges sorted `a` and `b` into `out`, taking from `a` on ties (stability).
fn merge(a: &[Obj], b: &[Obj], out: &mut [Obj], lt: &mut impl FnMut(Obj, Obj) -> bool) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_b = i == a.len() || (j < b.len() && lt(b[j], a[i]));
        if take_b {
            *slot = b[j];
            j += 1;
        } else {
            *slot = a[i];
            i += 1;
        }
    }
}
