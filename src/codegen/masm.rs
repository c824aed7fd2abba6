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

/// How the C calling convention classifies a value crossing to or from C (the ISA
/// decides the registers; see `<isa>/abi.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CKind {
    /// An integer, bool or pointer that fits a machine word.
    Word,
    /// A 64-bit integer on a 32-bit target: two words.
    DWord,
    /// A C `float`.
    F32,
    /// A C `double`.
    F64,
}

/// Where the C calling convention passes a value at a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CLoc {
    /// The i-th integer argument register (x86-64: rdi rsi rdx rcx r8 r9; Thumb:
    /// r0-r3).
    Reg(u8),
    /// Integer argument registers i and i + 1, low word first (a 64-bit value on a
    /// 32-bit target).
    RegPair(u8),
    /// The i-th floating-point argument register (x86-64: xmm i).
    FpReg(u8),
    /// The stack, at this byte offset from the stack pointer at the call.
    Stack(u32),
}

/// Where a C call's arguments go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CLayout {
    /// One location per argument.
    pub params: Vec<CLoc>,
    /// Bytes of stack arguments, a multiple of the call alignment.
    pub stack_bytes: u32,
}

/// Emits machine code for one function. All operations are on whole machine words.
pub trait MacroAssembler {
    /// Bytes in a machine word (8 or 4).
    fn word_bytes(&self) -> u32;
    /// The alignment of the stack pointer at calls, which frame sizes keep (16 on
    /// x86-64, 8 on AAPCS).
    fn stack_align(&self) -> u32;
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
    /// Zeroes the frame's words at offsets `[lo, hi)` (a few: the caller loops for
    /// more), with `zero` holding 0. The default stores `zero` word by word; an ISA
    /// may store wider (and clobber its vector registers: the shared lowering keeps
    /// nothing in them between IR instructions).
    fn zero_slots(&mut self, lo: u32, hi: u32, zero: Reg) {
        let word = self.word_bytes();
        for off in (lo..hi).step_by(word as usize) {
            self.store_slot(zero, off);
        }
    }
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
    /// dst = src << shift, shift in 1..=31 (no overflow check).
    fn shl_imm(&mut self, dst: Reg, src: Reg, shift: u8);
    /// dst = a + b; branches to `overflow` on signed overflow (dst is then garbage).
    fn add_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label);
    /// dst = src + imm; branches to `overflow` on signed overflow (dst is then
    /// garbage).
    fn add_imm_overflow(&mut self, dst: Reg, src: Reg, imm: i32, overflow: Label);
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

    /// dst = the unsigned `bits`-bit value (8, 16 or 32) at [base], zero-extended
    /// (one load instruction).
    fn load_narrow(&mut self, dst: Reg, base: Reg, bits: u32);
    /// [base] = the low `bits` (8, 16 or 32) of src (one store instruction).
    fn store_narrow(&mut self, src: Reg, base: Reg, bits: u32);

    /// Where the C calling convention passes arguments of these kinds.
    fn c_layout(&self, params: &[CKind]) -> CLayout;
    /// Right after the prologue, before anything else: stores the incoming C argument
    /// at `loc` into the 8-byte cell at slot offset `cell`.
    fn c_arg_to_cell(&mut self, kind: CKind, loc: CLoc, cell: u32);
    /// Before a call: loads the outgoing argument at `loc` from its cell. Stack
    /// locations must come first: storing them may use `Ret` and the temporaries,
    /// which are argument registers on some ISAs.
    fn c_cell_to_arg(&mut self, kind: CKind, cell: u32, loc: CLoc);
    /// After a C call: stores its result of `kind` into the cell.
    fn c_result_to_cell(&mut self, kind: CKind, cell: u32);
    /// Before returning to C: loads the result of `kind` from the cell.
    fn c_cell_to_result(&mut self, kind: CKind, cell: u32);

    /// Resolves the label fixups and returns the code and its relocations.
    fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String>;
}
