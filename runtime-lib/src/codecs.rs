//! Text encodings: `str.encode`, `bytes.decode`, `str(b, encoding)`, for UTF-8,
//! ASCII and Latin-1 (under CPython's names and aliases), with the error handlers
//! `strict`, `ignore`, `replace`, `backslashreplace` and (encoding)
//! `xmlcharrefreplace`; and the exceptions `UnicodeError`, `UnicodeEncodeError`,
//! `UnicodeDecodeError`, whose messages CPython builds from their arguments.
//!
//! As in CPython, the error handler is looked up only when an error happens, so
//! `'abc'.encode('ascii', 'bogus')` succeeds. Other codecs CPython has (UTF-16,
//! cp1252, ...) raise LookupError saying they are not supported yet.

use crate::bytes::ByteBuf;
use crate::exc::{self, exc_type, TYPE_VALUE_ERROR};
use crate::object::{self, type_of, Obj, TypeObject};
use crate::{int, str as pystr, tuple};
use core::fmt::Write;

/// `UnicodeError`.
pub static TYPE_UNICODE_ERROR: TypeObject = exc_type("UnicodeError", &TYPE_VALUE_ERROR);
/// `UnicodeEncodeError`: args `(encoding, object, start, end, reason)`.
pub static TYPE_UNICODE_ENCODE_ERROR: TypeObject = TypeObject {
    str: Some(unicode_error_str),
    ..exc_type("UnicodeEncodeError", &TYPE_UNICODE_ERROR)
};
/// `UnicodeDecodeError`: args `(encoding, object, start, end, reason)`.
pub static TYPE_UNICODE_DECODE_ERROR: TypeObject = TypeObject {
    str: Some(unicode_error_str),
    ..exc_type("UnicodeDecodeError", &TYPE_UNICODE_ERROR)
};

/// The five arguments of a Unicode{En,De}codeError, when it has them.
fn unicode_args(e: Obj) -> Option<&'static [Obj]> {
    let t = exc::args_of(e);
    if t == 0 || tuple::len(t) != 5 {
        return None;
    }
    Some(tuple::items(t))
}

/// `str(e)`: `'ascii' codec can't encode character '\xe9' in position 0: ordinal
/// not in range(128)`, worded as CPython's `UnicodeEncodeError_str` and
/// `UnicodeDecodeError_str` do. (Small: every program that names a built-in
/// exception class links it.)
fn unicode_error_str(e: Obj) -> Obj {
    let decode = object::is_instance(e, &TYPE_UNICODE_DECODE_ERROR);
    let parts = match unicode_args(e) {
        Some(&[enc, obj, start, end, reason]) if pystr::is_str(enc) && pystr::is_str(reason) => {
            int::value(start)
                .zip(int::value(end))
                .map(|se| (enc, obj, se, reason))
        }
        _ => None,
    };
    let Some((enc, obj, (s, n), reason)) = parts else {
        return exc::builtin_str(e, false);
    };
    let (enc, reason) = (pystr::as_str(enc), pystr::as_str(reason));
    if n == s + 1 && s >= 0 {
        // One byte or one character: named in the message.
        let one = if decode {
            crate::typeext::buffer(obj)
                .and_then(|d| d.get(s as usize))
                .map(|&b| ("decode byte 0x", b as u32, 2))
        } else if pystr::is_str(obj) {
            nth_char(pystr::as_str(obj), s as usize).map(|c| match c {
                0..=0xff => ("encode character '\\x", c, 2),
                0x100..=0xffff => ("encode character '\\u", c, 4),
                _ => ("encode character '\\U", c, 8),
            })
        } else {
            None
        };
        if let Some((what, v, width)) = one {
            let quote = if decode { "" } else { "'" };
            return pystr::format(format_args!(
                "'{enc}' codec can't {what}{v:0width$x}{quote} in position {s}: {reason}"
            ));
        }
    }
    let what = if decode {
        "decode bytes"
    } else {
        "encode characters"
    };
    pystr::format(format_args!(
        "'{enc}' codec can't {what} in position {s}-{}: {reason}",
        n - 1
    ))
}

/// The `n`th code point of `t`.
fn nth_char(t: &str, n: usize) -> Option<u32> {
    let b = t.as_bytes();
    let mut seen = 0;
    for (i, &c) in b.iter().enumerate() {
        if c & 0xc0 == 0x80 {
            continue;
        }
        if seen == n {
            return t[i..].chars().next().map(|c| c as u32);
        }
        seen += 1;
    }
    None
}

/// The attributes of a Unicode{En,De}codeError (`e.start`, `e.reason`, ...).
pub fn unicode_error_attr(e: Obj, name: &str) -> Option<Obj> {
    let at = ["encoding", "object", "start", "end", "reason"]
        .iter()
        .position(|n| *n == name)?;
    unicode_args(e).map(|a| a[at])
}

fn raise_unicode_error(
    ty: &'static TypeObject,
    codec: Codec,
    obj: Obj,
    start: usize,
    end: usize,
    reason: &str,
) {
    let parts = [
        pystr::from_str(codec.name()),
        obj,
        int::new(start as isize),
        int::new(end as isize),
        pystr::from_str(reason),
    ];
    if parts.contains(&0) {
        return;
    }
    let args = tuple::from_slice(&parts);
    let e = if args == 0 {
        0
    } else {
        exc::new_exception(ty, 0)
    };
    if e != 0 {
        // SAFETY: a fresh exception object.
        unsafe { (*(e as *mut exc::ExcObject)).args = args };
        exc::raise_obj(e);
    }
}

// ---- codecs and error handlers ----

/// The codecs pyaot implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// ASCII (bytes 0..128).
    Ascii,
    /// Latin-1 (bytes 0..256 as code points).
    Latin1,
}

impl Codec {
    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Normalises an encoding name as CPython's `encodings.normalize_encoding` does
/// (lower case, runs of punctuation but `.` as one `_`, none at the ends) into `buf`.
fn normalize<'a>(name: &str, buf: &'a mut [u8; 32]) -> Option<&'a str> {
    let mut n = 0;
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && n > 0 {
                *buf.get_mut(n)? = b'_';
                n += 1;
            }
            pending = false;
            *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
            n += 1;
        } else {
            pending = true;
        }
    }
    core::str::from_utf8(&buf[..n]).ok()
}

/// The codec an encoding name names, or LookupError.
pub fn lookup(name: &str) -> Result<Codec, ()> {
    let mut buf = [0u8; 32];
    let n = normalize(name, &mut buf).unwrap_or("");
    let codec = match n {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" | "ibm819" => Codec::Latin1,
        _ if is_other_cpython_codec(n) => {
            exc::raise_fmt(
                &crate::exc::TYPE_LOOKUP_ERROR,
                format_args!("the '{name}' codec is not supported yet"),
            );
            return Err(());
        }
        _ => {
            exc::raise_fmt(
                &crate::exc::TYPE_LOOKUP_ERROR,
                format_args!("unknown encoding: {name}"),
            );
            return Err(());
        }
    };
    Ok(codec)
}

/// Whether a normalised name is one of the other codecs CPython ships, which
/// pyaot does not implement (so the error says so rather than "unknown").
fn is_other_cpython_codec(n: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "utf_16",
        "utf_32",
        "utf16",
        "utf32",
        "u16",
        "u32",
        "utf_7",
        "utf7",
        "cp",
        "ibm",
        "iso8859",
        "iso_8859",
        "latin",
        "l",
        "koi8",
        "mac",
        "big5",
        "gb",
        "shift_jis",
        "sjis",
        "euc",
        "iso2022",
        "windows",
        "hz",
        "johab",
        "idna",
        "punycode",
        "raw_unicode_escape",
        "unicode_escape",
        "palmos",
        "ptcp154",
        "tis",
        "kz1048",
        "charmap",
        "ks_c",
        "uhc",
        "ms",
        "hex",
        "base64",
        "rot",
        "zlib",
        "bz2",
        "quopri",
        "uu",
        "8859",
    ];
    PREFIXES.iter().any(|p| n.starts_with(p))
}

/// An error handler, looked up when an error happens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    /// `surrogateescape`, `surrogatepass`: strings hold no surrogates, so encoding
    /// through them fails as `strict` does; decoding would make surrogates.
    Surrogate,
}

fn handler(errors: &str) -> Result<Handler, ()> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" => Handler::Surrogate,
        "namereplace" => {
            exc::raise_fmt(
                &crate::exc::TYPE_NOT_IMPLEMENTED_ERROR,
                format_args!("the 'namereplace' error handler is not supported yet"),
            );
            return Err(());
        }
        _ => {
            exc::raise_fmt(
                &crate::exc::TYPE_LOOKUP_ERROR,
                format_args!("unknown error handler name '{errors}'"),
            );
            return Err(());
        }
    })
}

/// A str argument `encoding`/`errors` of `fname` (0: the default).
fn text_arg(o: Obj, what: &str, fname: &str, default: &'static str) -> Result<&'static str, ()> {
    if o == 0 {
        return Ok(default);
    }
    if pystr::is_str(o) {
        return Ok(pystr::as_str(o));
    }
    exc::type_error(format_args!(
        "{fname}() argument '{what}' must be str, not {}",
        object::short_name(type_of(o))
    ));
    Err(())
}

// ---- encoding ----

/// Appends `s` (a str) encoded with `encoding`/`errors` (str objects, 0 for the
/// defaults) to `out`. `fname` names the caller in type errors.
pub fn encode_with(
    s: Obj,
    encoding: Obj,
    errors: Obj,
    fname: &str,
    out: &mut ByteBuf,
) -> Result<(), ()> {
    let enc = text_arg(encoding, "encoding", fname, "utf-8")?;
    let errors = text_arg(errors, "errors", fname, "strict")?;
    let codec = lookup(enc)?;
    let text = pystr::as_str(s);
    let limit = match codec {
        // Strs hold no surrogates: UTF-8 encoding cannot fail.
        Codec::Utf8 => return out.extend(text.as_bytes()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if text.is_ascii() {
        return out.extend(text.as_bytes());
    }
    out.reserve(text.len())?;
    let mut h = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if (c as u32) < limit {
            out.push(c as u32 as u8)?;
            continue;
        }
        let handler = match h {
            Some(h) => h,
            None => *h.insert(handler(errors)?),
        };
        let emit = |c: char, out: &mut ByteBuf| -> Result<(), ()> {
            let v = c as u32;
            let r = match handler {
                Handler::Replace => return out.push(b'?'),
                Handler::BackslashReplace if v < 0x100 => write!(out, "\\x{v:02x}"),
                Handler::BackslashReplace if v < 0x10000 => write!(out, "\\u{v:04x}"),
                Handler::BackslashReplace => write!(out, "\\U{v:08x}"),
                Handler::XmlCharRefReplace => write!(out, "&#{v};"),
                Handler::Strict | Handler::Surrogate | Handler::Ignore => Ok(()),
            };
            r.map_err(|_| ())
        };
        // The run of unencodable characters [i, end) goes to the handler at once.
        emit(c, out)?;
        let mut end = i + 1;
        while let Some(&(j, c)) = chars.peek() {
            if (c as u32) < limit {
                break;
            }
            emit(c, out)?;
            end = j + 1;
            chars.next();
        }
        if matches!(handler, Handler::Strict | Handler::Surrogate) {
            let reason = if limit == 0x80 {
                "ordinal not in range(128)"
            } else {
                "ordinal not in range(256)"
            };
            raise_unicode_error(&TYPE_UNICODE_ENCODE_ERROR, codec, s, i, end, reason);
            return Err(());
        }
    }
    Ok(())
}

/// `bytes(s, encoding, errors)`: `s` encoded into `out`.
pub fn encode_into(s: Obj, encoding: Obj, errors: Obj, out: &mut ByteBuf) -> Result<(), ()> {
    encode_with(s, encoding, errors, "bytes", out)
}

/// `s.encode(encoding, errors)`: a new bytes object.
pub fn encode(s: Obj, encoding: Obj, errors: Obj) -> Obj {
    // The common case, UTF-8 of any text or ASCII-compatible codecs of ASCII text,
    // is one copy.
    let plain = (encoding == 0 || pystr::is_str(encoding))
        && (errors == 0 || pystr::is_str(errors))
        && (pystr::as_str(s).is_ascii()
            || encoding == 0
            || matches!(pystr::as_str(encoding), "utf-8" | "utf8" | "UTF-8"));
    if plain {
        if encoding != 0 && lookup(pystr::as_str(encoding)).is_err() {
            return 0;
        }
        return crate::bytes::from_slice(pystr::as_bytes(s));
    }
    let mut out = ByteBuf::new();
    match encode_with(s, encoding, errors, "encode", &mut out) {
        Ok(()) => crate::bytes::from_slice(out.as_slice()),
        Err(()) => 0,
    }
}

// ---- decoding ----

/// `data` decoded with `encoding`/`errors` (str objects, 0 for the defaults): a new
/// str. `fname` names the caller in type errors.
pub fn decode(data: &[u8], encoding: Obj, errors: Obj, fname: &str) -> Result<Obj, ()> {
    let enc = text_arg(encoding, "encoding", fname, "utf-8")?;
    let errors = text_arg(errors, "errors", fname, "strict")?;
    let codec = lookup(enc)?;
    if data.is_ascii() || (codec == Codec::Utf8 && core::str::from_utf8(data).is_ok()) {
        return nonzero(pystr::from_bytes(data));
    }
    let mut out = ByteBuf::new();
    out.reserve(data.len() + data.len() / 2)?;
    let mut h = None;
    let mut i = 0;
    while i < data.len() {
        // The next error: its range and reason, after copying the valid text.
        let (end, reason) = match codec {
            Codec::Latin1 => {
                for &b in &data[i..] {
                    let mut tmp = [0u8; 4];
                    out.extend(char::from(b).encode_utf8(&mut tmp).as_bytes())?;
                }
                break;
            }
            Codec::Ascii => {
                let ok = data[i..]
                    .iter()
                    .position(|&b| b >= 0x80)
                    .unwrap_or(data.len() - i);
                out.extend(&data[i..i + ok])?;
                i += ok;
                if i == data.len() {
                    break;
                }
                (i + 1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match core::str::from_utf8(&data[i..]) {
                Ok(t) => {
                    out.extend(t.as_bytes())?;
                    break;
                }
                Err(e) => {
                    let ok = e.valid_up_to();
                    out.extend(&data[i..i + ok])?;
                    i += ok;
                    match e.error_len() {
                        None => (data.len(), "unexpected end of data"),
                        Some(n) if n == 1 && !(0xc2..=0xf4).contains(&data[i]) => {
                            (i + 1, "invalid start byte")
                        }
                        Some(n) => (i + n, "invalid continuation byte"),
                    }
                }
            },
        };
        let handler = match h {
            Some(h) => h,
            None => *h.insert(handler(errors)?),
        };
        match handler {
            Handler::Strict => {
                let obj = crate::bytes::from_slice(data);
                if obj != 0 {
                    raise_unicode_error(&TYPE_UNICODE_DECODE_ERROR, codec, obj, i, end, reason);
                }
                return Err(());
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend("\u{fffd}".as_bytes())?,
            Handler::BackslashReplace => {
                for &b in &data[i..end] {
                    write!(out, "\\x{b:02x}").map_err(|_| ())?;
                }
            }
            Handler::XmlCharRefReplace => {
                exc::type_error(format_args!(
                    "don't know how to handle UnicodeDecodeError in error callback"
                ));
                return Err(());
            }
            Handler::Surrogate => {
                exc::value_error(format_args!("surrogate code points are not supported"));
                return Err(());
            }
        }
        i = end;
    }
    nonzero(pystr::from_bytes(out.as_slice()))
}

fn nonzero(o: Obj) -> Result<Obj, ()> {
    if o == 0 {
        Err(())
    } else {
        Ok(o)
    }
}

// ---- entry points ----

static ENCODE: crate::bytes_args::Sig = crate::bytes_args::Sig {
    name: "encode",
    params: &["encoding", "errors"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// `(name, args*, n, kwnames)`: a call of a method named in
/// `pyaot_abi::BYTES_METHODS` (`encode`, `to_bytes`, `from_bytes`); `args[0]` is the
/// object. The built-in meanings (`str.encode`, `int.to_bytes`, `int.from_bytes`)
/// are here; any other object gets the ordinary method call.
#[no_mangle]
pub extern "C" fn pyaot_call_bytes_method(
    name: Obj,
    args: *const Obj,
    n: usize,
    kwnames: Obj,
) -> Obj {
    let all = tuple::word_slice(args, n);
    let kw = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let (o, rest) = (all[0], &all[1..]);
    match pystr::as_str(name) {
        "encode" if pystr::is_str(o) => {
            return match crate::bytes_args::bind::<2>(&ENCODE, rest, kw) {
                Ok([enc, errors]) => encode(o, enc, errors),
                Err(()) => 0,
            };
        }
        "to_bytes" if int::is_int(o) => return crate::intbytes::to_bytes(o, rest, kw),
        "from_bytes" => {
            // A class method: through `int` or `bool`, or an instance of them.
            let t = if crate::types::is_class(o) {
                crate::types::as_type(o)
            } else {
                type_of(o)
            };
            if !t.is_heap_class() && t.is_subtype(&int::TYPE_INT) {
                let r = crate::intbytes::from_bytes(rest, kw);
                if r != 0 && core::ptr::eq(t, &int::TYPE_BOOL) {
                    return object::bool_obj(r != pyaot_abi::tag_int(0));
                }
                return r;
            }
        }
        _ => {}
    }
    crate::call::pyaot_call_method_kw(name, args, n, kwnames)
}

/// `str(object=..., encoding=..., errors=...)` with keyword arguments.
#[no_mangle]
pub extern "C" fn pyaot_builtin_str_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    static STR: crate::bytes_args::Sig = crate::bytes_args::Sig {
        name: "str",
        params: &["object", "encoding", "errors"],
        posonly: 0,
        required: 0,
        maxpos: 3,
    };
    let kw = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let Ok([o, enc, errors]) = crate::bytes_args::bind::<3>(&STR, tuple::word_slice(a, n), kw)
    else {
        return 0;
    };
    if enc == 0 && errors == 0 {
        return if o == 0 {
            pystr::empty()
        } else {
            object::str_of(o)
        };
    }
    if enc != 0 && !pystr::is_str(enc) {
        return exc::type_error(format_args!(
            "str() argument 'encoding' must be str, not {}",
            object::short_name(type_of(enc))
        ));
    }
    if errors != 0 && !pystr::is_str(errors) {
        return exc::type_error(format_args!(
            "str() argument 'errors' must be str, not {}",
            object::short_name(type_of(errors))
        ));
    }
    if o == 0 {
        // `str(encoding=...)`: CPython decodes nothing and looks nothing up.
        return pystr::empty();
    }
    match crate::typeext::buffer(o) {
        // Through the object's own `decode`: naming `decode` here would link bytes
        // (its errors carry a bytes object) into every program that calls anything
        // with keywords. The arguments are checked above, so the messages agree.
        Some(_) => {
            let enc = if enc == 0 {
                crate::static_str!("utf-8")
            } else {
                enc
            };
            let errors = if errors == 0 {
                crate::static_str!("strict")
            } else {
                errors
            };
            crate::typeext::call_method(o, "decode", &[enc, errors], &[]).unwrap_or(0)
        }
        None if pystr::is_str(o) => exc::type_error(format_args!("decoding str is not supported")),
        None => exc::type_error(format_args!(
            "decoding to str: need a bytes-like object, {} found",
            type_of(o).name
        )),
    }
}
