//! Builtins about iteration and attributes: `iter`, `next`, `enumerate`, `zip`,
//! `map`, `filter`, `reversed`, `sorted`, `any`, `all`, `getattr`, `setattr`,
//! `hasattr`, `callable`, `id`. The lazy ones return iterator objects, as in CPython.
//! Builtins that take keywords have a second entry `(args*, n, kwnames)` listed in
//! `pyaot_abi::BUILTINS_KW`.

use crate::exc;
use crate::func::{pyaot_call, pyaot_iter, pyaot_iter_next};
use crate::object::{
    self, alloc_obj, is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT,
};
use crate::{list, str as pystr, tuple};
use pyaot_abi::{tag_int, ITER_DONE};

fn args<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    tuple::word_slice(p, n)
}

/// Splits `(args*, n, kwnames)` into positional arguments and (name, value) pairs.
pub(crate) fn split_kw<'a>(
    p: *const Obj,
    n: usize,
    kwnames: Obj,
) -> (&'a [Obj], &'a [Obj], &'a [Obj]) {
    let all = args(p, n);
    let names = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let (pos, vals) = all.split_at(n - names.len());
    (pos, names, vals)
}

fn unexpected_kw(func: &str, name: Obj) -> Obj {
    exc::type_error(format_args!(
        "{}() got an unexpected keyword argument '{}'",
        func,
        pystr::as_str(name)
    ))
}

/// `iter(x)` and `iter(callable, sentinel)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_iter(a: *const Obj, n: usize) -> Obj {
    match *args(a, n) {
        [x] => pyaot_iter(x),
        [f, sentinel] => crate::calliter::new(f, sentinel),
        [] => exc::type_error(format_args!("iter expected at least 1 argument, got 0")),
        _ => exc::type_error(format_args!("iter expected at most 2 arguments, got {n}")),
    }
}

/// `next(it[, default])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_next(a: *const Obj, n: usize) -> Obj {
    let (it, default) = match *args(a, n) {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        _ => return exc::type_error(format_args!("next expected at most 2 arguments, got {n}")),
    };
    if type_of(it).next.is_none() {
        return exc::type_error(format_args!(
            "'{}' object is not an iterator",
            type_of(it).name
        ));
    }
    if crate::gen::is_generator(it) {
        // Its StopIteration carries the generator's return value.
        return crate::gen::next_builtin(it, default);
    }
    match pyaot_iter_next(it) {
        ITER_DONE => match default {
            Some(d) => d,
            None => exc::raise(&exc::TYPE_STOP_ITERATION, 0),
        },
        v => v,
    }
}

/// A lazy iterator over other iterators: enumerate, zip, map, filter; and
/// `reversed` over a sequence.
#[repr(C)]
struct Lazy {
    header: Header,
    /// enumerate: the next index (tagged); map/filter: the function.
    extra: Obj,
    /// The source iterators, a tuple; reversed: the sequence (its next index in
    /// `extra`).
    sources: Obj,
}

/// `enumerate`.
pub static TYPE_ENUMERATE: TypeObject = lazy_type(
    "enumerate",
    enumerate_next,
    &crate::methods::ENUMERATE_METHODS,
);
/// `zip`.
pub static TYPE_ZIP: TypeObject = lazy_type("zip", zip_next, &crate::methods::ZIP_METHODS);
/// `map`.
pub static TYPE_MAP: TypeObject = lazy_type("map", map_next, &crate::methods::MAP_METHODS);
/// `filter`.
pub static TYPE_FILTER: TypeObject =
    lazy_type("filter", filter_next, &crate::methods::FILTER_METHODS);
/// `reversed`: what `reversed(seq)` makes for a sequence without a reverse iterator
/// of its own (a tuple, a str, a class with `__len__` and `__getitem__`).
pub static TYPE_REVERSED: TypeObject =
    lazy_type("reversed", reversed_next, &crate::methods::REVERSED_METHODS);

const fn lazy_type(
    name: &'static str,
    next: fn(Obj) -> Obj,
    methods: &'static crate::methods::MethodTable,
) -> TypeObject {
    TypeObject {
        iter: Some(|it| it),
        next: Some(next),
        methods: Some(methods),
        ..TypeObject::new(name, Some(&TYPE_OBJECT))
    }
}

fn lazy(o: Obj) -> &'static mut Lazy {
    // SAFETY: only called on the lazy iterator types.
    unsafe { &mut *(o as *mut Lazy) }
}

fn new_lazy(ty: &'static TypeObject, extra: Obj, iterables: &[Obj]) -> Obj {
    let sources = tuple::alloc(iterables.len());
    if sources == 0 {
        return 0;
    }
    for (k, &x) in iterables.iter().enumerate() {
        let it = pyaot_iter(x);
        if it == 0 {
            return 0;
        }
        tuple::items_mut(sources)[k] = it;
    }
    let o = alloc_obj(ty, core::mem::size_of::<Lazy>());
    if o != 0 {
        let l = lazy(o);
        l.extra = extra;
        l.sources = sources;
    }
    o
}

fn enumerate_next(o: Obj) -> Obj {
    let l = lazy(o);
    let v = pyaot_iter_next(tuple::items(l.sources)[0]);
    if v == 0 || v == ITER_DONE {
        return v;
    }
    let i = l.extra;
    let next = crate::ops::pyaot_add(i, tag_int(1));
    if next == 0 {
        return 0;
    }
    lazy(o).extra = next;
    tuple::from_slice(&[i, v])
}

fn zip_next(o: Obj) -> Obj {
    let srcs = tuple::items(lazy(o).sources);
    if srcs.is_empty() {
        return ITER_DONE;
    }
    let t = tuple::alloc(srcs.len());
    if t == 0 {
        return 0;
    }
    for (k, &it) in tuple::items(lazy(o).sources).iter().enumerate() {
        match pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE if lazy(o).extra != 0 => return zip_strict_end(o, k),
            ITER_DONE => return ITER_DONE,
            v => tuple::items_mut(t)[k] = v,
        }
    }
    t
}

/// `zip(..., strict=True)` when iterator `k` ran out: the end, or CPython's
/// ValueError naming the argument that is shorter or longer than the others.
fn zip_strict_end(o: Obj, k: usize) -> Obj {
    /// "argument 1" or "arguments 1-k" (k > 1): the arguments before number k + 1.
    struct Before(usize);
    impl core::fmt::Display for Before {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.0 {
                1 => f.write_str("argument 1"),
                k => write!(f, "arguments 1-{k}"),
            }
        }
    }
    if k > 0 {
        return exc::value_error(format_args!(
            "zip() argument {} is shorter than {}",
            k + 1,
            Before(k)
        ));
    }
    let srcs = tuple::items(lazy(o).sources);
    for (j, &it) in srcs.iter().enumerate().skip(1) {
        match pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE => {}
            _ => {
                return exc::value_error(format_args!(
                    "zip() argument {} is longer than {}",
                    j + 1,
                    Before(j)
                ))
            }
        }
    }
    ITER_DONE
}

fn map_next(o: Obj) -> Obj {
    let n = tuple::len(lazy(o).sources);
    let mut vals = [0 as Obj; 8];
    for (k, slot) in vals.iter_mut().enumerate().take(n) {
        match pyaot_iter_next(tuple::items(lazy(o).sources)[k]) {
            0 => return 0,
            ITER_DONE => return ITER_DONE,
            v => *slot = v,
        }
    }
    pyaot_call(lazy(o).extra, vals.as_ptr(), n)
}

fn filter_next(o: Obj) -> Obj {
    loop {
        let v = pyaot_iter_next(tuple::items(lazy(o).sources)[0]);
        if v == 0 || v == ITER_DONE {
            return v;
        }
        let f = lazy(o).extra;
        let keep = if f == none() { v } else { pyaot_call(f, &v, 1) };
        if keep == 0 {
            return 0;
        }
        match object::is_true(keep) {
            Ok(true) => return v,
            Ok(false) => {}
            Err(()) => return 0,
        }
    }
}

/// `enumerate(iterable, start=0)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_enumerate(a: *const Obj, n: usize) -> Obj {
    pyaot_builtin_enumerate_kw(a, n, 0)
}

/// `enumerate` with keywords.
#[no_mangle]
pub extern "C" fn pyaot_builtin_enumerate_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, names, vals) = split_kw(a, n, kwnames);
    let mut start = tag_int(0);
    for (&k, &v) in names.iter().zip(vals) {
        match pystr::as_str(k) {
            "start" => start = v,
            _ => {
                return exc::type_error(format_args!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    pystr::as_str(k)
                ))
            }
        }
    }
    let iterable = match *pos {
        [x] => x,
        [x, s] if names.is_empty() => {
            start = s;
            x
        }
        _ => {
            return exc::type_error(format_args!(
                "enumerate() takes at most 2 arguments ({n} given)"
            ))
        }
    };
    if !object::is_instance(start, &crate::int::TYPE_INT) {
        return exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(start).name
        ));
    }
    new_lazy(&TYPE_ENUMERATE, start, &[iterable])
}

/// `zip(*iterables)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_zip(a: *const Obj, n: usize) -> Obj {
    new_lazy(&TYPE_ZIP, 0, args(a, n))
}

/// `zip(*iterables, strict=False)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_zip_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, names, vals) = split_kw(a, n, kwnames);
    let mut strict = false;
    for (&k, &v) in names.iter().zip(vals) {
        match pystr::as_str(k) {
            "strict" => match object::is_true(v) {
                Ok(b) => strict = b,
                Err(()) => return 0,
            },
            _ => return crate::builtins_kw::invalid_kw("zip", k),
        }
    }
    new_lazy(&TYPE_ZIP, if strict { object::true_() } else { 0 }, pos)
}

/// `map(f, *iterables)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_map(a: *const Obj, n: usize) -> Obj {
    match args(a, n) {
        [f, rest @ ..] if !rest.is_empty() && rest.len() <= 8 => new_lazy(&TYPE_MAP, *f, rest),
        _ => exc::type_error(format_args!("map() must have at least two arguments.")),
    }
}

/// `filter(f, iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_filter(a: *const Obj, n: usize) -> Obj {
    match *args(a, n) {
        [f, x] => new_lazy(&TYPE_FILTER, f, &[x]),
        _ => exc::type_error(format_args!("filter expected 2 arguments, got {n}")),
    }
}

/// `reversed(seq)`: a dict's or view's reverse iterator, what a class's
/// `__reversed__` returns, a list's or range's own reverse iterator, else a
/// `reversed` object indexing the sequence from its end.
#[no_mangle]
pub extern "C" fn pyaot_builtin_reversed(a: *const Obj, n: usize) -> Obj {
    let [x] = *args(a, n) else {
        return exc::type_error(format_args!("reversed expected 1 argument, got {n}"));
    };
    if let Some(r) =
        crate::class::call_dunder_if_defined(x, crate::static_str!("__reversed__"), &[])
    {
        return r;
    }
    // After the class's own method: a dict subclass may define `__reversed__`.
    if let Some(it) = crate::dict::reversed(x) {
        return it;
    }
    let t = type_of(x);
    if t.len.is_none() || t.getitem.is_none() || is_type(x, &crate::dict::TYPE_DICT) {
        return exc::type_error(format_args!("'{}' object is not reversible", t.name));
    }
    // CPython's own reverse iterators of these are not `reversed` objects.
    if is_type(x, &list::TYPE_LIST) {
        return crate::list_reviter::new(x);
    }
    if is_type(x, &crate::range::TYPE_RANGE) {
        return crate::range::reversed(x);
    }
    // A str indexes by code point: walk a list of its characters instead.
    let seq = if pystr::is_str(x) {
        list::from_iter(x)
    } else {
        x
    };
    if seq == 0 {
        return 0;
    }
    let len = match (t.len.unwrap_or(|_| Ok(0)))(x) {
        Ok(len) => len,
        Err(()) => return 0,
    };
    let o = alloc_obj(&TYPE_REVERSED, core::mem::size_of::<Lazy>());
    if o != 0 {
        let l = lazy(o);
        l.extra = tag_int(len as isize - 1);
        l.sources = seq;
    }
    o
}

/// The next item of a `reversed` object: `seq[index]`, counting down; an
/// IndexError or StopIteration from the sequence ends it, as in CPython.
fn reversed_next(o: Obj) -> Obj {
    let l = lazy(o);
    let i = pyaot_abi::untag_int(l.extra);
    if i < 0 {
        return ITER_DONE;
    }
    l.extra = tag_int(i - 1);
    let Some(getitem) = type_of(l.sources).getitem else {
        return ITER_DONE;
    };
    let v = getitem(l.sources, tag_int(i));
    if v == 0
        && (exc::pending_matches(&exc::TYPE_INDEX_ERROR)
            || exc::pending_matches(&exc::TYPE_STOP_ITERATION))
    {
        exc::take();
        l.extra = tag_int(-1);
        return ITER_DONE;
    }
    v
}

/// `sorted(iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_sorted(a: *const Obj, n: usize) -> Obj {
    pyaot_builtin_sorted_kw(a, n, 0)
}

/// `sorted(iterable, key=None, reverse=False)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_sorted_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let (pos, names, vals) = split_kw(a, n, kwnames);
    let [x] = *pos else {
        return exc::type_error(format_args!(
            "sorted expected 1 argument, got {}",
            pos.len()
        ));
    };
    let (mut key, mut reverse) = (none(), false);
    for (&k, &v) in names.iter().zip(vals) {
        match pystr::as_str(k) {
            "key" => key = v,
            "reverse" => match object::is_true(v) {
                Ok(b) => reverse = b,
                Err(()) => return 0,
            },
            _ => return unexpected_kw("sort", k),
        }
    }
    let l = list::from_iter(x);
    if l == 0 {
        return 0;
    }
    match list::sort_by(l, key, reverse) {
        Ok(()) => l,
        Err(()) => 0,
    }
}

fn any_all(a: *const Obj, n: usize, name: &str, want: bool) -> Obj {
    let [x] = *args(a, n) else {
        return exc::type_error(format_args!(
            "{name}() takes exactly one argument ({n} given)"
        ));
    };
    let it = pyaot_iter(x);
    if it == 0 {
        return 0;
    }
    loop {
        match pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE => return object::bool_obj(!want),
            v => match object::is_true(v) {
                Ok(b) if b == want => return object::bool_obj(want),
                Ok(_) => {}
                Err(()) => return 0,
            },
        }
    }
}

/// `any(iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_any(a: *const Obj, n: usize) -> Obj {
    any_all(a, n, "any", true)
}

/// `all(iterable)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_all(a: *const Obj, n: usize) -> Obj {
    any_all(a, n, "all", false)
}

fn attr_name(name: Obj, func: &str) -> Result<(), ()> {
    if pystr::is_str(name) {
        Ok(())
    } else {
        exc::type_error(format_args!("{func}(): attribute name must be string"));
        Err(())
    }
}

/// `getattr(obj, name[, default])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_getattr(a: *const Obj, n: usize) -> Obj {
    let (o, name, default) = match *args(a, n) {
        [o, name] => (o, name, None),
        [o, name, d] => (o, name, Some(d)),
        _ => return exc::type_error(format_args!("getattr expected 2 or 3 arguments, got {n}")),
    };
    if attr_name(name, "getattr").is_err() {
        return 0;
    }
    let v = crate::class::pyaot_getattr(o, name);
    match (v, default) {
        (0, Some(d)) if exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) => {
            exc::take();
            d
        }
        (v, _) => v,
    }
}

/// `setattr(obj, name, value)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_setattr(a: *const Obj, n: usize) -> Obj {
    match *args(a, n) {
        [o, name, v] => {
            if attr_name(name, "setattr").is_err() {
                return 0;
            }
            crate::class::pyaot_setattr(o, name, v)
        }
        _ => exc::type_error(format_args!("setattr expected 3 arguments, got {n}")),
    }
}

/// `delattr(obj, name)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_delattr(a: *const Obj, n: usize) -> Obj {
    match *args(a, n) {
        [o, name] => {
            if attr_name(name, "delattr").is_err() {
                return 0;
            }
            crate::class::pyaot_delattr(o, name)
        }
        _ => exc::type_error(format_args!("delattr expected 2 arguments, got {n}")),
    }
}

/// `hasattr(obj, name)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_hasattr(a: *const Obj, n: usize) -> Obj {
    let [o, name] = *args(a, n) else {
        return exc::type_error(format_args!("hasattr expected 2 arguments, got {n}"));
    };
    if attr_name(name, "hasattr").is_err() {
        return 0;
    }
    match crate::class::pyaot_getattr(o, name) {
        0 if exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) => {
            exc::take();
            object::false_()
        }
        0 => 0,
        _ => object::true_(),
    }
}

/// `callable(obj)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_callable(a: *const Obj, n: usize) -> Obj {
    let [o] = *args(a, n) else {
        return exc::type_error(format_args!(
            "callable() takes exactly one argument ({n} given)"
        ));
    };
    object::bool_obj(is_callable(o))
}

/// Whether `o` can be called (CPython's `PyCallable_Check`).
pub fn is_callable(o: Obj) -> bool {
    if o & 1 == 1 {
        return false;
    }
    let t = type_of(o);
    let yes = is_type(o, &crate::func::TYPE_FUNCTION)
        || is_type(o, &crate::func::TYPE_BUILTIN)
        || is_type(o, &crate::class::TYPE_METHOD)
        || is_type(o, &crate::methods::TYPE_BOUND_BUILTIN)
        || is_type(o, &crate::methods::TYPE_METHOD_DESCRIPTOR)
        || crate::types::is_class(o)
        || (t.is_heap_class()
            && crate::class::pyaot_getattr(o, crate::static_str!("__call__")) != 0);
    exc::take();
    yes
}

/// `id(obj)`: the address (small ints: their tagged word).
#[no_mangle]
pub extern "C" fn pyaot_builtin_id(a: *const Obj, n: usize) -> Obj {
    let [o] = *args(a, n) else {
        return exc::type_error(format_args!("id() takes exactly one argument ({n} given)"));
    };
    crate::int::new((o >> 1) as isize)
}
