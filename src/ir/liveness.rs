//! Which vars each instruction reads and writes, and which vars are live where: the
//! facts `codegen::frame` needs to share stack slots between temporaries.
//!
//! Vars are not in SSA form (a named local is assigned many times), so liveness is the
//! classic backward bit-vector problem over blocks. Two kinds of edge need care:
//! - an instruction that raises leaves its block mid-way for the landing pad
//!   (`Block::handler`): whatever the pad reads is kept live through the whole block,
//!   which over-approximates every such edge at once;
//! - a terminator that writes its var on one successor edge only (`IterNext`'s item,
//!   `RangeStep`'s counter) does not end the var's live range: on the other edge the
//!   old value may still be read.

use super::{Block, Function, Inst, MemAddr, Term, Var};

/// A fixed-size set of small integers (vars, frame words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    /// The empty set over `0..n`.
    pub fn new(n: usize) -> BitSet {
        BitSet {
            words: vec![0; n.div_ceil(64)],
        }
    }

    /// The full set over `0..n`.
    pub fn full(n: usize) -> BitSet {
        let mut s = BitSet::new(n);
        for i in 0..n {
            s.insert(i);
        }
        s
    }

    /// Adds `i`.
    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Removes `i`.
    pub fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1 << (i % 64));
    }

    /// Whether `i` is in the set.
    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// Adds every member of `other`; returns whether the set grew.
    pub fn union_with(&mut self, other: &BitSet) -> bool {
        let mut grew = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let new = *a | b;
            grew |= new != *a;
            *a = new;
        }
        grew
    }

    /// Keeps only the members of `other`; returns whether the set shrank.
    pub fn intersect_with(&mut self, other: &BitSet) -> bool {
        let mut shrank = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let new = *a & b;
            shrank |= new != *a;
            *a = new;
        }
        shrank
    }

    /// Removes every member of `other`.
    pub fn subtract(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    /// The members, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(k, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(k * 64 + bit)
            })
        })
    }
}

/// Calls `f` on each var `inst` reads.
pub fn inst_uses(inst: &Inst, mut f: impl FnMut(Var)) {
    match inst {
        Inst::Loc { .. } | Inst::Const { .. } | Inst::LoadGlobal { .. } => {}
        Inst::Copy { src, .. } => f(*src),
        Inst::LoadField { obj, .. } => f(*obj),
        Inst::CellGet { cell, .. } => f(*cell),
        Inst::CellSet { cell, src } => {
            f(*cell);
            f(*src);
        }
        Inst::CheckBound { var, .. } => f(*var),
        Inst::StoreGlobal { src, .. } => f(*src),
        Inst::BinOp { a, b, .. }
        | Inst::Compare { a, b, .. }
        | Inst::CompareRaw { a, b, .. }
        | Inst::CompareWords { a, b, .. }
        | Inst::Is { a, b, .. } => {
            f(*a);
            f(*b);
        }
        Inst::Unary { src, .. }
        | Inst::Truth { src, .. }
        | Inst::Not { src, .. }
        | Inst::BoxBool { src, .. } => f(*src),
        Inst::CallRt { args, .. } | Inst::CallC { args, .. } => args.iter().copied().for_each(f),
        Inst::CallArray {
            before,
            array,
            after,
            ..
        } => before.iter().chain(array).chain(after).copied().for_each(f),
        Inst::CallDirect { callee, args, .. } => {
            f(*callee);
            args.iter().copied().for_each(f);
        }
        Inst::Unpack { src, .. } => f(*src),
        Inst::MemLoad { addr, .. } => {
            if let MemAddr::Var(v) = addr {
                f(*v);
            }
        }
        Inst::MemStore { addr, value, .. } => {
            if let MemAddr::Var(v) = addr {
                f(*v);
            }
            f(*value);
        }
    }
}

/// Calls `f` on each var `inst` writes (after reading all of its operands).
pub fn inst_defs(inst: &Inst, mut f: impl FnMut(Var)) {
    match inst {
        Inst::Loc { .. }
        | Inst::CellSet { .. }
        | Inst::CheckBound { .. }
        | Inst::StoreGlobal { .. }
        | Inst::MemStore { .. } => {}
        Inst::Const { dst, .. }
        | Inst::Copy { dst, .. }
        | Inst::LoadField { dst, .. }
        | Inst::CellGet { dst, .. }
        | Inst::LoadGlobal { dst, .. }
        | Inst::BinOp { dst, .. }
        | Inst::Unary { dst, .. }
        | Inst::Compare { dst, .. }
        | Inst::CompareRaw { dst, .. }
        | Inst::CompareWords { dst, .. }
        | Inst::Is { dst, .. }
        | Inst::Truth { dst, .. }
        | Inst::Not { dst, .. }
        | Inst::BoxBool { dst, .. }
        | Inst::CallRt { dst, .. }
        | Inst::CallArray { dst, .. }
        | Inst::CallDirect { dst, .. }
        | Inst::CallC { dst, .. }
        | Inst::MemLoad { dst, .. } => f(*dst),
        Inst::Unpack { dsts, .. } => dsts.iter().copied().for_each(f),
    }
}

/// The var a terminator reads, if any (`RangeStep` reads two).
pub fn term_uses(term: &Term, mut f: impl FnMut(Var)) {
    match term {
        Term::Branch { cond, .. } => f(*cond),
        Term::Return(v) | Term::Reraise(v) => f(*v),
        Term::IterNext { iter, .. } => f(*iter),
        Term::RangeStep { cur, step, .. } => {
            f(*cur);
            f(*step);
        }
        Term::Jump(_) | Term::Unreachable => {}
    }
}

/// The var a terminator writes on some of its edges: `IterNext`'s item (toward the
/// body only) and `RangeStep`'s counter (toward the loop head only).
pub fn term_def(term: &Term) -> Option<Var> {
    match term {
        Term::IterNext { dst, .. } => Some(*dst),
        Term::RangeStep { cur, .. } => Some(*cur),
        _ => None,
    }
}

/// The blocks a terminator can go to (not the landing pad).
pub fn successors(term: &Term) -> Vec<super::BlockId> {
    match term {
        Term::Jump(b) => vec![*b],
        Term::Branch { then, else_, .. } => vec![*then, *else_],
        Term::IterNext { body, done, .. } => vec![*body, *done],
        Term::RangeStep { next, overflow, .. } => vec![*next, *overflow],
        Term::Return(_) | Term::Reraise(_) | Term::Unreachable => vec![],
    }
}

/// A set of vars with constant-time insert, remove and membership and iteration in
/// the size of the set (a sparse set): the live vars at a point of a block are few
/// among the many vars of a large function.
#[derive(Clone, Debug)]
pub struct VarSet {
    members: Vec<u32>,
    /// Each var's index in `members`, or `u32::MAX`.
    at: Vec<u32>,
}

impl VarSet {
    /// The empty set over vars `0..n`.
    pub fn new(n: usize) -> VarSet {
        VarSet {
            members: Vec::new(),
            at: vec![u32::MAX; n],
        }
    }

    /// Adds `v`.
    pub fn insert(&mut self, v: usize) {
        if self.at[v] == u32::MAX {
            self.at[v] = self.members.len() as u32;
            self.members.push(v as u32);
        }
    }

    /// Removes `v`.
    pub fn remove(&mut self, v: usize) {
        let i = self.at[v];
        if i != u32::MAX {
            let last = self.members.pop().expect("a member");
            if last as usize != v {
                self.members[i as usize] = last;
                self.at[last as usize] = i;
            }
            self.at[v] = u32::MAX;
        }
    }

    /// Whether `v` is in the set.
    pub fn contains(&self, v: usize) -> bool {
        self.at[v] != u32::MAX
    }

    /// The members, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.members.iter().map(|&v| v as usize)
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        for &v in &self.members {
            self.at[v as usize] = u32::MAX;
        }
        self.members.clear();
    }

    /// Makes the set equal to `other` (over the same vars).
    pub fn copy_from(&mut self, other: &VarSet) {
        self.clear();
        for v in other.iter() {
            self.insert(v);
        }
    }
}

/// The blocks reachable from the entry (through branches and landing pads) in
/// reverse postorder: each block before its successors but along back edges, the
/// order in which a forward dataflow problem converges in a few passes.
pub fn reverse_postorder(f: &Function) -> Vec<usize> {
    let next = |b: usize| {
        let block = &f.blocks[b];
        let mut s: Vec<usize> = successors(&block.term)
            .into_iter()
            .map(|s| s.0 as usize)
            .collect();
        s.extend(block.handler.map(|h| h.0 as usize));
        s
    };
    let mut visited = vec![false; f.blocks.len()];
    let mut post = Vec::with_capacity(f.blocks.len());
    // Iterative DFS: (block, its successors, how many are visited).
    let mut stack = vec![(0, next(0), 0)];
    visited[0] = true;
    while let Some((b, succ, i)) = stack.last_mut() {
        if *i < succ.len() {
            let s = succ[*i];
            *i += 1;
            if !visited[s] {
                visited[s] = true;
                stack.push((s, next(s), 0));
            }
        } else {
            post.push(*b);
            stack.pop();
        }
    }
    post.reverse();
    post
}

/// The live vars at the entry and exit of every block.
///
/// Most vars are temporaries used only in the block that writes them; they are
/// never live across a block boundary, so the per-block sets range over the other
/// vars only ("global" vars, numbered densely), which keeps them small in a large
/// module body.
#[derive(Clone, Debug)]
pub struct Liveness {
    /// Each var's index among the global vars, if it is one.
    global: Vec<Option<u32>>,
    /// The global vars by index.
    globals: Vec<u32>,
    /// Global vars live on entry to each block.
    live_in: Vec<BitSet>,
    /// Global vars live at the end of each block, before its terminator (the
    /// landing pad's live vars included).
    live_out: Vec<BitSet>,
}

impl Liveness {
    /// Solves liveness for `f`.
    pub fn compute(f: &Function) -> Liveness {
        let n = f.vars.len();
        // A var is global when some block reads it before writing it.
        let mut global = vec![None; n];
        let mut globals = Vec::new();
        let mut written = VarSet::new(n);
        for block in &f.blocks {
            let mut exposed = |v: Var, written: &VarSet| {
                let v = v.0 as usize;
                if !written.contains(v) && global[v].is_none() {
                    global[v] = Some(globals.len() as u32);
                    globals.push(v as u32);
                }
            };
            written.clear();
            for inst in &block.insts {
                inst_uses(inst, |v| exposed(v, &written));
                inst_defs(inst, |v| written.insert(v.0 as usize));
            }
            term_uses(&block.term, |v| exposed(v, &written));
        }
        let g = globals.len();
        let nb = f.blocks.len();
        // Per block: the global vars it reads before writing (gen) and writes (kill).
        let mut gen = vec![BitSet::new(g); nb];
        let mut kill = vec![BitSet::new(g); nb];
        let mut live = VarSet::new(n);
        for (b, block) in f.blocks.iter().enumerate() {
            live.clear();
            step_term(block, &mut live);
            for inst in block.insts.iter().rev() {
                step_inst(inst, &mut live, None);
            }
            for v in live.iter() {
                if let Some(i) = global[v] {
                    gen[b].insert(i as usize);
                }
            }
            for inst in &block.insts {
                inst_defs(inst, |v| {
                    if let Some(i) = global[v.0 as usize] {
                        kill[b].insert(i as usize);
                    }
                });
            }
        }
        let mut live_in = vec![BitSet::new(g); nb];
        let mut live_out = vec![BitSet::new(g); nb];
        // Backward problem: visiting blocks in postorder converges in a few passes.
        // Blocks no path from the entry reaches keep nothing live: nothing they
        // read can matter.
        let mut order = reverse_postorder(f);
        order.reverse();
        let mut changed = true;
        while changed {
            changed = false;
            for &b in &order {
                let block = &f.blocks[b];
                let mut out = BitSet::new(g);
                for s in successors(&block.term) {
                    out.union_with(&live_in[s.0 as usize]);
                }
                // The landing pad's live vars stay live through the whole block.
                let mut inn = out.clone();
                if let Some(h) = block.handler {
                    out.union_with(&live_in[h.0 as usize]);
                    inn.subtract(&kill[b]);
                    inn.union_with(&live_in[h.0 as usize]);
                } else {
                    inn.subtract(&kill[b]);
                }
                inn.union_with(&gen[b]);
                if live_out[b] != out {
                    live_out[b] = out;
                    changed = true;
                }
                if live_in[b] != inn {
                    live_in[b] = inn;
                    changed = true;
                }
            }
        }
        Liveness {
            global,
            globals,
            live_in,
            live_out,
        }
    }

    /// Whether `v` is live on entry to block `b`.
    pub fn live_in(&self, b: usize, v: usize) -> bool {
        self.global[v].is_some_and(|i| self.live_in[b].contains(i as usize))
    }

    /// A walker over the blocks of `f` (which this liveness is of).
    pub fn walker<'a>(&'a self, f: &'a Function) -> Walker<'a> {
        let n = f.vars.len();
        Walker {
            live: self,
            f,
            after: VarSet::new(n),
            before: VarSet::new(n),
            handler: VarSet::new(n),
        }
    }
}

/// Walks blocks backward instruction by instruction, with the live vars at each
/// point; its sets are reused from block to block.
pub struct Walker<'a> {
    live: &'a Liveness,
    f: &'a Function,
    after: VarSet,
    before: VarSet,
    handler: VarSet,
}

impl Walker<'_> {
    /// Walks block `b` backward, calling `visit(k, after, before)` with the vars live
    /// just after and just before `insts[k]`, from the last instruction to the first;
    /// `k == insts.len()` stands for the terminator.
    pub fn walk_back(&mut self, b: usize, mut visit: impl FnMut(usize, &VarSet, &VarSet)) {
        let live = self.live;
        let block = &self.f.blocks[b];
        let fill = |set: &mut VarSet, bits: &BitSet| {
            set.clear();
            for i in bits.iter() {
                set.insert(live.globals[i] as usize);
            }
        };
        if let Some(h) = block.handler {
            fill(&mut self.handler, &live.live_in[h.0 as usize]);
        }
        let handler = block.handler.map(|_| &self.handler);
        fill(&mut self.after, &live.live_out[b]);
        self.before.copy_from(&self.after);
        step_term(block, &mut self.before);
        visit(block.insts.len(), &self.after, &self.before);
        for (k, inst) in block.insts.iter().enumerate().rev() {
            self.after.copy_from(&self.before);
            step_inst(inst, &mut self.before, handler);
            visit(k, &self.after, &self.before);
        }
    }
}

/// Live after the terminator → live before it. Its conditional write kills nothing.
fn step_term(block: &Block, live: &mut VarSet) {
    term_uses(&block.term, |v| live.insert(v.0 as usize));
}

/// Live after `inst` → live before it. The landing pad's live vars stay live at every
/// point of a block that has one.
fn step_inst(inst: &Inst, live: &mut VarSet, handler_live: Option<&VarSet>) {
    inst_defs(inst, |v| live.remove(v.0 as usize));
    inst_uses(inst, |v| live.insert(v.0 as usize));
    if let Some(h) = handler_live {
        for v in h.iter() {
            live.insert(v);
        }
    }
}
