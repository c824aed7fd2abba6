//! `str`: immutable UTF-8 text with its length in code points and its hash
//! (`[type][hash][len][nbytes][bytes..., NUL]`, `pyaot_abi::layout::str_*`). Static
//! strs carry their hash from compile time; a heap str computes it when first asked
//! (most strs a method makes are never hashed, and hashing is a multiply per byte).
//!
//! Indexing is O(1) for ASCII strs (len == nbytes) and a walk otherwise. One-char
//! ASCII strs and the empty str are static, so iterating over or indexing into ASCII
//! text allocates nothing. The methods are in `str_methods` and the files it lists.

use crate::exc;
use crate::fmt::{Buf, Counter, RawWriter};
use crate::object::{
    alloc_obj, bool_obj, type_of, Header, Obj, TypeObject, NOT_IMPLEMENTED, TYPE_OBJECT, WORD,
};
use core::fmt::Write;
use pyaot_abi::{CmpOp, ITER_DONE};

/// The fixed part of every str object; the bytes follow it.
#[repr(C)]
pub struct StrHead {
    /// Always `TYPE_STR`.
    pub header: Header,
    /// `hash(s)` (at compile time for static strs), or `UNHASHED` until `hash_of`
    /// first computes it.
    pub hash: usize,
    /// Length in code points.
    pub len: usize,
    /// Length in UTF-8 bytes (the NUL terminator not counted).
    pub nbytes: usize,
}

/// A str defined in the runtime's own read-only data (`N` = bytes + NUL).
#[repr(C)]
pub struct StaticStr<const N: usize> {
    head: StrHead,
    data: [u8; N],
}

const HEAD: usize = core::mem::size_of::<StrHead>();
const _: () = assert!(HEAD == pyaot_abi::layout::str_data(WORD as u32) as usize);

impl<const N: usize> StaticStr<N> {
    /// A static str holding `s` (whose length must be `N - 1`).
    pub const fn new(s: &str) -> Self {
        let b = s.as_bytes();
        let mut data = [0u8; N];
        let mut i = 0;
        let mut chars = 0;
        while i < b.len() {
            data[i] = b[i];
            if b[i] & 0xC0 != 0x80 {
                chars += 1;
            }
            i += 1;
        }
        StaticStr {
            head: StrHead {
                header: Header { ob_type: &TYPE_STR },
                hash: const_hash(b),
                len: chars,
                nbytes: b.len(),
            },
            data,
        }
    }

    /// The str as a word.
    pub fn obj(&'static self) -> Obj {
        self as *const Self as Obj
    }
}

/// `pyaot_abi::str_hash` for this target, usable in constants. It must stay the same
/// function: compiled code emits static strs whose hash the ABI crate computed.
pub(crate) const fn const_hash(bytes: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    let h = if usize::BITS == 32 {
        (h ^ (h >> 32)) & 0xffff_ffff
    } else {
        h
    };
    let minus_one = if usize::BITS == 32 {
        0xffff_ffff
    } else {
        u64::MAX
    };
    (if h == minus_one { h - 1 } else { h }) as usize
}

/// A static str object for a string literal, as an `Obj`.
#[macro_export]
macro_rules! static_str {
    ($s:expr) => {{
        const S: &str = $s;
        static O: $crate::str::StaticStr<{ S.len() + 1 }> = $crate::str::StaticStr::new(S);
        O.obj()
    }};
}

static EMPTY: StaticStr<1> = StaticStr::new("");

const fn ascii_table() -> [StaticStr<2>; 128] {
    let mut t = [const { StaticStr::<2>::new("\0") }; 128];
    let mut i = 0;
    while i < 128 {
        let b = [i as u8];
        // SAFETY: a byte below 0x80 is one valid UTF-8 code point.
        t[i] = StaticStr::new(unsafe { core::str::from_utf8_unchecked(&b) });
        i += 1;
    }
    t
}

/// The one-character strs of ASCII, shared by indexing and iteration.
static ASCII: [StaticStr<2>; 128] = ascii_table();

/// `str`.
#[export_name = "pyaot_type_str"]
pub static TYPE_STR: TypeObject = TypeObject {
    repr: Some(repr),
    str: Some(|s| s),
    hash: Some(|s| Ok(hash_of(s) as isize)),
    compare: Some(compare),
    truth: Some(|s| Ok(char_len(s) != 0)),
    len: Some(|s| Ok(char_len(s))),
    getitem: Some(getitem),
    contains: Some(contains),
    iter: Some(iter),
    ..TypeObject::new("str", Some(&TYPE_OBJECT))
};

/// The str iterator: `[type][str][byte offset]`.
#[repr(C)]
struct StrIter {
    header: Header,
    s: Obj,
    pos: usize,
}

/// `str_ascii_iterator` (CPython's name for it).
pub static TYPE_STR_ITER: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(iter_next),
    ..TypeObject::new("str_ascii_iterator", Some(&TYPE_OBJECT))
};

fn head(s: Obj) -> &'static StrHead {
    // SAFETY: callers pass str objects, which start with a StrHead.
    unsafe { &*(s as *const StrHead) }
}

/// Whether `o` is a str.
#[inline]
pub fn is_str(o: Obj) -> bool {
    o & 1 == 0 && core::ptr::eq(type_of(o), &TYPE_STR)
}

/// The UTF-8 bytes of a str.
#[inline]
pub fn as_bytes(s: Obj) -> &'static [u8] {
    // SAFETY: the bytes follow the head and live as long as the object.
    unsafe { core::slice::from_raw_parts((s + HEAD) as *const u8, head(s).nbytes) }
}

/// The text of a str.
#[inline]
pub fn as_str(s: Obj) -> &'static str {
    // SAFETY: str objects hold valid UTF-8.
    unsafe { core::str::from_utf8_unchecked(as_bytes(s)) }
}

/// Length in code points.
#[inline]
pub fn char_len(s: Obj) -> usize {
    head(s).len
}

/// The hash slot of a heap str whose hash is not computed yet: `const_hash` never
/// returns it (it maps -1 to -2, as CPython does).
const UNHASHED: usize = usize::MAX;

/// `hash(s)`, computed and stored on first use.
#[inline]
pub fn hash_of(s: Obj) -> usize {
    let h = head(s).hash;
    if h != UNHASHED {
        return h;
    }
    compute_hash(s)
}

/// Computes and stores the hash of a heap str (out of line: `hash_of` is inlined
/// into every dict and set lookup).
#[inline(never)]
fn compute_hash(s: Obj) -> usize {
    let h = const_hash(as_bytes(s));
    // SAFETY: only heap strs are unhashed (static ones carry their hash), and the
    // slot is the runtime's own cache, which no one else reads.
    unsafe { (*(s as *mut StrHead)).hash = h };
    h
}

/// Whether a str is all ASCII (its length in code points is its length in bytes).
pub fn is_ascii(s: Obj) -> bool {
    head(s).len == head(s).nbytes
}

fn count_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// Allocates a str of `nbytes` bytes to be filled through `data_mut`, then sealed by
/// `seal`; 0 with MemoryError pending.
pub fn alloc(nbytes: usize) -> Obj {
    let s = alloc_obj(&TYPE_STR, HEAD + nbytes + 1);
    if s != 0 {
        // SAFETY: a fresh str object of the right size.
        unsafe { (*(s as *mut StrHead)).nbytes = nbytes };
    }
    s
}

/// The writable bytes of a str made by `alloc` and not yet sealed.
pub fn data_mut(s: Obj) -> &'static mut [u8] {
    // SAFETY: a fresh heap str; nobody else has seen it yet.
    unsafe { core::slice::from_raw_parts_mut((s + HEAD) as *mut u8, head(s).nbytes) }
}

/// Finishes a str made by `alloc`: counts code points; the hash waits for `hash_of`.
pub fn seal(s: Obj) -> Obj {
    seal_len(s, count_chars(as_bytes(s)))
}

/// `seal` for a str whose length in code points the caller knows (the byte count of
/// ASCII text).
pub fn seal_len(s: Obj, len: usize) -> Obj {
    debug_assert_eq!(len, count_chars(as_bytes(s)));
    // SAFETY: a fresh heap str.
    unsafe {
        let h = &mut *(s as *mut StrHead);
        h.len = len;
        h.hash = UNHASHED;
    }
    s
}

/// A new str holding `b`, which must be valid UTF-8; 0 with MemoryError pending.
pub fn from_bytes(b: &[u8]) -> Obj {
    from_bytes_len(b, count_chars(b))
}

/// `from_bytes` for text of `len` code points (known to the caller).
pub fn from_bytes_len(b: &[u8], len: usize) -> Obj {
    match b.len() {
        0 => return EMPTY.obj(),
        1 if b[0] < 0x80 => return ASCII[b[0] as usize].obj(),
        _ => {}
    }
    let s = alloc(b.len());
    if s == 0 {
        return 0;
    }
    data_mut(s).copy_from_slice(b);
    seal_len(s, len)
}

/// A new str holding `t`.
#[inline]
pub fn from_str(t: &str) -> Obj {
    from_bytes(t.as_bytes())
}

/// A str object for a Rust string.
pub fn from_static(t: &'static str) -> Obj {
    from_str(t)
}

/// The empty str.
pub fn empty() -> Obj {
    EMPTY.obj()
}

/// The one-character str for `c`.
pub fn from_char(c: char) -> Obj {
    let mut b = [0u8; 4];
    from_str(c.encode_utf8(&mut b))
}

/// A str built by a writer function: formats into a stack buffer, or measures then
/// formats straight into the heap object when the text is long.
pub fn build(f: impl Fn(&mut dyn Write) -> core::fmt::Result) -> Obj {
    let mut buf: Buf<256> = Buf::new();
    if f(&mut buf).is_ok() && !buf.overflowed {
        return from_bytes(buf.as_bytes());
    }
    let mut n = Counter(0);
    let _ = f(&mut n);
    let s = alloc(n.0);
    if s == 0 {
        return 0;
    }
    let mut w = RawWriter {
        ptr: data_mut(s).as_mut_ptr(),
        left: n.0,
    };
    let _ = f(&mut w);
    seal(s)
}

/// A str object from formatting arguments; 0 with MemoryError pending.
pub fn format(args: core::fmt::Arguments) -> Obj {
    if let Some(t) = args.as_str() {
        return from_str(t);
    }
    build(|w| w.write_fmt(args))
}

/// `a + b` for two strs.
pub fn concat(a: Obj, b: Obj) -> Obj {
    let (x, y) = (as_bytes(a), as_bytes(b));
    if x.is_empty() {
        return b;
    }
    if y.is_empty() {
        return a;
    }
    let s = alloc(x.len() + y.len());
    if s == 0 {
        return 0;
    }
    let d = data_mut(s);
    d[..x.len()].copy_from_slice(x);
    d[x.len()..].copy_from_slice(y);
    seal(s)
}

/// `s * n` (n <= 0 gives '').
pub fn repeat(s: Obj, n: isize) -> Obj {
    let b = as_bytes(s);
    if n <= 0 || b.is_empty() {
        return EMPTY.obj();
    }
    if n == 1 {
        return s;
    }
    let total = match b.len().checked_mul(n as usize) {
        Some(t) if t < isize::MAX as usize / 2 => t,
        _ => return exc::memory_error(),
    };
    let r = alloc(total);
    if r == 0 {
        return 0;
    }
    for chunk in data_mut(r).chunks_exact_mut(b.len()) {
        chunk.copy_from_slice(b);
    }
    seal(r)
}

/// Byte offset of code point `i` (0 <= i <= len).
pub fn byte_offset(s: Obj, i: usize) -> usize {
    if is_ascii(s) {
        return i;
    }
    let b = as_bytes(s);
    let mut seen = 0;
    for (pos, &c) in b.iter().enumerate() {
        if c & 0xC0 != 0x80 {
            if seen == i {
                return pos;
            }
            seen += 1;
        }
    }
    b.len()
}

/// Code point index of byte offset `pos`.
pub fn char_index(s: Obj, pos: usize) -> usize {
    if is_ascii(s) {
        pos
    } else {
        count_chars(&as_bytes(s)[..pos])
    }
}

/// `s[i]` for an int index (negative counts from the end).
pub fn index(s: Obj, i: isize) -> Obj {
    let len = char_len(s) as isize;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return exc::index_error(format_args!("string index out of range"));
    }
    if is_ascii(s) {
        return ASCII[as_bytes(s)[j as usize] as usize].obj();
    }
    let start = byte_offset(s, j as usize);
    let c = as_str(s)[start..].chars().next().unwrap_or('\0');
    from_char(c)
}

/// `s[start:stop]` in code points, with indices already clamped to `0..=len`.
pub fn substring(s: Obj, start: usize, stop: usize) -> Obj {
    if start >= stop {
        return EMPTY.obj();
    }
    if start == 0 && stop == char_len(s) {
        return s;
    }
    let a = byte_offset(s, start);
    let b = byte_offset(s, stop);
    from_bytes(&as_bytes(s)[a..b])
}

fn getitem(s: Obj, key: Obj) -> Obj {
    match crate::int::value(key) {
        Some(i) => index(s, i),
        None => exc::type_error(format_args!(
            "string indices must be integers, not '{}'",
            type_of(key).name
        )),
    }
}

/// Byte position of the first `needle` in `hay` at or after `from`.
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = from;
    while i <= last_start {
        if hay[i] == first && &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn contains(s: Obj, item: Obj) -> Obj {
    if !is_str(item) {
        return exc::type_error(format_args!(
            "'in <string>' requires string as left operand, not {}",
            type_of(item).name
        ));
    }
    bool_obj(find_bytes(as_bytes(s), as_bytes(item), 0).is_some())
}

fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if !is_str(b) {
        return NOT_IMPLEMENTED;
    }
    let (x, y) = (as_bytes(a), as_bytes(b));
    // UTF-8 byte order is code point order, which is how Python orders strs.
    let r = match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    };
    bool_obj(r)
}

/// `a == b` for two strs (known hashes first: equal strs have equal hashes).
#[inline]
pub fn equal(a: Obj, b: Obj) -> bool {
    if a == b {
        return true;
    }
    let (ha, hb) = (head(a).hash, head(b).hash);
    if ha != hb && ha != UNHASHED && hb != UNHASHED {
        return false;
    }
    as_bytes(a) == as_bytes(b)
}

fn iter(s: Obj) -> Obj {
    let it = alloc_obj(&TYPE_STR_ITER, core::mem::size_of::<StrIter>());
    if it != 0 {
        // SAFETY: a fresh StrIter.
        unsafe { (*(it as *mut StrIter)).s = s };
    }
    it
}

fn iter_next(it: Obj) -> Obj {
    // SAFETY: the next slot of TYPE_STR_ITER only receives StrIters.
    let it = unsafe { &mut *(it as *mut StrIter) };
    let b = as_bytes(it.s);
    let Some(&c) = b.get(it.pos) else {
        return ITER_DONE;
    };
    if c < 0x80 {
        it.pos += 1;
        return ASCII[c as usize].obj();
    }
    let ch = as_str(it.s)[it.pos..].chars().next().unwrap_or('\0');
    it.pos += ch.len_utf8();
    from_char(ch)
}

/// Writes `repr(s)` as CPython does: single quotes unless the text has `'` and no `"`.
pub fn write_repr(t: &str, w: &mut dyn Write) -> core::fmt::Result {
    let quote = if t.contains('\'') && !t.contains('"') {
        '"'
    } else {
        '\''
    };
    w.write_char(quote)?;
    let mut run = 0;
    for (i, c) in t.char_indices() {
        let esc: Option<&str> = match c {
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            _ if c == quote => Some(if quote == '\'' { "\\'" } else { "\\\"" }),
            _ => None,
        };
        let hex = !is_printable(c);
        if esc.is_none() && !hex {
            continue;
        }
        w.write_str(&t[run..i])?;
        run = i + c.len_utf8();
        match esc {
            Some(e) => w.write_str(e)?,
            None => {
                let v = c as u32;
                if v < 0x100 {
                    write!(w, "\\x{:02x}", v)?
                } else if v < 0x10000 {
                    write!(w, "\\u{:04x}", v)?
                } else {
                    write!(w, "\\U{:08x}", v)?
                }
            }
        }
    }
    w.write_str(&t[run..])?;
    w.write_char(quote)
}

/// Python's `str.isprintable` for one character, approximated outside Latin-1 by the
/// separator and format characters that CPython escapes most often.
fn is_printable(c: char) -> bool {
    !matches!(
        c as u32,
        0..=0x1f
            | 0x7f..=0xa0
            | 0xad
            | 0x2028
            | 0x2029
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x2064
            | 0xfeff
            | 0xd800..=0xf8ff
    )
}

fn repr(s: Obj) -> Obj {
    let t = as_str(s);
    build(|w| write_repr(t, w))
}

/// Python's `str.isspace` for one character.
#[inline]
pub fn is_space(c: char) -> bool {
    crate::unicode::is_space(c)
}

/// Calls method `name` of str `s`; `None` when str has no such method (the methods
/// live in `str_methods` and the files it names).
pub fn method(s: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    crate::str_methods::method(s, name, args)
}
