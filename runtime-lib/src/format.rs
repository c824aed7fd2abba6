//! `format(value, spec)`: the format-spec mini-language of CPython 3.11 for ints,
//! bools, floats and strs (`[[fill]align][sign][z][#][0][width][,|_][.precision]
//! [type]`), with CPython's error messages. f-strings with a spec and the builtin
//! `format` both come through [`format_value`] (the `pyaot_format` entry point).
//!
//! Numbers are laid out as CPython's `calc_number_widths`/`fill_number`: padding,
//! sign, prefix, padding (`=`), the integer digits with their separators (and the
//! zero padding of `0`/`0=`), decimal point, the rest (fraction, exponent, `%`),
//! padding.

use crate::bigint::radix;
use crate::exc;
use crate::float;
use crate::float_fmt::{self, Style, Text};
use crate::int;
use crate::object::{self, type_of, Obj};
use crate::str as pystr;

/// A parsed format spec.
#[derive(Clone, Copy)]
struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alternate: bool,
    width: Option<usize>,
    /// ',' or '_' (0 for none).
    grouping: u8,
    /// Digits per group: 3, or 4 for `_` in bases 2, 8 and 16.
    group_size: usize,
    precision: Option<usize>,
    ty: char,
}

fn value_error(msg: core::fmt::Arguments) -> Result<Spec, ()> {
    exc::value_error(msg);
    Err(())
}

/// A run of ASCII digits at `*pos` as CPython's `get_integer`: `Ok(None)` when there
/// are none, ValueError beyond `Py_ssize_t` on 64-bit builds.
fn get_integer(s: &[char], pos: &mut usize) -> Result<Option<usize>, ()> {
    let start = *pos;
    let mut v: u64 = 0;
    while let Some(d) = s.get(*pos).and_then(|c| c.to_digit(10)) {
        if v > (i64::MAX as u64 - d as u64) / 10 {
            exc::value_error(format_args!("Too many decimal digits in format string"));
            return Err(());
        }
        v = v * 10 + d as u64;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    // A width or precision no memory can hold fails later, as MemoryError.
    Ok(Some(usize::try_from(v).unwrap_or(usize::MAX)))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// The most characters a spec can have that we parse on the stack; longer specs are
/// always invalid (or absurd widths), and are rejected the same way.
const MAX_SPEC: usize = 64;

/// `parse_internal_render_format_spec`.
fn parse(text: &str, type_name: &str, default_type: char, default_align: char) -> Result<Spec, ()> {
    let mut chars = ['\0'; MAX_SPEC];
    let mut n = 0;
    for c in text.chars() {
        if n == MAX_SPEC {
            return value_error(format_args!(
                "Invalid format specifier '{}' for object of type '{}'",
                text, type_name
            ));
        }
        chars[n] = c;
        n += 1;
    }
    let s = &chars[..n];
    let mut spec = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: 0,
        group_size: 3,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let (mut fill_specified, mut align_specified) = (false, false);
    if n >= 2 && is_align(s[1]) {
        spec.align = s[1];
        spec.fill = s[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if n >= 1 && is_align(s[0]) {
        spec.align = s[0];
        align_specified = true;
        pos = 1;
    }
    if pos < n && matches!(s[pos], '+' | '-' | ' ') {
        spec.sign = s[pos];
        pos += 1;
    }
    if pos < n && s[pos] == 'z' {
        spec.no_neg_0 = true;
        pos += 1;
    }
    if pos < n && s[pos] == '#' {
        spec.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < n && s[pos] == '0' {
        spec.fill = '0';
        if !align_specified && default_align == '>' {
            spec.align = '=';
        }
        pos += 1;
    }
    spec.width = get_integer(s, &mut pos)?;
    if pos < n && s[pos] == ',' {
        spec.grouping = b',';
        pos += 1;
    }
    if pos < n && s[pos] == '_' {
        if spec.grouping != 0 {
            return value_error(format_args!("Cannot specify both ',' and '_'."));
        }
        spec.grouping = b'_';
        pos += 1;
    }
    if pos < n && s[pos] == ',' && spec.grouping == b'_' {
        return value_error(format_args!("Cannot specify both ',' and '_'."));
    }
    if pos < n && s[pos] == '.' {
        pos += 1;
        spec.precision = get_integer(s, &mut pos)?;
        if spec.precision.is_none() {
            return value_error(format_args!("Format specifier missing precision"));
        }
    }
    if n - pos > 1 {
        return value_error(format_args!(
            "Invalid format specifier '{}' for object of type '{}'",
            text, type_name
        ));
    }
    if n - pos == 1 {
        spec.ty = s[pos];
    }
    if spec.grouping != 0 {
        match spec.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if spec.grouping == b'_' => spec.group_size = 4,
            t => {
                return value_error(format_args!(
                    "Cannot specify '{}' with '{}'.",
                    spec.grouping as char,
                    Escaped(t)
                ))
            }
        }
    }
    Ok(spec)
}

/// A presentation type as CPython's messages print it: the character when it is
/// printable ASCII, else `\x..`.
struct Escaped(char);

impl core::fmt::Display for Escaped {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let c = self.0 as u32;
        if c > 32 && c < 128 {
            write!(f, "{}", self.0)
        } else {
            write!(f, "\\x{:x}", c)
        }
    }
}

fn unknown_type(ty: char, type_name: &str) -> Obj {
    exc::value_error(format_args!(
        "Unknown format code '{}' for object of type '{}'",
        Escaped(ty),
        type_name
    ))
}

/// `format(value, spec)` for a str `spec`.
pub fn format_value(v: Obj, spec: Obj) -> Obj {
    let text = pystr::as_str(spec);
    if int::is_int(v) {
        if text.is_empty() {
            return object::str_of(v);
        }
        return format_int(v, text);
    }
    if float::is_float(v) {
        if text.is_empty() {
            return object::str_of(v);
        }
        return format_float(float::value(v), text, "float");
    }
    if pystr::is_str(v) {
        if text.is_empty() {
            return v;
        }
        return format_str(v, text);
    }
    if text.is_empty() {
        return object::str_of(v);
    }
    exc::type_error(format_args!(
        "unsupported format string passed to {}.__format__",
        type_of(v).name
    ))
}

/// `(value, spec)`: `format(value, spec)`; spec must be a str.
#[no_mangle]
pub extern "C" fn pyaot_format(v: Obj, spec: Obj) -> Obj {
    if !pystr::is_str(spec) {
        return exc::type_error(format_args!(
            "format() argument 2 must be str, not {}",
            type_of(spec).name
        ));
    }
    format_value(v, spec)
}

// ---------------------------------------------------------------------------------
// str

fn format_str(v: Obj, text: &str) -> Obj {
    let Ok(spec) = parse(text, type_of(v).name, 's', '<') else {
        return 0;
    };
    if spec.ty != 's' {
        return unknown_type(spec.ty, type_of(v).name);
    }
    let err = |m: &str| exc::value_error(format_args!("{}", m));
    if spec.sign == ' ' {
        return err("Space not allowed in string format specifier");
    }
    if spec.sign != '\0' {
        return err("Sign not allowed in string format specifier");
    }
    if spec.no_neg_0 {
        return err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == '=' {
        return err("'=' alignment not allowed in string format specifier");
    }
    let mut nchars = pystr::char_len(v);
    if let Some(p) = spec.precision {
        nchars = nchars.min(p);
    }
    let total = spec.width.unwrap_or(0).max(nchars);
    let pad = total - nchars;
    let left = match spec.align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let nbytes = byte_offset(pystr::as_str(v), nchars);
    let fill_len = spec.fill.len_utf8();
    let Some(size) = pad
        .checked_mul(fill_len)
        .and_then(|p| p.checked_add(nbytes))
    else {
        return exc::memory_error();
    };
    let s = pystr::alloc(size);
    if s == 0 {
        return 0;
    }
    let out = pystr::data_mut(s);
    let mut at = put_fill(out, 0, spec.fill, left);
    out[at..at + nbytes].copy_from_slice(&pystr::as_bytes(v)[..nbytes]);
    at += nbytes;
    put_fill(out, at, spec.fill, pad - left);
    pystr::seal(s)
}

/// The byte offset of code point `n` in `t`.
fn byte_offset(t: &str, n: usize) -> usize {
    t.char_indices().nth(n).map_or(t.len(), |(i, _)| i)
}

/// Writes `count` copies of `fill` at `out[at..]`; returns the new position.
fn put_fill(out: &mut [u8], mut at: usize, fill: char, count: usize) -> usize {
    let mut b = [0u8; 4];
    let f = fill.encode_utf8(&mut b).as_bytes();
    for _ in 0..count {
        out[at..at + f.len()].copy_from_slice(f);
        at += f.len();
    }
    at
}

// ---------------------------------------------------------------------------------
// Numbers

/// A number's text split as CPython's `parse_number` splits it.
struct Parts<'a> {
    negative: bool,
    prefix: &'a [u8],
    digits: &'a [u8],
    decimal: bool,
    rest: &'a [u8],
}

/// Splits `[-][prefix]digits[.rest]`: for an int's text (`int_text`) everything
/// after the prefix is digits; for a float's, the leading decimal digits.
fn split_number(text: &[u8], prefix_len: usize, int_text: bool) -> Parts<'_> {
    let (negative, t) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        _ => (false, text),
    };
    let (prefix, t) = t.split_at(prefix_len.min(t.len()));
    let nd = if int_text {
        t.len()
    } else {
        t.iter().take_while(|c| c.is_ascii_digit()).count()
    };
    let (digits, rest) = t.split_at(nd);
    let decimal = rest.first() == Some(&b'.');
    let rest = if decimal { &rest[1..] } else { rest };
    Parts {
        negative,
        prefix,
        digits,
        decimal,
        rest,
    }
}

/// The integer digits with separators and zero padding, written right to left into
/// the end of `out` when given, as CPython's `_PyUnicode_InsertThousandsGrouping`;
/// returns their length.
fn group(
    digits: &[u8],
    mut min_width: isize,
    size: usize,
    sep: u8,
    mut out: Option<&mut [u8]>,
) -> usize {
    let mut remaining = digits.len() as isize;
    let mut count = 0usize;
    let mut emit = |n_zeros: isize, n_chars: isize, use_sep: bool, remaining: isize| {
        let (n_zeros, n_chars) = (n_zeros.max(0) as usize, n_chars.max(0) as usize);
        if let Some(out) = out.as_deref_mut() {
            let mut end = out.len() - count;
            if use_sep {
                out[end - 1] = sep;
                end -= 1;
            }
            let from = remaining as usize - n_chars;
            out[end - n_chars..end].copy_from_slice(&digits[from..from + n_chars]);
            end -= n_chars;
            out[end - n_zeros..end].fill(b'0');
        }
        count += use_sep as usize + n_zeros + n_chars;
    };
    if size == 0 || sep == 0 {
        let l = remaining.max(min_width).max(1);
        emit(l - remaining, remaining, false, remaining);
        return count;
    }
    let mut use_sep = false;
    loop {
        let l = (size as isize).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        emit(n_zeros, n_chars, use_sep, remaining);
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    count
}

/// Lays out a number's parts per `spec` into a new str. `parts` is called again
/// after the allocation (the text it splits may live in a heap object).
fn assemble(spec: &Spec, upper: bool, parts: &dyn Fn() -> Parts<'static>) -> Obj {
    let p = parts();
    let sign = match spec.sign {
        '+' => Some(if p.negative { b'-' } else { b'+' }),
        ' ' => Some(if p.negative { b'-' } else { b' ' }),
        _ => p.negative.then_some(b'-'),
    };
    let leading = sign.is_some() as usize + p.prefix.len();
    let width = spec
        .width
        .map_or(-1, |w| w.min(isize::MAX as usize) as isize);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - (leading + p.decimal as usize + p.rest.len()) as isize
    } else {
        0
    };
    let sep = if spec.grouping == 0 { 0 } else { spec.grouping };
    let grouped = if p.digits.is_empty() {
        0
    } else {
        group(p.digits, min_width, spec.group_size, sep, None)
    };
    let body = leading + grouped + p.decimal as usize + p.rest.len();
    let padding = (width - body as isize).max(0) as usize;
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let Some(size) = padding
        .checked_mul(spec.fill.len_utf8())
        .and_then(|f| f.checked_add(body))
    else {
        return exc::memory_error();
    };
    let s = pystr::alloc(size);
    if s == 0 {
        return 0;
    }
    let p = parts();
    let out = pystr::data_mut(s);
    let mut at = put_fill(out, 0, spec.fill, left);
    if let Some(c) = sign {
        out[at] = c;
        at += 1;
    }
    for &c in p.prefix {
        out[at] = if upper { c.to_ascii_uppercase() } else { c };
        at += 1;
    }
    at = put_fill(out, at, spec.fill, middle);
    if grouped > 0 {
        group(
            p.digits,
            min_width,
            spec.group_size,
            sep,
            Some(&mut out[at..at + grouped]),
        );
        if upper {
            out[at..at + grouped].make_ascii_uppercase();
        }
        at += grouped;
    }
    if p.decimal {
        out[at] = b'.';
        at += 1;
    }
    out[at..at + p.rest.len()].copy_from_slice(p.rest);
    at += p.rest.len();
    put_fill(out, at, spec.fill, right);
    pystr::seal(s)
}

fn format_int(v: Obj, text: &str) -> Obj {
    let type_name = type_of(v).name;
    let Ok(spec) = parse(text, type_name, 'd', '>') else {
        return 0;
    };
    match spec.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return match int::to_f64(v) {
                Ok(x) => float_with_spec(x, &spec),
                Err(()) => 0,
            };
        }
        t => return unknown_type(t, type_name),
    }
    if spec.precision.is_some() {
        return exc::value_error(format_args!(
            "Precision not allowed in integer format specifier"
        ));
    }
    if spec.no_neg_0 {
        return exc::value_error(format_args!(
            "Negative zero coercion (z) not allowed in integer format specifier"
        ));
    }
    if spec.ty == 'c' {
        return format_char(v, &spec);
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let digits = radix::to_str(v, base, prefix, false);
    if digits == 0 {
        return 0;
    }
    let r = assemble(&spec, spec.ty == 'X', &|| {
        split_number(pystr::as_bytes(digits), prefix.len(), true)
    });
    core::hint::black_box(digits);
    r
}

fn format_char(v: Obj, spec: &Spec) -> Obj {
    if spec.sign != '\0' {
        return exc::value_error(format_args!(
            "Sign not allowed with integer format specifier 'c'"
        ));
    }
    if spec.alternate {
        return exc::value_error(format_args!(
            "Alternate form (#) not allowed with integer format specifier 'c'"
        ));
    }
    // CPython reads a C long (64-bit on the builds pyaot follows) first.
    let Some(x) = crate::bigint::to_i128(v).filter(|x| i64::try_from(*x).is_ok()) else {
        return exc::overflow_error(format_args!("Python int too large to convert to C long"));
    };
    let Some(c) = u32::try_from(x).ok().filter(|&x| x < 0x110000) else {
        return exc::overflow_error(format_args!("%c arg not in range(0x110000)"));
    };
    let Some(c) = char::from_u32(c) else {
        // Lone surrogates cannot be held in UTF-8 strs.
        return exc::value_error(format_args!("surrogate code points are not supported"));
    };
    let mut b = [0u8; 4];
    let len = c.encode_utf8(&mut b).len();
    let mut spec = *spec;
    // Char "digits" are copied as the rest: they take no separators or zero padding.
    spec.grouping = 0;
    assemble(&spec, false, &|| Parts {
        negative: false,
        prefix: &[],
        digits: &[],
        decimal: false,
        // SAFETY: `b` outlives both calls of this closure inside `assemble`.
        rest: unsafe { core::slice::from_raw_parts(b.as_ptr(), len) },
    })
}

fn format_float(x: f64, text: &str, type_name: &str) -> Obj {
    let Ok(spec) = parse(text, type_name, '\0', '>') else {
        return 0;
    };
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => float_with_spec(x, &spec),
        t => unknown_type(t, type_name),
    }
}

/// CPython's `format_float_internal`.
fn float_with_spec(x: f64, spec: &Spec) -> Obj {
    let mut style = Style {
        code: b'g',
        precision: 6,
        upper: false,
        add_dot_0: false,
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
    };
    let mut x = x;
    let mut percent = false;
    let mut default_precision = 6;
    match spec.ty {
        '\0' => {
            style.add_dot_0 = true;
            style.code = b'r';
            default_precision = 0;
        }
        'n' | 'g' => style.code = b'g',
        'G' => (style.code, style.upper) = (b'g', true),
        'e' => style.code = b'e',
        'E' => (style.code, style.upper) = (b'e', true),
        'f' => style.code = b'f',
        'F' => (style.code, style.upper) = (b'f', true),
        _ => {
            style.code = b'f';
            x *= 100.0;
            percent = true;
        }
    }
    match spec.precision {
        None => style.precision = default_precision,
        Some(p) => {
            if p > i32::MAX as usize {
                return exc::value_error(format_args!("precision too big"));
            }
            style.precision = p;
            if style.code == b'r' {
                style.code = b'g';
            }
        }
    }
    let Ok(t) = Text::capture(|w| {
        if float_fmt::write_float(x, style, w).is_err() {
            return Err(core::fmt::Error);
        }
        if percent {
            w.write_char('%')?;
        }
        Ok(())
    }) else {
        return 0;
    };
    let r = match &t {
        Text::Stack(_) => {
            let bytes: &'static [u8] =
                // SAFETY: `t` lives on this frame until `assemble` returns.
                unsafe { core::slice::from_raw_parts(t.bytes().as_ptr(), t.bytes().len()) };
            assemble(spec, false, &|| split_number(bytes, 0, false))
        }
        Text::Heap(s, n) => {
            let (s, n) = (*s, *n);
            assemble(spec, false, &|| {
                split_number(&pystr::as_bytes(s)[..n], 0, false)
            })
        }
    };
    core::hint::black_box(&t);
    r
}
