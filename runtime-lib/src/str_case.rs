//! str's case conversions: upper, lower, casefold, capitalize, title, swapcase, with
//! CPython 3.11's rules (unicodeobject.c's `do_upper` and friends):
//! - full mappings, so text may lengthen ('ß'.upper() is 'SS', 'ﬁ'.upper() 'FI');
//! - lowercasing U+03A3 gives final sigma 'ς' when a cased letter precedes it and
//!   none follows, skipping case-ignorable characters either way, in the whole str;
//! - title() and capitalize() use the titlecase mapping ('ǆ' → 'ǅ'); title() starts
//!   a word after any character that is not cased ("they're" → "They'Re").
//!
//! ASCII strs (most of them) are converted byte by byte. The entry points are
//! reached through `str_hooks`, so only programs that call them link the tables.

use crate::object::Obj;
use crate::str::{alloc, as_bytes, as_str, data_mut, seal_len};
use crate::str_builder::StrBuilder;
use crate::unicode::{self, Mapped, Mapper};

/// Which conversion (a const parameter: each entry point is its own instance and
/// links only the tables its conversion reads).
type Op = u8;
const UPPER: Op = 0;
const LOWER: Op = 1;
const FOLD: Op = 2;
const CAPITALIZE: Op = 3;
const TITLE: Op = 4;
const SWAP: Op = 5;

/// An ASCII str converted in place in a copy.
fn ascii(s: Obj, op: Op) -> Obj {
    let b = as_bytes(s);
    let r = alloc(b.len());
    if r == 0 {
        return 0;
    }
    let d = data_mut(r);
    d.copy_from_slice(b);
    match op {
        UPPER => d.make_ascii_uppercase(),
        LOWER | FOLD => d.make_ascii_lowercase(),
        CAPITALIZE => {
            d.make_ascii_lowercase();
            if let Some(c) = d.first_mut() {
                c.make_ascii_uppercase();
            }
        }
        TITLE => {
            let mut cased = false;
            for c in d.iter_mut() {
                if cased {
                    c.make_ascii_lowercase();
                } else {
                    c.make_ascii_uppercase();
                }
                cased = c.is_ascii_alphabetic();
            }
        }
        _ => {
            for c in d.iter_mut() {
                if c.is_ascii_alphabetic() {
                    *c ^= 0x20;
                }
            }
        }
    }
    seal_len(r, b.len())
}

/// Whether the U+03A3 at byte `i` of `t` is word-final (CPython's
/// `handle_capital_sigma`).
fn final_sigma(t: &str, i: usize) -> bool {
    let before = t[..i]
        .chars()
        .rev()
        .find(|&c| !unicode::is_case_ignorable(c));
    if !before.is_some_and(unicode::is_cased) {
        return false;
    }
    let after = t[i + 'Σ'.len_utf8()..]
        .chars()
        .find(|&c| !unicode::is_case_ignorable(c));
    !after.is_some_and(unicode::is_cased)
}

/// The lowercase of the character `c` at byte `i` of `t` (`lower_ucs4`).
fn lower_at(lower: &mut Mapper, t: &str, i: usize, c: char) -> Mapped {
    if c == 'Σ' {
        return Mapped::one(if final_sigma(t, i) { 'ς' } else { 'σ' });
    }
    lower.map(c)
}

fn convert<const OP: Op>(s: Obj) -> Obj {
    let t = as_str(s);
    if t.is_ascii() {
        return ascii(s, OP);
    }
    let Ok(mut out) = StrBuilder::with_capacity(t.len() + 8) else {
        return 0;
    };
    // OP is a constant, so the mappings it does not use are dead code, and their
    // tables are not linked.
    let (mut upper, mut lower) = (Mapper::upper(), Mapper::lower());
    let (mut title, mut fold) = (Mapper::title(), Mapper::fold());
    let mut cased = false;
    for (i, c) in t.char_indices() {
        if c.is_ascii() {
            // ASCII characters of mixed text, without a table or a call.
            let b = c as u8;
            let m = match OP {
                UPPER => b.to_ascii_uppercase(),
                LOWER | FOLD => b.to_ascii_lowercase(),
                CAPITALIZE if i == 0 => b.to_ascii_uppercase(),
                CAPITALIZE => b.to_ascii_lowercase(),
                TITLE if cased => b.to_ascii_lowercase(),
                TITLE => b.to_ascii_uppercase(),
                _ if b.is_ascii_alphabetic() => b ^ 0x20,
                _ => b,
            };
            cased = b.is_ascii_alphabetic();
            if out.push_ascii(m).is_err() {
                return 0;
            }
            continue;
        }
        let m = match OP {
            UPPER => upper.map(c),
            LOWER => lower_at(&mut lower, t, i, c),
            FOLD => fold.map(c),
            CAPITALIZE if i == 0 => title.map(c),
            CAPITALIZE => lower_at(&mut lower, t, i, c),
            TITLE => {
                let m = if cased {
                    lower_at(&mut lower, t, i, c)
                } else {
                    title.map(c)
                };
                cased = unicode::is_cased(c);
                m
            }
            _ if unicode::is_upper(c) => lower_at(&mut lower, t, i, c),
            _ if unicode::is_lower(c) => upper.map(c),
            _ => Mapped::one(c),
        };
        for &u in m.as_slice() {
            if out.push_char(u).is_err() {
                return 0;
            }
        }
    }
    out.finish()
}

/// `s.upper()`.
#[no_mangle]
pub extern "C" fn pyaot_str_upper(s: Obj) -> Obj {
    convert::<UPPER>(s)
}

/// `s.lower()`.
#[no_mangle]
pub extern "C" fn pyaot_str_lower(s: Obj) -> Obj {
    convert::<LOWER>(s)
}

/// `s.casefold()`.
#[no_mangle]
pub extern "C" fn pyaot_str_casefold(s: Obj) -> Obj {
    convert::<FOLD>(s)
}

/// `s.capitalize()`.
#[no_mangle]
pub extern "C" fn pyaot_str_capitalize(s: Obj) -> Obj {
    convert::<CAPITALIZE>(s)
}

/// `s.title()`.
#[no_mangle]
pub extern "C" fn pyaot_str_title(s: Obj) -> Obj {
    convert::<TITLE>(s)
}

/// `s.swapcase()`.
#[no_mangle]
pub extern "C" fn pyaot_str_swapcase(s: Obj) -> Obj {
    convert::<SWAP>(s)
}
