//! `str.maketrans` (a static method: `str.maketrans(...)` and `s.maketrans(...)`)
//! and `s.translate(table)`.
//!
//! translate looks each character's code point up in the table with `table[cp]`;
//! a LookupError keeps the character, None deletes it, an int or a str replaces it.
//! A dict table is probed directly (a miss raises nothing), and the result for each
//! ASCII character is remembered, as CPython's fast path does.

use crate::object::{is_type, none, Obj};
use crate::str::{as_str, char_len, is_str};
use crate::str_args::{expected, one_arg, Res};
use crate::str_builder::StrBuilder;
use crate::str_search::nonzero;
use crate::{dict, exc, int, list};

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or
/// None.
pub fn maketrans(args: &[Obj]) -> Res<Obj> {
    expected("maketrans", args, 1, 3)?;
    for (k, &a) in args.iter().enumerate().skip(1) {
        if !is_str(a) {
            exc::type_error(format_args!(
                "maketrans() argument {} must be str, not {}",
                k + 1,
                crate::str_args::clinic_type_name(a)
            ));
            return Err(());
        }
    }
    let d = nonzero(dict::with_capacity(0))?;
    let x = args[0];
    if args.len() == 1 {
        if !is_type(x, &dict::TYPE_DICT) {
            exc::type_error(format_args!(
                "if you give only one argument to maketrans it must be a dict"
            ));
            return Err(());
        }
        let keys = nonzero(list::from_iter(x))?;
        for &k in list::items(keys) {
            let v = dict::lookup(x, k)?.unwrap_or(none());
            let key = if is_str(k) {
                let mut cs = as_str(k).chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => int::new(c as isize),
                    _ => {
                        exc::value_error(format_args!(
                            "string keys in translate table must be of length 1"
                        ));
                        return Err(());
                    }
                }
            } else if int::is_int(k) {
                k
            } else {
                exc::type_error(format_args!(
                    "keys in translate table must be strings or integers"
                ));
                return Err(());
            };
            dict::set(d, key, v)?;
        }
        return Ok(d);
    }
    if !is_str(x) {
        exc::type_error(format_args!(
            "first maketrans argument must be a string if there is a second argument"
        ));
        return Err(());
    }
    let y = args[1];
    if char_len(x) != char_len(y) {
        exc::value_error(format_args!(
            "the first two maketrans arguments must have equal length"
        ));
        return Err(());
    }
    for (a, b) in as_str(x).chars().zip(as_str(y).chars()) {
        dict::set(d, int::new(a as isize), int::new(b as isize))?;
    }
    if let Some(&z) = args.get(2) {
        for c in as_str(z).chars() {
            dict::set(d, int::new(c as isize), none())?;
        }
    }
    Ok(d)
}

/// What the table says about one character.
#[derive(Clone, Copy)]
enum Entry {
    Keep,
    Delete,
    Char(char),
    Text(Obj),
}

/// `table[cp]`, interpreted.
fn lookup(table: Obj, is_dict: bool, cp: char) -> Res<Entry> {
    let key = int::new(cp as isize);
    let v = if is_dict {
        dict::lookup(table, key)?
    } else {
        let v = crate::subscript::pyaot_getitem(table, key);
        if v == 0 {
            if !exc::pending_matches(&exc::TYPE_LOOKUP_ERROR) {
                return Err(());
            }
            exc::take();
            None
        } else {
            Some(v)
        }
    };
    let Some(v) = v else {
        return Ok(Entry::Keep);
    };
    if v == none() {
        return Ok(Entry::Delete);
    }
    if is_str(v) {
        return Ok(Entry::Text(v));
    }
    if int::is_int(v) {
        let n = int::value(v)
            .filter(|n| (0..0x110000).contains(n))
            .ok_or_else(|| {
                exc::value_error(format_args!("character mapping must be in range(0x110000)"));
            })?;
        return match char::from_u32(n as u32) {
            Some(c) => Ok(Entry::Char(c)),
            None => {
                // Lone surrogates cannot be held in UTF-8 strs.
                exc::value_error(format_args!("surrogate code points are not supported"));
                Err(())
            }
        };
    }
    exc::type_error(format_args!(
        "character mapping must return integer, None or str"
    ));
    Err(())
}

/// `s.translate(table)`.
pub fn translate(s: Obj, args: &[Obj]) -> Res<Obj> {
    let table = one_arg("translate", args)?;
    let is_dict = is_type(table, &dict::TYPE_DICT);
    let t = as_str(s);
    let mut out = StrBuilder::with_capacity(t.len())?;
    // Results for ASCII characters from a dict (probing one runs no user code).
    let mut cache: [Option<Entry>; 128] = [None; 128];
    for c in t.chars() {
        let e = match cache.get_mut(c as usize) {
            Some(slot) if is_dict => match *slot {
                Some(e) => e,
                None => *slot.insert(lookup(table, true, c)?),
            },
            _ => lookup(table, is_dict, c)?,
        };
        match e {
            Entry::Keep => out.push_char(c)?,
            Entry::Delete => {}
            Entry::Char(m) => out.push_char(m)?,
            Entry::Text(m) => out.push_str(as_str(m))?,
        }
    }
    nonzero(out.finish())
}
