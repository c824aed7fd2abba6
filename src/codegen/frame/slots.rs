//! Slot assignment: which var words the vars of a function get (see `frame`).

use crate::ir::liveness::{inst_defs, term_def, BitSet, Liveness};
use crate::ir::{Const, Function, Inst};

/// The var words: one per pinned var, then one per colour.
pub(super) struct Slots {
    /// Each var's word among the var words, if it has a slot.
    pub(super) word: Vec<Option<usize>>,
    /// Number of var words.
    pub(super) words: usize,
    /// Temporaries read before being written on some path: pinned, and zeroed.
    pub(super) pinned_temp: Vec<bool>,
}

impl Slots {
    pub(super) fn assign(f: &Function, live: &Liveness) -> Slots {
        let n = f.vars.len();
        // Vars defined only by small-int constants live in immediates.
        let mut only_int = vec![true; n];
        let mut defined = vec![false; n];
        for block in &f.blocks {
            for inst in &block.insts {
                let int = matches!(
                    inst,
                    Inst::Const {
                        value: Const::Int(_),
                        ..
                    }
                );
                inst_defs(inst, |v| {
                    defined[v.0 as usize] = true;
                    only_int[v.0 as usize] &= int;
                });
            }
            if let Some(v) = term_def(&block.term) {
                defined[v.0 as usize] = true;
                only_int[v.0 as usize] = false;
            }
        }
        let mut pinned = vec![false; n];
        let mut pinned_temp = vec![false; n];
        let mut colourable = BitSet::new(n);
        for v in 0..n {
            let named = (v as u32) < f.nslots || f.vars[v].name.is_some();
            if named {
                pinned[v] = true;
            } else if defined[v] && only_int[v] {
                // No slot.
            } else if live.live_in(0, v) || !defined[v] {
                pinned[v] = true;
                pinned_temp[v] = true;
            } else {
                colourable.insert(v);
            }
        }
        let adjacent = interference(f, live, &colourable);
        let mut word = vec![None; n];
        let mut words = 0;
        for v in 0..n {
            if pinned[v] {
                word[v] = Some(words);
                words += 1;
            }
        }
        let pinned_words = words;
        let mut colour: Vec<Option<usize>> = vec![None; n];
        let mut taken: Vec<usize> = Vec::new();
        let mut ncolours = 0;
        for v in colourable.iter() {
            // Smallest colour no coloured neighbour has; `taken[c] == v + 1` marks
            // colour c taken for v.
            for &u in &adjacent[v] {
                if let Some(c) = colour[u as usize] {
                    taken[c] = v + 1;
                }
            }
            let c = (0..ncolours)
                .find(|&c| taken[c] != v + 1)
                .unwrap_or_else(|| {
                    ncolours += 1;
                    taken.push(0);
                    ncolours - 1
                });
            colour[v] = Some(c);
            word[v] = Some(pinned_words + c);
        }
        Slots {
            word,
            words: pinned_words + ncolours,
            pinned_temp,
        }
    }
}

/// The interference graph of the colourable vars: a var written while another is live
/// (after the write) cannot share its slot, nor can two vars one instruction writes.
fn interference(f: &Function, live: &Liveness, colourable: &BitSet) -> Vec<Vec<u32>> {
    let mut adjacent: Vec<Vec<u32>> = vec![Vec::new(); f.vars.len()];
    let mut edge = |a: usize, b: usize| {
        if a != b && colourable.contains(a) && colourable.contains(b) {
            adjacent[a].push(b as u32);
            adjacent[b].push(a as u32);
        }
    };
    let mut walker = live.walker(f);
    for (b, block) in f.blocks.iter().enumerate() {
        walker.walk_back(b, |k, after, _before| {
            let mut defs = Vec::new();
            match block.insts.get(k) {
                Some(inst) => inst_defs(inst, |v| defs.push(v.0 as usize)),
                None => defs.extend(term_def(&block.term).map(|v| v.0 as usize)),
            }
            for (i, &d) in defs.iter().enumerate() {
                if !colourable.contains(d) {
                    continue;
                }
                for t in after.iter() {
                    edge(d, t);
                }
                for &e in &defs[..i] {
                    edge(d, e);
                }
            }
        });
    }
    adjacent
}
