//! Slices: `slice` objects, `seq[a:b:c]` on lists, tuples, strs and ranges, and slice
//! assignment and deletion on lists, with CPython's index arithmetic
//! (`PySlice_AdjustIndices`).

use crate::exc;
use crate::object::{alloc_obj, is_type, none, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::{list, range, str as pystr, tuple};

/// `slice`.
pub static TYPE_SLICE: TypeObject = TypeObject {
    repr: Some(slice_repr),
    compare: Some(crate::slice_obj::compare),
    methods: Some(&crate::methods::SLICE_METHODS),
    ..TypeObject::new("slice", Some(&TYPE_OBJECT))
};

/// A slice object: start, stop, step (None where omitted).
#[repr(C)]
struct SliceObj {
    header: Header,
    start: Obj,
    stop: Obj,
    step: Obj,
}

/// `(start, stop, step)` of slice `s`, each an object (None when omitted).
pub fn parts(s: Obj) -> (Obj, Obj, Obj) {
    // SAFETY: only called on slices.
    let so = unsafe { &*(s as *const SliceObj) };
    (so.start, so.stop, so.step)
}

/// Whether `o` is a slice.
pub fn is_slice(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_SLICE)
}

/// `slice(start, stop, step)`.
#[no_mangle]
pub extern "C" fn pyaot_build_slice(start: Obj, stop: Obj, step: Obj) -> Obj {
    let s = alloc_obj(&TYPE_SLICE, core::mem::size_of::<SliceObj>());
    if s != 0 {
        // SAFETY: a fresh slice object.
        unsafe {
            let so = &mut *(s as *mut SliceObj);
            so.start = start;
            so.stop = stop;
            so.step = step;
        }
    }
    s
}

fn slice_repr(s: Obj) -> Obj {
    let (a, b, c) = parts(s);
    let (ra, rb, rc) = (
        crate::object::repr(a),
        crate::object::repr(b),
        crate::object::repr(c),
    );
    if ra == 0 || rb == 0 || rc == 0 {
        return 0;
    }
    pystr::format(format_args!(
        "slice({}, {}, {})",
        pystr::as_str(ra),
        pystr::as_str(rb),
        pystr::as_str(rc)
    ))
}

/// A slice bound as an isize: None → `default`; ints (bools too) as they are.
fn bound(o: Obj, default: isize) -> Result<isize, ()> {
    if o == none() {
        return Ok(default);
    }
    if o & 1 == 1 || crate::object::is_instance(o, &crate::int::TYPE_INT) {
        return range::index_arg(o).or_else(|_| {
            // Huge bounds clamp like CPython's (they only ever clip to the length).
            exc::take();
            Ok(
                if crate::object::compare(o, 1, pyaot_abi::CmpOp::Lt) == crate::object::true_() {
                    isize::MIN
                } else {
                    isize::MAX
                },
            )
        });
    }
    exc::type_error(format_args!(
        "slice indices must be integers or None or have an __index__ method"
    ));
    Err(())
}

/// (start, stop, step, number of items) of slice `s` over a sequence of `len` items.
pub fn indices(s: Obj, len: usize) -> Result<(isize, isize, isize, usize), ()> {
    let (a, b, c) = parts(s);
    let step = bound(c, 1)?;
    if step == 0 {
        exc::value_error(format_args!("slice step cannot be zero"));
        return Err(());
    }
    let len = len as isize;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: isize| -> isize {
        if v < 0 {
            (v.saturating_add(len)).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if a == none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        adjust(bound(a, 0)?)
    };
    let stop = if b == none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        adjust(bound(b, 0)?)
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// Indices selected by a slice, in order.
fn selected(start: isize, step: isize, count: usize) -> impl Iterator<Item = usize> {
    (0..count).map(move |k| (start + k as isize * step) as usize)
}

/// `l[s]` for a slice `s` and an instance `l` of list or a subclass: a new list.
pub fn list_slice(l: Obj, s: Obj) -> Obj {
    let items = list::items(l);
    let Ok((start, _, step, count)) = indices(s, items.len()) else {
        return 0;
    };
    let out = list::with_capacity(count);
    if out == 0 {
        return 0;
    }
    let items = list::items(l);
    for i in selected(start, step, count) {
        if list::push(out, items[i]).is_err() {
            return 0;
        }
    }
    out
}

/// `seq[s]` for a slice `s`; None when `seq`'s type cannot be sliced.
pub fn get(seq: Obj, s: Obj) -> Option<Obj> {
    let items_of: Option<fn(Obj) -> &'static [Obj]> = if is_type(seq, &list::TYPE_LIST) {
        Some(list::items)
    } else if is_type(seq, &tuple::TYPE_TUPLE) {
        Some(tuple::items)
    } else {
        None
    };
    if let Some(items_of) = items_of {
        let items = items_of(seq);
        let Ok((start, _, step, count)) = indices(s, items.len()) else {
            return Some(0);
        };
        let is_list = is_type(seq, &list::TYPE_LIST);
        let out = if is_list {
            list::with_capacity(count)
        } else {
            tuple::alloc(count)
        };
        if out == 0 {
            return Some(0);
        }
        let items = items_of(seq);
        for (k, i) in selected(start, step, count).enumerate() {
            if is_list {
                if list::push(out, items[i]).is_err() {
                    return Some(0);
                }
            } else {
                tuple::items_mut(out)[k] = items[i];
            }
        }
        return Some(out);
    }
    if pystr::is_str(seq) {
        return Some(str_slice(seq, s));
    }
    None
}

/// Whether index `i` is one of the `count` indices `start, start+step, ...`.
fn in_selection(i: usize, start: isize, step: isize, count: usize) -> bool {
    let d = i as isize - start;
    d % step == 0 && (0..count as isize).contains(&(d / step))
}

/// Byte offset of code point `ci` in `text` (its length past the end).
fn byte_offset(text: &str, ci: usize) -> usize {
    text.char_indices().nth(ci).map_or(text.len(), |(o, _)| o)
}

fn str_slice(seq: Obj, s: Obj) -> Obj {
    let text = pystr::as_str(seq);
    let n = pystr::char_len(seq);
    let Ok((start, _, step, count)) = indices(s, n) else {
        return 0;
    };
    let ascii = text.len() == n;
    if step == 1 {
        // A contiguous run: the bytes between two code-point offsets.
        let (from, to) = if ascii {
            (start as usize, start as usize + count)
        } else {
            (
                byte_offset(text, start as usize),
                byte_offset(text, start as usize + count),
            )
        };
        return pystr::from_str(&text[from..to]);
    }
    if ascii {
        let out = pystr::alloc(count);
        if out == 0 {
            return 0;
        }
        let buf = pystr::data_mut(out);
        for (k, i) in selected(start, step, count).enumerate() {
            buf[k] = text.as_bytes()[i];
        }
        return pystr::seal(out);
    }
    // Non-ASCII with a stride: one pass over the characters in slice order.
    let pick = |(i, c): (usize, char)| in_selection(i, start, step, count).then_some(c);
    let total: usize = text
        .chars()
        .enumerate()
        .filter_map(pick)
        .map(char::len_utf8)
        .sum();
    let out = pystr::alloc(total);
    if out == 0 {
        return 0;
    }
    let buf = pystr::data_mut(out);
    let mut at = 0;
    let mut put = |c: char| at += c.encode_utf8(&mut buf[at..]).len();
    if step > 0 {
        text.chars().enumerate().filter_map(pick).for_each(&mut put);
    } else {
        text.chars()
            .rev()
            .enumerate()
            .map(|(j, c)| (n - 1 - j, c))
            .filter_map(pick)
            .for_each(&mut put);
    }
    pystr::seal(out)
}

/// `l[s] = values` for a list and a slice. Err with the exception pending.
pub fn assign(l: Obj, s: Obj, values: Obj) -> Result<(), ()> {
    // The new items are read first: `values` may be `l` itself.
    let new = list::from_iter(values);
    if new == 0 {
        // CPython's PySequence_Fast: any TypeError from reading the values becomes
        // its own message.
        if exc::pending_matches(&exc::TYPE_TYPE_ERROR) {
            let (_, _, step, _) = indices(s, list::items(l).len())?;
            exc::take();
            exc::type_error(format_args!(
                "{}",
                if step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }
            ));
        }
        return Err(());
    }
    let new_items = list::items(new);
    let old = list::items(l);
    let (start, stop, step, count) = indices(s, old.len())?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        let buf = list::with_capacity(old.len() - (stop - start) + new_items.len());
        if buf == 0 {
            return Err(());
        }
        for &x in old[..start].iter().chain(new_items).chain(&old[stop..]) {
            list::push(buf, x)?;
        }
        list::replace_contents(l, list::items(buf))
    } else {
        if new_items.len() != count {
            exc::value_error(format_args!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                count
            ));
            return Err(());
        }
        let buf = list::from_slice(old);
        if buf == 0 {
            return Err(());
        }
        let dst = list::items(buf).as_ptr() as *mut Obj;
        for (k, i) in selected(start, step, count).enumerate() {
            // SAFETY: i < len of buf, a fresh copy.
            unsafe { *dst.add(i) = new_items[k] };
        }
        list::replace_contents(l, list::items(buf))
    }
}

/// `del l[s]` for a list and a slice.
pub fn delete(l: Obj, s: Obj) -> Result<(), ()> {
    let n = list::len(l);
    let (start, _, step, count) = indices(s, n)?;
    let buf = list::with_capacity(n - count);
    if buf == 0 {
        return Err(());
    }
    for (i, &x) in list::items(l).iter().enumerate() {
        if !in_selection(i, start, step, count) {
            list::push(buf, x)?;
        }
    }
    list::replace_contents(l, list::items(buf))
}
