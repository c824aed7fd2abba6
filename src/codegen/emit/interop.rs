//! The emitter's part of C interop (`pyaot` module): `@extern` calls through the C
//! calling convention (`CallC`) and the `pyaot.memN` loads and stores, with their
//! slow paths. Values cross to C through 8-byte cells in the frame (see
//! `codegen::cabi`).

use super::{Cold, Emitter, T0, T1, T2};
use crate::codegen::cabi;
use crate::codegen::masm::{Cond, Label, MacroAssembler, Reg};
use crate::ir::{CSig, CType, Const, Function, Inst, MemAddr, Var};
use pyaot_abi::{RtFn, CELL_BYTES};

/// Slow paths of memory accesses, emitted after the body.
pub(super) enum MemCold {
    /// A `memN` address that is not a small, aligned, non-negative int: the runtime
    /// checks it (and raises) into cell 0, then `Tmp(2)` holds it.
    Address {
        label: Label,
        addr: Var,
        bits: u32,
        line: u32,
        resume: Label,
    },
    /// A 32-bit value read from memory beyond the small ints (Thumb): the runtime
    /// boxes it from `Tmp(1)`.
    Big {
        label: Label,
        dst: Var,
        line: u32,
        resume: Label,
    },
    /// A value stored to memory that is not a small int in range: the runtime
    /// converts it (and raises) into cell 1, then `Tmp(1)` holds it and `Tmp(2)` the
    /// address again.
    Value {
        label: Label,
        value: Var,
        bits: u32,
        line: u32,
        resume: Label,
    },
}

/// The stack-argument bytes of the function's C calls and the cells its C calls and
/// memory accesses need.
pub(super) fn c_space<M: MacroAssembler>(masm: &M, f: &Function) -> (u32, u32) {
    let (mut stack, mut cells) = (0, 0);
    for b in &f.blocks {
        for i in &b.insts {
            match i {
                Inst::CallC { sig, .. } => {
                    let kinds = cabi::param_kinds(&sig.params, masm.word_bytes());
                    stack = stack.max(masm.c_layout(&kinds).stack_bytes);
                    cells = cells.max(kinds.len() as u32 + 1);
                }
                Inst::MemLoad { .. } | Inst::MemStore { .. } => cells = cells.max(2),
                _ => {}
            }
        }
    }
    (stack, cells)
}

/// The value of a static big int from its words after the type pointer
/// (`[size][limbs...]`, `pyaot_abi::layout::bigint_*`), if it fits an `i128`.
fn bigint_value(words: &[u64], word: u32) -> Option<i128> {
    let (&size, limbs) = words.split_first()?;
    let size = if word == 4 {
        size as u32 as i32 as i64
    } else {
        size as i64
    };
    let limb_bits = 8 * word;
    if limbs.len() as u32 * limb_bits > 120 {
        return None;
    }
    let mag = limbs
        .iter()
        .rev()
        .fold(0i128, |acc, &l| (acc << limb_bits) | l as i128);
    Some(if size < 0 { -mag } else { mag })
}

impl<M: MacroAssembler> Emitter<'_, M> {
    /// Records the value of a big int constant that `dst` holds, for `known_int`.
    pub(super) fn note_big_const(&mut self, dst: Var, value: Const) {
        if let Const::BigInt(i) = value {
            let words = &self.module.bigints[i as usize];
            if let Some(v) = bigint_value(words, self.word) {
                self.big_consts.insert(dst, v);
            }
        }
    }

    /// The slot offset of cell `i`.
    fn cell(&self, i: u32) -> u32 {
        self.cells_at + i * CELL_BYTES
    }

    /// An `@extern` call: each argument converted into its cell (a conversion error
    /// raises at `line`), the cells into the C argument locations, the call, the
    /// result's cell converted back into `dst`.
    pub(super) fn call_c(&mut self, symbol: &str, sig: &CSig, args: &[Var], dst: Var, line: u32) {
        let firsts = cabi::first_cells(&sig.params);
        for (i, (a, t)) in args.iter().zip(&sig.params).enumerate() {
            self.masm.mov_imm(Reg::Arg(0), *t as i64);
            self.ld(Reg::Arg(1), *a);
            self.masm.slot_address(Reg::Arg(2), self.cell(firsts[i]));
            self.call_checked(RtFn::CffiUnbox.symbol(), line);
        }
        let kinds = cabi::param_kinds(&sig.params, self.word);
        let layout = self.masm.c_layout(&kinds);
        for (k, i, loc) in cabi::outgoing_order(&kinds, &layout.params) {
            let cell = self.cell(i);
            self.masm.c_cell_to_arg(k, cell, loc);
        }
        self.masm.call_symbol(symbol);
        let result = self.cell(firsts[args.len()]);
        if let Some(k) = cabi::kind(sig.ret, self.word) {
            self.masm.c_result_to_cell(k, result);
        }
        self.masm.mov_imm(Reg::Arg(0), sig.ret as i64);
        self.masm.slot_address(Reg::Arg(1), result);
        self.call_checked(RtFn::CffiBox.symbol(), line);
        self.st(Reg::Ret, dst);
    }

    /// `Tmp(2)` = the address of a `memN` access: a small int that is not negative
    /// and is aligned passes inline, anything else goes through the runtime.
    fn mem_address(&mut self, addr: MemAddr, bits: u32, line: u32) {
        let v = match addr {
            MemAddr::Const(a) => {
                self.masm.mov_imm(T2, a as i64);
                return;
            }
            MemAddr::Var(v) => v,
        };
        let (slow, resume) = (self.masm.new_label(), self.masm.new_label());
        self.push_cold(Cold::Mem(MemCold::Address {
            label: slow,
            addr: v,
            bits,
            line,
            resume,
        }));
        self.ld(T0, v);
        self.masm.branch_test_imm(T0, 1, false, slow);
        self.masm.sar_imm(T2, T0, 1);
        self.masm.branch_cmp_imm(Cond::Lt, T2, 0, slow);
        if bits > 8 {
            self.masm
                .branch_test_imm(T2, (bits / 8 - 1) as i32, true, slow);
        }
        self.masm.bind(resume);
    }

    /// `dst = memN[addr]`: one load, then the value tagged as a small int (through
    /// the runtime for 32-bit values beyond the small ints of a 32-bit target).
    pub(super) fn mem_load(&mut self, dst: Var, bits: u32, addr: MemAddr, line: u32) {
        self.mem_address(addr, bits, line);
        self.masm.load_narrow(T1, T2, bits);
        let resume = self.masm.new_label();
        if bits == 32 && self.word == 4 {
            // Small ints hold 31 bits: the top two must be clear.
            let big = self.masm.new_label();
            self.push_cold(Cold::Mem(MemCold::Big {
                label: big,
                dst,
                line,
                resume,
            }));
            self.masm
                .branch_test_imm(T1, 0xc000_0000u32 as i32, true, big);
        }
        // Tagging: 2v + 1.
        self.masm.shl_imm(T1, T1, 1);
        self.masm.add_imm(T1, T1, 1);
        self.st(T1, dst);
        self.masm.bind(resume);
    }

    /// The value of a var known at compile time to hold an int (a small-int or a big
    /// int constant).
    fn known_int(&self, v: Var) -> Option<i128> {
        if let Some(&i) = self.consts.get(&v) {
            return Some(i as i128);
        }
        self.big_consts.get(&v).copied()
    }

    /// `memN[addr] = value`: the address first (as the accessor checks it first), then
    /// the value, inline when it is a small int that fits the width; one store.
    pub(super) fn mem_store(&mut self, bits: u32, addr: MemAddr, value: Var, line: u32) {
        self.mem_address(addr, bits, line);
        if let Some(c) = self
            .known_int(value)
            .filter(|c| (0..1i128 << bits).contains(c))
        {
            // A constant that fits: no check left to make.
            self.masm.mov_imm(T1, c as i64);
            self.masm.store_narrow(T1, T2, bits);
            return;
        }
        let keep = self.cell(0);
        self.masm.store_slot(T2, keep);
        let (slow, resume) = (self.masm.new_label(), self.masm.new_label());
        self.push_cold(Cold::Mem(MemCold::Value {
            label: slow,
            value,
            bits,
            line,
            resume,
        }));
        self.ld(T0, value);
        self.masm.branch_test_imm(T0, 1, false, slow);
        self.masm.sar_imm(T1, T0, 1);
        // Fits `bits` unsigned bits exactly when nothing is left above them.
        self.masm.sar_imm(T0, T1, bits as u8);
        self.masm.branch_cmp_imm(Cond::Ne, T0, 0, slow);
        self.masm.bind(resume);
        self.masm.store_narrow(T1, T2, bits);
    }

    /// Emits a memory access's slow path.
    pub(super) fn mem_cold(&mut self, stub: MemCold) {
        match stub {
            MemCold::Address {
                label,
                addr,
                bits,
                line,
                resume,
            } => {
                self.enter_stub(label);
                self.ld(Reg::Arg(0), addr);
                self.masm.mov_imm(Reg::Arg(1), bits as i64);
                let cell = self.cell(0);
                self.masm.slot_address(Reg::Arg(2), cell);
                self.call_checked(RtFn::MemAddress.symbol(), line);
                self.masm.load_slot(T2, cell);
                self.masm.jump(resume);
            }
            MemCold::Big {
                label,
                dst,
                line,
                resume,
            } => {
                self.enter_stub(label);
                let cell = self.cell(1);
                self.masm.store_slot(T1, cell);
                self.masm.mov_imm(Reg::Arg(0), CType::U32 as i64);
                self.masm.slot_address(Reg::Arg(1), cell);
                self.call_checked(RtFn::CffiBox.symbol(), line);
                self.st(Reg::Ret, dst);
                self.masm.jump(resume);
            }
            MemCold::Value {
                label,
                value,
                bits,
                line,
                resume,
            } => {
                self.enter_stub(label);
                let ty = match bits {
                    8 => CType::U8,
                    16 => CType::U16,
                    _ => CType::U32,
                };
                self.masm.mov_imm(Reg::Arg(0), ty as i64);
                self.ld(Reg::Arg(1), value);
                let cell = self.cell(1);
                self.masm.slot_address(Reg::Arg(2), cell);
                self.call_checked(RtFn::CffiUnbox.symbol(), line);
                self.masm.load_slot(T1, cell);
                let keep = self.cell(0);
                self.masm.load_slot(T2, keep);
                self.masm.jump(resume);
            }
        }
    }
}
