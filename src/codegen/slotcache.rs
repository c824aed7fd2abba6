//! A [`MacroAssembler`] over another that remembers which frame slot each logical
//! register holds a copy of, so that loading a slot that was just stored or loaded
//! becomes a register move, or nothing. The shared lowering keeps every value in a
//! slot and passes it through a few registers; without this, a value stored by one
//! IR instruction and read by the next makes the CPU forward it through memory.
//!
//! Everything else forwards unchanged. What is remembered is forgotten as soon as it
//! may be wrong:
//! - a register's entry, when anything writes the register (`Ret` and `Arg(0)` are
//!   one register on some ISAs, so writing either forgets both);
//! - every entry at a label (code may arrive there from anywhere), at calls (they
//!   clobber every logical register), and at stores through a pointer and the C
//!   value moves (which may write frame words or use registers as scratch);
//! - the entries of a slot that is stored to or zeroed.
//!
//! Stores are never removed: slow paths, the collector and debuggers read the slots.

use super::masm::{CKind, CLayout, CLoc, Cond, Label, MacroAssembler, Reg, Reloc};

/// Logical registers: `Ret`, `Arg(0..4)`, `Tmp(0..3)`.
const REGS: usize = 8;

/// The wrapper: `inner` emits, `holds[r]` is the slot register `r` holds a copy of.
pub struct SlotCache<M> {
    inner: M,
    holds: [Option<u32>; REGS],
}

fn index(r: Reg) -> usize {
    match r {
        Reg::Ret => 0,
        Reg::Arg(i) => 1 + i as usize,
        Reg::Tmp(i) => 5 + i as usize,
    }
}

impl<M: MacroAssembler> SlotCache<M> {
    /// Wraps `inner`, remembering nothing yet.
    pub fn new(inner: M) -> SlotCache<M> {
        SlotCache {
            inner,
            holds: [None; REGS],
        }
    }

    /// Binds `label` at a point code reaches only by falling through from the code
    /// just before it: what the registers hold stays known. The caller guarantees
    /// that no branch to `label` has been or will be emitted.
    pub fn bind_fallthrough(&mut self, label: Label) {
        self.inner.bind(label);
    }

    /// Forgets what `r` held, and what any register sharing it held.
    fn clobber(&mut self, r: Reg) {
        self.holds[index(r)] = None;
        if matches!(r, Reg::Ret | Reg::Arg(0)) {
            self.holds[index(Reg::Ret)] = None;
            self.holds[index(Reg::Arg(0))] = None;
        }
    }

    fn forget_all(&mut self) {
        self.holds = [None; REGS];
    }

    /// Forgets the copies of the slots in `[lo, hi)`.
    fn forget_slots(&mut self, lo: u32, hi: u32) {
        for h in &mut self.holds {
            if h.is_some_and(|s| (lo..hi).contains(&s)) {
                *h = None;
            }
        }
    }

    /// The register holding a copy of the slot at `offset`, if any (`prefer` first).
    fn holder(&self, offset: u32, prefer: Reg) -> Option<usize> {
        if self.holds[index(prefer)] == Some(offset) {
            return Some(index(prefer));
        }
        self.holds.iter().position(|&h| h == Some(offset))
    }
}

/// The logical register at index `i` of `holds`.
fn reg(i: usize) -> Reg {
    match i {
        0 => Reg::Ret,
        1..=4 => Reg::Arg(i as u8 - 1),
        _ => Reg::Tmp(i as u8 - 5),
    }
}

impl<M: MacroAssembler> MacroAssembler for SlotCache<M> {
    fn word_bytes(&self) -> u32 {
        self.inner.word_bytes()
    }
    fn stack_align(&self) -> u32 {
        self.inner.stack_align()
    }
    fn offset(&self) -> u32 {
        self.inner.offset()
    }
    fn new_label(&mut self) -> Label {
        self.inner.new_label()
    }
    fn bind(&mut self, label: Label) {
        self.forget_all();
        self.inner.bind(label);
    }
    fn prologue(&mut self, frame_bytes: u32) {
        self.forget_all();
        self.inner.prologue(frame_bytes);
    }
    fn epilogue(&mut self) {
        self.forget_all();
        self.inner.epilogue();
    }
    fn stack_check(&mut self, overflow: Label) {
        self.forget_all();
        self.inner.stack_check(overflow);
    }

    fn load_slot(&mut self, dst: Reg, offset: u32) {
        match self.holder(offset, dst) {
            Some(i) if i == index(dst) => return,
            Some(i) => self.inner.mov(dst, reg(i)),
            None => self.inner.load_slot(dst, offset),
        }
        self.clobber(dst);
        self.holds[index(dst)] = Some(offset);
    }
    fn store_slot(&mut self, src: Reg, offset: u32) {
        self.inner.store_slot(src, offset);
        let word = self.inner.word_bytes();
        self.forget_slots(offset, offset + word);
        self.holds[index(src)] = Some(offset);
    }
    fn zero_slots(&mut self, lo: u32, hi: u32, zero: Reg) {
        self.inner.zero_slots(lo, hi, zero);
        self.forget_slots(lo, hi);
    }
    fn slot_address(&mut self, dst: Reg, offset: u32) {
        self.inner.slot_address(dst, offset);
        self.clobber(dst);
    }
    fn load(&mut self, dst: Reg, base: Reg, offset: i32) {
        self.inner.load(dst, base, offset);
        self.clobber(dst);
    }
    fn store(&mut self, src: Reg, base: Reg, offset: i32) {
        self.inner.store(src, base, offset);
        self.forget_all();
    }
    fn mov(&mut self, dst: Reg, src: Reg) {
        self.inner.mov(dst, src);
        let held = self.holds[index(src)];
        self.clobber(dst);
        self.holds[index(dst)] = held;
    }
    fn mov_imm(&mut self, dst: Reg, imm: i64) {
        self.inner.mov_imm(dst, imm);
        self.clobber(dst);
    }
    fn symbol_address(&mut self, dst: Reg, symbol: &str) {
        self.inner.symbol_address(dst, symbol);
        self.clobber(dst);
    }

    fn add_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        self.inner.add_imm(dst, src, imm);
        self.clobber(dst);
    }
    fn and_imm(&mut self, dst: Reg, src: Reg, imm: i32) {
        self.inner.and_imm(dst, src, imm);
        self.clobber(dst);
    }
    fn and(&mut self, dst: Reg, a: Reg, b: Reg) {
        self.inner.and(dst, a, b);
        self.clobber(dst);
    }
    fn sar_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        self.inner.sar_imm(dst, src, shift);
        self.clobber(dst);
    }
    fn shl_imm(&mut self, dst: Reg, src: Reg, shift: u8) {
        self.inner.shl_imm(dst, src, shift);
        self.clobber(dst);
    }
    fn add_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.inner.add_overflow(dst, a, b, overflow);
        self.clobber(dst);
    }
    fn add_imm_overflow(&mut self, dst: Reg, src: Reg, imm: i32, overflow: Label) {
        self.inner.add_imm_overflow(dst, src, imm, overflow);
        self.clobber(dst);
    }
    fn sub_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.inner.sub_overflow(dst, a, b, overflow);
        self.clobber(dst);
    }
    fn mul_overflow(&mut self, dst: Reg, a: Reg, b: Reg, overflow: Label) {
        self.inner.mul_overflow(dst, a, b, overflow);
        self.clobber(dst);
    }

    fn branch_cmp(&mut self, cond: Cond, a: Reg, b: Reg, target: Label) {
        self.inner.branch_cmp(cond, a, b, target);
    }
    fn branch_cmp_imm(&mut self, cond: Cond, a: Reg, imm: i32, target: Label) {
        self.inner.branch_cmp_imm(cond, a, imm, target);
    }
    fn branch_test_imm(&mut self, a: Reg, mask: i32, if_set: bool, target: Label) {
        self.inner.branch_test_imm(a, mask, if_set, target);
    }
    fn set_cmp(&mut self, cond: Cond, dst: Reg, a: Reg, b: Reg) {
        self.inner.set_cmp(cond, dst, a, b);
        self.clobber(dst);
    }
    fn jump(&mut self, target: Label) {
        self.inner.jump(target);
    }

    fn call_symbol(&mut self, symbol: &str) {
        self.inner.call_symbol(symbol);
        self.forget_all();
    }
    fn call_reg(&mut self, target: Reg) {
        self.inner.call_reg(target);
        self.forget_all();
    }

    fn load_narrow(&mut self, dst: Reg, base: Reg, bits: u32) {
        self.inner.load_narrow(dst, base, bits);
        self.clobber(dst);
    }
    fn store_narrow(&mut self, src: Reg, base: Reg, bits: u32) {
        self.inner.store_narrow(src, base, bits);
        self.forget_all();
    }

    fn c_layout(&self, params: &[CKind]) -> CLayout {
        self.inner.c_layout(params)
    }
    fn c_arg_to_cell(&mut self, kind: CKind, loc: CLoc, cell: u32) {
        self.inner.c_arg_to_cell(kind, loc, cell);
        self.forget_all();
    }
    fn c_cell_to_arg(&mut self, kind: CKind, cell: u32, loc: CLoc) {
        self.inner.c_cell_to_arg(kind, cell, loc);
        self.forget_all();
    }
    fn c_result_to_cell(&mut self, kind: CKind, cell: u32) {
        self.inner.c_result_to_cell(kind, cell);
        self.forget_all();
    }
    fn c_cell_to_result(&mut self, kind: CKind, cell: u32) {
        self.inner.c_cell_to_result(kind, cell);
        self.forget_all();
    }

    fn finish(self) -> Result<(Vec<u8>, Vec<Reloc>), String> {
        self.inner.finish()
    }
}
