//! The methods of `bytes` and `bytearray` that treat bytes as ASCII characters:
//! case mapping, the `is*` tests, `strip`, padding (`center`, `ljust`, `rjust`,
//! `zfill`), `expandtabs` and `hex`. Bytes outside ASCII are never letters, digits
//! or space, as in CPython.

use crate::bytes::{bytes_arg, Kind};
use crate::bytes_args::{self as a, Sig};
use crate::bytes_methods::{is_space, part};
use crate::exc;
use crate::object::{bool_obj, none, type_of, Obj};
use crate::typeext;

fn data(o: Obj) -> &'static [u8] {
    typeext::buffer(o).unwrap_or(&[])
}

/// Calls method `name` of bytes-like `o`; None when there is no such method.
pub fn call(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Option<Obj> {
    let r = match name {
        "lower" | "upper" | "swapcase" | "capitalize" | "title" => {
            a::no_args(kind, name, args, kw).and_then(|_| map_case(kind, o, name))
        }
        "isalnum" | "isalpha" | "isascii" | "isdigit" | "islower" | "isspace" | "istitle"
        | "isupper" => a::no_args(kind, name, args, kw).map(|_| bool_obj(classify(data(o), name))),
        "strip" | "lstrip" | "rstrip" => strip(kind, o, name, args, kw),
        "center" | "ljust" | "rjust" => pad(kind, o, name, args, kw),
        "zfill" => a::exactly_one(kind, name, args, kw).and_then(|w| zfill(kind, o, w)),
        "expandtabs" => expandtabs(kind, o, args, kw),
        "hex" => hex(o, args, kw),
        _ => return None,
    };
    Some(r.unwrap_or(0))
}

fn done(r: Obj) -> Result<Obj, ()> {
    if r == 0 {
        Err(())
    } else {
        Ok(r)
    }
}

fn map_case(kind: &Kind, o: Obj, name: &str) -> Result<Obj, ()> {
    let d = data(o);
    done(kind.build(d.len(), |out| {
        out.copy_from_slice(d);
        match name {
            "lower" => out.make_ascii_lowercase(),
            "upper" => out.make_ascii_uppercase(),
            "swapcase" => {
                for c in out.iter_mut() {
                    if c.is_ascii_alphabetic() {
                        *c ^= 0x20;
                    }
                }
            }
            "capitalize" => {
                out.make_ascii_lowercase();
                if let Some(c) = out.first_mut() {
                    c.make_ascii_uppercase();
                }
            }
            _ => {
                // title: a letter after a letter is lower case, any other upper case.
                let mut prev_cased = false;
                for c in out.iter_mut() {
                    if c.is_ascii_alphabetic() {
                        if prev_cased {
                            c.make_ascii_lowercase();
                        } else {
                            c.make_ascii_uppercase();
                        }
                        prev_cased = true;
                    } else {
                        prev_cased = false;
                    }
                }
            }
        }
    }))
}

fn classify(d: &[u8], name: &str) -> bool {
    match name {
        "isascii" => d.is_ascii(),
        _ if d.is_empty() => false,
        "isalnum" => d.iter().all(u8::is_ascii_alphanumeric),
        "isalpha" => d.iter().all(u8::is_ascii_alphabetic),
        "isdigit" => d.iter().all(u8::is_ascii_digit),
        "isspace" => d.iter().all(|&c| is_space(c)),
        "islower" => d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
        "isupper" => d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
        _ => {
            // istitle: upper case only after uncased bytes, lower case only after
            // cased ones, and at least one cased byte.
            let (mut cased, mut prev_cased) = (false, false);
            for &c in d {
                if c.is_ascii_uppercase() {
                    if prev_cased {
                        return false;
                    }
                    prev_cased = true;
                    cased = true;
                } else if c.is_ascii_lowercase() {
                    if !prev_cased {
                        return false;
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            cased
        }
    }
}

fn strip(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::positional(kind, name, args, kw, 0, 1)?;
    let set = match args.first() {
        None => None,
        Some(&x) if x == none() => None,
        Some(&x) => Some(bytes_arg(x)?),
    };
    let strip_it = |c: u8| match set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let d = data(o);
    let (mut from, mut to) = (0, d.len());
    if name != "rstrip" {
        while from < to && strip_it(d[from]) {
            from += 1;
        }
    }
    if name != "lstrip" {
        while to > from && strip_it(d[to - 1]) {
            to -= 1;
        }
    }
    done(part(kind, o, from, to))
}

/// `bytes` padded to `width` with `left` fill bytes before it.
fn padded(kind: &Kind, o: Obj, width: usize, left: usize, fill: u8) -> Obj {
    let d = data(o);
    kind.build(width, |out| {
        out.fill(fill);
        out[left..left + d.len()].copy_from_slice(d);
    })
}

fn pad(kind: &Kind, o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    a::positional(kind, name, args, kw, 1, 2)?;
    let width = a::index(args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(&f) => match typeext::buffer(f) {
            Some(&[c]) => c,
            _ => {
                exc::type_error(format_args!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    type_of(f).name
                ));
                return Err(());
            }
        },
    };
    let len = data(o).len();
    if width <= len as isize {
        return done(part(kind, o, 0, len));
    }
    let width = width as usize;
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's rounding: the odd byte goes left when the width is odd.
        _ => marg / 2 + (marg & width & 1),
    };
    done(padded(kind, o, width, left, fill))
}

fn zfill(kind: &Kind, o: Obj, width: Obj) -> Result<Obj, ()> {
    let width = a::index(width)?;
    let len = data(o).len();
    if width <= len as isize {
        return done(part(kind, o, 0, len));
    }
    let width = width as usize;
    let fill = width - len;
    let r = padded(kind, o, width, fill, b'0');
    if r != 0 {
        let out = (kind.data_mut)(r);
        if len > 0 && (out[fill] == b'+' || out[fill] == b'-') {
            out[0] = out[fill];
            out[fill] = b'0';
        }
    }
    done(r)
}

static EXPANDTABS: Sig = Sig {
    name: "expandtabs",
    params: &["tabsize"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

fn expandtabs(kind: &Kind, o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let [tab] = a::bind(&EXPANDTABS, args, kw)?;
    let tab = if tab == 0 { 8 } else { a::index(tab)? };
    let d = data(o);
    // Pass 1 measures, pass 2 writes.
    let walk = |mut put: Option<&mut [u8]>| -> usize {
        let (mut col, mut at) = (0usize, 0usize);
        for &c in d {
            if c == b'\t' {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    if let Some(out) = put.as_deref_mut() {
                        out[at..at + n].fill(b' ');
                    }
                    col += n;
                    at += n;
                }
            } else {
                if let Some(out) = put.as_deref_mut() {
                    out[at] = c;
                }
                at += 1;
                col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
            }
        }
        at
    };
    let n = walk(None);
    done(kind.build(n, |out| {
        walk(Some(out));
    }))
}

static HEX: Sig = Sig {
    name: "hex",
    params: &["sep", "bytes_per_sep"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

fn hex(o: Obj, args: &[Obj], kw: &[Obj]) -> Result<Obj, ()> {
    let [sep, per] = a::bind(&HEX, args, kw)?;
    let sep = if sep == 0 { None } else { Some(hex_sep(sep)?) };
    let per = if per == 0 { 1 } else { a::index(per)? };
    Ok(hex_str(data(o), sep, per))
}

/// The separator of `hex(sep)`, checked as CPython does (length first).
fn hex_sep(sep: Obj) -> Result<u8, ()> {
    let ty = type_of(sep);
    let Some(len) = ty.len else {
        exc::type_error(format_args!("object of type '{}' has no len()", ty.name));
        return Err(());
    };
    if len(sep)? != 1 {
        exc::value_error(format_args!("sep must be length 1."));
        return Err(());
    }
    let c = if crate::str::is_str(sep) {
        crate::str::as_str(sep)
            .chars()
            .next()
            .map_or(0, |c| c as u32)
    } else if crate::bytes::is_bytes(sep) {
        crate::bytes::as_bytes(sep)[0] as u32
    } else {
        exc::type_error(format_args!("sep must be str or bytes."));
        return Err(());
    };
    if c > 127 {
        exc::value_error(format_args!("sep must be ASCII."));
        return Err(());
    }
    Ok(c as u8)
}

/// The hex digits of `d` as a str, `sep` between groups of `per` bytes (counted
/// from the right when `per` is positive, from the left when negative).
pub fn hex_str(d: &[u8], sep: Option<u8>, per: isize) -> Obj {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = match sep {
        Some(_) if per != 0 && !d.is_empty() => per.unsigned_abs(),
        _ => 0,
    };
    let nsep = (d.len().saturating_sub(1)).checked_div(group).unwrap_or(0);
    let s = crate::str::alloc(2 * d.len() + nsep);
    if s == 0 {
        return 0;
    }
    let out = crate::str::data_mut(s);
    let mut at = 0;
    for (i, &b) in d.iter().enumerate() {
        // A separator goes before byte i when a group boundary falls there.
        let boundary = group != 0
            && i > 0
            && if per > 0 {
                (d.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
        if boundary {
            out[at] = sep.unwrap_or(b':');
            at += 1;
        }
        out[at] = DIGITS[(b >> 4) as usize];
        out[at + 1] = DIGITS[(b & 15) as usize];
        at += 2;
    }
    crate::str::seal(s)
}
