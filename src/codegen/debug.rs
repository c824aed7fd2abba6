//! What a debugger needs to know of a compiled function, beyond its bytes: its line
//! rows, its frame changes and where its parameters and named locals live. Turns
//! the IR function, its [`Code`] and the [`Notes`] its compile recorded into the
//! DWARF-neutral description `obj::dwarf` writes.

use super::buffer::Notes;
use super::Code;
use crate::ir::Function;
use crate::obj::dwarf::{DebugFunction, DebugVar};

/// Describes one compiled function placed at `text_offset` in `.text`. Variables are
/// described where the emitter placed their slots (`Code::var_slots`).
pub fn describe(f: &Function, code: &Code, notes: &Notes, text_offset: u64) -> DebugFunction {
    DebugFunction {
        name: f.qualname.clone(),
        text_offset,
        size: code.bytes.len() as u32,
        decl_line: f.line,
        lines: code.lines.clone(),
        prologue_end: breakpoint_offset(code),
        frame: notes.frame.clone(),
        vars: variables(f, code, notes),
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
fn variables(f: &Function, code: &Code, notes: &Notes) -> Vec<DebugVar> {
    let Some(cfa) = notes.body_cfa_offset else {
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
        let Some(&Some(slot)) = code.var_slots.get(i as usize) else {
            continue;
        };
        vars.push(DebugVar {
            name,
            param,
            cfa_offset: i64::from(slot) - i64::from(cfa),
        });
    }
    vars
}
