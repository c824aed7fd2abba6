//! The System V x86-64 C calling convention, for values crossing to and from C
//! (psABI §3.2.3): integer-class arguments in rdi, rsi, rdx, rcx, r8, r9, floats in
//! xmm0-xmm7, each class counted on its own; the rest on the stack in 8-byte slots,
//! in order. Results in rax or xmm0. The stack area is rounded to 16 bytes, the
//! alignment at calls.

use crate::codegen::masm::{CKind, CLayout, CLoc};

/// Integer argument registers.
pub const INT_ARG_REGS: u8 = 6;
/// Floating-point argument registers.
pub const FP_ARG_REGS: u8 = 8;

/// Where each argument goes.
pub fn layout(params: &[CKind]) -> CLayout {
    let (mut ints, mut fps, mut stack) = (0u8, 0u8, 0u32);
    let mut locs = Vec::with_capacity(params.len());
    for &k in params {
        let loc = match k {
            CKind::F32 | CKind::F64 if fps < FP_ARG_REGS => {
                fps += 1;
                CLoc::FpReg(fps - 1)
            }
            CKind::Word | CKind::DWord if ints < INT_ARG_REGS => {
                ints += 1;
                CLoc::Reg(ints - 1)
            }
            _ => {
                stack += 8;
                CLoc::Stack(stack - 8)
            }
        };
        locs.push(loc);
    }
    CLayout {
        params: locs,
        stack_bytes: stack.div_ceil(16) * 16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CKind::*;
    use CLoc::*;

    #[test]
    fn classes_count_registers_separately_and_overflow_to_the_stack() {
        // f(long, double, long, float) → rdi, xmm0, rsi, xmm1.
        let l = layout(&[Word, F64, Word, F32]);
        assert_eq!(l.params, vec![Reg(0), FpReg(0), Reg(1), FpReg(1)]);
        assert_eq!(l.stack_bytes, 0);
        // Seven integers: the seventh at [rsp] at the call, the area padded to 16.
        let l = layout(&[Word; 7]);
        assert_eq!(l.params[5], Reg(5));
        assert_eq!(l.params[6], Stack(0));
        assert_eq!(l.stack_bytes, 16);
        // Nine doubles and an int: the ninth double on the stack, the int in rdi.
        let mut p = vec![F64; 9];
        p.push(Word);
        let l = layout(&p);
        assert_eq!(l.params[8], Stack(0));
        assert_eq!(l.params[9], Reg(0));
    }
}
