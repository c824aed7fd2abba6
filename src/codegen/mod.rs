//! Machine code generation: the shared code buffer and emitter interface, the shared
//! lowering of IR onto it, one folder per ISA (encoder + emitter), and what debuggers
//! and listings need beside the code (`debug`, `listing`).

pub mod buffer;
pub mod cabi;
pub mod debug;
pub mod frame;
pub mod listing;
pub mod masm;
pub mod slotcache;
pub mod thumb;
pub mod x64;

pub mod emit;
#[cfg(test)]
pub mod testutil;

use crate::ir::{Function, Module};
use crate::target::{Isa, Target};
use buffer::{FrameConvention, Notes, NotesHandle, Reloc};
use masm::{MacroAssembler, Reg};

/// Machine code of one function with its relocations and line table.
#[derive(Clone, Debug, Default)]
pub struct Code {
    /// The machine code.
    pub bytes: Vec<u8>,
    /// Relocations, at offsets into `bytes`.
    pub relocs: Vec<Reloc>,
    /// `(offset, line)` where each statement's code starts, in code order; the first
    /// entry is the function's own line at offset 0.
    pub lines: Vec<(u32, u32)>,
    /// Offset where the prologue ends (DWARF's prologue_end, gdb's breakpoint spot).
    pub prologue_end: u32,
    /// Where each IR var's slot lies from the stack pointer in the body (none for
    /// vars with no slot), for code compiled from an IR function; empty otherwise.
    pub var_slots: Vec<Option<u32>>,
    /// The function's position table: the position id (`ir::POS_MARKED`) of each
    /// index its error paths pass to `pyaot_traceback_add`.
    pub positions: Vec<u32>,
    /// The position tables of its inlined frames (`ir::Function::frames`).
    pub frame_positions: Vec<Vec<u32>>,
}

/// Compiles one IR function for `target`.
pub fn compile_function(target: &Target, module: &Module, f: &Function) -> Result<Code, String> {
    match target.isa {
        Isa::X64 => emit::emit_function(x64::masm::X64Masm::new(), module, f),
        Isa::Thumb => emit::emit_function(
            thumb::masm::ThumbMasm::new().with_hard_float(target.hard_float),
            module,
            f,
        ),
    }
}

/// Compiles one IR function like [`compile_function`] (the same bytes) and returns
/// what its compile noted: frame changes, and the text of every instruction when
/// `text` (for listings).
pub fn compile_function_noted(
    target: &Target,
    module: &Module,
    f: &Function,
    text: bool,
) -> Result<(Code, Notes), String> {
    let notes = NotesHandle::default();
    let code = match target.isa {
        Isa::X64 => emit::emit_function(
            x64::masm::X64Masm::recording(notes.clone(), text),
            module,
            f,
        ),
        Isa::Thumb => emit::emit_function(
            thumb::masm::ThumbMasm::recording(notes.clone(), text)
                .with_hard_float(target.hard_float),
            module,
            f,
        ),
    }?;
    Ok((code, notes.take()))
}

/// Compiles the C entry point of an exported function for `target`.
pub fn compile_export(
    target: &Target,
    module: &Module,
    export: &crate::ir::Export,
) -> Result<Code, String> {
    match target.isa {
        Isa::X64 => cabi::emit_export(x64::masm::X64Masm::new(), module, export),
        Isa::Thumb => cabi::emit_export(
            thumb::masm::ThumbMasm::new().with_hard_float(target.hard_float),
            module,
            export,
        ),
    }
}

/// [`compile_export`] with notes, as [`compile_function_noted`].
pub fn compile_export_noted(
    target: &Target,
    module: &Module,
    export: &crate::ir::Export,
    text: bool,
) -> Result<(Code, Notes), String> {
    let notes = NotesHandle::default();
    let code = match target.isa {
        Isa::X64 => cabi::emit_export(
            x64::masm::X64Masm::recording(notes.clone(), text),
            module,
            export,
        ),
        Isa::Thumb => cabi::emit_export(
            thumb::masm::ThumbMasm::recording(notes.clone(), text)
                .with_hard_float(target.hard_float),
            module,
            export,
        ),
    }?;
    Ok((code, notes.take()))
}

/// How every function of `target` starts, for call frame information.
pub fn frame_convention(target: &Target) -> FrameConvention {
    match target.isa {
        Isa::X64 => x64::masm::FRAME_CONVENTION,
        Isa::Thumb => thumb::masm::FRAME_CONVENTION,
    }
}

/// The C `main(argc, argv)` of an executable: `return pyaot_main(argc, argv, init)`.
pub fn compile_entry(target: &Target, init_symbol: &str) -> Result<Code, String> {
    match target.isa {
        Isa::X64 => entry(x64::masm::X64Masm::new(), init_symbol),
        Isa::Thumb => entry(
            thumb::masm::ThumbMasm::new().with_hard_float(target.hard_float),
            init_symbol,
        ),
    }
}

/// Emits the C entry through `m`.
fn entry<M: MacroAssembler>(mut m: M, init: &str) -> Result<Code, String> {
    m.prologue(0);
    m.symbol_address(Reg::Arg(2), init);
    m.call_symbol(pyaot_abi::sym::MAIN);
    m.epilogue();
    let (bytes, relocs) = m.finish()?;
    Ok(Code {
        bytes,
        relocs,
        lines: Vec::new(),
        prologue_end: 0,
        var_slots: Vec::new(),
        positions: Vec::new(),
        frame_positions: Vec::new(),
    })
}

/// [`compile_entry`] with notes, as [`compile_function_noted`].
pub fn compile_entry_noted(
    target: &Target,
    init_symbol: &str,
    text: bool,
) -> Result<(Code, Notes), String> {
    let notes = NotesHandle::default();
    let code = match target.isa {
        Isa::X64 => entry(
            x64::masm::X64Masm::recording(notes.clone(), text),
            init_symbol,
        ),
        Isa::Thumb => entry(
            thumb::masm::ThumbMasm::recording(notes.clone(), text)
                .with_hard_float(target.hard_float),
            init_symbol,
        ),
    }?;
    Ok((code, notes.take()))
}
