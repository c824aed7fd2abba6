//! str's `is...` methods, as CPython 3.11 defines them over Unicode 14.0:
//! - isalpha: letters (categories L*), not Rust's wider Alphabetic property;
//! - isdecimal ⊂ isdigit ⊂ isnumeric: Numeric_Type Decimal, + Digit ('²'), +
//!   Numeric ('½', '一'); isalnum is isalpha or isnumeric, character by character;
//! - islower/isupper: some cased character and none of the other case (a titlecase
//!   letter such as 'ǅ' counts against both); istitle: uppercase and titlecase
//!   letters only after uncased characters, lowercase only after cased ones;
//! - isidentifier: XID_Start or '_', then XID_Continue; isprintable: nothing of
//!   categories C* or Z* but the space (so '' is printable); isascii is true for ''.
//!
//! The table-reading ones are reached through `str_hooks`; ASCII strs are tested
//! byte by byte without tables.

use crate::object::{bool_obj, Obj};
use crate::str::{as_bytes, as_str};
use crate::unicode;

/// Whether `s` is non-empty and every character passes: `ascii` for ASCII strs
/// (byte by byte), `any` otherwise.
fn all(s: Obj, ascii: fn(&u8) -> bool, any: fn(char) -> bool) -> Obj {
    let t = as_str(s);
    if t.is_empty() {
        return bool_obj(false);
    }
    bool_obj(if t.is_ascii() {
        t.as_bytes().iter().all(ascii)
    } else {
        t.chars().all(any)
    })
}

/// `s.isspace()` (not hooked: its table is a few words, and split/strip use it).
pub fn isspace(s: Obj) -> Obj {
    all(
        s,
        |&b| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' '),
        unicode::is_space,
    )
}

/// `s.isascii()`.
pub fn isascii(s: Obj) -> Obj {
    bool_obj(as_bytes(s).is_ascii())
}

/// `s.isalpha()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isalpha(s: Obj) -> Obj {
    all(s, u8::is_ascii_alphabetic, unicode::is_alpha)
}

/// `s.isalnum()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isalnum(s: Obj) -> Obj {
    all(s, u8::is_ascii_alphanumeric, unicode::is_alnum)
}

/// `s.isdecimal()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isdecimal(s: Obj) -> Obj {
    all(s, u8::is_ascii_digit, unicode::is_decimal)
}

/// `s.isdigit()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isdigit(s: Obj) -> Obj {
    all(s, u8::is_ascii_digit, unicode::is_digit)
}

/// `s.isnumeric()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isnumeric(s: Obj) -> Obj {
    all(s, u8::is_ascii_digit, unicode::is_numeric)
}

/// `s.isprintable()` (true for '').
#[no_mangle]
pub extern "C" fn pyaot_str_isprintable(s: Obj) -> Obj {
    let t = as_str(s);
    bool_obj(if t.is_ascii() {
        t.bytes().all(|b| (b' '..=b'~').contains(&b))
    } else {
        t.chars().all(unicode::is_printable)
    })
}

/// `s.isidentifier()`.
#[no_mangle]
pub extern "C" fn pyaot_str_isidentifier(s: Obj) -> Obj {
    let mut chars = as_str(s).chars();
    let ok = chars.next().is_some_and(unicode::is_xid_start) && chars.all(unicode::is_xid_continue);
    bool_obj(ok)
}

/// `s.islower()`: a lowercase character and no uppercase or titlecase one.
#[no_mangle]
pub extern "C" fn pyaot_str_islower(s: Obj) -> Obj {
    let t = as_str(s);
    if t.is_ascii() {
        let b = t.as_bytes();
        return bool_obj(
            !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase),
        );
    }
    let mut cased = false;
    for c in t.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            return bool_obj(false);
        }
        cased = cased || unicode::is_lower(c);
    }
    bool_obj(cased)
}

/// `s.isupper()`: an uppercase character and no lowercase or titlecase one.
#[no_mangle]
pub extern "C" fn pyaot_str_isupper(s: Obj) -> Obj {
    let t = as_str(s);
    if t.is_ascii() {
        let b = t.as_bytes();
        return bool_obj(
            !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase),
        );
    }
    let mut cased = false;
    for c in t.chars() {
        if unicode::is_lower(c) || unicode::is_title(c) {
            return bool_obj(false);
        }
        cased = cased || unicode::is_upper(c);
    }
    bool_obj(cased)
}

/// `s.istitle()`.
#[no_mangle]
pub extern "C" fn pyaot_str_istitle(s: Obj) -> Obj {
    let (mut cased, mut previous_cased) = (false, false);
    for c in as_str(s).chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if previous_cased {
                return bool_obj(false);
            }
            previous_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !previous_cased {
                return bool_obj(false);
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    bool_obj(cased)
}
