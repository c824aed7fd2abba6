//! Integer literals beyond the small-int range as static big ints
//! (`layout::bigint_*`): the compiler emits the type pointer (`sym::TYPE_INT`)
//! followed by the words this module computes.

/// CPython 3.11's limit on the digits of an int converted from or to text in a base
/// that is not a power of two (`sys.get_int_max_str_digits()`): beyond it, `int()` and
/// `str()` raise ValueError and a decimal literal is a SyntaxError.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The words that follow the type pointer of a static big int holding the value of
/// the Python int literal `literal` (decimal, or `0x`/`0o`/`0b` prefixed, `_`
/// separators allowed, an optional leading `-`), for a target whose words have
/// `word_bits` (32 or 64) bits: the signed limb count, then the limbs, least
/// significant first. Each word is in the low `word_bits` bits of a `u64`.
///
/// `None` when the text is not an int literal, when its value fits the target's
/// small-int range (emit a small int instead: a big int must never hold one), or for
/// a decimal literal of more than [`INT_MAX_STR_DIGITS`] digits (CPython rejects it).
///
/// `V` is any growable buffer, e.g. `Vec<u64>` (this crate does not allocate):
/// `let words: Vec<u64> = bigint_static_words(text, 64)?;`.
pub fn bigint_static_words<V>(literal: &str, word_bits: u32) -> Option<V>
where
    V: Default + Extend<u64> + AsMut<[u64]>,
{
    if word_bits != 32 && word_bits != 64 {
        return None;
    }
    let (neg, text) = match literal.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, literal),
    };
    let b = text.as_bytes();
    let (base, digits) = match b {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        _ => (10, b),
    };
    let mut count = 0;
    for &c in digits {
        if c == b'_' {
            continue;
        }
        (c as char).to_digit(base)?;
        count += 1;
    }
    if count == 0 || (base == 10 && count > INT_MAX_STR_DIGITS) {
        return None;
    }
    let mask: u64 = if word_bits == 64 {
        u64::MAX
    } else {
        0xffff_ffff
    };
    // words[0] is the size, words[1..=len] the limbs, grown as the value needs.
    let mut words = V::default();
    words.extend([0]);
    let mut len = 0usize;
    let mut mul_add = |words: &mut V, m: u64, add: u64| {
        let mut carry = add as u128;
        for w in &mut words.as_mut()[1..=len] {
            let p = *w as u128 * m as u128 + carry;
            *w = p as u64 & mask;
            carry = p >> word_bits;
        }
        while carry != 0 {
            words.extend([carry as u64 & mask]);
            len += 1;
            carry >>= word_bits;
        }
    };
    // Digits in chunks whose scale stays below 2**32, so products fit a u128.
    let (mut acc, mut scale) = (0u64, 1u64);
    for &c in digits {
        if c == b'_' {
            continue;
        }
        acc = acc * base as u64 + (c as char).to_digit(base).unwrap_or(0) as u64;
        scale *= base as u64;
        if scale * base as u64 > 1 << 32 {
            mul_add(&mut words, scale, acc);
            (acc, scale) = (0, 1);
        }
    }
    if scale > 1 {
        mul_add(&mut words, scale, acc);
    }
    let limbs = &words.as_mut()[1..=len];
    if fits_small(limbs, neg, word_bits) {
        return None;
    }
    let size = if neg { -(len as i64) } else { len as i64 };
    words.as_mut()[0] = size as u64 & mask;
    Some(words)
}

/// Whether `±limbs` lies in the small-int range of a `word_bits`-bit target.
fn fits_small(limbs: &[u64], neg: bool, word_bits: u32) -> bool {
    match limbs {
        [] => true,
        [m] => {
            let (min, max) = crate::small_int_range(word_bits);
            if neg {
                *m <= min.unsigned_abs()
            } else {
                *m <= max as u64
            }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::String;
    use std::vec;
    use std::vec::Vec;

    fn words(text: &str, bits: u32) -> Option<Vec<u64>> {
        bigint_static_words(text, bits)
    }

    #[test]
    fn powers_of_two_at_the_limb_boundaries() {
        assert_eq!(words("18446744073709551616", 64), Some(vec![2, 0, 1]));
        assert_eq!(words("18446744073709551616", 32), Some(vec![3, 0, 0, 1]));
        assert_eq!(words("18446744073709551615", 64), Some(vec![1, u64::MAX]));
        assert_eq!(
            words("18446744073709551615", 32),
            Some(vec![2, 0xffff_ffff, 0xffff_ffff])
        );
    }

    #[test]
    fn small_values_are_not_big_ints() {
        // 2**62 - 1 and -2**62 are small on 64-bit targets, 2**62 is not.
        assert_eq!(words("4611686018427387903", 64), None);
        assert_eq!(words("-4611686018427387904", 64), None);
        assert_eq!(words("4611686018427387904", 64), Some(vec![1, 1 << 62]));
        assert_eq!(
            words("-4611686018427387905", 64),
            Some(vec![u64::MAX, (1 << 62) + 1])
        );
        // On 32-bit targets the boundary is 2**30.
        assert_eq!(words("1073741823", 32), None);
        assert_eq!(words("-1073741824", 32), None);
        assert_eq!(words("1073741824", 32), Some(vec![1, 1 << 30]));
        assert_eq!(
            words("-1073741825", 32),
            Some(vec![0xffff_ffff, (1 << 30) + 1])
        );
        assert_eq!(words("0", 64), None);
    }

    #[test]
    fn prefixes_and_underscores() {
        let hex: Option<Vec<u64>> = words("0x1_0000_0000_0000_0000_0000_0003", 64);
        assert_eq!(hex, Some(vec![2, 3, 1 << 32]));
        assert_eq!(words("0X10000000000000000", 32), Some(vec![3, 0, 0, 1]));
        assert_eq!(words("0o2000000000000000000000", 64), Some(vec![2, 0, 1]));
        let bin = String::from("0b1") + &"0".repeat(64);
        assert_eq!(words(&bin, 64), Some(vec![2, 0, 1]));
        assert_eq!(words("18_446_744_073_709_551_616", 64), Some(vec![2, 0, 1]));
    }

    #[test]
    fn a_large_decimal_round_trips() {
        // 3**100, checked by recomputing its limbs with u128 arithmetic.
        let text = "515377520732011331036461129765621272702107522001";
        let w = words(text, 32).unwrap();
        assert_eq!(w[0], 5);
        let mut v: Vec<u32> = vec![1];
        for _ in 0..100 {
            let mut carry = 0u64;
            for limb in v.iter_mut() {
                let p = *limb as u64 * 3 + carry;
                *limb = p as u32;
                carry = p >> 32;
            }
            if carry != 0 {
                v.push(carry as u32);
            }
        }
        let expect: Vec<u64> = v.iter().map(|&x| x as u64).collect();
        assert_eq!(&w[1..], &expect[..]);
    }

    #[test]
    fn rejects_what_is_not_a_literal() {
        assert_eq!(words("12a", 64), None);
        assert_eq!(words("", 64), None);
        assert_eq!(words("0x", 64), None);
        assert_eq!(words("0b102", 64), None);
        assert_eq!(words("123", 16), None);
    }

    #[test]
    fn the_decimal_digit_limit_applies_to_decimal_only() {
        let ok = String::from("1") + &"0".repeat(INT_MAX_STR_DIGITS - 1);
        assert!(words(&ok, 64).is_some());
        let too_long = String::from("1") + &"0".repeat(INT_MAX_STR_DIGITS);
        assert_eq!(words(&too_long, 64), None);
        let hex = String::from("0x1") + &"0".repeat(INT_MAX_STR_DIGITS);
        let w = words(&hex, 64).unwrap();
        assert_eq!(w[0] as usize, (INT_MAX_STR_DIGITS * 4) / 64 + 1);
    }
}
