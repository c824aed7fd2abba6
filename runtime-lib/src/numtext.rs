//! The ASCII form of numeric text, as CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`: `int()` and `float()` accept any
//! Unicode decimal digit (Arabic-Indic, Devanagari, fullwidth, ...) and any Unicode
//! whitespace; other non-ASCII characters become `?`, which no parser accepts.

use crate::object::Obj;
use crate::str as pystr;

/// The code point of digit zero of every run of ten Unicode decimal digits
/// (general category Nd, Unicode 14.0 as in CPython 3.11).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DIGIT_ZEROS.partition_point(|&z| z <= c);
    let zero = *DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

fn ascii_of(c: char) -> u8 {
    if c.is_ascii() {
        c as u8
    } else if let Some(d) = decimal_value(c) {
        b'0' + d as u8
    } else if pystr::is_space(c) {
        b' '
    } else {
        b'?'
    }
}

/// `s` itself when ASCII, else a new str with one ASCII byte per code point;
/// 0 with MemoryError pending.
pub fn ascii_numeric(s: Obj) -> Obj {
    if pystr::as_bytes(s).is_ascii() {
        return s;
    }
    let n = pystr::char_len(s);
    let t = pystr::alloc(n);
    if t == 0 {
        return 0;
    }
    for (d, c) in pystr::data_mut(t).iter_mut().zip(pystr::as_str(s).chars()) {
        *d = ascii_of(c);
    }
    pystr::seal(t)
}
