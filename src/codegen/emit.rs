//! The shared lowering of one IR function onto a [`MacroAssembler`]: both ISAs get
//! the same code shape from here (MicroPython's emitnative over its asm layers).
//!
//! Every IR var but small-int constants lives in a stack slot; temporaries whose
//! live ranges do not overlap share one (`codegen::frame` plans the frame and which
//! of its words are zeroed where). Hot paths are inline: small-int `+ - *` and
//! comparisons test both tags and fall to the runtime only for other types or on
//! overflow; calls to known functions go straight to their fast entry behind one
//! compare. Slow paths and error exits are emitted after the body ("cold" stubs) so
//! the hot path stays straight-line.
//!
//! Frame (offsets from the stack pointer, after the prologue):
//! ```text
//!   [0, area)           argument array for runtime calls taking `Obj *args`, and
//!                       the stack arguments of C calls (`@extern`)
//!   [cells, area)       8-byte cells for C values (C calls, `pyaot.memN`)
//!   [area, frame)       the var slots (and alignment padding), those the
//!                       prologue zeroes first
//! ```
//! Error protocol (DESIGN §4): a runtime call returns 0 when it raised; compiled code
//! then branches to a per-line stub that records (function, line) in the traceback
//! and returns 0 from the function.

use super::frame::{self, FramePlan};
use super::masm::{Cond, Label, MacroAssembler, Reg};
use super::slotcache::SlotCache;
use crate::ir::{BlockId, Const, Function, Inst, Module, Term, Var};
use pyaot_abi::{sym, CmpOp, RtFn, CELL_BYTES, ITER_DONE};

mod interop;
use interop::c_space;
use std::collections::HashMap;

/// Names of the static objects a module's code refers to.
pub mod symbols {
    /// Symbol of the module's i-th str constant.
    pub fn str_const(module: &str, i: u32) -> String {
        format!("pyaot.{module}.str.{i}")
    }
    /// Symbol of the builtin function object for `pyaot_abi::BUILTINS[i]`.
    pub fn builtin(module: &str, i: u32) -> String {
        format!(
            "pyaot.{module}.builtin.{}",
            pyaot_abi::BUILTINS[i as usize].0
        )
    }
    /// Symbol of the module's i-th big int constant.
    pub fn bigint_const(module: &str, i: u32) -> String {
        format!("pyaot.{module}.bigint.{i}")
    }
    /// Symbol of the module's i-th float constant.
    pub fn float_const(module: &str, i: u32) -> String {
        format!("pyaot.{module}.float.{i}")
    }
    /// Symbol of the module's i-th bytes constant.
    pub fn bytes_const(module: &str, i: u32) -> String {
        format!("pyaot.{module}.bytes.{i}")
    }
}

/// Out-of-line code emitted after the function body.
enum Cold {
    /// Records `line` in the traceback and returns 0.
    Error { label: Label, line: u32 },
    /// Calls `func(arg)` (a raising entry point), then takes the error path.
    Raise {
        label: Label,
        func: RtFn,
        arg: Option<String>,
        line: u32,
    },
    /// The runtime call for a binary operator whose inline path did not apply; it
    /// rejoins with the result in `Tmp(2)`.
    BinOp {
        label: Label,
        op: RtFn,
        a: Var,
        b: Var,
        inplace: bool,
        line: u32,
        resume: Label,
    },
    /// The runtime comparison for `CompareRaw`/`Compare`.
    Compare {
        label: Label,
        op: CmpOp,
        a: Var,
        b: Var,
        dst: Var,
        raw: bool,
        line: u32,
        resume: Label,
    },
    /// The runtime comparison of a fused compare-and-branch.
    CompareBranch {
        label: Label,
        op: CmpOp,
        a: Var,
        b: Var,
        dst: Var,
        line: u32,
        then: Label,
        else_: Label,
    },
    /// The slow paths of `pyaot.memN` accesses (emit/interop.rs).
    Mem(interop::MemCold),
    /// The generic call when a direct call's guard fails; it rejoins with the result
    /// in `Ret`.
    Call {
        label: Label,
        callee: Var,
        args: Vec<Var>,
        line: u32,
        resume: Label,
    },
}

/// A [`Cold`] stub with what applies where it was made: the landing pad exceptions
/// go to, the inlined frame, and the frame words to zero before its call.
struct Stub {
    handler: Option<BlockId>,
    frame: Option<u32>,
    zero: Vec<u32>,
    cold: Cold,
}

/// Emits `f` (a function of `module`) and returns its code and relocations.
pub fn emit_function<M: MacroAssembler>(
    masm: M,
    module: &Module,
    f: &Function,
) -> Result<super::Code, String> {
    // Loads of slots just stored or loaded become register moves.
    let mut masm = SlotCache::new(masm);
    let word = masm.word_bytes();
    let area_words = frame::array_words(f);
    let (c_stack, ncells) = c_space(&masm, f);
    let array_bytes = (area_words * word).max(c_stack);
    // Cells are 8-byte aligned; with none, the var slots follow the array directly.
    let cells_at = match ncells {
        0 => array_bytes,
        _ => round_up(array_bytes, CELL_BYTES),
    };
    let area = cells_at + ncells * CELL_BYTES;
    let plan = frame::plan(
        f,
        frame::Shape {
            word,
            array_words: cells_at / word,
            vars_at: area,
            align: masm.stack_align(),
            entry_words: u32::from(!generator(f)),
        },
    );
    let labels: Vec<Label> = (0..f.blocks.len()).map(|_| masm.new_label()).collect();
    let mut e = Emitter {
        masm,
        module,
        f,
        word,
        slots: plan.slots.clone(),
        cells_at,
        labels,
        cold: Vec::new(),
        handler: None,
        reraise_exit: Label(u32::MAX),
        error_stubs: HashMap::new(),
        frame: None,
        frame_positions: vec![Vec::new(); f.frames.len()],
        consts: HashMap::new(),
        big_consts: HashMap::new(),
        lines: vec![(0, f.line)],
        prologue_end: 0,
        positions: Vec::new(),
        cold_zero: Vec::new(),
        saved_depth: plan.entry_words.first().copied(),
    };
    e.reraise_exit = e.masm.new_label();
    e.prologue(&plan);
    e.prologue_end = e.masm.offset();
    let order = layout(f);
    let only_fallthrough = fallthrough_only(f, &order);
    for (k, &b) in order.iter().enumerate() {
        let block = &f.blocks[b.0 as usize];
        e.handler = block.handler;
        e.frame = block.frame;
        if only_fallthrough[k] {
            e.masm.bind_fallthrough(e.labels[b.0 as usize]);
        } else {
            e.masm.bind(e.labels[b.0 as usize]);
        }
        // The block laid out next, which a branch can fall through to.
        let next = order.get(k + 1).copied().unwrap_or(BlockId(u32::MAX));
        // A comparison whose only use is the block's branch becomes compare-and-branch.
        let fused = frame::fused_compare(block);
        let body = if fused {
            &block.insts[..block.insts.len() - 1]
        } else {
            &block.insts[..]
        };
        for (i, inst) in body.iter().enumerate() {
            e.cold_zero = plan.zero_before(b.0 as usize, i).to_vec();
            e.inst(inst);
        }
        e.cold_zero = match fused {
            true => plan.zero_before(b.0 as usize, body.len()).to_vec(),
            false => Vec::new(),
        };
        match (fused, block.insts.last(), &block.term) {
            (
                true,
                Some(Inst::CompareRaw {
                    dst,
                    op,
                    a,
                    b,
                    line,
                }),
                Term::Branch { then, else_, .. },
            ) => e.compare_branch(*op, *a, *b, *dst, *line, *then, *else_, next),
            _ => e.term(&block.term, next),
        }
    }
    e.emit_cold();
    let lines = std::mem::take(&mut e.lines);
    let prologue_end = e.prologue_end;
    let positions = std::mem::take(&mut e.positions);
    let frame_positions = std::mem::take(&mut e.frame_positions);
    let (bytes, relocs) = e.masm.finish()?;
    Ok(super::Code {
        bytes,
        relocs,
        lines,
        prologue_end,
        var_slots: plan.slots,
        positions,
        frame_positions,
    })
}

/// The order blocks are emitted in: reverse postorder from the entry, so a block
/// usually follows its predecessor and jumps fall through; unreachable blocks (code
/// after a return or break) are left out.
fn layout(f: &Function) -> Vec<BlockId> {
    fn successors(t: &Term) -> Vec<BlockId> {
        match t {
            Term::Jump(b) => vec![*b],
            // Else first, so the then-block is laid out right after the branch.
            Term::Branch { then, else_, .. } => vec![*else_, *then],
            Term::Return(_) => vec![],
            Term::IterNext { body, done, .. } => vec![*done, *body],
            Term::RangeStep { next, overflow, .. } => vec![*overflow, *next],
            Term::Reraise(_) | Term::Unreachable => vec![],
        }
    }
    // A block's landing pad is reached through its error edges.
    let successors = |b: &crate::ir::Block| {
        let mut s = successors(&b.term);
        s.extend(b.handler);
        s
    };
    let n = f.blocks.len();
    let mut visited = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // Iterative DFS: (block, its successors, how many are visited).
    let mut stack = vec![(BlockId(0), successors(&f.blocks[0]), 0usize)];
    visited[0] = true;
    while let Some((b, succ, i)) = stack.last_mut() {
        if *i < succ.len() {
            let s = succ[*i];
            *i += 1;
            if !visited[s.0 as usize] {
                visited[s.0 as usize] = true;
                stack.push((s, successors(&f.blocks[s.0 as usize]), 0));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// Which blocks of `order` code reaches only by falling through from the block laid
/// out before them (the entry block: from the prologue), so that no branch targets
/// their label: their one edge comes from the previous block's `Jump`, or the
/// not-taken side of its `Branch` (unfused: a fused compare's slow path jumps to both
/// sides) or `IterNext`.
fn fallthrough_only(f: &Function, order: &[BlockId]) -> Vec<bool> {
    let mut edges = vec![0u32; f.blocks.len()];
    for block in &f.blocks {
        for s in crate::ir::liveness::successors(&block.term) {
            edges[s.0 as usize] += 1;
        }
        if let Some(h) = block.handler {
            edges[h.0 as usize] += 1;
        }
    }
    order
        .iter()
        .enumerate()
        .map(|(k, &b)| {
            if k == 0 {
                return edges[b.0 as usize] == 0;
            }
            let prev = &f.blocks[order[k - 1].0 as usize];
            let falls = match &prev.term {
                Term::Jump(t) => *t == b,
                Term::Branch { then, else_, .. } => {
                    !frame::fused_compare(prev) && (*then == b || *else_ == b)
                }
                Term::IterNext { body, .. } => *body == b,
                _ => false,
            };
            falls && edges[b.0 as usize] == 1
        })
        .collect()
}

fn round_up(n: u32, to: u32) -> u32 {
    n.div_ceil(to) * to
}

/// Whether `f` is a generator's body: it may be suspended and resumed at other
/// depths, which the runtime adjusts the recursion depth for.
fn generator(f: &Function) -> bool {
    f.flags as usize & pyaot_abi::FUNC_GENERATOR != 0
}

/// Whether a binary operator has an inline small-int path (its runtime call is then
/// a slow path).
pub(super) fn inline_binop(op: RtFn) -> bool {
    matches!(op, RtFn::Add | RtFn::Sub | RtFn::Mul)
}

struct Emitter<'a, M: MacroAssembler> {
    masm: M,
    module: &'a Module,
    f: &'a Function,
    word: u32,
    /// Each var's slot offset (`FramePlan::slots`).
    slots: Vec<Option<u32>>,
    /// Where the cells for C values start.
    cells_at: u32,
    labels: Vec<Label>,
    /// Out-of-line stubs, with the exception handler active where each was made and
    /// the frame words to zero before its call.
    cold: Vec<Stub>,
    /// One error stub per (position id, handler).
    error_stubs: HashMap<(u32, Option<BlockId>, Option<u32>), Label>,
    /// The inlined frame (`ir::Function::frames`) of the block being emitted.
    frame: Option<u32>,
    /// The position tables of the inlined frames, as `positions` is the function's.
    frame_positions: Vec<Vec<u32>>,
    /// The landing pad exceptions go to in the block being emitted (none: out of the
    /// function).
    handler: Option<BlockId>,
    /// Where a re-raised exception leaves the function (no frame added).
    reraise_exit: Label,
    /// Vars that hold a known small int (defined by a `Const::Int`).
    consts: HashMap<Var, i64>,
    /// Vars that hold a big int constant that fits an `i128`.
    big_consts: HashMap<Var, i128>,
    /// `(offset, line)` of each statement start.
    lines: Vec<(u32, u32)>,
    prologue_end: u32,
    /// The position ids (`ir::POS_MARKED`) error stubs report, in the order of the
    /// indexes they pass to the runtime: the function's position table.
    positions: Vec<u32>,
    /// The frame words to zero before a slow-path call of the instruction being
    /// emitted (`FramePlan::zero_before`); taken by the first such call.
    cold_zero: Vec<u32>,
    /// The slot holding the recursion depth the function was entered at, which its
    /// exits restore (none for generator bodies).
    saved_depth: Option<u32>,
}

const T0: Reg = Reg::Tmp(0);
const T1: Reg = Reg::Tmp(1);
const T2: Reg = Reg::Tmp(2);

impl<M: MacroAssembler> Emitter<'_, M> {
    fn slot(&self, v: Var) -> u32 {
        self.slots[v.0 as usize].expect("a var that is not a small-int constant has a slot")
    }

    fn ld(&mut self, r: Reg, v: Var) {
        // Small-int constants are immediates: their vars never touch the stack.
        if let Some(&i) = self.consts.get(&v) {
            self.masm.mov_imm(r, Self::tagged(i));
            return;
        }
        let off = self.slot(v);
        self.masm.load_slot(r, off);
    }

    fn st(&mut self, r: Reg, v: Var) {
        let off = self.slot(v);
        self.masm.store_slot(r, off);
    }

    fn tagged(v: i64) -> i64 {
        (v << 1) | 1
    }

    /// The label of the stub that reports an error at `line`.
    fn error_label(&mut self, line: u32) -> Label {
        let key = (line, self.handler, self.frame);
        if let Some(&l) = self.error_stubs.get(&key) {
            return l;
        }
        let label = self.masm.new_label();
        self.error_stubs.insert(key, label);
        self.push_cold(Cold::Error { label, line });
        label
    }

    fn push_cold(&mut self, stub: Cold) {
        let zero = match stub {
            Cold::Error { .. } => Vec::new(),
            _ => self.cold_zero.clone(),
        };
        self.cold.push(Stub {
            handler: self.handler,
            frame: self.frame,
            zero,
            cold: stub,
        });
    }

    /// Binds a slow path's label and zeroes the frame words its call needs zeroed.
    fn enter_stub(&mut self, label: Label) {
        self.masm.bind(label);
        self.zero_before_call();
    }

    /// Zeroes the frame words a slow-path call of this instruction needs zeroed (once).
    fn zero_before_call(&mut self) {
        let words = std::mem::take(&mut self.cold_zero);
        if words.is_empty() {
            return;
        }
        self.masm.mov_imm(T0, 0);
        let mut k = 0;
        while k < words.len() {
            // A run of adjacent words, stored together where the ISA can.
            let mut end = k + 1;
            while end < words.len() && words[end] == words[end - 1] + self.word {
                end += 1;
            }
            self.masm
                .zero_slots(words[k], words[end - 1] + self.word, T0);
            k = end;
        }
    }

    /// Branches to the error path when the call result in `Ret` is 0.
    fn check(&mut self, line: u32) {
        let l = self.error_label(line);
        self.masm.branch_cmp_imm(Cond::Eq, Reg::Ret, 0, l);
    }

    fn call_checked(&mut self, symbol: &str, line: u32) {
        self.masm.call_symbol(symbol);
        self.check(line);
    }

    fn prologue(&mut self, plan: &FramePlan) {
        self.masm.prologue(plan.frame_bytes);
        let overflow = self.masm.new_label();
        self.push_cold(Cold::Raise {
            label: overflow,
            func: RtFn::RecursionError,
            arg: None,
            line: self.f.line,
        });
        // CPython's recursion limit counts frames; the stack check is the backstop for
        // frames larger than the limit assumes. The depth is counted before either
        // check so that every exit, the error exit included, can uncount it.
        self.masm.symbol_address(T0, sym::RECURSION_DEPTH);
        self.masm.load(T1, T0, 0);
        if let Some(saved) = self.saved_depth {
            // Exits store this back rather than decrementing the counter: the next
            // call's prologue then does not wait for a load-decrement-store chain
            // through memory on every return.
            self.masm.store_slot(T1, saved);
        }
        self.masm.add_imm(T1, T1, 1);
        self.masm.store(T1, T0, 0);
        self.masm
            .branch_cmp_imm(Cond::Gt, T1, pyaot_abi::RECURSION_LIMIT, overflow);
        self.masm.stack_check(overflow);
        let n = self.f.nslots;
        if n as usize <= pyaot_abi::MAX_REG_ARGS {
            for i in 0..n {
                self.st(Reg::Arg(i as u8), Var(i));
            }
        } else {
            // Above four parameters the fast entry takes a pointer to them.
            self.masm.mov(T0, Reg::Arg(0));
            for i in 0..n {
                self.masm.load(T1, T0, (i * self.word) as i32);
                self.st(T1, Var(i));
            }
        }
        // Named locals start 0 so that reads can raise UnboundLocalError; other
        // words because the collector scans frames conservatively: one that a call
        // may find unwritten would otherwise show it whatever an earlier call left at
        // that address, and pin a dead object for as long as the frame lives (a deep
        // recursion then holds garbage in every frame). `codegen::frame` says which.
        if !plan.prologue_zero.is_empty() {
            self.masm.mov_imm(T0, 0);
        }
        for &(lo, hi) in &plan.prologue_zero {
            self.zero_slots(lo, hi);
        }
    }

    /// Stores 0 (in `T0`) into the frame's words at offsets `[lo, hi)`: one store each
    /// for a few, a loop for more (the module body's frame can hold hundreds).
    fn zero_slots(&mut self, lo: u32, hi: u32) {
        const UNROLLED: u32 = 16;
        if hi - lo <= UNROLLED * self.word {
            self.masm.zero_slots(lo, hi, T0);
            return;
        }
        let top = self.masm.new_label();
        self.masm.slot_address(T1, lo);
        self.masm.slot_address(T2, hi);
        self.masm.bind(top);
        self.masm.store(T0, T1, 0);
        self.masm.add_imm(T1, T1, self.word as i32);
        self.masm.branch_cmp(Cond::Ne, T1, T2, top);
    }

    fn const_value(&mut self, r: Reg, c: Const) {
        match c {
            Const::Int(i) => self.masm.mov_imm(r, Self::tagged(i)),
            Const::None => self.masm.symbol_address(r, sym::NONE),
            Const::True => self.masm.symbol_address(r, sym::TRUE),
            Const::False => self.masm.symbol_address(r, sym::FALSE),
            Const::Str(i) => self
                .masm
                .symbol_address(r, &symbols::str_const(&self.module.name, i)),
            Const::Float(i) => self
                .masm
                .symbol_address(r, &symbols::float_const(&self.module.name, i)),
            Const::Func(i) => {
                let s = self.module.functions[i as usize]
                    .object_symbol
                    .clone()
                    .expect("a def has a function object");
                self.masm.symbol_address(r, &s)
            }
            Const::Data(sym) => self.masm.symbol_address(r, sym),
            Const::BigInt(i) => self
                .masm
                .symbol_address(r, &symbols::bigint_const(&self.module.name, i)),
            Const::Bytes(i) => self
                .masm
                .symbol_address(r, &symbols::bytes_const(&self.module.name, i)),
            Const::BuiltinType(i) => {
                self.masm.symbol_address(r, sym::BUILTIN_TYPES);
                self.masm.load(r, r, (i * self.word) as i32);
            }
            Const::Builtin(i) => self
                .masm
                .symbol_address(r, &symbols::builtin(&self.module.name, i)),
            Const::Zero => self.masm.mov_imm(r, 0),
            Const::Module(i) => {
                let mut s = String::new();
                pyaot_abi::module_desc_symbol(&self.module.module_refs[i as usize], &mut s)
                    .expect("formatting a symbol");
                self.masm.symbol_address(r, &s)
            }
        }
    }

    fn inst(&mut self, inst: &Inst) {
        match inst {
            Inst::Loc { line } => {
                let offset = self.masm.offset();
                // Two statements with no code between them: the later one wins.
                match self.lines.last_mut() {
                    Some(last) if last.0 == offset && offset > 0 => last.1 = *line,
                    _ => self.lines.push((offset, *line)),
                }
            }
            Inst::Const { dst, value } => {
                self.note_big_const(*dst, *value);
                if let Const::Int(i) = value {
                    // Read back as an immediate by `ld`. Sound because a constant's var
                    // is defined once, by this instruction, and the blocks are laid
                    // out in reverse postorder, so it is emitted before every use.
                    self.consts.insert(*dst, *i);
                    return;
                }
                self.const_value(T0, *value);
                self.st(T0, *dst);
            }
            Inst::Copy { dst, src } => {
                self.ld(T0, *src);
                self.st(T0, *dst);
            }
            Inst::LoadField { dst, obj, field } => {
                self.ld(T0, *obj);
                self.masm.load(T1, T0, (*field * self.word) as i32);
                self.st(T1, *dst);
            }
            Inst::CellGet {
                dst,
                cell,
                name,
                free,
                line,
            } => {
                let label = self.masm.new_label();
                let name = symbols::str_const(&self.module.name, *name);
                let func = if *free {
                    RtFn::FreeUnbound
                } else {
                    RtFn::UnboundLocal
                };
                self.push_cold(Cold::Raise {
                    label,
                    func,
                    arg: Some(name),
                    line: *line,
                });
                self.ld(T0, *cell);
                // A cell is [type][value]; 0 means unbound.
                self.masm.load(T1, T0, self.word as i32);
                self.masm.branch_cmp_imm(Cond::Eq, T1, 0, label);
                self.st(T1, *dst);
            }
            Inst::CellSet { cell, src } => {
                self.ld(T0, *cell);
                self.ld(T1, *src);
                self.masm.store(T1, T0, self.word as i32);
            }
            Inst::CheckBound { var, name, line } => {
                let label = self.masm.new_label();
                let name = symbols::str_const(&self.module.name, *name);
                self.push_cold(Cold::Raise {
                    label,
                    func: RtFn::UnboundLocal,
                    arg: Some(name),
                    line: *line,
                });
                self.ld(T0, *var);
                self.masm.branch_cmp_imm(Cond::Eq, T0, 0, label);
            }
            Inst::LoadGlobal {
                dst,
                slot,
                name,
                line,
            } => {
                let label = self.masm.new_label();
                let name = symbols::str_const(&self.module.name, *name);
                self.push_cold(Cold::Raise {
                    label,
                    func: RtFn::NameError,
                    arg: Some(name),
                    line: *line,
                });
                self.masm.symbol_address(T0, &self.module.globals_symbol);
                self.masm.load(T1, T0, (*slot * self.word) as i32);
                self.masm.branch_cmp_imm(Cond::Eq, T1, 0, label);
                self.st(T1, *dst);
            }
            Inst::StoreGlobal { slot, src } => {
                self.masm.symbol_address(T0, &self.module.globals_symbol);
                self.ld(T1, *src);
                self.masm.store(T1, T0, (*slot * self.word) as i32);
            }
            Inst::BinOp {
                dst,
                op,
                a,
                b,
                inplace,
                line,
            } => self.binop(*op, *a, *b, *dst, *inplace, *line),
            Inst::Unary { dst, op, src, line } => {
                self.ld(Reg::Arg(0), *src);
                self.call_checked(op.symbol(), *line);
                self.st(Reg::Ret, *dst);
            }
            Inst::Compare {
                dst,
                op,
                a,
                b,
                line,
            } => self.compare(*op, *a, *b, *dst, false, *line),
            Inst::CompareRaw {
                dst,
                op,
                a,
                b,
                line,
            } => self.compare(*op, *a, *b, *dst, true, *line),
            Inst::CompareWords { dst, op, a, b } => {
                self.ld(T0, *a);
                self.ld(T1, *b);
                self.masm.set_cmp(cond(*op), T2, T0, T1);
                self.st(T2, *dst);
            }
            Inst::Is { dst, a, b } => {
                self.ld(T0, *a);
                self.ld(T1, *b);
                self.masm.set_cmp(Cond::Eq, T2, T0, T1);
                self.st(T2, *dst);
            }
            Inst::Not { dst, src } => {
                self.ld(T0, *src);
                self.masm.mov_imm(T1, 0);
                self.masm.set_cmp(Cond::Eq, T2, T0, T1);
                self.st(T2, *dst);
            }
            Inst::BoxBool { dst, src } => {
                let (f, done) = (self.masm.new_label(), self.masm.new_label());
                self.ld(T0, *src);
                self.masm.branch_cmp_imm(Cond::Eq, T0, 0, f);
                self.masm.symbol_address(T1, sym::TRUE);
                self.masm.jump(done);
                self.masm.bind(f);
                self.masm.symbol_address(T1, sym::FALSE);
                self.masm.bind(done);
                self.st(T1, *dst);
            }
            Inst::Truth { dst, src, line } => {
                self.ld(Reg::Arg(0), *src);
                self.truth_of(Reg::Arg(0), *dst, *line);
            }
            Inst::CallRt {
                dst,
                func,
                args,
                line,
            } => {
                for (i, a) in args.iter().enumerate() {
                    self.ld(Reg::Arg(i as u8), *a);
                }
                self.call_checked(func.symbol(), *line);
                self.st(Reg::Ret, *dst);
            }
            Inst::CallArray {
                dst,
                symbol,
                before,
                array,
                count,
                after,
                line,
            } => {
                self.fill_area(array);
                let mut r = 0u8;
                for v in before {
                    self.ld(Reg::Arg(r), *v);
                    r += 1;
                }
                self.masm.slot_address(Reg::Arg(r), 0);
                self.masm.mov_imm(Reg::Arg(r + 1), *count as i64);
                r += 2;
                for v in after {
                    self.ld(Reg::Arg(r), *v);
                    r += 1;
                }
                debug_assert!(r <= 4, "runtime calls take at most four words");
                self.call_checked(symbol, *line);
                self.st(Reg::Ret, *dst);
            }
            Inst::CallDirect {
                dst,
                callee,
                func,
                args,
                line,
            } => {
                let callee_fn = &self.module.functions[*func as usize];
                let (obj, entry) = (
                    callee_fn.object_symbol.clone().expect("def object"),
                    callee_fn.symbol.clone(),
                );
                let (slow, resume) = (self.masm.new_label(), self.masm.new_label());
                self.push_cold(Cold::Call {
                    label: slow,
                    callee: *callee,
                    args: args.clone(),
                    line: *line,
                    resume,
                });
                self.ld(T0, *callee);
                self.masm.symbol_address(T1, &obj);
                self.masm.branch_cmp(Cond::Ne, T0, T1, slow);
                if args.len() <= pyaot_abi::MAX_REG_ARGS {
                    for (i, a) in args.iter().enumerate() {
                        self.ld(Reg::Arg(i as u8), *a);
                    }
                } else {
                    self.fill_area(args);
                    self.masm.slot_address(Reg::Arg(0), 0);
                }
                self.call_checked(&entry, *line);
                // Both calls join with the result in Ret, stored after the join.
                self.masm.bind(resume);
                self.st(Reg::Ret, *dst);
            }
            Inst::CallC {
                dst,
                symbol,
                sig,
                args,
                line,
            } => self.call_c(symbol, sig, args, *dst, *line),
            Inst::MemLoad {
                dst,
                bits,
                addr,
                line,
            } => self.mem_load(*dst, *bits, *addr, *line),
            Inst::MemStore {
                bits,
                addr,
                value,
                line,
            } => self.mem_store(*bits, *addr, *value, *line),
            Inst::Unpack {
                dsts,
                src,
                star,
                line,
            } => {
                self.ld(Reg::Arg(0), *src);
                match star {
                    None => {
                        self.masm.mov_imm(Reg::Arg(1), dsts.len() as i64);
                        self.masm.slot_address(Reg::Arg(2), 0);
                        self.call_checked(RtFn::Unpack.symbol(), *line);
                    }
                    Some(k) => {
                        self.masm.mov_imm(Reg::Arg(1), *k as i64);
                        self.masm
                            .mov_imm(Reg::Arg(2), (dsts.len() as u32 - 1 - k) as i64);
                        self.masm.slot_address(Reg::Arg(3), 0);
                        self.call_checked(RtFn::UnpackEx.symbol(), *line);
                    }
                }
                for (i, d) in dsts.iter().enumerate() {
                    self.masm.load_slot(T0, i as u32 * self.word);
                    self.st(T0, *d);
                }
            }
        }
    }

    /// Copies vars into the argument array at the bottom of the frame.
    fn fill_area(&mut self, vars: &[Var]) {
        for (i, v) in vars.iter().enumerate() {
            self.ld(T0, *v);
            self.masm.store_slot(T0, i as u32 * self.word);
        }
    }

    /// Sets Raw `dst` to the truth of the value in `r` (an argument register).
    fn truth_of(&mut self, r: Reg, dst: Var, line: u32) {
        let (int, one, zero, done) = (
            self.masm.new_label(),
            self.masm.new_label(),
            self.masm.new_label(),
            self.masm.new_label(),
        );
        self.masm.branch_test_imm(r, 1, true, int);
        self.masm.symbol_address(T1, sym::TRUE);
        self.masm.branch_cmp(Cond::Eq, r, T1, one);
        self.masm.symbol_address(T1, sym::FALSE);
        self.masm.branch_cmp(Cond::Eq, r, T1, zero);
        self.masm.symbol_address(T1, sym::NONE);
        self.masm.branch_cmp(Cond::Eq, r, T1, zero);
        self.masm.mov(Reg::Arg(0), r);
        self.zero_before_call();
        self.call_checked(RtFn::IsTrue.symbol(), line);
        self.masm.symbol_address(T1, sym::TRUE);
        self.masm.set_cmp(Cond::Eq, T2, Reg::Ret, T1);
        self.st(T2, dst);
        self.masm.jump(done);
        // A small int is true unless it is 0 (tagged: 1).
        self.masm.bind(int);
        self.masm.mov_imm(T1, 1);
        self.masm.set_cmp(Cond::Ne, T2, r, T1);
        self.st(T2, dst);
        self.masm.jump(done);
        self.masm.bind(one);
        self.masm.mov_imm(T2, 1);
        self.st(T2, dst);
        self.masm.jump(done);
        self.masm.bind(zero);
        self.masm.mov_imm(T2, 0);
        self.st(T2, dst);
        self.masm.bind(done);
    }

    /// Loads `a` into T0 and `b` into T1, branching to `slow` unless both are small
    /// ints; an operand known to be a small-int constant is not tested.
    fn load_int_operands(&mut self, a: Var, b: Var, slow: Label) {
        self.ld(T0, a);
        self.ld(T1, b);
        match (self.consts.contains_key(&a), self.consts.contains_key(&b)) {
            (true, true) => {}
            (false, true) => self.masm.branch_test_imm(T0, 1, false, slow),
            (true, false) => self.masm.branch_test_imm(T1, 1, false, slow),
            (false, false) => {
                self.masm.and(T2, T0, T1);
                self.masm.branch_test_imm(T2, 1, false, slow);
            }
        }
    }

    /// Twice the small-int constant `v` holds, when it fits an immediate: what adding
    /// the constant adds to a tagged word.
    fn doubled(&self, v: Var) -> Option<i32> {
        let c = *self.consts.get(&v)?;
        i32::try_from(c.checked_mul(2)?).ok()
    }

    /// The runtime call of a binary operator: `pyaot_add(a, b)` and friends, or
    /// `pyaot_inplace(a, b, op)` for augmented assignment. The result is in `Ret`.
    fn binop_call(&mut self, op: RtFn, inplace: bool, a: Var, b: Var, line: u32) {
        self.ld(Reg::Arg(0), a);
        self.ld(Reg::Arg(1), b);
        if inplace {
            let index = INPLACE_ORDER
                .iter()
                .position(|&o| o == op)
                .expect("an operator of INPLACE_OPS");
            self.masm.mov_imm(Reg::Arg(2), index as i64);
            self.call_checked(RtFn::Inplace.symbol(), line);
        } else {
            self.call_checked(op.symbol(), line);
        }
    }

    fn binop(&mut self, op: RtFn, a: Var, b: Var, dst: Var, inplace: bool, line: u32) {
        if !inline_binop(op) {
            self.binop_call(op, inplace, a, b, line);
            self.st(Reg::Ret, dst);
            return;
        }
        let (slow, resume) = (self.masm.new_label(), self.masm.new_label());
        self.push_cold(Cold::BinOp {
            label: slow,
            op,
            a,
            b,
            inplace,
            line,
            resume,
        });
        // `x + c`, `c + x`, `x - c` with a small-int constant c: one add of 2c to the
        // tagged word, (2x+1) + 2c = 2(x+c)+1, whose overflow is the small-int one.
        let with_imm = match op {
            RtFn::Add => {
                (self.doubled(b).map(|k| (a, k))).or_else(|| self.doubled(a).map(|k| (b, k)))
            }
            RtFn::Sub => self.doubled(b).and_then(i32::checked_neg).map(|k| (a, k)),
            _ => None,
        };
        if let Some((x, k)) = with_imm {
            self.ld(T0, x);
            if !self.consts.contains_key(&x) {
                self.masm.branch_test_imm(T0, 1, false, slow);
            }
            self.masm.add_imm_overflow(T2, T0, k, slow);
            self.masm.bind(resume);
            self.st(T2, dst);
            return;
        }
        self.load_int_operands(a, b, slow);
        // Tagged arithmetic: (2x+1) + (2y+1) - 1 = 2(x+y)+1, and so on; the machine
        // overflow flag is exactly the small-int overflow.
        match op {
            RtFn::Add => {
                self.masm.add_imm(T2, T0, -1);
                self.masm.add_overflow(T2, T2, T1, slow);
            }
            RtFn::Sub => {
                self.masm.sub_overflow(T2, T0, T1, slow);
                self.masm.add_imm(T2, T2, 1);
            }
            _ => {
                self.masm.sar_imm(T2, T0, 1);
                self.masm.add_imm(T1, T1, -1);
                self.masm.mul_overflow(T2, T2, T1, slow);
                self.masm.add_imm(T2, T2, 1);
            }
        }
        // The slow path joins with its result in T2 too: the store after the join
        // leaves T2 known to hold dst.
        self.masm.bind(resume);
        self.st(T2, dst);
    }

    /// `if a op b:` on small ints is one compare and branch; other values go to the
    /// runtime comparison in the cold section, which branches to the same targets.
    #[allow(clippy::too_many_arguments)]
    fn compare_branch(
        &mut self,
        op: CmpOp,
        a: Var,
        b: Var,
        dst: Var,
        line: u32,
        then: BlockId,
        else_: BlockId,
        next: BlockId,
    ) {
        let (then_l, else_l) = (self.labels[then.0 as usize], self.labels[else_.0 as usize]);
        let slow = self.masm.new_label();
        self.push_cold(Cold::CompareBranch {
            label: slow,
            op,
            a,
            b,
            dst,
            line,
            then: then_l,
            else_: else_l,
        });
        // Against a small-int constant (not itself a constant): an immediate compare.
        let imm = match self.consts.get(&b) {
            Some(&c) if !self.consts.contains_key(&a) => i32::try_from(Self::tagged(c)).ok(),
            _ => None,
        };
        match imm {
            Some(_) => {
                self.ld(T0, a);
                self.masm.branch_test_imm(T0, 1, false, slow);
            }
            None => self.load_int_operands(a, b, slow),
        }
        // Tagging preserves order, so tagged words compare like the ints.
        let branch = |e: &mut Self, c: Cond, target: Label| match imm {
            Some(k) => e.masm.branch_cmp_imm(c, T0, k, target),
            None => e.masm.branch_cmp(c, T0, T1, target),
        };
        if then == next {
            branch(self, cond(op).negate(), else_l);
        } else {
            branch(self, cond(op), then_l);
            if else_ != next {
                self.masm.jump(else_l);
            }
        }
    }

    fn compare(&mut self, op: CmpOp, a: Var, b: Var, dst: Var, raw: bool, line: u32) {
        let (slow, resume) = (self.masm.new_label(), self.masm.new_label());
        self.push_cold(Cold::Compare {
            label: slow,
            op,
            a,
            b,
            dst,
            raw,
            line,
            resume,
        });
        self.load_int_operands(a, b, slow);
        // Tagging preserves order, so tagged words compare like the ints.
        self.masm.set_cmp(cond(op), T2, T0, T1);
        if raw {
            self.st(T2, dst);
        } else {
            self.box_raw(T2, dst);
        }
        self.masm.bind(resume);
    }

    /// dst = True/False from the 0/1 in `r`.
    fn box_raw(&mut self, r: Reg, dst: Var) {
        let (f, done) = (self.masm.new_label(), self.masm.new_label());
        self.masm.branch_cmp_imm(Cond::Eq, r, 0, f);
        self.masm.symbol_address(T1, sym::TRUE);
        self.masm.jump(done);
        self.masm.bind(f);
        self.masm.symbol_address(T1, sym::FALSE);
        self.masm.bind(done);
        self.st(T1, dst);
    }

    fn term(&mut self, t: &Term, next: BlockId) {
        match t {
            Term::Jump(b) => {
                if *b != next {
                    self.masm.jump(self.labels[b.0 as usize]);
                }
            }
            Term::Branch { cond, then, else_ } => {
                self.ld(T0, *cond);
                if *then == next {
                    self.masm
                        .branch_cmp_imm(Cond::Eq, T0, 0, self.labels[else_.0 as usize]);
                } else {
                    self.masm
                        .branch_cmp_imm(Cond::Ne, T0, 0, self.labels[then.0 as usize]);
                    if *else_ != next {
                        self.masm.jump(self.labels[else_.0 as usize]);
                    }
                }
            }
            Term::Return(v) => {
                self.ld(Reg::Ret, *v);
                self.leave();
            }
            Term::IterNext {
                dst,
                iter,
                body,
                done,
                line,
            } => {
                self.ld(Reg::Arg(0), *iter);
                self.call_checked(RtFn::IterNext.symbol(), *line);
                self.masm.branch_cmp_imm(
                    Cond::Eq,
                    Reg::Ret,
                    ITER_DONE as i32,
                    self.labels[done.0 as usize],
                );
                self.st(Reg::Ret, *dst);
                if *body != next {
                    self.masm.jump(self.labels[body.0 as usize]);
                }
            }
            Term::Reraise(v) => {
                self.ld(Reg::Arg(0), *v);
                self.masm.call_symbol(RtFn::Reraise.symbol());
                if self.frame.is_some() {
                    // Its traceback entry is there already.
                    self.leave_frame();
                    return;
                }
                match self.handler {
                    Some(h) => self.masm.jump(self.labels[h.0 as usize]),
                    None => self.masm.jump(self.reraise_exit),
                }
            }
            Term::Unreachable => {}
            Term::RangeStep {
                cur,
                step,
                next: head,
                overflow,
            } => {
                let step = self
                    .consts
                    .get(step)
                    .copied()
                    .expect("range step is a constant");
                self.ld(T0, *cur);
                // cur + step on tagged words: add 2*step (fits: |step| is a small int).
                self.masm.mov_imm(T1, step * 2);
                self.masm
                    .add_overflow(T0, T0, T1, self.labels[overflow.0 as usize]);
                self.st(T0, *cur);
                self.masm.jump(self.labels[head.0 as usize]);
            }
        }
    }

    fn emit_cold(&mut self) {
        let err_exit = self.masm.new_label();
        // Stubs may add error stubs while being emitted: loop until none are left.
        let mut i = 0;
        while i < self.cold.len() {
            let Stub {
                handler,
                frame,
                zero,
                cold: stub,
            } = std::mem::replace(
                &mut self.cold[i],
                Stub {
                    handler: None,
                    frame: None,
                    zero: Vec::new(),
                    cold: Cold::Error {
                        label: err_exit,
                        line: 0,
                    },
                },
            );
            i += 1;
            self.handler = handler;
            self.frame = frame;
            self.cold_zero = zero;
            match stub {
                Cold::Error { label, line } if frame.is_some() => {
                    // In an inlined frame: its traceback entry, then its own landing
                    // pad, or the enclosing code's error path at the position it runs
                    // the frame from.
                    let k = frame.unwrap_or_default();
                    self.masm.bind(label);
                    let index = position_index(&mut self.frame_positions[k as usize], line);
                    self.masm.mov_imm(Reg::Arg(1), index as i64);
                    let symbol = self.f.frame_info_symbol(k);
                    self.masm.symbol_address(Reg::Arg(0), &symbol);
                    self.masm.call_symbol(RtFn::TracebackAdd.symbol());
                    self.leave_frame();
                }
                Cold::Error { label, line } => {
                    self.masm.bind(label);
                    // The runtime gets the position's index in this function's
                    // table (FuncInfo's positions): a small immediate, where a line
                    // number often is not.
                    let index = position_index(&mut self.positions, line);
                    self.masm.mov_imm(Reg::Arg(1), index as i64);
                    match handler {
                        // Caught in this function: the frame joins the traceback (for a
                        // later re-raise), then the landing pad takes over.
                        Some(h) => {
                            self.masm.symbol_address(Reg::Arg(0), &self.f.info_symbol);
                            self.masm.call_symbol(RtFn::TracebackAdd.symbol());
                            self.masm.jump(self.labels[h.0 as usize]);
                        }
                        None => self.masm.jump(err_exit),
                    }
                }
                Cold::Raise {
                    label,
                    func,
                    arg,
                    line,
                } => {
                    self.enter_stub(label);
                    if let Some(a) = arg {
                        self.masm.symbol_address(Reg::Arg(0), &a);
                    }
                    self.masm.call_symbol(func.symbol());
                    if func == RtFn::RecursionError {
                        // The prologue refused the frame: as in CPython, the
                        // traceback ends at the caller's call, not at this `def`.
                        let exit = self.reraise_exit;
                        self.masm.jump(exit);
                    } else {
                        let l = self.error_label(line);
                        self.masm.jump(l);
                    }
                }
                Cold::BinOp {
                    label,
                    op,
                    a,
                    b,
                    inplace,
                    line,
                    resume,
                } => {
                    self.enter_stub(label);
                    self.binop_call(op, inplace, a, b, line);
                    self.masm.mov(T2, Reg::Ret);
                    self.masm.jump(resume);
                }
                Cold::Compare {
                    label,
                    op,
                    a,
                    b,
                    dst,
                    raw,
                    line,
                    resume,
                } => {
                    self.enter_stub(label);
                    self.ld(Reg::Arg(0), a);
                    self.ld(Reg::Arg(1), b);
                    self.masm.mov_imm(Reg::Arg(2), op as i64);
                    self.call_checked(RtFn::Compare.symbol(), line);
                    if raw {
                        self.masm.mov(Reg::Arg(0), Reg::Ret);
                        self.truth_of(Reg::Arg(0), dst, line);
                    } else {
                        self.st(Reg::Ret, dst);
                    }
                    self.masm.jump(resume);
                }
                Cold::CompareBranch {
                    label,
                    op,
                    a,
                    b,
                    dst,
                    line,
                    then,
                    else_,
                } => {
                    self.enter_stub(label);
                    self.ld(Reg::Arg(0), a);
                    self.ld(Reg::Arg(1), b);
                    self.masm.mov_imm(Reg::Arg(2), op as i64);
                    self.call_checked(RtFn::Compare.symbol(), line);
                    self.masm.mov(Reg::Arg(0), Reg::Ret);
                    self.truth_of(Reg::Arg(0), dst, line);
                    self.ld(T0, dst);
                    self.masm.branch_cmp_imm(Cond::Ne, T0, 0, then);
                    self.masm.jump(else_);
                }
                Cold::Mem(stub) => self.mem_cold(stub),
                Cold::Call {
                    label,
                    callee,
                    args,
                    line,
                    resume,
                } => {
                    self.enter_stub(label);
                    self.fill_area(&args);
                    self.ld(Reg::Arg(0), callee);
                    self.masm.slot_address(Reg::Arg(1), 0);
                    self.masm.mov_imm(Reg::Arg(2), args.len() as i64);
                    self.call_checked(RtFn::Call.symbol(), line);
                    self.masm.jump(resume);
                }
            }
        }
        // The common error exit: append this frame to the traceback, return 0.
        self.masm.bind(err_exit);
        self.masm.symbol_address(Reg::Arg(0), &self.f.info_symbol);
        self.masm.call_symbol(RtFn::TracebackAdd.symbol());
        // A re-raise enters here: its traceback already has this frame.
        self.masm.bind(self.reraise_exit);
        self.masm.mov_imm(Reg::Ret, 0);
        self.leave();
    }

    /// Goes on with the pending exception, whose traceback has the entry of the
    /// inlined frame being emitted: to the frame's own landing pad, or as an error of
    /// the enclosing code at the position it runs the frame from.
    fn leave_frame(&mut self) {
        let k = self.frame.unwrap_or_default() as usize;
        if let Some(h) = self.handler {
            if self.f.blocks[h.0 as usize].frame == self.frame {
                self.masm.jump(self.labels[h.0 as usize]);
                return;
            }
        }
        // Leaving it: it no longer counts toward the recursion limit.
        self.masm.call_symbol(RtFn::FrameLeave.symbol());
        let (parent, outer_pos) = (self.f.frames[k].parent, self.f.frames[k].outer_pos);
        let saved = std::mem::replace(&mut self.frame, parent);
        let outer = self.error_label(outer_pos);
        self.frame = saved;
        self.masm.jump(outer);
    }

    /// Uncounts this frame and returns (the result is in `Ret`).
    fn leave(&mut self) {
        self.masm.symbol_address(T0, sym::RECURSION_DEPTH);
        match self.saved_depth {
            Some(saved) => self.masm.load_slot(T1, saved),
            None => {
                self.masm.load(T1, T0, 0);
                self.masm.add_imm(T1, T1, -1);
            }
        }
        self.masm.store(T1, T0, 0);
        self.masm.epilogue();
    }
}

/// The index of position id `pos` in a position table, added if new.
fn position_index(table: &mut Vec<u32>, pos: u32) -> usize {
    match table.iter().position(|&p| p == pos) {
        Some(k) => k,
        None => {
            table.push(pos);
            table.len() - 1
        }
    }
}

/// The operators of `pyaot_abi::INPLACE_OPS`, in its order.
const INPLACE_ORDER: [RtFn; 12] = [
    RtFn::Add,
    RtFn::Sub,
    RtFn::Mul,
    RtFn::TrueDiv,
    RtFn::FloorDiv,
    RtFn::Mod,
    RtFn::Pow,
    RtFn::LShift,
    RtFn::RShift,
    RtFn::BitAnd,
    RtFn::BitOr,
    RtFn::BitXor,
];

fn cond(op: CmpOp) -> Cond {
    match op {
        CmpOp::Lt => Cond::Lt,
        CmpOp::Le => Cond::Le,
        CmpOp::Eq => Cond::Eq,
        CmpOp::Ne => Cond::Ne,
        CmpOp::Gt => Cond::Gt,
        CmpOp::Ge => Cond::Ge,
    }
}
