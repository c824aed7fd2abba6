//! `tuple`: `[type][len][items...]` with the items inline (offsets in
//! `pyaot_abi::layout`), so the compiler can emit constant tuples as static data.
//!
//! Also home of what every built-in sequence shares: index normalisation,
//! lexicographic comparison, and the item-wise repr with its recursion guard.

use crate::exc;
use crate::object::{
    self, alloc_obj, bool_obj, false_, is_type, set_field, true_, type_of, Header, Obj, TypeObject,
    NOT_IMPLEMENTED, TYPE_OBJECT, WORD,
};
use core::cell::UnsafeCell;
use pyaot_abi::{layout, tag_int, CmpOp, ITER_DONE};

const LEN: usize = layout::tuple_len(WORD as u32) as usize;
const ITEMS: usize = layout::tuple_items(WORD as u32) as usize;

/// `tuple`, exported so the compiler's static constant tuples can point at it.
#[export_name = "pyaot_type_tuple"]
pub static TYPE_TUPLE: TypeObject = TypeObject {
    repr: Some(tuple_repr),
    hash: Some(tuple_hash),
    compare: Some(tuple_compare),
    len: Some(|t| Ok(len(t))),
    getitem: Some(tuple_getitem),
    contains: Some(tuple_contains),
    iter: Some(tuple_iter),
    ..TypeObject::new("tuple", Some(&TYPE_OBJECT))
};

/// The iterator `iter(tuple)` returns.
pub static TYPE_TUPLE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(tuple_iter_next),
    ..TypeObject::new("tuple_iterator", Some(&TYPE_OBJECT))
};

/// The shape of a tuple with no items (items follow `len` for longer ones).
#[repr(C)]
struct EmptyTuple {
    header: Header,
    len: usize,
}

/// `()`: one immortal object, as in CPython, so building empty tuples never allocates.
static EMPTY: EmptyTuple = EmptyTuple {
    header: Header {
        ob_type: &TYPE_TUPLE,
    },
    len: 0,
};

const _: () = assert!(core::mem::offset_of!(EmptyTuple, len) == LEN);

/// The empty tuple.
pub fn empty() -> Obj {
    &EMPTY as *const EmptyTuple as Obj
}

/// A tuple of `n` items, all 0: the caller fills them with [`items_mut`] before the
/// tuple escapes. 0 with MemoryError pending when the heap is exhausted.
pub fn alloc(n: usize) -> Obj {
    if n == 0 {
        return empty();
    }
    let Some(size) = n.checked_mul(WORD).and_then(|b| b.checked_add(ITEMS)) else {
        return exc::memory_error();
    };
    let t = alloc_obj(&TYPE_TUPLE, size);
    if t != 0 {
        // SAFETY: `t` is a fresh tuple of `size` bytes.
        unsafe { set_field(t, LEN, n) };
    }
    t
}

/// A new tuple holding a copy of `items`.
pub fn from_slice(items: &[Obj]) -> Obj {
    let t = alloc(items.len());
    if t != 0 && !items.is_empty() {
        items_mut(t).copy_from_slice(items);
    }
    t
}

/// Number of items of tuple `t`.
#[inline]
pub fn len(t: Obj) -> usize {
    // SAFETY: `t` is a tuple.
    unsafe { object::field(t, LEN) }
}

/// The items of tuple `t`. Tuples never change once built, so the slice stays valid
/// as long as `t` is reachable.
#[inline]
pub fn items<'a>(t: Obj) -> &'a [Obj] {
    // SAFETY: `t` is a tuple: `len` items follow the header.
    unsafe { core::slice::from_raw_parts((t + ITEMS) as *const Obj, len(t)) }
}

/// The items of `o` when it is exactly a tuple or a list, read in place (what
/// `join` and unpacking walk without an iterator); None for anything else.
pub fn seq_items<'a>(o: Obj) -> Option<&'a [Obj]> {
    if is_type(o, &TYPE_TUPLE) {
        Some(items(o))
    } else if is_type(o, &crate::list::TYPE_LIST) {
        Some(crate::list::items(o))
    } else {
        None
    }
}

/// The items of a tuple [`alloc`] just returned, for filling in.
pub fn items_mut<'a>(t: Obj) -> &'a mut [Obj] {
    // SAFETY: `t` is a fresh heap tuple nobody else sees yet (the empty tuple has no
    // items, so the static one is never written).
    unsafe { core::slice::from_raw_parts_mut((t + ITEMS) as *mut Obj, len(t)) }
}

/// `(items*, n)`: a new tuple.
#[no_mangle]
pub extern "C" fn pyaot_build_tuple(items: *const Obj, n: usize) -> Obj {
    from_slice(word_slice(items, n))
}

/// The `n` words at `p` (which may be null or dangling when `n` is 0), as a slice.
pub(crate) fn word_slice<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    if n == 0 {
        &[]
    } else {
        // SAFETY: compiled code passes `n` valid words at `p`.
        unsafe { core::slice::from_raw_parts(p, n) }
    }
}

/// `a + b` for two tuples.
pub fn concat(a: Obj, b: Obj) -> Obj {
    if len(b) == 0 {
        return a;
    }
    if len(a) == 0 {
        return b;
    }
    let (x, y) = (items(a), items(b));
    let t = alloc(x.len() + y.len());
    if t != 0 {
        let out = items_mut(t);
        out[..x.len()].copy_from_slice(x);
        out[x.len()..].copy_from_slice(y);
    }
    t
}

/// `t * n` for a tuple (n <= 0 gives the empty tuple).
pub fn repeat(t: Obj, n: isize) -> Obj {
    if n == 1 {
        return t;
    }
    let src = items(t);
    if n <= 0 || src.is_empty() {
        return empty();
    }
    let Some(total) = src.len().checked_mul(n as usize) else {
        return exc::memory_error();
    };
    let r = alloc(total);
    if r != 0 {
        for chunk in items_mut(r).chunks_exact_mut(src.len()) {
            chunk.copy_from_slice(src);
        }
    }
    r
}

fn tuple_repr(t: Obj) -> Obj {
    let n = len(t);
    if n == 0 {
        return crate::static_str!("()");
    }
    let close = if n == 1 { ",)" } else { ")" };
    repr_container(t, "(...)", |i| items(t).get(i).copied(), "(", close)
}

/// CPython's tuple hash (an xxHash variant), so `hash((1, 2))` prints what CPython
/// prints whenever the items' hashes agree.
fn tuple_hash(t: Obj) -> Result<isize, ()> {
    #[cfg(target_pointer_width = "64")]
    const P: (usize, usize, usize, u32) = (
        11400714785074694791,
        14029467366897019727,
        2870177450012600261,
        31,
    );
    #[cfg(not(target_pointer_width = "64"))]
    const P: (usize, usize, usize, u32) = (2654435761, 2246822519, 374761393, 13);
    let (prime1, prime2, prime5, rotate) = P;
    let mut acc = prime5;
    for &item in items(t) {
        let lane = object::hash(item)? as usize;
        acc = acc.wrapping_add(lane.wrapping_mul(prime2));
        acc = acc.rotate_left(rotate);
        acc = acc.wrapping_mul(prime1);
    }
    acc = acc.wrapping_add(len(t) ^ (prime5 ^ 3527539));
    if acc == usize::MAX {
        return Ok(1546275796);
    }
    Ok(acc as isize)
}

fn tuple_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !is_type(b, &TYPE_TUPLE) {
        return NOT_IMPLEMENTED;
    }
    compare_seqs(a, b, op, |t, i| items(t).get(i).copied(), len)
}

fn tuple_getitem(t: Obj, key: Obj) -> Obj {
    match seq_index(key, len(t), "tuple") {
        Ok(Some(i)) => items(t)[i],
        Ok(None) => exc::index_error(format_args!("tuple index out of range")),
        Err(()) => 0,
    }
}

fn tuple_contains(t: Obj, x: Obj) -> Obj {
    match position(|i| items(t).get(i).copied(), x, 0, usize::MAX) {
        Ok(found) => bool_obj(found.is_some()),
        Err(()) => 0,
    }
}

/// `[type][tuple][next index]`.
#[repr(C)]
struct SeqIter {
    header: Header,
    seq: Obj,
    index: usize,
}

fn tuple_iter(t: Obj) -> Obj {
    new_seq_iter(&TYPE_TUPLE_ITERATOR, t)
}

/// A `[type][sequence][index]` iterator, shared by tuples and lists.
pub(crate) fn new_seq_iter(ty: &'static TypeObject, seq: Obj) -> Obj {
    let it = alloc_obj(ty, core::mem::size_of::<SeqIter>());
    if it != 0 {
        // SAFETY: `it` is a fresh SeqIter.
        unsafe { (*(it as *mut SeqIter)).seq = seq };
    }
    it
}

/// Advances a `[type][sequence][index]` iterator with `item` reading the sequence.
#[inline]
pub(crate) fn seq_iter_next(it: Obj, item: impl Fn(Obj, usize) -> Option<Obj>) -> Obj {
    // SAFETY: `it` is a SeqIter (the caller's type slot says so).
    let it = unsafe { &mut *(it as *mut SeqIter) };
    match item(it.seq, it.index) {
        Some(v) => {
            it.index += 1;
            v
        }
        None => ITER_DONE,
    }
}

fn tuple_iter_next(it: Obj) -> Obj {
    seq_iter_next(it, |t, i| items(t).get(i).copied())
}

/// Tuple methods (`count`, `index`) for `pyaot_call_method`; None if `name` is not one.
/// Reached through its hook (`pyaot_abi::METHOD_HOOKS`), so Rust's ABI: only this
/// crate calls it.
#[no_mangle]
pub fn pyaot_tuple_methods(t: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let get = |i: usize| items(t).get(i).copied();
    Some(match name {
        "count" => match args {
            [x] => count(get, *x),
            _ => exactly_one_arg_error("tuple.count", args.len()),
        },
        "index" => index_method(get, len(t), args, |_| {
            exc::value_error(format_args!("tuple.index(x): x not in tuple"))
        }),
        _ => return None,
    })
}

// ---- Helpers shared by the built-in sequences ----

/// The position `key` designates in a sequence of `len` items (negative keys count
/// from the end), None when out of range. Err with TypeError pending when `key` is not
/// an integer ("list indices must be integers or slices, not str").
pub(crate) fn seq_index(key: Obj, len: usize, type_name: &str) -> Result<Option<usize>, ()> {
    let Some(i) = crate::int::value(key) else {
        if is_type(key, &crate::int::TYPE_INT) {
            // A big int: never a valid position.
            exc::index_error(format_args!("cannot fit 'int' into an index-sized integer"));
        } else {
            exc::type_error(format_args!(
                "{} indices must be integers or slices, not {}",
                type_name,
                type_of(key).name
            ));
        }
        return Err(());
    };
    let i = if i < 0 {
        i.wrapping_add(len as isize)
    } else {
        i
    };
    Ok(if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    })
}

/// Lexicographic rich comparison of two sequences of one kind, as CPython's list and
/// tuple comparisons: the first unequal pair decides, else the lengths do. `item` and
/// `len` re-read the sequences at every step, since a comparison may run code that
/// mutates a list.
pub(crate) fn compare_seqs(
    a: Obj,
    b: Obj,
    op: CmpOp,
    item: impl Fn(Obj, usize) -> Option<Obj>,
    len: fn(Obj) -> usize,
) -> Obj {
    if len(a) != len(b) && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return bool_obj(op == CmpOp::Ne);
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (item(a, i), item(b, i)) {
        match object::eq(x, y) {
            Err(()) => return 0,
            Ok(true) => i += 1,
            Ok(false) => {
                return match op {
                    CmpOp::Eq => false_(),
                    CmpOp::Ne => true_(),
                    _ => object::compare(x, y, op),
                }
            }
        }
    }
    let (m, n) = (len(a), len(b));
    bool_obj(match op {
        CmpOp::Lt => m < n,
        CmpOp::Le => m <= n,
        CmpOp::Eq => m == n,
        CmpOp::Ne => m != n,
        CmpOp::Gt => m > n,
        CmpOp::Ge => m >= n,
    })
}

/// The first position in `start..stop` whose item equals `x` (None if none does).
pub(crate) fn position(
    item: impl Fn(usize) -> Option<Obj>,
    x: Obj,
    start: usize,
    stop: usize,
) -> Result<Option<usize>, ()> {
    let mut i = start;
    while i < stop {
        let Some(v) = item(i) else { break };
        if object::eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `seq.count(x)` as an int object.
pub(crate) fn count(item: impl Fn(usize) -> Option<Obj>, x: Obj) -> Obj {
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item(i) {
        match object::eq(v, x) {
            Ok(true) => n += 1,
            Ok(false) => {}
            Err(()) => return 0,
        }
        i += 1;
    }
    tag_int(n)
}

/// `seq.index(x[, start[, stop]])`; `missing` raises the sequence's ValueError.
pub(crate) fn index_method(
    item: impl Fn(usize) -> Option<Obj>,
    len: usize,
    args: &[Obj],
    missing: impl Fn(Obj) -> Obj,
) -> Obj {
    let (x, bounds) = match args {
        [] => return exc::type_error(format_args!("index expected at least 1 argument, got 0")),
        [x, rest @ ..] if rest.len() <= 2 => (*x, rest),
        _ => {
            return exc::type_error(format_args!(
                "index expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    };
    // Slice-style bounds: clamped to the sequence, negative ones count from the end.
    let mut range = [0, len];
    for (slot, &b) in range.iter_mut().zip(bounds) {
        let Some(v) = crate::int::value(b) else {
            return exc::type_error(format_args!(
                "slice indices must be integers or have an __index__ method"
            ));
        };
        let v = if v < 0 {
            v.saturating_add(len as isize).max(0)
        } else {
            v
        };
        *slot = (v as usize).min(len);
    }
    match position(item, x, range[0], range[1]) {
        Ok(Some(i)) => tag_int(i as isize),
        Ok(None) => missing(x),
        Err(()) => 0,
    }
}

/// TypeError for a method taking exactly one argument:
/// "list.append() takes exactly one argument (0 given)".
pub(crate) fn exactly_one_arg_error(qualname: &str, given: usize) -> Obj {
    exc::type_error(format_args!(
        "{}() takes exactly one argument ({} given)",
        qualname, given
    ))
}

/// TypeError for a method taking no argument: "list.clear() takes no arguments (1 given)".
pub(crate) fn no_args_error(qualname: &str, given: usize) -> Obj {
    exc::type_error(format_args!(
        "{}() takes no arguments ({} given)",
        qualname, given
    ))
}

/// How deep container reprs may nest before RecursionError, as CPython's recursion
/// limit stops `repr` of a deeply nested list (smaller where stacks are small).
const REPR_DEPTH: usize = if WORD == 8 { 900 } else { 100 };

/// The containers whose repr is being computed, innermost last, to print a list that
/// contains itself as `[...]` (CPython's Py_ReprEnter). Every entry is also held by
/// the active repr's stack frame, so the collector loses nothing by not scanning it.
struct ReprStack {
    items: UnsafeCell<[Obj; REPR_DEPTH]>,
    len: UnsafeCell<usize>,
}

// SAFETY: the runtime is single-threaded.
unsafe impl Sync for ReprStack {}

static REPR_STACK: ReprStack = ReprStack {
    items: UnsafeCell::new([0; REPR_DEPTH]),
    len: UnsafeCell::new(0),
};

/// The repr of a sequence: `recursive` if it is already being printed, else `open`,
/// the reprs of its items (`item(i)` until None) joined by ", ", then `close`.
/// The item reprs are gathered in a tuple first, so they stay reachable while the
/// next one is computed, then written out in one go.
pub(crate) fn repr_container(
    o: Obj,
    recursive: &'static str,
    item: impl Fn(usize) -> Option<Obj>,
    open: &str,
    close: &str,
) -> Obj {
    repr_guarded(o, recursive, || {
        let mut n = 0;
        while item(n).is_some() {
            n += 1;
        }
        let reprs = alloc(n);
        if reprs == 0 {
            return 0;
        }
        for i in 0..n {
            let r = match item(i) {
                Some(v) => object::repr(v),
                None => crate::str::from_static(""),
            };
            if r == 0 {
                return 0;
            }
            items_mut(reprs)[i] = r;
        }
        crate::str::format(format_args!(
            "{}",
            Joined {
                open,
                reprs,
                close,
                pairs: false
            }
        ))
    })
}

/// The repr of a dict-like container from a tuple of alternating key and value reprs.
pub(crate) fn repr_pairs(reprs: Obj, open: &str, close: &str) -> Obj {
    crate::str::format(format_args!(
        "{}",
        Joined {
            open,
            reprs,
            close,
            pairs: true
        }
    ))
}

/// Runs `body` (which prints `o`) unless `o` is already being printed, in which case
/// the repr is `recursive`.
pub(crate) fn repr_guarded(o: Obj, recursive: &'static str, body: impl FnOnce() -> Obj) -> Obj {
    // SAFETY: single-threaded; the references do not outlive this block.
    let depth = unsafe {
        let len = *REPR_STACK.len.get();
        let stack = &*REPR_STACK.items.get();
        if stack[..len].contains(&o) {
            return crate::str::from_static(recursive);
        }
        if len == REPR_DEPTH {
            return exc::recursion_error();
        }
        (*REPR_STACK.items.get())[len] = o;
        *REPR_STACK.len.get() = len + 1;
        len
    };
    let r = body();
    // SAFETY: as above; `body` left the stack as it found it.
    unsafe { *REPR_STACK.len.get() = depth };
    r
}

/// Writes a tuple of str objects between `open` and `close`, separated by ", "
/// (or as `k: v` pairs).
struct Joined<'a> {
    open: &'a str,
    reprs: Obj,
    close: &'a str,
    pairs: bool,
}

impl core::fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str(self.open)?;
        let step = if self.pairs { 2 } else { 1 };
        for (i, chunk) in items(self.reprs).chunks(step).enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(crate::str::as_str(chunk[0]))?;
            if let Some(&v) = chunk.get(1) {
                f.write_str(": ")?;
                f.write_str(crate::str::as_str(v))?;
            }
        }
        f.write_str(self.close)
    }
}
