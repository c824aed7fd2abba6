//! What a debugger needs to know of a compiled function, beyond its bytes: its line
//! rows, its frame changes and where its parameters and named locals live. Turns
//! the IR function, its [`Code`] and the [`Notes`] its compile recorded into the
//! DWARF-neutral description `obj::dwarf` writes.

use super::buffer::Notes;
use super::Code;
use crate::ir::{Function, Inst};
use crate::obj::dwarf::{DebugFunction, DebugVar};

/// Describes one compiled function placed at `text_offset` in `.text`. Variables are
/// described only when the frame layout is known to match the code (see
/// [`FrameLayout`]).
pub fn describe(
    f: &Function,
    code: &Code,
    notes: &Notes,
    text_offset: u64,
    word: u32,
) -> DebugFunction {
    DebugFunction {
        name: f.qualname.clone(),
        text_offset,
        size: code.bytes.len() as u32,
        decl_line: f.line,
        lines: code.lines.clone(),
        prologue_end: breakpoint_offset(code),
        frame: notes.frame.clone(),
        vars: variables(f, notes, word),
        external: false,
        artificial: false,
    }
}

/// Describes compiler-made code (the C `main`): no lines, no variables.
pub fn describe_artificial(
    name: &str,
    code: &Code,
    notes: &Notes,
    text_offset: u64,
) -> DebugFunction {
    DebugFunction {
        name: name.to_string(),
        text_offset,
        size: code.bytes.len() as u32,
        decl_line: 0,
        lines: Vec::new(),
        prologue_end: None,
        frame: notes.frame.clone(),
        vars: Vec::new(),
        external: true,
        artificial: true,
    }
}

/// Where `break function` should stop: the first statement, which comes after the
/// whole prologue the emitter builds (frame, recursion count, stack check, parameters
/// stored in their slots), so that the parameters read correctly there. `Code`'s own
/// `prologue_end` marks the end of the machine prologue, before the parameters are
/// stored; it is the fallback for a function with no statement.
fn breakpoint_offset(code: &Code) -> Option<u32> {
    match code.lines.get(1) {
        Some(&(offset, _)) => Some(offset),
        None if !code.lines.is_empty() => Some(code.prologue_end),
        None => None,
    }
}

/// Parameters and named locals with their slots' offsets from the CFA. The entry
/// slots are vars `0..nslots`: the hidden function object first when the function
/// has a closure, then the parameters in `f.params` order. A local captured by an
/// inner function holds its cell (the pretty-printer shows the cell's content).
fn variables(f: &Function, notes: &Notes, word: u32) -> Vec<DebugVar> {
    let (Some(frame_bytes), Some(cfa)) = (notes.frame_bytes, notes.body_cfa_offset) else {
        return Vec::new();
    };
    let Some(layout) = FrameLayout::of(f, word).filter(|l| l.frame_bytes == frame_bytes) else {
        // The stand-in below disagrees with the code: describing slots would show
        // wrong values, so describe none.
        return Vec::new();
    };
    let hidden = u32::from(f.flags & pyaot_abi::FUNC_SELF as u32 != 0);
    let mut vars = Vec::new();
    for (i, info) in f.vars.iter().enumerate() {
        let i = i as u32;
        let (name, param) = if i < f.nslots {
            match i.checked_sub(hidden).and_then(|p| f.params.get(p as usize)) {
                Some(n) => (n.clone(), true),
                None => continue,
            }
        } else {
            match &info.name {
                Some(n) => (n.clone(), false),
                None => continue,
            }
        };
        vars.push(DebugVar {
            name,
            param,
            cfa_offset: i64::from(layout.slot_offset(i)) - i64::from(cfa),
        });
    }
    vars
}

/// The emitter's frame layout (`codegen::emit`'s frame comment): the argument array
/// for runtime calls at [sp, sp + area), then one word per IR var.
///
/// STAND-IN: `emit` does not export its layout yet, so this recomputes it the way
/// `emit::emit_function` does (`max_array_words`, `round_up(.., 16)`). The frame size
/// the prologue recorded is checked against it before any variable is described, so
/// a change in `emit` makes variables disappear from the debug info, never point at
/// the wrong slot. To be replaced by an accessor from `emit` (e.g.
/// `emit::frame_layout(&Function, word) -> (area, frame_bytes)`).
struct FrameLayout {
    area: u32,
    word: u32,
    frame_bytes: u32,
}

impl FrameLayout {
    fn of(f: &Function, word: u32) -> Option<FrameLayout> {
        let mut area_words = 0usize;
        for b in &f.blocks {
            for i in &b.insts {
                let n = match i {
                    Inst::CallArray { array, .. } => array.len(),
                    Inst::CallDirect { args, .. } => args.len(),
                    Inst::Unpack { dsts, .. } => dsts.len(),
                    _ => 0,
                };
                area_words = area_words.max(n);
            }
        }
        let area = u32::try_from(area_words).ok()?.checked_mul(word)?;
        let vars = u32::try_from(f.vars.len()).ok()?.checked_mul(word)?;
        let frame_bytes = area.checked_add(vars)?.div_ceil(16) * 16;
        Some(FrameLayout {
            area,
            word,
            frame_bytes,
        })
    }

    /// Offset of var `v`'s slot from the stack pointer in the body.
    fn slot_offset(&self, v: u32) -> u32 {
        self.area + v * self.word
    }
}
