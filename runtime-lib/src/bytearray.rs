//! `bytearray`: mutable byte strings, `[type][len][cap][data*]`, the bytes in a
//! separate block (never scanned) that grows with headroom as CPython's does. It
//! shares everything read-only with `bytes` (`bytes::Kind`, `bytes_methods`) and
//! adds item and slice assignment and deletion, the mutating methods, `+=` and `*=`.

use crate::bytes::{self, ByteBuf, Kind};
use crate::exc;
use crate::int::{self, BinOp};
use crate::object::{self, alloc_obj, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::typeext::{self, TypeExt};
use pyaot_abi::tag_int;

/// `bytearray`, exported so compiled code can name the class (`isinstance`).
#[export_name = "pyaot_type_bytearray"]
pub static TYPE_BYTEARRAY: TypeObject = TypeObject {
    repr: Some(repr),
    compare: Some(bytes::compare),
    len: Some(|o| Ok(len(o))),
    getitem: Some(|o, k| bytes::getitem(&BYTEARRAY, o, k)),
    setitem: Some(setitem),
    contains: Some(bytes::contains),
    iter: Some(|o| bytes::new_iter(&TYPE_BYTEARRAY_ITER, o)),
    ext: Some(&EXT),
    ..TypeObject::new("bytearray", Some(&TYPE_OBJECT))
};

static EXT: TypeExt = TypeExt {
    method,
    class_method: |name, args, kw| crate::bytes_methods::class_method(&BYTEARRAY, name, args, kw),
    construct,
    binop: |op, a, b| bytes::binop(&BYTEARRAY, op, a, b),
    inplace: Some(inplace),
    delitem: Some(delitem),
    buffer: Some(as_bytes),
    getattr: None,
    names: &[
        "append",
        "capitalize",
        "center",
        "clear",
        "copy",
        "count",
        "decode",
        "endswith",
        "expandtabs",
        "extend",
        "find",
        "hex",
        "index",
        "insert",
        "isalnum",
        "isalpha",
        "isascii",
        "isdigit",
        "islower",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "pop",
        "remove",
        "removeprefix",
        "removesuffix",
        "replace",
        "reverse",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "translate",
        "upper",
        "zfill",
    ],
};

/// `bytearray_iterator`.
pub static TYPE_BYTEARRAY_ITER: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(bytes::iter_next),
    ..TypeObject::new("bytearray_iterator", Some(&TYPE_OBJECT))
};

/// `bytearray` results.
pub static BYTEARRAY: Kind = Kind {
    name: "bytearray",
    ty: &TYPE_BYTEARRAY,
    make: from_slice,
    alloc: with_len,
    data_mut,
};

#[repr(C)]
struct ByteArrayObj {
    header: Header,
    len: usize,
    cap: usize,
    /// `cap` bytes, the first `len` of them in use; null while `cap` is 0.
    data: *mut u8,
}

fn obj<'a>(o: Obj) -> &'a mut ByteArrayObj {
    // SAFETY: only called on bytearrays; the runtime is single-threaded and no
    // caller keeps two of these references across a call that takes another.
    unsafe { &mut *(o as *mut ByteArrayObj) }
}

/// Number of bytes.
pub fn len(o: Obj) -> usize {
    obj(o).len
}

/// The contents: valid until the bytearray changes.
pub fn as_bytes(o: Obj) -> &'static [u8] {
    let b = obj(o);
    if b.len == 0 {
        return &[];
    }
    // SAFETY: the first `len` bytes of the block are the contents.
    unsafe { core::slice::from_raw_parts(b.data, b.len) }
}

/// The contents, writable: valid until the bytearray changes size.
pub fn data_mut(o: Obj) -> &'static mut [u8] {
    let b = obj(o);
    if b.len == 0 {
        return &mut [];
    }
    // SAFETY: as `as_bytes`.
    unsafe { core::slice::from_raw_parts_mut(b.data, b.len) }
}

/// A new bytearray of `n` zero bytes; 0 with MemoryError pending.
pub fn with_len(n: usize) -> Obj {
    let o = alloc_obj(&TYPE_BYTEARRAY, core::mem::size_of::<ByteArrayObj>());
    if o == 0 || resize(o, n).is_err() {
        return 0;
    }
    o
}

/// A new bytearray holding a copy of `b`.
pub fn from_slice(b: &[u8]) -> Obj {
    let o = with_len(b.len());
    if o != 0 {
        data_mut(o).copy_from_slice(b);
    }
    o
}

/// Sets the length to `n`: new bytes are zero. Grows the block with CPython's
/// headroom (an eighth more, as list growth), never shrinks it.
fn resize(o: Obj, n: usize) -> Result<(), ()> {
    let b = obj(o);
    if n > b.cap {
        let cap = if n <= b.cap + b.cap / 8 + 8 {
            n + n / 8 + 8
        } else {
            n
        };
        if cap > isize::MAX as usize / 2 {
            exc::memory_error();
            return Err(());
        }
        let p = crate::heap::alloc_noscan(cap);
        if p.is_null() {
            exc::memory_error();
            return Err(());
        }
        let b = obj(o);
        if b.len > 0 {
            // SAFETY: distinct blocks, the old one holding `len` bytes.
            unsafe { core::ptr::copy_nonoverlapping(b.data, p, b.len) };
        }
        b.data = p;
        b.cap = cap;
    } else if n > b.len {
        // SAFETY: within the block.
        unsafe { core::ptr::write_bytes(b.data.add(b.len), 0, n - b.len) };
    }
    obj(o).len = n;
    Ok(())
}

/// Replaces `self[start..stop]` with `new` (which must not point into `o`'s block).
fn splice(o: Obj, start: usize, stop: usize, new: &[u8]) -> Result<(), ()> {
    let old_len = len(o);
    let new_len = old_len - (stop - start) + new.len();
    if new_len > old_len {
        resize(o, new_len)?;
    }
    let d = obj(o);
    // SAFETY: the block holds max(old_len, new_len) bytes; `copy` allows overlap.
    unsafe {
        core::ptr::copy(
            d.data.add(stop),
            d.data.add(start + new.len()),
            old_len - stop,
        );
        core::ptr::copy_nonoverlapping(new.as_ptr(), d.data.add(start), new.len());
    }
    d.len = new_len;
    Ok(())
}

/// Appends bytes (which may be the bytearray's own).
pub fn extend_bytes(o: Obj, b: &[u8]) -> Result<(), ()> {
    // Copy first: `b` may be `o`'s own block, which growing replaces.
    let mut tmp = ByteBuf::new();
    tmp.extend(b)?;
    let n = len(o);
    splice(o, n, n, tmp.as_slice())
}

fn repr(o: Obj) -> Obj {
    let b = as_bytes(o);
    crate::str::build(|w| {
        w.write_str("bytearray(")?;
        bytes::write_repr(b, true, w)?;
        w.write_str(")")
    })
}

fn construct(args: &[Obj], kwnames: &[Obj]) -> Obj {
    let Ok(slots) = bytes::ctor_args(&BYTEARRAY, args, kwnames) else {
        return 0;
    };
    if slots[0] != 0 && slots[1] == 0 && slots[2] == 0 && int::is_int(slots[0]) {
        if let Some(n) = int::value(slots[0]).filter(|&n| n >= 0) {
            return with_len(n as usize);
        }
    }
    let mut out = ByteBuf::new();
    match bytes::ctor_contents(&BYTEARRAY, slots, &mut out) {
        Ok(()) => from_slice(out.as_slice()),
        Err(()) => 0,
    }
}

/// `bytearray(...)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_bytearray(a: *const Obj, n: usize) -> Obj {
    construct(crate::tuple::word_slice(a, n), &[])
}

/// `bytearray(...)` with keyword arguments (`source`, `encoding`, `errors`).
#[no_mangle]
pub extern "C" fn pyaot_builtin_bytearray_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let names = if kwnames == 0 {
        &[][..]
    } else {
        crate::tuple::items(kwnames)
    };
    construct(crate::tuple::word_slice(a, n), names)
}

// ---- item and slice assignment, deletion ----

/// The bytes a slice assignment puts in: a bytes-like object's, or an iterable of
/// ints' (not a str, not an int).
fn assigned_bytes(v: Obj, out: &mut ByteBuf) -> Result<(), ()> {
    if let Some(b) = typeext::buffer(v) {
        return out.extend(b);
    }
    if int::is_int(v) || crate::str::is_str(v) || type_of(v).iter.is_none() {
        exc::type_error(format_args!(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)"
        ));
        return Err(());
    }
    bytes::extend_from_ints(out, v, false)
}

fn setitem(o: Obj, key: Obj, v: Obj) -> Obj {
    let r = if crate::slice::is_slice(key) {
        assign_slice(o, key, v)
    } else {
        bytes::index_of(&BYTEARRAY, key, len(o)).and_then(|i| {
            data_mut(o)[i] = bytes::byte_value(v)?;
            Ok(())
        })
    };
    match r {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

fn assign_slice(o: Obj, key: Obj, v: Obj) -> Result<(), ()> {
    let mut new = ByteBuf::new();
    assigned_bytes(v, &mut new)?;
    let (start, stop, step, count) = crate::slice::indices(key, len(o))?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as isize)) as usize;
        return splice(o, start, stop, new.as_slice());
    }
    if new.len() != count {
        exc::value_error(format_args!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            count
        ));
        return Err(());
    }
    let d = data_mut(o);
    for (k, &b) in new.as_slice().iter().enumerate() {
        d[(start + k as isize * step) as usize] = b;
    }
    Ok(())
}

fn delitem(o: Obj, key: Obj) -> Obj {
    let r = if crate::slice::is_slice(key) {
        crate::slice::indices(key, len(o)).and_then(|(start, _, step, count)| {
            if count == 0 {
                return Ok(());
            }
            if step == 1 {
                let s = start as usize;
                return splice(o, s, s + count, &[]);
            }
            // Keep the bytes the slice does not select, in order.
            let (lo, hi) = if step > 0 {
                (start, start + (count as isize - 1) * step)
            } else {
                (start + (count as isize - 1) * step, start)
            };
            let stride = step.unsigned_abs();
            let d = data_mut(o);
            let mut at = 0;
            for i in 0..d.len() {
                let picked =
                    (lo..=hi).contains(&(i as isize)) && (i - lo as usize).is_multiple_of(stride);
                if !picked {
                    d[at] = d[i];
                    at += 1;
                }
            }
            obj(o).len = at;
            Ok(())
        })
    } else {
        bytes::index_of(&BYTEARRAY, key, len(o)).and_then(|i| splice(o, i, i + 1, &[]))
    };
    match r {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// `a += b` and `a *= n` in place.
fn inplace(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    let r = match op {
        // CPython holds `b`'s buffer while it resizes `a`: when they are one object
        // the resize fails.
        BinOp::Add if a == b => {
            exc::raise_fmt(
                &exc::TYPE_BUFFER_ERROR,
                format_args!("Existing exports of data: object cannot be re-sized"),
            );
            Err(())
        }
        BinOp::Add => match typeext::buffer(b) {
            Some(x) => extend_bytes(a, x),
            None => {
                exc::type_error(format_args!(
                    "can't concat {} to bytearray",
                    type_of(b).name
                ));
                Err(())
            }
        },
        BinOp::Mul => match int::value(b) {
            Some(n) => repeat_in_place(a, n),
            None => {
                let r = bytes::binop(&BYTEARRAY, op, a, b);
                return Some(r.unwrap_or(0));
            }
        },
        _ => return None,
    };
    Some(if r.is_ok() { a } else { 0 })
}

fn repeat_in_place(o: Obj, n: isize) -> Result<(), ()> {
    let l = len(o);
    if n <= 0 || l == 0 {
        obj(o).len = 0;
        return Ok(());
    }
    let Some(total) = l.checked_mul(n as usize) else {
        exc::memory_error();
        return Err(());
    };
    resize(o, total)?;
    let d = data_mut(o);
    let mut done = l;
    while done < total {
        let k = done.min(total - done);
        d.copy_within(..k, done);
        done += k;
    }
    Ok(())
}

// ---- methods ----

fn method(o: Obj, name: &str, args: &[Obj], kwnames: &[Obj]) -> Option<Obj> {
    use crate::bytes_args as a;
    let r = match name {
        "append" => a::exactly_one(&BYTEARRAY, name, args, kwnames).and_then(|x| {
            let v = bytes::byte_value(x)?;
            let n = len(o);
            resize(o, n + 1)?;
            data_mut(o)[n] = v;
            Ok(none())
        }),
        "extend" => a::exactly_one(&BYTEARRAY, name, args, kwnames).and_then(|x| {
            if let Some(b) = typeext::buffer(x) {
                return extend_bytes(o, b).map(|_| none());
            }
            if type_of(x).iter.is_none() {
                exc::type_error(format_args!(
                    "can't extend bytearray with {}",
                    type_of(x).name
                ));
                return Err(());
            }
            let mut new = ByteBuf::new();
            bytes::extend_from_ints(&mut new, x, false)?;
            extend_bytes(o, new.as_slice()).map(|_| none())
        }),
        "insert" => a::positional(&BYTEARRAY, name, args, kwnames, 2, 2).and_then(|_| {
            let i = crate::range::index_arg(args[0])?;
            let v = bytes::byte_value(args[1])?;
            let n = len(o) as isize;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            splice(o, at, at, &[v]).map(|_| none())
        }),
        "pop" => a::positional(&BYTEARRAY, name, args, kwnames, 0, 1).and_then(|_| {
            let i = match args.first() {
                Some(&x) => crate::range::index_arg(x)?,
                None => -1,
            };
            let n = len(o) as isize;
            if n == 0 {
                exc::index_error(format_args!("pop from empty bytearray"));
                return Err(());
            }
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                exc::index_error(format_args!("pop index out of range"));
                return Err(());
            }
            let v = as_bytes(o)[j as usize];
            splice(o, j as usize, j as usize + 1, &[])?;
            Ok(tag_int(v as isize))
        }),
        "remove" => a::exactly_one(&BYTEARRAY, name, args, kwnames).and_then(|x| {
            let v = bytes::byte_value(x)?;
            match as_bytes(o).iter().position(|&c| c == v) {
                Some(i) => splice(o, i, i + 1, &[]).map(|_| none()),
                None => {
                    exc::value_error(format_args!("value not found in bytearray"));
                    Err(())
                }
            }
        }),
        "clear" => a::no_args(&BYTEARRAY, name, args, kwnames).map(|_| {
            obj(o).len = 0;
            none()
        }),
        "copy" => a::no_args(&BYTEARRAY, name, args, kwnames).map(|_| from_slice(as_bytes(o))),
        "reverse" => a::no_args(&BYTEARRAY, name, args, kwnames).map(|_| {
            data_mut(o).reverse();
            none()
        }),
        _ => return crate::bytes_methods::call(&BYTEARRAY, o, name, args, kwnames),
    };
    Some(r.unwrap_or(0))
}

/// Whether `o` is a bytearray.
pub fn is_bytearray(o: Obj) -> bool {
    o & 1 == 0 && object::is_type(o, &TYPE_BYTEARRAY)
}
