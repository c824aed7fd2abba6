//! Generators: the objects a call of a generator function returns, and running their
//! bodies.
//!
//! A generator's body is an ordinary compiled function (the generator function's
//! fast entry). It runs on a stack of its own (`stack`): resuming the generator
//! switches to that stack (`switch`), and `yield` (`pyaot_yield`, a runtime call)
//! switches back to the stack that resumed it. So compiled code needs nothing
//! special: `yield v` is a call that returns the value sent in, or 0 with an
//! exception pending when `throw()` or `close()` resumed the generator, and a
//! `return` ends the generator.
//!
//! While a generator runs, `CURRENT` is it and each running generator remembers the
//! one that resumed it (`caller`, 0 for the main stack) with that stack's saved
//! stack pointer: the collector scans that chain of stacks as roots
//! ([`running_stacks`]). A suspended generator's stack is scanned only when the
//! generator object is reached ([`suspended_stack`]).
//!
//! Each switch also swaps what belongs to a stack: `pyaot_stack_limit` (so deep
//! recursion inside a generator raises RecursionError) and the generator's share of
//! `pyaot_recursion_depth` (its frames count while it runs, as in CPython, and not
//! while it is suspended).

mod stack;
mod switch;

use crate::entry::{pyaot_recursion_depth, pyaot_stack_limit};
use crate::exc;
use crate::func::{as_func, FuncInfo};
use crate::object::{self, is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT, WORD};
use crate::port::Global;
use crate::{str as pystr, tuple};
use pyaot_abi::ITER_DONE;

/// `generator`.
pub static TYPE_GENERATOR: TypeObject = TypeObject {
    repr: Some(generator_repr),
    hash: Some(object::identity_hash),
    iter: Some(|g| g),
    next: Some(generator_next),
    methods: Some(&crate::methods::GENERATOR_METHODS),
    ..TypeObject::new("generator", Some(&TYPE_OBJECT))
};

/// Created by the call, not started: no stack yet.
const CREATED: usize = 0;
/// Stopped at a `yield`, its stack pointer saved in `sp`.
const SUSPENDED: usize = 1;
/// Running (it, or a generator it resumed, is on the CPU).
const RUNNING: usize = 2;
/// Returned, raised or was closed: its stack is given back.
const DONE: usize = 3;

/// A generator object (allocated with the heap's `GENERATOR` flag), followed by
/// `nslots` words: the arguments bound to the function's parameter slots.
#[repr(C)]
struct GenObj {
    header: Header,
    /// The generator function.
    func: Obj,
    /// `CREATED`, `SUSPENDED`, `RUNNING` or `DONE`.
    state: usize,
    /// Base of its stack (`stack::acquire`), 0 when it has none.
    stack: usize,
    /// Its saved stack pointer while suspended.
    sp: usize,
    /// While running: the stack pointer of the stack that resumed it.
    caller_sp: usize,
    /// While running: the generator that resumed it, 0 for the main stack.
    caller: Obj,
    /// While running: the `pyaot_stack_limit` of the stack that resumed it.
    caller_limit: usize,
    /// While not running: how many of its frames `pyaot_recursion_depth` counted.
    depth: usize,
    /// What crosses a switch: the value sent in (0: an exception is thrown in);
    /// back out, the value yielded or returned (0: it raised).
    value: Obj,
    /// While suspended in `yield from`: the iterator it delegates to, else 0.
    yield_from: Obj,
    /// Number of argument words that follow.
    nslots: usize,
}

/// The generator running now, 0 on the main stack.
static CURRENT: Global<Obj> = Global::new(0);

fn current() -> Obj {
    CURRENT.with(|c| *c)
}

fn gen<'a>(g: Obj) -> &'a mut GenObj {
    // SAFETY: callers pass generator objects; the runtime is single-threaded and
    // holds no other reference across this one's use.
    unsafe { &mut *(g as *mut GenObj) }
}

fn slots_ptr(g: Obj) -> *mut Obj {
    (g + core::mem::size_of::<GenObj>()) as *mut Obj
}

/// Whether `o` is a generator.
pub fn is_generator(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_GENERATOR)
}

fn info(g: Obj) -> &'static FuncInfo {
    // SAFETY: function objects point to their static FuncInfo.
    unsafe { &*as_func(gen(g).func).info }
}

/// `(func, slots*, n)`: `new` for the hook the compiler defines in programs with
/// generator functions (`pyaot_abi::GENERATOR_HOOK`).
#[no_mangle]
pub extern "C" fn pyaot_gen_new(func: Obj, slots: *const Obj, n: usize) -> Obj {
    new(func, crate::tuple::word_slice(slots, n))
}

/// A generator for a call of generator function `func` whose arguments are bound to
/// `slots` (the fast entry's slots, hidden function object included).
pub fn new(func: Obj, slots: &[Obj]) -> Obj {
    let size = core::mem::size_of::<GenObj>() + slots.len() * WORD;
    let p = crate::heap::alloc_generator(size);
    if p.is_null() {
        return exc::memory_error();
    }
    let g = p as Obj;
    let go = gen(g);
    go.header.ob_type = &TYPE_GENERATOR;
    go.func = func;
    go.state = CREATED;
    go.nslots = slots.len();
    // SAFETY: the block has room for the slots after the fields.
    unsafe { core::ptr::copy_nonoverlapping(slots.as_ptr(), slots_ptr(g), slots.len()) };
    g
}

/// How a resumption ended.
enum Outcome {
    /// The generator yielded this value.
    Yielded(Obj),
    /// It returned this value (None also when it was already done).
    Returned(Obj),
    /// It raised: the exception is pending.
    Raised,
}

/// Resumes `g` with `value` sent in, or with the pending exception thrown in when
/// `value` is 0, and runs it until it yields, returns or raises.
fn resume(g: Obj, value: Obj) -> Outcome {
    let go = gen(g);
    match go.state {
        RUNNING => {
            if value == 0 {
                exc::take();
            }
            exc::value_error(format_args!("generator already executing"));
            return Outcome::Raised;
        }
        DONE if value == 0 => return Outcome::Raised,
        DONE => return Outcome::Returned(none()),
        CREATED if value == 0 => {
            // Thrown into before it started: it ends there, in its first line.
            finish(g);
            exc::add_frame(
                info(g) as *const FuncInfo as usize,
                info(g).line,
                exc::NO_POS,
            );
            return Outcome::Raised;
        }
        CREATED => {
            if value != none() {
                exc::type_error(format_args!(
                    "can't send non-None value to a just-started generator"
                ));
                return Outcome::Raised;
            }
            let Some(base) = stack::acquire(g) else {
                exc::memory_error();
                return Outcome::Raised;
            };
            go.stack = base;
            go.sp = switch::initial_sp(stack::top(base), g);
        }
        _ => {}
    }
    go.value = value;
    go.state = RUNNING;
    go.caller = CURRENT.with(|c| core::mem::replace(c, g));
    go.caller_limit = replace_word(&raw mut pyaot_stack_limit, stack::limit(go.stack));
    // Its frames count again while it runs.
    // SAFETY: single-threaded; one of entry's statics.
    let outer_depth = unsafe { (&raw const pyaot_recursion_depth).read() };
    replace_word(&raw mut pyaot_recursion_depth, outer_depth + go.depth);
    switch::switch(&mut go.caller_sp, go.sp);
    // Back on the resumer's stack: the generator yielded, returned or raised.
    let go = gen(g);
    CURRENT.with(|c| *c = go.caller);
    go.caller = 0;
    replace_word(&raw mut pyaot_stack_limit, go.caller_limit);
    go.depth = replace_word(&raw mut pyaot_recursion_depth, outer_depth) - outer_depth;
    // The body copied its arguments into its frame when it started.
    if go.nslots != 0 {
        // SAFETY: the slots follow the fields.
        unsafe { core::ptr::write_bytes(slots_ptr(g), 0, go.nslots) };
        go.nslots = 0;
    }
    let v = core::mem::replace(&mut go.value, 0);
    match go.state {
        SUSPENDED => Outcome::Yielded(v),
        _ => {
            finish(g);
            match v {
                0 => Outcome::Raised,
                v => Outcome::Returned(v),
            }
        }
    }
}

/// Stores `v` in one of the words compiled code reads (`pyaot_stack_limit`,
/// `pyaot_recursion_depth`); returns what it held.
fn replace_word(word: *mut usize, v: usize) -> usize {
    // SAFETY: the runtime is single-threaded; `word` is one of entry's statics.
    unsafe { word.replace(v) }
}

/// Marks `g` done and gives its stack back.
fn finish(g: Obj) {
    let go = gen(g);
    go.state = DONE;
    // SAFETY: the slots follow the fields.
    unsafe { core::ptr::write_bytes(slots_ptr(g), 0, go.nslots) };
    go.nslots = 0;
    if go.stack != 0 {
        stack::release(core::mem::replace(&mut go.stack, 0));
    }
}

/// Where a new generator's stack starts (through `switch`'s trampoline): runs the
/// body, then leaves for good with its result.
extern "C" fn run(g: Obj) -> ! {
    let go = gen(g);
    let f = as_func(go.func);
    let mut r = crate::func::call_fast(f, slots_ptr(g), go.nslots);
    if r == 0 && exc::pending_matches(&exc::TYPE_STOP_ITERATION) {
        // PEP 479: a StopIteration escaping the body would look like its end.
        let e = exc::new_exception(
            &exc::TYPE_RUNTIME_ERROR,
            crate::static_str!("generator raised StopIteration"),
        );
        if e != 0 {
            exc::reraise(e);
        }
        r = 0;
    }
    let go = gen(g);
    go.value = r;
    go.state = DONE;
    switch::switch(&mut go.sp, go.caller_sp);
    unreachable!("a finished generator was resumed")
}

/// `yield value` in a generator's body: suspends it; returns the value sent in, or 0
/// with the exception pending that was thrown in.
#[no_mangle]
pub extern "C" fn pyaot_yield(value: Obj) -> Obj {
    let g = current();
    if g == 0 {
        return exc::runtime_error(format_args!("yield outside a running generator"));
    }
    let go = gen(g);
    go.value = value;
    go.state = SUSPENDED;
    switch::switch(&mut go.sp, go.caller_sp);
    // Resumed (state RUNNING again).
    core::mem::replace(&mut gen(g).value, 0)
}

/// One step of a `yield from`'s iterator that is not a generator: `next()` when
/// `sent` is None, else its `send` method.
fn step_other(it: Obj, sent: Obj) -> Outcome {
    let r = if sent == none() {
        if type_of(it).is_heap_class() {
            // Its `__next__` directly, to see the value of its StopIteration.
            crate::func::pyaot_call_method(it, crate::static_str!("__next__"), core::ptr::null(), 0)
        } else {
            match crate::func::pyaot_iter_next(it) {
                ITER_DONE => return Outcome::Returned(none()),
                r => r,
            }
        }
    } else {
        crate::func::pyaot_call_method(it, crate::static_str!("send"), &sent, 1)
    };
    if r != 0 {
        return Outcome::Yielded(r);
    }
    if exc::pending_matches(&exc::TYPE_STOP_ITERATION) {
        return Outcome::Returned(exc::stop_iteration_value(exc::take()));
    }
    Outcome::Raised
}

/// `yield from iterable` in a generator's body: passes values, `send`s, `throw`s and
/// `close`s between this generator's resumer and the iterator; returns the value
/// the iterator returned (a sub-generator's `return` value, else None).
#[no_mangle]
pub extern "C" fn pyaot_yield_from(iterable: Obj) -> Obj {
    let g = current();
    if g == 0 {
        return exc::runtime_error(format_args!("yield outside a running generator"));
    }
    let it = crate::func::pyaot_iter(iterable);
    if it == 0 {
        return 0;
    }
    let sub_is_gen = is_generator(it);
    let mut sent = none();
    loop {
        let step = if sub_is_gen {
            resume(it, sent)
        } else if sent == 0 {
            throw_other(it)
        } else {
            step_other(it, sent)
        };
        let v = match step {
            Outcome::Yielded(v) => v,
            Outcome::Returned(r) => return r,
            Outcome::Raised => return 0,
        };
        gen(g).yield_from = it;
        sent = pyaot_yield(v);
        gen(g).yield_from = 0;
        if sent == 0 && exc::pending_matches(&exc::TYPE_GENERATOR_EXIT) {
            // close(): close the iterator, then let GeneratorExit end this one.
            let e = exc::take();
            let closed = if sub_is_gen {
                close(it)
            } else {
                match method_of(it, crate::static_str!("close")) {
                    Some(m) => crate::func::pyaot_call(m, core::ptr::null(), 0),
                    None => none(),
                }
            };
            if closed == 0 {
                return 0;
            }
            return exc::reraise(e);
        }
    }
}

/// `obj.name` when `obj` is an instance of a class defined in Python that has it
/// (only those can have `throw`/`close` among the iterators `yield from` meets),
/// without disturbing the exception in flight.
fn method_of(obj: Obj, name: Obj) -> Option<Obj> {
    if obj & 1 == 1 || !type_of(obj).is_heap_class() {
        return None;
    }
    exc::preserving(|| {
        let m = crate::class::pyaot_getattr(obj, name);
        if m == 0 {
            exc::take();
            return None;
        }
        Some(m)
    })
}

/// The pending exception thrown into a `yield from` whose iterator is not a
/// generator: passed to its `throw` method if it has one, else raised right here.
fn throw_other(it: Obj) -> Outcome {
    let Some(throw) = method_of(it, crate::static_str!("throw")) else {
        return Outcome::Raised;
    };
    let e = exc::take();
    let r = crate::func::pyaot_call(throw, &e, 1);
    if r != 0 {
        return Outcome::Yielded(r);
    }
    if exc::pending_matches(&exc::TYPE_STOP_ITERATION) {
        return Outcome::Returned(exc::stop_iteration_value(exc::take()));
    }
    Outcome::Raised
}

/// The next value of `g` for iteration: `ITER_DONE` when it returns, whatever the
/// value.
fn generator_next(g: Obj) -> Obj {
    match resume(g, none()) {
        Outcome::Yielded(v) => v,
        Outcome::Returned(_) => ITER_DONE,
        Outcome::Raised => 0,
    }
}

/// Resumes `g` with `value` (0: the pending exception thrown in) and returns what it
/// yields, raising StopIteration with its return value when it returns: `send`,
/// `throw`, and `next(g)`.
fn send(g: Obj, value: Obj) -> Obj {
    match resume(g, value) {
        Outcome::Yielded(v) => v,
        Outcome::Returned(r) if r == none() => exc::raise(&exc::TYPE_STOP_ITERATION, 0),
        Outcome::Returned(r) => exc::raise(&exc::TYPE_STOP_ITERATION, r),
        Outcome::Raised => 0,
    }
}

/// `next(g[, default])` for a generator: StopIteration carries its return value.
pub fn next_builtin(g: Obj, default: Option<Obj>) -> Obj {
    match (resume(g, none()), default) {
        (Outcome::Yielded(v), _) => v,
        (Outcome::Returned(_), Some(d)) => d,
        (Outcome::Returned(r), None) if r == none() => exc::raise(&exc::TYPE_STOP_ITERATION, 0),
        (Outcome::Returned(r), None) => exc::raise(&exc::TYPE_STOP_ITERATION, r),
        (Outcome::Raised, _) => 0,
    }
}

/// `g.throw(exc)`, `g.throw(cls)`, `g.throw(cls, value)` (CPython 3.11's forms; a
/// traceback argument is accepted and ignored).
fn throw(g: Obj, args: &[Obj]) -> Obj {
    let (typ, val) = match *args {
        [] => return exc::type_error(format_args!("throw expected at least 1 argument, got 0")),
        [t] => (t, none()),
        [t, v] | [t, v, _] => (t, v),
        _ => {
            return exc::type_error(format_args!(
                "throw expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    };
    let e = if crate::types::is_class(typ)
        && crate::types::as_type(typ).is_subtype(&exc::TYPE_BASE_EXCEPTION)
    {
        let cls = crate::types::as_type(typ);
        if val != none() && val & 1 == 0 && object::is_instance(val, cls) {
            val
        } else {
            // The value is the argument, a tuple the arguments.
            let a: &[Obj] = if val == none() {
                &[]
            } else if is_type(val, &tuple::TYPE_TUPLE) {
                tuple::items(val)
            } else {
                core::slice::from_ref(&val)
            };
            crate::func::pyaot_call(typ, a.as_ptr(), a.len())
        }
    } else if typ & 1 == 0 && object::is_instance(typ, &exc::TYPE_BASE_EXCEPTION) {
        if val != none() {
            return exc::type_error(format_args!(
                "instance exception may not have a separate value"
            ));
        }
        typ
    } else {
        return exc::type_error(format_args!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_of(typ).name
        ));
    };
    if e == 0 {
        return 0;
    }
    exc::raise_obj(e);
    send(g, 0)
}

/// `g.close()`: raises GeneratorExit at its `yield`; None when that ends it.
fn close(g: Obj) -> Obj {
    match gen(g).state {
        CREATED | DONE => {
            finish(g);
            return none();
        }
        RUNNING => return exc::value_error(format_args!("generator already executing")),
        _ => {}
    }
    let e = exc::new_exception(&exc::TYPE_GENERATOR_EXIT, 0);
    if e == 0 {
        return 0;
    }
    exc::raise_obj(e);
    match resume(g, 0) {
        Outcome::Yielded(_) => exc::runtime_error(format_args!("generator ignored GeneratorExit")),
        Outcome::Returned(_) => none(),
        Outcome::Raised
            if exc::pending_matches(&exc::TYPE_GENERATOR_EXIT)
                || exc::pending_matches(&exc::TYPE_STOP_ITERATION) =>
        {
            exc::take();
            none()
        }
        Outcome::Raised => 0,
    }
}

/// A generator the program can no longer reach, dropped by a `for` loop that left it
/// early: closed as CPython closes it when its last reference goes, an exception
/// from that reported as "ignored" on stderr.
#[no_mangle]
pub extern "C" fn pyaot_gen_drop(it: Obj) -> Obj {
    if !is_generator(it) {
        return none();
    }
    exc::preserving(|| {
        if close(it) == 0 {
            let r = object::repr(it);
            let mut err = crate::port::Stderr;
            let _ = core::fmt::Write::write_fmt(
                &mut err,
                format_args!(
                    "Exception ignored in: {}\n",
                    if r == 0 {
                        "<generator>"
                    } else {
                        pystr::as_str(r)
                    }
                ),
            );
            exc::report_uncaught();
        }
    });
    none()
}

/// The methods of generators: `send`, `throw`, `close`, `__next__`, `__iter__`.
pub fn method(g: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    let no_args = |what: &str| {
        exc::type_error(format_args!(
            "generator.{}() takes no arguments ({} given)",
            what,
            args.len()
        ))
    };
    Some(match name {
        "send" => match *args {
            [v] => send(g, v),
            _ => exc::type_error(format_args!(
                "generator.send() takes exactly one argument ({} given)",
                args.len()
            )),
        },
        "throw" => throw(g, args),
        "close" if args.is_empty() => close(g),
        "close" => no_args("close"),
        "__next__" if args.is_empty() => next_builtin(g, None),
        "__next__" => exc::type_error(format_args!("expected 0 arguments, got {}", args.len())),
        "__iter__" if args.is_empty() => g,
        "__iter__" => exc::type_error(format_args!("expected 0 arguments, got {}", args.len())),
        _ => return None,
    })
}

/// The attributes of generators that are not methods.
pub fn getattr(g: Obj, name: &str) -> Option<Obj> {
    Some(match name {
        "__name__" => info(g).name,
        "__qualname__" => info(g).qualname,
        "gi_running" => object::bool_obj(gen(g).state == RUNNING),
        "gi_yieldfrom" => match gen(g).yield_from {
            0 => none(),
            it => it,
        },
        _ => return None,
    })
}

fn generator_repr(g: Obj) -> Obj {
    pystr::format(format_args!(
        "<generator object {} at {:#x}>",
        pystr::as_str(info(g).qualname),
        g
    ))
}

// ---- the collector's hooks ----

/// Calls `scan(lo, hi)` for the stack of every running generator, innermost first
/// (`sp` is the current stack pointer); returns the stack pointer the main stack
/// was left at (`sp` itself when no generator runs).
pub fn running_stacks(sp: usize, mut scan: impl FnMut(usize, usize)) -> usize {
    let mut sp = sp;
    let mut g = current();
    while g != 0 {
        let go = gen(g);
        scan(sp, stack::top(go.stack));
        sp = go.caller_sp;
        g = go.caller;
    }
    sp
}

/// The live part of a suspended generator's stack, `[saved sp, top)`, for the
/// collector to scan when it marks the generator object `g`.
pub fn suspended_stack(g: Obj) -> Option<(usize, usize)> {
    let go = gen(g);
    (go.state == SUSPENDED).then(|| (go.sp, stack::top(go.stack)))
}

/// Before a collection's mark phase.
pub fn before_collection() {
    stack::before_collection();
}

/// After the mark phase: the stacks of generators that were not reached go back.
pub fn after_mark(is_live: impl Fn(Obj) -> bool) {
    stack::release_dead(is_live);
}
