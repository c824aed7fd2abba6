//! Calls and iteration: the function object type, `pyaot_call` (through a function's
//! fast entry), `pyaot_call_method` (dispatch to the built-in types' methods), and
//! the iteration protocol (`pyaot_iter`, `pyaot_iter_next`, [`for_each`]).

use crate::exc;
use crate::object::{self, is_type, type_of, Header, Obj, TypeObject, TYPE_OBJECT, WORD};
use crate::{list, tuple};
use pyaot_abi::{layout, ITER_DONE, MAX_REG_ARGS};

/// `function`, exported so the compiler's static function objects can point at it.
#[export_name = "pyaot_type_function"]
pub static TYPE_FUNCTION: TypeObject = TypeObject {
    repr: Some(function_repr),
    hash: Some(object::identity_hash),
    ..TypeObject::new("function", Some(&TYPE_OBJECT))
};

/// `builtin_function_or_method`: a builtin used as a value (`f = len`).
#[export_name = "pyaot_type_builtin"]
pub static TYPE_BUILTIN: TypeObject = TypeObject {
    repr: Some(builtin_repr),
    hash: Some(object::identity_hash),
    ..TypeObject::new("builtin_function_or_method", Some(&TYPE_OBJECT))
};

/// A builtin's positional entry point: `Obj f(const Obj *args, usize n)`.
pub type BuiltinFn = extern "C" fn(*const Obj, usize) -> Obj;

/// A builtin function object, emitted statically by the compiler.
#[repr(C)]
pub struct BuiltinObj {
    /// `builtin_function_or_method`.
    pub header: Header,
    /// Its name (a str).
    pub name: Obj,
    /// The builtin's entry point.
    pub entry: extern "C" fn(*const Obj, usize) -> Obj,
}

const _: () = {
    let w = core::mem::size_of::<usize>() as u32;
    assert!(core::mem::offset_of!(BuiltinObj, name) as u32 == pyaot_abi::layout::builtin_name(w));
    assert!(core::mem::offset_of!(BuiltinObj, entry) as u32 == pyaot_abi::layout::builtin_entry(w));
};

fn builtin_repr(o: Obj) -> Obj {
    // SAFETY: only builtin objects have this type.
    let b = unsafe { &*(o as *const BuiltinObj) };
    crate::str::format(format_args!(
        "<built-in function {}>",
        crate::str::as_str(b.name)
    ))
}

/// A function object (emitted statically by the compiler for module-level defs).
#[repr(C)]
pub struct FuncObj {
    /// `function`.
    pub header: Header,
    /// Name, file and source for messages and tracebacks.
    pub info: *const FuncInfo,
    /// Number of fast-entry slots (see `pyaot_abi::layout::function_arity`).
    pub arity: usize,
    /// The fast entry: arguments in registers up to `MAX_REG_ARGS`, else a pointer to
    /// an array of them.
    pub fast: usize,
    /// Defaults of the last positional parameters (a tuple), or 0.
    pub defaults: Obj,
    /// Defaults of keyword-only parameters (a dict), or 0.
    pub kwdefaults: Obj,
    /// The closure: a tuple of cells, or 0.
    pub closure: Obj,
}

/// Static facts about a function (not an object).
#[repr(C)]
pub struct FuncInfo {
    /// The function's (qualified) name, a str.
    pub name: Obj,
    /// The file it was defined in, a str.
    pub file: Obj,
    /// The whole module's source text (a str), or 0.
    pub source: Obj,
    /// Parameter names in slot order (a tuple of strs).
    pub params: Obj,
    /// Number of positional parameters.
    pub nargs: usize,
    /// Number of positional-only parameters.
    pub nposonly: usize,
    /// Number of keyword-only parameters.
    pub nkwonly: usize,
    /// `pyaot_abi::FUNC_*` flags.
    pub flags: usize,
    /// The qualified name (`outer.<locals>.inner`), a str.
    pub qualname: Obj,
    /// The line of the `def`.
    pub line: usize,
    /// The name of the module that defines it, a str.
    pub module: Obj,
    /// Its docstring, a str, or None.
    pub doc: Obj,
    /// Its position table (`pyaot_abi::layout::info_positions`), or 0.
    pub positions: usize,
}

const _: () = {
    let w = WORD as u32;
    assert!(core::mem::offset_of!(FuncObj, info) == layout::function_info(w) as usize);
    assert!(core::mem::offset_of!(FuncObj, arity) == layout::function_arity(w) as usize);
    assert!(core::mem::offset_of!(FuncObj, fast) == layout::function_fast(w) as usize);
    assert!(core::mem::size_of::<FuncObj>() == layout::function_size(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, file) == layout::info_file(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, source) == layout::info_source(w) as usize);
    assert!(core::mem::offset_of!(FuncObj, defaults) == layout::function_defaults(w) as usize);
    assert!(core::mem::offset_of!(FuncObj, kwdefaults) == layout::function_kwdefaults(w) as usize);
    assert!(core::mem::offset_of!(FuncObj, closure) == layout::function_closure(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, params) == layout::info_params(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, nargs) == layout::info_nargs(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, nposonly) == layout::info_nposonly(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, nkwonly) == layout::info_nkwonly(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, flags) == layout::info_flags(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, qualname) == layout::info_qualname(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, line) == layout::info_line(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, module) == layout::info_module(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, doc) == layout::info_doc(w) as usize);
    assert!(core::mem::offset_of!(FuncInfo, positions) == layout::info_positions(w) as usize);
    assert!(core::mem::size_of::<FuncInfo>() == layout::info_size(w) as usize);
};

pub(crate) fn as_func<'a>(f: Obj) -> &'a FuncObj {
    // SAFETY: only called on function objects.
    unsafe { &*(f as *const FuncObj) }
}

/// The name of function `f`, as messages print it.
pub fn name(f: Obj) -> &'static str {
    let info = as_func(f).info;
    if info.is_null() {
        return "<function>";
    }
    // SAFETY: a non-null info points to the function's static FuncInfo.
    crate::str::as_str(unsafe { (*info).name })
}

/// Attributes set on function objects (`f.attr = v`, `functools.wraps`), by function:
/// a pair of dicts, its `__dict__` and its reassigned `__name__`, `__qualname__`,
/// `__module__` and `__doc__`. Most function objects are static (in flash on a
/// board), so they cannot hold their own; the few that get attributes have them here
/// (a static the collector scans).
static FUNC_ATTRS: crate::port::Global<Obj> = crate::port::Global::new(0);

/// Attributes every function has, which assignment replaces but `__dict__` omits.
const OWN_ATTRS: [&str; 4] = ["__name__", "__qualname__", "__module__", "__doc__"];

/// The attribute dict of function `f` (its `__dict__`, or with `own` the dict of its
/// reassigned own attributes), made when `create`; 0 when it has none (or, with
/// `create`, when out of memory, an exception pending).
fn attr_dict_of(f: Obj, own: bool, create: bool) -> Result<Obj, ()> {
    let pair = attr_pair(f, create)?;
    if pair == 0 {
        return Ok(0);
    }
    Ok(list::items(pair)[own as usize])
}

/// `f`'s `__dict__` (see `attr_dict_of`).
pub fn attr_dict(f: Obj, create: bool) -> Result<Obj, ()> {
    attr_dict_of(f, false, create)
}

/// `[__dict__, own]` of function `f`.
fn attr_pair(f: Obj, create: bool) -> Result<Obj, ()> {
    let mut table = FUNC_ATTRS.with(|t| *t);
    if table == 0 {
        if !create {
            return Ok(0);
        }
        table = crate::dict::with_capacity(4);
        if table == 0 {
            return Err(());
        }
        FUNC_ATTRS.with(|t| *t = table);
    }
    if let Some(pair) = crate::dict::lookup(table, f)? {
        return Ok(pair);
    }
    if !create {
        return Ok(0);
    }
    let pair = list::with_capacity(2);
    if pair == 0 {
        return Err(());
    }
    for _ in 0..2 {
        let d = crate::dict::with_capacity(4);
        if d == 0 || list::push(pair, d).is_err() {
            return Err(());
        }
    }
    crate::dict::set(table, f, pair)?;
    Ok(pair)
}

/// `f.name` for a function: attributes set on it first, then its own.
pub fn getattr(f: Obj, name: Obj) -> Option<Obj> {
    let own = OWN_ATTRS.contains(&crate::str::as_str(name));
    match attr_dict_of(f, own, false) {
        Ok(0) => {}
        Ok(d) => match crate::dict::lookup(d, name) {
            Ok(Some(v)) => return Some(v),
            Ok(None) => {}
            Err(()) => return Some(0),
        },
        Err(()) => return Some(0),
    }
    let info = as_func(f).info;
    if info.is_null() {
        return None;
    }
    // SAFETY: a non-null info points to the function's static FuncInfo.
    let info = unsafe { &*info };
    Some(match crate::str::as_str(name) {
        "__name__" => info.name,
        "__qualname__" => info.qualname,
        "__module__" => info.module,
        "__doc__" => info.doc,
        "__dict__" => attr_dict(f, true).unwrap_or_default(),
        _ => return None,
    })
}

/// `f.name = value` for a function.
pub fn setattr(f: Obj, name: Obj, value: Obj) -> Obj {
    let own = OWN_ATTRS.contains(&crate::str::as_str(name));
    match attr_dict_of(f, own, true) {
        Ok(d) if crate::dict::set(d, name, value).is_ok() => object::none(),
        _ => 0,
    }
}

fn function_repr(f: Obj) -> Obj {
    crate::str::format(format_args!("<function {} at {:#x}>", name(f), f))
}

/// `(callable, args*, n)`: calls `callable` with `n` positional arguments.
#[no_mangle]
pub extern "C" fn pyaot_call(callable: Obj, args: *const Obj, n: usize) -> Obj {
    if crate::types::is_class(callable) {
        return crate::types::construct(callable, args, n);
    }
    if is_type(callable, &TYPE_BUILTIN) {
        // SAFETY: builtin objects are emitted by the compiler with this layout.
        let b = unsafe { &*(callable as *const BuiltinObj) };
        return (b.entry)(args, n);
    }
    if !is_type(callable, &TYPE_FUNCTION) {
        if let Some(r) = crate::class::call_special(callable, tuple::word_slice(args, n), 0, &[]) {
            return r;
        }
        return exc::type_error(format_args!(
            "'{}' object is not callable",
            type_of(callable).name
        ));
    }
    let f = as_func(callable);
    // SAFETY: every function object points to its static FuncInfo.
    let info = unsafe { &*f.info };
    // Flags (a closure, *args, **kwargs, a generator) need the binding path, except
    // that a generator function's plain call needs no binding either.
    if n == f.arity && f.defaults == 0 && info.nkwonly == 0 {
        if info.flags == 0 {
            return call_fast(f, args, n);
        }
        if info.flags == pyaot_abi::FUNC_GENERATOR {
            return crate::call::new_generator(callable, tuple::word_slice(args, n));
        }
    }
    crate::call::bind_and_call(callable, tuple::word_slice(args, n), 0, &[])
}

/// Calls `f`'s fast entry with exactly its `n == arity` slot values at `args`.
pub fn call_fast(f: &FuncObj, args: *const Obj, n: usize) -> Obj {
    let a = tuple::word_slice(args, n);
    // SAFETY: the compiler emits `fast` as an entry of this shape for this arity:
    // register arguments up to MAX_REG_ARGS, else a pointer to the argument array.
    unsafe {
        type R = usize;
        match *a {
            [] => core::mem::transmute::<usize, extern "C" fn() -> R>(f.fast)(),
            [x] => core::mem::transmute::<usize, extern "C" fn(R) -> R>(f.fast)(x),
            [x, y] => core::mem::transmute::<usize, extern "C" fn(R, R) -> R>(f.fast)(x, y),
            [x, y, z] => {
                core::mem::transmute::<usize, extern "C" fn(R, R, R) -> R>(f.fast)(x, y, z)
            }
            [x, y, z, w] => {
                core::mem::transmute::<usize, extern "C" fn(R, R, R, R) -> R>(f.fast)(x, y, z, w)
            }
            _ => core::mem::transmute::<usize, extern "C" fn(*const R) -> R>(f.fast)(args),
        }
    }
}

const _: () = assert!(
    MAX_REG_ARGS == 4,
    "pyaot_call passes at most 4 register arguments"
);

/// `(func, nargs)`: raises TypeError for a call of `func` with `nargs` positional
/// arguments, in CPython's words. Too few arguments: CPython names the missing
/// parameters, which function objects do not record yet, so the message stops after
/// the count ("f() missing 2 required positional arguments").
#[no_mangle]
pub extern "C" fn pyaot_arg_count_error(func: Obj, nargs: usize) -> Obj {
    let arity = if is_type(func, &TYPE_FUNCTION) {
        as_func(func).arity
    } else {
        0
    };
    let name = if is_type(func, &TYPE_FUNCTION) {
        name(func)
    } else {
        type_of(func).name
    };
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs > arity {
        exc::type_error(format_args!(
            "{}() takes {} positional argument{} but {} {} given",
            name,
            arity,
            plural(arity),
            nargs,
            if nargs == 1 { "was" } else { "were" }
        ))
    } else {
        let missing = arity - nargs;
        exc::type_error(format_args!(
            "{}() missing {} required positional argument{}",
            name,
            missing,
            plural(missing)
        ))
    }
}

/// `(obj, name: str, args*, n)`: `obj.name(*args)` for the built-in types' methods.
#[no_mangle]
pub extern "C" fn pyaot_call_method(obj: Obj, name: Obj, args: *const Obj, n: usize) -> Obj {
    let args = tuple::word_slice(args, n);
    if let Some(r) = crate::class::call_method(obj, name, args, 0, &[]) {
        return r;
    }
    if crate::modules::is_module(obj) {
        // module.function(...): the attribute, called.
        let f = crate::modules::getattr(obj, name);
        if f == 0 {
            return 0;
        }
        return pyaot_call(f, args.as_ptr(), args.len());
    }
    let name_obj = name;
    let name = crate::str::as_str(name);
    let ty = type_of(obj);
    if let Some(r) = crate::typeext::call_method(obj, name, args, &[]) {
        return r;
    }
    // Through the type's method table: naming each type's methods here would link
    // them all (file I/O, float formatting, generators) into every program that
    // calls any method.
    match crate::methods::call_builtin(obj, name, args) {
        Some(v) => v,
        // Not a method of the type: an attribute holding a callable (a function's
        // `__wrapped__`), or the AttributeError getattr words.
        None => {
            if crate::methods::has_method(ty, name) {
                // CPython has it; this runtime's dispatch does not (yet).
                return exc::attribute_error(format_args!(
                    "'{}' object has no attribute '{}'",
                    ty.name, name
                ));
            }
            let f = crate::class::pyaot_getattr(obj, name_obj);
            if f == 0 {
                return 0;
            }
            pyaot_call(f, args.as_ptr(), args.len())
        }
    }
}

/// `(obj)`: `iter(obj)`.
#[no_mangle]
pub extern "C" fn pyaot_iter(o: Obj) -> Obj {
    let ty = type_of(o);
    match ty.iter {
        Some(f) => f(o),
        None => exc::type_error(format_args!("'{}' object is not iterable", ty.name)),
    }
}

/// `(iterator)`: the next item, `ITER_DONE` when exhausted, 0 when it raised.
#[no_mangle]
pub extern "C" fn pyaot_iter_next(it: Obj) -> Obj {
    let ty = type_of(it);
    match ty.next {
        Some(f) => f(it),
        None => exc::type_error(format_args!("'{}' object is not an iterator", ty.name)),
    }
}

/// `(seq, n, out*)`: `a, b = seq`: stores exactly `n` items of iterable `seq` in
/// `out[0..n]`; returns None, or 0 with TypeError/ValueError pending.
///
/// # Safety
/// `out` must point to room for `n` words (compiled code passes its argument area).
#[no_mangle]
pub unsafe extern "C" fn pyaot_unpack_sequence(seq: Obj, n: usize, out: *mut Obj) -> Obj {
    let out: &mut [Obj] = if n == 0 {
        &mut []
    } else {
        // SAFETY: compiled code passes room for `n` words at `out`.
        unsafe { core::slice::from_raw_parts_mut(out, n) }
    };
    // Lists and tuples: check the length first, copy without an iterator.
    if let Some(items) = tuple::seq_items(seq) {
        if items.len() == n {
            out.copy_from_slice(items);
            return object::none();
        }
        return unpack_count_error(n, items.len());
    }
    let ty = type_of(seq);
    if ty.iter.is_none() {
        return exc::type_error(format_args!(
            "cannot unpack non-iterable {} object",
            ty.name
        ));
    }
    let it = pyaot_iter(seq);
    if it == 0 {
        return 0;
    }
    // One more item than wanted tells "too many" from "exactly n".
    #[allow(clippy::needless_range_loop)] // `got` is also the count reported
    for got in 0..=n {
        match pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE if got == n => return object::none(),
            ITER_DONE => return unpack_count_error(n, got),
            x if got < n => out[got] = x,
            _ => return unpack_count_error(n, n + 1),
        }
    }
    object::none()
}

/// ValueError for unpacking `got` items into `want` targets, in CPython 3.11's words.
fn unpack_count_error(want: usize, got: usize) -> Obj {
    if got > want {
        exc::value_error(format_args!(
            "too many values to unpack (expected {})",
            want
        ))
    } else {
        exc::value_error(format_args!(
            "not enough values to unpack (expected {}, got {})",
            want, got
        ))
    }
}

/// Calls `f` on each item of `iterable` (`for x in iterable`), stopping at the first
/// error. Lists and tuples are walked directly, without an iterator object.
pub fn for_each(iterable: Obj, mut f: impl FnMut(Obj) -> Result<(), ()>) -> Result<(), ()> {
    if is_type(iterable, &tuple::TYPE_TUPLE) {
        return tuple::items(iterable).iter().try_for_each(|&x| f(x));
    }
    if is_type(iterable, &list::TYPE_LIST) {
        let mut i = 0;
        // Re-read at each step: `f` may grow or shrink the list.
        while let Some(x) = list::get(iterable, i) {
            f(x)?;
            i += 1;
        }
        return Ok(());
    }
    let it = pyaot_iter(iterable);
    if it == 0 {
        return Err(());
    }
    loop {
        match pyaot_iter_next(it) {
            0 => return Err(()),
            ITER_DONE => return Ok(()),
            x => f(x)?,
        }
    }
}
