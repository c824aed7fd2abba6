//! The annotated assembly listing of `--emit asm`: for each function, each Python
//! source line followed by the instructions generated for it, with their addresses in
//! the object's `.text` (as `objdump -d` of the `-c` object shows them), branch
//! targets as addresses and relocated operands by symbol name.
//!
//! The instruction text comes from the encoders themselves (they record it while
//! emitting, see `buffer::Notes`), so no disassembler is needed and the listing is
//! exactly what the encoder meant.

use super::buffer::Notes;
use super::Code;
use crate::ir::{Export, Function, Module};
use crate::target::Target;
use std::fmt::Write;

/// The listing of one function placed at `text_offset` in `.text`.
pub fn function(
    target: &Target,
    module: &Module,
    f: &Function,
    code: &Code,
    notes: &Notes,
    text_offset: u64,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  ({}:{}, {}, .text+{:#x}, {} bytes)",
        f.qualname,
        module.debug_path,
        f.line,
        target.triple,
        text_offset,
        code.bytes.len()
    );
    instructions(&mut out, module, code, notes, text_offset);
    out
}

/// The listing of the C entry point of an `@export` function placed at
/// `text_offset` (no source rows: it is the compiler's own code around the call of
/// the Python function).
pub fn export(
    target: &Target,
    module: &Module,
    e: &Export,
    code: &Code,
    notes: &Notes,
    text_offset: u64,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  (C entry point of {}:{} def {}, {}, .text+{:#x}, {} bytes)",
        e.c_name,
        module.debug_path,
        e.line,
        e.python,
        target.triple,
        text_offset,
        code.bytes.len()
    );
    instructions(&mut out, module, code, notes, text_offset);
    out
}

/// Each instruction of `code` at its address, after the source line it belongs to
/// whenever that changes; a blank line at the end.
fn instructions(out: &mut String, module: &Module, code: &Code, notes: &Notes, text_offset: u64) {
    let source: Vec<&str> = module.source.lines().collect();
    let mut rows = code.lines.iter().peekable();
    let mut line = None;
    for insn in &notes.insns {
        // The row in force at this instruction: the last one at or before it.
        while let Some(&&(offset, l)) = rows.peek() {
            if offset > insn.offset {
                break;
            }
            rows.next();
            if line != Some(l) {
                line = Some(l);
                let text = source
                    .get(l.saturating_sub(1) as usize)
                    .map_or("", |s| s.trim_end());
                let _ = writeln!(out, "  ; {l}: {text}");
            }
        }
        let addr = text_offset + u64::from(insn.offset);
        let _ = write!(out, "    {addr:6x}:  {}", insn.text);
        if let Some(t) = insn.target {
            let _ = write!(out, " {:#x}", text_offset + u64::from(t));
        }
        out.push('\n');
    }
    out.push('\n');
}
