//! The AAPCS (base, soft-float variant) C calling convention for Thumb, for values
//! crossing to and from C (AAPCS32 §6.5, stage C): arguments fill r0-r3 in order, a
//! 64-bit one (`int64_t`, `double`) in an even/odd register pair (r1 is skipped
//! before one in r2:r3); once one goes to the stack, all later ones do (no back-
//! filling), 4-byte slots, 64-bit ones 8-aligned. `float` travels as a word,
//! `double` as a pair. Results in r0 or r0:r1. The stack area is rounded to 8
//! bytes, the alignment at calls.
//!
//! The hard-float variant (AAPCS-VFP, thumbv7em-none-eabihf, §6.1.2 and stage C.1-
//! C.2): `float` and `double` go to the VFP registers s0-s15 (a double in an even
//! pair, d0-d7), each in the lowest free one, so a float back-fills a single left
//! free by a double's alignment; once one does not fit, every later float goes to
//! the stack too. Integers take r0-r3 as in the base variant, independently; both
//! kinds share the stack. Results in s0 or d0. `CLoc::FpReg(i)` is `s<i>` (for a
//! double: `d<i/2>`, i even).

use crate::codegen::masm::{CKind, CLayout, CLoc};

/// Core argument registers.
pub const ARG_REGS: u8 = 4;

/// Single-precision VFP argument registers (s0-s15).
pub const VFP_ARG_REGS: u8 = 16;

/// Where each argument goes: the base (soft-float) variant, or the VFP variant with
/// `hard_float`.
pub fn layout_for(params: &[CKind], hard_float: bool) -> CLayout {
    if hard_float {
        layout_vfp(params)
    } else {
        layout(params)
    }
}

/// Where each argument goes with floats in VFP registers (AAPCS-VFP).
pub fn layout_vfp(params: &[CKind]) -> CLayout {
    let ints: Vec<CKind> = params.iter().copied().filter(|k| !is_float(*k)).collect();
    // Integers first, as if alone (their registers do not depend on the floats)...
    let base = layout(&ints);
    let mut int_locs = base.params.into_iter();
    // ...then the stack is shared in argument order: redo it for every value that
    // does not get a register.
    let (mut free, mut vfp_full) = (0u16, false);
    let mut nsaa = 0u32;
    let mut locs = Vec::with_capacity(params.len());
    for &k in params {
        let words = match k {
            CKind::Word | CKind::F32 => 1,
            CKind::DWord | CKind::F64 => 2,
        };
        let reg = if is_float(k) {
            if vfp_full {
                None
            } else {
                let at = (0..VFP_ARG_REGS)
                    .step_by(words as usize)
                    .find(|&i| (free >> i) & ((1 << words) - 1) == 0);
                match at {
                    Some(i) => {
                        free |= ((1 << words) - 1) << i;
                        Some(CLoc::FpReg(i))
                    }
                    None => {
                        // C.2: no VFP register for any later argument.
                        vfp_full = true;
                        None
                    }
                }
            }
        } else {
            match int_locs.next() {
                Some(CLoc::Stack(_)) | None => None,
                Some(loc) => Some(loc),
            }
        };
        locs.push(reg.unwrap_or_else(|| {
            if words == 2 {
                nsaa = nsaa.next_multiple_of(8);
            }
            nsaa += 4 * words;
            CLoc::Stack(nsaa - 4 * words)
        }));
    }
    CLayout {
        params: locs,
        stack_bytes: nsaa.next_multiple_of(8),
    }
}

fn is_float(k: CKind) -> bool {
    matches!(k, CKind::F32 | CKind::F64)
}

/// Where each argument goes (the base, soft-float variant).
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

    #[test]
    fn floats_in_vfp_registers_with_back_filling() {
        // f(float, double, float, int): s0, d1 (s2:s3), s1 back-filled, r0.
        let l = layout_vfp(&[F32, F64, F32, Word]);
        assert_eq!(l.params, vec![FpReg(0), FpReg(2), FpReg(1), Reg(0)]);
        assert_eq!(l.stack_bytes, 0);
        // Integers keep r0-r3 whatever the floats: int, double, int64 -> r0, d0, r2:r3.
        let l = layout_vfp(&[Word, F64, DWord]);
        assert_eq!(l.params, vec![Reg(0), FpReg(0), RegPair(2)]);
        // Eight doubles fill d0-d7; the ninth and a later float go to the stack
        // (no back-filling once one went there), after an int that overflowed first.
        let mut k = vec![Word, Word, Word, Word, Word];
        k.extend([F64; 9]);
        k.push(F32);
        let l = layout_vfp(&k);
        assert_eq!(l.params[4], Stack(0));
        for i in 0..8 {
            assert_eq!(l.params[5 + i], FpReg(2 * i as u8));
        }
        assert_eq!(l.params[13], Stack(8));
        assert_eq!(l.params[14], Stack(16));
        assert_eq!(l.stack_bytes, 24);
        // Fifteen floats then a double: s0-s14, then d7 would need s14:s15 -> stack;
        // a float after it goes to the stack though s15 is free.
        let mut k = vec![F32; 15];
        k.extend([F64, F32]);
        let l = layout_vfp(&k);
        assert_eq!(l.params[14], FpReg(14));
        assert_eq!(l.params[15], Stack(0));
        assert_eq!(l.params[16], Stack(8));
        // The soft variant is chosen without hard_float.
        assert_eq!(layout_for(&[F32], false).params, vec![Reg(0)]);
        assert_eq!(layout_for(&[F32], true).params, vec![FpReg(0)]);
    }
}
