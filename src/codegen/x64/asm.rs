//! The x86-64 instruction encoder: one method per instruction form, writing bytes,
//! label fixups and relocations into a [`CodeBuffer`]. It knows nothing of Python or
//! ELF. All register operands are 64-bit unless the method name says otherwise.
//!
//! Encoding reminders (Intel SDM vol. 2, ch. 2):
//! - REX = 0100WRXB: W selects 64-bit operands, R/X/B extend ModRM.reg, SIB.index
//!   and ModRM.rm (or SIB.base / the opcode's register) to reach r8-r15.
//! - ModRM = mod(2) reg(3) rm(3). rm = 100 means "a SIB byte follows", so rsp and r12
//!   as a base need SIB 0x24 (no index, base = 100). mod = 00 with rm = 101 means
//!   RIP-relative, so rbp and r13 as a base with no displacement need mod = 01 and a
//!   zero disp8.

use crate::codegen::buffer::{CodeBuffer, Label, LabelUse, NotesHandle, Reloc, RelocKind};
use std::fmt;

/// A 64-bit general-purpose register, numbered as the hardware encodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Gpr {
    Rax,
    Rcx,
    Rdx,
    Rbx,
    Rsp,
    Rbp,
    Rsi,
    Rdi,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
}

impl Gpr {
    /// The 4-bit hardware number.
    pub fn num(self) -> u8 {
        self as u8
    }

    /// The low three bits, which go in ModRM / SIB / the opcode byte.
    fn low3(self) -> u8 {
        self.num() & 7
    }

    /// The fourth bit, which goes in a REX prefix (R, X or B).
    fn high(self) -> u8 {
        self.num() >> 3
    }

    /// The name of the whole 64-bit register (`rax`, `r8`).
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11",
            "r12", "r13", "r14", "r15",
        ];
        NAMES[self as usize]
    }

    /// The name of its low 32 bits (`eax`, `r8d`).
    pub fn name32(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d",
            "r12d", "r13d", "r14d", "r15d",
        ];
        NAMES[self as usize]
    }

    /// The name of its low byte (`al`, `sil`, `r8b`).
    pub fn name8(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b",
            "r12b", "r13b", "r14b", "r15b",
        ];
        NAMES[self as usize]
    }

    /// True when the low byte of this register can only be named with a REX prefix:
    /// without one, byte numbers 4-7 mean ah/ch/dh/bh, not spl/bpl/sil/dil.
    fn byte_needs_rex(self) -> bool {
        matches!(self, Gpr::Rsp | Gpr::Rbp | Gpr::Rsi | Gpr::Rdi)
    }
}

/// An x86 condition code, as encoded in the low nibble of jcc / setcc opcodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CondCode {
    /// Overflow (OF = 1).
    O = 0x0,
    /// No overflow.
    No = 0x1,
    /// Below, unsigned < (CF = 1).
    B = 0x2,
    /// Above or equal, unsigned >=.
    Ae = 0x3,
    /// Equal (ZF = 1).
    E = 0x4,
    /// Not equal.
    Ne = 0x5,
    /// Below or equal, unsigned <=.
    Be = 0x6,
    /// Above, unsigned >.
    A = 0x7,
    /// Sign (SF = 1).
    S = 0x8,
    /// No sign.
    Ns = 0x9,
    /// Parity even.
    P = 0xa,
    /// Parity odd.
    Np = 0xb,
    /// Less, signed <.
    L = 0xc,
    /// Greater or equal, signed >=.
    Ge = 0xd,
    /// Less or equal, signed <=.
    Le = 0xe,
    /// Greater, signed >.
    G = 0xf,
}

impl fmt::Display for Gpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Gpr {
    /// The name of its low 16 bits (`ax`, `r8w`).
    pub fn name16(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w",
            "r13w", "r14w", "r15w",
        ];
        NAMES[self as usize]
    }
}

/// An SSE register, xmm0-xmm15 (the C ABI passes floats in xmm0-xmm7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Xmm(pub u8);

impl fmt::Display for Xmm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "xmm{}", self.0)
    }
}

impl CondCode {
    /// The condition's suffix in `j<cc>` / `set<cc>` (LLVM's spelling).
    pub fn suffix(self) -> &'static str {
        const NAMES: [&str; 16] = [
            "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g",
        ];
        NAMES[self as usize]
    }
}

/// The memory operand `[base + disp]` as LLVM's Intel syntax prints it.
fn mem(base: Gpr, disp: i32) -> String {
    match disp {
        0 => format!("[{base}]"),
        d if d < 0 => format!("[{base} - {}]", d.unsigned_abs()),
        d => format!("[{base} + {d}]"),
    }
}

/// The branch forms whose target is a label. There is only rel32: the encoder does
/// no branch sizing, so label offsets never move once emitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum X64LabelUse {
    /// A 32-bit displacement field, relative to the end of the field (which is the
    /// end of the instruction for every form that uses it).
    Rel32,
}

impl LabelUse for X64LabelUse {
    fn patch(self, code: &mut [u8], at: u32, target: u32) -> bool {
        match self {
            X64LabelUse::Rel32 => {
                let disp = i64::from(target) - (i64::from(at) + 4);
                let Ok(disp) = i32::try_from(disp) else {
                    return false;
                };
                let at = at as usize;
                code[at..at + 4].copy_from_slice(&disp.to_le_bytes());
                true
            }
        }
    }
}

/// ALU operations of the `81 /ext` and `83 /ext` immediate forms (ModRM.reg).
#[derive(Clone, Copy)]
enum AluExt {
    Add = 0,
    And = 4,
    Sub = 5,
    Cmp = 7,
}

/// Shift operations of the `C1 /ext ib` form (ModRM.reg).
#[derive(Clone, Copy)]
enum ShiftExt {
    Shl = 4,
    Sar = 7,
}

/// REX.W: 64-bit operand size.
const REX_W: u8 = 0x48;

/// The x86-64 encoder.
#[derive(Default)]
pub struct X64Asm {
    buf: CodeBuffer<X64LabelUse>,
}

impl X64Asm {
    /// An encoder with an empty buffer.
    pub fn new() -> Self {
        Self::default()
    }

    /// An encoder whose buffer records into `notes` (see [`CodeBuffer::recording`]).
    pub fn recording(notes: NotesHandle, text: bool) -> Self {
        X64Asm {
            buf: CodeBuffer::recording(notes, text),
        }
    }

    /// The buffer, for notes about the code (frame changes).
    pub fn buffer(&mut self) -> &mut CodeBuffer<X64LabelUse> {
        &mut self.buf
    }

    /// Current code offset.
    pub fn offset(&self) -> u32 {
        self.buf.offset()
    }

    /// The bytes emitted so far.
    pub fn code(&self) -> &[u8] {
        self.buf.code()
    }

    /// A new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.buf.new_label()
    }

    /// Binds `label` to the current offset.
    pub fn bind(&mut self, label: Label) {
        self.buf.bind(label)
    }

    /// Patches the label fixups and returns the code and relocations.
    pub fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String> {
        self.buf.finish()
    }

    // ---- prefix / ModRM helpers ----

    /// Emits a REX prefix with W set and R/B taken from `reg` / `rm`.
    fn rex_w(&mut self, reg: u8, rm: Gpr) {
        self.buf.put(&[REX_W | ((reg >> 3) << 2) | rm.high()]);
    }

    /// Emits a REX prefix without W when `reg` / `rm` need R/B, or when `force` (byte
    /// registers spl/bpl/sil/dil).
    fn rex_opt(&mut self, reg: u8, rm: Gpr, force: bool) {
        let bits = ((reg >> 3) << 2) | rm.high();
        if bits != 0 || force {
            self.buf.put(&[0x40 | bits]);
        }
    }

    /// ModRM for a register operand in rm.
    fn modrm_reg(&mut self, reg: u8, rm: Gpr) {
        self.buf.put(&[0xc0 | ((reg & 7) << 3) | rm.low3()]);
    }

    /// ModRM (+ SIB) (+ displacement) for the memory operand [base + disp].
    fn modrm_mem(&mut self, reg: u8, base: Gpr, disp: i32) {
        let reg = (reg & 7) << 3;
        // rbp/r13 share rm = 101 with RIP-relative under mod = 00: give them a disp8.
        let (mode, disp_len) = if disp == 0 && base.low3() != 5 {
            (0x00, 0)
        } else if i8::try_from(disp).is_ok() {
            (0x40, 1)
        } else {
            (0x80, 4)
        };
        self.buf.put(&[mode | reg | base.low3()]);
        // rsp/r12 share rm = 100 with "SIB follows": give them a SIB with no index.
        if base.low3() == 4 {
            self.buf.put(&[0x24]);
        }
        match disp_len {
            0 => {}
            1 => self.buf.put(&[disp as i8 as u8]),
            _ => self.buf.put(&disp.to_le_bytes()),
        }
    }

    /// ModRM for [rip + disp32] with a PC-relative relocation against `symbol` on the
    /// displacement. The CPU adds the displacement to the address of the *next*
    /// instruction, the linker computes S + A - P with P the field's address, so the
    /// addend is -4: correct only when the field ends the instruction (no immediate
    /// follows), which holds for every caller.
    fn modrm_rip(&mut self, reg: u8, symbol: &str) {
        self.buf.put(&[((reg & 7) << 3) | 0b101]);
        let at = self.buf.offset();
        self.buf.reloc(at, RelocKind::X64PcRel32, symbol, -4);
        self.buf.put_u32(0);
    }

    /// `op r/m64, r64` (or `op r64, r/m64`) with both operands registers.
    fn op_rr(&mut self, opcode: &[u8], reg: Gpr, rm: Gpr) {
        self.rex_w(reg.num(), rm);
        self.buf.put(opcode);
        self.modrm_reg(reg.num(), rm);
    }

    /// `op` with a register and the memory operand [base + disp].
    fn op_rm(&mut self, opcode: u8, reg: Gpr, base: Gpr, disp: i32) {
        self.rex_w(reg.num(), base);
        self.buf.put(&[opcode]);
        self.modrm_mem(reg.num(), base, disp);
    }

    /// `op r/m64, simm` in its shortest form: `83 /ext ib` when the immediate fits a
    /// sign-extended byte, else `81 /ext id`.
    fn alu_ri(&mut self, ext: AluExt, dst: Gpr, imm: i32) {
        self.rex_w(0, dst);
        if let Ok(imm8) = i8::try_from(imm) {
            self.buf.put(&[0x83]);
            self.modrm_reg(ext as u8, dst);
            self.buf.put(&[imm8 as u8]);
        } else {
            self.buf.put(&[0x81]);
            self.modrm_reg(ext as u8, dst);
            self.buf.put(&imm.to_le_bytes());
        }
    }

    /// `shift r/m64, imm8` (`C1 /ext ib`).
    fn shift_ri(&mut self, ext: ShiftExt, dst: Gpr, amount: u8) {
        self.rex_w(0, dst);
        self.buf.put(&[0xc1]);
        self.modrm_reg(ext as u8, dst);
        self.buf.put(&[amount]);
    }

    // ---- moves ----

    /// `mov dst, src`.
    pub fn mov_rr(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x89], src, dst);
        self.buf.note(at, || format!("mov {dst}, {src}"));
    }

    /// dst = imm, in the shortest form that does not touch the flags (it may sit
    /// between a `cmp` and its `jcc`, so no `xor r, r` for zero).
    pub fn mov_ri(&mut self, dst: Gpr, imm: i64) {
        if let Ok(imm) = u32::try_from(imm) {
            self.mov_r32_u32(dst, imm);
        } else if let Ok(imm) = i32::try_from(imm) {
            self.mov_r_simm32(dst, imm);
        } else {
            self.movabs_ri(dst, imm);
        }
    }

    /// `mov r32, imm32` (`B8+r id`): writing a 32-bit register zeroes the upper half.
    pub fn mov_r32_u32(&mut self, dst: Gpr, imm: u32) {
        let at = self.buf.offset();
        self.rex_opt(0, dst, false);
        self.buf.put(&[0xb8 + dst.low3()]);
        self.buf.put_u32(imm);
        self.buf.note(at, || format!("mov {}, {imm}", dst.name32()));
    }

    /// `mov r/m64, simm32` (`REX.W C7 /0 id`), sign-extending the immediate.
    pub fn mov_r_simm32(&mut self, dst: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.rex_w(0, dst);
        self.buf.put(&[0xc7]);
        self.modrm_reg(0, dst);
        self.buf.put(&imm.to_le_bytes());
        self.buf.note(at, || format!("mov {dst}, {imm}"));
    }

    /// `movabs r64, imm64` (`REX.W B8+r io`).
    pub fn movabs_ri(&mut self, dst: Gpr, imm: i64) {
        let at = self.buf.offset();
        self.rex_w(0, dst);
        self.buf.put(&[0xb8 + dst.low3()]);
        self.buf.put(&imm.to_le_bytes());
        self.buf.note(at, || format!("movabs {dst}, {imm}"));
    }

    /// `mov dst, qword ptr [base + disp]`.
    pub fn mov_rm(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_rm(0x8b, dst, base, disp);
        self.buf
            .note(at, || format!("mov {dst}, qword ptr {}", mem(base, disp)));
    }

    /// `mov qword ptr [base + disp], src`.
    pub fn mov_mr(&mut self, base: Gpr, disp: i32, src: Gpr) {
        let at = self.buf.offset();
        self.op_rm(0x89, src, base, disp);
        self.buf
            .note(at, || format!("mov qword ptr {}, {src}", mem(base, disp)));
    }

    /// `lea dst, [base + disp]`.
    pub fn lea_rm(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_rm(0x8d, dst, base, disp);
        self.buf
            .note(at, || format!("lea {dst}, {}", mem(base, disp)));
    }

    /// `lea dst, [rip + symbol]` (a PC-relative relocation, addend -4).
    pub fn lea_rip_sym(&mut self, dst: Gpr, symbol: &str) {
        let at = self.buf.offset();
        self.rex_w(dst.num(), Gpr::Rax);
        self.buf.put(&[0x8d]);
        self.modrm_rip(dst.num(), symbol);
        self.buf.note(at, || format!("lea {dst}, [rip + {symbol}]"));
    }

    /// `movzx dst32, src8`: zero-extends the low byte of `src` into all of `dst`.
    pub fn movzx_r32_r8(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.rex_opt(dst.num(), src, src.byte_needs_rex());
        self.buf.put(&[0x0f, 0xb6]);
        self.modrm_reg(dst.num(), src);
        self.buf
            .note(at, || format!("movzx {}, {}", dst.name32(), src.name8()));
    }

    // ---- narrow memory accesses (pyaot.mem8/16/32) ----

    /// `op reg, [base + disp]` with no REX.W: 32-bit and narrower operands; `prefix`
    /// (0x66 for 16 bits, or none) goes before any REX, `force_rex` for the byte
    /// registers spl/bpl/sil/dil.
    fn op_narrow(
        &mut self,
        prefix: &[u8],
        opcode: &[u8],
        reg: u8,
        base: Gpr,
        disp: i32,
        force_rex: bool,
    ) {
        self.buf.put(prefix);
        self.rex_opt(reg, base, force_rex);
        self.buf.put(opcode);
        self.modrm_mem(reg, base, disp);
    }

    /// `movzx dst32, byte ptr [base + disp]`: the byte zero-extended into all of dst.
    pub fn movzx_r32_m8(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x0f, 0xb6], dst.num(), base, disp, false);
        self.buf.note(at, || {
            format!("movzx {}, byte ptr {}", dst.name32(), mem(base, disp))
        });
    }

    /// `movzx dst32, word ptr [base + disp]`.
    pub fn movzx_r32_m16(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x0f, 0xb7], dst.num(), base, disp, false);
        self.buf.note(at, || {
            format!("movzx {}, word ptr {}", dst.name32(), mem(base, disp))
        });
    }

    /// `mov dst32, dword ptr [base + disp]` (zeroes the upper half of dst).
    pub fn mov_r32_m32(&mut self, dst: Gpr, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x8b], dst.num(), base, disp, false);
        self.buf.note(at, || {
            format!("mov {}, dword ptr {}", dst.name32(), mem(base, disp))
        });
    }

    /// `mov byte ptr [base + disp], src8`.
    pub fn mov_m8_r8(&mut self, base: Gpr, disp: i32, src: Gpr) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x88], src.num(), base, disp, src.byte_needs_rex());
        self.buf.note(at, || {
            format!("mov byte ptr {}, {}", mem(base, disp), src.name8())
        });
    }

    /// `mov word ptr [base + disp], src16` (operand-size prefix 0x66).
    pub fn mov_m16_r16(&mut self, base: Gpr, disp: i32, src: Gpr) {
        let at = self.buf.offset();
        self.op_narrow(&[0x66], &[0x89], src.num(), base, disp, false);
        self.buf.note(at, || {
            format!("mov word ptr {}, {}", mem(base, disp), src.name16())
        });
    }

    /// `mov dword ptr [base + disp], src32`.
    pub fn mov_m32_r32(&mut self, base: Gpr, disp: i32, src: Gpr) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x89], src.num(), base, disp, false);
        self.buf.note(at, || {
            format!("mov dword ptr {}, {}", mem(base, disp), src.name32())
        });
    }

    // ---- floating point moves (C arguments and results) ----

    /// `xorps xmm0, xmm0` (`0F 57 C0`): xmm0 = 0.
    pub fn xorps_xmm0(&mut self) {
        let at = self.buf.offset();
        self.buf.put(&[0x0f, 0x57, 0xc0]);
        self.buf.note(at, || "xorps xmm0, xmm0".to_string());
    }

    /// `movups xmmword ptr [base + disp], xmm0` (`0F 11 /r`): 16 bytes, any alignment.
    pub fn movups_m_xmm0(&mut self, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[], &[0x0f, 0x11], 0, base, disp, false);
        self.buf.note(at, || {
            format!("movups xmmword ptr {}, xmm0", mem(base, disp))
        });
    }

    /// `movsd dst, qword ptr [base + disp]` (`F2 0F 10 /r`).
    pub fn movsd_xm(&mut self, dst: Xmm, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[0xf2], &[0x0f, 0x10], dst.0, base, disp, false);
        self.buf
            .note(at, || format!("movsd {dst}, qword ptr {}", mem(base, disp)));
    }

    /// `movsd qword ptr [base + disp], src` (`F2 0F 11 /r`).
    pub fn movsd_mx(&mut self, base: Gpr, disp: i32, src: Xmm) {
        let at = self.buf.offset();
        self.op_narrow(&[0xf2], &[0x0f, 0x11], src.0, base, disp, false);
        self.buf
            .note(at, || format!("movsd qword ptr {}, {src}", mem(base, disp)));
    }

    /// `movss dst, dword ptr [base + disp]` (`F3 0F 10 /r`).
    pub fn movss_xm(&mut self, dst: Xmm, base: Gpr, disp: i32) {
        let at = self.buf.offset();
        self.op_narrow(&[0xf3], &[0x0f, 0x10], dst.0, base, disp, false);
        self.buf
            .note(at, || format!("movss {dst}, dword ptr {}", mem(base, disp)));
    }

    /// `movss dword ptr [base + disp], src` (`F3 0F 11 /r`).
    pub fn movss_mx(&mut self, base: Gpr, disp: i32, src: Xmm) {
        let at = self.buf.offset();
        self.op_narrow(&[0xf3], &[0x0f, 0x11], src.0, base, disp, false);
        self.buf
            .note(at, || format!("movss dword ptr {}, {src}", mem(base, disp)));
    }

    // ---- arithmetic ----

    /// `add dst, src`.
    pub fn add_rr(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x01], src, dst);
        self.buf.note(at, || format!("add {dst}, {src}"));
    }

    /// `add dst, imm`.
    pub fn add_ri(&mut self, dst: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.alu_ri(AluExt::Add, dst, imm);
        self.buf.note(at, || format!("add {dst}, {imm}"));
    }

    /// `sub dst, src`.
    pub fn sub_rr(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x29], src, dst);
        self.buf.note(at, || format!("sub {dst}, {src}"));
    }

    /// `sub dst, imm`.
    pub fn sub_ri(&mut self, dst: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.alu_ri(AluExt::Sub, dst, imm);
        self.buf.note(at, || format!("sub {dst}, {imm}"));
    }

    /// `and dst, src`.
    pub fn and_rr(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x21], src, dst);
        self.buf.note(at, || format!("and {dst}, {src}"));
    }

    /// `and dst, imm` (sign-extended to 64 bits).
    pub fn and_ri(&mut self, dst: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.alu_ri(AluExt::And, dst, imm);
        self.buf.note(at, || format!("and {dst}, {imm}"));
    }

    /// `sar dst, amount` (arithmetic shift right).
    pub fn sar_ri(&mut self, dst: Gpr, amount: u8) {
        let at = self.buf.offset();
        self.shift_ri(ShiftExt::Sar, dst, amount);
        self.buf.note(at, || format!("sar {dst}, {amount}"));
    }

    /// `shl dst, amount`.
    pub fn shl_ri(&mut self, dst: Gpr, amount: u8) {
        let at = self.buf.offset();
        self.shift_ri(ShiftExt::Shl, dst, amount);
        self.buf.note(at, || format!("shl {dst}, {amount}"));
    }

    /// `imul dst, src` (signed; OF set when the product does not fit 64 bits).
    pub fn imul_rr(&mut self, dst: Gpr, src: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x0f, 0xaf], dst, src);
        self.buf.note(at, || format!("imul {dst}, {src}"));
    }

    // ---- compares ----

    /// `cmp a, b` (flags of a - b).
    pub fn cmp_rr(&mut self, a: Gpr, b: Gpr) {
        let at = self.buf.offset();
        self.op_rr(&[0x39], b, a);
        self.buf.note(at, || format!("cmp {a}, {b}"));
    }

    /// `cmp a, imm`.
    pub fn cmp_ri(&mut self, a: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.alu_ri(AluExt::Cmp, a, imm);
        self.buf.note(at, || format!("cmp {a}, {imm}"));
    }

    /// `cmp a, qword ptr [rip + symbol]` (a PC-relative relocation, addend -4).
    pub fn cmp_r_rip_sym(&mut self, a: Gpr, symbol: &str) {
        let at = self.buf.offset();
        self.rex_w(a.num(), Gpr::Rax);
        self.buf.put(&[0x3b]);
        self.modrm_rip(a.num(), symbol);
        self.buf
            .note(at, || format!("cmp {a}, qword ptr [rip + {symbol}]"));
    }

    /// `test a, imm` (`REX.W F7 /0 id`, flags of a & sign-extended imm).
    pub fn test_ri(&mut self, a: Gpr, imm: i32) {
        let at = self.buf.offset();
        self.rex_w(0, a);
        self.buf.put(&[0xf7]);
        self.modrm_reg(0, a);
        self.buf.put(&imm.to_le_bytes());
        self.buf.note(at, || format!("test {a}, {imm}"));
    }

    /// `test a8, imm8` (`F6 /0 ib`): the short form for masks of the low byte.
    pub fn test_r8_i8(&mut self, a: Gpr, imm: u8) {
        let at = self.buf.offset();
        self.rex_opt(0, a, a.byte_needs_rex());
        self.buf.put(&[0xf6]);
        self.modrm_reg(0, a);
        self.buf.put(&[imm]);
        self.buf.note(at, || format!("test {}, {imm}", a.name8()));
    }

    /// `set<cc> dst8`: the low byte of `dst` = 1 if `cc` holds else 0; the other
    /// bytes are unchanged (follow with `movzx_r32_r8`).
    pub fn setcc_r8(&mut self, cc: CondCode, dst: Gpr) {
        let at = self.buf.offset();
        self.rex_opt(0, dst, dst.byte_needs_rex());
        self.buf.put(&[0x0f, 0x90 + cc as u8]);
        self.modrm_reg(0, dst);
        self.buf
            .note(at, || format!("set{} {}", cc.suffix(), dst.name8()));
    }

    // ---- stack and control flow ----

    /// `push src`.
    pub fn push_r(&mut self, src: Gpr) {
        let at = self.buf.offset();
        self.rex_opt(0, src, false);
        self.buf.put(&[0x50 + src.low3()]);
        self.buf.note(at, || format!("push {src}"));
    }

    /// `pop dst`.
    pub fn pop_r(&mut self, dst: Gpr) {
        let at = self.buf.offset();
        self.rex_opt(0, dst, false);
        self.buf.put(&[0x58 + dst.low3()]);
        self.buf.note(at, || format!("pop {dst}"));
    }

    /// `ret`.
    pub fn ret(&mut self) {
        let at = self.buf.offset();
        self.buf.put(&[0xc3]);
        self.buf.note(at, || "ret".to_string());
    }

    /// `leave` (mov rsp, rbp; pop rbp).
    pub fn leave(&mut self) {
        let at = self.buf.offset();
        self.buf.put(&[0xc9]);
        self.buf.note(at, || "leave".to_string());
    }

    /// `int3`, a breakpoint trap (for code that must never run).
    pub fn int3(&mut self) {
        let at = self.buf.offset();
        self.buf.put(&[0xcc]);
        self.buf.note(at, || "int3".to_string());
    }

    /// `call symbol` (`E8 rel32` with a call relocation; addend -4 because rel32 is
    /// relative to the end of the instruction, which is the end of the field).
    pub fn call_sym(&mut self, symbol: &str) {
        let at = self.buf.offset();
        self.buf.put(&[0xe8]);
        self.buf
            .reloc(self.buf.offset(), RelocKind::X64Call, symbol, -4);
        self.buf.put_u32(0);
        self.buf.note(at, || format!("call {symbol}"));
    }

    /// `call target` (`FF /2`, an indirect call through a register).
    pub fn call_r(&mut self, target: Gpr) {
        let at = self.buf.offset();
        self.rex_opt(0, target, false);
        self.buf.put(&[0xff]);
        self.modrm_reg(2, target);
        self.buf.note(at, || format!("call {target}"));
    }

    /// `jmp label` (`E9 rel32`).
    pub fn jmp_label(&mut self, target: Label) {
        let at = self.buf.offset();
        self.buf.put(&[0xe9]);
        self.rel32_to(target);
        self.buf.note_branch(at, target, || "jmp".to_string());
    }

    /// `j<cc> label` (`0F 80+cc rel32`).
    pub fn jcc_label(&mut self, cc: CondCode, target: Label) {
        let at = self.buf.offset();
        self.buf.put(&[0x0f, 0x80 + cc as u8]);
        self.rel32_to(target);
        self.buf
            .note_branch(at, target, || format!("j{}", cc.suffix()));
    }

    /// A rel32 field patched to reach `target` when the buffer finishes.
    fn rel32_to(&mut self, target: Label) {
        let at = self.buf.offset();
        self.buf.use_label(at, target, X64LabelUse::Rel32);
        self.buf.put_u32(0);
    }
}
