//! The methods `bytes` and `bytearray` share: searching (`count`, `find`, `index`,
//! `startswith`, ...), splitting and joining, `replace`, `partition`, `translate`,
//! `decode`, and the class methods `fromhex` and `maketrans`. Each works on the
//! object's contents and makes its results of the object's own kind. The ASCII
//! character methods (case, `is*`, padding, `strip`, `hex`) are in `bytes_ascii`.

use crate::bytes::{self, bytes_arg, needle_arg, Kind};
use crate::bytes_args::{self as a, Sig};
use crate::exc;
use crate::object::{self, bool_obj, none, type_of, Obj};
use crate::typeext;
use crate::{int, list, tuple};
use pyaot_abi::tag_int;

/// The contents of bytes-like `o`.
fn data(o: Obj) -> &'static [u8] {
    typeext::buffer(o).unwrap_or(&[])
}

/// `b[from..to]` as a result of kind `kind`: a bytes object whole gives itself
/// back (it is immutable), as CPython does.
pub fn part(kind: &Kind, o: Obj, from: usize, to: usize) -> Obj {
    part_of(kind, o, data(o), from, to)
}

/// `part` when the caller holds `d`, the contents of `o`.
#[inline]
pub fn part_of(kind: &Kind, o: Obj, d: &[u8], from: usize, to: usize) -> Obj {
    if from == 0 && to == d.len() && bytes::is_bytes(o) {
        return o;
    }
    (kind.make)(&d[from..to])
}

/// Calls method `name` of bytes-like `o` of kind `kind`; None when there is no such
/// method.
pub fn call(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Option<Obj> {
    let r = match name {
        "count" => count(kind, o, args, kw),
        "find" | "rfind" | "index" | "rindex" => find(kind, o, name, args, kw),
        "startswith" | "endswith" => starts_ends(kind, o, name, args, kw),
        "split" | "rsplit" => split(kind, o, name, args, kw),
        "splitlines" => splitlines(kind, o, args, kw),
        "partition" | "rpartition" => partition(kind, o, name, args, kw),
        "join" => a::exactly_one(kind, name, args, kw).and_then(|it| join(kind, o, it)),
        "replace" => replace(kind, o, args, kw),
        "removeprefix" | "removesuffix" => a::exactly_one(kind, name, args, kw).and_then(|x| {
            let (d, fix) = (data(o), bytes_arg(x)?);
            Ok(if name == "removeprefix" && d.starts_with(fix) {
                part(kind, o, fix.len(), d.len())
            } else if name == "removesuffix" && d.ends_with(fix) && !fix.is_empty() {
                part(kind, o, 0, d.len() - fix.len())
            } else {
                part(kind, o, 0, d.len())
            })
        }),
        "translate" => translate(kind, o, args, kw),
        "decode" => decode(o, args, kw),
        "fromhex" | "maketrans" => return class_method(kind, name, args, kw),
        _ => return crate::bytes_ascii::call(kind, o, name, args, kw),
    };
    Some(r.unwrap_or(0))
}

/// Class methods of `bytes`/`bytearray`: `fromhex`, `maketrans`.
pub fn class_method(kind: &Kind, name: &str, args: &[Obj], kw: &[Obj]) -> Option<Obj> {
    let r = match name {
        "fromhex" => a::exactly_one(kind, name, args, kw).and_then(|s| fromhex(kind, s)),
        "maketrans" => a::positional(kind, name, args, kw, 2, 2).and_then(|_| {
            let (from, to) = (bytes_arg(args[0])?, bytes_arg(args[1])?);
            if from.len() != to.len() {
                exc::value_error(format_args!("maketrans arguments must have same length"));
                return Err(());
            }
            Ok(bytes::BYTES.build(256, |t| {
                for (i, slot) in t.iter_mut().enumerate() {
                    *slot = i as u8;
                }
                for (&f, &g) in from.iter().zip(to) {
                    t[f as usize] = g;
                }
            }))
        }),
        _ => return None,
    };
    Some(r.unwrap_or(0))
}

fn int_obj(v: usize) -> Obj {
    int::new(v as isize)
}

// ---- searching ----

fn count(kind: &Kind, o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::finds(kind, "count", args, kw)?;
    let mut tmp = [0];
    let sub = needle_arg(args[0], &mut tmp)?;
    let d = data(o);
    let Some((s, e)) = a::span(&args[1..], d.len())? else {
        return Ok(tag_int(0));
    };
    let hay = &d[s..e];
    if sub.is_empty() {
        return Ok(int_obj(hay.len() + 1));
    }
    let (mut n, mut from) = (0, 0);
    if sub.len() == 1 {
        n = hay.iter().filter(|&&c| c == sub[0]).count();
    } else {
        while let Some(i) = bytes::find(hay, sub, from) {
            n += 1;
            from = i + sub.len();
        }
    }
    Ok(int_obj(n))
}

fn find(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::finds(kind, name, args, kw)?;
    let mut tmp = [0];
    let sub = needle_arg(args[0], &mut tmp)?;
    let d = data(o);
    let hit = match a::span(&args[1..], d.len())? {
        None => None,
        Some((s, e)) => {
            let hay = &d[s..e];
            let at = if name.starts_with('r') {
                bytes::rfind(hay, sub)
            } else {
                bytes::find(hay, sub, 0)
            };
            at.map(|i| i + s)
        }
    };
    match hit {
        Some(i) => Ok(int_obj(i)),
        None if name.ends_with("index") => {
            exc::value_error(format_args!("subsection not found"));
            Err(())
        }
        None => Ok(int::new(-1)),
    }
}

fn starts_ends(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::finds(kind, name, args, kw)?;
    let d = data(o);
    let span = a::span(&args[1..], d.len())?;
    let test = |p: &[u8]| match span {
        None => false,
        Some((s, e)) => {
            let t = &d[s..e];
            if name == "startswith" {
                t.starts_with(p)
            } else {
                t.ends_with(p)
            }
        }
    };
    let pat = args[0];
    if let Some(p) = typeext::buffer(pat) {
        return Ok(bool_obj(test(p)));
    }
    if object::is_type(pat, &tuple::TYPE_TUPLE) {
        for &p in tuple::items(pat) {
            if test(bytes_arg(p)?) {
                return Ok(bool_obj(true));
            }
        }
        return Ok(bool_obj(false));
    }
    exc::type_error(format_args!(
        "{} first arg must be bytes or a tuple of bytes, not {}",
        name,
        type_of(pat).name
    ));
    Err(())
}

// ---- splitting and joining ----

/// ASCII whitespace as `bytes.split()` and `strip()` see it.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

static SPLIT: Sig = Sig {
    name: "split",
    params: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

static RSPLIT: Sig = Sig {
    name: "rsplit",
    ..SPLIT
};

/// The pieces of `d` split at `sep` (None: runs of whitespace), at most
/// `maxsplit` splits, as `(from, to)` ranges in order; `rev` splits from the end.
fn split_ranges(
    d: &[u8],
    sep: Option<&[u8]>,
    maxsplit: usize,
    rev: bool,
    mut piece: impl FnMut(usize, usize) -> Result<(), ()>,
) -> Result<(), ()> {
    let mut left = maxsplit;
    match (sep, rev) {
        (Some(sep), false) => {
            let mut from = 0;
            while left > 0 {
                let Some(i) = bytes::find(d, sep, from) else {
                    break;
                };
                piece(from, i)?;
                from = i + sep.len();
                left -= 1;
            }
            piece(from, d.len())
        }
        (Some(sep), true) => {
            let mut to = d.len();
            while left > 0 {
                let Some(i) = bytes::rfind(&d[..to], sep) else {
                    break;
                };
                piece(i + sep.len(), to)?;
                to = i;
                left -= 1;
            }
            piece(0, to)
        }
        (None, false) => {
            let mut i = 0;
            loop {
                while i < d.len() && is_space(d[i]) {
                    i += 1;
                }
                if i == d.len() {
                    return Ok(());
                }
                if left == 0 {
                    // The rest, trailing whitespace included.
                    return piece(i, d.len());
                }
                let start = i;
                while i < d.len() && !is_space(d[i]) {
                    i += 1;
                }
                piece(start, i)?;
                left -= 1;
            }
        }
        (None, true) => {
            let mut i = d.len();
            loop {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    return Ok(());
                }
                if left == 0 {
                    return piece(0, i);
                }
                let end = i;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                piece(i, end)?;
                left -= 1;
            }
        }
    }
}

fn split(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let rev = name == "rsplit";
    let [sep, maxsplit] = a::bind(if rev { &RSPLIT } else { &SPLIT }, args, kw)?;
    let sep = if sep == 0 || sep == none() {
        None
    } else {
        let s = bytes_arg(sep)?;
        if s.is_empty() {
            exc::value_error(format_args!("empty separator"));
            return Err(());
        }
        Some(s)
    };
    let maxsplit = if maxsplit == 0 {
        -1
    } else {
        a::index(maxsplit)?
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let d = data(o);
    let out = list::with_capacity(if sep.is_some() { 4 } else { 8 });
    if out == 0 {
        return Err(());
    }
    split_ranges(d, sep, maxsplit, rev, |f, t| {
        let p = part_of(kind, o, d, f, t);
        if p == 0 {
            return Err(());
        }
        list::push(out, p)
    })?;
    if rev {
        list::reverse_in_place(out);
    }
    Ok(out)
}

static SPLITLINES: Sig = Sig {
    name: "splitlines",
    params: &["keepends"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn splitlines(kind: &Kind, o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let [keep] = a::bind(&SPLITLINES, args, kw)?;
    let keep = keep != 0 && a::index(keep)? != 0;
    let d = data(o);
    let out = list::with_capacity(4);
    if out == 0 {
        return Err(());
    }
    let mut i = 0;
    while i < d.len() {
        let start = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            i += if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keep {
                eol = i;
            }
        }
        let p = part_of(kind, o, d, start, eol);
        if p == 0 {
            return Err(());
        }
        list::push(out, p)?;
    }
    Ok(out)
}

fn partition(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let sep = bytes_arg(a::exactly_one(kind, name, args, kw)?)?;
    if sep.is_empty() {
        exc::value_error(format_args!("empty separator"));
        return Err(());
    }
    let d = data(o);
    let at = if name == "partition" {
        bytes::find(d, sep, 0)
    } else {
        bytes::rfind(d, sep)
    };
    let parts = match at {
        Some(i) => [(0, i), (i, i + sep.len()), (i + sep.len(), d.len())],
        None if name == "partition" => [(0, d.len()), (d.len(), d.len()), (d.len(), d.len())],
        None => [(0, 0), (0, 0), (0, d.len())],
    };
    let t = tuple::alloc(3);
    if t == 0 {
        return Err(());
    }
    for (k, &(f, e)) in parts.iter().enumerate() {
        // The separator itself: a new object even for bytes (CPython's too).
        let p = if k == 1 && at.is_some() {
            (kind.make)(sep)
        } else {
            part(kind, o, f, e)
        };
        if p == 0 {
            return Err(());
        }
        tuple::items_mut(t)[k] = p;
    }
    Ok(t)
}

/// `sep.join(iterable)`.
pub fn join(kind: &Kind, sep_obj: Obj, it: Obj) -> Result<Obj, ()> {
    if type_of(it).iter.is_none() {
        exc::type_error(format_args!("can only join an iterable"));
        return Err(());
    }
    // Walk lists and tuples in place; anything else is collected into a list once.
    let items = match tuple::seq_items(it) {
        Some(items) => items,
        None => {
            let l = list::from_iter(it);
            if l == 0 {
                return Err(());
            }
            list::items(l)
        }
    };
    let sep = data(sep_obj);
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, &x) in items.iter().enumerate() {
        match typeext::buffer(x) {
            Some(b) => total += b.len(),
            None => {
                exc::type_error(format_args!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    type_of(x).name
                ));
                return Err(());
            }
        }
    }
    if items.len() == 1 && bytes::is_bytes(items[0]) && bytes::is_bytes(sep_obj) {
        return Ok(items[0]);
    }
    let r = kind.build(total, |d| {
        let mut at = 0;
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                d[at..at + sep.len()].copy_from_slice(sep);
                at += sep.len();
            }
            let b = data(x);
            d[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        }
    });
    if r == 0 {
        Err(())
    } else {
        Ok(r)
    }
}

fn replace(kind: &Kind, o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::positional(kind, "replace", args, kw, 2, 3)?;
    let (old, new) = (bytes_arg(args[0])?, bytes_arg(args[1])?);
    let limit = match args.get(2) {
        Some(&c) => a::index(c)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let t = data(o);
    // An empty `old` matches before every byte and at the end.
    let mut n = 0;
    if old.is_empty() {
        n = (t.len() + 1).min(limit);
    } else {
        let mut from = 0;
        while n < limit {
            let Some(i) = bytes::find(t, old, from) else {
                break;
            };
            n += 1;
            from = i + old.len();
        }
    }
    if n == 0 {
        return Ok(part(kind, o, 0, t.len()));
    }
    let total = t.len() + n * new.len() - n * old.len();
    let r = kind.build(total, |d| {
        let (mut at, mut from) = (0, 0);
        for _ in 0..n {
            let i = if old.is_empty() {
                from
            } else {
                bytes::find(t, old, from).unwrap_or(t.len())
            };
            d[at..at + (i - from)].copy_from_slice(&t[from..i]);
            at += i - from;
            d[at..at + new.len()].copy_from_slice(new);
            at += new.len();
            from = i + old.len();
            if old.is_empty() && from < t.len() {
                d[at] = t[from];
                at += 1;
                from += 1;
            }
        }
        let tail = &t[from.min(t.len())..];
        d[at..at + tail.len()].copy_from_slice(tail);
    });
    if r == 0 {
        Err(())
    } else {
        Ok(r)
    }
}

static TRANSLATE: Sig = Sig {
    name: "translate",
    params: &["table", "delete"],
    posonly: 1,
    required: 1,
    maxpos: 2,
};

fn translate(kind: &Kind, o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let [table, delete] = a::bind(&TRANSLATE, args, kw)?;
    let table = if table == none() {
        None
    } else {
        let t = bytes_arg(table)?;
        if t.len() != 256 {
            exc::value_error(format_args!(
                "translation table must be 256 characters long"
            ));
            return Err(());
        }
        Some(t)
    };
    let mut del = [false; 256];
    if delete != 0 {
        for &c in bytes_arg(delete)? {
            del[c as usize] = true;
        }
    }
    let d = data(o);
    let keep = d.iter().filter(|&&c| !del[c as usize]).count();
    if keep == d.len() && table.is_none() {
        return Ok(part(kind, o, 0, d.len()));
    }
    let r = kind.build(keep, |out| {
        for (slot, &c) in out.iter_mut().zip(d.iter().filter(|&&c| !del[c as usize])) {
            *slot = table.map_or(c, |t| t[c as usize]);
        }
    });
    if r == 0 {
        Err(())
    } else {
        Ok(r)
    }
}

static DECODE: Sig = Sig {
    name: "decode",
    params: &["encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

fn decode(o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let [encoding, errors] = a::bind(&DECODE, args, kw)?;
    crate::codecs::decode(data(o), encoding, errors, "decode")
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn fromhex(kind: &Kind, s: Obj) -> Result<Obj, ()> {
    if !crate::str::is_str(s) {
        exc::type_error(format_args!(
            "fromhex() argument must be str, not {}",
            object::short_name(type_of(s))
        ));
        return Err(());
    }
    let t = crate::str::as_bytes(s);
    let mut out = bytes::ByteBuf::new();
    out.reserve(t.len() / 2)?;
    let mut i = 0;
    // Positions count code points: only ASCII is valid, so a bad byte's position
    // is the number of characters before it.
    let pos = |i: usize| crate::str::as_str(s)[..i].chars().count();
    loop {
        while i < t.len() && is_space(t[i]) {
            i += 1;
        }
        if i >= t.len() {
            break;
        }
        let Some(hi) = hex_digit(t[i]) else {
            exc::value_error(format_args!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pos(i)
            ));
            return Err(());
        };
        let Some(lo) = t.get(i + 1).and_then(|&c| hex_digit(c)) else {
            exc::value_error(format_args!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pos(i + 1)
            ));
            return Err(());
        };
        out.push(hi << 4 | lo)?;
        i += 2;
    }
    let r = (kind.make)(out.as_slice());
    if r == 0 {
        Err(())
    } else {
        Ok(r)
    }
}
