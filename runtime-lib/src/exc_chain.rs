//! Exception chaining: `__context__` (an exception raised while another is handled)
//! and `__cause__` (`raise ... from`), and printing the chain of an uncaught exception
//! as CPython does ("During handling of the above exception, another exception
//! occurred:").
//!
//! The compiled code tells the runtime when a handler (an `except` clause, a
//! `finally` or `with` exit running because of an exception) starts and ends
//! (`pyaot_exc_handle`, `pyaot_exc_leave`). The handled exceptions are a stack of
//! entries (exception, frame depth, handler nesting level in that frame). A handler
//! left by an exception is not told to the runtime: the next handler that starts
//! drops the entries of frames that have returned and of handlers at its own level
//! or deeper, and a raise drops those of returned frames, so stale entries never
//! become a context. A handled exception's traceback is saved on it when its handler
//! starts, since the next raise reuses the traceback buffer.

use crate::exc::{self, fields, is_static_memory_error};
use crate::list;
use crate::object::{self, Header, Obj, TypeObject, TYPE_OBJECT, WORD};
use crate::port::{Global, Stderr};
use core::fmt::Write;
use pyaot_abi::{tag_int, untag_int};

/// The handled exceptions: a list of (exception, key) pairs, innermost last; the key
/// is `depth * 256 + level` as a small int.
static HANDLED: Global<Obj> = Global::new(0);

/// A saved traceback: `[type][n][ring][dropped][info, line, repeat]*n`.
static TYPE_TRACEBACK: TypeObject = TypeObject::new("traceback", Some(&TYPE_OBJECT));

fn depth() -> usize {
    // SAFETY: a plain read of the frame counter compiled code maintains.
    unsafe { core::ptr::read_volatile(&raw const crate::entry::pyaot_recursion_depth) }
}

fn key(depth: usize, level: usize) -> usize {
    depth * 256 + level.min(255)
}

/// Drops the entries of frames deeper than `depth`, and with `level`, those of
/// handlers at `level` or deeper in the frame at `depth`.
fn drop_stale(depth: usize, level: Option<usize>) {
    let l = HANDLED.with(|h| *h);
    if l == 0 {
        return;
    }
    let items = list::items(l);
    let mut n = items.len();
    while n >= 2 {
        let k = untag_int(items[n - 1]) as usize;
        let (d, lv) = (k / 256, k % 256);
        let stale = d > depth || (d == depth && level.is_some_and(|level| lv >= level));
        if !stale {
            break;
        }
        n -= 2;
    }
    list::truncate(l, n);
}

/// The innermost handled exception still live, or 0.
fn handled() -> Obj {
    drop_stale(depth(), None);
    let l = HANDLED.with(|h| *h);
    if l == 0 {
        return 0;
    }
    let items = list::items(l);
    if items.len() < 2 {
        0
    } else {
        items[items.len() - 2]
    }
}

/// `raise e`: its `__context__` becomes the exception being handled (not itself, and
/// never so as to make a cycle).
pub fn on_raise(e: Obj) {
    if is_static_memory_error(e) || e & 1 == 1 {
        return;
    }
    let h = handled();
    if h == 0 || h == e {
        return;
    }
    // Break a cycle the new link would close, as CPython does.
    let mut o = h;
    let mut guard = 0;
    while o != 0 && !is_static_memory_error(o) && guard < 1000 {
        let next = fields(o).context;
        if next == e {
            fields(o).context = 0;
            break;
        }
        o = next;
        guard += 1;
    }
    fields(e).context = h;
}

/// `(exception, level)`: a handler at nesting `level` of the current frame starts
/// handling `e`; returns None.
#[no_mangle]
pub extern "C" fn pyaot_exc_handle(e: Obj, level: Obj) -> Obj {
    let level = untag_int(level) as usize;
    let d = depth();
    drop_stale(d, Some(level));
    if !is_static_memory_error(e) && fields(e).traceback == 0 {
        fields(e).traceback = save_traceback();
    }
    let mut l = HANDLED.with(|h| *h);
    if l == 0 {
        l = list::with_capacity(8);
        if l == 0 {
            return 0;
        }
        HANDLED.with(|h| *h = l);
    }
    if list::push(l, e).is_err() || list::push(l, tag_int(key(d, level) as isize)).is_err() {
        return 0;
    }
    object::none()
}

/// `()`: the innermost handler finished normally; returns None.
#[no_mangle]
pub extern "C" fn pyaot_exc_leave() -> Obj {
    let l = HANDLED.with(|h| *h);
    if l != 0 {
        let n = list::items(l).len();
        list::truncate(l, n.saturating_sub(2));
    }
    object::none()
}

/// Words per saved frame: `exc::Frame`'s fields.
const FRAME_WORDS: usize = core::mem::size_of::<exc::Frame>() / WORD;

/// The traceback recorded so far, as a traceback object (0 when out of memory: the
/// chain is then printed without it).
fn save_traceback() -> Obj {
    let mut n = 0;
    exc::traceback_frames(|_| n += 1);
    let size = (4 + FRAME_WORDS * n) * WORD;
    let p = crate::heap::alloc_noscan(size) as *mut usize;
    if p.is_null() {
        exc::take();
        return 0;
    }
    // SAFETY: a fresh block of `4 + FRAME_WORDS * n` words.
    let words = unsafe { core::slice::from_raw_parts_mut(p, 4 + FRAME_WORDS * n) };
    // SAFETY: as above; the header is the first word.
    unsafe { (*(p as *mut Header)).ob_type = &TYPE_TRACEBACK };
    words[1] = n;
    let mut i = 4;
    let (ring, dropped) = exc::traceback_frames(|f| {
        words[i..i + FRAME_WORDS]
            .copy_from_slice(&[f.info, f.line, f.repeat, f.pos[0], f.pos[1], f.pos[2]]);
        i += FRAME_WORDS;
    });
    words[2] = ring;
    words[3] = dropped;
    p as Obj
}

fn print_traceback(w: &mut Stderr, tb: Obj) {
    if tb == 0 {
        return;
    }
    // SAFETY: a traceback object from `save_traceback`.
    let words = unsafe { core::slice::from_raw_parts(tb as *const usize, 4) };
    let (n, ring, dropped) = (words[1], words[2], words[3]);
    if n == 0 {
        return;
    }
    // SAFETY: as above, `4 + FRAME_WORDS * n` words.
    let words = unsafe { core::slice::from_raw_parts(tb as *const usize, 4 + FRAME_WORDS * n) };
    let _ = w.write_str("Traceback (most recent call last):\n");
    for k in 0..n {
        if k == ring && dropped > 0 {
            let _ = writeln!(w, "  ... {} more frames ...", dropped);
        }
        let f = &words[4 + FRAME_WORDS * k..4 + FRAME_WORDS * (k + 1)];
        let frame = exc::Frame {
            info: f[0],
            line: f[1],
            repeat: f[2],
            pos: [f[3], f[4], f[5]],
        };
        exc::print_saved_entry(w, &frame);
    }
}

/// Prints what the uncaught exception `e` chains to, oldest first: each exception
/// with its saved traceback, then CPython's line linking it to the next.
pub fn print_chain(w: &mut Stderr, e: Obj) {
    print_prior(w, e, 0);
}

fn print_prior(w: &mut Stderr, e: Obj, depth: usize) {
    if e == 0 || is_static_memory_error(e) || depth > 100 {
        return;
    }
    let f = fields(e);
    let (prior, link) = if f.cause != 0 && f.cause != object::none() {
        (
            f.cause,
            "\nThe above exception was the direct cause of the following exception:\n\n",
        )
    } else if f.context != 0 && f.suppress_context == 0 {
        (
            f.context,
            "\nDuring handling of the above exception, another exception occurred:\n\n",
        )
    } else {
        return;
    };
    print_prior(w, prior, depth + 1);
    if !is_static_memory_error(prior) {
        print_traceback(w, fields(prior).traceback);
    }
    exc::write_exception_line(w, prior);
    let _ = w.write_str(link);
}

/// The chaining attributes of exception `e`, or None for other names.
pub fn attr(e: Obj, name: &str) -> Option<Obj> {
    if is_static_memory_error(e) {
        return match name {
            "__context__" | "__cause__" => Some(object::none()),
            "__suppress_context__" => Some(object::false_()),
            _ => None,
        };
    }
    let f = fields(e);
    let or_none = |o: Obj| if o == 0 { object::none() } else { o };
    Some(match name {
        "__context__" => or_none(f.context),
        "__cause__" => or_none(f.cause),
        "__suppress_context__" => object::bool_obj(f.suppress_context != 0),
        _ => return None,
    })
}

/// `raise e from cause`: records the cause (None too) and suppresses the context.
pub fn set_cause(e: Obj, cause: Obj) {
    if is_static_memory_error(e) {
        return;
    }
    let f = fields(e);
    f.cause = cause;
    f.suppress_context = 1;
}
