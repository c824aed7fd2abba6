//! Built-in classes as values: the table compiled code indexes (`pyaot_abi::
//! BUILTIN_TYPES`), calling a class (`ValueError("x")`, `int("3")` through a value),
//! and the builtins `isinstance`, `issubclass` and `type`.

use crate::exc::{self, *};
use crate::object::{self, is_type, type_of, Obj, TypeObject, TYPE_OBJECT, TYPE_TYPE};
use crate::{dict, float, int, list, range, str as pystr, tuple};

/// Pointers to the built-in classes, in `pyaot_abi::BUILTIN_TYPES` order.
#[export_name = "pyaot_builtin_types"]
pub static BUILTIN_TYPES: [&TypeObject; 87] = [
    &TYPE_OBJECT,
    &TYPE_TYPE,
    &int::TYPE_INT,
    &int::TYPE_BOOL,
    &float::TYPE_FLOAT,
    &pystr::TYPE_STR,
    &list::TYPE_LIST,
    &tuple::TYPE_TUPLE,
    &dict::TYPE_DICT,
    &range::TYPE_RANGE,
    &TYPE_BASE_EXCEPTION,
    &TYPE_EXCEPTION,
    &TYPE_ARITHMETIC_ERROR,
    &TYPE_ZERO_DIVISION_ERROR,
    &TYPE_OVERFLOW_ERROR,
    &TYPE_LOOKUP_ERROR,
    &TYPE_INDEX_ERROR,
    &TYPE_KEY_ERROR,
    &TYPE_TYPE_ERROR,
    &TYPE_VALUE_ERROR,
    &TYPE_NAME_ERROR,
    &TYPE_UNBOUND_LOCAL_ERROR,
    &TYPE_RUNTIME_ERROR,
    &TYPE_RECURSION_ERROR,
    &TYPE_NOT_IMPLEMENTED_ERROR,
    &TYPE_MEMORY_ERROR,
    &TYPE_ATTRIBUTE_ERROR,
    &TYPE_STOP_ITERATION,
    &TYPE_ASSERTION_ERROR,
    &crate::class::TYPE_STATICMETHOD,
    &crate::class::TYPE_CLASSMETHOD,
    &crate::class::TYPE_PROPERTY,
    &crate::set::TYPE_SET,
    &crate::set::TYPE_FROZENSET,
    &TYPE_SYSTEM_EXIT,
    &TYPE_IMPORT_ERROR,
    &TYPE_MODULE_NOT_FOUND_ERROR,
    &TYPE_GENERATOR_EXIT,
    &crate::exc_types::TYPE_OS_ERROR,
    &crate::exc_types::TYPE_OS_ERROR,
    &crate::exc_types::TYPE_OS_ERROR,
    &crate::exc_types::TYPE_BLOCKING_IO_ERROR,
    &crate::exc_types::TYPE_CHILD_PROCESS_ERROR,
    &crate::exc_types::TYPE_CONNECTION_ERROR,
    &crate::exc_types::TYPE_BROKEN_PIPE_ERROR,
    &crate::exc_types::TYPE_CONNECTION_ABORTED_ERROR,
    &crate::exc_types::TYPE_CONNECTION_REFUSED_ERROR,
    &crate::exc_types::TYPE_CONNECTION_RESET_ERROR,
    &crate::exc_types::TYPE_FILE_EXISTS_ERROR,
    &crate::exc_types::TYPE_FILE_NOT_FOUND_ERROR,
    &crate::exc_types::TYPE_INTERRUPTED_ERROR,
    &crate::exc_types::TYPE_IS_A_DIRECTORY_ERROR,
    &crate::exc_types::TYPE_NOT_A_DIRECTORY_ERROR,
    &crate::exc_types::TYPE_PERMISSION_ERROR,
    &crate::exc_types::TYPE_PROCESS_LOOKUP_ERROR,
    &crate::exc_types::TYPE_TIMEOUT_ERROR,
    &crate::exc_types::TYPE_EOF_ERROR,
    &crate::exc_types::TYPE_KEYBOARD_INTERRUPT,
    &TYPE_BUFFER_ERROR,
    &crate::exc_types::TYPE_FLOATING_POINT_ERROR,
    &crate::exc_types::TYPE_REFERENCE_ERROR,
    &crate::exc_types::TYPE_SYSTEM_ERROR,
    &crate::exc_types::TYPE_STOP_ASYNC_ITERATION,
    &crate::exc_types::TYPE_SYNTAX_ERROR,
    &crate::exc_types::TYPE_INDENTATION_ERROR,
    &crate::exc_types::TYPE_TAB_ERROR,
    &crate::exc_types::TYPE_WARNING,
    &crate::exc_types::TYPE_USER_WARNING,
    &crate::exc_types::TYPE_DEPRECATION_WARNING,
    &crate::exc_types::TYPE_PENDING_DEPRECATION_WARNING,
    &crate::exc_types::TYPE_SYNTAX_WARNING,
    &crate::exc_types::TYPE_RUNTIME_WARNING,
    &crate::exc_types::TYPE_FUTURE_WARNING,
    &crate::exc_types::TYPE_IMPORT_WARNING,
    &crate::exc_types::TYPE_UNICODE_WARNING,
    &crate::exc_types::TYPE_BYTES_WARNING,
    &crate::exc_types::TYPE_RESOURCE_WARNING,
    &crate::exc_types::TYPE_ENCODING_WARNING,
    &crate::codecs::TYPE_UNICODE_ERROR,
    &crate::codecs::TYPE_UNICODE_ENCODE_ERROR,
    &crate::codecs::TYPE_UNICODE_DECODE_ERROR,
    &crate::slice::TYPE_SLICE,
    &crate::iterbuiltins::TYPE_ENUMERATE,
    &crate::iterbuiltins::TYPE_ZIP,
    &crate::iterbuiltins::TYPE_MAP,
    &crate::iterbuiltins::TYPE_FILTER,
    &crate::iterbuiltins::TYPE_REVERSED,
];

const _: () = assert!(BUILTIN_TYPES.len() == pyaot_abi::BUILTIN_TYPES.len());

/// The type object a class value points to.
pub fn as_type(o: Obj) -> &'static TypeObject {
    // SAFETY: callers check `is_type(o, &TYPE_TYPE)`; type objects are static.
    unsafe { &*(o as *const TypeObject) }
}

/// Whether `o` is a class.
pub fn is_class(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_TYPE)
}

fn args<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    if n == 0 {
        &[]
    } else {
        // SAFETY: compiled code passes n words at p.
        unsafe { core::slice::from_raw_parts(p, n) }
    }
}

/// Calls class `cls` with positional arguments (an instance of it).
pub fn construct(cls: Obj, a: *const Obj, n: usize) -> Obj {
    let ty = as_type(cls);
    if ty.is_heap_class() {
        return crate::class::construct(cls, args(a, n), 0, &[]);
    }
    if let Some(r) = crate::class::construct_builtin(ty, args(a, n)) {
        return r;
    }
    if let Some(x) = ty.ext {
        return (x.construct)(args(a, n), &[]);
    }
    // float, set, frozenset, slice, enumerate, zip, map, filter, reversed: through
    // the type, so that calling a class links only
    // the constructors of types the program can make.
    if let Some(c) = ty.methods.and_then(|m| m.construct) {
        return c(ty, args(a, n));
    }
    if ty.is_subtype(&TYPE_BASE_EXCEPTION) {
        return new_exception_with(ty, args(a, n));
    }
    if core::ptr::eq(ty, &TYPE_OBJECT) {
        // `object()`: a featureless instance (a unique sentinel).
        if n != 0 {
            return exc::type_error(format_args!("object() takes no arguments"));
        }
        return crate::object::alloc_obj(
            &TYPE_OBJECT,
            core::mem::size_of::<crate::object::Header>(),
        );
    }
    type Ctor = extern "C" fn(*const Obj, usize) -> Obj;
    // int and range through hooks (`pyaot_abi::CLASS_HOOKS`): int's parsing and
    // range's argument handling are linked only into programs using them as values.
    if core::ptr::eq(ty, &int::TYPE_INT) {
        return crate::hooks::class_new(0, a, n);
    }
    // By name: naming range's type object would link its slots (big ranges, with
    // big-int arithmetic) into every program that calls a class.
    if ty.name == "range" {
        return crate::hooks::class_new(1, a, n);
    }
    let ctor: Option<Ctor> = if core::ptr::eq(ty, &int::TYPE_BOOL) {
        Some(crate::print::pyaot_builtin_bool)
    } else if core::ptr::eq(ty, &pystr::TYPE_STR) {
        Some(crate::print::pyaot_builtin_str)
    } else if core::ptr::eq(ty, &list::TYPE_LIST) {
        Some(crate::builtins::pyaot_builtin_list)
    } else if core::ptr::eq(ty, &tuple::TYPE_TUPLE) {
        Some(crate::builtins::pyaot_builtin_tuple)
    } else if core::ptr::eq(ty, &dict::TYPE_DICT) {
        Some(crate::builtins::pyaot_builtin_dict)
    } else if core::ptr::eq(ty, &TYPE_TYPE) {
        Some(pyaot_builtin_type)
    } else {
        None
    };
    match ctor {
        Some(f) => f(a, n),
        None => exc::type_error(format_args!("cannot create '{}' instances", ty.name)),
    }
}

/// A new exception of class `ty` from constructor arguments.
pub fn new_exception_with(ty: &'static TypeObject, a: &[Obj]) -> Obj {
    let ty = crate::exc_types::construct_type(ty, a);
    match a {
        [] => exc::new_exception(ty, 0),
        [x] => exc::new_exception(ty, *x),
        many => {
            let t = tuple::pyaot_build_tuple(many.as_ptr(), many.len());
            if t == 0 {
                return 0;
            }
            let e = exc::new_exception(ty, 0);
            if e != 0 {
                // SAFETY: a fresh exception object.
                unsafe { (*(e as *mut ExcObject)).args = t };
            }
            e
        }
    }
}

/// Whether `cls` (a class or a tuple of classes, nested) includes a base of `ty`.
fn class_matches(ty: &'static TypeObject, spec: Obj, what: &str) -> Result<bool, ()> {
    if is_class(spec) {
        return Ok(ty.is_subtype(as_type(spec)));
    }
    if is_type(spec, &tuple::TYPE_TUPLE) {
        for &c in tuple::items(spec) {
            if class_matches(ty, c, what)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    exc::type_error(format_args!(
        "{what} arg 2 must be a type, a tuple of types, or a union"
    ));
    Err(())
}

/// `isinstance(obj, cls)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_isinstance(a: *const Obj, n: usize) -> Obj {
    let [o, c] = *args(a, n) else {
        return exc::type_error(format_args!("isinstance expected 2 arguments, got {n}"));
    };
    match class_matches(type_of(o), c, "isinstance()") {
        Ok(b) => object::bool_obj(b),
        Err(()) => 0,
    }
}

/// `issubclass(cls, classinfo)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_issubclass(a: *const Obj, n: usize) -> Obj {
    let [c, spec] = *args(a, n) else {
        return exc::type_error(format_args!("issubclass expected 2 arguments, got {n}"));
    };
    if !is_class(c) {
        return exc::type_error(format_args!("issubclass() arg 1 must be a class"));
    }
    match class_matches(as_type(c), spec, "issubclass()") {
        Ok(b) => object::bool_obj(b),
        Err(()) => 0,
    }
}

/// `type(obj)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_type(a: *const Obj, n: usize) -> Obj {
    match *args(a, n) {
        [o] => type_of(o) as *const TypeObject as Obj,
        _ => exc::type_error(format_args!("type() takes 1 argument")),
    }
}

/// Whether the pending-exception class spec of an `except` clause matches `e`.
#[no_mangle]
pub extern "C" fn pyaot_exc_match(e: Obj, spec: Obj) -> Obj {
    if !valid_except_spec(spec) {
        return exc::type_error(format_args!(
            "catching classes that do not inherit from BaseException is not allowed"
        ));
    }
    match class_matches(type_of(e), spec, "except") {
        Ok(b) => object::bool_obj(b),
        Err(()) => 0,
    }
}

fn valid_except_spec(spec: Obj) -> bool {
    if is_class(spec) {
        return as_type(spec).is_subtype(&TYPE_BASE_EXCEPTION);
    }
    is_type(spec, &tuple::TYPE_TUPLE) && tuple::items(spec).iter().all(|&c| valid_except_spec(c))
}

/// Takes the pending exception at an `except`/`finally` landing pad.
#[no_mangle]
pub extern "C" fn pyaot_exc_fetch() -> Obj {
    exc::take()
}

/// An exception instance from what `raise` was given, or 0 with TypeError pending.
pub(crate) fn instance_to_raise(x: Obj) -> Obj {
    if is_class(x) && as_type(x).is_heap_class() && as_type(x).is_subtype(&TYPE_BASE_EXCEPTION) {
        return crate::class::construct(x, &[], 0, &[]);
    }
    if is_class(x) && as_type(x).is_subtype(&TYPE_BASE_EXCEPTION) {
        return exc::new_exception(as_type(x), 0);
    }
    if x & 1 == 0 && object::is_instance(x, &TYPE_BASE_EXCEPTION) {
        return x;
    }
    exc::type_error(format_args!("exceptions must derive from BaseException"))
}

/// `raise x`.
#[no_mangle]
pub extern "C" fn pyaot_raise(x: Obj) -> Obj {
    let e = instance_to_raise(x);
    if e == 0 {
        return 0;
    }
    exc::raise_obj(e)
}

/// `raise x from cause` (cause None, an exception class or instance).
#[no_mangle]
pub extern "C" fn pyaot_raise_from(x: Obj, cause: Obj) -> Obj {
    let e = instance_to_raise(x);
    if e == 0 {
        return 0;
    }
    let cause = if cause == object::none() {
        cause
    } else {
        match instance_to_raise(cause) {
            0 => {
                exc::take();
                return exc::type_error(format_args!(
                    "exception causes must derive from BaseException"
                ));
            }
            c => c,
        }
    };
    crate::exc_chain::set_cause(e, cause);
    exc::raise_obj(e)
}

/// Bare `raise` (or the end of a `finally` after an exception): re-raises `e` with
/// the traceback recorded so far.
#[no_mangle]
pub extern "C" fn pyaot_reraise(e: Obj) -> Obj {
    if e == 0 {
        return exc::raise_fmt(
            &TYPE_RUNTIME_ERROR,
            format_args!("No active exception to reraise"),
        );
    }
    exc::reraise(e)
}

/// `assert` failed: raises AssertionError with `msg` (0 for none).
#[no_mangle]
pub extern "C" fn pyaot_assert_fail(msg: Obj) -> Obj {
    exc::raise(&TYPE_ASSERTION_ERROR, msg)
}

/// The concatenation of `n` strs (the pieces of an f-string).
#[no_mangle]
pub extern "C" fn pyaot_str_concat(items: *const Obj, n: usize) -> Obj {
    let parts = args(items, n);
    let total: usize = parts.iter().map(|&p| pystr::as_str(p).len()).sum();
    let s = pystr::alloc(total);
    if s == 0 {
        return 0;
    }
    let out = pystr::data_mut(s);
    let mut at = 0;
    for &p in parts {
        let b = pystr::as_str(p).as_bytes();
        out[at..at + b.len()].copy_from_slice(b);
        at += b.len();
    }
    pystr::seal(s)
}
