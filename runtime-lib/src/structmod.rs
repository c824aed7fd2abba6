//! The built-in module `struct`: `pack`, `unpack`, `calcsize`, `pack_into`,
//! `unpack_from`, `iter_unpack`, the `Struct` class and `struct.error`, over the
//! formats of `structfmt`.

use crate::bytes::{self, ByteBuf};
use crate::bytes_args::{self, Sig};
use crate::exc;
use crate::modules;
use crate::object::{self, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::structfmt::{error, pack_values, unpack_values, Format, TYPE_STRUCT_ERROR};
use crate::typeext::{self, TypeExt};
use crate::{int, tuple};
use pyaot_abi::ITER_DONE;

/// `_struct.unpack_iterator`, what `iter_unpack` returns.
pub static TYPE_UNPACK_ITERATOR: TypeObject = TypeObject {
    iter: Some(|it| it),
    next: Some(unpack_iter_next),
    ..TypeObject::new("_struct.unpack_iterator", Some(&TYPE_OBJECT))
};

// ---- module functions ----

fn args<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    tuple::word_slice(p, n)
}

/// The contents of a bytes-like argument, or TypeError.
fn buffer_arg(o: Obj) -> Result<&'static [u8], ()> {
    bytes::bytes_arg(o)
}

extern "C" fn s_calcsize(a: *const Obj, n: usize) -> Obj {
    let [f] = *args(a, n) else {
        return exc::type_error(format_args!(
            "_struct.calcsize() takes exactly one argument ({n} given)"
        ));
    };
    match Format::parse(f) {
        Ok(fmt) => int::new(fmt.size as isize),
        Err(()) => 0,
    }
}

fn pack_to_bytes(fmt: &Format, values: &[Obj], fname: &str) -> Obj {
    if values.len() != fmt.nvalues {
        return error(format_args!(
            "{fname} expected {} items for packing (got {})",
            fmt.nvalues,
            values.len()
        ));
    }
    let out = bytes::alloc(fmt.size);
    if out == 0 {
        return 0;
    }
    let mut tmp = [0u8; 0];
    let d = if fmt.size == 0 {
        &mut tmp[..]
    } else {
        bytes::data_mut(out)
    };
    match pack_values(fmt, values, d) {
        Ok(()) => out,
        Err(()) => 0,
    }
}

extern "C" fn s_pack(a: *const Obj, n: usize) -> Obj {
    let Some((&f, values)) = args(a, n).split_first() else {
        return exc::type_error(format_args!("missing format argument"));
    };
    match Format::parse(f) {
        Ok(fmt) => pack_to_bytes(&fmt, values, "pack"),
        Err(()) => 0,
    }
}

extern "C" fn s_unpack(a: *const Obj, n: usize) -> Obj {
    let [f, buf] = *args(a, n) else {
        return exc::type_error(format_args!("unpack expected 2 arguments, got {n}"));
    };
    match Format::parse(f) {
        Ok(fmt) => unpack(&fmt, buf),
        Err(()) => 0,
    }
}

/// `unpack(buf)` by a parsed format.
fn unpack(fmt: &Format, buf: Obj) -> Obj {
    let Ok(d) = buffer_arg(buf) else {
        return 0;
    };
    if d.len() != fmt.size {
        return error(format_args!(
            "unpack requires a buffer of {} bytes",
            fmt.size
        ));
    }
    unpack_values(fmt, d)
}

extern "C" fn s_pack_into(a: *const Obj, n: usize) -> Obj {
    let a = args(a, n);
    let Some((&f, rest)) = a.split_first() else {
        return exc::type_error(format_args!("missing format argument"));
    };
    match Format::parse(f) {
        Ok(fmt) => pack_into(&fmt, rest),
        Err(()) => 0,
    }
}

/// `pack_into(buffer, offset, *values)` by a parsed format.
fn pack_into(fmt: &Format, a: &[Obj]) -> Obj {
    let (Some(&buf), Some(&off)) = (a.first(), a.get(1)) else {
        let what = if a.is_empty() { "buffer" } else { "offset" };
        return error(format_args!("pack_into expected {what} argument"));
    };
    let values = &a[2..];
    if values.len() != fmt.nvalues {
        return error(format_args!(
            "pack_into expected {} items for packing (got {})",
            fmt.nvalues,
            values.len()
        ));
    }
    if !crate::bytearray::is_bytearray(buf) {
        return exc::type_error(format_args!(
            "argument must be read-write bytes-like object, not {}",
            type_of(buf).name
        ));
    }
    let Ok(mut offset) = crate::range::index_arg(off) else {
        return 0;
    };
    let len = crate::bytearray::len(buf) as isize;
    let size = fmt.size as isize;
    if offset < 0 {
        if offset + size > 0 {
            return error(format_args!(
                "no space to pack {size} bytes at offset {offset}"
            ));
        }
        if offset + len < 0 {
            return error(format_args!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return error(format_args!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at \
             offset {offset} (actual buffer size is {len})",
            size + offset
        ));
    }
    // Packed into a scratch copy first: a failure leaves the buffer as it was.
    let mut tmp = ByteBuf::new();
    if tmp.fill(0, fmt.size).is_err() || pack_values(fmt, values, tmp.as_mut_slice()).is_err() {
        return 0;
    }
    let at = offset as usize;
    crate::bytearray::data_mut(buf)[at..at + fmt.size].copy_from_slice(tmp.as_slice());
    object::none()
}

/// `unpack_from(format, /, buffer, offset=0)` over its bound arguments.
fn unpack_from_bound(slots: &[Obj]) -> Obj {
    let &[f, buf, off] = slots else {
        return 0;
    };
    if f == 0 {
        return exc::type_error(format_args!(
            "unpack_from() takes at least 1 positional argument (0 given)"
        ));
    }
    if buf == 0 {
        return exc::type_error(format_args!(
            "unpack_from() missing required argument 'buffer' (pos 2)"
        ));
    }
    match Format::parse(f) {
        Ok(fmt) => unpack_from(&fmt, buf, off),
        Err(()) => 0,
    }
}

/// `unpack_from(buffer, offset)` by a parsed format (`off` 0: not given).
fn unpack_from(fmt: &Format, buf: Obj, off: Obj) -> Obj {
    let Ok(d) = buffer_arg(buf) else {
        return 0;
    };
    let mut offset = if off == 0 {
        0
    } else {
        match crate::range::index_arg(off) {
            Ok(o) => o,
            Err(()) => return 0,
        }
    };
    let (len, size) = (d.len() as isize, fmt.size as isize);
    if offset < 0 {
        if offset + len < 0 {
            return error(format_args!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return error(format_args!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes \
             at offset {offset} (actual buffer size is {len})",
            size + offset
        ));
    }
    let at = offset as usize;
    unpack_values(fmt, &d[at..at + fmt.size])
}

extern "C" fn s_unpack_from(a: *const Obj, n: usize) -> Obj {
    let a = args(a, n);
    if a.len() > 3 {
        return exc::type_error(format_args!(
            "unpack_from() takes at most 3 arguments ({} given)",
            a.len()
        ));
    }
    let mut slots = [0; 3];
    slots[..a.len()].copy_from_slice(a);
    unpack_from_bound(&slots)
}

/// `unpack_from` with keyword arguments (`buffer`, `offset`).
pub static UNPACK_FROM: modules::KwSpec = modules::KwSpec {
    entry: s_unpack_from,
    bound: unpack_from_bound,
    params: &["format", "buffer", "offset"],
    max_positional: 3,
};

/// `[type][format][buffer][offset]`.
#[repr(C)]
struct UnpackIter {
    header: Header,
    format: Obj,
    buffer: Obj,
    offset: usize,
}

extern "C" fn s_iter_unpack(a: *const Obj, n: usize) -> Obj {
    let [f, buf] = *args(a, n) else {
        return exc::type_error(format_args!("iter_unpack expected 2 arguments, got {n}"));
    };
    match Format::parse(f) {
        Ok(fmt) => iter_unpack(&fmt, f, buf),
        Err(()) => 0,
    }
}

/// `iter_unpack(buf)` by format `f`, parsed as `fmt`.
fn iter_unpack(fmt: &Format, f: Obj, buf: Obj) -> Obj {
    let Ok(d) = buffer_arg(buf) else {
        return 0;
    };
    if fmt.size == 0 {
        return error(format_args!(
            "cannot iteratively unpack with a struct of length 0"
        ));
    }
    if d.len() % fmt.size != 0 {
        return error(format_args!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            fmt.size
        ));
    }
    let it = object::alloc_obj(&TYPE_UNPACK_ITERATOR, core::mem::size_of::<UnpackIter>());
    if it != 0 {
        // SAFETY: a fresh UnpackIter.
        unsafe {
            let u = &mut *(it as *mut UnpackIter);
            u.format = f;
            u.buffer = buf;
        }
    }
    it
}

fn unpack_iter_next(it: Obj) -> Obj {
    // SAFETY: the next slot of TYPE_UNPACK_ITERATOR only receives UnpackIters.
    let u = unsafe { &mut *(it as *mut UnpackIter) };
    let Ok(fmt) = Format::parse(u.format) else {
        return 0;
    };
    let d = typeext::buffer(u.buffer).unwrap_or(&[]);
    if u.offset + fmt.size > d.len() {
        return ITER_DONE;
    }
    let at = u.offset;
    u.offset += fmt.size;
    unpack_values(&fmt, &d[at..at + fmt.size])
}

// ---- the Struct class ----

/// `struct.Struct` (`_struct.Struct`): a format parsed once, with the module's
/// operations as methods.
pub static TYPE_STRUCT: TypeObject = TypeObject {
    hash: Some(object::identity_hash),
    ext: Some(&STRUCT_EXT),
    ..TypeObject::new("_struct.Struct", Some(&TYPE_OBJECT))
};

static STRUCT_EXT: TypeExt = TypeExt {
    method: struct_method,
    class_method: |_, _, _| None,
    construct: struct_new,
    binop: |_, _, _| None,
    inplace: None,
    delitem: None,
    buffer: None,
    getattr: Some(struct_getattr),
    names: &["iter_unpack", "pack", "pack_into", "unpack", "unpack_from"],
};

/// `[type][format: str][size]`.
#[repr(C)]
struct StructObj {
    header: Header,
    format: Obj,
    size: usize,
}

fn struct_obj<'a>(o: Obj) -> &'a StructObj {
    // SAFETY: only called on Struct objects.
    unsafe { &*(o as *const StructObj) }
}

static STRUCT_NEW: Sig = Sig {
    name: "Struct",
    params: &["format"],
    posonly: 0,
    required: 1,
    maxpos: 1,
};

fn struct_new(args: &[Obj], kwnames: &[Obj]) -> Obj {
    let Ok([f]) = bytes_args::bind(&STRUCT_NEW, args, kwnames) else {
        return 0;
    };
    let Ok(fmt) = Format::parse(f) else {
        return 0;
    };
    // The format attribute is a str, even when the format was bytes.
    let text = if crate::str::is_str(f) {
        f
    } else {
        crate::str::from_bytes(bytes::as_bytes(f))
    };
    if text == 0 {
        return 0;
    }
    let o = object::alloc_obj(&TYPE_STRUCT, core::mem::size_of::<StructObj>());
    if o != 0 {
        // SAFETY: a fresh StructObj.
        unsafe {
            let so = &mut *(o as *mut StructObj);
            so.format = text;
            so.size = fmt.size;
        }
    }
    o
}

fn struct_getattr(o: Obj, name: &str) -> Option<Obj> {
    let so = struct_obj(o);
    match name {
        "format" => Some(so.format),
        "size" => Some(int::new(so.size as isize)),
        _ => None,
    }
}

static STRUCT_UNPACK_FROM: Sig = Sig {
    name: "unpack_from",
    params: &["buffer", "offset"],
    posonly: 0,
    required: 1,
    maxpos: 2,
};

fn struct_method(o: Obj, name: &str, args: &[Obj], kw: &[Obj]) -> Option<Obj> {
    let no_kw = |name: &str| {
        if kw.is_empty() {
            return Ok(());
        }
        exc::type_error(format_args!("Struct.{name}() takes no keyword arguments"));
        Err(())
    };
    let one = |name: &str| -> Result<Obj, ()> {
        no_kw(name)?;
        match *args {
            [x] => Ok(x),
            _ => {
                exc::type_error(format_args!(
                    "Struct.{name}() takes exactly one argument ({} given)",
                    args.len()
                ));
                Err(())
            }
        }
    };
    let f = struct_obj(o).format;
    let fmt = || Format::parse(f);
    let r = match name {
        "pack" => no_kw(name).and_then(|_| Ok(pack_to_bytes(&fmt()?, args, "pack"))),
        "unpack" => one(name).and_then(|b| Ok(unpack(&fmt()?, b))),
        "pack_into" => no_kw(name).and_then(|_| Ok(pack_into(&fmt()?, args))),
        "unpack_from" => bytes_args::bind(&STRUCT_UNPACK_FROM, args, kw)
            .and_then(|[b, off]| Ok(unpack_from(&fmt()?, b, off))),
        "iter_unpack" => one(name).and_then(|b| Ok(iter_unpack(&fmt()?, f, b))),
        _ => return None,
    };
    Some(r.unwrap_or(0))
}

/// `()`: the module object (`pyaot_abi::BUILTIN_MODULE_CREATORS`).
#[no_mangle]
pub extern "C" fn pyaot_module_struct() -> Obj {
    modules::register_kw(&UNPACK_FROM);
    let m = modules::new_module("struct");
    if m == 0 {
        return 0;
    }
    let fs: &[(&str, extern "C" fn(*const Obj, usize) -> Obj)] = &[
        ("calcsize", s_calcsize),
        ("iter_unpack", s_iter_unpack),
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
    ];
    let error_type = &TYPE_STRUCT_ERROR as *const TypeObject as Obj;
    let struct_type = &TYPE_STRUCT as *const TypeObject as Obj;
    if modules::functions(m, fs).is_err()
        || modules::set(m, "error", error_type).is_err()
        || modules::set(m, "Struct", struct_type).is_err()
    {
        return 0;
    }
    m
}
