//! `int` (small tagged ints; arbitrary precision comes later) and `bool`.
//!
//! Arithmetic follows Python: floor division and modulo round toward negative
//! infinity, `**` with a negative exponent gives a float, shifts reject negative
//! counts. A result outside the small-int range raises OverflowError: pyaot never
//! wraps silently.

use crate::exc;
use crate::object::{bool_obj, false_, true_, Obj, TypeObject, NOT_IMPLEMENTED, TYPE_OBJECT};
use pyaot_abi::{small_int_range, tag_int, untag_int, CmpOp};

/// Smallest small int on this target.
pub const MIN: isize = small_int_range(usize::BITS).0 as isize;
/// Largest small int on this target.
pub const MAX: isize = small_int_range(usize::BITS).1 as isize;

/// `int`.
pub static TYPE_INT: TypeObject = TypeObject {
    repr: Some(repr),
    hash: Some(|o| Ok(hash_int(untag_int(o)))),
    compare: Some(compare),
    ..TypeObject::new("int", Some(&TYPE_OBJECT))
};

/// `bool`.
pub static TYPE_BOOL: TypeObject = TypeObject {
    repr: Some(|o| {
        if o == true_() {
            crate::static_str!("True")
        } else {
            crate::static_str!("False")
        }
    }),
    hash: Some(|o| Ok((o == true_()) as isize)),
    compare: Some(compare),
    truth: Some(|o| Ok(o == true_())),
    ..TypeObject::new("bool", Some(&TYPE_INT))
};

/// Whether `o` is a bool.
#[inline]
pub fn is_bool(o: Obj) -> bool {
    o == true_() || o == false_()
}

/// The value of a small int or bool; `None` for anything else.
#[inline]
pub fn value(o: Obj) -> Option<isize> {
    if o & 1 == 1 {
        Some(untag_int(o))
    } else if o == true_() {
        Some(1)
    } else if o == false_() {
        Some(0)
    } else {
        None
    }
}

/// An int object for `v`; OverflowError beyond the small-int range.
#[inline]
pub fn new(v: isize) -> Obj {
    if (MIN..=MAX).contains(&v) {
        tag_int(v)
    } else {
        exc::int_overflow()
    }
}

/// An int object for a checked result (`None` = overflowed the machine word).
#[inline]
fn new_checked(v: Option<isize>) -> Obj {
    match v {
        Some(v) => new(v),
        None => exc::int_overflow(),
    }
}

/// An int object for an `i64` (e.g. a float's integral value).
pub fn new_i64(v: i64) -> Obj {
    match isize::try_from(v) {
        Ok(v) => new(v),
        Err(_) => exc::int_overflow(),
    }
}

/// CPython's hash of an int: `n mod (2**61 - 1)` keeping the sign (modulus
/// `2**31 - 1` on 32-bit targets), with -1 (the C API's error value) mapped to -2.
pub fn hash_int(n: isize) -> isize {
    let modulus: u64 = if usize::BITS == 64 {
        (1 << 61) - 1
    } else {
        (1 << 31) - 1
    };
    let m = (n.unsigned_abs() as u64 % modulus) as isize;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn repr(o: Obj) -> Obj {
    let mut buf = [0u8; 24];
    crate::str::from_bytes(crate::fmt::int_decimal(untag_int(o), &mut buf))
}

/// Compares two machine integers with `op`.
#[inline]
pub fn cmp_values<T: PartialOrd>(a: T, b: T, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    let Some(x) = value(a) else {
        return NOT_IMPLEMENTED;
    };
    if let Some(y) = value(b) {
        return bool_obj(cmp_values(x, y, op));
    }
    if crate::float::is_float(b) {
        return bool_obj(crate::float::compare_int_float(
            x,
            crate::float::value(b),
            op,
        ));
    }
    NOT_IMPLEMENTED
}

/// The integer binary operators, as `ops` dispatches them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator as Python's error messages spell it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// `a // b` rounding toward negative infinity (b != 0).
#[inline]
pub fn floor_div(a: isize, b: isize) -> Option<isize> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` with the sign of `b` (b != 0).
#[inline]
pub fn floor_mod(a: isize, b: isize) -> isize {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

fn pow(base: isize, exp: isize) -> Obj {
    if exp < 0 {
        return crate::float::pow_obj(base as f64, exp as f64);
    }
    let (mut r, mut b, mut e) = (1isize, base, exp as usize);
    while e > 0 {
        if e & 1 == 1 {
            r = match r.checked_mul(b) {
                Some(v) => v,
                None => return exc::int_overflow(),
            };
        }
        e >>= 1;
        if e > 0 {
            b = match b.checked_mul(b) {
                Some(v) => v,
                None => return exc::int_overflow(),
            };
        }
    }
    new(r)
}

fn lshift(a: isize, n: isize) -> Obj {
    if n < 0 {
        return exc::value_error(format_args!("negative shift count"));
    }
    if a == 0 {
        return tag_int(0);
    }
    if n >= isize::BITS as isize - 1 {
        return exc::int_overflow();
    }
    let r = a << n;
    if r >> n != a {
        return exc::int_overflow();
    }
    new(r)
}

fn rshift(a: isize, n: isize) -> Obj {
    if n < 0 {
        return exc::value_error(format_args!("negative shift count"));
    }
    let n = n.min(isize::BITS as isize - 1);
    tag_int(a >> n)
}

/// `a op b` for two ints (small ints or bools).
pub fn binop(op: BinOp, a: isize, b: isize) -> Obj {
    match op {
        BinOp::Add => new_checked(a.checked_add(b)),
        BinOp::Sub => new_checked(a.checked_sub(b)),
        BinOp::Mul => new_checked(a.checked_mul(b)),
        BinOp::TrueDiv => crate::float::int_true_div(a, b),
        BinOp::FloorDiv => {
            if b == 0 {
                return exc::zero_division("integer division or modulo by zero");
            }
            new_checked(floor_div(a, b))
        }
        BinOp::Mod => {
            if b == 0 {
                return exc::zero_division("integer modulo by zero");
            }
            tag_int(floor_mod(a, b))
        }
        BinOp::Pow => pow(a, b),
        BinOp::LShift => lshift(a, b),
        BinOp::RShift => rshift(a, b),
        BinOp::And => tag_int(a & b),
        BinOp::Or => tag_int(a | b),
        BinOp::Xor => tag_int(a ^ b),
    }
}

/// `a op b` where both are ints or bools: `&`, `|`, `^` of two bools stay bools.
pub fn binop_obj(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    let (x, y) = (value(a)?, value(b)?);
    if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && is_bool(a) && is_bool(b) {
        let r = binop(op, x, y);
        return Some(bool_obj(r != tag_int(0)));
    }
    Some(binop(op, x, y))
}
