//! Arbitrary-precision ints: the heap objects of type `int` holding the values beyond
//! the small-int range (`pyaot_abi::layout::bigint_*`):
//!
//! ```text
//!   [type = int][size: isize][limb 0][limb 1] ... [limb |size|-1]
//! ```
//!
//! `size` is the signed number of limbs (negative for negative values, as CPython's
//! `ob_size`); limbs are machine words, least significant first, the top one nonzero.
//! A big int never holds a value that fits a small int: every operation ends with
//! [`finish`], which trims the result and returns a tagged small int when it fits.
//! So the tag test alone tells small from big, and identity and word compares stay
//! valid fast paths for small ints.
//!
//! Sub-modules, bottom up: `mag` (loops over limb slices), `mul` (schoolbook and
//! Karatsuba), `div` (Knuth's algorithm D), `arith` (signed + - * divmod pow),
//! `bits` (shifts, two's complement & | ^ ~), `radix` (str <-> int in bases 2-36),
//! `conv` (float conversions, true division, hashing).
//!
//! Memory discipline: an operation allocates every object it needs (result,
//! scratch) *before* it takes limb slices of its operands, and never allocates while
//! holding a slice. A collection can then only happen while the operands are held as
//! whole `Obj` words (in the caller's frame), which conservative stack scanning sees.

pub mod arith;
pub mod bits;
pub mod conv;
pub mod div;
pub mod mag;
pub mod mul;
pub mod radix;

use crate::exc;
use crate::int::{MAX, MIN, TYPE_INT};
use crate::object::{false_, true_, type_of, Header, Obj, WORD};
use pyaot_abi::tag_int;

/// One digit of a big int: a machine word.
pub type Limb = usize;
/// An unsigned integer twice as wide as a limb, for products and 2-by-1 division.
#[cfg(target_pointer_width = "64")]
pub type Wide = u128;
/// An unsigned integer twice as wide as a limb, for products and 2-by-1 division.
#[cfg(not(target_pointer_width = "64"))]
pub type Wide = u64;
/// Bits per limb.
pub const LIMB_BITS: u32 = Limb::BITS;

/// The fixed part of a big int; the limbs follow it.
#[repr(C)]
pub struct BigHead {
    /// Always `TYPE_INT`.
    pub header: Header,
    /// Signed limb count: negative for negative values, never 0 once finished.
    pub size: isize,
}

/// Byte offset of the first limb.
const LIMBS_AT: usize = core::mem::size_of::<BigHead>();

const _: () = assert!(LIMBS_AT == pyaot_abi::layout::bigint_limbs(WORD as u32) as usize);
const _: () = assert!(
    core::mem::offset_of!(BigHead, size) == pyaot_abi::layout::bigint_size(WORD as u32) as usize
);
const _: () = assert!(LIMB_BITS == pyaot_abi::layout::bigint_limb_bits(WORD as u32));

/// Whether `o` is a big int (a heap or static int object, not a small int or bool).
#[inline]
pub fn is_big(o: Obj) -> bool {
    o & 1 == 0 && core::ptr::eq(type_of(o), &TYPE_INT)
}

/// Whether `o` is any int: small, big or bool.
#[inline]
pub fn is_int(o: Obj) -> bool {
    o & 1 == 1 || o == true_() || o == false_() || is_big(o)
}

fn head(o: Obj) -> &'static BigHead {
    // SAFETY: callers pass big int objects, which start with a BigHead.
    unsafe { &*(o as *const BigHead) }
}

/// The signed limb count of a big int.
#[inline]
pub fn size(o: Obj) -> isize {
    head(o).size
}

/// The limbs of a big int (its magnitude).
#[inline]
pub fn limbs<'a>(o: Obj) -> &'a [Limb] {
    // SAFETY: a big int has |size| limbs after its head, alive as long as it is.
    unsafe { core::slice::from_raw_parts((o + LIMBS_AT) as *const Limb, size(o).unsigned_abs()) }
}

/// The number of limbs of any int's magnitude (0 for zero).
#[inline]
pub fn nlimbs(o: Obj) -> usize {
    if is_big(o) {
        size(o).unsigned_abs()
    } else {
        (crate::int::value(o).unwrap_or(0) != 0) as usize
    }
}

/// Whether an int is negative.
#[inline]
pub fn is_negative(o: Obj) -> bool {
    if is_big(o) {
        size(o) < 0
    } else {
        crate::int::value(o).unwrap_or(0) < 0
    }
}

/// Whether an int is zero (big ints never are).
#[inline]
pub fn is_zero(o: Obj) -> bool {
    !is_big(o) && crate::int::value(o).unwrap_or(0) == 0
}

/// A fresh big int with room for `n` zeroed limbs, to be filled through [`buf`] and
/// ended by [`finish`]; 0 with MemoryError pending.
pub fn alloc(n: usize) -> Obj {
    let bytes = n
        .checked_mul(WORD)
        .and_then(|b| b.checked_add(LIMBS_AT))
        .filter(|&b| b <= isize::MAX as usize / 2);
    let Some(bytes) = bytes else {
        return exc::memory_error();
    };
    // Limbs are never pointers: the collector need not scan them.
    let p = crate::heap::alloc_noscan(bytes);
    if p.is_null() {
        return exc::memory_error();
    }
    // SAFETY: a fresh, zeroed, word-aligned block with room for the head.
    unsafe { (*(p as *mut BigHead)).header.ob_type = &TYPE_INT };
    p as Obj
}

/// The `n` limbs of a fresh big int made by [`alloc`]`(n)` and not yet finished.
#[inline]
#[allow(clippy::mut_from_ref)]
pub fn buf<'a>(o: Obj, n: usize) -> &'a mut [Limb] {
    // SAFETY: `o` was allocated with room for `n` limbs and nobody else has seen it.
    unsafe { core::slice::from_raw_parts_mut((o + LIMBS_AT) as *mut Limb, n) }
}

/// Ends a fresh big int of capacity `n` holding a magnitude, with sign `neg`: trims
/// leading zero limbs and returns a small int when the value fits one.
pub fn finish(o: Obj, n: usize, neg: bool) -> Obj {
    let l = buf(o, n);
    let mut len = n;
    while len > 0 && l[len - 1] == 0 {
        len -= 1;
    }
    if len == 0 {
        return tag_int(0);
    }
    if len == 1 {
        let m = l[0];
        if !neg && m <= MAX as usize {
            return tag_int(m as isize);
        }
        if neg && m <= MAX as usize + 1 {
            return tag_int((m as isize).wrapping_neg());
        }
    }
    // SAFETY: a fresh big int with its head in place.
    unsafe { (*(o as *mut BigHead)).size = if neg { -(len as isize) } else { len as isize } };
    o
}

/// A borrowed view of any int: its sign and magnitude.
#[derive(Clone, Copy)]
pub struct IntRef<'a> {
    /// Whether the value is negative.
    pub neg: bool,
    /// The magnitude, trimmed (empty for zero).
    pub mag: &'a [Limb],
}

/// Views an int (small, bool or big); `tmp` holds a small int's magnitude. Anything
/// else views as zero: callers check `is_int` first.
#[inline]
pub fn view(o: Obj, tmp: &mut Limb) -> IntRef<'_> {
    if is_big(o) {
        return IntRef {
            neg: size(o) < 0,
            mag: limbs(o),
        };
    }
    let v = crate::int::value(o).unwrap_or(0);
    *tmp = v.unsigned_abs();
    IntRef {
        neg: v < 0,
        mag: if v == 0 {
            &[]
        } else {
            core::slice::from_ref(tmp)
        },
    }
}

/// An int object for any `i128`.
pub fn from_i128(v: i128) -> Obj {
    if let Ok(s) = isize::try_from(v) {
        if (MIN..=MAX).contains(&s) {
            return tag_int(s);
        }
    }
    from_mag_u128(v < 0, v.unsigned_abs())
}

/// An int object for `±m`.
pub fn from_mag_u128(neg: bool, mut m: u128) -> Obj {
    let n = (128 / LIMB_BITS) as usize;
    let o = alloc(n);
    if o == 0 {
        return 0;
    }
    for l in buf(o, n) {
        *l = m as Limb;
        m >>= LIMB_BITS;
    }
    finish(o, n, neg)
}

/// An int object for any `isize` (a small int when it fits).
#[inline]
pub fn from_isize(v: isize) -> Obj {
    if (MIN..=MAX).contains(&v) {
        tag_int(v)
    } else {
        from_mag_u128(v < 0, v.unsigned_abs() as u128)
    }
}

/// The value of an int as an `i128`, when it fits.
pub fn to_i128(o: Obj) -> Option<i128> {
    if !is_big(o) {
        return crate::int::value(o).map(|v| v as i128);
    }
    let l = limbs(o);
    if l.len() as u32 * LIMB_BITS > 128 {
        return None;
    }
    let mut m: u128 = 0;
    for &x in l.iter().rev() {
        m = (m << LIMB_BITS) | x as u128;
    }
    if size(o) < 0 {
        if m <= 1 << 127 {
            Some((m as i128).wrapping_neg())
        } else {
            None
        }
    } else {
        i128::try_from(m).ok()
    }
}
