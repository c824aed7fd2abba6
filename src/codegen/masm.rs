//! The ISA-neutral emitter interface (Winch's MacroAssembler). The shared lowering in
//! `codegen::lower` is generic over it, so x86-64 and Thumb-2 share one translation of
//! the IR; each ISA implements it in `<isa>/masm.rs` on top of its encoder.
//!
//! The lowering keeps every IR value in a stack slot and moves values through a few
//! logical registers. Calls clobber all of them. Frames are addressed from the stack
//! pointer: slot offsets are positive byte offsets from it, valid between `prologue`
//! and `epilogue`, and the stack pointer is aligned for calls (16 bytes on x86-64,
//! 8 on AAPCS) throughout the body.

pub use super::buffer::{Label, Reloc};

/// A logical register of the shared lowering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reg {
    /// Where a call's result arrives and a function's result is returned
    /// (rax / r0). It may alias `Arg(0)`.
    Ret,
    /// The i-th argument register of the C ABI, i < 4 (rdi rsi rdx rcx / r0-r3).
    Arg(u8),
    /// A temporary, i < 3, aliasing no `Arg` and not `Ret` (r10 r11 r8 / r4 r5 r6).
    Tmp(u8),
}

/// Signed comparisons (and one unsigned, for the stack check).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// ==
    Eq,
    /// !=
    Ne,
    /// < (signed)
    Lt,
    /// <= (signed)
    Le,
    /// > (signed)
    Gt,
    /// >= (signed)
    Ge,
    /// < (unsigned)
    Below,
}

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn negate(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Le => Cond::Gt,
            Cond::Gt => Cond::Le,
            Cond::Ge => Cond::Lt,
            Cond::Below => panic!("Below has no negation in this interface"),
        }
    }
}

/// Emits machine code for one function. All operations are on whole machine words.
pub trait MacroAssembler {
    /// Bytes in a machine word (8 or 4).
    fn word_bytes(&self) -> u32;
    /// Current code offset.
    fn offset(&self) -> u32;

    /// A new unbound label.
    fn new_label(&mut self) -> Label;
    /// Binds `label` here.
    fn bind(&mut self, label: Label);

    /// Sets up a frame with `frame_bytes` bytes of slots at [sp, sp+frame_bytes)
    /// (already a multiple of the call alignment). Argument registers are preserved.
    fn prologue(&mut self, frame_bytes: u32);
    /// Tears the frame down and returns; the result is in `Reg::Ret`.
    fn epilogue(&mut self);
    /// Branches to `overflow` when the stack pointer is below the word stored at the
    /// runtime's stack-limit symbol (`pyaot_abi::sym::STACK_LIMIT`). Preserves the
    /// argument registers.
    fn stack_check(&mut self, overflow: Label);

    /// dst = the word in the slot at `offset`.
    fn load_slot(&mut self, dst: Reg, offset: u32);
    /// The slot at `offset` = src.
    fn store_slot(&mut self, src: Reg, offset: u32);
    /// dst = the address of the slot at `offset`.
    fn slot_address(&mut self, dst: Reg, offset: u32);
    /// dst = the word at base + offset.
    fn load(&mut self, dst: Reg, base: Reg, offset: i32);
    /// The word at base + offset = src.
    fn store(&mut self, src: Reg, base: Reg, offset: i32);
    /// dst = src.
    fn mov(&mut self, dst: Reg, src: Reg);
    /// dst = imm (truncated to the word size).
    fn mov_imm(&mut self, dst: Reg, imm: i64);
    /// dst = the address of `symbol` (a relocation).
    fn symbol_address(&mut self, dst: Reg, symbol: &str);

    /// dst = src + imm (no overflow check).
    fn add_imm(&mut self, dst: Reg, src: Reg, imm: i32);
    /// dst = src & imm.
    fn and_imm(&mut self, dst: Reg, src: Reg, imm: i32);
    /// dst = a & b.
    fn and(&mut self, dst: Reg, a: Reg, b: Reg);
    /// dst = src >> shift (arithmetic).
    fn sar_imm(&mut self, dst: Reg, src: Reg, shift: u8);
    /// dst = a + b; branches to `overflow` on signed overflow (dst is then garbage).
    fn add_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label);
    /// dst = a - b; branches to `overflow` on signed overflow.
    fn sub_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label);
    /// dst = a * b (signed); branches to `overflow` when the product does not fit.
    fn mul_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label);

    /// Branches to `target` if `a cond b`.
    fn branch_cmp(&mut self, cond: Cond, a: Reg, b: Reg, target: Label);
    /// Branches to `target` if `a cond imm`.
    fn branch_cmp_imm(&mut self, cond: Cond, a: Reg, imm: i32, target: Label);
    /// Branches to `target` if `a & mask` is non-zero (`if_set`) or zero (`!if_set`).
    fn branch_test_imm(&mut self, a: Reg, mask: i32, if_set: bool, target: Label);
    /// dst = 1 if `a cond b` else 0.
    fn set_cmp(&mut self, cond: Cond, dst: Reg, a: Reg, b: Reg);
    /// Unconditional jump.
    fn jump(&mut self, target: Label);

    /// Calls a function symbol with the C ABI (a relocation).
    fn call_symbol(&mut self, symbol: &str);
    /// Calls the function whose address is in `target`.
    fn call_reg(&mut self, target: Reg);

    /// Resolves the label fixups and returns the code and its relocations.
    fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String>;
}
