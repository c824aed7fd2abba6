//! Ranges whose bounds or step are big ints (`range(10**20, 10**20 + 3)`): the same
//! `range` type, with its start, stop, step and length held as int objects and
//! computed with the generic int operations. The length is any int; where CPython
//! needs it as a C `ssize_t` (`len()`) it raises CPython's OverflowError.

use crate::exc;
use crate::int::BinOp;
use crate::object::{self, alloc_obj, bool_obj, true_, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::tuple;
use pyaot_abi::{tag_int, CmpOp, ITER_DONE};

/// `[type][next value][items left][step]`, all int objects.
#[repr(C)]
struct LongRangeIter {
    header: Header,
    next: Obj,
    left: Obj,
    step: Obj,
}

/// The iterator of a range with big-int parts (CPython's `longrange_iterator`).
pub static TYPE_LONGRANGE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(iter_next),
    ..TypeObject::new("longrange_iterator", Some(&TYPE_OBJECT))
};

/// `a op b` for ints, as a Rust bool; Err when it raised.
fn cmp(a: Obj, b: Obj, op: CmpOp) -> Result<bool, ()> {
    match object::compare(a, b, op) {
        0 => Err(()),
        r => Ok(r == true_()),
    }
}

/// Fails (0) when any of `v` is 0, so chains of int operations stop at an error.
fn ok(v: Obj) -> Result<Obj, ()> {
    if v == 0 {
        Err(())
    } else {
        Ok(v)
    }
}

/// `a op b` (`+ - * // %`) for the ints a range holds. Int arithmetic only, and
/// only these operators: the generic ones (`pyaot_add`...) and `int::binop_obj`
/// name float (true division, `%`'s str formatting), which every program making a
/// range would then link.
pub(crate) fn int_op(op: BinOp, a: Obj, b: Obj) -> Obj {
    use crate::bigint::arith;
    if !(crate::int::is_int(a) && crate::int::is_int(b)) {
        return exc::type_error(format_args!(
            "range arithmetic on '{}' and '{}'",
            object::type_of(a).name,
            object::type_of(b).name
        ));
    }
    let small = crate::int::value(a).zip(crate::int::value(b));
    match op {
        // Small ints have at most 62 bits: sums and differences fit a word.
        BinOp::Add => match small {
            Some((x, y)) => crate::int::new(x + y),
            None => arith::add(a, b),
        },
        BinOp::Sub => match small {
            Some((x, y)) => crate::int::new(x - y),
            None => arith::sub(a, b),
        },
        BinOp::Mul => match small.and_then(|(x, y)| x.checked_mul(y)) {
            Some(v) => crate::int::new(v),
            None => arith::mul(a, b),
        },
        _ => match crate::int::divmod(a, b) {
            Ok((q, r)) => {
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            Err(()) => 0,
        },
    }
}

fn pyaot_add(a: Obj, b: Obj) -> Obj {
    int_op(BinOp::Add, a, b)
}

fn pyaot_sub(a: Obj, b: Obj) -> Obj {
    int_op(BinOp::Sub, a, b)
}

fn pyaot_mul(a: Obj, b: Obj) -> Obj {
    int_op(BinOp::Mul, a, b)
}

fn pyaot_floordiv(a: Obj, b: Obj) -> Obj {
    int_op(BinOp::FloorDiv, a, b)
}

/// The number of items of `range(start, stop, step)`, `step` not 0, as an int.
fn length(start: Obj, stop: Obj, step: Obj) -> Result<Obj, ()> {
    let zero = tag_int(0);
    let (lo, hi, step) = if cmp(step, zero, CmpOp::Gt)? {
        (start, stop, step)
    } else {
        (stop, start, ok(crate::int::neg(step))?)
    };
    if !cmp(lo, hi, CmpOp::Lt)? {
        return Ok(zero);
    }
    // (hi - lo - 1) // step + 1
    let d = ok(pyaot_sub(ok(pyaot_sub(hi, lo))?, tag_int(1)))?;
    ok(pyaot_add(ok(pyaot_floordiv(d, step))?, tag_int(1)))
}

/// The `(start, stop, step, len)` tuple of a big range (`parts`), made from the
/// int arguments of `range()`; `step` is not 0.
pub fn parts(start: Obj, stop: Obj, step: Obj) -> Obj {
    let Ok(len) = length(start, stop, step) else {
        return 0;
    };
    tuple::from_slice(&[start, stop, step, len])
}

fn get(p: Obj) -> [Obj; 4] {
    let i = tuple::items(p);
    [i[0], i[1], i[2], i[3]]
}

/// `len(r)`: CPython's OverflowError when the length does not fit a ssize_t (on a
/// 32-bit board, where lengths are machine words, beyond 2**31 - 1).
pub fn len(p: Obj) -> Result<usize, ()> {
    let len = get(p)[3];
    let n = crate::int::value(len)
        .or_else(|| crate::bigint::to_i128(len).and_then(|v| isize::try_from(v).ok()));
    match n {
        Some(n) => Ok(n as usize),
        None => {
            exc::overflow_error(format_args!("Python int too large to convert to C ssize_t"));
            Err(())
        }
    }
}

/// `bool(r)`.
pub fn truth(p: Obj) -> Result<bool, ()> {
    cmp(get(p)[3], tag_int(0), CmpOp::Ne)
}

/// `r[key]` for an int key.
pub fn getitem(p: Obj, key: Obj) -> Obj {
    let [start, _, step, len] = get(p);
    let r = (|| {
        let zero = tag_int(0);
        let i = if cmp(key, zero, CmpOp::Lt)? {
            ok(pyaot_add(key, len))?
        } else {
            key
        };
        if cmp(i, zero, CmpOp::Lt)? || !cmp(i, len, CmpOp::Lt)? {
            exc::index_error(format_args!("range object index out of range"));
            return Err(());
        }
        ok(pyaot_add(start, ok(pyaot_mul(i, step))?))
    })();
    r.unwrap_or(0)
}

/// `x in r`: arithmetic for ints, else a scan comparing each item, as CPython.
pub fn contains(p: Obj, x: Obj) -> Obj {
    let [start, stop, step, _] = get(p);
    let r = (|| {
        if crate::int::is_int(x) {
            let inside = if cmp(step, tag_int(0), CmpOp::Gt)? {
                cmp(start, x, CmpOp::Le)? && cmp(x, stop, CmpOp::Lt)?
            } else {
                cmp(stop, x, CmpOp::Lt)? && cmp(x, start, CmpOp::Le)?
            };
            if !inside {
                return Ok(false);
            }
            let rem = ok(int_op(BinOp::Mod, ok(pyaot_sub(x, start))?, step))?;
            return cmp(rem, tag_int(0), CmpOp::Eq);
        }
        let it = ok(iter(p))?;
        loop {
            match crate::func::pyaot_iter_next(it) {
                0 => return Err(()),
                ITER_DONE => return Ok(false),
                v => {
                    if object::eq(v, x)? {
                        return Ok(true);
                    }
                }
            }
        }
    })();
    match r {
        Ok(b) => bool_obj(b),
        Err(()) => 0,
    }
}

/// `iter(r)`.
pub fn iter(p: Obj) -> Obj {
    let [start, _, step, len] = get(p);
    let it = alloc_obj(
        &TYPE_LONGRANGE_ITERATOR,
        core::mem::size_of::<LongRangeIter>(),
    );
    if it != 0 {
        // SAFETY: a fresh LongRangeIter.
        let i = unsafe { &mut *(it as *mut LongRangeIter) };
        (i.next, i.left, i.step) = (start, len, step);
    }
    it
}

/// `reversed(r)`: an iterator from the last item down, by `-step`.
pub fn reversed(p: Obj) -> Obj {
    let [start, _, step, len] = get(p);
    // last = start + (len - 1) * step (for an empty range it is never read).
    let parts = (|| {
        let steps = ok(pyaot_sub(len, tag_int(1)))?;
        let last = ok(pyaot_add(start, ok(pyaot_mul(steps, step))?))?;
        Ok::<_, ()>((last, ok(crate::int::neg(step))?))
    })();
    let Ok((last, back)) = parts else {
        return 0;
    };
    let it = alloc_obj(
        &TYPE_LONGRANGE_ITERATOR,
        core::mem::size_of::<LongRangeIter>(),
    );
    if it != 0 {
        // SAFETY: a fresh LongRangeIter.
        let i = unsafe { &mut *(it as *mut LongRangeIter) };
        (i.next, i.left, i.step) = (last, len, back);
    }
    it
}

fn iter_next(it: Obj) -> Obj {
    // SAFETY: the slot is only called on longrange iterators.
    let i = unsafe { &mut *(it as *mut LongRangeIter) };
    match cmp(i.left, tag_int(0), CmpOp::Gt) {
        Ok(true) => {}
        Ok(false) => return ITER_DONE,
        Err(()) => return 0,
    }
    let v = i.next;
    let (next, left) = (pyaot_add(v, i.step), pyaot_sub(i.left, tag_int(1)));
    if next == 0 || left == 0 {
        return 0;
    }
    (i.next, i.left) = (next, left);
    v
}

/// `repr(r)`.
pub fn repr(p: Obj) -> Obj {
    let [start, stop, step, _] = get(p);
    let s = [object::repr(start), object::repr(stop), object::repr(step)];
    if s.contains(&0) {
        return 0;
    }
    let t = |k: usize| crate::str::as_str(s[k]);
    if step == tag_int(1) {
        crate::str::format(format_args!("range({}, {})", t(0), t(1)))
    } else {
        crate::str::format(format_args!("range({}, {}, {})", t(0), t(1), t(2)))
    }
}

/// The `(len, start, step)` CPython hashes (and compares) a range by, with the parts
/// that do not matter None.
pub fn key(p: Obj) -> Result<[Obj; 3], ()> {
    let [start, _, step, len] = get(p);
    let none = object::none();
    Ok(if cmp(len, tag_int(0), CmpOp::Eq)? {
        [len, none, none]
    } else if cmp(len, tag_int(1), CmpOp::Eq)? {
        [len, start, none]
    } else {
        [len, start, step]
    })
}

/// `r.start`, `r.stop`, `r.step`.
pub fn attribute(p: Obj, name: &str) -> Option<Obj> {
    let [start, stop, step, _] = get(p);
    match name {
        "start" => Some(start),
        "stop" => Some(stop),
        "step" => Some(step),
        _ => None,
    }
}

/// The adjusted `(start, stop, step)` of slice `s` over `len` items, as int objects
/// (CPython's `_PySlice_GetLongIndices`: a range's length may exceed a word).
pub fn slice_indices(s: Obj, len: Obj) -> Result<[Obj; 3], ()> {
    let (a, b, c) = crate::slice::parts(s);
    let none = object::none();
    let int_or = |v: Obj, default: Obj| -> Result<Obj, ()> {
        if v == none {
            return Ok(default);
        }
        if crate::int::value(v).is_some() || crate::bigint::is_big(v) {
            return Ok(crate::int::value(v).map_or(v, tag_int));
        }
        exc::type_error(format_args!(
            "slice indices must be integers or None or have an __index__ method"
        ));
        Err(())
    };
    let step = int_or(c, tag_int(1))?;
    if step == tag_int(0) {
        exc::value_error(format_args!("slice step cannot be zero"));
        return Err(());
    }
    let back = cmp(step, tag_int(0), CmpOp::Lt)?;
    let (lower, upper) = if back {
        (tag_int(-1), ok(pyaot_sub(len, tag_int(1)))?)
    } else {
        (tag_int(0), len)
    };
    let adjust = |v: Obj| -> Result<Obj, ()> {
        if cmp(v, tag_int(0), CmpOp::Lt)? {
            let v = ok(pyaot_add(v, len))?;
            Ok(if cmp(v, lower, CmpOp::Lt)? { lower } else { v })
        } else {
            Ok(if cmp(v, upper, CmpOp::Gt)? { upper } else { v })
        }
    };
    let start = match int_or(a, none)? {
        v if v == none => {
            if back {
                upper
            } else {
                lower
            }
        }
        v => adjust(v)?,
    };
    let stop = match int_or(b, none)? {
        v if v == none => {
            if back {
                lower
            } else {
                upper
            }
        }
        v => adjust(v)?,
    };
    Ok([start, stop, step])
}

/// The `len` of a big range, as an int object.
pub fn len_obj(p: Obj) -> Obj {
    get(p)[3]
}
