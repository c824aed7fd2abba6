//! C interop: the C types that cross the boundary between C and compiled Python
//! (`@export` and `@extern` functions of the `pyaot` module), as the compiler names
//! them to the runtime's conversion functions (`RtFn::CffiBox`, `RtFn::CffiUnbox`).
//!
//! A C value travels through an 8-byte "cell" in memory: the compiler moves it
//! between its calling-convention location (a register, a register pair, the stack)
//! and the cell, and the runtime converts between the cell and a Python object.
//! Integers are stored in the cell sign- or zero-extended to 64 bits, so any
//! register-sized load of the cell gives a properly extended value; floats as their
//! IEEE bits (`f32` in the first four bytes); pointers as a machine word.

/// A C type of an exported or external function's parameter or result.
#[repr(usize)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CType {
    /// `void` (a result only: Python's `None`).
    Void = 0,
    /// `bool` (`_Bool`): Python's `bool`.
    Bool = 1,
    /// `intptr_t`: Python's `int`.
    Isize = 2,
    /// `int8_t` (`pyaot.i8`).
    I8 = 3,
    /// `int16_t` (`pyaot.i16`).
    I16 = 4,
    /// `int32_t` (`pyaot.i32`).
    I32 = 5,
    /// `int64_t` (`pyaot.i64`).
    I64 = 6,
    /// `uint8_t` (`pyaot.u8`).
    U8 = 7,
    /// `uint16_t` (`pyaot.u16`).
    U16 = 8,
    /// `uint32_t` (`pyaot.u32`).
    U32 = 9,
    /// `uint64_t` (`pyaot.u64`).
    U64 = 10,
    /// `float` (`pyaot.f32`).
    F32 = 11,
    /// `double`: Python's `float` (and `pyaot.f64`).
    F64 = 12,
    /// `const char *`, NUL-terminated UTF-8: Python's `str`.
    Str = 13,
    /// `pyaot_obj`: any other Python value, as an opaque handle.
    Obj = 14,
    /// `const uint8_t *` plus `size_t`: Python's `bytes`, a parameter only. It is
    /// two C values and takes two cells, the pointer's then the length's.
    Bytes = 15,
}

impl CType {
    /// Every C type, in code order.
    pub const ALL: &'static [CType] = &[
        CType::Void,
        CType::Bool,
        CType::Isize,
        CType::I8,
        CType::I16,
        CType::I32,
        CType::I64,
        CType::U8,
        CType::U16,
        CType::U32,
        CType::U64,
        CType::F32,
        CType::F64,
        CType::Str,
        CType::Obj,
        CType::Bytes,
    ];

    /// Decodes the code a runtime conversion received.
    pub fn from_usize(v: usize) -> Option<CType> {
        CType::ALL.get(v).copied()
    }

    /// The type as the generated C header spells it.
    pub const fn c_name(self) -> &'static str {
        match self {
            CType::Void => "void",
            CType::Bool => "bool",
            CType::Isize => "intptr_t",
            CType::I8 => "int8_t",
            CType::I16 => "int16_t",
            CType::I32 => "int32_t",
            CType::I64 => "int64_t",
            CType::U8 => "uint8_t",
            CType::U16 => "uint16_t",
            CType::U32 => "uint32_t",
            CType::U64 => "uint64_t",
            CType::F32 => "float",
            CType::F64 => "double",
            CType::Str => "const char *",
            CType::Obj => "pyaot_obj",
            // The pointer; the length follows as a `size_t` parameter.
            CType::Bytes => "const uint8_t *",
        }
    }

    /// For an integer type: (bits, signed), `Isize` being `word_bits` wide. None for
    /// the others (bool included).
    pub const fn int_bits(self, word_bits: u32) -> Option<(u32, bool)> {
        Some(match self {
            CType::Isize => (word_bits, true),
            CType::I8 => (8, true),
            CType::I16 => (16, true),
            CType::I32 => (32, true),
            CType::I64 => (64, true),
            CType::U8 => (8, false),
            CType::U16 => (16, false),
            CType::U32 => (32, false),
            CType::U64 => (64, false),
            _ => return None,
        })
    }

    /// Whether the type is `float` or `double`.
    pub const fn is_float(self) -> bool {
        matches!(self, CType::F32 | CType::F64)
    }

    /// Bytes the value occupies in its cell (and in memory as C lays it out).
    pub const fn size(self, word_bytes: u32) -> u32 {
        match self {
            CType::Void => 0,
            CType::Bool | CType::I8 | CType::U8 => 1,
            CType::I16 | CType::U16 => 2,
            CType::I32 | CType::U32 | CType::F32 => 4,
            CType::I64 | CType::U64 | CType::F64 => 8,
            CType::Isize | CType::Str | CType::Obj => word_bytes,
            CType::Bytes => 2 * word_bytes,
        }
    }

    /// How many C values (and cells) the type takes: 2 for `Bytes` (pointer and
    /// length), 0 for `Void`, 1 for the others.
    pub const fn c_values(self) -> u32 {
        match self {
            CType::Void => 0,
            CType::Bytes => 2,
            _ => 1,
        }
    }
}

/// Bytes of one cell: room for any C value.
pub const CELL_BYTES: u32 = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for (i, t) in CType::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
            assert_eq!(CType::from_usize(i), Some(*t));
        }
        assert_eq!(CType::from_usize(CType::ALL.len()), None);
    }

    #[test]
    fn integer_widths() {
        assert_eq!(CType::Isize.int_bits(32), Some((32, true)));
        assert_eq!(CType::U64.int_bits(32), Some((64, false)));
        assert_eq!(CType::Bool.int_bits(64), None);
        assert!(CType::F32.is_float() && !CType::Str.is_float());
    }
}
