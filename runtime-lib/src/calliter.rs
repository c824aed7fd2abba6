//! `iter(callable, sentinel)`: CPython's `callable_iterator`, which calls the callable
//! with no arguments for each item and stops at the first result equal to the
//! sentinel (or when the call raises StopIteration). Once stopped it never calls
//! again, as CPython clears its reference to the callable.

use crate::exc;
use crate::func::pyaot_call;
use crate::object::{self, alloc_obj, Header, Obj, TypeObject, TYPE_OBJECT};
use pyaot_abi::ITER_DONE;

#[repr(C)]
struct CallIter {
    header: Header,
    /// The callable, or 0 once the iterator is exhausted.
    callable: Obj,
    sentinel: Obj,
}

/// `callable_iterator`.
pub static TYPE_CALLABLE_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(next),
    ..TypeObject::new("callable_iterator", Some(&TYPE_OBJECT))
};

fn get(o: Obj) -> &'static mut CallIter {
    // SAFETY: only called on callable_iterator objects, made by `new`.
    unsafe { &mut *(o as *mut CallIter) }
}

/// `iter(callable, sentinel)`, with CPython's TypeError for a non-callable.
pub fn new(callable: Obj, sentinel: Obj) -> Obj {
    if !crate::iterbuiltins::is_callable(callable) {
        return exc::type_error(format_args!("iter(v, w): v must be callable"));
    }
    let o = alloc_obj(&TYPE_CALLABLE_ITERATOR, core::mem::size_of::<CallIter>());
    if o != 0 {
        let it = get(o);
        it.callable = callable;
        it.sentinel = sentinel;
    }
    o
}

fn next(o: Obj) -> Obj {
    let f = get(o).callable;
    if f == 0 {
        return ITER_DONE;
    }
    let v = pyaot_call(f, core::ptr::null(), 0);
    if v == 0 {
        if exc::pending_matches(&exc::TYPE_STOP_ITERATION) {
            exc::take();
            get(o).callable = 0;
            return ITER_DONE;
        }
        return 0;
    }
    // CPython compares `sentinel == value`, sentinel first (it matters for __eq__).
    match object::eq(get(o).sentinel, v) {
        Ok(false) => v,
        Ok(true) => {
            let it = get(o);
            it.callable = 0;
            it.sentinel = 0;
            ITER_DONE
        }
        Err(()) => 0,
    }
}
