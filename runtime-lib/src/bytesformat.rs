//! printf-style `bytes % args` (PEP 461), with CPython 3.11's rules and messages.
//! Numbers go through the format-spec machinery of `format` (as `str %` does) and
//! come back as ASCII; `%s`/`%b` take bytes-like objects, `%r`/`%a` are `ascii()`.

use crate::bytes::{ByteBuf, Kind};
use crate::exc;
use crate::fmt::Buf;
use crate::format::format_value;
use crate::object::{is_type, type_of, Obj};
use crate::typeext;
use crate::{dict, float, int, str as pystr, tuple};
use core::fmt::Write;

/// `fmt % args` for a bytes-like `fmt` of kind `kind`.
pub fn percent(kind: &Kind, fmt: Obj, args: Obj) -> Obj {
    let mut out = ByteBuf::new();
    match format_into(fmt, args, &mut out) {
        Ok(()) => (kind.make)(out.as_slice()),
        Err(()) => 0,
    }
}

fn format_into(fmt: Obj, args: Obj, out: &mut ByteBuf) -> Result<(), ()> {
    let text = typeext::buffer(fmt).unwrap_or(&[]);
    // A tuple gives the arguments; anything else is the one argument. Objects with
    // items (dicts, lists, ...) other than tuples and strings are also the mapping
    // for %(key) fields, as `PyMapping_Check` says.
    let single = [args];
    let (positional, is_tuple): (&[Obj], bool) = if is_type(args, &tuple::TYPE_TUPLE) {
        (tuple::items(args), true)
    } else {
        (&single, false)
    };
    let mapping = if !is_tuple
        && !pystr::is_str(args)
        && !crate::bytes::is_bytes(args)
        && args & 1 == 0
        && type_of(args).getitem.is_some()
    {
        args
    } else {
        0
    };
    let mut next = 0usize;
    let take = |next: &mut usize| -> Result<Obj, ()> {
        let v = positional.get(*next).copied();
        *next += 1;
        v.ok_or_else(|| {
            exc::type_error(format_args!("not enough arguments for format string"));
        })
    };
    let mut i = 0;
    while i < text.len() {
        let Some(k) = crate::bytes::memchr(b'%', &text[i..]) else {
            out.extend(&text[i..])?;
            break;
        };
        out.extend(&text[i..i + k])?;
        i += k + 1;
        let field_start = i - 1;
        let mut value: Option<Obj> = None;
        if text.get(i) == Some(&b'(') {
            let Some(close) = text[i..].iter().position(|&c| c == b')') else {
                exc::value_error(format_args!("incomplete format key"));
                return Err(());
            };
            if mapping == 0 {
                exc::type_error(format_args!("format requires a mapping"));
                return Err(());
            }
            let key = crate::bytes::from_slice(&text[i + 1..i + close]);
            if key == 0 {
                return Err(());
            }
            let v = if is_type(mapping, &dict::TYPE_DICT) {
                match dict::lookup(mapping, key)? {
                    Some(v) => v,
                    None => {
                        exc::key_error(key);
                        return Err(());
                    }
                }
            } else {
                let v = crate::subscript::pyaot_getitem(mapping, key);
                if v == 0 {
                    return Err(());
                }
                v
            };
            value = Some(v);
            i += close + 1;
        }
        let mut flags = Flags::default();
        while let Some(&c) = text.get(i) {
            match c {
                b'-' => flags.left = true,
                b'+' => flags.plus = true,
                b' ' => flags.space = true,
                b'#' => flags.alt = true,
                b'0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        if text.get(i) == Some(&b'*') {
            let w = take(&mut next)?;
            let Some(v) = int::value(w) else {
                exc::type_error(format_args!("* wants int"));
                return Err(());
            };
            if v < 0 {
                flags.left = true;
            }
            width = Some(v.unsigned_abs());
            i += 1;
        } else {
            let s = i;
            while text.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i > s {
                width = Some(digits(&text[s..i]));
            }
        }
        let mut precision = None;
        if text.get(i) == Some(&b'.') {
            i += 1;
            if text.get(i) == Some(&b'*') {
                let p = take(&mut next)?;
                let Some(v) = int::value(p) else {
                    exc::type_error(format_args!("* wants int"));
                    return Err(());
                };
                precision = Some(v.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while text.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                precision = Some(digits(&text[s..i]));
            }
        }
        while matches!(text.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&conv) = text.get(i) else {
            exc::value_error(format_args!("incomplete format"));
            return Err(());
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%')?;
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => take(&mut next)?,
        };
        let spec = Spec {
            flags,
            width,
            precision,
        };
        convert(v, conv, &spec, field_start, out)?;
    }
    if mapping == 0 && next < positional.len() {
        exc::type_error(format_args!(
            "not all arguments converted during bytes formatting"
        ));
        return Err(());
    }
    Ok(())
}

fn digits(d: &[u8]) -> usize {
    d.iter().fold(0usize, |n, &c| {
        n.saturating_mul(10).saturating_add((c - b'0') as usize)
    })
}

#[derive(Default)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

struct Spec {
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
}

/// Appends `b` padded to the width (right-aligned unless `-`), truncated to the
/// precision when `truncate`.
fn text_field(b: &[u8], spec: &Spec, truncate: bool, out: &mut ByteBuf) -> Result<(), ()> {
    let b = match spec.precision {
        Some(p) if truncate && p < b.len() => &b[..p],
        _ => b,
    };
    let pad = spec.width.unwrap_or(0).saturating_sub(b.len());
    if !spec.flags.left {
        out.fill(b' ', pad)?;
    }
    out.extend(b)?;
    if spec.flags.left {
        out.fill(b' ', pad)?;
    }
    Ok(())
}

fn convert(v: Obj, conv: u8, spec: &Spec, at: usize, out: &mut ByteBuf) -> Result<(), ()> {
    match conv {
        b's' | b'b' => {
            if let Some(b) = typeext::buffer(v) {
                return text_field(b, spec, true, out);
            }
            if let Some(r) = crate::class::unary(v, "__bytes__") {
                if r == 0 {
                    return Err(());
                }
                if let Some(b) = typeext::buffer(r).filter(|_| crate::bytes::is_bytes(r)) {
                    return text_field(b, spec, true, out);
                }
                exc::type_error(format_args!(
                    "__bytes__ returned non-bytes (type {})",
                    type_of(r).name
                ));
                return Err(());
            }
            exc::type_error(format_args!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not \
                 '{}'",
                type_of(v).name
            ));
            Err(())
        }
        b'r' | b'a' => {
            let s = crate::print::ascii_of(v);
            if s == 0 {
                return Err(());
            }
            text_field(pystr::as_bytes(s), spec, true, out)
        }
        b'c' => {
            let c = match (int::value(v), typeext::buffer(v)) {
                (Some(n), _) if (0..256).contains(&n) => n as u8,
                (Some(_), _) => {
                    exc::overflow_error(format_args!("%c arg not in range(256)"));
                    return Err(());
                }
                (None, _) if int::is_int(v) => {
                    exc::overflow_error(format_args!("%c arg not in range(256)"));
                    return Err(());
                }
                (None, Some(&[c])) => c,
                _ => {
                    exc::type_error(format_args!(
                        "%c requires an integer in range(256) or a single byte"
                    ));
                    return Err(());
                }
            };
            text_field(&[c], spec, false, out)
        }
        b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
            number(v, conv, spec, out)
        }
        other => {
            exc::value_error(format_args!(
                "unsupported format character '{}' ({:#x}) at index {}",
                other as char,
                other,
                at + 1
            ));
            Err(())
        }
    }
}

fn number(v: Obj, conv: u8, spec: &Spec, out: &mut ByteBuf) -> Result<(), ()> {
    let integer = matches!(conv, b'd' | b'i' | b'u' | b'o' | b'x' | b'X');
    let n = if int::is_int(v) {
        v
    } else if float::is_float(v) {
        if matches!(conv, b'o' | b'x' | b'X') {
            exc::type_error(format_args!(
                "%{} format: an integer is required, not float",
                conv as char
            ));
            return Err(());
        }
        if integer {
            crate::print::pyaot_builtin_int(&v, 1)
        } else {
            v
        }
    } else {
        if integer {
            let what = if matches!(conv, b'd' | b'i' | b'u') {
                "a real number is"
            } else {
                "an integer is"
            };
            exc::type_error(format_args!(
                "%{} format: {} required, not {}",
                conv as char,
                what,
                type_of(v).name
            ));
        } else {
            exc::type_error(format_args!(
                "float argument required, not {}",
                type_of(v).name
            ));
        }
        return Err(());
    };
    if n == 0 {
        return Err(());
    }
    let f = &spec.flags;
    let mut sp: Buf<48> = Buf::new();
    if f.left {
        sp.push(b'<');
    }
    if f.plus {
        sp.push(b'+');
    } else if f.space {
        sp.push(b' ');
    }
    if f.alt && matches!(conv, b'o' | b'x' | b'X') {
        sp.push(b'#');
    }
    if f.zero && !f.left {
        sp.push(b'0');
    }
    if let Some(w) = spec.width {
        let _ = write!(sp, "{w}");
    }
    if !integer {
        let _ = write!(sp, ".{}", spec.precision.unwrap_or(6));
    }
    sp.push(match conv {
        b'i' | b'u' => b'd',
        c => c,
    });
    let spec_obj = pystr::from_str(sp.as_str());
    if spec_obj == 0 {
        return Err(());
    }
    let s = format_value(n, spec_obj);
    if s == 0 {
        return Err(());
    }
    out.extend(pystr::as_bytes(s))
}
