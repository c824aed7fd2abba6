//! The x86-64 MacroAssembler: the shared lowering's operations on top of [`X64Asm`],
//! for the System V ABI.
//!
//! Logical registers: Ret = rax, Arg(0..3) = rdi rsi rdx rcx, Tmp(0..2) = r10 r11 r8.
//! r9 is this file's own scratch (never handed out), for operands that alias the
//! destination.
//!
//! Frame, built by `prologue` (addresses grow upwards):
//!
//! ```text
//!   rbp + 8  ┃ return address          ┃  rsp ≡ 8 (mod 16) on entry
//!   rbp      ┃ caller's rbp            ┃  ≡ 0 after the push
//!            ┃ slot frame_bytes - 8    ┃
//!            ┃ ...                     ┃
//!   rsp      ┃ slot 0                  ┃  frame_bytes is a multiple of 16, so
//!                                          rsp stays 16-aligned for calls
//! ```
//!
//! Slots are addressed from rsp; rbp is kept only so `leave` and debuggers can unwind.

use super::abi;
use super::asm::{CondCode, Gpr, X64Asm, Xmm};
use crate::codegen::buffer::{FrameChange, FrameConvention, Label, NotesHandle, Reloc};
use crate::codegen::masm::{CKind, CLayout, CLoc, Cond, MacroAssembler, Reg};

/// The register no logical register maps to, free for the emitter's own use.
const SCRATCH: Gpr = Gpr::R9;

/// DWARF register numbers (System V x86-64 psABI, figure 3.36): not the hardware
/// numbering, which swaps rcx/rdx/rbx and rsi/rdi/rsp/rbp.
mod dwarf_reg {
    /// rbp.
    pub const RBP: u16 = 6;
    /// rsp.
    pub const RSP: u16 = 7;
    /// The return address pseudo-register.
    pub const RA: u16 = 16;
}

/// How every x86-64 function starts: `call` pushed the return address, so the CFA
/// (rsp before the call) is rsp + 8 and the return address sits just below it.
pub const FRAME_CONVENTION: FrameConvention = FrameConvention {
    return_address: dwarf_reg::RA,
    entry: &[
        FrameChange::Cfa {
            reg: dwarf_reg::RSP,
            offset: 8,
        },
        FrameChange::Saved {
            reg: dwarf_reg::RA,
            offset: 8,
        },
    ],
    code_align: 1,
    data_align: -8,
};

/// The x86-64 implementation of [`MacroAssembler`].
#[derive(Default)]
pub struct X64Masm {
    asm: X64Asm,
}

impl X64Masm {
    /// An emitter with an empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An emitter that records frame changes (and instruction text when `text`) into
    /// `notes`; its code is the same as [`X64Masm::new`]'s.
    pub fn recording(notes: NotesHandle, text: bool) -> Self {
        X64Masm {
            asm: X64Asm::recording(notes, text),
        }
    }

    /// The bytes emitted so far (for tests and listings).
    pub fn code(&self) -> &[u8] {
        self.asm.code()
    }
}

/// The machine register behind a logical one.
fn gpr(r: Reg) -> Gpr {
    match r {
        Reg::Ret => Gpr::Rax,
        Reg::Arg(0) => Gpr::Rdi,
        Reg::Arg(1) => Gpr::Rsi,
        Reg::Arg(2) => Gpr::Rdx,
        Reg::Arg(3) => Gpr::Rcx,
        Reg::Tmp(0) => Gpr::R10,
        Reg::Tmp(1) => Gpr::R11,
        Reg::Tmp(2) => Gpr::R8,
        // The lowering only names the registers the trait documents: a bug there.
        other => panic!("internal compiler error: no x86-64 register for {other:?}"),
    }
}

/// The x86 condition code of a comparison.
fn cond_code(cond: Cond) -> CondCode {
    match cond {
        Cond::Eq => CondCode::E,
        Cond::Ne => CondCode::Ne,
        Cond::Lt => CondCode::L,
        Cond::Le => CondCode::Le,
        Cond::Gt => CondCode::G,
        Cond::Ge => CondCode::Ge,
        Cond::Below => CondCode::B,
    }
}

/// A slot offset as a displacement; frames are far below 2 GiB, so a larger one is
/// a bug in the lowering.
fn slot_disp(offset: u32) -> i32 {
    i32::try_from(offset).expect("internal compiler error: stack slot offset over 2 GiB")
}

/// The integer argument registers of the C ABI, in order.
const INT_ARGS: [Gpr; 6] = [Gpr::Rdi, Gpr::Rsi, Gpr::Rdx, Gpr::Rcx, Gpr::R8, Gpr::R9];

/// Where the caller's stack arguments start, from rbp: above the saved rbp and the
/// return address.
const INCOMING_ARGS: i32 = 16;

impl X64Masm {
    /// dst = src, omitted when they are the same register.
    fn mov_if_needed(&mut self, dst: Gpr, src: Gpr) {
        if dst != src {
            self.asm.mov_rr(dst, src);
        }
    }

    /// dst = a op b for a commutative two-operand `op`, whichever of a and b dst is.
    fn commutative(&mut self, dst: Reg, a: Reg, b: Reg, op: fn(&mut X64Asm, Gpr, Gpr)) {
        let (dst, a, b) = (gpr(dst), gpr(a), gpr(b));
        if dst == b {
            op(&mut self.asm, dst, a);
        } else {
            self.mov_if_needed(dst, a);
            op(&mut self.asm, dst, b);
        }
    }
}

impl MacroAssembler for X64Masm {
    fn word_bytes(&self) -> u32 {
        8
    }

    fn stack_align(&self) -> u32 {
        16
    }

    fn offset(&self) -> u32 {
        self.asm.offset()
    }

    fn new_label(&mut self) -> Label {
        self.asm.new_label()
    }

    fn bind(&mut self, label: Label) {
        self.asm.bind(label)
    }

    fn prologue(&mut self, frame_bytes: u32) {
        debug_assert!(
            frame_bytes.is_multiple_of(16),
            "frame of {frame_bytes} bytes breaks call alignment"
        );
        // Each frame change is noted after the instruction that makes it: from there
        // on a debugger finds the caller's rbp and the CFA by the new rule.
        self.asm.push_r(Gpr::Rbp);
        let b = self.asm.buffer();
        b.note_frame(FrameChange::CfaOffset(16));
        b.note_frame(FrameChange::Saved {
            reg: dwarf_reg::RBP,
            offset: 16,
        });
        self.asm.mov_rr(Gpr::Rbp, Gpr::Rsp);
        self.asm.buffer().note_frame(FrameChange::Cfa {
            reg: dwarf_reg::RBP,
            offset: 16,
        });
        if frame_bytes != 0 {
            self.asm.sub_ri(Gpr::Rsp, slot_disp(frame_bytes));
        }
        // The CFA stays rbp + 16 through the body, which is rsp + 16 + frame_bytes.
        self.asm
            .buffer()
            .note_body_frame(frame_bytes, 16 + frame_bytes);
    }

    fn epilogue(&mut self) {
        // An epilogue may sit mid-function: code after its `ret` is still in the
        // body's frame, so the body's rules are remembered and restored after it.
        self.asm.buffer().note_frame(FrameChange::RememberState);
        self.asm.leave();
        let b = self.asm.buffer();
        b.note_frame(FrameChange::Cfa {
            reg: dwarf_reg::RSP,
            offset: 8,
        });
        b.note_frame(FrameChange::Restored(dwarf_reg::RBP));
        self.asm.ret();
        self.asm.buffer().note_frame(FrameChange::RestoreState);
    }

    fn stack_check(&mut self, overflow: Label) {
        // Unsigned: the stack limit and rsp are addresses.
        self.asm
            .cmp_r_rip_sym(Gpr::Rsp, pyaot_abi::sym::STACK_LIMIT);
        self.asm.jcc_label(CondCode::B, overflow);
    }

    fn load_slot(&mut self, dst: Reg, offset: u32) {
        self.asm.mov_rm(gpr(dst), Gpr::Rsp, slot_disp(offset));
    }

    fn store_slot(&mut self, src: Reg, offset: u32) {
        self.asm.mov_mr(Gpr::Rsp, slot_disp(offset), gpr(src));
    }

    fn zero_slots(&mut self, lo: u32, hi: u32, zero: Reg) {
        // Two words per store: prologues zero every frame, so this is on every call.
        if hi - lo >= 16 {
            self.asm.xorps_xmm0();
        }
        let mut off = lo;
        while off + 16 <= hi {
            self.asm.movups_m_xmm0(Gpr::Rsp, slot_disp(off));
            off += 16;
        }
        if off < hi {
            self.asm.mov_mr(Gpr::Rsp, slot_disp(off), gpr(zero));
        }
    }

    fn slot_address(&mut self, dst: Reg, offset: u32) {
        self.asm.lea_rm(gpr(dst), Gpr::Rsp, slot_disp(offset));
    }

    fn load(&mut self, dst: Reg, base: Reg, offset: i32) {
        self.asm.mov_rm(gpr(dst), gpr(base), offset);
    }

    fn store(&mut self, src: Reg, base: Reg, offset: i32) {
        self.asm.mov_mr(gpr(base), offset, gpr(src));
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        self.mov_if_needed(gpr(dst), gpr(src));
    }

    fn mov_imm(&mut self, dst: Reg, imm: i64) {
        // A word is 64 bits: nothing to truncate.
        self.asm.mov_ri(gpr(dst), imm);
    }

    fn symbol_address(&mut self, dst: Reg, symbol: &str) {
        self.asm.lea_rip_sym(gpr(dst), symbol);
    }

    fn add_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        let (dst, src) = (gpr(dst), gpr(src));
        if dst == src {
            self.asm.add_ri(dst, imm);
        } else {
            // lea adds into another register in one instruction.
            self.asm.lea_rm(dst, src, imm);
        }
    }

    fn and_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        let (dst, src) = (gpr(dst), gpr(src));
        self.mov_if_needed(dst, src);
        self.asm.and_ri(dst, imm);
    }

    fn and(&mut self, dst: Reg, a: Reg, b: Reg) {
        self.commutative(dst, a, b, X64Asm::and_rr);
    }

    fn sar_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        let (dst, src) = (gpr(dst), gpr(src));
        self.mov_if_needed(dst, src);
        self.asm.sar_ri(dst, shift);
    }

    fn shl_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        let (dst, src) = (gpr(dst), gpr(src));
        self.mov_if_needed(dst, src);
        self.asm.shl_ri(dst, shift);
    }

    fn add_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.commutative(dst, a, b, X64Asm::add_rr);
        self.asm.jcc_label(CondCode::O, overflow);
    }

    fn add_imm_overflow(&mut self, dst: Reg, src: Reg, imm: i32, overflow: Label) {
        let (dst, src) = (gpr(dst), gpr(src));
        self.mov_if_needed(dst, src);
        self.asm.add_ri(dst, imm);
        self.asm.jcc_label(CondCode::O, overflow);
    }

    fn sub_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        let (dst, a, b) = (gpr(dst), gpr(a), gpr(b));
        if dst == b && dst != a {
            // Copying a into dst would destroy b: keep b in the scratch register.
            self.asm.mov_rr(SCRATCH, b);
            self.asm.mov_rr(dst, a);
            self.asm.sub_rr(dst, SCRATCH);
        } else {
            self.mov_if_needed(dst, a);
            self.asm.sub_rr(dst, b);
        }
        self.asm.jcc_label(CondCode::O, overflow);
    }

    fn mul_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.commutative(dst, a, b, X64Asm::imul_rr);
        self.asm.jcc_label(CondCode::O, overflow);
    }

    fn branch_cmp(&mut self, cond: Cond, a: Reg, b: Reg, target: Label) {
        self.asm.cmp_rr(gpr(a), gpr(b));
        self.asm.jcc_label(cond_code(cond), target);
    }

    fn branch_cmp_imm(&mut self, cond: Cond, a: Reg, imm: i32, target: Label) {
        self.asm.cmp_ri(gpr(a), imm);
        self.asm.jcc_label(cond_code(cond), target);
    }

    fn branch_test_imm(&mut self, a: Reg, mask: i32, if_set: bool, target: Label) {
        // Only ZF is read, so a mask of the low byte can use the short byte form.
        match u8::try_from(mask) {
            Ok(mask8) => self.asm.test_r8_i8(gpr(a), mask8),
            Err(_) => self.asm.test_ri(gpr(a), mask),
        }
        let cc = if if_set { CondCode::Ne } else { CondCode::E };
        self.asm.jcc_label(cc, target);
    }

    fn set_cmp(&mut self, cond: Cond, dst: Reg, a: Reg, b: Reg) {
        // No `xor dst, dst` first: dst may be a or b. setcc + movzx after the cmp
        // is correct whatever dst aliases.
        let dst = gpr(dst);
        self.asm.cmp_rr(gpr(a), gpr(b));
        self.asm.setcc_r8(cond_code(cond), dst);
        self.asm.movzx_r32_r8(dst, dst);
    }

    fn jump(&mut self, target: Label) {
        self.asm.jmp_label(target);
    }

    fn call_symbol(&mut self, symbol: &str) {
        self.asm.call_sym(symbol);
    }

    fn call_reg(&mut self, target: Reg) {
        self.asm.call_r(gpr(target));
    }

    fn load_narrow(&mut self, dst: Reg, base: Reg, bits: u32) {
        let (dst, base) = (gpr(dst), gpr(base));
        match bits {
            8 => self.asm.movzx_r32_m8(dst, base, 0),
            16 => self.asm.movzx_r32_m16(dst, base, 0),
            32 => self.asm.mov_r32_m32(dst, base, 0),
            _ => panic!("internal compiler error: a {bits}-bit memory access"),
        }
    }

    fn store_narrow(&mut self, src: Reg, base: Reg, bits: u32) {
        let (src, base) = (gpr(src), gpr(base));
        match bits {
            8 => self.asm.mov_m8_r8(base, 0, src),
            16 => self.asm.mov_m16_r16(base, 0, src),
            32 => self.asm.mov_m32_r32(base, 0, src),
            _ => panic!("internal compiler error: a {bits}-bit memory access"),
        }
    }

    fn c_layout(&self, params: &[CKind]) -> CLayout {
        abi::layout(params)
    }

    fn c_arg_to_cell(&mut self, kind: CKind, loc: CLoc, cell: u32) {
        let cell = slot_disp(cell);
        match (loc, kind) {
            (CLoc::Reg(i), _) => self.asm.mov_mr(Gpr::Rsp, cell, INT_ARGS[i as usize]),
            (CLoc::FpReg(i), CKind::F32) => self.asm.movss_mx(Gpr::Rsp, cell, Xmm(i)),
            (CLoc::FpReg(i), _) => self.asm.movsd_mx(Gpr::Rsp, cell, Xmm(i)),
            (CLoc::Stack(off), _) => {
                // rax is no argument register: free to carry the 8-byte slot.
                self.asm
                    .mov_rm(Gpr::Rax, Gpr::Rbp, INCOMING_ARGS + slot_disp(off));
                self.asm.mov_mr(Gpr::Rsp, cell, Gpr::Rax);
            }
            (CLoc::RegPair(_), _) => panic!("internal compiler error: register pair on x86-64"),
        }
    }

    fn c_cell_to_arg(&mut self, kind: CKind, cell: u32, loc: CLoc) {
        let cell = slot_disp(cell);
        match (loc, kind) {
            (CLoc::Reg(i), _) => self.asm.mov_rm(INT_ARGS[i as usize], Gpr::Rsp, cell),
            (CLoc::FpReg(i), CKind::F32) => self.asm.movss_xm(Xmm(i), Gpr::Rsp, cell),
            (CLoc::FpReg(i), _) => self.asm.movsd_xm(Xmm(i), Gpr::Rsp, cell),
            (CLoc::Stack(off), _) => {
                self.asm.mov_rm(Gpr::Rax, Gpr::Rsp, cell);
                self.asm.mov_mr(Gpr::Rsp, slot_disp(off), Gpr::Rax);
            }
            (CLoc::RegPair(_), _) => panic!("internal compiler error: register pair on x86-64"),
        }
    }

    fn c_result_to_cell(&mut self, kind: CKind, cell: u32) {
        let cell = slot_disp(cell);
        match kind {
            CKind::F32 => self.asm.movss_mx(Gpr::Rsp, cell, Xmm(0)),
            CKind::F64 => self.asm.movsd_mx(Gpr::Rsp, cell, Xmm(0)),
            CKind::Word | CKind::DWord => self.asm.mov_mr(Gpr::Rsp, cell, Gpr::Rax),
        }
    }

    fn c_cell_to_result(&mut self, kind: CKind, cell: u32) {
        let cell = slot_disp(cell);
        match kind {
            CKind::F32 => self.asm.movss_xm(Xmm(0), Gpr::Rsp, cell),
            CKind::F64 => self.asm.movsd_xm(Xmm(0), Gpr::Rsp, cell),
            CKind::Word | CKind::DWord => self.asm.mov_rm(Gpr::Rax, Gpr::Rsp, cell),
        }
    }

    fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String> {
        self.asm.finish()
    }
}
