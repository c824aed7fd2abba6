//! `bytes`: immutable byte strings, `[type][hash][len][bytes...]`
//! (`pyaot_abi::layout::bytes_*`). The compiler emits literals as static objects
//! with their hash precomputed; heap ones are allocated without scanning (they hold
//! no pointers) and hash on first use.
//!
//! What `bytes` and `bytearray` share lives here too: the `Kind` that says which
//! type a result has, repr, comparison, indexing and slicing, `in`, `+ * %`, the
//! constructor's argument rules, and a growable buffer for building results. The
//! methods are in `bytes_methods`, `%` in `bytesformat`, the mutable type in
//! `bytearray`. None of this is linked unless a program makes a bytes-like object:
//! the generic entry points reach it through `TYPE_BYTES.ext`.

use crate::exc;
use crate::int::{self, BinOp};
use crate::object::{
    self, bool_obj, is_type, type_of, Header, Obj, TypeObject, NOT_IMPLEMENTED, TYPE_OBJECT, WORD,
};
use crate::typeext::{self, TypeExt};
use core::fmt::Write;
use pyaot_abi::{layout, tag_int, CmpOp, ITER_DONE};

pub use crate::bytebuf::ByteBuf;

/// The fixed part of every bytes object; the bytes follow it.
#[repr(C)]
pub struct BytesHead {
    /// Always `TYPE_BYTES`.
    pub header: Header,
    /// `hash(b)`, or `usize::MAX` until computed.
    pub hash: usize,
    /// Number of bytes.
    pub len: usize,
}

const HEAD: usize = core::mem::size_of::<BytesHead>();
const _: () = assert!(HEAD == layout::bytes_data(WORD as u32) as usize);
const _: () =
    assert!(core::mem::offset_of!(BytesHead, len) == layout::bytes_len(WORD as u32) as usize);
const _: () =
    assert!(core::mem::offset_of!(BytesHead, hash) == layout::bytes_hash(WORD as u32) as usize);

/// Not yet hashed (`pyaot_abi::bytes_hash` never returns it).
const NO_HASH: usize = usize::MAX;

/// `b''`: one immortal object, so empty results never allocate.
static EMPTY: BytesHead = BytesHead {
    header: Header {
        ob_type: &TYPE_BYTES,
    },
    hash: crate::str::const_hash(b""),
    len: 0,
};

/// `bytes`, exported so the compiler's static bytes literals can point at it.
#[export_name = "pyaot_type_bytes"]
pub static TYPE_BYTES: TypeObject = TypeObject {
    repr: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    len: Some(|o| Ok(len(o))),
    getitem: Some(|o, k| getitem(&BYTES, o, k)),
    contains: Some(contains),
    iter: Some(|o| new_iter(&TYPE_BYTES_ITER, o)),
    ext: Some(&EXT),
    ..TypeObject::new("bytes", Some(&TYPE_OBJECT))
};

static EXT: TypeExt = TypeExt {
    method: |o, name, args, kw| crate::bytes_methods::call(&BYTES, o, name, args, kw),
    class_method: |name, args, kw| crate::bytes_methods::class_method(&BYTES, name, args, kw),
    construct: |args, kw| construct(&BYTES, args, kw),
    binop: |op, a, b| binop(&BYTES, op, a, b),
    inplace: None,
    delitem: None,
    buffer: Some(as_bytes),
    getattr: None,
    names: &[
        "capitalize",
        "center",
        "count",
        "decode",
        "endswith",
        "expandtabs",
        "find",
        "hex",
        "index",
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
        "removeprefix",
        "removesuffix",
        "replace",
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

/// `bytes_iterator` (and, with another type, `bytearray_iterator`): re-reads the
/// contents at each step, so it sees a bytearray change under it as CPython does.
pub static TYPE_BYTES_ITER: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(iter_next),
    ..TypeObject::new("bytes_iterator", Some(&TYPE_OBJECT))
};

/// Which type a bytes-like result has: methods of a bytearray return bytearrays.
pub struct Kind {
    /// The type's name, as messages print it.
    pub name: &'static str,
    /// The type object.
    pub ty: &'static TypeObject,
    /// A new object of this type holding a copy of the bytes; 0 on MemoryError.
    pub make: fn(&[u8]) -> Obj,
    /// A new object of this type of `n` bytes, which the caller writes before
    /// anything reads them (bytes: not zeroed); 0 on MemoryError.
    pub alloc: fn(usize) -> Obj,
    /// The writable contents of an object `alloc` just made.
    pub data_mut: fn(Obj) -> &'static mut [u8],
}

/// `bytes` results.
pub static BYTES: Kind = Kind {
    name: "bytes",
    ty: &TYPE_BYTES,
    make: from_slice,
    alloc: alloc_uninit,
    data_mut,
};

impl Kind {
    /// A new object of this kind of `n` bytes that `fill` writes; 0 on MemoryError.
    pub fn build(&self, n: usize, fill: impl FnOnce(&mut [u8])) -> Obj {
        let o = (self.alloc)(n);
        if o != 0 {
            fill((self.data_mut)(o));
        }
        o
    }
}

fn head(o: Obj) -> &'static BytesHead {
    // SAFETY: callers pass bytes objects, which start with a BytesHead.
    unsafe { &*(o as *const BytesHead) }
}

/// Whether `o` is a bytes object.
#[inline]
pub fn is_bytes(o: Obj) -> bool {
    o & 1 == 0 && is_type(o, &TYPE_BYTES)
}

/// Number of bytes of a bytes object.
#[inline]
pub fn len(o: Obj) -> usize {
    head(o).len
}

/// The contents of a bytes object.
#[inline]
pub fn as_bytes(o: Obj) -> &'static [u8] {
    // SAFETY: the bytes follow the head and live as long as the object.
    unsafe { core::slice::from_raw_parts((o + HEAD) as *const u8, head(o).len) }
}

/// `b''`.
pub fn empty() -> Obj {
    &EMPTY as *const BytesHead as Obj
}

/// A zeroed bytes object of `n` bytes, to be filled through [`data_mut`] before
/// anyone else sees it; 0 with MemoryError pending.
pub fn alloc(n: usize) -> Obj {
    alloc_with(n, true)
}

/// Like [`alloc`], the bytes not zeroed: the caller writes every one of them.
pub fn alloc_uninit(n: usize) -> Obj {
    alloc_with(n, false)
}

#[inline]
fn alloc_with(n: usize, zero: bool) -> Obj {
    if n == 0 {
        return empty();
    }
    let Some(size) = n
        .checked_add(HEAD)
        .filter(|&s| s <= isize::MAX as usize / 2)
    else {
        return exc::memory_error();
    };
    // The bytes are never pointers: the collector need not scan them.
    let p = if zero {
        crate::heap::alloc_noscan(size)
    } else {
        crate::heap::alloc_noscan_uninit(size)
    };
    if p.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh, word-aligned block with room for the head.
    unsafe {
        let h = &mut *(p as *mut BytesHead);
        h.header.ob_type = &TYPE_BYTES;
        h.hash = NO_HASH;
        h.len = n;
    }
    p as Obj
}

/// The writable bytes of a fresh object from [`alloc`].
#[allow(clippy::mut_from_ref)]
pub fn data_mut(o: Obj) -> &'static mut [u8] {
    // SAFETY: a fresh heap bytes object nobody else has seen.
    unsafe { core::slice::from_raw_parts_mut((o + HEAD) as *mut u8, head(o).len) }
}

/// A new bytes object holding a copy of `b`; 0 with MemoryError pending.
pub fn from_slice(b: &[u8]) -> Obj {
    let o = alloc_uninit(b.len());
    if o != 0 && !b.is_empty() {
        data_mut(o).copy_from_slice(b);
    }
    o
}

fn hash(o: Obj) -> Result<isize, ()> {
    let h = head(o).hash;
    if h != NO_HASH {
        return Ok(h as isize);
    }
    let h = pyaot_abi::bytes_hash(as_bytes(o), usize::BITS) as usize;
    // Static bytes always carry their hash, so `o` is a heap object here.
    // SAFETY: only the cache word of a heap object is written.
    unsafe { (*(o as *mut BytesHead)).hash = h };
    Ok(h as isize)
}

// ---- repr ----

/// Writes `repr` of the bytes `b` as CPython does: single quotes unless the bytes
/// hold `'` and no `"`; `\t \n \r \\`, the quote, and bytes outside 0x20..0x7e
/// escaped. A bytearray's repr (`bytearray_quotes`) escapes `'` whatever the quote.
pub fn write_repr(b: &[u8], bytearray_quotes: bool, w: &mut dyn Write) -> core::fmt::Result {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    w.write_char('b')?;
    w.write_char(quote as char)?;
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        let escaped_quote = c == quote || (bytearray_quotes && c == b'\'');
        let plain = (0x20..0x7f).contains(&c) && !escaped_quote && c != b'\\';
        if plain {
            continue;
        }
        // SAFETY: the run holds only printable ASCII bytes.
        w.write_str(unsafe { core::str::from_utf8_unchecked(&b[run..i]) })?;
        run = i + 1;
        match c {
            b'\\' => w.write_str("\\\\")?,
            b'\t' => w.write_str("\\t")?,
            b'\n' => w.write_str("\\n")?,
            b'\r' => w.write_str("\\r")?,
            _ if escaped_quote => {
                w.write_char('\\')?;
                w.write_char(c as char)?
            }
            _ => write!(w, "\\x{:02x}", c)?,
        }
    }
    // SAFETY: as above.
    w.write_str(unsafe { core::str::from_utf8_unchecked(&b[run..]) })?;
    w.write_char(quote as char)
}

fn repr(o: Obj) -> Obj {
    let b = as_bytes(o);
    crate::str::build(|w| write_repr(b, false, w))
}

// ---- comparison ----

/// A rich comparison between a bytes-like `a` and anything: bytes-like operands
/// compare as byte strings, anything else is NotImplemented.
pub fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    let (Some(x), Some(y)) = (typeext::buffer(a), typeext::buffer(b)) else {
        return NOT_IMPLEMENTED;
    };
    bool_obj(match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    })
}

// ---- indexing, slicing ----

/// `o[key]` for a bytes-like `o` of kind `kind`: an int for an int key, a new
/// object of the same kind for a slice.
pub fn getitem(kind: &Kind, o: Obj, key: Obj) -> Obj {
    let data = typeext::buffer(o).unwrap_or(&[]);
    if crate::slice::is_slice(key) {
        let Ok((start, _, step, count)) = crate::slice::indices(key, data.len()) else {
            return 0;
        };
        if step == 1 {
            let s = start as usize;
            return (kind.make)(&data[s..s + count]);
        }
        return kind.build(count, |d| {
            // Allocating did not move `data`: the collector never moves objects.
            for (k, slot) in d.iter_mut().enumerate() {
                *slot = data[(start + k as isize * step) as usize];
            }
        });
    }
    match index_of(kind, key, data.len()) {
        Ok(i) => tag_int(data[i] as isize),
        Err(()) => 0,
    }
}

/// The position an int `key` names in a sequence of `len` bytes, with CPython's
/// IndexError and TypeError for bytes-like `kind`.
pub fn index_of(kind: &Kind, key: Obj, len: usize) -> Result<usize, ()> {
    let Some(i) = int::value(key) else {
        if int::is_int(key) {
            exc::index_error(format_args!("cannot fit 'int' into an index-sized integer"));
        } else {
            let what = if kind.name == "bytes" {
                "byte"
            } else {
                kind.name
            };
            exc::type_error(format_args!(
                "{} indices must be integers or slices, not {}",
                what,
                type_of(key).name
            ));
        }
        return Err(());
    };
    let j = if i < 0 { i + len as isize } else { i };
    if j < 0 || j >= len as isize {
        if kind.name == "bytes" {
            exc::index_error(format_args!("index out of range"));
        } else {
            exc::index_error(format_args!("{} index out of range", kind.name));
        }
        return Err(());
    }
    Ok(j as usize)
}

// ---- in, iteration ----

/// A byte value argument: an int in `0..256`, with CPython's errors.
pub fn byte_value(o: Obj) -> Result<u8, ()> {
    match int::value(o) {
        Some(v) if (0..256).contains(&v) => Ok(v as u8),
        Some(_) => {
            exc::value_error(format_args!("byte must be in range(0, 256)"));
            Err(())
        }
        None if int::is_int(o) => {
            exc::value_error(format_args!("byte must be in range(0, 256)"));
            Err(())
        }
        None => {
            exc::type_error(format_args!(
                "'{}' object cannot be interpreted as an integer",
                type_of(o).name
            ));
            Err(())
        }
    }
}

/// The bytes of a bytes-like argument, or TypeError "a bytes-like object is
/// required, not 'str'".
pub fn bytes_arg(o: Obj) -> Result<&'static [u8], ()> {
    typeext::buffer(o).ok_or_else(|| {
        exc::type_error(format_args!(
            "a bytes-like object is required, not '{}'",
            type_of(o).name
        ));
    })
}

/// A search argument of `count`, `find`, `in`, ...: an int byte or bytes-like.
/// Returns the needle (the one-byte slice points into `tmp`).
pub fn needle_arg(o: Obj, tmp: &mut [u8; 1]) -> Result<&[u8], ()> {
    if let Some(b) = typeext::buffer(o) {
        return Ok(b);
    }
    if int::is_int(o) {
        tmp[0] = byte_value(o)?;
        return Ok(&tmp[..]);
    }
    exc::type_error(format_args!(
        "argument should be integer or bytes-like object, not '{}'",
        type_of(o).name
    ));
    Err(())
}

/// `x in o` for a bytes-like `o`.
pub fn contains(o: Obj, x: Obj) -> Obj {
    let mut tmp = [0];
    let needle = if int::is_int(x) {
        match byte_value(x) {
            Ok(v) => {
                tmp[0] = v;
                &tmp[..]
            }
            Err(()) => return 0,
        }
    } else {
        match bytes_arg(x) {
            Ok(b) => b,
            Err(()) => return 0,
        }
    };
    let hay = typeext::buffer(o).unwrap_or(&[]);
    bool_obj(find(hay, needle, 0).is_some())
}

/// `[type][bytes-like][index]`.
#[repr(C)]
struct BytesIter {
    header: Header,
    seq: Obj,
    index: usize,
}

/// A new iterator of type `ty` over bytes-like `o`.
pub fn new_iter(ty: &'static TypeObject, o: Obj) -> Obj {
    let it = object::alloc_obj(ty, core::mem::size_of::<BytesIter>());
    if it != 0 {
        // SAFETY: a fresh BytesIter.
        unsafe { (*(it as *mut BytesIter)).seq = o };
    }
    it
}

/// The next byte (as an int) of a bytes or bytearray iterator.
pub fn iter_next(it: Obj) -> Obj {
    // SAFETY: the next slot of the bytes-like iterator types gets BytesIters.
    let it = unsafe { &mut *(it as *mut BytesIter) };
    let data = typeext::buffer(it.seq).unwrap_or(&[]);
    match data.get(it.index) {
        Some(&c) => {
            it.index += 1;
            tag_int(c as isize)
        }
        None => ITER_DONE,
    }
}

// ---- searching ----

/// Position of the first `needle` in `hay` at or after `from`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    let hay_from = &hay[from..];
    if needle.len() == 1 {
        return memchr(needle[0], hay_from).map(|i| i + from);
    }
    if needle.len() > hay_from.len() {
        return None;
    }
    let (first, rest) = (needle[0], &needle[1..]);
    let last_start = hay_from.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        // Jump to the next occurrence of the first byte, then compare the rest.
        match memchr(first, &hay_from[i..=last_start]) {
            None => return None,
            Some(k) => i += k,
        }
        if &hay_from[i + 1..i + needle.len()] == rest {
            return Some(i + from);
        }
        i += 1;
    }
    None
}

/// Position of the last `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().rposition(|&c| c == needle[0]);
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// Position of the first byte `c` in `hay`, a word at a time.
pub fn memchr(c: u8, hay: &[u8]) -> Option<usize> {
    const W: usize = core::mem::size_of::<usize>();
    const LO: usize = usize::MAX / 255;
    const HI: usize = LO << 7;
    let pattern = LO * c as usize;
    let mut i = 0;
    while i + W <= hay.len() {
        let mut word = [0u8; W];
        word.copy_from_slice(&hay[i..i + W]);
        let x = usize::from_ne_bytes(word) ^ pattern;
        // A zero byte in x: a byte of the word equals c.
        if (x.wrapping_sub(LO) & !x & HI) != 0 {
            break;
        }
        i += W;
    }
    hay[i..].iter().position(|&b| b == c).map(|k| k + i)
}

// ---- operators ----

/// `a op b` where `a` or `b` is of kind `kind` (the result's type follows the
/// operand of this kind: `bytearray + bytes` is a bytearray).
pub fn binop(kind: &Kind, op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    let own_a = a & 1 == 0 && is_type(a, kind.ty);
    match op {
        BinOp::Add if own_a => Some(match typeext::buffer(b) {
            Some(y) => concat(kind, typeext::buffer(a).unwrap_or(&[]), y),
            None => exc::type_error(format_args!(
                "can't concat {} to {}",
                type_of(b).name,
                kind.name
            )),
        }),
        BinOp::Mul => {
            let (seq, n) = if own_a { (a, b) } else { (b, a) };
            Some(match int::value(n) {
                Some(k) => repeat(kind, seq, k),
                None if int::is_int(n) => exc::overflow_error(format_args!(
                    "cannot fit 'int' into an index-sized integer"
                )),
                None => exc::type_error(format_args!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_of(n).name
                )),
            })
        }
        BinOp::Mod if own_a => Some(crate::bytesformat::percent(kind, a, b)),
        _ => None,
    }
}

/// `x + y` as a new object of kind `kind`.
pub fn concat(kind: &Kind, x: &[u8], y: &[u8]) -> Obj {
    kind.build(x.len() + y.len(), |d| {
        d[..x.len()].copy_from_slice(x);
        d[x.len()..].copy_from_slice(y);
    })
}

/// `seq * n` (n <= 0 gives an empty object).
pub fn repeat(kind: &Kind, seq: Obj, n: isize) -> Obj {
    let data = typeext::buffer(seq).unwrap_or(&[]);
    if n <= 0 || data.is_empty() {
        return (kind.make)(&[]);
    }
    if n == 1 && is_bytes(seq) {
        return seq;
    }
    let Some(total) = data
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize / 2)
    else {
        return exc::memory_error();
    };
    kind.build(total, |d| {
        // Each copy doubles what is already there.
        d[..data.len()].copy_from_slice(data);
        let mut done = data.len();
        while done < total {
            let k = done.min(total - done);
            d.copy_within(..k, done);
            done += k;
        }
    })
}

// ---- construction ----

/// Binds the arguments of `bytes(...)`/`bytearray(...)`: `(source, encoding,
/// errors)`, 0 for each one not given.
pub fn ctor_args(kind: &Kind, args: &[Obj], kwnames: &[Obj]) -> Result<[Obj; 3], ()> {
    let nk = kwnames.len();
    let npos = args.len() - nk;
    if args.len() > 3 {
        exc::type_error(format_args!(
            "{}() takes at most 3 arguments ({} given)",
            kind.name,
            args.len()
        ));
        return Err(());
    }
    let mut slots = [0; 3];
    slots[..npos].copy_from_slice(&args[..npos]);
    for (k, &name) in kwnames.iter().enumerate() {
        let n = crate::str::as_str(name);
        let Some(at) = ["source", "encoding", "errors"]
            .iter()
            .position(|p| *p == n)
        else {
            exc::type_error(format_args!(
                "'{}' is an invalid keyword argument for {}()",
                n, kind.name
            ));
            return Err(());
        };
        if slots[at] != 0 {
            exc::type_error(format_args!(
                "argument for {}() given by name ('{}') and position ({})",
                kind.name,
                n,
                at + 1
            ));
            return Err(());
        }
        slots[at] = args[npos + k];
    }
    Ok(slots)
}

/// The contents `bytes(source, encoding, errors)` / `bytearray(...)` start with,
/// written into `out`; CPython's rules and errors.
pub fn ctor_contents(kind: &Kind, slots: [Obj; 3], out: &mut ByteBuf) -> Result<(), ()> {
    let [source, encoding, errors] = slots;
    if source == 0 {
        if encoding != 0 || errors != 0 {
            let what = if encoding != 0 { "encoding" } else { "errors" };
            exc::type_error(format_args!("{what} without a string argument"));
            return Err(());
        }
        return Ok(());
    }
    if crate::str::is_str(source) {
        if encoding == 0 {
            exc::type_error(format_args!("string argument without an encoding"));
            return Err(());
        }
        return crate::codecs::encode_into(source, encoding, errors, out);
    }
    if encoding != 0 || errors != 0 {
        let what = if encoding != 0 { "encoding" } else { "errors" };
        exc::type_error(format_args!("{what} without a string argument"));
        return Err(());
    }
    if let Some(b) = typeext::buffer(source) {
        return out.extend(b);
    }
    if int::is_int(source) {
        let Some(n) = int::value(source) else {
            exc::overflow_error(format_args!("cannot fit 'int' into an index-sized integer"));
            return Err(());
        };
        if n < 0 {
            exc::value_error(format_args!("negative count"));
            return Err(());
        }
        return out.fill(0, n as usize);
    }
    if type_of(source).is_heap_class() {
        if let Some(r) = crate::class::unary(source, "__bytes__") {
            if r == 0 {
                return Err(());
            }
            return match typeext::buffer(r) {
                Some(b) if is_bytes(r) => out.extend(b),
                _ => {
                    exc::type_error(format_args!(
                        "__bytes__ returned non-bytes (type {})",
                        type_of(r).name
                    ));
                    Err(())
                }
            };
        }
    }
    if type_of(source).iter.is_none() || crate::str::is_str(source) {
        exc::type_error(format_args!(
            "cannot convert '{}' object to {}",
            type_of(source).name,
            kind.name
        ));
        return Err(());
    }
    extend_from_ints(out, source, kind.name == "bytes")
}

/// Appends the ints of `iterable` (each in `0..256`) to `out`. `ctor` words the
/// range error as the constructors do.
pub fn extend_from_ints(out: &mut ByteBuf, iterable: Obj, ctor: bool) -> Result<(), ()> {
    crate::func::for_each(iterable, |x| {
        let v = match int::value(x) {
            Some(v) => v,
            None if int::is_int(x) => -1,
            None => {
                exc::type_error(format_args!(
                    "'{}' object cannot be interpreted as an integer",
                    type_of(x).name
                ));
                return Err(());
            }
        };
        if !(0..256).contains(&v) {
            if ctor {
                exc::value_error(format_args!("bytes must be in range(0, 256)"));
            } else {
                exc::value_error(format_args!("byte must be in range(0, 256)"));
            }
            return Err(());
        }
        out.push(v as u8)
    })
}

fn construct(kind: &Kind, args: &[Obj], kwnames: &[Obj]) -> Obj {
    let Ok(slots) = ctor_args(kind, args, kwnames) else {
        return 0;
    };
    if slots == [0; 3] {
        return (kind.make)(&[]);
    }
    // Bytes give themselves back: they are immutable.
    if slots[1] == 0 && slots[2] == 0 && is_bytes(slots[0]) && kind.name == "bytes" {
        return slots[0];
    }
    // `bytes(n)`: zeros, made in place.
    if slots[0] != 0 && slots[1] == 0 && slots[2] == 0 && int::is_int(slots[0]) {
        if let Some(n) = int::value(slots[0]).filter(|&n| n >= 0) {
            return alloc(n as usize);
        }
    }
    let mut out = ByteBuf::new();
    match ctor_contents(kind, slots, &mut out) {
        Ok(()) => (kind.make)(out.as_slice()),
        Err(()) => 0,
    }
}

/// `bytes(...)`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_bytes(a: *const Obj, n: usize) -> Obj {
    construct(&BYTES, crate::tuple::word_slice(a, n), &[])
}

/// `bytes(...)` with keyword arguments (`source`, `encoding`, `errors`).
#[no_mangle]
pub extern "C" fn pyaot_builtin_bytes_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let names = if kwnames == 0 {
        &[][..]
    } else {
        crate::tuple::items(kwnames)
    };
    construct(&BYTES, crate::tuple::word_slice(a, n), names)
}
