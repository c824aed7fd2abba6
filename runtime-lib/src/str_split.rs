//! str's splitting and joining: split, rsplit, splitlines, join, strip, lstrip,
//! rstrip.
//!
//! Whitespace is CPython's (`str.isspace`: the ASCII spaces, U+001C..U+001F, and
//! Unicode's); line boundaries are those of `str.splitlines` (`\r\n`, `\n`, `\r`,
//! `\v`, `\f`, `\x1c`..`\x1e`, `\x85`, U+2028, U+2029). Both are tested byte by
//! byte for ASCII text and only decoded at non-ASCII bytes.

use crate::object::{none, type_of, Obj};
use crate::str::{as_bytes, as_str, char_len, is_str};
use crate::str_args::{bind, expected, index_arg, one_arg, CInt, Res};
use crate::str_search::{find, nonzero, piece, rfind};
use crate::unicode;
use crate::{exc, list, tuple};

/// Whether an ASCII byte is whitespace.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// The byte length of the UTF-8 sequence that starts with `lead`.
#[inline]
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// The whitespace character starting at byte `i` of `t`, as its byte length.
#[inline]
fn space_at(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes()[i];
    if b < 0x80 {
        return ascii_space(b).then_some(1);
    }
    let c = t[i..].chars().next()?;
    unicode::is_space(c).then(|| c.len_utf8())
}

/// The whitespace character ending at byte `end` of `t`, as its byte length.
#[inline]
fn space_before(t: &str, end: usize) -> Option<usize> {
    let b = t.as_bytes()[end - 1];
    if b < 0x80 {
        return ascii_space(b).then_some(1);
    }
    let c = t[..end].chars().next_back()?;
    unicode::is_space(c).then(|| c.len_utf8())
}

/// A new list of pieces of str `s`, filled by `fill` through `push`; Err with the
/// exception pending.
fn collect(s: Obj, fill: impl FnOnce(&mut dyn FnMut(&[u8]) -> Res<()>) -> Res<()>) -> Res<Obj> {
    let l = nonzero(list::with_capacity(12))?;
    fill(&mut |b: &[u8]| list::push(l, nonzero(piece(s, b))?))?;
    Ok(l)
}

/// `sep` and `maxsplit` of split and rsplit (maxsplit is converted first, as
/// argument clinic does before the method looks at sep).
fn split_args(args: [Option<Obj>; 2]) -> Res<(Option<Obj>, usize)> {
    let max = match args[1] {
        Some(m) => index_arg(m, CInt::SSize)?,
        None => -1,
    };
    let sep = match args[0] {
        None => None,
        Some(a) if a == none() => None,
        Some(a) if is_str(a) => {
            if as_bytes(a).is_empty() {
                exc::value_error(format_args!("empty separator"));
                return Err(());
            }
            Some(a)
        }
        Some(a) => {
            exc::type_error(format_args!("must be str or None, not {}", type_of(a).name));
            return Err(());
        }
    };
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

/// `s.split(sep=None, maxsplit=-1)`.
pub fn split(s: Obj, args: &[Obj], kwnames: &[Obj], kwvals: &[Obj]) -> Res<Obj> {
    let (sep, mut left) = split_args(bind("split", ["sep", "maxsplit"], args, kwnames, kwvals)?)?;
    let t = as_str(s);
    let b = t.as_bytes();
    collect(s, |push| {
        match sep {
            Some(sep) => {
                let p = as_bytes(sep);
                let mut at = 0;
                while left > 0 {
                    let Some(i) = find(&b[at..], p) else { break };
                    push(&b[at..at + i])?;
                    at += i + p.len();
                    left -= 1;
                }
                push(&b[at..])?;
            }
            None => {
                let mut i = 0;
                loop {
                    while i < b.len() {
                        match space_at(t, i) {
                            Some(w) => i += w,
                            None => break,
                        }
                    }
                    if i == b.len() {
                        break;
                    }
                    if left == 0 {
                        // The rest, trailing whitespace and all.
                        push(&b[i..])?;
                        break;
                    }
                    let start = i;
                    while i < b.len() && space_at(t, i).is_none() {
                        i += utf8_width(b[i]);
                    }
                    push(&b[start..i])?;
                    left -= 1;
                }
            }
        }
        Ok(())
    })
}

/// `s.rsplit(sep=None, maxsplit=-1)`: split from the right, pieces in order.
pub fn rsplit(s: Obj, args: &[Obj], kwnames: &[Obj], kwvals: &[Obj]) -> Res<Obj> {
    let (sep, mut left) = split_args(bind("rsplit", ["sep", "maxsplit"], args, kwnames, kwvals)?)?;
    let t = as_str(s);
    let b = t.as_bytes();
    let l = collect(s, |push| {
        match sep {
            Some(sep) => {
                let p = as_bytes(sep);
                let mut end = b.len();
                while left > 0 {
                    let Some(i) = rfind(&b[..end], p) else { break };
                    push(&b[i + p.len()..end])?;
                    end = i;
                    left -= 1;
                }
                push(&b[..end])?;
            }
            None => {
                let mut i = b.len();
                loop {
                    while i > 0 {
                        match space_before(t, i) {
                            Some(w) => i -= w,
                            None => break,
                        }
                    }
                    if i == 0 {
                        break;
                    }
                    if left == 0 {
                        push(&b[..i])?;
                        break;
                    }
                    let end = i;
                    while i > 0 && space_before(t, i).is_none() {
                        i -= 1;
                        // Step back over a whole character.
                        while i > 0 && b[i] & 0xC0 == 0x80 {
                            i -= 1;
                        }
                    }
                    push(&b[i..end])?;
                    left -= 1;
                }
            }
        }
        Ok(())
    })?;
    list::reverse_in_place(l);
    Ok(l)
}

/// The line boundary starting at byte `i` of `b`, as its byte length.
#[inline]
fn linebreak_at(b: &[u8], i: usize) -> Option<usize> {
    match b[i] {
        b'\r' if b.get(i + 1) == Some(&b'\n') => Some(2),
        b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => Some(1),
        // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        0xC2 if b.get(i + 1) == Some(&0x85) => Some(2),
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => Some(3),
        _ => None,
    }
}

/// `s.splitlines(keepends=False)`.
pub fn splitlines(s: Obj, args: &[Obj], kwnames: &[Obj], kwvals: &[Obj]) -> Res<Obj> {
    let [keep] = bind("splitlines", ["keepends"], args, kwnames, kwvals)?;
    // keepends is an int (bools included), as argument clinic's `bool(accept={int})`.
    let keep = match keep {
        Some(k) => index_arg(k, CInt::Int)? != 0,
        None => false,
    };
    let b = as_bytes(s);
    collect(s, |push| {
        let (mut start, mut i) = (0, 0);
        while i < b.len() {
            match linebreak_at(b, i) {
                Some(w) => {
                    push(&b[start..if keep { i + w } else { i }])?;
                    i += w;
                    start = i;
                }
                None => i += 1,
            }
        }
        if start < b.len() {
            push(&b[start..])?;
        }
        Ok(())
    })
}

/// `sep.join(iterable)`.
pub fn join(s: Obj, args: &[Obj]) -> Res<Obj> {
    let it = one_arg("join", args)?;
    if type_of(it).iter.is_none() {
        exc::type_error(format_args!("can only join an iterable"));
        return Err(());
    }
    // Walk lists and tuples in place; anything else is collected into a list once.
    let items = match tuple::seq_items(it) {
        Some(items) => items,
        None => list::items(nonzero(list::from_iter(it))?),
    };
    let sep = as_bytes(s);
    let gaps = items.len().saturating_sub(1);
    let mut total = sep.len() * gaps;
    // The result's length in code points, so that it need not be counted again.
    let mut chars = char_len(s) * gaps;
    for (i, &o) in items.iter().enumerate() {
        if !is_str(o) {
            exc::type_error(format_args!(
                "sequence item {}: expected str instance, {} found",
                i,
                type_of(o).name
            ));
            return Err(());
        }
        total += as_bytes(o).len();
        chars += char_len(o);
    }
    match items {
        [] => return Ok(crate::str::empty()),
        [one] => return Ok(*one),
        _ => {}
    }
    let r = nonzero(crate::str::alloc(total))?;
    let d = crate::str::data_mut(r);
    let mut at = 0;
    for (i, &o) in items.iter().enumerate() {
        if i > 0 {
            d[at..at + sep.len()].copy_from_slice(sep);
            at += sep.len();
        }
        let b = as_bytes(o);
        d[at..at + b.len()].copy_from_slice(b);
        at += b.len();
    }
    Ok(crate::str::seal_len(r, chars))
}

/// `strip`, `lstrip`, `rstrip` (`chars`: None for whitespace, else a str whose
/// characters are removed).
pub fn strip(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    expected(name, args, 0, 1)?;
    let chars = match args.first() {
        None => None,
        Some(&a) if a == none() => None,
        Some(&a) if is_str(a) => Some(as_str(a)),
        Some(_) => {
            exc::type_error(format_args!("{} arg must be None or str", name));
            return Err(());
        }
    };
    let t = as_str(s);
    let b = t.as_bytes();
    let (left, right) = (name != "rstrip", name != "lstrip");
    let (mut a, mut e) = (0, b.len());
    match chars {
        None => {
            if left {
                while a < e {
                    match space_at(t, a) {
                        Some(w) => a += w,
                        None => break,
                    }
                }
            }
            if right {
                while e > a {
                    match space_before(t, e) {
                        Some(w) => e -= w,
                        None => break,
                    }
                }
            }
        }
        Some(set) if set.is_ascii() => {
            // ASCII characters to strip: bytes compare as characters, and no
            // byte of a multi-byte character can match. (Not `[u8]::contains`:
            // its memchr is shared with always-linked code, which it would grow.)
            let set = set.as_bytes();
            if left {
                while a < e && set.iter().any(|&x| x == b[a]) {
                    a += 1;
                }
            }
            if right {
                while e > a && set.iter().any(|&x| x == b[e - 1]) {
                    e -= 1;
                }
            }
        }
        Some(set) => {
            let mut rest = t;
            if left {
                rest = rest.trim_start_matches(|c| set.contains(c));
            }
            if right {
                rest = rest.trim_end_matches(|c| set.contains(c));
            }
            a = rest.as_ptr() as usize - t.as_ptr() as usize;
            e = a + rest.len();
        }
    }
    if a == 0 && e == b.len() {
        return Ok(s);
    }
    nonzero(piece(s, &b[a..e]))
}
