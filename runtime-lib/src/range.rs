//! `range`: `[type][start][stop][step][len][big]` over small ints, its iterator, and
//! the check the compiler calls for the arguments of a `for` loop over `range(...)`
//! that it turned into a counting loop. A range with a big-int part keeps its parts
//! as int objects in `big` instead (`range_big.rs`).

use crate::exc;
use crate::object::{
    self, alloc_obj, bool_obj, false_, is_type, true_, type_of, Header, Obj, TypeObject,
    NOT_IMPLEMENTED, TYPE_OBJECT,
};
use pyaot_abi::{tag_int, CmpOp, ITER_DONE};

/// `range`.
pub static TYPE_RANGE: TypeObject = TypeObject {
    repr: Some(range_repr),
    hash: Some(range_hash),
    compare: Some(range_compare),
    len: Some(range_len_slot),
    truth: Some(|r| match as_range(r).big {
        0 => Ok(as_range(r).len != 0),
        p => crate::range_big::truth(p),
    }),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(range_iter),
    methods: Some(&crate::methods::RANGE_METHODS),
    ..TypeObject::new("range", Some(&TYPE_OBJECT))
};

/// The iterator `iter(range)` returns.
pub static TYPE_RANGE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(range_iter_next),
    ..TypeObject::new("range_iterator", Some(&TYPE_OBJECT))
};

/// A range object. When `big` is 0 every other field is a plain machine integer:
/// start, stop and step are small ints, so every item and the length fit a word.
/// Otherwise `big` is the `(start, stop, step, len)` tuple of int objects of a range
/// with a big-int part, and the other fields are unused.
#[repr(C)]
struct RangeObj {
    header: Header,
    start: isize,
    stop: isize,
    step: isize,
    len: usize,
    big: Obj,
}

/// `[type][next value][items left][step]`.
#[repr(C)]
struct RangeIter {
    header: Header,
    next: isize,
    left: usize,
    step: isize,
}

fn as_range<'a>(r: Obj) -> &'a RangeObj {
    // SAFETY: only called on objects of type range.
    unsafe { &*(r as *const RangeObj) }
}

/// An int argument where CPython calls `__index__` (range bounds, `list.pop(i)`):
/// Err with TypeError "'str' object cannot be interpreted as an integer" pending for
/// anything else.
pub fn index_arg(o: Obj) -> Result<isize, ()> {
    if let Some(v) = crate::int::value(o) {
        return Ok(v);
    }
    if is_type(o, &crate::int::TYPE_INT) {
        // A big int: no word-sized range or position can hold it.
        exc::overflow_error(format_args!("Python int too large to convert to C ssize_t"));
    } else {
        exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(o).name
        ));
    }
    Err(())
}

/// `(obj)`: returns `obj` if it is a small int (bools count, as their value), a big
/// int as it is, else raises the error `range()` would raise for it.
#[no_mangle]
pub extern "C" fn pyaot_range_arg(o: Obj) -> Obj {
    if crate::bigint::is_big(o) {
        return o;
    }
    match index_arg(o) {
        Ok(v) => tag_int(v),
        Err(()) => 0,
    }
}

/// `(start, stop, step)`: the counting loop of `for x in range(...)` runs over small
/// ints only; when a bound (already checked by `pyaot_range_arg`) is a big int, this
/// returns an iterator over the range to loop over instead, else None.
#[no_mangle]
pub extern "C" fn pyaot_range_loop_iter(start: Obj, stop: Obj, step: Obj) -> Obj {
    if start & 1 == 1 && stop & 1 == 1 {
        return object::none();
    }
    match from_args(&[start, stop, step]) {
        0 => 0,
        r => range_iter(r),
    }
}

fn range_len_slot(r: Obj) -> Result<usize, ()> {
    match as_range(r).big {
        0 => Ok(as_range(r).len),
        p => crate::range_big::len(p),
    }
}

/// Number of items of `range(start, stop, step)`; `step` is not 0.
fn range_len(start: isize, stop: isize, step: isize) -> usize {
    // Differences of small ints fit a word; the quotient is computed unsigned.
    if step > 0 && start < stop {
        ((stop.wrapping_sub(start) as usize) - 1) / step as usize + 1
    } else if step < 0 && start > stop {
        ((start.wrapping_sub(stop) as usize) - 1) / step.unsigned_abs() + 1
    } else {
        0
    }
}

/// A new range object; ValueError when `step` is 0.
pub fn new(start: isize, stop: isize, step: isize) -> Obj {
    if step == 0 {
        return exc::value_error(format_args!("range() arg 3 must not be zero"));
    }
    let r = alloc_obj(&TYPE_RANGE, core::mem::size_of::<RangeObj>());
    if r != 0 {
        // SAFETY: `r` is a fresh RangeObj.
        let o = unsafe { &mut *(r as *mut RangeObj) };
        o.start = start;
        o.stop = stop;
        o.step = step;
        o.len = range_len(start, stop, step);
    }
    r
}

/// `range(*args)` from 1 to 3 int arguments, with CPython's errors.
pub fn from_args(args: &[Obj]) -> Obj {
    if args.is_empty() {
        return exc::type_error(format_args!("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return exc::type_error(format_args!(
            "range expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let mut v = [0isize; 3];
    let mut big = false;
    for (slot, &a) in v.iter_mut().zip(args) {
        if crate::bigint::is_big(a) {
            big = true;
            continue;
        }
        match index_arg(a) {
            Ok(x) => *slot = x,
            Err(()) => return 0,
        }
    }
    if big {
        return new_big(args);
    }
    match args.len() {
        1 => new(0, v[0], 1),
        2 => new(v[0], v[1], 1),
        _ => new(v[0], v[1], v[2]),
    }
}

/// A range with a big-int part, from `range()`'s 1 to 3 int arguments.
fn new_big(args: &[Obj]) -> Obj {
    let int = |o: Obj| crate::int::value(o).map_or(o, tag_int);
    let (start, stop, step) = match *args {
        [stop] => (tag_int(0), int(stop), tag_int(1)),
        [start, stop] => (int(start), int(stop), tag_int(1)),
        _ => (int(args[0]), int(args[1]), int(args[2])),
    };
    if step == tag_int(0) {
        return exc::value_error(format_args!("range() arg 3 must not be zero"));
    }
    let p = crate::range_big::parts(start, stop, step);
    if p == 0 {
        return 0;
    }
    let r = alloc_obj(&TYPE_RANGE, core::mem::size_of::<RangeObj>());
    if r != 0 {
        // SAFETY: `r` is a fresh RangeObj.
        unsafe { (*(r as *mut RangeObj)).big = p };
    }
    r
}

/// Item `i` (already checked to be below the length).
fn item(r: &RangeObj, i: usize) -> isize {
    r.start.wrapping_add((i as isize).wrapping_mul(r.step))
}

fn range_repr(r: Obj) -> Obj {
    let o = as_range(r);
    if o.big != 0 {
        return crate::range_big::repr(o.big);
    }
    if o.step == 1 {
        crate::str::format(format_args!("range({}, {})", o.start, o.stop))
    } else {
        crate::str::format(format_args!("range({}, {}, {})", o.start, o.stop, o.step))
    }
}

/// Ranges equal as sequences hash alike, as in CPython: the hash of `(len, start,
/// step)` with the parts that do not matter replaced by None.
fn range_hash(r: Obj) -> Result<isize, ()> {
    let t = crate::tuple::from_slice(&key(r)?);
    if t == 0 {
        return Err(());
    }
    object::hash(t)
}

/// The `(len, start, step)` a range hashes and compares by, with the parts that do
/// not matter None.
fn key(r: Obj) -> Result<[Obj; 3], ()> {
    let o = as_range(r);
    if o.big != 0 {
        return crate::range_big::key(o.big);
    }
    let none = object::none();
    Ok(match o.len {
        0 => [tag_int(0), none, none],
        1 => [tag_int(1), tag_int(o.start), none],
        n => [
            crate::int::new(n as isize),
            tag_int(o.start),
            tag_int(o.step),
        ],
    })
}

fn range_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !is_type(b, &TYPE_RANGE) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return NOT_IMPLEMENTED;
    }
    let (x, y) = (as_range(a), as_range(b));
    if x.big != 0 || y.big != 0 {
        let (Ok(kx), Ok(ky)) = (key(a), key(b)) else {
            return 0;
        };
        let mut same = true;
        for (p, q) in kx.into_iter().zip(ky) {
            match object::eq(p, q) {
                Ok(e) => same &= e,
                Err(()) => return 0,
            }
        }
        return bool_obj(same == (op == CmpOp::Eq));
    }
    let same =
        x.len == y.len && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step)));
    bool_obj(same == (op == CmpOp::Eq))
}

fn range_getitem(r: Obj, key: Obj) -> Obj {
    let o = as_range(r);
    if key & 1 == 0 && crate::slice::is_slice(key) {
        return slice(r, key);
    }
    if o.big != 0 && crate::int::is_int(key) {
        return crate::range_big::getitem(o.big, key);
    }
    match crate::tuple::seq_index(key, o.len, "range") {
        Ok(Some(i)) => tag_int(item(o, i)),
        Ok(None) => exc::index_error(format_args!("range object index out of range")),
        Err(()) => 0,
    }
}

/// `r[i:j:k]`: the range of the selected items, `range(start + i*step, start +
/// j*step, step*k)` over the slice's adjusted indices, as CPython computes it.
fn slice(r: Obj, key: Obj) -> Obj {
    let o = as_range(r);
    let ijk = if o.big != 0 {
        crate::range_big::slice_indices(key, crate::range_big::len_obj(o.big))
    } else {
        crate::slice::indices(key, o.len)
            .map(|(i, j, k, _)| [crate::int::new(i), crate::int::new(j), crate::int::new(k)])
    };
    let Ok([i, j, k]) = ijk else {
        return 0;
    };
    if i == 0 || j == 0 || k == 0 {
        return 0;
    }
    let [start, _, step] = parts(r);
    let at = |n: Obj| {
        let off = crate::range_big::int_op(crate::int::BinOp::Mul, n, step);
        if off == 0 {
            0
        } else {
            crate::range_big::int_op(crate::int::BinOp::Add, start, off)
        }
    };
    let (a, b, c) = (
        at(i),
        at(j),
        crate::range_big::int_op(crate::int::BinOp::Mul, step, k),
    );
    if a == 0 || b == 0 || c == 0 {
        return 0;
    }
    from_args(&[a, b, c])
}

/// `[start, stop, step]` of any range, as int objects.
fn parts(r: Obj) -> [Obj; 3] {
    let o = as_range(r);
    if o.big != 0 {
        let t = crate::tuple::items(o.big);
        return [t[0], t[1], t[2]];
    }
    [tag_int(o.start), tag_int(o.stop), tag_int(o.step)]
}

/// `r.index(x)` and `r.count(x)`: arithmetic for ints and bools, else a scan
/// comparing every item, as CPython's.
///
/// Reached through its hook (`pyaot_abi::METHOD_HOOKS`), so Rust's ABI: only this
/// crate calls it.
#[no_mangle]
pub fn pyaot_range_methods(r: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let count = match name {
        "count" => true,
        "index" => false,
        _ => return None,
    };
    let [x] = *args else {
        return Some(exc::type_error(format_args!(
            "range.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if crate::int::value(x).is_some() || crate::bigint::is_big(x) {
        let x = crate::int::value(x).map_or(x, tag_int);
        let inside = range_contains(r, x);
        if inside == 0 {
            return Some(0);
        }
        return Some(match (count, inside == true_()) {
            (true, found) => tag_int(found as isize),
            (false, true) => {
                let [start, _, step] = parts(r);
                match crate::range_big::int_op(crate::int::BinOp::Sub, x, start) {
                    0 => 0,
                    d => crate::range_big::int_op(crate::int::BinOp::FloorDiv, d, step),
                }
            }
            (false, false) => {
                let shown = object::repr(args[0]);
                if shown == 0 {
                    return Some(0);
                }
                exc::value_error(format_args!(
                    "{} is not in range",
                    crate::str::as_str(shown)
                ))
            }
        });
    }
    let it = range_iter(r);
    if it == 0 {
        return Some(0);
    }
    let (mut at, mut n) = (0isize, 0isize);
    loop {
        match crate::func::pyaot_iter_next(it) {
            0 => return Some(0),
            ITER_DONE => break,
            v => match object::eq(v, x) {
                Ok(true) if !count => return Some(crate::int::new(at)),
                Ok(true) => n += 1,
                Ok(false) => {}
                Err(()) => return Some(0),
            },
        }
        at += 1;
    }
    Some(if count {
        crate::int::new(n)
    } else {
        exc::value_error(format_args!("sequence.index(x): x not in sequence"))
    })
}

fn range_contains(r: Obj, x: Obj) -> Obj {
    let o = as_range(r);
    if o.big != 0 {
        return crate::range_big::contains(o.big, x);
    }
    if let Some(v) = crate::int::value(x) {
        let inside = if o.step > 0 {
            o.start <= v && v < o.stop
        } else {
            o.stop < v && v <= o.start
        };
        return bool_obj(inside && v.wrapping_sub(o.start).wrapping_rem(o.step) == 0);
    }
    // Other values (floats, ...) may still compare equal to an item: scan, as CPython.
    for i in 0..o.len {
        match object::eq(tag_int(item(o, i)), x) {
            Ok(true) => return true_(),
            Ok(false) => {}
            Err(()) => return 0,
        }
    }
    false_()
}

fn range_iter(r: Obj) -> Obj {
    let o = as_range(r);
    if o.big != 0 {
        return crate::range_big::iter(o.big);
    }
    let it = alloc_obj(&TYPE_RANGE_ITERATOR, core::mem::size_of::<RangeIter>());
    if it != 0 {
        // SAFETY: `it` is a fresh RangeIter.
        let i = unsafe { &mut *(it as *mut RangeIter) };
        i.next = o.start;
        i.left = o.len;
        i.step = o.step;
    }
    it
}

/// `reversed(r)`: a range iterator from the last item down (CPython's is a
/// `range_iterator` too, or a `longrange_iterator` for big parts).
pub fn reversed(r: Obj) -> Obj {
    let o = as_range(r);
    if o.big != 0 {
        return crate::range_big::reversed(o.big);
    }
    let it = alloc_obj(&TYPE_RANGE_ITERATOR, core::mem::size_of::<RangeIter>());
    if it != 0 {
        // SAFETY: `it` is a fresh RangeIter.
        let i = unsafe { &mut *(it as *mut RangeIter) };
        // The items are small ints, so the last one and -step fit a word.
        i.next = match o.len {
            0 => o.start,
            n => o.start + (n as isize - 1) * o.step,
        };
        i.left = o.len;
        i.step = -o.step;
    }
    it
}

fn range_iter_next(it: Obj) -> Obj {
    // SAFETY: the slot is only called on range iterators.
    let i = unsafe { &mut *(it as *mut RangeIter) };
    if i.left == 0 {
        return ITER_DONE;
    }
    let v = i.next;
    i.left -= 1;
    // After the last item this may step past the small-int range; it is never read.
    i.next = v.wrapping_add(i.step);
    tag_int(v)
}

/// The data attributes of a range (`start`, `stop`, `step`); None for other names.
pub fn attribute(r: Obj, name: &str) -> Option<Obj> {
    let ro = as_range(r);
    if ro.big != 0 {
        return crate::range_big::attribute(ro.big, name);
    }
    let v = match name {
        "start" => ro.start,
        "stop" => ro.stop,
        "step" => ro.step,
        _ => return None,
    };
    Some(tag_int(v))
}
