//! The Thumb-2 encoder (ARMv7E-M, Cortex-M4): one method per instruction form, writing
//! halfwords into a [`CodeBuffer`]. It knows nothing of Python or ELF; a caller picks
//! the form, and a method asserts that its operands fit it (a wrong choice is a bug in
//! pyaot, not a user error).
//!
//! Names spell operand shapes, MicroPython style: `rlo` is r0-r7 (a 16-bit form's
//! 3-bit field), `w` a 32-bit form, `i8`/`imm12` the immediate field's width, `mimm` a
//! modified immediate (ThumbExpandImm). Immediate offsets are passed in bytes.
//!
//! A 32-bit instruction is two halfwords, the first at the lower address, each stored
//! little-endian.

use crate::codegen::buffer::{CodeBuffer, Label, LabelUse, NotesHandle, RelocKind};
use std::fmt;

/// An ARM core register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gpr {
    /// r0
    R0,
    /// r1
    R1,
    /// r2
    R2,
    /// r3
    R3,
    /// r4
    R4,
    /// r5
    R5,
    /// r6
    R6,
    /// r7
    R7,
    /// r8
    R8,
    /// r9
    R9,
    /// r10
    R10,
    /// r11
    R11,
    /// r12 (ip, the intra-procedure scratch register)
    R12,
    /// r13, the stack pointer
    Sp,
    /// r14, the link register
    Lr,
    /// r15, the program counter
    Pc,
}

impl Gpr {
    /// The register number, 0-15.
    pub fn num(self) -> u16 {
        self as u16
    }

    /// Whether a 16-bit form's 3-bit register field can name it.
    pub fn is_low(self) -> bool {
        self.num() < 8
    }

    /// Its bit in a push/pop register list.
    pub fn bit(self) -> u16 {
        1 << self.num()
    }

    /// Its name as LLVM prints it (`r0`..`r12`, `sp`, `lr`, `pc`).
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp",
            "lr", "pc",
        ];
        NAMES[self as usize]
    }
}

impl fmt::Display for Gpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A push/pop register list as LLVM prints it: `{r4, r5, r6, lr}`.
fn reg_list(regs: u16) -> String {
    let names: Vec<&str> = (0..16)
        .filter(|i| regs & (1 << i) != 0)
        .map(|i| ALL_GPRS[i].name())
        .collect();
    format!("{{{}}}", names.join(", "))
}

/// Every core register, by number.
const ALL_GPRS: [Gpr; 16] = [
    Gpr::R0,
    Gpr::R1,
    Gpr::R2,
    Gpr::R3,
    Gpr::R4,
    Gpr::R5,
    Gpr::R6,
    Gpr::R7,
    Gpr::R8,
    Gpr::R9,
    Gpr::R10,
    Gpr::R11,
    Gpr::R12,
    Gpr::Sp,
    Gpr::Lr,
    Gpr::Pc,
];

/// The memory operand `[rn, #imm]` (`[rn]` for 0, `#-imm` for negative offsets).
fn mem(rn: Gpr, imm: i64) -> String {
    if imm == 0 {
        format!("[{rn}]")
    } else {
        format!("[{rn}, #{imm}]")
    }
}

/// An ARM condition code (the 4-bit field of B<cond> and IT).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CondCode {
    /// Equal (Z).
    Eq = 0,
    /// Not equal.
    Ne = 1,
    /// Unsigned higher or same (C).
    Hs = 2,
    /// Unsigned lower.
    Lo = 3,
    /// Negative.
    Mi = 4,
    /// Positive or zero.
    Pl = 5,
    /// Signed overflow (V).
    Vs = 6,
    /// No signed overflow.
    Vc = 7,
    /// Unsigned higher.
    Hi = 8,
    /// Unsigned lower or same.
    Ls = 9,
    /// Signed >=.
    Ge = 10,
    /// Signed <.
    Lt = 11,
    /// Signed >.
    Gt = 12,
    /// Signed <=.
    Le = 13,
}

impl CondCode {
    /// The condition's suffix (`eq`, `lo`, ...).
    pub fn suffix(self) -> &'static str {
        const NAMES: [&str; 14] = [
            "eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
        ];
        NAMES[self as usize]
    }

    /// The opposite condition (codes come in pairs differing in bit 0).
    pub fn invert(self) -> CondCode {
        use CondCode::*;
        const ALL: [CondCode; 14] = [Eq, Ne, Hs, Lo, Mi, Pl, Vs, Vc, Hi, Ls, Ge, Lt, Gt, Le];
        ALL[(self as usize) ^ 1]
    }
}

/// The shift applied to a register operand of a 32-bit data-processing form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Logical shift left.
    Lsl = 0,
    /// Logical shift right.
    Lsr = 1,
    /// Arithmetic shift right.
    Asr = 2,
}

impl Shift {
    /// The shift's name (`lsl`, `lsr`, `asr`).
    pub fn name(self) -> &'static str {
        match self {
            Shift::Lsl => "lsl",
            Shift::Lsr => "lsr",
            Shift::Asr => "asr",
        }
    }
}

/// The branch forms whose target is a label, patched when the code is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThumbLabelUse {
    /// `b.w` (encoding T4): 25-bit signed offset, ±16 MiB.
    B24,
    /// `b<cond>.w` (encoding T3): 21-bit signed offset, ±1 MiB.
    BCond20,
}

impl LabelUse for ThumbLabelUse {
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        // A Thumb branch's PC reads as its own address + 4.
        let offset = target as i64 - (at as i64 + 4);
        let Ok(offset) = i32::try_from(offset) else {
            return false;
        };
        let at = at as usize;
        let Some(bytes) = code.get_mut(at..at + 4) else {
            return false;
        };
        let hw1 = u16::from_le_bytes([bytes[0], bytes[1]]);
        let encoded = match self {
            ThumbLabelUse::B24 => encode_b24(offset, B_W_HW2),
            ThumbLabelUse::BCond20 => {
                let cond = (hw1 >> 6) & 0xf;
                encode_bcond20(cond, offset)
            }
        };
        let Some((hw1, hw2)) = encoded else {
            return false;
        };
        bytes[..2].copy_from_slice(&hw1.to_le_bytes());
        bytes[2..].copy_from_slice(&hw2.to_le_bytes());
        true
    }
}

/// The second-halfword opcode bits of `bl` (T1).
const BL_HW2: u16 = 0xd000;
/// The second-halfword opcode bits of `b.w` (T4).
const B_W_HW2: u16 = 0x9000;

/// Encodes the 25-bit offset of `bl` / `b.w` (`hw2_op` tells which).
///
/// The offset is S:I1:I2:imm10:imm11:0, but the instruction stores J1 and J2 with
/// I1 = NOT(J1 XOR S) and I2 = NOT(J2 XOR S): the encoding grew out of the old
/// two-instruction BL pair, whose J bits were both 1, so small offsets keep J1 = J2 = 1
/// and only offsets beyond ±4 MiB flip them. Getting this wrong breaks only far calls.
fn encode_b24(offset: i32, hw2_op: u16) -> Option<(u16, u16)> {
    if offset & 1 != 0 || !(-(1 << 24)..(1 << 24)).contains(&offset) {
        return None;
    }
    let v = offset as u32;
    let s = (v >> 24) & 1;
    let i1 = (v >> 23) & 1;
    let i2 = (v >> 22) & 1;
    let j1 = (!(i1 ^ s)) & 1;
    let j2 = (!(i2 ^ s)) & 1;
    let imm10 = (v >> 12) & 0x3ff;
    let imm11 = (v >> 1) & 0x7ff;
    let hw1 = 0xf000 | (s << 10) | imm10;
    let hw2 = hw2_op as u32 | (j1 << 13) | (j2 << 11) | imm11;
    Some((hw1 as u16, hw2 as u16))
}

/// Encodes `b<cond>.w` (T3). Its offset is S:J2:J1:imm6:imm11:0 with J1/J2 stored
/// as they are (unlike T4, no XOR with S): ±1 MiB.
fn encode_bcond20(cond: u16, offset: i32) -> Option<(u16, u16)> {
    if offset & 1 != 0 || !(-(1 << 20)..(1 << 20)).contains(&offset) {
        return None;
    }
    let v = offset as u32;
    let s = (v >> 20) & 1;
    let j2 = (v >> 19) & 1;
    let j1 = (v >> 18) & 1;
    let imm6 = (v >> 12) & 0x3f;
    let imm11 = (v >> 1) & 0x7ff;
    let hw1 = 0xf000 | (s << 10) | ((cond as u32) << 6) | imm6;
    let hw2 = 0x8000 | (j1 << 13) | (j2 << 11) | imm11;
    Some((hw1 as u16, hw2 as u16))
}

/// The 12-bit i:imm3:imm8 field that ThumbExpandImm turns into `value`, if any: a
/// byte, a byte repeated in a pattern (00XY00XY, XY00XY00, XYXYXYXY), or an 8-bit
/// value with its top bit set rotated right by 8-31.
pub fn modified_imm(value: u32) -> Option<u16> {
    let b = value & 0xff;
    if value <= 0xff {
        return Some(value as u16);
    }
    if value == (b << 16) | b {
        return Some(0x100 | b as u16);
    }
    let b1 = (value >> 8) & 0xff;
    if value == (b1 << 24) | (b1 << 8) {
        return Some(0x200 | b1 as u16);
    }
    if value == b * 0x0101_0101 {
        return Some(0x300 | b as u16);
    }
    (8..32u32).find_map(|rot| {
        let unrotated = value.rotate_left(rot);
        (0x80..=0xff)
            .contains(&unrotated)
            .then_some(((rot << 7) as u16) | (unrotated & 0x7f) as u16)
    })
}

/// Splits a 12-bit modified-immediate or plain imm12 into the (hw1, hw2) bits:
/// i at hw1[10], imm3 at hw2[14:12], imm8 at hw2[7:0].
fn imm12_bits(imm12: u16) -> (u16, u16) {
    (
        ((imm12 >> 11) & 1) << 10,
        ((imm12 >> 8) & 7) << 12 | (imm12 & 0xff),
    )
}

/// Emits Thumb-2 instructions into a code buffer.
#[derive(Default)]
pub struct ThumbAsm {
    buf: CodeBuffer<ThumbLabelUse>,
    /// Conditions of the instructions an IT block still covers, next first; kept only
    /// while recording text, where a conditional instruction prints its condition.
    it_conds: Vec<CondCode>,
}

impl ThumbAsm {
    /// An encoder with an empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An encoder whose buffer records into `notes` (see [`CodeBuffer::recording`]).
    pub fn recording(notes: NotesHandle, text: bool) -> Self {
        ThumbAsm {
            buf: CodeBuffer::recording(notes, text),
            it_conds: Vec::new(),
        }
    }

    /// Records the text of the instruction emitted since `at`. Inside an IT block the
    /// mnemonic carries the block's condition, as LLVM prints it: a 16-bit flag-setting
    /// form does not set flags there, so `movs` reads `mov<cond>`.
    fn note(&mut self, at: u32, text: impl FnOnce() -> String) {
        if !self.buf.wants_text() {
            return;
        }
        let mut text = text();
        if !self.it_conds.is_empty() {
            let cond = self.it_conds.remove(0);
            let (mnemonic, operands) = text.split_once(' ').unwrap_or((&text, ""));
            let base = if mnemonic == "movs" { "mov" } else { mnemonic };
            text = format!("{base}{} {operands}", cond.suffix());
        }
        self.buf.note(at, || text);
    }

    /// Records the text of a branch to `label` emitted since `at` (never inside an IT
    /// block: branches to labels are the 32-bit forms, which carry their condition).
    fn note_branch(&mut self, at: u32, label: Label, text: impl FnOnce() -> String) {
        self.buf.note_branch(at, label, text);
    }

    /// The buffer, for labels and the current offset.
    pub fn buffer(&mut self) -> &mut CodeBuffer<ThumbLabelUse> {
        &mut self.buf
    }

    /// The bytes emitted so far.
    pub fn code(&self) -> &[u8] {
        self.buf.code()
    }

    /// Current offset.
    pub fn offset(&self) -> u32 {
        self.buf.offset()
    }

    /// Gives the buffer back, for [`CodeBuffer::finish`].
    pub fn into_buffer(self) -> CodeBuffer<ThumbLabelUse> {
        self.buf
    }

    fn put16(&mut self, hw: u16) {
        self.buf.put_u16(hw);
    }

    fn put32(&mut self, hw1: u16, hw2: u16) {
        self.buf.put_u16(hw1);
        self.buf.put_u16(hw2);
    }

    /// A 32-bit data-processing (modified immediate) instruction: `hw1` holds the
    /// opcode and Rn, `rd_bits` the Rd field (0xf00 for cmp/cmn/tst).
    fn dp_mimm(&mut self, hw1: u16, rd_bits: u16, imm: u32) {
        let imm12 =
            modified_imm(imm).unwrap_or_else(|| panic!("{imm:#x} is no modified immediate"));
        let (i, lo) = imm12_bits(imm12);
        self.put32(hw1 | i, rd_bits | lo);
    }

    /// A 32-bit data-processing (shifted register) instruction.
    fn dp_shifted(&mut self, hw1: u16, rd_bits: u16, rm: Gpr, shift: Shift, amount: u8) {
        assert!(
            amount < 32 || (amount == 32 && shift != Shift::Lsl),
            "bad shift {amount}"
        );
        let amount = (amount & 31) as u16;
        let hw2 =
            rd_bits | (amount >> 2) << 12 | (amount & 3) << 6 | (shift as u16) << 4 | rm.num();
        self.put32(hw1, hw2);
    }

    fn assert_low(regs: &[Gpr]) {
        for r in regs {
            assert!(r.is_low(), "{r:?} is not r0-r7");
        }
    }

    // ---- moves ----

    /// `movs rd, #imm8` (16-bit; sets flags outside an IT block).
    pub fn mov_rlo_i8(&mut self, rd: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rd]);
        self.put16(0x2000 | rd.num() << 8 | imm as u16);
        self.note(at, || format!("movs {rd}, #{imm}"));
    }

    /// `mov.w rd, #imm` with a modified immediate.
    pub fn mov_w_ri(&mut self, rd: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf04f, rd.num() << 8, imm);
        self.note(at, || format!("mov.w {rd}, #{imm}"));
    }

    /// `mvn rd, #imm` (rd = !imm) with a modified immediate.
    pub fn mvn_w_ri(&mut self, rd: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf06f, rd.num() << 8, imm);
        self.note(at, || format!("mvn {rd}, #{imm}"));
    }

    /// The bits of `movw` (`top` false) or `movt` (`top` true) of a 16-bit immediate.
    fn mov_half(&mut self, rd: Gpr, imm: u16, top: bool) {
        let (imm4, imm12) = (imm >> 12, imm & 0xfff);
        let (i, lo) = imm12_bits(imm12);
        let op = if top { 0xf2c0 } else { 0xf240 };
        self.put32(op | i | imm4, rd.num() << 8 | lo);
    }

    /// `movw rd, #imm16`: rd = imm16, zero-extended.
    pub fn movw_ri16(&mut self, rd: Gpr, imm: u16) {
        let at = self.offset();
        self.mov_half(rd, imm, false);
        self.note(at, || format!("movw {rd}, #{imm}"));
    }

    /// `movt rd, #imm16`: the top half of rd = imm16.
    pub fn movt_ri16(&mut self, rd: Gpr, imm: u16) {
        let at = self.offset();
        self.mov_half(rd, imm, true);
        self.note(at, || format!("movt {rd}, #{imm}"));
    }

    /// `movw rd, #:lower16:symbol`: the field is 0 (no addend) and a relocation fills it.
    pub fn movw_r_sym(&mut self, rd: Gpr, symbol: &str) {
        let at = self.offset();
        self.buf.reloc(at, RelocKind::ThumbMovwAbs, symbol, 0);
        self.mov_half(rd, 0, false);
        self.note(at, || format!("movw {rd}, #:lower16:{symbol}"));
    }

    /// `movt rd, #:upper16:symbol`, relocated like [`ThumbAsm::movw_r_sym`].
    pub fn movt_r_sym(&mut self, rd: Gpr, symbol: &str) {
        let at = self.offset();
        self.buf.reloc(at, RelocKind::ThumbMovtAbs, symbol, 0);
        self.mov_half(rd, 0, true);
        self.note(at, || format!("movt {rd}, #:upper16:{symbol}"));
    }

    /// `mov rd, rm` (16-bit, any registers, flags untouched).
    pub fn mov_rr(&mut self, rd: Gpr, rm: Gpr) {
        let at = self.offset();
        let d = rd.num();
        self.put16(0x4600 | (d >> 3) << 7 | rm.num() << 3 | (d & 7));
        self.note(at, || format!("mov {rd}, {rm}"));
    }

    // ---- loads and stores ----

    /// `ldr rt, [rn, #imm]` (16-bit), imm a multiple of 4 in 0..=124.
    pub fn ldr_rlo_rlo_imm5(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        Self::assert_low(&[rt, rn]);
        assert!(imm.is_multiple_of(4) && imm <= 124, "ldr offset {imm}");
        self.put16(0x6800 | (imm as u16 / 4) << 6 | rn.num() << 3 | rt.num());
        self.note(at, || format!("ldr {rt}, {}", mem(rn, imm.into())));
    }

    /// `str rt, [rn, #imm]` (16-bit), imm a multiple of 4 in 0..=124.
    pub fn str_rlo_rlo_imm5(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        Self::assert_low(&[rt, rn]);
        assert!(imm.is_multiple_of(4) && imm <= 124, "str offset {imm}");
        self.put16(0x6000 | (imm as u16 / 4) << 6 | rn.num() << 3 | rt.num());
        self.note(at, || format!("str {rt}, {}", mem(rn, imm.into())));
    }

    /// `ldr rt, [sp, #imm]` (16-bit), imm a multiple of 4 in 0..=1020.
    pub fn ldr_rlo_sp_imm8(&mut self, rt: Gpr, imm: u32) {
        let at = self.offset();
        Self::assert_low(&[rt]);
        assert!(imm.is_multiple_of(4) && imm <= 1020, "ldr sp offset {imm}");
        self.put16(0x9800 | rt.num() << 8 | (imm as u16 / 4));
        self.note(at, || format!("ldr {rt}, {}", mem(Gpr::Sp, imm.into())));
    }

    /// `str rt, [sp, #imm]` (16-bit), imm a multiple of 4 in 0..=1020.
    pub fn str_rlo_sp_imm8(&mut self, rt: Gpr, imm: u32) {
        let at = self.offset();
        Self::assert_low(&[rt]);
        assert!(imm.is_multiple_of(4) && imm <= 1020, "str sp offset {imm}");
        self.put16(0x9000 | rt.num() << 8 | (imm as u16 / 4));
        self.note(at, || format!("str {rt}, {}", mem(Gpr::Sp, imm.into())));
    }

    /// `ldr.w rt, [rn, #imm12]`, imm in 0..=4095 (rn = pc would be a literal load).
    pub fn ldr_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "ldr.w [{rn:?}, #{imm}]");
        self.put32(0xf8d0 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("ldr.w {rt}, {}", mem(rn, imm.into())));
    }

    /// `str.w rt, [rn, #imm12]`, imm in 0..=4095.
    pub fn str_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "str.w [{rn:?}, #{imm}]");
        self.put32(0xf8c0 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("str.w {rt}, {}", mem(rn, imm.into())));
    }

    /// `ldrb.w rt, [rn, #imm12]`: the byte zero-extended; imm in 0..=4095.
    pub fn ldrb_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "ldrb.w [{rn:?}, #{imm}]");
        self.put32(0xf890 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("ldrb.w {rt}, {}", mem(rn, imm.into())));
    }

    /// `ldrh.w rt, [rn, #imm12]`: the halfword zero-extended; imm in 0..=4095.
    pub fn ldrh_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "ldrh.w [{rn:?}, #{imm}]");
        self.put32(0xf8b0 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("ldrh.w {rt}, {}", mem(rn, imm.into())));
    }

    /// `strb.w rt, [rn, #imm12]`: the low byte of rt; imm in 0..=4095.
    pub fn strb_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "strb.w [{rn:?}, #{imm}]");
        self.put32(0xf880 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("strb.w {rt}, {}", mem(rn, imm.into())));
    }

    /// `strh.w rt, [rn, #imm12]`: the low halfword of rt; imm in 0..=4095.
    pub fn strh_w_rr_imm12(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && imm <= 0xfff, "strh.w [{rn:?}, #{imm}]");
        self.put32(0xf8a0 | rn.num(), rt.num() << 12 | imm as u16);
        self.note(at, || format!("strh.w {rt}, {}", mem(rn, imm.into())));
    }

    /// A VFP load or store (`vldr`/`vstr`, encodings T1 for a double register, T2
    /// for a single one) of register `reg` (`s<reg>` or `d<reg>`) at [rn + imm],
    /// imm a multiple of 4 in 0..=1020.
    fn vfp_access(&mut self, load: bool, double: bool, reg: u8, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(
            rn != Gpr::Pc
                && imm <= 1020
                && imm.is_multiple_of(4)
                && reg < 32
                && (!double || reg < 16),
            "vldr/vstr {reg} [{rn:?}, #{imm}]"
        );
        let reg = u16::from(reg);
        // A single register is Vd:D, a double one D:Vd.
        let (d, vd) = if double {
            (reg >> 4, reg & 0xf)
        } else {
            (reg & 1, reg >> 1)
        };
        let size = if double { 0xb00 } else { 0xa00 };
        // U = 1 (add the offset), L = 1 for a load.
        self.put32(
            0xed80 | d << 6 | u16::from(load) << 4 | rn.num(),
            vd << 12 | size | (imm / 4) as u16,
        );
        let name = if double { 'd' } else { 's' };
        let op = if load { "vldr" } else { "vstr" };
        self.note(at, || format!("{op} {name}{reg}, {}", mem(rn, imm.into())));
    }

    /// `vldr s<sd>, [rn, #imm]`: imm a multiple of 4 in 0..=1020.
    pub fn vldr_s(&mut self, sd: u8, rn: Gpr, imm: u32) {
        self.vfp_access(true, false, sd, rn, imm);
    }

    /// `vstr s<sd>, [rn, #imm]`: imm a multiple of 4 in 0..=1020.
    pub fn vstr_s(&mut self, sd: u8, rn: Gpr, imm: u32) {
        self.vfp_access(false, false, sd, rn, imm);
    }

    /// `vldr d<dd>, [rn, #imm]`: imm a multiple of 4 in 0..=1020.
    pub fn vldr_d(&mut self, dd: u8, rn: Gpr, imm: u32) {
        self.vfp_access(true, true, dd, rn, imm);
    }

    /// `vstr d<dd>, [rn, #imm]`: imm a multiple of 4 in 0..=1020.
    pub fn vstr_d(&mut self, dd: u8, rn: Gpr, imm: u32) {
        self.vfp_access(false, true, dd, rn, imm);
    }

    /// `ldr rt, [rn, #-imm]`, imm in 1..=255 (encoding T4, P=1 U=0 W=0).
    pub fn ldr_rr_neg_imm8(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(
            rn != Gpr::Pc && (1..=255).contains(&imm),
            "ldr [{rn:?}, #-{imm}]"
        );
        self.put32(0xf850 | rn.num(), rt.num() << 12 | 0xc00 | imm as u16);
        self.note(at, || format!("ldr {rt}, {}", mem(rn, -i64::from(imm))));
    }

    /// `str rt, [rn, #-imm]`, imm in 1..=255.
    pub fn str_rr_neg_imm8(&mut self, rt: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(
            rn != Gpr::Pc && (1..=255).contains(&imm),
            "str [{rn:?}, #-{imm}]"
        );
        self.put32(0xf840 | rn.num(), rt.num() << 12 | 0xc00 | imm as u16);
        self.note(at, || format!("str {rt}, {}", mem(rn, -i64::from(imm))));
    }

    /// `ldr.w rt, [rn, rm]` (register offset; rm is not sp or pc).
    pub fn ldr_w_rrr(&mut self, rt: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && rm != Gpr::Sp && rm != Gpr::Pc);
        self.put32(0xf850 | rn.num(), rt.num() << 12 | rm.num());
        self.note(at, || format!("ldr.w {rt}, [{rn}, {rm}]"));
    }

    /// `str.w rt, [rn, rm]` (register offset; rm is not sp or pc).
    pub fn str_w_rrr(&mut self, rt: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        assert!(rn != Gpr::Pc && rm != Gpr::Sp && rm != Gpr::Pc);
        self.put32(0xf840 | rn.num(), rt.num() << 12 | rm.num());
        self.note(at, || format!("str.w {rt}, [{rn}, {rm}]"));
    }

    // ---- add and subtract ----

    /// `adds rd, rn, rm` (16-bit).
    pub fn adds_rlo_rlo_rlo(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        Self::assert_low(&[rd, rn, rm]);
        self.put16(0x1800 | rm.num() << 6 | rn.num() << 3 | rd.num());
        self.note(at, || format!("adds {rd}, {rn}, {rm}"));
    }

    /// `subs rd, rn, rm` (16-bit).
    pub fn subs_rlo_rlo_rlo(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        Self::assert_low(&[rd, rn, rm]);
        self.put16(0x1a00 | rm.num() << 6 | rn.num() << 3 | rd.num());
        self.note(at, || format!("subs {rd}, {rn}, {rm}"));
    }

    /// `adds rd, rn, #imm3` (16-bit), imm in 0..=7.
    pub fn adds_rlo_rlo_i3(&mut self, rd: Gpr, rn: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rd, rn]);
        assert!(imm <= 7);
        self.put16(0x1c00 | (imm as u16) << 6 | rn.num() << 3 | rd.num());
        self.note(at, || format!("adds {rd}, {rn}, #{imm}"));
    }

    /// `subs rd, rn, #imm3` (16-bit), imm in 0..=7.
    pub fn subs_rlo_rlo_i3(&mut self, rd: Gpr, rn: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rd, rn]);
        assert!(imm <= 7);
        self.put16(0x1e00 | (imm as u16) << 6 | rn.num() << 3 | rd.num());
        self.note(at, || format!("subs {rd}, {rn}, #{imm}"));
    }

    /// `adds rdn, #imm8` (16-bit).
    pub fn adds_rlo_i8(&mut self, rdn: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rdn]);
        self.put16(0x3000 | rdn.num() << 8 | imm as u16);
        self.note(at, || format!("adds {rdn}, #{imm}"));
    }

    /// `subs rdn, #imm8` (16-bit).
    pub fn subs_rlo_i8(&mut self, rdn: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rdn]);
        self.put16(0x3800 | rdn.num() << 8 | imm as u16);
        self.note(at, || format!("subs {rdn}, #{imm}"));
    }

    /// `add rdn, rm` (16-bit, any registers, flags untouched).
    pub fn add_rr(&mut self, rdn: Gpr, rm: Gpr) {
        let at = self.offset();
        let d = rdn.num();
        self.put16(0x4400 | (d >> 3) << 7 | rm.num() << 3 | (d & 7));
        self.note(at, || {
            if rm == Gpr::Sp {
                format!("add {rdn}, sp, {rdn}")
            } else {
                format!("add {rdn}, {rm}")
            }
        });
    }

    /// `add.w rd, rn, rm` (rn may be sp).
    pub fn add_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xeb00 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("add.w {rd}, {rn}, {rm}"));
    }

    /// `adds.w rd, rn, rm`.
    pub fn adds_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xeb10 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("adds.w {rd}, {rn}, {rm}"));
    }

    /// `sub.w rd, rn, rm` (rn may be sp).
    pub fn sub_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xeba0 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("sub.w {rd}, {rn}, {rm}"));
    }

    /// `subs.w rd, rn, rm`.
    pub fn subs_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xebb0 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("subs.w {rd}, {rn}, {rm}"));
    }

    /// `add.w rd, rn, #imm` with a modified immediate (rd = rn = sp is allowed).
    pub fn add_w_rr_mimm(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf100 | rn.num(), rd.num() << 8, imm);
        self.note(at, || format!("add.w {rd}, {rn}, #{imm}"));
    }

    /// `sub.w rd, rn, #imm` with a modified immediate (rd = rn = sp is allowed).
    pub fn sub_w_rr_mimm(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf1a0 | rn.num(), rd.num() << 8, imm);
        self.note(at, || format!("sub.w {rd}, {rn}, #{imm}"));
    }

    /// `addw rd, rn, #imm12`, imm in 0..=4095 (plain, not a modified immediate).
    pub fn addw_rr_imm12(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(imm <= 0xfff && rn != Gpr::Pc);
        let (i, lo) = imm12_bits(imm as u16);
        self.put32(0xf200 | i | rn.num(), rd.num() << 8 | lo);
        self.note(at, || format!("addw {rd}, {rn}, #{imm}"));
    }

    /// `subw rd, rn, #imm12`, imm in 0..=4095.
    pub fn subw_rr_imm12(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        assert!(imm <= 0xfff && rn != Gpr::Pc);
        let (i, lo) = imm12_bits(imm as u16);
        self.put32(0xf2a0 | i | rn.num(), rd.num() << 8 | lo);
        self.note(at, || format!("subw {rd}, {rn}, #{imm}"));
    }

    /// `add rd, sp, #imm` (16-bit), imm a multiple of 4 in 0..=1020.
    pub fn add_rlo_sp_imm8(&mut self, rd: Gpr, imm: u32) {
        let at = self.offset();
        Self::assert_low(&[rd]);
        assert!(imm.is_multiple_of(4) && imm <= 1020);
        self.put16(0xa800 | rd.num() << 8 | (imm as u16 / 4));
        self.note(at, || format!("add {rd}, sp, #{imm}"));
    }

    /// `add sp, #imm` (16-bit), imm a multiple of 4 in 0..=508.
    pub fn add_sp_imm7(&mut self, imm: u32) {
        let at = self.offset();
        assert!(imm.is_multiple_of(4) && imm <= 508);
        self.put16(0xb000 | (imm as u16 / 4));
        self.note(at, || format!("add sp, #{imm}"));
    }

    /// `sub sp, #imm` (16-bit), imm a multiple of 4 in 0..=508.
    pub fn sub_sp_imm7(&mut self, imm: u32) {
        let at = self.offset();
        assert!(imm.is_multiple_of(4) && imm <= 508);
        self.put16(0xb080 | (imm as u16 / 4));
        self.note(at, || format!("sub sp, #{imm}"));
    }

    // ---- logic and shifts ----

    /// `ands rdn, rm` (16-bit).
    pub fn ands_rlo_rlo(&mut self, rdn: Gpr, rm: Gpr) {
        let at = self.offset();
        Self::assert_low(&[rdn, rm]);
        self.put16(0x4000 | rm.num() << 3 | rdn.num());
        self.note(at, || format!("ands {rdn}, {rm}"));
    }

    /// `orrs rdn, rm` (16-bit).
    pub fn orrs_rlo_rlo(&mut self, rdn: Gpr, rm: Gpr) {
        let at = self.offset();
        Self::assert_low(&[rdn, rm]);
        self.put16(0x4300 | rm.num() << 3 | rdn.num());
        self.note(at, || format!("orrs {rdn}, {rm}"));
    }

    /// `eors rdn, rm` (16-bit).
    pub fn eors_rlo_rlo(&mut self, rdn: Gpr, rm: Gpr) {
        let at = self.offset();
        Self::assert_low(&[rdn, rm]);
        self.put16(0x4040 | rm.num() << 3 | rdn.num());
        self.note(at, || format!("eors {rdn}, {rm}"));
    }

    /// `and.w rd, rn, rm`.
    pub fn and_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xea00 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("and.w {rd}, {rn}, {rm}"));
    }

    /// `orr.w rd, rn, rm`.
    pub fn orr_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xea40 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("orr.w {rd}, {rn}, {rm}"));
    }

    /// `eor.w rd, rn, rm`.
    pub fn eor_w_rrr(&mut self, rd: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xea80 | rn.num(), rd.num() << 8 | rm.num());
        self.note(at, || format!("eor.w {rd}, {rn}, {rm}"));
    }

    /// `and rd, rn, #imm` with a modified immediate.
    pub fn and_w_rr_mimm(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf000 | rn.num(), rd.num() << 8, imm);
        self.note(at, || format!("and {rd}, {rn}, #{imm}"));
    }

    /// `orr rd, rn, #imm` with a modified immediate.
    pub fn orr_w_rr_mimm(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf040 | rn.num(), rd.num() << 8, imm);
        self.note(at, || format!("orr {rd}, {rn}, #{imm}"));
    }

    /// `eor rd, rn, #imm` with a modified immediate.
    pub fn eor_w_rr_mimm(&mut self, rd: Gpr, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf080 | rn.num(), rd.num() << 8, imm);
        self.note(at, || format!("eor {rd}, {rn}, #{imm}"));
    }

    /// `asrs rd, rm, #imm` (16-bit), imm in 1..=32 (32 is encoded as 0).
    pub fn asrs_rlo_rlo_i5(&mut self, rd: Gpr, rm: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rd, rm]);
        assert!((1..=32).contains(&imm));
        self.put16(0x1000 | ((imm & 31) as u16) << 6 | rm.num() << 3 | rd.num());
        self.note(at, || format!("asrs {rd}, {rm}, #{imm}"));
    }

    /// `lsls rd, rm, #imm` (16-bit), imm in 1..=31 (0 would read as `movs`).
    pub fn lsls_rlo_rlo_i5(&mut self, rd: Gpr, rm: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rd, rm]);
        assert!((1..=31).contains(&imm));
        self.put16((imm as u16) << 6 | rm.num() << 3 | rd.num());
        self.note(at, || format!("lsls {rd}, {rm}, #{imm}"));
    }

    /// `asr.w rd, rm, #imm`, imm in 1..=32.
    pub fn asr_w_rr_i5(&mut self, rd: Gpr, rm: Gpr, imm: u8) {
        let at = self.offset();
        assert!((1..=32).contains(&imm));
        self.dp_shifted(0xea4f, rd.num() << 8, rm, Shift::Asr, imm);
        self.note(at, || format!("asr.w {rd}, {rm}, #{imm}"));
    }

    /// `lsl.w rd, rm, #imm`, imm in 1..=31.
    pub fn lsl_w_rr_i5(&mut self, rd: Gpr, rm: Gpr, imm: u8) {
        let at = self.offset();
        assert!((1..=31).contains(&imm));
        self.dp_shifted(0xea4f, rd.num() << 8, rm, Shift::Lsl, imm);
        self.note(at, || format!("lsl.w {rd}, {rm}, #{imm}"));
    }

    /// `smull rdlo, rdhi, rn, rm`: the signed 64-bit product (rdlo != rdhi).
    pub fn smull_rrrr(&mut self, rdlo: Gpr, rdhi: Gpr, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        assert!(rdlo != rdhi);
        self.put32(
            0xfb80 | rn.num(),
            rdlo.num() << 12 | rdhi.num() << 8 | rm.num(),
        );
        self.note(at, || format!("smull {rdlo}, {rdhi}, {rn}, {rm}"));
    }

    // ---- compare and test ----

    /// `cmp rn, #imm8` (16-bit).
    pub fn cmp_rlo_i8(&mut self, rn: Gpr, imm: u8) {
        let at = self.offset();
        Self::assert_low(&[rn]);
        self.put16(0x2800 | rn.num() << 8 | imm as u16);
        self.note(at, || format!("cmp {rn}, #{imm}"));
    }

    /// `cmp rn, rm` (16-bit): the low-register form when both are r0-r7, else the
    /// high-register form (which the architecture forbids for two low registers).
    pub fn cmp_rr(&mut self, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        if rn.is_low() && rm.is_low() {
            self.put16(0x4280 | rm.num() << 3 | rn.num());
        } else {
            let n = rn.num();
            self.put16(0x4500 | (n >> 3) << 7 | rm.num() << 3 | (n & 7));
        }
        self.note(at, || format!("cmp {rn}, {rm}"));
    }

    /// `cmp.w rn, #imm` with a modified immediate.
    pub fn cmp_w_r_mimm(&mut self, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf1b0 | rn.num(), 0xf00, imm);
        self.note(at, || format!("cmp.w {rn}, #{imm}"));
    }

    /// `cmn.w rn, #imm` (compares rn with -imm) with a modified immediate.
    pub fn cmn_w_r_mimm(&mut self, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf110 | rn.num(), 0xf00, imm);
        self.note(at, || format!("cmn.w {rn}, #{imm}"));
    }

    /// `cmp.w rn, rm, <shift> #amount`.
    pub fn cmp_w_rr_shift(&mut self, rn: Gpr, rm: Gpr, shift: Shift, amount: u8) {
        let at = self.offset();
        self.dp_shifted(0xebb0 | rn.num(), 0xf00, rm, shift, amount);
        self.note(at, || {
            format!("cmp.w {rn}, {rm}, {} #{amount}", shift.name())
        });
    }

    /// `tst.w rn, #imm` with a modified immediate.
    pub fn tst_w_r_mimm(&mut self, rn: Gpr, imm: u32) {
        let at = self.offset();
        self.dp_mimm(0xf010 | rn.num(), 0xf00, imm);
        self.note(at, || format!("tst.w {rn}, #{imm}"));
    }

    /// `tst.w rn, rm`.
    pub fn tst_w_rr(&mut self, rn: Gpr, rm: Gpr) {
        let at = self.offset();
        self.put32(0xea10 | rn.num(), 0xf00 | rm.num());
        self.note(at, || format!("tst.w {rn}, {rm}"));
    }

    /// `it cond`: the next instruction runs only if `cond` holds.
    pub fn it(&mut self, cond: CondCode) {
        let at = self.offset();
        self.put16(0xbf00 | (cond as u16) << 4 | 0b1000);
        self.note(at, || format!("it {}", cond.suffix()));
        if self.buf.wants_text() {
            self.it_conds = vec![cond];
        }
    }

    /// `ite cond`: the next instruction runs if `cond` holds, the one after if not.
    /// The mask's first bit is the inverse of the condition's bit 0 for an "else",
    /// followed by the terminating 1.
    pub fn ite(&mut self, cond: CondCode) {
        let at = self.offset();
        let c = cond as u16;
        self.put16(0xbf00 | c << 4 | ((c & 1) ^ 1) << 3 | 0b100);
        self.note(at, || format!("ite {}", cond.suffix()));
        if self.buf.wants_text() {
            self.it_conds = vec![cond, cond.invert()];
        }
    }

    // ---- push and pop ----

    /// `push {list}` (16-bit): r0-r7 and lr only.
    pub fn push_rlist16(&mut self, regs: u16) {
        let at = self.offset();
        assert!(regs & !0x40ff == 0 && regs != 0, "push {regs:#x}");
        self.put16(0xb400 | (regs >> 14 & 1) << 8 | (regs & 0xff));
        self.note(at, || format!("push {}", reg_list(regs)));
    }

    /// `pop {list}` (16-bit): r0-r7 and pc only.
    pub fn pop_rlist16(&mut self, regs: u16) {
        let at = self.offset();
        assert!(regs & !0x80ff == 0 && regs != 0, "pop {regs:#x}");
        self.put16(0xbc00 | (regs >> 15 & 1) << 8 | (regs & 0xff));
        self.note(at, || format!("pop {}", reg_list(regs)));
    }

    /// `push.w {list}`: r0-r12 and lr, at least two registers.
    pub fn push_w_rlist(&mut self, regs: u16) {
        let at = self.offset();
        assert!(
            regs & 0xa000 == 0 && regs.count_ones() >= 2,
            "push.w {regs:#x}"
        );
        self.put32(0xe92d, regs);
        self.note(at, || format!("push.w {}", reg_list(regs)));
    }

    /// `pop.w {list}`: r0-r12 and one of lr or pc, at least two registers.
    pub fn pop_w_rlist(&mut self, regs: u16) {
        let at = self.offset();
        assert!(
            regs & 0x2000 == 0 && regs & 0xc000 != 0xc000 && regs.count_ones() >= 2,
            "pop.w {regs:#x}"
        );
        self.put32(0xe8bd, regs);
        self.note(at, || format!("pop.w {}", reg_list(regs)));
    }

    // ---- branches and calls ----

    /// `bl symbol`, relocated (R_ARM_THM_CALL). ARM's REL relocations keep the addend
    /// in the instruction: -4, because the PC reads 4 bytes ahead, giving the bytes
    /// GNU as emits for an external call, `f7ff fffe`.
    pub fn bl_sym(&mut self, symbol: &str) {
        let at = self.offset();
        self.buf.reloc(at, RelocKind::ThumbCall, symbol, 0);
        self.put_b24(-4, BL_HW2);
        self.note(at, || format!("bl {symbol}"));
    }

    /// `b.w symbol` (a tail jump), relocated (R_ARM_THM_JUMP24) with the -4 addend
    /// pre-encoded like [`ThumbAsm::bl_sym`].
    pub fn b_w_sym(&mut self, symbol: &str) {
        let at = self.offset();
        self.buf.reloc(at, RelocKind::ThumbJump24, symbol, 0);
        self.put_b24(-4, B_W_HW2);
        self.note(at, || format!("b.w {symbol}"));
    }

    /// The bits of `bl` or `b.w` (`hw2_op` tells which) with a 25-bit offset.
    fn put_b24(&mut self, offset: i32, hw2_op: u16) {
        let (hw1, hw2) =
            encode_b24(offset, hw2_op).unwrap_or_else(|| panic!("bl/b.w offset {offset}"));
        self.put32(hw1, hw2);
    }

    /// The bits of `b<cond>.w` with a 21-bit offset.
    fn put_bcond20(&mut self, cond: CondCode, offset: i32) {
        let (hw1, hw2) = encode_bcond20(cond as u16, offset)
            .unwrap_or_else(|| panic!("b<cond>.w offset {offset}"));
        self.put32(hw1, hw2);
    }

    /// The address a branch at `at` with `offset` reaches, as LLVM prints it.
    fn branch_target(at: u32, offset: i32) -> String {
        format!("{:#x}", (at as i64 + 4 + offset as i64) as u32)
    }

    /// `bl` to this instruction's address + 4 + `offset` (even, within ±16 MiB).
    pub fn bl_rel(&mut self, offset: i32) {
        let at = self.offset();
        self.put_b24(offset, BL_HW2);
        self.note(at, || format!("bl {}", Self::branch_target(at, offset)));
    }

    /// `b.w` to this instruction's address + 4 + `offset` (even, within ±16 MiB).
    pub fn b_w_rel(&mut self, offset: i32) {
        let at = self.offset();
        self.put_b24(offset, B_W_HW2);
        self.note(at, || format!("b.w {}", Self::branch_target(at, offset)));
    }

    /// `b<cond>.w` to this instruction's address + 4 + `offset` (even, within ±1 MiB).
    pub fn b_cond_w_rel(&mut self, cond: CondCode, offset: i32) {
        let at = self.offset();
        self.put_bcond20(cond, offset);
        self.note(at, || {
            format!("b{}.w {}", cond.suffix(), Self::branch_target(at, offset))
        });
    }

    /// `b.w label`, patched when the buffer is finished.
    pub fn b_w_label(&mut self, label: Label) {
        let at = self.offset();
        self.buf.use_label(at, label, ThumbLabelUse::B24);
        self.put_b24(0, B_W_HW2);
        self.note_branch(at, label, || "b.w".to_string());
    }

    /// `b<cond>.w label`, patched when the buffer is finished (the patch keeps the
    /// condition already in the bits).
    pub fn b_cond_w_label(&mut self, cond: CondCode, label: Label) {
        let at = self.offset();
        self.buf.use_label(at, label, ThumbLabelUse::BCond20);
        self.put_bcond20(cond, 0);
        self.note_branch(at, label, || format!("b{}.w", cond.suffix()));
    }

    /// `blx rm`: calls the address in rm (bit 0 set: Thumb).
    pub fn blx_r(&mut self, rm: Gpr) {
        let at = self.offset();
        assert!(rm != Gpr::Pc);
        self.put16(0x4780 | rm.num() << 3);
        self.note(at, || format!("blx {rm}"));
    }

    /// `bx lr`: returns.
    pub fn bx_lr(&mut self) {
        let at = self.offset();
        self.put16(0x4700 | Gpr::Lr.num() << 3);
        self.note(at, || "bx lr".to_string());
    }

    /// `bkpt #imm8`.
    pub fn bkpt_i8(&mut self, imm: u8) {
        let at = self.offset();
        self.put16(0xbe00 | imm as u16);
        self.note(at, || format!("bkpt #{imm}"));
    }

    /// `nop` (16-bit).
    pub fn nop(&mut self) {
        let at = self.offset();
        self.put16(0xbf00);
        self.note(at, || "nop".to_string());
    }
}
