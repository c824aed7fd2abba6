//! Character properties and case mappings exactly as CPython 3.11's str methods
//! define them (Unicode 14.0), read from the generated `unicode_tables`.
//!
//! Rust's `char` methods follow a newer Unicode and other definitions (its
//! `is_alphabetic` is the Alphabetic property, CPython's `isalpha` the L* categories;
//! it has no titlecase, casefold or XID), so the runtime uses none of them for
//! Python semantics. Each table is a separate static: a program links only those
//! its methods read (`str_hooks` explains how the methods themselves are linked).

use crate::unicode_tables as t;

/// Whether `c` is in a run table (`unicode_tables`' set encoding).
fn in_set(table: &[u32], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&e| e >> 11 <= c);
    if i == 0 {
        return false;
    }
    let e = table[i - 1];
    let off = c - (e >> 11);
    let count = (e >> 1 & 0x3ff) + 1;
    if e & 1 == 0 {
        off < count
    } else {
        off & 1 == 0 && off / 2 < count
    }
}

/// `str.isalpha` of one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_set(&t::ALPHA, c)
}

/// `str.isdecimal` of one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_set(&t::DECIMAL, c)
}

/// `str.isdigit` of one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_set(&t::DIGIT, c)
}

/// `str.isnumeric` of one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_set(&t::NUMERIC, c)
}

/// `str.isalnum` of one character: alpha, decimal, digit or numeric (the last
/// includes the other two).
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_numeric(c)
}

/// `str.isspace` of one character: the ASCII whitespace, U+001C..U+001F (the
/// information separators, which CPython counts as bidi B/S), and the rest of
/// Unicode's spaces.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
    in_set(&t::SPACE, c)
}

/// `str.isprintable` of one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' '..='~');
    }
    in_set(&t::PRINTABLE, c)
}

/// The Lowercase property (`str.islower` of one character).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_set(&t::LOWER, c)
}

/// The Uppercase property (`str.isupper` of one character).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_set(&t::UPPER, c)
}

/// A titlecase letter (category Lt, such as U+01C5 'ǅ').
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_set(&t::TITLE, c)
}

/// Cased: Lowercase, Uppercase or Lt.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_set(&t::CASED, c)
}

/// Case_Ignorable (apostrophes, combining marks, modifier letters, ...).
pub fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_set(&t::CASE_IGNORABLE, c)
}

/// XID_Start, or '_': what an identifier may start with.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_set(&t::XID_START, c)
}

/// XID_Continue: what the rest of an identifier may hold.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_set(&t::XID_CONTINUE, c)
}

/// A line boundary of `str.splitlines` (`\r\n` is handled by the caller).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// One character's case mapping: one to three characters.
#[derive(Clone, Copy)]
pub struct Mapped {
    chars: [char; 3],
    len: u8,
}

impl Mapped {
    /// Just `c`.
    pub fn one(c: char) -> Self {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
        }
    }

    /// The characters.
    pub fn as_slice(&self) -> &[char] {
        &self.chars[..self.len as usize]
    }
}

/// A case mapping applied to the characters of a text in turn. It remembers where
/// its last lookup landed in the table: neighbouring characters mostly fall in the
/// same run or gap of it (one script, one case), so most lookups skip the search.
pub struct Mapper {
    table: &'static [(u32, i32)],
    special: &'static [[u16; 3]],
    /// How ASCII maps: to upper (upper, title) or lower case (lower, casefold).
    ascii_upper: bool,
    /// The number of runs starting at or below the last character looked up.
    at: usize,
}

impl Mapper {
    /// `str.upper` (SpecialCasing included: 'ß' → "SS").
    pub fn upper() -> Self {
        Mapper::new(&t::UPPER_MAP, &t::UPPER_MAP_SPECIAL, true)
    }

    /// `str.lower` without the final-sigma context (U+03A3 maps to U+03C3; the
    /// caller decides about 'ς').
    pub fn lower() -> Self {
        Mapper::new(&t::LOWER_MAP, &t::LOWER_MAP_SPECIAL, false)
    }

    /// The titlecase mapping (`str.title`, `str.capitalize`: 'ǆ' → 'ǅ', 'ß' → "Ss").
    pub fn title() -> Self {
        Mapper::new(&t::TITLE_MAP, &t::TITLE_MAP_SPECIAL, true)
    }

    /// `str.casefold`.
    pub fn fold() -> Self {
        Mapper::new(&t::FOLD_MAP, &t::FOLD_MAP_SPECIAL, false)
    }

    fn new(table: &'static [(u32, i32)], special: &'static [[u16; 3]], ascii_upper: bool) -> Self {
        Mapper {
            table,
            special,
            ascii_upper,
            at: 0,
        }
    }

    /// The mapping of `c`.
    #[inline]
    pub fn map(&mut self, c: char) -> Mapped {
        if c.is_ascii() {
            return Mapped::one(if self.ascii_upper {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
        }
        let cp = c as u32;
        let t = self.table;
        let start = |i: usize| t[i].0 >> 11;
        let p = self.at;
        let hint_holds = (p == 0 || start(p - 1) <= cp) && (p == t.len() || start(p) > cp);
        if !hint_holds {
            self.at = t.partition_point(|&(e, _)| e >> 11 <= cp);
        }
        let Some(&(e, v)) = self.at.checked_sub(1).map(|i| &t[i]) else {
            return Mapped::one(c);
        };
        let off = cp - (e >> 11);
        let count = (e >> 1 & 0x3ff) + 1;
        let hit = if e & 1 == 0 {
            off < count
        } else {
            off & 1 == 0 && off / 2 < count
        };
        if !hit {
            return Mapped::one(c);
        }
        if v < t::SPECIAL {
            return Mapped::one(char::from_u32(cp.wrapping_add(v as u32)).unwrap_or(c));
        }
        let mut m = Mapped {
            chars: ['\0'; 3],
            len: 0,
        };
        for u in self.special[(v - t::SPECIAL) as usize] {
            if u != 0 {
                // The generator checked these are BMP scalar values.
                m.chars[m.len as usize] = char::from_u32(u as u32).unwrap_or('\u{fffd}');
                m.len += 1;
            }
        }
        m
    }
}
