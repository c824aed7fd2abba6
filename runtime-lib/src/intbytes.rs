//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`, for ints of any size
//! (two's complement for signed values), with CPython 3.11's errors. Reached only
//! through `pyaot_call_bytes_method`, so programs that never name these methods do
//! not link them.

use crate::bigint::{self, Limb};
use crate::bytes::{self, ByteBuf};
use crate::bytes_args::{self as a, Sig};
use crate::exc;
use crate::object::{self, type_of, Obj};
use crate::{int, str as pystr};

const LIMB_BYTES: usize = core::mem::size_of::<Limb>();

static TO_BYTES: Sig = Sig {
    name: "to_bytes",
    params: &["length", "byteorder", "signed"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

static FROM_BYTES: Sig = Sig {
    name: "from_bytes",
    params: &["bytes", "byteorder", "signed"],
    posonly: 0,
    required: 1,
    maxpos: 2,
};

/// Whether `byteorder` (0: the default) says little-endian.
fn little(fname: &str, byteorder: Obj) -> Result<bool, ()> {
    if byteorder == 0 {
        return Ok(false);
    }
    if !pystr::is_str(byteorder) {
        exc::type_error(format_args!(
            "{fname}() argument 'byteorder' must be str, not {}",
            object::short_name(type_of(byteorder))
        ));
        return Err(());
    }
    match pystr::as_str(byteorder) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => {
            exc::value_error(format_args!("byteorder must be either 'little' or 'big'"));
            Err(())
        }
    }
}

fn signed_arg(o: Obj) -> Result<bool, ()> {
    if o == 0 {
        Ok(false)
    } else {
        object::is_true(o)
    }
}

/// `n.to_bytes(...)`.
pub fn to_bytes(n: Obj, args: &[Obj], kw: &[Obj]) -> Obj {
    let Ok([length, order, signed]) = a::bind(&TO_BYTES, args, kw) else {
        return 0;
    };
    let length = if length == 0 {
        1
    } else {
        match a::index(length) {
            Ok(l) => l,
            Err(()) => return 0,
        }
    };
    let (Ok(little), Ok(signed)) = (little("to_bytes", order), signed_arg(signed)) else {
        return 0;
    };
    if length < 0 {
        return exc::value_error(format_args!("length argument must be non-negative"));
    }
    let length = length as usize;
    let out = bytes::alloc(length);
    if out == 0 {
        return 0;
    }
    let mut tmp = 0;
    let v = bigint::view(n, &mut tmp);
    if v.neg && !signed {
        return exc::overflow_error(format_args!("can't convert negative int to unsigned"));
    }
    // Does the value fit `length` bytes? Unsigned: its bit length; signed: the
    // bit length of n (or of -n-1 when negative) plus the sign bit.
    let bits = crate::bigint::mag::bit_length(v.mag);
    let exact_neg_power = v.neg && is_power_of_two(v.mag);
    let need = if signed && bits > 0 && !exact_neg_power {
        bits + 1
    } else {
        bits
    };
    if need > 8 * length {
        return exc::overflow_error(format_args!("int too big to convert"));
    }
    let d = bytes::data_mut(out);
    // Little-endian magnitude bytes, then two's complement for negatives.
    for (k, slot) in d.iter_mut().enumerate() {
        let limb = v.mag.get(k / LIMB_BYTES).copied().unwrap_or(0);
        *slot = (limb >> (8 * (k % LIMB_BYTES))) as u8;
    }
    if v.neg {
        let mut carry = true;
        for b in d.iter_mut() {
            let (x, c) = (!*b).overflowing_add(carry as u8);
            *b = x;
            carry = c;
        }
    }
    if !little {
        d.reverse();
    }
    out
}

fn is_power_of_two(mag: &[Limb]) -> bool {
    match mag.split_last() {
        Some((top, rest)) => top.is_power_of_two() && rest.iter().all(|&l| l == 0),
        None => false,
    }
}

/// `int.from_bytes(...)`.
pub fn from_bytes(args: &[Obj], kw: &[Obj]) -> Obj {
    let Ok([src, order, signed]) = a::bind(&FROM_BYTES, args, kw) else {
        return 0;
    };
    let (Ok(little), Ok(signed)) = (little("from_bytes", order), signed_arg(signed)) else {
        return 0;
    };
    let mut tmp = ByteBuf::new();
    let data = match crate::typeext::buffer(src) {
        Some(d) => d,
        None => {
            if int::is_int(src) || pystr::is_str(src) || type_of(src).iter.is_none() {
                if let Some(r) = crate::class::unary(src, "__bytes__") {
                    return match crate::typeext::buffer(r).filter(|_| bytes::is_bytes(r)) {
                        Some(d) => from_slice(d, little, signed),
                        None if r == 0 => 0,
                        None => exc::type_error(format_args!(
                            "__bytes__ returned non-bytes (type {})",
                            type_of(r).name
                        )),
                    };
                }
                return exc::type_error(format_args!(
                    "cannot convert '{}' object to bytes",
                    type_of(src).name
                ));
            }
            if bytes::extend_from_ints(&mut tmp, src, true).is_err() {
                return 0;
            }
            tmp.as_slice()
        }
    };
    from_slice(data, little, signed)
}

/// The int whose bytes (in the given order) are `d`.
pub fn from_slice(d: &[u8], little: bool, signed: bool) -> Obj {
    let byte = |k: usize| if little { d[k] } else { d[d.len() - 1 - k] };
    let neg = signed && !d.is_empty() && byte(d.len() - 1) & 0x80 != 0;
    // Small values: straight into a word.
    if d.len() < LIMB_BYTES {
        let mut v: i64 = 0;
        for k in (0..d.len()).rev() {
            v = (v << 8) | byte(k) as i64;
        }
        if neg {
            v -= 1i64 << (8 * d.len());
        }
        return int::new_i64(v);
    }
    let nlimbs = d.len().div_ceil(LIMB_BYTES);
    let o = bigint::alloc(nlimbs);
    if o == 0 {
        return 0;
    }
    let limbs = bigint::buf(o, nlimbs);
    for k in 0..d.len() {
        limbs[k / LIMB_BYTES] |= (byte(k) as Limb) << (8 * (k % LIMB_BYTES));
    }
    if neg {
        // Sign-extend to whole limbs, then negate to get the magnitude.
        for k in d.len()..nlimbs * LIMB_BYTES {
            limbs[k / LIMB_BYTES] |= 0xff << (8 * (k % LIMB_BYTES));
        }
        let mut carry = true;
        for l in limbs.iter_mut() {
            let (x, c) = (!*l).overflowing_add(carry as Limb);
            *l = x;
            carry = c;
        }
    }
    bigint::finish(o, nlimbs, neg)
}
