//! The runtime's C API (declared in `include/pyaot.h`): what a C program that links
//! pyaot objects calls to start the runtime, run module bodies, build and read Python
//! values, call Python callables, handle exceptions and keep objects alive.
//!
//! Conventions, as in CPython's C API: a function returning `pyaot_obj` returns 0
//! when it raised, one returning `int` returns -1; the exception then stays pending
//! (`pyaot_err_occurred`) until it is printed, fetched or cleared. Nothing ever
//! unwinds through C frames.

use crate::object::{self, Obj};
use crate::port::Global;
use crate::{bigint, cffi, dict, exc, float, int, list, str as pystr};
use pyaot_abi::CType;

/// Whether `pyaot_init` ran.
static INITIALISED: Global<bool> = Global::new(false);

#[cfg(target_os = "none")]
extern "C" {
    /// The bare-metal port's heap region (port/baremetal.rs).
    fn pyaot_heap_init(start: *mut u8, size: usize);
}

/// Starts the runtime for a C program: prepares the platform (the UART on the
/// board), gives the heap its memory (bare metal: `heap`/`size`, or the linker
/// script's region when `heap` is null; the host ignores both and grows its heap from
/// the OS) and sets the stack limit below the caller's frame. Only the first call
/// does anything. Returns 0.
///
/// # Safety
/// On bare metal, `heap` is null or the start of `size` bytes the runtime may use.
#[no_mangle]
pub unsafe extern "C" fn pyaot_init(heap: *mut u8, size: usize) -> i32 {
    if INITIALISED.with(|d| core::mem::replace(d, true)) {
        return 0;
    }
    crate::port::init();
    #[cfg(target_os = "none")]
    if !heap.is_null() {
        // SAFETY: C hands over `size` bytes at `heap` for the runtime's use.
        unsafe { pyaot_heap_init(heap, size) };
    }
    #[cfg(not(target_os = "none"))]
    let _ = (heap, size);
    // As in pyaot_main, a local's address stands for the stack pointer. The stack top
    // the collector scans up to is left to the port (the whole stack), since C frames
    // above this one may hold objects too.
    let here = 0u8;
    let sp = core::hint::black_box(&here) as *const u8 as usize;
    let limit =
        crate::port::initial_stack_limit(sp, 0, core::ptr::null(), crate::entry::STACK_MARGIN);
    // SAFETY: single-threaded; compiled code only reads the limit.
    unsafe { crate::entry::pyaot_stack_limit = limit };
    0
}

/// Runs a module's body (`pyaot_init_<module>`): 0, or -1 with the exception that
/// escaped it pending.
#[no_mangle]
pub extern "C" fn pyaot_module_init(init: extern "C" fn() -> Obj) -> i32 {
    if init() == 0 {
        -1
    } else {
        0
    }
}

/// Writes out what Python's `print` left in the stdout buffer (the host buffers
/// stdout as CPython does; call it before writing to stdout from C).
#[no_mangle]
pub extern "C" fn pyaot_flush() {
    crate::port::flush_stdout();
}

// ---- exceptions ----

/// The pending exception, or 0 when there is none.
#[no_mangle]
pub extern "C" fn pyaot_err_occurred() -> Obj {
    exc::pending()
}

/// Clears the pending exception, if any.
#[no_mangle]
pub extern "C" fn pyaot_err_clear() {
    exc::take();
}

/// Takes the pending exception (0 when there is none), leaving none pending.
#[no_mangle]
pub extern "C" fn pyaot_err_fetch() -> Obj {
    exc::take()
}

/// Prints the pending exception on stderr as CPython prints an uncaught one (the
/// traceback of the Python frames it passed, then `Type: message`) and clears it.
#[no_mangle]
pub extern "C" fn pyaot_err_print() {
    if exc::pending() != 0 {
        exc::report_uncaught();
    }
}

// ---- values ----

/// `None`.
#[no_mangle]
pub extern "C" fn pyaot_none() -> Obj {
    object::none()
}

/// `True` when `v` is non-zero, else `False`.
#[no_mangle]
pub extern "C" fn pyaot_bool(v: i32) -> Obj {
    object::bool_obj(v != 0)
}

/// An int.
#[no_mangle]
pub extern "C" fn pyaot_int(v: isize) -> Obj {
    int::new(v)
}

/// An int from a 64-bit value (also on 32-bit targets).
#[no_mangle]
pub extern "C" fn pyaot_int64(v: i64) -> Obj {
    bigint::from_i128(v as i128)
}

/// The value of an int that fits `intptr_t` into `*out`: 0, or -1 with TypeError or
/// OverflowError pending.
///
/// # Safety
/// `o` is an object and `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_value(o: Obj, out: *mut isize) -> i32 {
    match cffi::unbox_value(CType::Isize, o) {
        Ok(v) => {
            // SAFETY: C passes a valid pointer.
            unsafe { *out = v as isize };
            0
        }
        Err(()) => -1,
    }
}

/// The value of an int that fits `int64_t` into `*out`: 0, or -1 as
/// `pyaot_int_value`.
///
/// # Safety
/// `o` is an object and `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int64_value(o: Obj, out: *mut i64) -> i32 {
    match cffi::unbox_value(CType::I64, o) {
        Ok(v) => {
            // SAFETY: C passes a valid pointer.
            unsafe { *out = v as i64 };
            0
        }
        Err(()) => -1,
    }
}

/// A float.
#[no_mangle]
pub extern "C" fn pyaot_float(v: f64) -> Obj {
    float::float_new(v)
}

/// The value of a float (or int) as a double into `*out`: 0, or -1 with TypeError
/// or OverflowError pending.
///
/// # Safety
/// `o` is an object and `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_value(o: Obj, out: *mut f64) -> i32 {
    match cffi::unbox_value(CType::F64, o) {
        Ok(v) => {
            // SAFETY: C passes a valid pointer.
            unsafe { *out = f64::from_bits(v) };
            0
        }
        Err(()) => -1,
    }
}

/// A str from NUL-terminated UTF-8 (UnicodeDecodeError for other bytes).
///
/// # Safety
/// `utf8` is null or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str(utf8: *const u8) -> Obj {
    if utf8.is_null() {
        return exc::type_error(format_args!("pyaot_str: null pointer"));
    }
    let mut n = 0;
    // SAFETY: C passes a NUL-terminated string.
    while unsafe { *utf8.add(n) } != 0 {
        n += 1;
    }
    // SAFETY: the `n` bytes before the NUL are readable.
    unsafe { pyaot_str_n(utf8, n) }
}

/// A str from `len` bytes of UTF-8 (which may contain NUL characters).
///
/// # Safety
/// `utf8` points to `len` readable bytes (or is null with `len` 0).
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_n(utf8: *const u8, len: usize) -> Obj {
    if utf8.is_null() && len != 0 {
        return exc::type_error(format_args!("pyaot_str_n: null pointer"));
    }
    let bytes = if len == 0 {
        &[][..]
    } else {
        // SAFETY: C passes `len` readable bytes.
        unsafe { core::slice::from_raw_parts(utf8, len) }
    };
    cffi::str_from_utf8(bytes)
}

/// The UTF-8 bytes of a str, NUL-terminated, and their number in `*len` (unless
/// `len` is null). The bytes live as long as the str does. Null with TypeError
/// pending for anything but a str.
///
/// # Safety
/// `o` is an object; `len` is null or points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_utf8(o: Obj, len: *mut usize) -> *const u8 {
    if !pystr::is_str(o) {
        exc::type_error(format_args!(
            "expected str, not {}",
            object::type_of(o).name
        ));
        return core::ptr::null();
    }
    let b = pystr::as_bytes(o);
    if !len.is_null() {
        // SAFETY: C passes a valid pointer.
        unsafe { *len = b.len() };
    }
    b.as_ptr()
}

/// `str(o)`.
#[no_mangle]
pub extern "C" fn pyaot_str_of(o: Obj) -> Obj {
    object::str_of(o)
}

/// `repr(o)`.
#[no_mangle]
pub extern "C" fn pyaot_repr(o: Obj) -> Obj {
    object::repr(o)
}

/// `len(o)`, or -1 with TypeError pending.
#[no_mangle]
pub extern "C" fn pyaot_len(o: Obj) -> isize {
    let n = crate::builtins::pyaot_builtin_len(&o, 1);
    if n == 0 {
        return -1;
    }
    int::value(n).unwrap_or(-1)
}

/// A new empty list.
#[no_mangle]
pub extern "C" fn pyaot_list_new() -> Obj {
    list::with_capacity(0)
}

/// `list.append(item)`: 0, or -1 with an exception pending.
#[no_mangle]
pub extern "C" fn pyaot_list_push(l: Obj, item: Obj) -> i32 {
    if !object::is_instance(l, &list::TYPE_LIST) {
        exc::type_error(format_args!(
            "expected list, not {}",
            object::type_of(l).name
        ));
        return -1;
    }
    match list::push(l, item) {
        Ok(()) => 0,
        Err(()) => -1,
    }
}

/// A new empty dict.
#[no_mangle]
pub extern "C" fn pyaot_dict_new() -> Obj {
    dict::with_capacity(0)
}

// ---- keeping objects alive ----

/// The objects C keeps alive (`pyaot_keep`), one entry per call: a list held in a
/// static, which the collector scans like all of the runtime's static data.
static KEPT: Global<Obj> = Global::new(0);

/// Keeps `o` alive until a matching `pyaot_release`, wherever C stores it (the
/// collector sees only the stack, registers and static data). Calls nest: an object
/// kept twice needs two releases. Returns 0, or -1 with MemoryError pending.
#[no_mangle]
pub extern "C" fn pyaot_keep(o: Obj) -> i32 {
    if o == 0 || o & 1 == 1 {
        // Nothing to keep: 0 is no object, small ints live in the word itself.
        return 0;
    }
    let mut kept = KEPT.with(|k| *k);
    if kept == 0 {
        kept = list::with_capacity(4);
        if kept == 0 {
            return -1;
        }
        KEPT.with(|k| *k = kept);
    }
    match list::push(kept, o) {
        Ok(()) => 0,
        Err(()) => -1,
    }
}

/// Undoes one `pyaot_keep(o)`; releasing an object that is not kept does nothing.
#[no_mangle]
pub extern "C" fn pyaot_release(o: Obj) {
    let kept = KEPT.with(|k| *k);
    if kept == 0 {
        return;
    }
    if let Some(i) = list::items(kept).iter().rposition(|&x| x == o) {
        // Popping an index of a list cannot fail.
        list::method(kept, "pop", &[int::new(i as isize)]);
    }
}

/// Runs a collection now (C programs rarely need to; tests do).
#[no_mangle]
pub extern "C" fn pyaot_collect() {
    crate::heap::collect();
}
