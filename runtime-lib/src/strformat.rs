//! printf-style `str % args` and `str.format(...)`, both turning each field into a
//! format spec for `format::format_value`, with CPython's error messages.

use crate::exc;
use crate::format::format_value;
use crate::object::{self, is_type, type_of, Obj};
use crate::{dict, float, int, list, str as pystr, tuple};

/// Collects the pieces of a result; `finish` concatenates them.
struct Pieces {
    list: Obj,
}

impl Pieces {
    fn new() -> Option<Pieces> {
        let list = list::with_capacity(8);
        (list != 0).then_some(Pieces { list })
    }

    fn push(&mut self, s: Obj) -> Result<(), ()> {
        if s == 0 {
            return Err(());
        }
        list::push(self.list, s)
    }

    fn text(&mut self, t: &str) -> Result<(), ()> {
        if t.is_empty() {
            return Ok(());
        }
        let s = pystr::from_str(t);
        self.push(s)
    }

    fn finish(self) -> Obj {
        let items = list::items(self.list);
        crate::types::pyaot_str_concat(items.as_ptr(), items.len())
    }
}

fn spec_obj(spec: &str) -> Obj {
    pystr::from_str(spec)
}

// ---- str % args ----

/// `fmt % args`.
pub fn percent(fmt: Obj, args: Obj) -> Obj {
    let text = pystr::as_str(fmt);
    // A tuple gives the arguments; anything else is the one argument (a dict is also
    // the mapping for %(key) fields).
    let single = [args];
    let (positional, mapping): (&[Obj], Obj) = if is_type(args, &tuple::TYPE_TUPLE) {
        (tuple::items(args), 0)
    } else if is_type(args, &dict::TYPE_DICT) {
        (&single, args)
    } else {
        (&single, 0)
    };
    let Some(mut out) = Pieces::new() else {
        return 0;
    };
    let mut next = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'%' {
            i += 1;
            continue;
        }
        if out.text(&text[lit_start..i]).is_err() {
            return 0;
        }
        let field_start = i;
        i += 1;
        // %(key)
        let mut key: Option<&str> = None;
        if i < bytes.len() && bytes[i] == b'(' {
            let Some(close) = text[i..].find(')') else {
                return exc::value_error(format_args!("incomplete format key"));
            };
            key = Some(&text[i + 1..i + close]);
            i += close + 1;
        }
        let mut flags = [false; 5]; // - + space # 0
        while i < bytes.len() {
            match bytes[i] {
                b'-' => flags[0] = true,
                b'+' => flags[1] = true,
                b' ' => flags[2] = true,
                b'#' => flags[3] = true,
                b'0' => flags[4] = true,
                _ => break,
            }
            i += 1;
        }
        let take_arg = |next: &mut usize| -> Option<Obj> {
            let v = positional.get(*next).copied();
            *next += 1;
            v
        };
        let mut width: Option<usize> = None;
        if i < bytes.len() && bytes[i] == b'*' {
            let Some(w) = take_arg(&mut next) else {
                return exc::type_error(format_args!("not enough arguments for format string"));
            };
            match int::value(w) {
                Some(v) if v < 0 => {
                    flags[0] = true;
                    width = Some(v.unsigned_abs());
                }
                Some(v) => width = Some(v as usize),
                None => return exc::type_error(format_args!("* wants int")),
            }
            i += 1;
        } else {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                width = text[s..i].parse().ok();
            }
        }
        let mut precision: Option<usize> = None;
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
            if i < bytes.len() && bytes[i] == b'*' {
                let Some(p) = take_arg(&mut next) else {
                    return exc::type_error(format_args!("not enough arguments for format string"));
                };
                precision = int::value(p).map(|v| v.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                precision = Some(text[s..i].parse().unwrap_or(0));
            }
        }
        while i < bytes.len() && matches!(bytes[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(conv) = text[i..].chars().next() else {
            return exc::value_error(format_args!("incomplete format"));
        };
        i += conv.len_utf8();
        lit_start = i;
        if conv == '%' && key.is_none() {
            if out.text("%").is_err() {
                return 0;
            }
            continue;
        }
        let value = match key {
            Some(k) => {
                if mapping == 0 {
                    return exc::type_error(format_args!("format requires a mapping"));
                }
                let kobj = pystr::from_str(k);
                if kobj == 0 {
                    return 0;
                }
                match dict::lookup(mapping, kobj) {
                    Ok(Some(v)) => v,
                    Ok(None) => return exc::key_error(kobj),
                    Err(()) => return 0,
                }
            }
            None => match take_arg(&mut next) {
                Some(v) => v,
                None => {
                    return exc::type_error(format_args!("not enough arguments for format string"))
                }
            },
        };
        let piece = convert(value, conv, flags, width, precision, field_start, &mut out);
        if piece.is_err() {
            return 0;
        }
    }
    if out.text(&text[lit_start..]).is_err() {
        return 0;
    }
    if mapping == 0 && next < positional.len() {
        return exc::type_error(format_args!(
            "not all arguments converted during string formatting"
        ));
    }
    out.finish()
}

/// One `%` conversion, appended to `out`.
fn convert(
    v: Obj,
    conv: char,
    flags: [bool; 5],
    width: Option<usize>,
    precision: Option<usize>,
    at: usize,
    out: &mut Pieces,
) -> Result<(), ()> {
    let [left, plus, space, alt, zero] = flags;
    let mut spec = String16::new();
    let text_pad = |s: Obj, out: &mut Pieces| -> Result<(), ()> {
        // Strings: precision truncates, width pads (right-aligned unless `-`).
        let mut sp = String16::new();
        sp.push(if left { '<' } else { '>' });
        if let Some(w) = width {
            sp.num(w);
        }
        if let Some(p) = precision {
            sp.push('.');
            sp.num(p);
        }
        let s = if s == 0 { return Err(()) } else { s };
        out.push(format_value(s, spec_obj(sp.as_str())))
    };
    match conv {
        's' => text_pad(object::str_of(v), out),
        'r' => text_pad(object::repr(v), out),
        'a' => text_pad(crate::print::ascii_of(v), out),
        'c' => {
            let s = if pystr::is_str(v) && pystr::char_len(v) == 1 {
                v
            } else if let Some(n) = int::value(v) {
                match char::from_u32(n as u32) {
                    Some(c) if n >= 0 => pystr::from_char(c),
                    _ => {
                        exc::overflow_error(format_args!("%c arg not in range(0x110000)"));
                        return Err(());
                    }
                }
            } else {
                exc::type_error(format_args!("%c requires int or char"));
                return Err(());
            };
            text_pad(s, out)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let integer = matches!(conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X');
            let number = if int::is_int(v) {
                v
            } else if float::is_float(v) {
                if matches!(conv, 'o' | 'x' | 'X') {
                    exc::type_error(format_args!(
                        "%{} format: an integer is required, not float",
                        conv
                    ));
                    return Err(());
                }
                if integer {
                    crate::print::pyaot_builtin_int(&v, 1)
                } else {
                    v
                }
            } else {
                let what = if integer && !matches!(conv, 'd' | 'i' | 'u') {
                    "an integer is"
                } else {
                    "a real number is"
                };
                exc::type_error(format_args!(
                    "%{} format: {} required, not {}",
                    conv,
                    what,
                    type_of(v).name
                ));
                return Err(());
            };
            if number == 0 {
                return Err(());
            }
            if left {
                spec.push('<');
            }
            if plus {
                spec.push('+');
            } else if space {
                spec.push(' ');
            }
            if alt && matches!(conv, 'o' | 'x' | 'X') {
                spec.push('#');
            }
            if zero && !left {
                spec.push('0');
            }
            if let Some(w) = width {
                spec.num(w);
            }
            if !integer {
                spec.push('.');
                spec.num(precision.unwrap_or(6));
            }
            spec.push(match conv {
                'i' | 'u' => 'd',
                c => c,
            });
            out.push(format_value(number, spec_obj(spec.as_str())))
        }
        other => {
            exc::value_error(format_args!(
                "unsupported format character '{}' ({:#x}) at index {}",
                other,
                other as u32,
                at + 1
            ));
            Err(())
        }
    }
}

/// A tiny fixed buffer for building format specs without allocating.
struct String16 {
    buf: [u8; 48],
    len: usize,
}

impl String16 {
    fn new() -> Self {
        String16 {
            buf: [0; 48],
            len: 0,
        }
    }
    fn push(&mut self, c: char) {
        let mut b = [0u8; 4];
        for &x in c.encode_utf8(&mut b).as_bytes() {
            if self.len < self.buf.len() {
                self.buf[self.len] = x;
                self.len += 1;
            }
        }
    }
    fn num(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut k = 0;
        loop {
            digits[k] = b'0' + (n % 10) as u8;
            k += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while k > 0 {
            k -= 1;
            self.push(digits[k] as char);
        }
    }
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

// ---- str.format ----

/// Where replacement fields take their values from.
struct Fields<'a> {
    /// Positional arguments (`{0}`, `{}`).
    pos: &'a [Obj],
    /// Keyword argument names and values (`{name}`).
    names: &'a [Obj],
    kwvals: &'a [Obj],
    /// `format_map`'s mapping (`{name}` is `mapping[name]`), or 0.
    mapping: Obj,
}

/// `s.format(*pos, **kw)`.
pub fn format_method(s: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    pyaot_str_format(s, pos.as_ptr(), pos.len(), kwnames, kwvals.as_ptr())
}

/// `(s, pos*, npos, kwnames, kwvals*)`: `s.format(*pos, **kw)` (one value in
/// `kwvals` per name in the tuple `kwnames`, or 0 for none), for the hook the
/// compiler defines in programs that spell `format` (`pyaot_abi::STR_FORMAT_HOOKS`).
#[no_mangle]
pub extern "C" fn pyaot_str_format(
    s: Obj,
    pos: *const Obj,
    npos: usize,
    kwnames: Obj,
    kwvals: *const Obj,
) -> Obj {
    let pos = crate::tuple::word_slice(pos, npos);
    let nk = if kwnames == 0 {
        0
    } else {
        crate::tuple::len(kwnames)
    };
    let kwvals = crate::tuple::word_slice(kwvals, nk);
    let names = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let fields = Fields {
        pos,
        names,
        kwvals,
        mapping: 0,
    };
    render_all(pystr::as_str(s), &fields)
}

/// `s.format_map(mapping)`: named fields are `mapping[name]`; positional ones are
/// an error.
pub fn format_map(s: Obj, mapping: Obj) -> Obj {
    pyaot_str_format_map(s, mapping)
}

/// `(s, mapping)`: `s.format_map(mapping)`, for the hook the compiler defines in
/// programs that spell `format_map` (`pyaot_abi::STR_FORMAT_HOOKS`).
#[no_mangle]
pub extern "C" fn pyaot_str_format_map(s: Obj, mapping: Obj) -> Obj {
    let fields = Fields {
        pos: &[],
        names: &[],
        kwvals: &[],
        mapping,
    };
    render_all(pystr::as_str(s), &fields)
}

fn render_all(text: &str, fields: &Fields) -> Obj {
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    render(text, fields, &mut auto, &mut manual, &mut automatic, 0)
}

fn render(
    text: &str,
    fields: &Fields,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
    depth: u32,
) -> Obj {
    if depth > 2 {
        return exc::value_error(format_args!("Max string recursion exceeded"));
    }
    let Some(mut out) = Pieces::new() else {
        return 0;
    };
    let b = text.as_bytes();
    let (mut i, mut lit) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'{' if i + 1 < b.len() && b[i + 1] == b'{' => {
                if out.text(&text[lit..=i]).is_err() {
                    return 0;
                }
                i += 2;
                lit = i;
            }
            b'}' if i + 1 < b.len() && b[i + 1] == b'}' => {
                if out.text(&text[lit..=i]).is_err() {
                    return 0;
                }
                i += 2;
                lit = i;
            }
            b'}' => {
                return exc::value_error(format_args!("Single '}}' encountered in format string"))
            }
            b'{' => {
                if out.text(&text[lit..i]).is_err() {
                    return 0;
                }
                // The field runs to the matching '}' (specs may nest one level).
                let mut level = 1;
                let mut j = i + 1;
                while j < b.len() {
                    match b[j] {
                        b'{' => level += 1,
                        b'}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= b.len() {
                    return exc::value_error(format_args!("expected '}}' before end of string"));
                }
                let field = &text[i + 1..j];
                let r = field_value(field, fields, auto, manual, automatic, depth);
                if r == 0 || out.push(r).is_err() {
                    return 0;
                }
                i = j + 1;
                lit = i;
            }
            _ => i += 1,
        }
    }
    if out.text(&text[lit..]).is_err() {
        return 0;
    }
    out.finish()
}

fn field_value(
    field: &str,
    fields: &Fields,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
    depth: u32,
) -> Obj {
    // name[.attr|[key]]*[!conv][:spec]
    let (head, spec) = match field.find(':') {
        Some(k) => (&field[..k], &field[k + 1..]),
        None => (field, ""),
    };
    let (path, conv) = match head.find('!') {
        Some(k) => (&head[..k], head[k + 1..].chars().next()),
        None => (head, None),
    };
    let name_end = path.find(['.', '[']).unwrap_or(path.len());
    let name = &path[..name_end];
    let mut v = if name.is_empty() {
        if *manual {
            return exc::value_error(format_args!(
                "cannot switch from manual field specification to automatic field numbering"
            ));
        }
        *automatic = true;
        let k = *auto;
        *auto += 1;
        if fields.mapping != 0 {
            return exc::value_error(format_args!("Format string contains positional fields"));
        }
        match fields.pos.get(k) {
            Some(&v) => v,
            None => {
                return exc::index_error(format_args!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            }
        }
    } else if let Ok(k) = name.parse::<usize>() {
        if *automatic {
            return exc::value_error(format_args!(
                "cannot switch from automatic field numbering to manual field specification"
            ));
        }
        *manual = true;
        if fields.mapping != 0 {
            return exc::value_error(format_args!("Format string contains positional fields"));
        }
        match fields.pos.get(k) {
            Some(&v) => v,
            None => {
                return exc::index_error(format_args!(
                    "Replacement index {} out of range for positional args tuple",
                    k
                ))
            }
        }
    } else {
        match fields.names.iter().position(|&n| pystr::as_str(n) == name) {
            Some(k) => fields.kwvals[k],
            None if fields.mapping != 0 => {
                let key = pystr::from_str(name);
                if key == 0 {
                    return 0;
                }
                let v = crate::subscript::pyaot_getitem(fields.mapping, key);
                if v == 0 {
                    return 0;
                }
                v
            }
            None => {
                let key = pystr::from_str(name);
                return if key == 0 { 0 } else { exc::key_error(key) };
            }
        }
    };
    // .attr and [key] accessors.
    let mut rest = &path[name_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = pystr::from_str(&r[..end]);
            if attr == 0 {
                return 0;
            }
            v = crate::class::pyaot_getattr(v, attr);
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return exc::value_error(format_args!("Missing ']' in format string"));
            };
            let k = &r[..end];
            let key = match k.parse::<isize>() {
                Ok(n) => int::new(n),
                Err(_) => pystr::from_str(k),
            };
            if key == 0 {
                return 0;
            }
            v = crate::subscript::pyaot_getitem(v, key);
            rest = &r[end + 1..];
        } else {
            return exc::value_error(format_args!(
                "Only '.' or '[' may follow ']' in format field specifier"
            ));
        }
        if v == 0 {
            return 0;
        }
    }
    let v = match conv {
        None => v,
        Some('s') => object::str_of(v),
        Some('r') => object::repr(v),
        Some('a') => crate::print::ascii_of(v),
        Some(c) => return exc::value_error(format_args!("Unknown conversion specifier {}", c)),
    };
    if v == 0 {
        return 0;
    }
    // The spec may itself hold fields ({:{width}}).
    let spec = if spec.contains('{') {
        let s = render(spec, fields, auto, manual, automatic, depth + 1);
        if s == 0 {
            return 0;
        }
        s
    } else {
        let s = pystr::from_str(spec);
        if s == 0 {
            return 0;
        }
        s
    };
    format_value(v, spec)
}
