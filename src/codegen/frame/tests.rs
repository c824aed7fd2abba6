//! Tests of the frame plan: its promises checked on small functions and on every
//! testdata program.

use super::*;
use crate::diag::SourceFile;
use crate::ir::{lower::lower_module, Block, Module, Var};

fn lower(src: &str) -> Option<Module> {
    let parsed = crate::front::parse("__main__", SourceFile::new("t.py", src.into())).ok()?;
    lower_module(&parsed, 0, 64).ok()
}

/// An x86-64-like frame for `f`, with one cell.
fn shape(f: &Function) -> Shape {
    let array_words = array_words(f);
    Shape {
        word: 8,
        array_words,
        vars_at: array_words * 8 + 8,
        align: 16,
        entry_words: 1,
    }
}

/// A Thumb-like frame for a generator body (no saved depth), no cells.
fn thumb_shape(f: &Function) -> Shape {
    Shape {
        word: 4,
        array_words: array_words(f),
        vars_at: array_words(f) * 4,
        align: 8,
        entry_words: 0,
    }
}

fn zeroed(plan: &FramePlan, off: u32) -> bool {
    plan.prologue_zero
        .iter()
        .any(|&(lo, hi)| (lo..hi).contains(&off))
}

fn slot(plan: &FramePlan, v: Var) -> Option<u32> {
    plan.slots[v.0 as usize]
}

/// A small xorshift generator: the walks below are reproducible.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Checks what the plan promises for `f`:
/// - vars sharing a slot are never live at once (a var's write never lands on
///   the slot of another var live after it), parameters and named locals share
///   their slot with nothing, named locals and the cells start zeroed;
/// - along random paths through the function (error edges to landing pads
///   included), every frame word is zero or written at each call: written
///   before, zeroed by the prologue, or (slow-path calls) zeroed right before.
fn check(f: &Function, plan: &FramePlan, shape: Shape) {
    let name = &f.name;
    let word = shape.word;
    let live = Liveness::compute(f);
    for (v, info) in f.vars.iter().enumerate() {
        let Some(s) = plan.slots[v] else { continue };
        assert!(
            s >= shape.vars_at && s + word <= plan.frame_bytes,
            "{name}: v{v}"
        );
        let own = (v as u32) < f.nslots || info.name.is_some();
        if own {
            let sharing = plan.slots.iter().filter(|&&t| t == Some(s)).count();
            assert_eq!(sharing, 1, "{name}: v{v}'s slot is shared");
        }
        if info.name.is_some() && v as u32 >= f.nslots {
            assert!(zeroed(plan, s), "{name}: named v{v} is not zeroed");
        }
    }
    for off in (shape.array_words * word..shape.vars_at).step_by(word as usize) {
        assert!(zeroed(plan, off), "{name}: cell word {off}");
    }
    let mut walker = live.walker(f);
    for (b, block) in f.blocks.iter().enumerate() {
        walker.walk_back(b, |k, after, before| {
            // What a slow path zeroes holds no live value.
            if k < block.insts.len() {
                for &off in plan.zero_before(b, k) {
                    for v in before.iter() {
                        assert_ne!(plan.slots[v], Some(off), "{name}: zeroing live v{v}");
                    }
                }
            }
            let mut defs = Vec::new();
            match block.insts.get(k) {
                Some(inst) => inst_defs(inst, |v| defs.push(v)),
                None => defs.extend(term_def(&block.term)),
            }
            for &d in &defs {
                let Some(sd) = slot(plan, d) else { continue };
                for t in after
                    .iter()
                    .map(|t| Var(t as u32))
                    .chain(defs.iter().copied())
                {
                    if t != d {
                        assert_ne!(slot(plan, t), Some(sd), "{name}: v{} and {t:?}", d.0);
                    }
                }
            }
        });
    }
    walk(f, plan, shape);
}

fn walk(f: &Function, plan: &FramePlan, shape: Shape) {
    let word = shape.word;
    let words: Vec<u32> = (0..plan.frame_bytes).step_by(word as usize).collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut entry: Vec<u32> = words.iter().copied().filter(|&o| zeroed(plan, o)).collect();
    entry.extend(plan.entry_words.iter().copied());
    entry.extend((0..f.nslots).filter_map(|v| slot(plan, Var(v))));
    let all_written = |m: &Vec<u32>, also: &[u32], what: &str| {
        for o in &words {
            assert!(
                m.contains(o) || also.contains(o),
                "{}: frame word {o} may be stale at {what}",
                f.name
            );
        }
    };
    for _ in 0..20 {
        let mut m = entry.clone();
        let mut b = 0usize;
        for _ in 0..300 {
            let block: &Block = &f.blocks[b];
            let fused = fused_compare(block);
            let mut raised = false;
            for (k, inst) in block.insts.iter().enumerate() {
                let before: Vec<u32> = (0..area_writes(inst) as u32).map(|a| a * word).collect();
                match calls(inst) {
                    Calls::None => {}
                    Calls::Hot => all_written(&m, &before, &format!("{inst}")),
                    Calls::Cold => all_written(&m, plan.zero_before(b, k), &format!("{inst}")),
                }
                if calls(inst) != Calls::None && block.handler.is_some() && rng.below(8) == 0 {
                    raised = true;
                    break;
                }
                m.extend(before);
                let last_fused = fused && k + 1 == block.insts.len();
                let int = matches!(
                    inst,
                    Inst::Const {
                        value: Const::Int(_),
                        ..
                    }
                );
                if !last_fused && !int {
                    inst_defs(inst, |v| m.extend(slot(plan, v)));
                }
            }
            if raised {
                b = block.handler.map_or(0, |h| h.0 as usize);
                continue;
            }
            if term_calls(&block.term) {
                all_written(&m, &[], "a terminator's call");
            }
            let succ = successors(&block.term);
            if succ.is_empty() {
                break;
            }
            let i = rng.below(succ.len());
            if i == 0 {
                if let Some(v) = term_def(&block.term) {
                    m.extend(slot(plan, v));
                }
            }
            b = succ[i].0 as usize;
        }
    }
}

#[test]
fn fib_temporaries_share_three_slots() {
    let m =
        lower("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n")
            .unwrap();
    let f = &m.functions[1];
    let plan = plan(f, shape(f));
    check(f, &plan, shape(f));
    // v1, v4, v8 are small-int constants: immediates.
    for v in [1, 4, 8] {
        assert_eq!(plan.slots[v], None);
    }
    let mut temps: Vec<u32> = (2..f.vars.len()).filter_map(|v| plan.slots[v]).collect();
    temps.sort_unstable();
    temps.dedup();
    assert_eq!(temps.len(), 3, "{:?}", plan.slots);
    // A word of argument array and a cell, n, three temporaries, the saved
    // depth: one word of padding.
    assert_eq!(plan.frame_bytes, 16 + 5 * 8 + 8);
    // Only what the recursive calls can see unwritten is zeroed: the argument
    // array, the cell, the padding and the temporary written after the first
    // call (the others are written before it or zeroed on slow paths).
    let zeroed: u32 = plan.prologue_zero.iter().map(|&(lo, hi)| hi - lo).sum();
    assert!(zeroed <= 8 * 8, "{:?}", plan.prologue_zero);
    assert!(!zeroed_all(&plan, f), "{:?}", plan.prologue_zero);
}

fn zeroed_all(plan: &FramePlan, f: &Function) -> bool {
    (f.nslots as usize..f.vars.len()).all(|v| plan.slots[v].is_none_or(|s| zeroed(plan, s)))
}

#[test]
fn named_locals_start_zeroed_and_keep_their_slots() {
    let src = "\
def f(a, flag):
    if flag:
        x = a + 1
    y = [a, a]
    return x + len(y)
";
    let m = lower(src).unwrap();
    let f = &m.functions[1];
    let plan = plan(f, shape(f));
    check(f, &plan, shape(f));
}

#[test]
fn loops_handlers_and_comprehensions_keep_the_promises() {
    let src = "\
def g(xs):
    total = 0
    for i in range(len(xs)):
        try:
            total += xs[i] * 2 - i
        except (IndexError, TypeError) as e:
            total -= 1
        finally:
            total += 0
    while total > 100:
        total = total // 2 if total % 2 == 0 else total - 1
    return [t + total for t in xs if t], {k: k * k for k in xs}

def h(n):
    s = 0
    for a, b in zip(range(n), range(n, 0, -1)):
        s += a * b
        if s > 10 and not (a < b or a == 3):
            break
    else:
        s = -s
    return s
";
    let m = lower(src).unwrap();
    for f in &m.functions {
        let plan = plan(f, shape(f));
        check(f, &plan, shape(f));
    }
}

#[test]
fn every_test_program_keeps_the_promises() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        // Programs importing other files do not lower on their own: skipped.
        let Some(m) = lower(&src) else { continue };
        for f in &m.functions {
            for shape in [shape(f), thumb_shape(f)] {
                check(f, &plan(f, shape), shape);
            }
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} programs lowered");
}
