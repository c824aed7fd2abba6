//! The Thumb-2 MacroAssembler: the shared lowering's operations on top of
//! [`ThumbAsm`], choosing the shortest encoding that fits each operand.
//!
//! Logical registers: Ret = r0, Arg(0..3) = r0-r3, Tmp(0..2) = r4-r6 (callee-saved,
//! so the prologue saves them). r12 (ip) is this file's private scratch register for
//! constants and addresses that do not fit an instruction; AAPCS lets any call clobber
//! it, so nothing lives in it across operations.

use super::abi;
use super::asm::{modified_imm, CondCode, Gpr, Shift, ThumbAsm};
use crate::codegen::buffer::{FrameChange, FrameConvention, NotesHandle};
use crate::codegen::masm::{CKind, CLayout, CLoc, Cond, Label, MacroAssembler, Reg, Reloc};

/// The scratch register (ip).
const IP: Gpr = Gpr::R12;

/// Registers the prologue pushes: the three temporaries (callee-saved under AAPCS)
/// and lr. Four words keep sp 8-byte aligned, as AAPCS requires at calls.
const SAVED: u16 = (1 << 4) | (1 << 5) | (1 << 6) | (1 << 14);
/// The same list popped, with pc in lr's place so the pop returns.
const RESTORED: u16 = (1 << 4) | (1 << 5) | (1 << 6) | (1 << 15);

/// DWARF numbers ARM core registers as the hardware does (r0-r15 = 0-15).
const DWARF_SP: u16 = 13;
/// The link register, which holds the return address at entry.
const DWARF_LR: u16 = 14;

/// How every Thumb function starts: the CFA (sp before the call) is sp itself, and
/// the return address is in lr.
pub const FRAME_CONVENTION: FrameConvention = FrameConvention {
    return_address: DWARF_LR,
    entry: &[FrameChange::Cfa {
        reg: DWARF_SP,
        offset: 0,
    }],
    code_align: 2,
    data_align: -4,
};

/// Bytes `push {r4, r5, r6, lr}` puts on the stack.
const SAVED_BYTES: u32 = 16;

/// Emits Thumb-2 code for one function through the [`MacroAssembler`] interface.
#[derive(Default)]
pub struct ThumbMasm {
    asm: ThumbAsm,
    frame_bytes: u32,
    /// C floats travel in VFP registers (eabihf) rather than core ones.
    hard_float: bool,
}

/// The core register behind a logical register.
fn gpr(reg: Reg) -> Gpr {
    const ARGS: [Gpr; 4] = [Gpr::R0, Gpr::R1, Gpr::R2, Gpr::R3];
    const TMPS: [Gpr; 3] = [Gpr::R4, Gpr::R5, Gpr::R6];
    match reg {
        Reg::Ret => Gpr::R0,
        Reg::Arg(i) => ARGS[i as usize],
        Reg::Tmp(i) => TMPS[i as usize],
    }
}

/// The condition code that holds after `cmp a, b` when `a cond b`.
fn cond_code(cond: Cond) -> CondCode {
    match cond {
        Cond::Eq => CondCode::Eq,
        Cond::Ne => CondCode::Ne,
        Cond::Lt => CondCode::Lt,
        Cond::Le => CondCode::Le,
        Cond::Gt => CondCode::Gt,
        Cond::Ge => CondCode::Ge,
        Cond::Below => CondCode::Lo,
    }
}

impl ThumbMasm {
    /// An emitter with an empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An emitter that records frame changes (and instruction text when `text`) into
    /// `notes`; its code is the same as [`ThumbMasm::new`]'s.
    pub fn recording(notes: NotesHandle, text: bool) -> Self {
        ThumbMasm {
            asm: ThumbAsm::recording(notes, text),
            frame_bytes: 0,
            hard_float: false,
        }
    }

    /// The same emitter passing C floats in VFP registers (AAPCS-VFP) when
    /// `hard_float`; only C calls and export entries differ.
    pub fn with_hard_float(mut self, hard_float: bool) -> Self {
        self.hard_float = hard_float;
        self
    }

    /// Stores (or with `load`, loads) VFP argument register `s<reg>` — `d<reg/2>`
    /// for a double — at [sp + offset].
    fn vfp_slot(&mut self, load: bool, kind: CKind, reg: u8, offset: u32) {
        let base = if offset <= 1020 && offset.is_multiple_of(4) {
            Gpr::Sp
        } else {
            // Beyond vldr/vstr's reach: the address in ip.
            self.slot_address_gpr(IP, offset);
            IP
        };
        let at = if base == Gpr::Sp { offset } else { 0 };
        let a = &mut self.asm;
        match (kind, load) {
            (CKind::F64, true) => a.vldr_d(reg / 2, base, at),
            (CKind::F64, false) => a.vstr_d(reg / 2, base, at),
            (_, true) => a.vldr_s(reg, base, at),
            (_, false) => a.vstr_s(reg, base, at),
        }
    }

    /// d = sp + offset.
    fn slot_address_gpr(&mut self, d: Gpr, offset: u32) {
        if offset.is_multiple_of(4) && offset <= 1020 && d.is_low() {
            self.asm.add_rlo_sp_imm8(d, offset);
        } else if offset <= 0xfff {
            self.asm.addw_rr_imm12(d, Gpr::Sp, offset);
        } else {
            self.mov_imm_gpr(IP, offset);
            self.asm.add_w_rrr(d, Gpr::Sp, IP);
        }
    }

    /// The encoder, for code the interface does not cover.
    pub fn asm(&mut self) -> &mut ThumbAsm {
        &mut self.asm
    }

    /// rd = v, in the fewest bytes: movs, mov.w or mvn of a modified immediate,
    /// else movw (+ movt when the top half is not zero).
    fn mov_imm_gpr(&mut self, rd: Gpr, v: u32) {
        if rd.is_low() && v <= 0xff {
            self.asm.mov_rlo_i8(rd, v as u8);
        } else if modified_imm(v).is_some() {
            self.asm.mov_w_ri(rd, v);
        } else if modified_imm(!v).is_some() {
            self.asm.mvn_w_ri(rd, !v);
        } else {
            self.asm.movw_ri16(rd, v as u16);
            if v >> 16 != 0 {
                self.asm.movt_ri16(rd, (v >> 16) as u16);
            }
        }
    }

    /// sp = sp - bytes (`grow`) or sp + bytes, in the shortest form that fits.
    fn adjust_sp(&mut self, bytes: u32, grow: bool) {
        let f = if grow { &SUB } else { &ADD };
        let sp = Gpr::Sp;
        if bytes == 0 {
            return;
        }
        if bytes.is_multiple_of(4) && bytes <= 508 {
            (f.sp_imm7)(&mut self.asm, bytes);
        } else if modified_imm(bytes).is_some() {
            (f.mimm)(&mut self.asm, sp, sp, bytes);
        } else if bytes <= 0xfff {
            (f.imm12)(&mut self.asm, sp, sp, bytes);
        } else {
            self.mov_imm_gpr(IP, bytes);
            (f.rrr)(&mut self.asm, sp, sp, IP);
        }
    }

    /// rt = [sp + offset].
    fn load_sp(&mut self, rt: Gpr, offset: u32) {
        self.access(&LOAD, rt, Gpr::Sp, offset as i32);
    }

    /// [sp + offset] = rt.
    fn store_sp(&mut self, rt: Gpr, offset: u32) {
        self.access(&STORE, rt, Gpr::Sp, offset as i32);
    }

    /// A load or store (`f`) of rt at [rn + off], rn being sp or a logical register,
    /// in the shortest form that fits.
    fn access(&mut self, f: &AccessForms, rt: Gpr, rn: Gpr, off: i32) {
        let a = &mut self.asm;
        let word = off >= 0 && off % 4 == 0;
        if word && rn == Gpr::Sp && rt.is_low() && off <= 1020 {
            (f.sp_imm8)(a, rt, off as u32);
        } else if word && rn.is_low() && rt.is_low() && off <= 124 {
            (f.rlo_imm5)(a, rt, rn, off as u32);
        } else if (0..=0xfff).contains(&off) {
            (f.imm12)(a, rt, rn, off as u32);
        } else if (-255..0).contains(&off) {
            (f.neg_imm8)(a, rt, rn, off.unsigned_abs());
        } else {
            // Out of every immediate's range: put the offset in ip and index by it.
            self.mov_imm_gpr(IP, off as u32);
            (f.rrr)(&mut self.asm, rt, rn, IP);
        }
    }
}

/// The encodings of one kind of word access, so loads and stores share the choice.
struct AccessForms {
    sp_imm8: fn(&mut ThumbAsm, Gpr, u32),
    rlo_imm5: fn(&mut ThumbAsm, Gpr, Gpr, u32),
    imm12: fn(&mut ThumbAsm, Gpr, Gpr, u32),
    neg_imm8: fn(&mut ThumbAsm, Gpr, Gpr, u32),
    rrr: fn(&mut ThumbAsm, Gpr, Gpr, Gpr),
}

const LOAD: AccessForms = AccessForms {
    sp_imm8: ThumbAsm::ldr_rlo_sp_imm8,
    rlo_imm5: ThumbAsm::ldr_rlo_rlo_imm5,
    imm12: ThumbAsm::ldr_w_rr_imm12,
    neg_imm8: ThumbAsm::ldr_rr_neg_imm8,
    rrr: ThumbAsm::ldr_w_rrr,
};

const STORE: AccessForms = AccessForms {
    sp_imm8: ThumbAsm::str_rlo_sp_imm8,
    rlo_imm5: ThumbAsm::str_rlo_rlo_imm5,
    imm12: ThumbAsm::str_w_rr_imm12,
    neg_imm8: ThumbAsm::str_rr_neg_imm8,
    rrr: ThumbAsm::str_w_rrr,
};

/// The immediate encodings of add or subtract, so both share the choice of form.
struct AddSubForms {
    rlo_rlo_i3: fn(&mut ThumbAsm, Gpr, Gpr, u8),
    rlo_i8: fn(&mut ThumbAsm, Gpr, u8),
    sp_imm7: fn(&mut ThumbAsm, u32),
    mimm: fn(&mut ThumbAsm, Gpr, Gpr, u32),
    imm12: fn(&mut ThumbAsm, Gpr, Gpr, u32),
    rrr: fn(&mut ThumbAsm, Gpr, Gpr, Gpr),
}

const ADD: AddSubForms = AddSubForms {
    rlo_rlo_i3: ThumbAsm::adds_rlo_rlo_i3,
    rlo_i8: ThumbAsm::adds_rlo_i8,
    sp_imm7: ThumbAsm::add_sp_imm7,
    mimm: ThumbAsm::add_w_rr_mimm,
    imm12: ThumbAsm::addw_rr_imm12,
    rrr: ThumbAsm::add_w_rrr,
};

const SUB: AddSubForms = AddSubForms {
    rlo_rlo_i3: ThumbAsm::subs_rlo_rlo_i3,
    rlo_i8: ThumbAsm::subs_rlo_i8,
    sp_imm7: ThumbAsm::sub_sp_imm7,
    mimm: ThumbAsm::sub_w_rr_mimm,
    imm12: ThumbAsm::subw_rr_imm12,
    rrr: ThumbAsm::sub_w_rrr,
};

impl MacroAssembler for ThumbMasm {
    fn word_bytes(&self) -> u32 {
        4
    }

    fn stack_align(&self) -> u32 {
        8
    }

    fn offset(&self) -> u32 {
        self.asm.offset()
    }

    fn new_label(&mut self) -> Label {
        self.asm.buffer().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.asm.buffer().bind(label);
    }

    /// The frame, from high addresses to low:
    ///
    /// ```text
    ///   | caller's frame      |
    ///   | lr                  |  push {r4, r5, r6, lr}: 16 bytes, alignment kept
    ///   | r6, r5, r4          |
    ///   +---------------------+  <- sp + frame_bytes
    ///   | slots               |  [sp + offset]
    ///   +---------------------+  <- sp, 8-byte aligned
    /// ```
    fn prologue(&mut self, frame_bytes: u32) {
        self.frame_bytes = frame_bytes;
        self.asm.push_rlist16(SAVED);
        // Frame changes are noted after the instruction that makes them. push stores
        // the lowest register at the lowest address: r4 at CFA-16 ... lr at CFA-4.
        let b = self.asm.buffer();
        b.note_frame(FrameChange::CfaOffset(SAVED_BYTES));
        for (i, reg) in [Gpr::R4, Gpr::R5, Gpr::R6, Gpr::Lr].into_iter().enumerate() {
            b.note_frame(FrameChange::Saved {
                reg: reg.num(),
                offset: SAVED_BYTES - 4 * i as u32,
            });
        }
        if frame_bytes != 0 {
            self.adjust_sp(frame_bytes, true);
            self.asm
                .buffer()
                .note_frame(FrameChange::CfaOffset(SAVED_BYTES + frame_bytes));
        }
        self.asm
            .buffer()
            .note_body_frame(frame_bytes, SAVED_BYTES + frame_bytes);
    }

    fn epilogue(&mut self) {
        // An epilogue may sit mid-function: the body's rules are remembered and apply
        // again after the returning pop.
        self.asm.buffer().note_frame(FrameChange::RememberState);
        if self.frame_bytes != 0 {
            self.adjust_sp(self.frame_bytes, false);
            self.asm
                .buffer()
                .note_frame(FrameChange::CfaOffset(SAVED_BYTES));
        }
        self.asm.pop_rlist16(RESTORED);
        self.asm.buffer().note_frame(FrameChange::RestoreState);
    }

    fn stack_check(&mut self, overflow: Label) {
        self.asm.movw_r_sym(IP, pyaot_abi::sym::STACK_LIMIT);
        self.asm.movt_r_sym(IP, pyaot_abi::sym::STACK_LIMIT);
        self.asm.ldr_w_rr_imm12(IP, IP, 0);
        self.asm.cmp_rr(Gpr::Sp, IP);
        self.asm.b_cond_w_label(CondCode::Lo, overflow);
    }

    fn load_slot(&mut self, dst: Reg, offset: u32) {
        self.load_sp(gpr(dst), offset);
    }

    fn store_slot(&mut self, src: Reg, offset: u32) {
        self.store_sp(gpr(src), offset);
    }

    fn slot_address(&mut self, dst: Reg, offset: u32) {
        self.slot_address_gpr(gpr(dst), offset);
    }

    fn load(&mut self, dst: Reg, base: Reg, offset: i32) {
        self.access(&LOAD, gpr(dst), gpr(base), offset);
    }

    fn store(&mut self, src: Reg, base: Reg, offset: i32) {
        self.access(&STORE, gpr(src), gpr(base), offset);
    }

    fn mov(&mut self, dst: Reg, src: Reg) {
        let (d, s) = (gpr(dst), gpr(src));
        if d != s {
            self.asm.mov_rr(d, s);
        }
    }

    fn mov_imm(&mut self, dst: Reg, imm: i64) {
        // Truncation to the 32-bit word is the contract.
        self.mov_imm_gpr(gpr(dst), imm as u32);
    }

    fn symbol_address(&mut self, dst: Reg, symbol: &str) {
        let d = gpr(dst);
        self.asm.movw_r_sym(d, symbol);
        self.asm.movt_r_sym(d, symbol);
    }

    fn add_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        let (d, s) = (gpr(dst), gpr(src));
        // Adding a negative is subtracting its magnitude; i32::MIN's magnitude
        // 0x80000000 is a modified immediate, and subtracting it wraps as adding does.
        let (f, mag) = if imm < 0 {
            (&SUB, imm.unsigned_abs())
        } else {
            (&ADD, imm as u32)
        };
        let a = &mut self.asm;
        if imm == 0 {
            self.mov(dst, src);
        } else if mag <= 7 {
            (f.rlo_rlo_i3)(a, d, s, mag as u8);
        } else if d == s && mag <= 0xff {
            (f.rlo_i8)(a, d, mag as u8);
        } else if modified_imm(mag).is_some() {
            (f.mimm)(a, d, s, mag);
        } else if mag <= 0xfff {
            (f.imm12)(a, d, s, mag);
        } else {
            self.mov_imm_gpr(IP, imm as u32);
            self.asm.add_w_rrr(d, s, IP);
        }
    }

    fn and_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        let (d, s) = (gpr(dst), gpr(src));
        if modified_imm(imm as u32).is_some() {
            self.asm.and_w_rr_mimm(d, s, imm as u32);
        } else {
            self.mov_imm_gpr(IP, imm as u32);
            self.asm.and_w_rrr(d, s, IP);
        }
    }

    fn and(&mut self, dst: Reg, a: Reg, b: Reg) {
        let (d, a, b) = (gpr(dst), gpr(a), gpr(b));
        if d == a {
            self.asm.ands_rlo_rlo(d, b);
        } else if d == b {
            self.asm.ands_rlo_rlo(d, a);
        } else {
            self.asm.and_w_rrr(d, a, b);
        }
    }

    fn sar_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        if shift == 0 {
            self.mov(dst, src);
        } else {
            // Shifting a word right by 32 or more leaves only sign bits, as 32 does.
            self.asm.asrs_rlo_rlo_i5(gpr(dst), gpr(src), shift.min(32));
        }
    }

    fn shl_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        // The logical registers are r0-r6: the 16-bit form always applies.
        self.asm.lsls_rlo_rlo_i5(gpr(dst), gpr(src), shift);
    }

    fn add_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        // One instruction reads both sources before writing dst, so aliasing is fine.
        self.asm.adds_rlo_rlo_rlo(gpr(dst), gpr(a), gpr(b));
        self.asm.b_cond_w_label(CondCode::Vs, overflow);
    }

    fn add_imm_overflow(&mut self, dst: Reg, src: Reg, imm: i32, overflow: Label) {
        let (d, s) = (gpr(dst), gpr(src));
        // Subtracting the magnitude overflows exactly when adding the negative does.
        let (f, mag) = if imm < 0 {
            (&SUB, imm.unsigned_abs())
        } else {
            (&ADD, imm as u32)
        };
        if mag <= 7 {
            (f.rlo_rlo_i3)(&mut self.asm, d, s, mag as u8);
        } else if d == s && mag <= 0xff {
            (f.rlo_i8)(&mut self.asm, d, mag as u8);
        } else {
            self.mov_imm_gpr(IP, imm as u32);
            self.asm.adds_w_rrr(d, s, IP);
        }
        self.asm.b_cond_w_label(CondCode::Vs, overflow);
    }

    fn sub_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.asm.subs_rlo_rlo_rlo(gpr(dst), gpr(a), gpr(b));
        self.asm.b_cond_w_label(CondCode::Vs, overflow);
    }

    fn mul_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        // The 64-bit product fits in 32 bits exactly when its high word is the sign
        // extension of its low word. ARMv7 allows RdLo to alias Rn or Rm.
        let d = gpr(dst);
        self.asm.smull_rrrr(d, IP, gpr(a), gpr(b));
        self.asm.cmp_w_rr_shift(IP, d, Shift::Asr, 31);
        self.asm.b_cond_w_label(CondCode::Ne, overflow);
    }

    fn branch_cmp(&mut self, cond: Cond, a: Reg, b: Reg, target: Label) {
        self.asm.cmp_rr(gpr(a), gpr(b));
        self.asm.b_cond_w_label(cond_code(cond), target);
    }

    fn branch_cmp_imm(&mut self, cond: Cond, a: Reg, imm: i32, target: Label) {
        let r = gpr(a);
        let v = imm as u32;
        if v <= 0xff {
            self.asm.cmp_rlo_i8(r, v as u8);
        } else if modified_imm(v).is_some() {
            self.asm.cmp_w_r_mimm(r, v);
        } else if modified_imm(v.wrapping_neg()).is_some() {
            // a + (-imm) sets N, Z, C and V as a - imm does for any imm but 0 and
            // i32::MIN, both handled above.
            self.asm.cmn_w_r_mimm(r, v.wrapping_neg());
        } else {
            self.mov_imm_gpr(IP, v);
            self.asm.cmp_rr(r, IP);
        }
        self.asm.b_cond_w_label(cond_code(cond), target);
    }

    fn branch_test_imm(&mut self, a: Reg, mask: i32, if_set: bool, target: Label) {
        let r = gpr(a);
        if modified_imm(mask as u32).is_some() {
            self.asm.tst_w_r_mimm(r, mask as u32);
        } else {
            self.mov_imm_gpr(IP, mask as u32);
            self.asm.tst_w_rr(r, IP);
        }
        let cc = if if_set { CondCode::Ne } else { CondCode::Eq };
        self.asm.b_cond_w_label(cc, target);
    }

    fn set_cmp(&mut self, cond: Cond, dst: Reg, a: Reg, b: Reg) {
        // Inside an IT block the 16-bit `movs` encoding is a plain, conditional mov.
        let d = gpr(dst);
        self.asm.cmp_rr(gpr(a), gpr(b));
        self.asm.ite(cond_code(cond));
        self.asm.mov_rlo_i8(d, 1);
        self.asm.mov_rlo_i8(d, 0);
    }

    fn jump(&mut self, target: Label) {
        self.asm.b_w_label(target);
    }

    fn call_symbol(&mut self, symbol: &str) {
        self.asm.bl_sym(symbol);
    }

    fn call_reg(&mut self, target: Reg) {
        self.asm.blx_r(gpr(target));
    }

    fn load_narrow(&mut self, dst: Reg, base: Reg, bits: u32) {
        let (d, b) = (gpr(dst), gpr(base));
        match bits {
            8 => self.asm.ldrb_w_rr_imm12(d, b, 0),
            16 => self.asm.ldrh_w_rr_imm12(d, b, 0),
            32 => self.asm.ldr_w_rr_imm12(d, b, 0),
            _ => panic!("internal compiler error: a {bits}-bit memory access"),
        }
    }

    fn store_narrow(&mut self, src: Reg, base: Reg, bits: u32) {
        let (s, b) = (gpr(src), gpr(base));
        match bits {
            8 => self.asm.strb_w_rr_imm12(s, b, 0),
            16 => self.asm.strh_w_rr_imm12(s, b, 0),
            32 => self.asm.str_w_rr_imm12(s, b, 0),
            _ => panic!("internal compiler error: a {bits}-bit memory access"),
        }
    }

    fn c_layout(&self, params: &[CKind]) -> CLayout {
        abi::layout_for(params, self.hard_float)
    }

    fn c_arg_to_cell(&mut self, kind: CKind, loc: CLoc, cell: u32) {
        match loc {
            CLoc::Reg(i) => self.store_sp(ARG_REGS[i as usize], cell),
            CLoc::RegPair(i) => {
                self.store_sp(ARG_REGS[i as usize], cell);
                self.store_sp(ARG_REGS[i as usize + 1], cell + 4);
            }
            CLoc::Stack(off) => {
                // The caller's stack arguments sit above the saved registers. lr was
                // saved by the prologue: free to carry the words (ip may be needed
                // for an offset out of the immediate range).
                let incoming = self.frame_bytes + SAVED_BYTES + off;
                for w in 0..words(kind) {
                    self.load_sp(Gpr::Lr, incoming + 4 * w);
                    self.store_sp(Gpr::Lr, cell + 4 * w);
                }
            }
            CLoc::FpReg(i) => self.vfp_slot(false, kind, i, cell),
        }
    }

    fn c_cell_to_arg(&mut self, kind: CKind, cell: u32, loc: CLoc) {
        match loc {
            CLoc::Reg(i) => self.load_sp(ARG_REGS[i as usize], cell),
            CLoc::RegPair(i) => {
                self.load_sp(ARG_REGS[i as usize], cell);
                self.load_sp(ARG_REGS[i as usize + 1], cell + 4);
            }
            CLoc::Stack(off) => {
                for w in 0..words(kind) {
                    self.load_sp(Gpr::Lr, cell + 4 * w);
                    self.store_sp(Gpr::Lr, off + 4 * w);
                }
            }
            CLoc::FpReg(i) => self.vfp_slot(true, kind, i, cell),
        }
    }

    fn c_result_to_cell(&mut self, kind: CKind, cell: u32) {
        if self.hard_float && matches!(kind, CKind::F32 | CKind::F64) {
            // s0 or d0.
            return self.vfp_slot(false, kind, 0, cell);
        }
        self.store_sp(Gpr::R0, cell);
        if words(kind) == 2 {
            self.store_sp(Gpr::R1, cell + 4);
        }
    }

    fn c_cell_to_result(&mut self, kind: CKind, cell: u32) {
        if self.hard_float && matches!(kind, CKind::F32 | CKind::F64) {
            return self.vfp_slot(true, kind, 0, cell);
        }
        self.load_sp(Gpr::R0, cell);
        if words(kind) == 2 {
            self.load_sp(Gpr::R1, cell + 4);
        }
    }

    fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String> {
        self.asm.into_buffer().finish()
    }
}

/// The core argument registers of the AAPCS.
const ARG_REGS: [Gpr; 4] = [Gpr::R0, Gpr::R1, Gpr::R2, Gpr::R3];

/// Words a value of `kind` takes in core registers or on the stack (soft-float).
fn words(kind: CKind) -> u32 {
    match kind {
        CKind::Word | CKind::F32 => 1,
        CKind::DWord | CKind::F64 => 2,
    }
}
