//! The frame of an IR function: which stack slot each var gets, and which frame words
//! must be zeroed where. Both ISAs share it (`emit::emit_function` asks for a plan).
//!
//! Slots. Compiler temporaries whose live ranges do not overlap share a slot
//! (liveness over the IR, then greedy colouring of the interference graph).
//! Parameters, named locals (read as unbound while 0, described to debuggers) and the
//! rare temporary that some path reads before writing keep a slot each. Small-int
//! constants have none: the emitter uses them as immediates.
//!
//! Zeroing. The collector scans frames conservatively, so at every point where it can
//! run (a call), each word of the frame must hold 0 or something this call of the
//! function wrote: a stale word from an earlier call at that address could pin a dead
//! object for as long as the frame lives (testdata/run/gc_recursion.py). A forward
//! must-be-written analysis finds, before each call, the words that may still be
//! unwritten. They are zeroed
//! - by the prologue, when the call is on the inline path (one wide store there costs
//!   less than stores on every iteration of a loop), when such a word is live at
//!   the call, and for every named local (which must read as unbound);
//! - otherwise right before the call, which then is on a slow path (a runtime
//!   fallback, a raising stub, `bool()` of an object): `zero_before(block, inst)`.
//!
//! `pyaot_traceback_add` is not a point where the collector runs: it records the frame
//! in the runtime's fixed traceback arrays and never allocates. Error stubs therefore
//! zero nothing.

mod slots;
#[cfg(test)]
mod tests;

use crate::ir::liveness::{inst_defs, reverse_postorder, successors, term_def, BitSet, Liveness};
use crate::ir::{Const, Function, Inst, Term};
use slots::Slots;

/// What an instruction's code calls (the runtime or C), where the collector may run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Calls {
    /// Nothing.
    None,
    /// Only off the inline path: slow paths and raising stubs emitted after the body,
    /// and `Truth`'s call for objects other than bool, None and small ints. The
    /// emitter zeroes [`FramePlan::zero_before`] right before each such call.
    Cold,
    /// On the inline path.
    Hot,
}

/// Where `inst` calls, as `emit` emits it. `fused` says whether it is a `CompareRaw`
/// fused with its block's branch (see [`fused_compare`]).
pub fn calls(inst: &Inst) -> Calls {
    match inst {
        Inst::Loc { .. }
        | Inst::Const { .. }
        | Inst::Copy { .. }
        | Inst::LoadField { .. }
        | Inst::CellSet { .. }
        | Inst::StoreGlobal { .. }
        | Inst::CompareWords { .. }
        | Inst::Is { .. }
        | Inst::Not { .. }
        | Inst::BoxBool { .. } => Calls::None,
        Inst::CellGet { .. }
        | Inst::CheckBound { .. }
        | Inst::LoadGlobal { .. }
        | Inst::Compare { .. }
        | Inst::CompareRaw { .. }
        | Inst::Truth { .. }
        | Inst::MemLoad { .. }
        | Inst::MemStore { .. } => Calls::Cold,
        Inst::BinOp { op, .. } => {
            if super::emit::inline_binop(*op) {
                Calls::Cold
            } else {
                Calls::Hot
            }
        }
        Inst::Unary { .. }
        | Inst::CallRt { .. }
        | Inst::CallArray { .. }
        | Inst::CallDirect { .. }
        | Inst::CallC { .. }
        | Inst::Unpack { .. } => Calls::Hot,
    }
}

/// Whether a terminator calls on its inline path (`IterNext`'s `pyaot_iter_next`,
/// `Reraise`'s `pyaot_reraise`).
fn term_calls(term: &Term) -> bool {
    matches!(term, Term::IterNext { .. } | Term::Reraise(_))
}

/// Whether the block's last instruction is a `CompareRaw` whose only use is the
/// block's branch: the emitter fuses them into a compare-and-branch, and the Raw
/// result is then written on the slow path only.
pub fn fused_compare(block: &crate::ir::Block) -> bool {
    match (block.insts.last(), &block.term) {
        (Some(Inst::CompareRaw { dst, .. }), Term::Branch { cond, .. }) => dst == cond,
        _ => false,
    }
}

/// How many words of the argument array `inst` writes itself before its inline call
/// (and so definitely after it).
fn area_writes(inst: &Inst) -> usize {
    match inst {
        Inst::CallArray { array, .. } => array.len(),
        Inst::CallDirect { args, .. } if args.len() > pyaot_abi::MAX_REG_ARGS => args.len(),
        _ => 0,
    }
}

/// Words of argument array the function's calls need.
pub fn array_words(f: &Function) -> u32 {
    let mut max = 0;
    for b in &f.blocks {
        for i in &b.insts {
            let n = match i {
                Inst::CallArray { array, .. } => array.len(),
                Inst::CallDirect { args, .. } => args.len(),
                Inst::Unpack { dsts, .. } => dsts.len(),
                _ => 0,
            };
            max = max.max(n as u32);
        }
    }
    max
}

/// Adds to `m` the frame words `inst` writes whenever it completes normally (as
/// `emit` emits it): its argument-array words and the slots of its results, except
/// the Raw result of a compare fused with its branch (written on the slow path only)
/// and small-int constants (immediates, never stored).
fn surely_writes(
    inst: &Inst,
    fused: bool,
    word_of: impl Fn(usize) -> Option<usize>,
    m: &mut BitSet,
) {
    for a in 0..area_writes(inst) {
        m.insert(a);
    }
    let stored = !fused
        && !matches!(
            inst,
            Inst::Const {
                value: Const::Int(_),
                ..
            }
        );
    if stored {
        inst_defs(inst, |v| {
            if let Some(w) = word_of(v.0 as usize) {
                m.insert(w);
            }
        });
    }
}

/// The fixed parts of a frame, below the var slots.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Bytes in a word.
    pub word: u32,
    /// Words of the argument array at the bottom of the frame (runtime calls taking
    /// `Obj *args`, stack arguments of C calls).
    pub array_words: u32,
    /// Where the var slots start; `[array_words * word, vars_at)` are the cells of C
    /// values, which the prologue always zeroes.
    pub vars_at: u32,
    /// The stack alignment the frame size keeps.
    pub align: u32,
    /// Words of its own the prologue writes before anything else (the saved
    /// recursion depth): [`FramePlan::entry_words`].
    pub entry_words: u32,
}

/// Above this many words, a slow path's zeroing moves to the prologue: it keeps the
/// code of slow paths small (flash on a board).
const MAX_COLD_ZERO: usize = 4;

/// Where a function's vars live and which frame words are zeroed where.
#[derive(Clone, Debug)]
pub struct FramePlan {
    /// Each var's slot, as a byte offset from the stack pointer (none for small-int
    /// constants).
    pub slots: Vec<Option<u32>>,
    /// The frame's size in bytes.
    pub frame_bytes: u32,
    /// Byte ranges `[lo, hi)` the prologue zeroes, in increasing order.
    pub prologue_zero: Vec<(u32, u32)>,
    /// The offsets of the words `Shape::entry_words` asked for.
    pub entry_words: Vec<u32>,
    /// Per block and instruction, the byte offsets to zero before a slow-path call.
    cold: Vec<Vec<Vec<u32>>>,
}

impl FramePlan {
    /// The byte offsets to zero right before a slow-path call of `insts[k]` of block
    /// `b` (empty for instructions with no such call).
    pub fn zero_before(&self, b: usize, k: usize) -> &[u32] {
        self.cold
            .get(b)
            .and_then(|insts| insts.get(k))
            .map_or(&[], Vec::as_slice)
    }
}

/// Plans the frame of `f`.
pub fn plan(f: &Function, shape: Shape) -> FramePlan {
    let live = Liveness::compute(f);
    let slots = Slots::assign(f, &live);
    let array = shape.array_words as usize;
    // The prologue's own words come after the var words.
    let own: Vec<usize> = (0..shape.entry_words as usize)
        .map(|k| array + slots.words + k)
        .collect();
    let var_words = slots.words + own.len();
    let used = shape.vars_at + var_words as u32 * shape.word;
    let frame_bytes = used.div_ceil(shape.align) * shape.align;
    // Padding words are frame words that nothing ever writes.
    let pad = ((frame_bytes - used) / shape.word) as usize;
    let nwords = array + var_words + pad;
    let word_of = |v: usize| slots.word[v].map(|w| array + w);

    let written = must_write(f, &slots, array, &own, nwords);

    // Words the prologue zeroes: named locals, temporaries read before being written,
    // then whatever the calls below need.
    let mut zero = BitSet::new(nwords);
    for (v, info) in f.vars.iter().enumerate() {
        let Some(w) = word_of(v) else { continue };
        if v as u32 >= f.nslots && (info.name.is_some() || slots.pinned_temp[v]) {
            zero.insert(w);
        }
    }
    // The unwritten words at each slow-path call, to zero there.
    let mut walker = live.walker(f);
    let mut cold: Vec<Vec<Option<BitSet>>> = Vec::with_capacity(f.blocks.len());
    for (b, block) in f.blocks.iter().enumerate() {
        let mut per_inst = vec![None; block.insts.len()];
        let Some(mut m) = written[b].clone() else {
            cold.push(per_inst);
            continue;
        };
        // The words live before each instruction.
        let mut live_words = vec![BitSet::new(nwords); block.insts.len() + 1];
        walker.walk_back(b, |k, _after, before| {
            for v in before.iter() {
                if let Some(w) = word_of(v) {
                    live_words[k].insert(w);
                }
            }
        });
        let fused = fused_compare(block);
        for (k, inst) in block.insts.iter().enumerate() {
            let mut unwritten = BitSet::full(nwords);
            unwritten.subtract(&m);
            match calls(inst) {
                Calls::None => {}
                Calls::Hot => {
                    for a in 0..area_writes(inst) {
                        unwritten.remove(a);
                    }
                    zero.union_with(&unwritten);
                }
                Calls::Cold => {
                    // A live word cannot be zeroed on the way: the prologue does it.
                    let mut live_unwritten = unwritten.clone();
                    live_unwritten.intersect_with(&live_words[k]);
                    zero.union_with(&live_unwritten);
                    per_inst[k] = Some(unwritten);
                }
            }
            surely_writes(inst, fused && k + 1 == block.insts.len(), word_of, &mut m);
        }
        if term_calls(&block.term) {
            let mut unwritten = BitSet::full(nwords);
            unwritten.subtract(&m);
            zero.union_with(&unwritten);
        }
        cold.push(per_inst);
    }
    // Slow paths that would zero many words leave them to the prologue.
    for sets in cold.iter().flatten().flatten() {
        let mut left = sets.clone();
        left.subtract(&zero);
        if left.iter().count() > MAX_COLD_ZERO {
            zero.union_with(&left);
        }
    }

    // Layout: the argument array, the cells, then the var and padding words with
    // those the prologue zeroes first, so that its stores form one run, and its own
    // words last: at the top of the frame, right under the caller's, where the
    // prologue may write before checking that the frame fits the stack.
    let mut order: Vec<usize> = (array..nwords).collect();
    order.sort_by_key(|&w| match (zero.contains(w), own.contains(&w)) {
        (true, _) => 0,
        (false, false) => 1,
        (false, true) => 2,
    });
    let mut offset: Vec<u32> = (0..nwords as u32).map(|a| a * shape.word).collect();
    for (k, &w) in order.iter().enumerate() {
        offset[w] = shape.vars_at + k as u32 * shape.word;
    }
    let mut starts: Vec<u32> = zero.iter().map(|w| offset[w]).collect();
    let cells = (array as u32 * shape.word, shape.vars_at);
    let mut prologue_zero = Vec::new();
    if cells.0 < cells.1 {
        prologue_zero.push(cells);
    }
    starts.sort_unstable();
    prologue_zero.extend(starts.iter().map(|&o| (o, o + shape.word)));
    let prologue_zero = merge_runs(prologue_zero);

    let cold = cold
        .into_iter()
        .map(|insts| {
            insts
                .into_iter()
                .map(|set| {
                    let Some(mut set) = set else {
                        return Vec::new();
                    };
                    set.subtract(&zero);
                    let mut offs: Vec<u32> = set.iter().map(|w| offset[w]).collect();
                    offs.sort_unstable();
                    offs
                })
                .collect()
        })
        .collect();
    let slots = (0..f.vars.len())
        .map(|v| word_of(v).map(|w| offset[w]))
        .collect();
    FramePlan {
        slots,
        frame_bytes,
        prologue_zero,
        entry_words: own.iter().map(|&w| offset[w]).collect(),
        cold,
    }
}

/// Sorted byte ranges with the touching ones merged.
fn merge_runs(mut runs: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    runs.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(runs.len());
    for (lo, hi) in runs {
        match merged.last_mut() {
            Some(last) if last.1 >= lo => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    merged
}

/// The frame words (argument array first, then the var words) surely written on
/// entry to each block: `None` for blocks no path from the entry reaches. The
/// parameters and the prologue's `own` words are written on entry.
fn must_write(
    f: &Function,
    slots: &Slots,
    array: usize,
    own: &[usize],
    nwords: usize,
) -> Vec<Option<BitSet>> {
    let nb = f.blocks.len();
    let word_of = |v: usize| slots.word[v].map(|w| array + w);
    let mut entry = BitSet::new(nwords);
    for &w in own {
        entry.insert(w);
    }
    for v in 0..f.nslots as usize {
        if let Some(w) = word_of(v) {
            entry.insert(w);
        }
    }
    let mut state: Vec<Option<BitSet>> = vec![None; nb];
    state[0] = Some(entry);
    // Forward problem: reverse postorder converges in a few passes.
    let order = reverse_postorder(f);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in &order {
            let Some(mut m) = state[b].clone() else {
                continue;
            };
            let block = &f.blocks[b];
            // A raising instruction leaves for the landing pad with at least what the
            // block started with.
            let mut edges: Vec<(usize, BitSet)> = Vec::new();
            if let Some(h) = block.handler {
                edges.push((h.0 as usize, m.clone()));
            }
            let fused = fused_compare(block);
            for (k, inst) in block.insts.iter().enumerate() {
                surely_writes(inst, fused && k + 1 == block.insts.len(), word_of, &mut m);
            }
            let defined = term_def(&block.term).and_then(|v| word_of(v.0 as usize));
            for (i, s) in successors(&block.term).into_iter().enumerate() {
                let mut out = m.clone();
                // IterNext writes its item toward the body, RangeStep its counter
                // toward the loop head: each the first successor.
                if let (0, Some(w)) = (i, defined) {
                    out.insert(w);
                }
                edges.push((s.0 as usize, out));
            }
            for (s, out) in edges {
                match &mut state[s] {
                    Some(cur) => changed |= cur.intersect_with(&out),
                    slot @ None => {
                        *slot = Some(out);
                        changed = true;
                    }
                }
            }
        }
    }
    state
}
