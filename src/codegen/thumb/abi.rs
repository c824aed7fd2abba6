//! The AAPCS (base, soft-float variant) C calling convention for Thumb, for values
//! crossing to and from C (AAPCS32 §6.5, stage C): arguments fill r0-r3 in order, a
//! 64-bit one (`int64_t`, `double`) in an even/odd register pair (r1 is skipped
//! before one in r2:r3); once one goes to the stack, all later ones do (no back-
//! filling), 4-byte slots, 64-bit ones 8-aligned. `float` travels as a word,
//! `double` as a pair. Results in r0 or r0:r1. The stack area is rounded to 8
//! bytes, the alignment at calls.
//!
//! The hard-float variant (floats in VFP registers, thumbv7em-none-eabihf) is not
//! implemented: the front end refuses float parameters on that target.

use crate::codegen::masm::{CKind, CLayout, CLoc};

/// Core argument registers.
pub const ARG_REGS: u8 = 4;

/// Where each argument goes.
pub fn layout(params: &[CKind]) -> CLayout {
    let (mut ncrn, mut nsaa) = (0u8, 0u32);
    let mut locs = Vec::with_capacity(params.len());
    for &k in params {
        let double = matches!(k, CKind::DWord | CKind::F64);
        if double {
            // C.3: a double-word-aligned argument starts at an even register.
            ncrn = ncrn.next_multiple_of(2);
        }
        let words = if double { 2 } else { 1 };
        let loc = if ncrn + words <= ARG_REGS {
            // C.4.
            ncrn += words;
            if double {
                CLoc::RegPair(ncrn - 2)
            } else {
                CLoc::Reg(ncrn - 1)
            }
        } else {
            // C.6-C.8: no register after this one; 8-aligned slots for 64-bit values.
            ncrn = ARG_REGS;
            if double {
                nsaa = nsaa.next_multiple_of(8);
            }
            nsaa += 4 * words as u32;
            CLoc::Stack(nsaa - 4 * words as u32)
        };
        locs.push(loc);
    }
    CLayout {
        params: locs,
        stack_bytes: nsaa.next_multiple_of(8),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CKind::*;
    use CLoc::*;

    #[test]
    fn words_then_pairs_then_the_stack() {
        // f(int, long long, int): r0, r2:r3 (r1 skipped), then the stack.
        let l = layout(&[Word, DWord, Word]);
        assert_eq!(l.params, vec![Reg(0), RegPair(2), Stack(0)]);
        assert_eq!(l.stack_bytes, 8);
        // f(int, int, int, double): the double cannot take r3 alone: stack, 8-aligned.
        let l = layout(&[Word, Word, Word, F64, Word]);
        assert_eq!(l.params, vec![Reg(0), Reg(1), Reg(2), Stack(0), Stack(8)]);
        assert_eq!(l.stack_bytes, 16);
        // float is a word; five words overflow by one.
        let l = layout(&[F32, Word, Word, Word, Word]);
        assert_eq!(l.params[0], Reg(0));
        assert_eq!(l.params[4], Stack(0));
        assert_eq!(l.stack_bytes, 8);
        // Once on the stack, later words stay there (r3 was left free here).
        let l = layout(&[Word, DWord, DWord, Word]);
        assert_eq!(l.params, vec![Reg(0), RegPair(2), Stack(0), Stack(8)]);
    }
}
