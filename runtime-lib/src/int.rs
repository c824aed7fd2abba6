//! `int` and `bool`: small tagged ints with machine-arithmetic fast paths, and the
//! dispatch to arbitrary precision (`bigint`) when an operand is big or a result
//! leaves the small-int range.
//!
//! Arithmetic follows Python: floor division and modulo round toward negative
//! infinity, `**` with a negative exponent gives a float, shifts reject negative
//! counts, bitwise operators act on infinite two's complement forms.

use crate::bigint::{self, arith, bits, conv};
use crate::exc;
use crate::object::{bool_obj, false_, true_, Obj, TypeObject, NOT_IMPLEMENTED, TYPE_OBJECT};
use core::cmp::Ordering;
use pyaot_abi::{small_int_range, tag_int, untag_int, CmpOp};

/// Smallest small int on this target.
pub const MIN: isize = small_int_range(usize::BITS).0 as isize;
/// Largest small int on this target.
pub const MAX: isize = small_int_range(usize::BITS).1 as isize;

/// `int`; big ints are objects of this type (`pyaot_abi::layout::bigint_*`).
#[export_name = "pyaot_type_int"]
pub static TYPE_INT: TypeObject = TypeObject {
    repr: Some(repr),
    hash: Some(|o| Ok(hash_word(o))),
    compare: Some(compare),
    truth: Some(|o| Ok(!bigint::is_zero(o))),
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

/// Whether `o` is an int of any size, or a bool.
#[inline]
pub fn is_int(o: Obj) -> bool {
    bigint::is_int(o)
}

/// The value of a small int or bool; `None` for anything else (big ints included).
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

/// An int object for `v`: a small int, or a big int beyond the small-int range.
#[inline]
pub fn new(v: isize) -> Obj {
    if (MIN..=MAX).contains(&v) {
        tag_int(v)
    } else {
        bigint::from_isize(v)
    }
}

/// An int object for an `i64`.
pub fn new_i64(v: i64) -> Obj {
    bigint::from_i128(v as i128)
}

/// The word-sized hash the runtime's containers use for a 64-bit CPython hash: the
/// value itself on 64-bit targets; on 32-bit ones its low word, so small tables
/// index like 64-bit CPython's.
#[inline]
pub fn fold_hash(h: i64) -> isize {
    let w = h as isize;
    if w == -1 {
        -2
    } else {
        w
    }
}

/// CPython's (64-bit) hash of any int or bool.
pub fn hash64(o: Obj) -> i64 {
    match value(o) {
        Some(v) => hash64_small(v),
        None => conv::hash64(o),
    }
}

fn hash64_small(n: isize) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    let m = (n.unsigned_abs() as u64 % MODULUS) as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The word hash of a small int: CPython's `hash(n)` (folded on 32-bit targets).
pub fn hash_int(n: isize) -> isize {
    fold_hash(hash64_small(n))
}

/// The word hash of any int.
pub fn hash_word(o: Obj) -> isize {
    fold_hash(hash64(o))
}

fn repr(o: Obj) -> Obj {
    if o & 1 == 1 {
        let mut buf = [0u8; 24];
        return crate::str::from_bytes(crate::fmt::int_decimal(untag_int(o), &mut buf));
    }
    bigint::radix::to_str(o, 10, "", false)
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

/// How two ints of any size order.
pub fn compare_ints(a: Obj, b: Obj) -> Ordering {
    if let (Some(x), Some(y)) = (value(a), value(b)) {
        return x.cmp(&y);
    }
    let (mut ta, mut tb) = (0, 0);
    let (x, y) = (bigint::view(a, &mut ta), bigint::view(b, &mut tb));
    match (x.neg, y.neg) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => bigint::mag::cmp(x.mag, y.mag),
        (true, true) => bigint::mag::cmp(y.mag, x.mag),
    }
}

/// How an int of any size orders against a float, exactly; None for NaN.
pub fn order_float(i: Obj, f: f64) -> Option<Ordering> {
    match value(i) {
        Some(v) => crate::float::order_int_float(v, f),
        None => conv::order_float(i, f),
    }
}

/// int against int; anything else (a float) is NOT_IMPLEMENTED, so `object::compare`
/// asks the other operand's reflected slot, as CPython's `long_richcompare` does.
/// float's slot compares with ints: naming `TYPE_FLOAT` here would link float's
/// repr (core's float formatting and parsing, 40 KiB on Thumb) into every program.
fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if is_int(b) {
        return bool_obj(cmp_values(compare_ints(a, b), Ordering::Equal, op));
    }
    NOT_IMPLEMENTED
}

/// `float(o)` for an int of any size; OverflowError when it is too large.
pub fn to_f64(o: Obj) -> Result<f64, ()> {
    conv::to_f64(o)
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
            match r.checked_mul(b) {
                Some(v) => r = v,
                None => return arith::pow(tag_int(base), tag_int(exp)),
            }
        }
        e >>= 1;
        if e > 0 {
            match b.checked_mul(b) {
                Some(v) => b = v,
                None => return arith::pow(tag_int(base), tag_int(exp)),
            }
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
    if n < isize::BITS as isize - 1 {
        let r = a << n;
        if r >> n == a {
            return new(r);
        }
    }
    bits::lshift(tag_int(a), tag_int(n))
}

fn rshift(a: isize, n: isize) -> Obj {
    if n < 0 {
        return exc::value_error(format_args!("negative shift count"));
    }
    let n = n.min(isize::BITS as isize - 1);
    tag_int(a >> n)
}

/// `a op b` for two small ints (or bools).
pub fn binop(op: BinOp, a: isize, b: isize) -> Obj {
    match op {
        // Small ints have at most 63 bits: sums and differences fit a word.
        BinOp::Add => new(a + b),
        BinOp::Sub => new(a - b),
        BinOp::Mul => match a.checked_mul(b) {
            Some(v) => new(v),
            None => bigint::from_i128(a as i128 * b as i128),
        },
        BinOp::TrueDiv => crate::float::int_true_div(a, b),
        BinOp::FloorDiv => {
            if b == 0 {
                return exc::zero_division("integer division or modulo by zero");
            }
            // Small ints never reach isize::MIN / -1.
            new(floor_div(a, b).unwrap_or(0))
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

/// `a op b` for two ints of any size, at least one big.
fn big_binop(op: BinOp, a: Obj, b: Obj) -> Obj {
    match op {
        BinOp::Add => arith::add(a, b),
        BinOp::Sub => arith::sub(a, b),
        BinOp::Mul => arith::mul(a, b),
        BinOp::TrueDiv => conv::true_div(a, b),
        BinOp::FloorDiv | BinOp::Mod => {
            if bigint::is_zero(b) {
                return exc::zero_division(if op == BinOp::Mod {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                });
            }
            match arith::divmod(a, b) {
                Ok((q, r)) => {
                    if op == BinOp::Mod {
                        r
                    } else {
                        q
                    }
                }
                Err(()) => 0,
            }
        }
        BinOp::Pow => {
            if bigint::is_negative(b) {
                // A negative power is a float power (0 ** -1 raises there).
                return match (to_f64(a), to_f64(b)) {
                    (Ok(x), Ok(y)) => crate::float::pow_obj(x, y),
                    _ => 0,
                };
            }
            arith::pow(a, b)
        }
        BinOp::LShift => bits::lshift(a, b),
        BinOp::RShift => bits::rshift(a, b),
        BinOp::And => bits::bitop(bits::BitOp::And, a, b),
        BinOp::Or => bits::bitop(bits::BitOp::Or, a, b),
        BinOp::Xor => bits::bitop(bits::BitOp::Xor, a, b),
    }
}

/// `a op b` where both are ints (of any size) or bools: `&`, `|`, `^` of two bools
/// stay bools. `None` when either is not an int.
pub fn binop_obj(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    if let (Some(x), Some(y)) = (value(a), value(b)) {
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && is_bool(a) && is_bool(b) {
            let r = binop(op, x, y);
            return Some(bool_obj(r != tag_int(0)));
        }
        return Some(binop(op, x, y));
    }
    if !(is_int(a) && is_int(b)) {
        return None;
    }
    Some(big_binop(op, a, b))
}

/// `divmod(a, b)` for ints of any size: the floor quotient and remainder.
pub fn divmod(a: Obj, b: Obj) -> Result<(Obj, Obj), ()> {
    if let (Some(x), Some(y)) = (value(a), value(b)) {
        if y == 0 {
            exc::zero_division("integer division or modulo by zero");
            return Err(());
        }
        return Ok((new(floor_div(x, y).unwrap_or(0)), tag_int(floor_mod(x, y))));
    }
    arith::divmod(a, b)
}

/// `-a` for an int of any size.
pub fn neg(a: Obj) -> Obj {
    match value(a) {
        Some(v) => new(-v),
        None => arith::neg(a),
    }
}

/// `abs(a)` for an int of any size.
pub fn abs(a: Obj) -> Obj {
    match value(a) {
        Some(v) => new(v.abs()),
        None => arith::abs(a),
    }
}

/// `~a` for an int of any size.
pub fn invert(a: Obj) -> Obj {
    match value(a) {
        Some(v) => tag_int(!v),
        None => bits::invert(a),
    }
}
