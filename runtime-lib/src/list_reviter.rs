//! `list_reverseiterator`, what `reversed(list)` returns: it walks the live list
//! from its end by index, as CPython's, so items changed meanwhile are seen and a
//! list that shrank below the index ends it.

use crate::list;
use crate::object::{alloc_obj, Header, Obj, TypeObject, TYPE_OBJECT};
use pyaot_abi::ITER_DONE;

/// `list_reverseiterator`.
pub static TYPE_LIST_REVERSEITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(next),
    ..TypeObject::new("list_reverseiterator", Some(&TYPE_OBJECT))
};

/// `[type][list][index of the next item, -1 when done]`.
#[repr(C)]
struct ListRevIter {
    header: Header,
    list: Obj,
    index: isize,
}

/// `reversed(l)` for a list `l`.
pub fn new(l: Obj) -> Obj {
    let it = alloc_obj(
        &TYPE_LIST_REVERSEITERATOR,
        core::mem::size_of::<ListRevIter>(),
    );
    if it != 0 {
        // SAFETY: `it` is a fresh ListRevIter.
        let i = unsafe { &mut *(it as *mut ListRevIter) };
        i.list = l;
        i.index = list::len(l) as isize - 1;
    }
    it
}

fn next(it: Obj) -> Obj {
    // SAFETY: the slot is only called on list reverse iterators.
    let i = unsafe { &mut *(it as *mut ListRevIter) };
    if i.index >= 0 {
        if let Some(v) = list::get(i.list, i.index as usize) {
            i.index -= 1;
            return v;
        }
    }
    // Exhausted: the list is dropped, as CPython's iterator drops it.
    (i.index, i.list) = (-1, 0);
    ITER_DONE
}
