//! Operator entry points: the slow paths behind compiled code's inline small-int and
//! float fast paths. Numbers (int, bool, float) are handled here; sequences delegate
//! to their types (`str`, `list`, `tuple`). Error messages are CPython's.

use crate::exc;
use crate::float;
use crate::int::{self, BinOp};
use crate::object::{self, bool_obj, is_type, type_of, Obj};
use crate::{list, str as pystr, tuple};
use core::sync::atomic::{AtomicBool, Ordering};
use pyaot_abi::{is_small_int, tag_int, untag_int, CmpOp};

/// The name of a binary operator's dunder method, without underscores.
fn dunder_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::TrueDiv => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::And => "and",
        BinOp::Or => "or",
        BinOp::Xor => "xor",
    }
}

/// Set while `a op= b` falls back to `a op b`, so that the TypeError names the
/// augmented operator (`for +=:`) as CPython's does. Taken (cleared) by the first
/// `unsupported` below, before any user `__op__` runs, so operators inside those
/// methods report their own plain symbol.
static IN_PLACE: AtomicBool = AtomicBool::new(false);

/// `a op b` through the binary-operator entry of `x`'s type's method table (`x` is
/// `a` or `b`); None when it has none or it does not apply.
fn type_binop(x: Obj, a: Obj, b: Obj, op: BinOp) -> Option<Obj> {
    if x & 1 == 1 {
        return None;
    }
    let f = type_of(x).methods.and_then(|m| m.binop)?;
    f(a, b, op.symbol())
}

/// No built-in meaning for `a op b`: the operands' `__op__`/`__rop__` methods when
/// their classes define them, else CPython's TypeError.
fn unsupported(op: BinOp, a: Obj, b: Obj) -> Obj {
    let in_place = IN_PLACE.swap(false, Ordering::Relaxed);
    if let Some(r) = crate::typeext::binop(op, a, b) {
        return r;
    }
    if let Some(r) = crate::set::binop(a, b, op.symbol()) {
        return r;
    }
    // A keys or items view (or a mappingproxy) on the left decides at once
    // (CPython's dictviews_or and friends never return NotImplemented); on the
    // right, after the left operand's own method. Through the type's method table:
    // naming them here would link views as sets into every program with an operator.
    if let Some(r) = type_binop(a, a, b, op) {
        return r;
    }
    if op == BinOp::Or {
        if let Some(r) = crate::dict::or(a, b) {
            return r;
        }
    }
    if let Some(r) = crate::class::binop(a, b, dunder_name(op)) {
        return r;
    }
    let base = crate::subclass::base_of(a).or(crate::subclass::base_of(b));
    if let Some(r) = base.and_then(|x| (x.binop)(a, b, op.symbol())) {
        return r;
    }
    if let Some(r) = type_binop(b, a, b, op) {
        return r;
    }
    exc::type_error(format_args!(
        "unsupported operand type(s) for {}{}: '{}' and '{}'",
        op.symbol(),
        if in_place { "=" } else { "" },
        type_of(a).name,
        type_of(b).name
    ))
}

/// `a op b` for numbers; `None` when either operand is not a number.
fn numeric(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    if let Some(r) = int::binop_obj(op, a, b) {
        return Some(r);
    }
    if !(float::is_float(a) || float::is_float(b)) {
        return None;
    }
    let (x, y) = (float::to_f64(a)?, float::to_f64(b)?);
    if matches!(
        op,
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
    ) {
        return Some(unsupported(op, a, b));
    }
    // An int too large for a double raises OverflowError, as in CPython.
    Some(match (x, y) {
        (Ok(x), Ok(y)) => float::binop(op, x, y),
        _ => 0,
    })
}

/// The sequence types `+` and `*` know, with their concat and repeat.
struct Seq {
    concat: fn(Obj, Obj) -> Obj,
    repeat: fn(Obj, isize) -> Obj,
}

fn seq_of(o: Obj) -> Option<Seq> {
    if o & 1 == 1 {
        return None;
    }
    if pystr::is_str(o) {
        Some(Seq {
            concat: pystr::concat,
            repeat: pystr::repeat,
        })
    } else if is_type(o, &list::TYPE_LIST) {
        Some(Seq {
            concat: list::concat,
            repeat: list::repeat,
        })
    } else if is_type(o, &tuple::TYPE_TUPLE) {
        Some(Seq {
            concat: tuple::concat,
            repeat: tuple::repeat,
        })
    } else {
        None
    }
}

/// `a op b` by `a`'s extra slots (bytes), which come before the sequence rules.
fn ext_first(op: BinOp, a: Obj, b: Obj) -> Option<Obj> {
    (crate::typeext::of(a)?.binop)(op, a, b)
}

fn add_slow(a: Obj, b: Obj) -> Obj {
    if let Some(r) = numeric(BinOp::Add, a, b) {
        return r;
    }
    if let Some(r) = ext_first(BinOp::Add, a, b) {
        return r;
    }
    if let Some(seq) = seq_of(a) {
        if core::ptr::eq(type_of(a), type_of(b)) {
            return (seq.concat)(a, b);
        }
        if crate::subclass::base_of(b).is_some() && type_of(b).is_subtype(type_of(a)) {
            // A list and an instance of a class extending list: its `__radd__` first.
            return crate::class::binop(a, b, "add").unwrap_or_else(|| (seq.concat)(a, b));
        }
        return exc::type_error(format_args!(
            "can only concatenate {} (not \"{}\") to {}",
            type_of(a).name,
            type_of(b).name,
            type_of(a).name
        ));
    }
    unsupported(BinOp::Add, a, b)
}

fn mul_slow(a: Obj, b: Obj) -> Obj {
    if let Some(r) = numeric(BinOp::Mul, a, b) {
        return r;
    }
    if let Some(r) = ext_first(BinOp::Mul, a, b) {
        return r;
    }
    let (seq, n, other) = match (seq_of(a), seq_of(b)) {
        (Some(s), _) => (s, a, b),
        (None, Some(s)) => (s, b, a),
        (None, None) => return unsupported(BinOp::Mul, a, b),
    };
    match int::value(other) {
        Some(k) => (seq.repeat)(n, k),
        None if int::is_int(other) => {
            exc::overflow_error(format_args!("cannot fit 'int' into an index-sized integer"))
        }
        None => exc::type_error(format_args!(
            "can't multiply sequence by non-int of type '{}'",
            type_of(other).name
        )),
    }
}

/// `a op b` for any operands, without `%`'s str formatting (`pyaot_mod`'s): the
/// numeric types, then the operands' methods.
pub(crate) fn binary(op: BinOp, a: Obj, b: Obj) -> Obj {
    match numeric(op, a, b) {
        Some(r) => r,
        None => unsupported(op, a, b),
    }
}

/// `a + b`.
#[no_mangle]
pub extern "C" fn pyaot_add(a: Obj, b: Obj) -> Obj {
    if is_small_int(a & b) {
        return int::binop(BinOp::Add, untag_int(a), untag_int(b));
    }
    add_slow(a, b)
}

/// `a - b`.
#[no_mangle]
pub extern "C" fn pyaot_sub(a: Obj, b: Obj) -> Obj {
    if is_small_int(a & b) {
        return int::binop(BinOp::Sub, untag_int(a), untag_int(b));
    }
    binary(BinOp::Sub, a, b)
}

/// `a * b`.
#[no_mangle]
pub extern "C" fn pyaot_mul(a: Obj, b: Obj) -> Obj {
    if is_small_int(a & b) {
        return int::binop(BinOp::Mul, untag_int(a), untag_int(b));
    }
    mul_slow(a, b)
}

/// `a / b`.
#[no_mangle]
pub extern "C" fn pyaot_truediv(a: Obj, b: Obj) -> Obj {
    binary(BinOp::TrueDiv, a, b)
}

/// `a // b`.
#[no_mangle]
pub extern "C" fn pyaot_floordiv(a: Obj, b: Obj) -> Obj {
    binary(BinOp::FloorDiv, a, b)
}

/// `a % b` (`str % args` formatting is not supported yet).
#[no_mangle]
pub extern "C" fn pyaot_mod(a: Obj, b: Obj) -> Obj {
    if a & 1 == 0 && pystr::is_str(a) {
        return crate::strformat::percent(a, b);
    }
    binary(BinOp::Mod, a, b)
}

/// `a ** b`.
#[no_mangle]
pub extern "C" fn pyaot_pow(a: Obj, b: Obj) -> Obj {
    binary(BinOp::Pow, a, b)
}

/// `a << b`.
#[no_mangle]
pub extern "C" fn pyaot_lshift(a: Obj, b: Obj) -> Obj {
    binary(BinOp::LShift, a, b)
}

/// `a >> b`.
#[no_mangle]
pub extern "C" fn pyaot_rshift(a: Obj, b: Obj) -> Obj {
    binary(BinOp::RShift, a, b)
}

/// `a & b`.
#[no_mangle]
pub extern "C" fn pyaot_bitand(a: Obj, b: Obj) -> Obj {
    binary(BinOp::And, a, b)
}

/// `a | b`.
#[no_mangle]
pub extern "C" fn pyaot_bitor(a: Obj, b: Obj) -> Obj {
    binary(BinOp::Or, a, b)
}

/// `a ^ b`.
#[no_mangle]
pub extern "C" fn pyaot_bitxor(a: Obj, b: Obj) -> Obj {
    binary(BinOp::Xor, a, b)
}

fn bad_unary(sym: &str, a: Obj) -> Obj {
    let dunder = match sym {
        "-" => "__neg__",
        "+" => "__pos__",
        _ => "__invert__",
    };
    if let Some(r) = crate::class::unary(a, dunder) {
        return r;
    }
    exc::type_error(format_args!(
        "bad operand type for unary {}: '{}'",
        sym,
        type_of(a).name
    ))
}

/// `-a`.
#[no_mangle]
pub extern "C" fn pyaot_neg(a: Obj) -> Obj {
    if int::is_int(a) {
        return int::neg(a);
    }
    if float::is_float(a) {
        return float::float_new(-float::value(a));
    }
    bad_unary("-", a)
}

/// `+a`.
#[no_mangle]
pub extern "C" fn pyaot_pos(a: Obj) -> Obj {
    if let Some(v) = int::value(a) {
        return tag_int(v);
    }
    if int::is_int(a) || float::is_float(a) {
        return a;
    }
    bad_unary("+", a)
}

/// `~a`.
#[no_mangle]
pub extern "C" fn pyaot_invert(a: Obj) -> Obj {
    if int::is_int(a) {
        return int::invert(a);
    }
    bad_unary("~", a)
}

/// `a op b` for a comparison operator (`pyaot_abi::CmpOp` as a word).
#[no_mangle]
pub extern "C" fn pyaot_compare(a: Obj, b: Obj, op: usize) -> Obj {
    let Some(op) = CmpOp::from_usize(op) else {
        return exc::runtime_error(format_args!("bad comparison operator {}", op));
    };
    if is_small_int(a & b) {
        // Tagging (2v + 1) preserves order, so the words compare as the values.
        return bool_obj(int::cmp_values(a as isize, b as isize, op));
    }
    object::compare(a, b, op)
}

/// `item in container`: True or False.
#[no_mangle]
pub extern "C" fn pyaot_contains(item: Obj, container: Obj) -> Obj {
    let ty = type_of(container);
    if let Some(f) = ty.contains {
        return f(container, item);
    }
    if ty.iter.is_none() {
        return exc::type_error(format_args!(
            "argument of type '{}' is not iterable",
            ty.name
        ));
    }
    let mut found = false;
    let r = crate::func::for_each(container, |x| {
        if object::eq(x, item)? {
            found = true;
            // Stop the walk early; not an error.
            return Err(());
        }
        Ok(())
    });
    if r.is_err() && !found {
        return 0;
    }
    bool_obj(found)
}

/// `bool(o)`: True or False.
#[no_mangle]
pub extern "C" fn pyaot_is_true(o: Obj) -> Obj {
    match object::is_true(o) {
        Ok(b) => bool_obj(b),
        Err(()) => 0,
    }
}

/// `a op= b` (`op` indexes `pyaot_abi::INPLACE_OPS`): mutable containers change in
/// place and classes' in-place methods run, as CPython's in-place protocol does; all
/// else is `a op b`.
#[no_mangle]
pub extern "C" fn pyaot_inplace(a: Obj, b: Obj, op: usize) -> Obj {
    const OPS: [BinOp; 12] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];
    let Some(&bop) = OPS.get(op) else {
        return exc::type_error(format_args!("bad in-place operator"));
    };
    if a & 1 == 0 && is_type(a, &list::TYPE_LIST) {
        match bop {
            BinOp::Add => {
                return match list::extend(a, b) {
                    Ok(()) => a,
                    Err(()) => 0,
                }
            }
            BinOp::Mul if int::is_int(b) => {
                let r = list::repeat(a, int::value(b).unwrap_or(isize::MAX));
                if r == 0 {
                    return 0;
                }
                return match list::replace_contents(a, list::items(r)) {
                    Ok(()) => a,
                    Err(()) => 0,
                };
            }
            _ => {}
        }
    }
    if let Some(f) = crate::typeext::of(a).and_then(|x| x.inplace) {
        if let Some(r) = f(bop, a, b) {
            return r;
        }
    }
    if let Some(r) = crate::set::inplace(a, b, bop.symbol()) {
        return r;
    }
    if bop == BinOp::Or {
        if let Some(r) = crate::dict::ior(a, b) {
            return r;
        }
        if let Some(r) = crate::dict::proxy::ior(a) {
            return r;
        }
    }
    if let Some(r) = crate::class::inplace(a, b, dunder_name(bop)) {
        return r;
    }
    let base = crate::subclass::base_of(a);
    if let Some(r) = base.and_then(|x| (x.inplace)(a, b, bop.symbol())) {
        return r;
    }
    // The plain operator, through its entry point (sequence concatenation included).
    let f: extern "C" fn(Obj, Obj) -> Obj = match bop {
        BinOp::Add => pyaot_add,
        BinOp::Sub => pyaot_sub,
        BinOp::Mul => pyaot_mul,
        BinOp::TrueDiv => pyaot_truediv,
        BinOp::FloorDiv => pyaot_floordiv,
        BinOp::Mod => pyaot_mod,
        BinOp::Pow => pyaot_pow,
        BinOp::LShift => pyaot_lshift,
        BinOp::RShift => pyaot_rshift,
        BinOp::And => pyaot_bitand,
        BinOp::Or => pyaot_bitor,
        BinOp::Xor => pyaot_bitxor,
    };
    IN_PLACE.store(true, Ordering::Relaxed);
    let r = f(a, b);
    IN_PLACE.store(false, Ordering::Relaxed);
    r
}
