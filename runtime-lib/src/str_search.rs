//! str's searching methods: find, rfind, index, rindex, count, startswith,
//! endswith, partition, rpartition, removeprefix, removesuffix, replace.
//!
//! Searching runs on the UTF-8 bytes: a valid UTF-8 needle can only match at
//! character boundaries of valid UTF-8 text, so byte positions convert back to code
//! point indices (free for ASCII strs). A needle's first byte is found a word at a
//! time (`memchr`), the way CPython's fastsearch leans on libc's memchr.

use crate::object::{bool_obj, type_of, Obj};
use crate::str::{as_bytes, byte_offset, char_index, char_len, from_bytes, is_str};
use crate::str_args::{adjust, index_arg, one_arg, str_arg, takes, CInt, Res};
use crate::str_builder::StrBuilder;
use crate::{exc, int, object, tuple};

const LO: usize = usize::MAX / 255;
const HI: usize = LO << 7;

/// Whether the word `w` has a zero byte (exact: no false positives).
#[inline]
fn has_zero(w: usize) -> bool {
    w.wrapping_sub(LO) & !w & HI != 0
}

#[inline]
fn load(h: &[u8], i: usize) -> usize {
    debug_assert!(i + object::WORD <= h.len());
    // SAFETY: `WORD` bytes at `i` are inside `h`; the read is unaligned.
    unsafe { (h.as_ptr().add(i) as *const usize).read_unaligned() }
}

/// Position of the first byte `x` in `h`.
pub fn memchr(x: u8, h: &[u8]) -> Option<usize> {
    let rep = LO * x as usize;
    let mut i = 0;
    while i + object::WORD <= h.len() && !has_zero(load(h, i) ^ rep) {
        i += object::WORD;
    }
    h[i..].iter().position(|&b| b == x).map(|p| p + i)
}

/// Position of the last byte `x` in `h`.
pub fn memrchr(x: u8, h: &[u8]) -> Option<usize> {
    let rep = LO * x as usize;
    let mut end = h.len();
    while end >= object::WORD && !has_zero(load(h, end - object::WORD) ^ rep) {
        end -= object::WORD;
    }
    h[..end].iter().rposition(|&b| b == x)
}

/// Byte position of the first `n` in `h`.
pub fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m <= 1 {
        return match n.first() {
            None => Some(0),
            Some(&x) => memchr(x, h),
        };
    }
    if m > h.len() {
        return None;
    }
    let last = h.len() - m;
    let mut i = 0;
    while i <= last {
        let p = i + memchr(n[0], &h[i..=last])?;
        if h[p + 1..p + m] == n[1..] {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Byte position of the last `n` in `h`.
pub fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    let m = n.len();
    if m == 0 {
        return Some(h.len());
    }
    if m > h.len() {
        return None;
    }
    let mut end = h.len() - m + 1;
    while end > 0 {
        let p = memrchr(n[0], &h[..end])?;
        if h[p + 1..p + m] == n[1..] {
            return Some(p);
        }
        end = p;
    }
    None
}

/// Non-overlapping occurrences of a non-empty `n` in `h`, at most `limit`.
pub fn count(h: &[u8], n: &[u8], limit: usize) -> usize {
    let (mut k, mut at) = (0, 0);
    while k < limit {
        let Some(p) = find(&h[at..], n) else { break };
        k += 1;
        at += p + n.len();
    }
    k
}

/// The byte range of `s` that `start, end` select, or None when it is inverted
/// (where nothing matches, not even '').
fn range(s: Obj, start: Option<Obj>, end: Option<Obj>) -> Res<Option<(usize, usize)>> {
    let (a, b) = adjust(start, end, char_len(s))?;
    if a > b {
        return Ok(None);
    }
    Ok(Some((byte_offset(s, a), byte_offset(s, b))))
}

/// `find`, `rfind`, `index`, `rindex`.
pub fn find_method(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    takes(name, args, 1, 3)?;
    // CPython converts the bounds before it checks the needle's type.
    let r = range(s, args.get(1).copied(), args.get(2).copied())?;
    let sub = as_bytes(str_arg(args[0])?);
    let hit = r.and_then(|(a, b)| {
        let hay = &as_bytes(s)[a..b];
        let p = if name.starts_with('r') {
            rfind(hay, sub)
        } else {
            find(hay, sub)
        };
        p.map(|p| char_index(s, a + p))
    });
    match hit {
        Some(i) => Ok(int::new(i as isize)),
        None if name.ends_with("index") => {
            exc::value_error(format_args!("substring not found"));
            Err(())
        }
        None => Ok(int::new(-1)),
    }
}

/// `s.count(sub[, start[, end]])`.
pub fn count_method(s: Obj, args: &[Obj]) -> Res<Obj> {
    takes("count", args, 1, 3)?;
    let r = range(s, args.get(1).copied(), args.get(2).copied())?;
    let sub = as_bytes(str_arg(args[0])?);
    let n = match r {
        None => 0,
        // '' occurs before each character and at the end.
        Some((a, b)) if sub.is_empty() => char_index(s, b) - char_index(s, a) + 1,
        Some((a, b)) => count(&as_bytes(s)[a..b], sub, usize::MAX),
    };
    Ok(int::new(n as isize))
}

/// `startswith` and `endswith`, with a str or a tuple of strs.
pub fn starts_ends(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    takes(name, args, 1, 3)?;
    let r = range(s, args.get(1).copied(), args.get(2).copied())?;
    let text = r.map(|(a, b)| &as_bytes(s)[a..b]);
    let test = |p: Obj| match text {
        None => false,
        Some(t) if name == "startswith" => t.starts_with(as_bytes(p)),
        Some(t) => t.ends_with(as_bytes(p)),
    };
    let pat = args[0];
    if is_str(pat) {
        return Ok(bool_obj(test(pat)));
    }
    if object::is_type(pat, &tuple::TYPE_TUPLE) {
        for &p in tuple::items(pat) {
            if !is_str(p) {
                exc::type_error(format_args!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    type_of(p).name
                ));
                return Err(());
            }
            if test(p) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    exc::type_error(format_args!(
        "{} first arg must be str or a tuple of str, not {}",
        name,
        type_of(pat).name
    ));
    Err(())
}

/// `s.partition(sep)` and `s.rpartition(sep)`.
pub fn partition(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    let sep = str_arg(one_arg(name, args)?)?;
    let (t, p) = (as_bytes(s), as_bytes(sep));
    if p.is_empty() {
        exc::value_error(format_args!("empty separator"));
        return Err(());
    }
    let right = name == "rpartition";
    let hit = if right { rfind(t, p) } else { find(t, p) };
    let parts = match hit {
        Some(i) => [
            nonzero(piece(s, &t[..i]))?,
            sep,
            nonzero(piece(s, &t[i + p.len()..]))?,
        ],
        None if right => [crate::str::empty(), crate::str::empty(), s],
        None => [s, crate::str::empty(), crate::str::empty()],
    };
    nonzero(tuple::from_slice(&parts))
}

/// `s.removeprefix(p)` and `s.removesuffix(p)`.
pub fn remove_affix(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    let a = one_arg(name, args)?;
    if !is_str(a) {
        exc::type_error(format_args!(
            "{}() argument must be str, not {}",
            name,
            crate::str_args::clinic_type_name(a)
        ));
        return Err(());
    }
    let (t, p) = (as_bytes(s), as_bytes(a));
    let rest = if name == "removeprefix" {
        t.strip_prefix(p)
    } else {
        t.strip_suffix(p)
    };
    match rest {
        Some(r) if !p.is_empty() => nonzero(piece(s, r)),
        _ => Ok(s),
    }
}

/// `s.replace(old, new[, count])`.
pub fn replace(s: Obj, args: &[Obj]) -> Res<Obj> {
    crate::str_args::expected("replace", args, 2, 3)?;
    for (k, &a) in args[..2].iter().enumerate() {
        if !is_str(a) {
            exc::type_error(format_args!(
                "replace() argument {} must be str, not {}",
                k + 1,
                crate::str_args::clinic_type_name(a)
            ));
            return Err(());
        }
    }
    let limit = match args.get(2) {
        Some(&c) => index_arg(c, CInt::SSize)?,
        None => -1,
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    let (t, old, new) = (as_bytes(s), as_bytes(args[0]), as_bytes(args[1]));
    if old.is_empty() {
        return replace_empty(s, new, limit);
    }
    if old.len() == new.len() {
        return replace_same_length(s, old, new, limit);
    }
    let n = count(t, old, limit);
    if n == 0 {
        return Ok(s);
    }
    let total = (t.len() - n * old.len())
        .checked_add(n.saturating_mul(new.len()))
        .filter(|&v| v < isize::MAX as usize / 2);
    let Some(total) = total else {
        exc::overflow_error(format_args!("replace string is too long"));
        return Err(());
    };
    let r = nonzero(crate::str::alloc(total))?;
    let d = crate::str::data_mut(r);
    let (mut at, mut from) = (0, 0);
    for _ in 0..n {
        let i = from + find(&t[from..], old).unwrap_or(0);
        d[at..at + i - from].copy_from_slice(&t[from..i]);
        at += i - from;
        d[at..at + new.len()].copy_from_slice(new);
        at += new.len();
        from = i + old.len();
    }
    d[at..].copy_from_slice(&t[from..]);
    Ok(crate::str::seal(r))
}

/// `replace` when `old` and `new` have the same length in bytes: a copy of `s` with
/// the matches overwritten, found in one pass.
fn replace_same_length(s: Obj, old: &[u8], new: &[u8], limit: usize) -> Res<Obj> {
    let t = as_bytes(s);
    let Some(first) = find(t, old).filter(|_| limit > 0) else {
        return Ok(s);
    };
    let r = nonzero(crate::str::alloc(t.len()))?;
    let d = crate::str::data_mut(r);
    d.copy_from_slice(t);
    let (mut at, mut left) = (first, limit);
    loop {
        d[at..at + new.len()].copy_from_slice(new);
        left -= 1;
        at += old.len();
        match find(&t[at..], old) {
            Some(p) if left > 0 => at += p,
            _ => break,
        }
    }
    Ok(crate::str::seal(r))
}

/// `replace('', new, limit)`: `new` before each of the first `limit` characters,
/// and at the end when the limit allows.
fn replace_empty(s: Obj, new: &[u8], limit: usize) -> Res<Obj> {
    let t = crate::str::as_str(s);
    if limit == 0 {
        return Ok(s);
    }
    let Ok(mut out) = StrBuilder::with_capacity(t.len() + new.len() * (t.len() + 1).min(limit))
    else {
        return Err(());
    };
    let mut left = limit;
    for c in t.chars() {
        if left > 0 {
            out.push_bytes(new)?;
            left -= 1;
        }
        out.push_char(c)?;
    }
    if left > 0 {
        out.push_bytes(new)?;
    }
    nonzero(out.finish())
}

/// A new str of the bytes `b` of str `s` (whole characters): for an ASCII `s` their
/// count is their length.
#[inline]
pub fn piece(s: Obj, b: &[u8]) -> Obj {
    if crate::str::is_ascii(s) {
        crate::str::from_bytes_len(b, b.len())
    } else {
        from_bytes(b)
    }
}

/// `o`, or Err when it is 0 (an exception is pending).
pub fn nonzero(o: Obj) -> Res<Obj> {
    if o == 0 {
        Err(())
    } else {
        Ok(o)
    }
}
