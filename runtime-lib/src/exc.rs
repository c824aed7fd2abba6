//! Exceptions: the exception types, the pending exception (the runtime's thread
//! state: it is single-threaded), raising helpers, and tracebacks.
//!
//! A runtime call that raises stores the exception here and returns 0; compiled code
//! tests the result, and each function it unwinds through calls
//! `pyaot_traceback_add` to record its frame. The traceback lives here rather than in
//! the exception object, in fixed arrays, so that recording a frame never allocates
//! (MemoryError and RecursionError must be reportable when nothing else works).

use crate::object::{self, type_of, Header, Obj, TypeObject, TYPE_OBJECT, WORD};
use crate::port::Stderr;
use crate::str as pystr;
use core::cell::UnsafeCell;
use core::fmt::{Arguments, Write};

/// An exception instance: its type and its arguments.
#[repr(C)]
pub struct ExcObject {
    /// The exception's type.
    pub header: Header,
    /// `args[0]` when there is exactly one argument, else 0.
    pub arg: Obj,
    /// The `args` tuple when there are several arguments, else 0 (then `args` is
    /// `(arg,)` or `()`): the runtime's own exceptions carry one message and need no
    /// tuple.
    pub args: Obj,
    /// `__context__`: the exception being handled when this one was raised, or 0.
    pub context: Obj,
    /// `__cause__` (`raise ... from cause`), or 0; None for `from None`.
    pub cause: Obj,
    /// Its traceback, saved when a handler caught it (see exc_chain.rs), or 0.
    pub traceback: Obj,
    /// `__suppress_context__`: set by `raise ... from`.
    pub suppress_context: usize,
}

pub(crate) const fn exc_type(name: &'static str, base: &'static TypeObject) -> TypeObject {
    TypeObject {
        repr: Some(exc_repr),
        str: Some(exc_str),
        hash: Some(object::identity_hash),
        ..TypeObject::new(name, Some(base))
    }
}

/// `BaseException`.
pub static TYPE_BASE_EXCEPTION: TypeObject = exc_type("BaseException", &TYPE_OBJECT);
/// `Exception`.
pub static TYPE_EXCEPTION: TypeObject = exc_type("Exception", &TYPE_BASE_EXCEPTION);
/// `ArithmeticError`.
pub static TYPE_ARITHMETIC_ERROR: TypeObject = exc_type("ArithmeticError", &TYPE_EXCEPTION);
/// `ZeroDivisionError`.
pub static TYPE_ZERO_DIVISION_ERROR: TypeObject =
    exc_type("ZeroDivisionError", &TYPE_ARITHMETIC_ERROR);
/// `OverflowError`.
pub static TYPE_OVERFLOW_ERROR: TypeObject = exc_type("OverflowError", &TYPE_ARITHMETIC_ERROR);
/// `LookupError`.
pub static TYPE_LOOKUP_ERROR: TypeObject = exc_type("LookupError", &TYPE_EXCEPTION);
/// `IndexError`.
pub static TYPE_INDEX_ERROR: TypeObject = exc_type("IndexError", &TYPE_LOOKUP_ERROR);
/// `KeyError` (its str is the repr of its argument).
pub static TYPE_KEY_ERROR: TypeObject = TypeObject {
    str: Some(key_error_str),
    ..exc_type("KeyError", &TYPE_LOOKUP_ERROR)
};
/// `TypeError`.
pub static TYPE_TYPE_ERROR: TypeObject = exc_type("TypeError", &TYPE_EXCEPTION);
/// `ValueError`.
pub static TYPE_VALUE_ERROR: TypeObject = exc_type("ValueError", &TYPE_EXCEPTION);
/// `NameError`.
pub static TYPE_NAME_ERROR: TypeObject = exc_type("NameError", &TYPE_EXCEPTION);
/// `UnboundLocalError`.
pub static TYPE_UNBOUND_LOCAL_ERROR: TypeObject = exc_type("UnboundLocalError", &TYPE_NAME_ERROR);
/// `RuntimeError`.
pub static TYPE_RUNTIME_ERROR: TypeObject = exc_type("RuntimeError", &TYPE_EXCEPTION);
/// `RecursionError`.
pub static TYPE_RECURSION_ERROR: TypeObject = exc_type("RecursionError", &TYPE_RUNTIME_ERROR);
/// `NotImplementedError`.
pub static TYPE_NOT_IMPLEMENTED_ERROR: TypeObject =
    exc_type("NotImplementedError", &TYPE_RUNTIME_ERROR);
/// `MemoryError`.
pub static TYPE_MEMORY_ERROR: TypeObject = exc_type("MemoryError", &TYPE_EXCEPTION);
/// `AttributeError`.
pub static TYPE_ATTRIBUTE_ERROR: TypeObject = exc_type("AttributeError", &TYPE_EXCEPTION);
/// `StopIteration`.
pub static TYPE_STOP_ITERATION: TypeObject = exc_type("StopIteration", &TYPE_EXCEPTION);
/// `AssertionError`.
pub static TYPE_ASSERTION_ERROR: TypeObject = exc_type("AssertionError", &TYPE_EXCEPTION);
/// `SystemExit` (`sys.exit()`): ends the program with its code, no traceback.
pub static TYPE_SYSTEM_EXIT: TypeObject = exc_type("SystemExit", &TYPE_BASE_EXCEPTION);
/// `ImportError`.
pub static TYPE_IMPORT_ERROR: TypeObject = exc_type("ImportError", &TYPE_EXCEPTION);
/// `ModuleNotFoundError`.
pub static TYPE_MODULE_NOT_FOUND_ERROR: TypeObject =
    exc_type("ModuleNotFoundError", &TYPE_IMPORT_ERROR);
/// `GeneratorExit`: what `close()` raises inside a generator (not an `Exception`,
/// so `except Exception` in the generator lets it through).
pub static TYPE_GENERATOR_EXIT: TypeObject = exc_type("GeneratorExit", &TYPE_BASE_EXCEPTION);
/// `BufferError` (`ba += ba` on a bytearray, as CPython raises it).
pub static TYPE_BUFFER_ERROR: TypeObject = exc_type("BufferError", &TYPE_EXCEPTION);

/// Raised when the heap is exhausted: preallocated, since nothing can be allocated.
static MEMORY_ERROR: ExcObject = ExcObject {
    header: Header {
        ob_type: &TYPE_MEMORY_ERROR,
    },
    arg: 0,
    args: 0,
    context: 0,
    cause: 0,
    traceback: 0,
    suppress_context: 0,
};

/// Whether `e` is the preallocated MemoryError (static: it keeps no chain).
pub fn is_static_memory_error(e: Obj) -> bool {
    e == &MEMORY_ERROR as *const ExcObject as Obj
}

/// The fields of exception `e`.
pub fn fields<'a>(e: Obj) -> &'a mut ExcObject {
    // SAFETY: callers pass exception instances; the static MemoryError is never
    // written (see `is_static_memory_error`).
    unsafe { &mut *(e as *mut ExcObject) }
}

/// Frames kept at each end of a traceback; the middle of a deeper one is counted.
const TB_KEEP: usize = 64;

/// One traceback entry: a function's static info, the line, and how many times in a
/// row a frame of that function at that line occurred (recursion), so deep recursion
/// costs one entry. CPython counts repeats by line alone, but prints each of the
/// first three with its own marker line: `pos` keeps the position-table indexes of
/// the last three added (the outermost, which are the ones printed), newest first.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Frame {
    /// The function's FuncInfo.
    pub info: usize,
    /// The source line.
    pub line: usize,
    /// How many frames in a row this entry stands for.
    pub repeat: usize,
    /// Positions ([`crate::exc_pos::entry`]; [`NO_POS`]: none) of the outermost
    /// three.
    pub pos: [usize; 3],
}

/// A frame position without a position-table entry: no marker line. Zero, so the
/// traceback's arrays stay in .bss (an all-ones default put 3 KiB into .data, in
/// flash and RAM both, on a board).
pub const NO_POS: usize = 0;

const NO_FRAME: Frame = Frame {
    info: 0,
    line: 0,
    repeat: 0,
    pos: [NO_POS; 3],
};

/// The pending exception and its traceback, innermost frame first (frames are added
/// as the exception unwinds outwards).
struct ThreadState {
    pending: Obj,
    /// The innermost `TB_KEEP` entries.
    inner: [Frame; TB_KEEP],
    n_inner: usize,
    /// The outermost entries: a ring of the last `TB_KEEP` added.
    outer: [Frame; TB_KEEP],
    n_outer: usize,
    /// Entries dropped between `inner` and `outer`.
    dropped: usize,
    /// The pending exception is an AttributeError from an attribute lookup and no
    /// frame was added since: a method call's frame then prints the marker line of
    /// its attribute rather than of the whole call, as CPython's LOAD_METHOD has.
    lookup_failed: bool,
}

struct SingleThreaded(UnsafeCell<ThreadState>);

// SAFETY: the runtime runs Python code on one thread only.
unsafe impl Sync for SingleThreaded {}

static STATE: SingleThreaded = SingleThreaded(UnsafeCell::new(ThreadState {
    pending: 0,
    inner: [NO_FRAME; TB_KEEP],
    n_inner: 0,
    outer: [NO_FRAME; TB_KEEP],
    n_outer: 0,
    dropped: 0,
    lookup_failed: false,
}));

fn state() -> &'static mut ThreadState {
    // SAFETY: single-threaded, and no caller holds the reference across another call.
    unsafe { &mut *STATE.0.get() }
}

/// The pending exception, or 0.
#[inline]
pub fn pending() -> Obj {
    state().pending
}

/// Takes the pending exception (for an `except` clause), leaving none pending.
pub fn take() -> Obj {
    core::mem::replace(&mut state().pending, 0)
}

/// Runs `f` (which may raise and handle exceptions of its own) without disturbing
/// the pending exception and the traceback recorded so far: what an exception in
/// flight, or a bare `raise` after `f`, still needs.
pub fn preserving<R>(f: impl FnOnce() -> R) -> R {
    use core::mem::MaybeUninit;
    // Only the entries in use are copied: the arrays are a few KiB.
    let st = state();
    let (pending, n_inner, n_outer, dropped) = (st.pending, st.n_inner, st.n_outer, st.dropped);
    let n_ring = n_outer.min(TB_KEEP);
    let mut inner = [MaybeUninit::<Frame>::uninit(); TB_KEEP];
    let mut outer = [MaybeUninit::<Frame>::uninit(); TB_KEEP];
    for (d, s) in inner.iter_mut().zip(&st.inner[..n_inner]) {
        d.write(*s);
    }
    for (d, s) in outer.iter_mut().zip(&st.outer[..n_ring]) {
        d.write(*s);
    }
    let r = f();
    let st = state();
    for (d, s) in st.inner[..n_inner].iter_mut().zip(&inner) {
        // SAFETY: the first `n_inner` entries were written above.
        *d = unsafe { s.assume_init() };
    }
    for (d, s) in st.outer[..n_ring].iter_mut().zip(&outer) {
        // SAFETY: the first `n_ring` entries were written above.
        *d = unsafe { s.assume_init() };
    }
    (st.pending, st.n_inner, st.n_outer, st.dropped) = (pending, n_inner, n_outer, dropped);
    r
}

/// Whether the pending exception is an instance of `ty` (or a subclass).
pub fn pending_matches(ty: &'static TypeObject) -> bool {
    let p = pending();
    p != 0 && object::is_instance(p, ty)
}

/// Makes `e` the pending exception with a fresh traceback; returns 0. Raised while
/// another is being handled, `e` gets it as `__context__`.
pub fn raise_obj(e: Obj) -> Obj {
    crate::exc_chain::on_raise(e);
    let st = state();
    st.pending = e;
    st.n_inner = 0;
    st.n_outer = 0;
    st.dropped = 0;
    st.lookup_failed = false;
    0
}

/// Re-raises `e` keeping the traceback recorded so far (a bare `raise`); returns 0.
pub fn reraise(e: Obj) -> Obj {
    state().pending = e;
    0
}

/// A new exception of type `ty` with argument `arg` (0 for none); 0 on MemoryError.
pub fn new_exception(ty: &'static TypeObject, arg: Obj) -> Obj {
    let e = object::alloc_obj(ty, core::mem::size_of::<ExcObject>());
    if e != 0 {
        // SAFETY: a fresh ExcObject.
        unsafe { (*(e as *mut ExcObject)).arg = arg };
    }
    e
}

/// Raises a new `ty` whose message is `msg` (a str, or 0 for no message); returns 0.
pub fn raise(ty: &'static TypeObject, msg: Obj) -> Obj {
    let e = new_exception(ty, msg);
    if e == 0 {
        return 0;
    }
    raise_obj(e)
}

/// Raises `ty` with a formatted message; returns 0.
pub fn raise_fmt(ty: &'static TypeObject, msg: Arguments) -> Obj {
    let m = pystr::format(msg);
    if m == 0 {
        return 0;
    }
    raise(ty, m)
}

/// The argument of an exception (0 for none).
pub fn arg_of(e: Obj) -> Obj {
    // SAFETY: callers pass exception instances.
    unsafe { (*(e as *const ExcObject)).arg }
}

/// `e.value` of a StopIteration: its first argument, or None.
pub fn stop_iteration_value(e: Obj) -> Obj {
    match (arg_of(e), args_of(e)) {
        (0, 0) => object::none(),
        (0, t) => crate::tuple::items(t)
            .first()
            .copied()
            .unwrap_or(object::none()),
        (a, _) => a,
    }
}

/// Raises MemoryError without allocating; returns 0.
pub fn memory_error() -> Obj {
    raise_obj(&MEMORY_ERROR as *const ExcObject as Obj)
}

/// Raises TypeError with a formatted message; returns 0.
pub fn type_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_TYPE_ERROR, msg)
}

/// Raises ValueError with a formatted message; returns 0.
pub fn value_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_VALUE_ERROR, msg)
}

/// Raises IndexError with a formatted message; returns 0.
pub fn index_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_INDEX_ERROR, msg)
}

/// Raises KeyError for `key` (printed as its repr); returns 0.
pub fn key_error(key: Obj) -> Obj {
    raise(&TYPE_KEY_ERROR, key)
}

/// Raises ZeroDivisionError with `msg`; returns 0.
pub fn zero_division(msg: &'static str) -> Obj {
    raise_fmt(&TYPE_ZERO_DIVISION_ERROR, format_args!("{}", msg))
}

/// Raises OverflowError with a formatted message; returns 0.
pub fn overflow_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_OVERFLOW_ERROR, msg)
}

/// Raises the OverflowError of a result beyond the small-int range (pyaot has no
/// arbitrary-precision ints yet; it never wraps silently); returns 0.
pub fn int_overflow() -> Obj {
    overflow_error(format_args!(
        "integer overflow: arbitrary-precision ints are not supported yet"
    ))
}

/// Raises NameError with a formatted message; returns 0.
pub fn name_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_NAME_ERROR, msg)
}

/// Raises AttributeError with a formatted message (an attribute lookup failed);
/// returns 0.
pub fn attribute_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_ATTRIBUTE_ERROR, msg);
    state().lookup_failed = true;
    0
}

/// Raises RuntimeError with a formatted message; returns 0.
pub fn runtime_error(msg: Arguments) -> Obj {
    raise_fmt(&TYPE_RUNTIME_ERROR, msg)
}

/// Raises RecursionError; returns 0.
pub fn recursion_error() -> Obj {
    raise(
        &TYPE_RECURSION_ERROR,
        crate::static_str!("maximum recursion depth exceeded"),
    )
}

/// Raises NameError for an unbound global `name` (a str). Returns 0.
#[no_mangle]
pub extern "C" fn pyaot_name_error(name: Obj) -> Obj {
    name_error(format_args!(
        "name '{}' is not defined",
        pystr::as_str(name)
    ))
}

/// Raises UnboundLocalError for local `name` (a str) read before assignment.
#[no_mangle]
pub extern "C" fn pyaot_unbound_local(name: Obj) -> Obj {
    raise_fmt(
        &TYPE_UNBOUND_LOCAL_ERROR,
        format_args!(
            "cannot access local variable '{}' where it is not associated with a value",
            pystr::as_str(name)
        ),
    )
}

/// Raises RecursionError (a function prologue found the stack limit reached).
#[no_mangle]
pub extern "C" fn pyaot_recursion_error() -> Obj {
    recursion_error()
}

/// Appends the frame of a function the pending exception unwinds through: `info`
/// (its FuncInfo) and `k`, the index of the raising position in its position table.
/// Never allocates.
#[no_mangle]
pub extern "C" fn pyaot_traceback_add(info: usize, k: usize) -> usize {
    let lookup = core::mem::replace(&mut state().lookup_failed, false);
    let pos = (k + 1) << 1 | lookup as usize;
    let line = crate::exc_pos::entry(info, pos).map_or(0, |e| e.line);
    add_frame(info, line, pos)
}

/// Appends a frame at `line` with position `pos` (see `exc_pos::entry`; [`NO_POS`]
/// for none).
pub fn add_frame(info: usize, line: usize, pos: usize) -> usize {
    let st = state();
    if st.pending == 0 {
        return 0;
    }
    let frame = Frame {
        info,
        line,
        repeat: 1,
        pos: [pos, NO_POS, NO_POS],
    };
    let last = if st.n_outer > 0 {
        Some(&mut st.outer[(st.n_outer - 1) % TB_KEEP])
    } else if st.n_inner > 0 {
        Some(&mut st.inner[st.n_inner - 1])
    } else {
        None
    };
    if let Some(last) = last {
        if last.info == info && last.line == line {
            last.repeat += 1;
            last.pos = [pos, last.pos[0], last.pos[1]];
            return 0;
        }
    }
    if st.n_inner < TB_KEEP {
        st.inner[st.n_inner] = frame;
        st.n_inner += 1;
    } else {
        if st.n_outer >= TB_KEEP {
            st.dropped += 1;
        }
        st.outer[st.n_outer % TB_KEEP] = frame;
        st.n_outer += 1;
    }
    0
}

/// The `args` tuple of an exception with several arguments, else 0.
pub fn args_of(e: Obj) -> Obj {
    // SAFETY: callers pass exception instances.
    unsafe { (*(e as *const ExcObject)).args }
}

/// str() (or repr()) of an exception as BaseException defines it, whatever its class
/// overrides.
pub fn builtin_str(e: Obj, repr: bool) -> Obj {
    if repr {
        exc_repr(e)
    } else {
        exc_str(e)
    }
}

fn exc_str(e: Obj) -> Obj {
    match (arg_of(e), args_of(e)) {
        (0, 0) => pystr::empty(),
        (0, t) => object::repr(t),
        (a, _) => object::str_of(a),
    }
}

fn key_error_str(e: Obj) -> Obj {
    match arg_of(e) {
        0 => pystr::empty(),
        a => object::repr(a),
    }
}

fn exc_repr(e: Obj) -> Obj {
    let name = type_of(e).name;
    if args_of(e) != 0 {
        // Several arguments: Name(a, b), the tuple's repr after the name.
        let r = object::repr(args_of(e));
        if r == 0 {
            return 0;
        }
        return pystr::format(format_args!("{}{}", name, pystr::as_str(r)));
    }
    match arg_of(e) {
        0 => pystr::format(format_args!("{}()", name)),
        a => {
            let r = object::repr(a);
            if r == 0 {
                return 0;
            }
            pystr::format(format_args!("{}({})", name, pystr::as_str(r)))
        }
    }
}

/// Reads field `i` (a word) of a FuncInfo.
fn info_field(info: usize, offset: u32) -> Obj {
    // SAFETY: `info` points to a static FuncInfo emitted by the compiler.
    unsafe { object::field(info, offset as usize) }
}

/// Line `line` (1-based) of `source` without its indentation, as CPython prints it
/// (trailing blanks kept), if it exists and is not blank.
fn source_line(source: &str, line: usize) -> Option<&str> {
    let l = source.split('\n').nth(line.checked_sub(1)?)?;
    let l = l.strip_suffix('\r').unwrap_or(l);
    let l = l.trim_start_matches([' ', '\t', '\x0c']);
    if l.trim().is_empty() {
        None
    } else {
        Some(l)
    }
}

/// Writes `n` times the character `run` is made of (whole slices of it: few
/// writes, and no per-character formatting code).
fn repeat_char(w: &mut Stderr, run: &str, mut n: usize) {
    while n > 0 {
        let k = n.min(run.len());
        let _ = w.write_str(&run[..k]);
        n -= k;
    }
}

fn print_frame(w: &mut Stderr, info: usize, line: usize, pos: usize) {
    let word = WORD as u32;
    let name = info_field(info, pyaot_abi::layout::info_name(word));
    let file = info_field(info, pyaot_abi::layout::info_file(word));
    let source = info_field(info, pyaot_abi::layout::info_source(word));
    let _ = writeln!(
        w,
        "  File \"{}\", line {}, in {}",
        pystr::as_str(file),
        line,
        pystr::as_str(name)
    );
    if source == 0 {
        return;
    }
    let Some(l) = source_line(pystr::as_str(source), line) else {
        return;
    };
    let _ = writeln!(w, "    {}", l);
    if let Some(m) = crate::exc_pos::entry(info, pos).and_then(|e| e.marker) {
        const SPACES: &str = "                ";
        const TILDES: &str = "~~~~~~~~~~~~~~~~";
        const CARETS: &str = "^^^^^^^^^^^^^^^^";
        repeat_char(w, SPACES, m.spaces);
        repeat_char(w, TILDES, m.tildes_before);
        repeat_char(w, CARETS, m.carets);
        repeat_char(w, TILDES, m.tildes_after);
        let _ = w.write_str("\n");
    }
}

/// The traceback recorded so far, in printing order (outermost first), and after
/// how many of its entries the "... more frames ..." line goes with its count.
pub fn traceback_frames(mut f: impl FnMut(&Frame)) -> (usize, usize) {
    let st = state();
    let n_ring = st.n_outer.min(TB_KEEP);
    for k in 0..n_ring {
        f(&st.outer[(st.n_outer - 1 - k) % TB_KEEP]);
    }
    for fr in st.inner[..st.n_inner].iter().rev() {
        f(fr);
    }
    (n_ring, st.dropped)
}

/// Prints one saved traceback entry (see `traceback_frames`).
pub fn print_saved_entry(w: &mut Stderr, f: &Frame) {
    print_entry(w, f);
}

/// CPython prints a frame repeated in a row 3 times, then counts the rest.
const RECURSIVE_CUTOFF: usize = 3;

fn print_entry(w: &mut Stderr, f: &Frame) {
    for k in 0..f.repeat.min(RECURSIVE_CUTOFF) {
        print_frame(w, f.info, f.line, f.pos[k]);
    }
    if f.repeat > RECURSIVE_CUTOFF {
        let more = f.repeat - RECURSIVE_CUTOFF;
        let s = if more > 1 { "s" } else { "" };
        let _ = writeln!(w, "  [Previous line repeated {} more time{}]", more, s);
    }
}

/// `SystemExit.code`: None without arguments, the argument, or the args tuple.
pub fn exit_code(e: Obj) -> Obj {
    match (arg_of(e), args_of(e)) {
        (0, 0) => object::none(),
        (0, t) if crate::tuple::len(t) == 1 => crate::tuple::items(t)[0],
        (0, t) => t,
        (a, _) => a,
    }
}

/// Prints the pending exception as CPython does for an uncaught one (traceback,
/// outermost frame first, then `Type: message`) on stderr, clears it, and returns
/// the process exit status, 1.
pub fn report_uncaught() -> i32 {
    crate::port::flush_stdout();
    let st = state();
    let e = st.pending;
    if e != 0 && object::is_instance(e, &TYPE_SYSTEM_EXIT) {
        // sys.exit(code): None means 0, an int is the status, anything else is printed
        // to stderr with status 1. No traceback.
        st.pending = 0;
        let code = exit_code(e);
        if code == 0 || code == object::none() {
            return 0;
        }
        if let Some(v) = crate::int::value(code) {
            return v as i32;
        }
        let w = &mut Stderr;
        let s = object::str_of(code);
        if s != 0 {
            let _ = writeln!(w, "{}", pystr::as_str(s));
        }
        return 1;
    }
    let w = &mut Stderr;
    // The exceptions it chains to first, each with its saved traceback.
    crate::exc_chain::print_chain(w, e);
    let st = state();
    if st.n_inner > 0 {
        let _ = w.write_str("Traceback (most recent call last):\n");
        let n_ring = st.n_outer.min(TB_KEEP);
        for k in 0..n_ring {
            let idx = (st.n_outer - 1 - k) % TB_KEEP;
            print_entry(w, &st.outer[idx]);
        }
        if st.dropped > 0 {
            let _ = writeln!(w, "  ... {} more frames ...", st.dropped);
        }
        for f in st.inner[..st.n_inner].iter().rev() {
            print_entry(w, f);
        }
    }
    // Cleared before formatting the message, which may allocate or raise again.
    st.pending = 0;
    if e != 0 {
        write_exception_line(w, e);
    }
    1
}

/// A class name after its module prefix (possibly empty).
struct Qualified<'a>(&'a str, &'a str);

impl core::fmt::Display for Qualified<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

/// `TypeName: message`, or just `TypeName` when the message is empty.
pub fn write_exception_line(w: &mut Stderr, e: Obj) {
    // CPython names the class without its module when that is __main__ or builtins.
    let t = type_of(e);
    let mut qualified: crate::fmt::Buf<96> = crate::fmt::Buf::new();
    let _ = write!(qualified, "{}", object::module_prefix(t));
    let prefix = match qualified.as_str() {
        "__main__." => "",
        p => p,
    };
    let name = Qualified(prefix, crate::qualname::display(t));
    let msg = object::str_of(e);
    if msg == 0 {
        // str() itself failed (out of memory): the type alone still tells the story.
        take();
        let _ = writeln!(w, "{}", name);
        return;
    }
    let m = pystr::as_str(msg);
    if m.is_empty() {
        let _ = writeln!(w, "{}", name);
    } else {
        let _ = writeln!(w, "{}: {}", name, m);
    }
}
