//! Conversions at the C boundary: between a C value in an 8-byte cell and a Python
//! object (`pyaot_abi::CType` describes cells), for `@export` functions (C calls
//! Python) and `@extern` ones (Python calls C), and the address checks of
//! `pyaot.mem8/16/32`.
//!
//! Errors follow CPython's C-API conversions (`PyLong_AsSsize_t`, `PyFloat_AsDouble`,
//! `PyUnicode_AsUTF8`): an int that does not fit raises OverflowError, a value of the
//! wrong type TypeError, a str with an embedded NUL ValueError.

use crate::object::{self, type_of, Obj, TypeObject};
use crate::{bigint, bytes, exc, float, int, str as pystr};
use pyaot_abi::CType;

/// `UnicodeDecodeError`: bytes from C that are not UTF-8 (a `ValueError`, as in
/// CPython, where it derives from it through `UnicodeError`).
pub static TYPE_UNICODE_DECODE_ERROR: TypeObject =
    exc::exc_type("UnicodeDecodeError", &exc::TYPE_VALUE_ERROR);

fn ctype(code: usize) -> CType {
    // The compiler only passes codes it took from `CType`: anything else is a bug.
    CType::from_usize(code).unwrap_or_else(|| panic!("bad C type code {code}"))
}

/// The Python object for the C value of type `code` in `cell`; 0 with an exception
/// pending (MemoryError, UnicodeDecodeError, or the exception a C function left
/// pending when it returned a null `pyaot_obj`).
///
/// # Safety
/// `cell` is an 8-byte cell holding a value of type `code` (the compiler's frame
/// cells); two consecutive cells for `bytes`, whose pointer addresses as many
/// readable bytes as the second cell says (or is null).
#[no_mangle]
pub unsafe extern "C" fn pyaot_cffi_box(code: usize, cell: *const u8) -> Obj {
    // SAFETY: the compiler passes an 8-byte, 8-aligned cell holding a value of the
    // type it names.
    let raw = unsafe { core::ptr::read(cell as *const u64) };
    let ty = ctype(code);
    if ty == CType::Bytes {
        // SAFETY: a `bytes` value has a second cell, its length.
        let len = unsafe { core::ptr::read((cell as *const u64).add(1)) } as usize;
        return bytes_from_c(raw as usize as *const u8, len);
    }
    box_value(ty, raw)
}

/// A bytes object copied from `len` bytes at `p` (None for a null pointer, as a
/// null `const char *` is None).
///
/// # Safety
/// A non-null `p` addresses `len` readable bytes.
unsafe fn bytes_from_c(p: *const u8, len: usize) -> Obj {
    if p.is_null() {
        return object::none();
    }
    // SAFETY: the caller's promise.
    bytes::from_slice(unsafe { core::slice::from_raw_parts(p, len) })
}

/// Boxes the C value whose cell holds `raw` (see `CType` for the layout).
pub fn box_value(ty: CType, raw: u64) -> Obj {
    let word = raw as usize;
    match ty {
        CType::Void => object::none(),
        CType::Bool => object::bool_obj(raw as u8 != 0),
        CType::Isize => int::new(word as isize),
        CType::I8 => int::new(raw as i8 as isize),
        CType::I16 => int::new(raw as i16 as isize),
        CType::I32 => bigint::from_i128(raw as i32 as i128),
        CType::I64 => bigint::from_i128(raw as i64 as i128),
        CType::U8 => int::new(raw as u8 as isize),
        CType::U16 => int::new(raw as u16 as isize),
        CType::U32 => bigint::from_i128(raw as u32 as i128),
        CType::U64 => bigint::from_i128(raw as i128),
        CType::F32 => float::float_new(f32::from_bits(raw as u32) as f64),
        CType::F64 => float::float_new(f64::from_bits(raw)),
        CType::Str => str_from_c(word as *const u8),
        // Two cells: `pyaot_cffi_box` reads them. A single raw word is never bytes.
        CType::Bytes => exc::runtime_error(format_args!("bytes crossed from C in one cell")),
        CType::Obj => {
            if word != 0 {
                word
            } else if exc::pending() != 0 {
                0
            } else {
                exc::runtime_error(format_args!(
                    "a null pyaot_obj crossed from C without an exception set"
                ))
            }
        }
    }
}

/// A str from a NUL-terminated C string (None for a null pointer).
fn str_from_c(p: *const u8) -> Obj {
    if p.is_null() {
        return object::none();
    }
    let mut n = 0;
    // SAFETY: C passes a NUL-terminated string.
    while unsafe { *p.add(n) } != 0 {
        n += 1;
    }
    // SAFETY: the `n` bytes before the NUL.
    let bytes = unsafe { core::slice::from_raw_parts(p, n) };
    str_from_utf8(bytes)
}

/// A str from bytes that should be UTF-8: UnicodeDecodeError (CPython's message)
/// when they are not.
pub fn str_from_utf8(bytes: &[u8]) -> Obj {
    match core::str::from_utf8(bytes) {
        Ok(s) => pystr::from_str(s),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = bytes[at];
            let reason = match e.error_len() {
                _ if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
                None => "unexpected end of data",
                Some(_) => "invalid continuation byte",
            };
            exc::raise_fmt(
                &TYPE_UNICODE_DECODE_ERROR,
                format_args!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
                    byte, at, reason
                ),
            )
        }
    }
}

/// Converts `o` to the C type `code` into `cell` (integers extended to 64 bits);
/// returns 1, or 0 with the exception pending. A `bytes` value fills two cells:
/// the address of the object's bytes (valid while the object lives, which the
/// compiled caller's variable ensures for the call) and their count.
///
/// # Safety
/// `o` is an object and `cell` a writable 8-byte cell (two for `bytes`).
#[no_mangle]
pub unsafe extern "C" fn pyaot_cffi_unbox(code: usize, o: Obj, cell: *mut u8) -> usize {
    let ty = ctype(code);
    if ty == CType::Bytes {
        if !bytes::is_bytes(o) {
            exc::type_error(format_args!("expected bytes, not {}", type_of(o).name));
            return 0;
        }
        let b = bytes::as_bytes(o);
        // SAFETY: the compiler passes two 8-byte, 8-aligned cells for bytes.
        unsafe {
            core::ptr::write(cell as *mut u64, b.as_ptr() as usize as u64);
            core::ptr::write((cell as *mut u64).add(1), b.len() as u64);
        }
        return 1;
    }
    match unbox_value(ty, o) {
        Ok(raw) => {
            // SAFETY: the compiler passes an 8-byte, 8-aligned cell.
            unsafe { core::ptr::write(cell as *mut u64, raw) };
            1
        }
        Err(()) => 0,
    }
}

/// The cell contents for `o` as a C value of type `ty`.
pub fn unbox_value(ty: CType, o: Obj) -> Result<u64, ()> {
    if let Some((bits, signed)) = ty.int_bits(usize::BITS) {
        let v = int_in_range(o, bits, signed, ty)?;
        return Ok(v as u64);
    }
    match ty {
        CType::Void => Ok(0),
        CType::Bool => object::is_true(o).map(|b| b as u64),
        CType::F64 => to_double(o).map(f64::to_bits),
        CType::F32 => {
            let v = to_double(o)?;
            let f = v as f32;
            if f.is_infinite() && v.is_finite() {
                exc::overflow_error(format_args!("Python float too large to convert to C float"));
                return Err(());
            }
            Ok(f.to_bits() as u64)
        }
        CType::Str => utf8_of(o).map(|p| p as u64),
        CType::Obj => Ok(o as u64),
        // Two cells: `pyaot_cffi_unbox` writes them.
        CType::Bytes => {
            exc::runtime_error(format_args!("bytes crossed to C in one cell"));
            Err(())
        }
        // Integer types were handled above.
        _ => Ok(0),
    }
}

/// The value of int `o` if it fits `bits` bits (signed or not), as an `i128` whose
/// low 64 bits are the value sign- or zero-extended; OverflowError or TypeError as
/// CPython's `PyLong_As*` raise them.
fn int_in_range(o: Obj, bits: u32, signed: bool, ty: CType) -> Result<i128, ()> {
    if !int::is_int(o) {
        exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(o).name
        ));
        return Err(());
    }
    let v = bigint::to_i128(o);
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    match v {
        Some(v) if (lo..=hi).contains(&v) => Ok(v),
        _ if !signed && bigint::is_negative(o) => {
            exc::overflow_error(format_args!("can't convert negative int to unsigned"));
            Err(())
        }
        _ => {
            exc::overflow_error(format_args!(
                "Python int too large to convert to C {}",
                ty.c_name()
            ));
            Err(())
        }
    }
}

/// `o` as a double: floats, ints and bools, as `PyFloat_AsDouble` takes them.
fn to_double(o: Obj) -> Result<f64, ()> {
    match float::to_f64(o) {
        Some(r) => r,
        None => {
            exc::type_error(format_args!("must be real number, not {}", type_of(o).name));
            Err(())
        }
    }
}

/// The NUL-terminated UTF-8 bytes of str `o`, which the object keeps alive: valid as
/// long as the object is (a C callee must not keep the pointer after it returns).
fn utf8_of(o: Obj) -> Result<usize, ()> {
    if !pystr::is_str(o) {
        exc::type_error(format_args!("expected str, not {}", type_of(o).name));
        return Err(());
    }
    let b = pystr::as_bytes(o);
    if b.contains(&0) {
        exc::value_error(format_args!("embedded null character"));
        return Err(());
    }
    // A str's bytes are followed by a NUL (`pyaot_abi::layout::str_data`).
    Ok(b.as_ptr() as usize)
}

/// The address `o` names for an access of `width` bits (`pyaot.mem32[o]`), into the
/// word at `cell`: OverflowError outside 0 ..= the largest address, TypeError for a
/// non-int, ValueError when it is not aligned to the width. Returns 1, or 0 when it
/// raised.
///
/// # Safety
/// `o` is an object and `cell` a writable word.
#[no_mangle]
pub unsafe extern "C" fn pyaot_mem_address(o: Obj, width: usize, cell: *mut usize) -> usize {
    if !int::is_int(o) {
        exc::type_error(format_args!(
            "'{}' object cannot be interpreted as an integer",
            type_of(o).name
        ));
        return 0;
    }
    let v = match bigint::to_i128(o) {
        Some(v) if (0..=usize::MAX as i128).contains(&v) => v as usize,
        _ => {
            exc::overflow_error(format_args!("address out of range"));
            return 0;
        }
    };
    if v % (width / 8) != 0 {
        exc::value_error(format_args!("unaligned address 0x{:x} for mem{}", v, width));
        return 0;
    }
    // SAFETY: the compiler passes a word-sized cell.
    unsafe { *cell = v };
    1
}
