//! Code at the C boundary, shared by both ISAs over the [`MacroAssembler`]: the C
//! entry point of an `@export` function, and what a C value's kind is. (The calls of
//! `@extern` functions are IR instructions, emitted by `codegen::emit`.)
//!
//! A C value passes through an 8-byte cell in the frame (`pyaot_abi::CType`): the
//! ISA's masm moves it between its calling-convention location and the cell, the
//! runtime converts between the cell and a Python object.
//!
//! Frame of an export entry (offsets from the stack pointer):
//! ```text
//!   [0, 8 * n)                 argument array of the Python entry (when n > 4)
//!   [cells, cells + 8(n + 1))  one cell per argument, then the result's
//!   [objs, objs + word * n)    the arguments as Python objects
//! ```

use super::masm::{CKind, CLoc, Cond, MacroAssembler, Reg};
use crate::ir::{CType, Export, Module};
use pyaot_abi::{RtFn, CELL_BYTES};

/// How the C calling convention classifies a value of type `t` on a target whose
/// words have `word_bytes` bytes (None for `void`).
pub fn kind(t: CType, word_bytes: u32) -> Option<CKind> {
    Some(match t {
        CType::Void => return None,
        CType::F32 => CKind::F32,
        CType::F64 => CKind::F64,
        CType::I64 | CType::U64 if word_bytes == 4 => CKind::DWord,
        _ => CKind::Word,
    })
}

/// The calling-convention kinds of the C values that parameters of types `params`
/// become, in order: `bytes` is two words (pointer, length), the others one value.
pub fn param_kinds(params: &[CType], word_bytes: u32) -> Vec<CKind> {
    let mut v = Vec::new();
    for t in params {
        if *t == CType::Bytes {
            v.extend([CKind::Word, CKind::Word]);
        } else if let Some(k) = kind(*t, word_bytes) {
            v.push(k);
        }
    }
    v
}

/// The index of the first cell (and C value) of each parameter: a C value per cell,
/// so a `bytes` parameter's pointer and length are consecutive cells. The last item
/// is the number of cells the parameters take (the result's cell).
pub fn first_cells(params: &[CType]) -> Vec<u32> {
    let mut v = Vec::with_capacity(params.len() + 1);
    let mut at = 0;
    for t in params {
        v.push(at);
        at += t.c_values();
    }
    v.push(at);
    v
}

/// The bits of the value an export returns to C when the Python function raised:
/// -1 for signed integers, the largest value for unsigned ones (-1 converted: the
/// AAPCS caller relies on a `uint8_t` result being zero-extended), -1.0 for floats,
/// false for bool, NULL for pointers and handles.
pub fn failure_bits(t: CType) -> u64 {
    match t {
        CType::F64 => (-1.0f64).to_bits(),
        CType::F32 => (-1.0f32).to_bits() as u64,
        CType::Bool | CType::Str | CType::Obj | CType::Void | CType::Bytes => 0,
        CType::U8 => 0xff,
        CType::U16 => 0xffff,
        CType::U32 => 0xffff_ffff,
        _ => u64::MAX,
    }
}

/// Stores the 8-byte constant `bits` into the cell at `cell`, through `Reg::Tmp(0)`.
pub fn store_cell_const<M: MacroAssembler>(m: &mut M, cell: u32, bits: u64) {
    let t = Reg::Tmp(0);
    if m.word_bytes() == 8 {
        m.mov_imm(t, bits as i64);
        m.store_slot(t, cell);
    } else {
        m.mov_imm(t, bits as u32 as i64);
        m.store_slot(t, cell);
        m.mov_imm(t, (bits >> 32) as i64);
        m.store_slot(t, cell + 4);
    }
}

/// Emits the C entry point of an exported function: the arguments from C values to
/// Python objects, a call of the Python function's fast entry, its result back to a
/// C value; on an exception, the failure value with the exception left pending.
pub fn emit_export<M: MacroAssembler>(
    mut m: M,
    module: &Module,
    export: &Export,
) -> Result<super::Code, String> {
    let word = m.word_bytes();
    let f = &module.functions[export.func as usize];
    let params = &export.sig.params;
    let n = params.len() as u32;
    if f.nslots != n {
        return Err(format!(
            "exported function takes {} slots for {n} C parameters",
            f.nslots
        ));
    }
    let array = if n as usize > pyaot_abi::MAX_REG_ARGS {
        n * word
    } else {
        0
    };
    let cells = array.next_multiple_of(CELL_BYTES);
    let cell = |i: u32| cells + i * CELL_BYTES;
    // Cell of each parameter's first C value; the result's cell after them.
    let firsts = first_cells(params);
    let ncells = firsts[n as usize];
    let objs = cell(ncells + 1);
    let obj = |i: u32| objs + i * word;
    let frame = (objs + n * word).next_multiple_of(16);
    let kinds = param_kinds(params, word);
    let layout = m.c_layout(&kinds);

    m.prologue(frame);
    let prologue_end = m.offset();
    // The argument registers are live only until the first call.
    for (i, (k, loc)) in kinds.iter().zip(&layout.params).enumerate() {
        m.c_arg_to_cell(*k, *loc, cell(i as u32));
    }
    let fail = m.new_label();
    // The C caller then finds only this call's exception pending.
    m.call_symbol(RtFn::ErrClear.symbol());
    for (i, t) in params.iter().enumerate() {
        m.mov_imm(Reg::Arg(0), *t as i64);
        m.slot_address(Reg::Arg(1), cell(firsts[i]));
        let i = i as u32;
        m.call_symbol(RtFn::CffiBox.symbol());
        m.branch_cmp_imm(Cond::Eq, Reg::Ret, 0, fail);
        m.store_slot(Reg::Ret, obj(i));
    }
    if n as usize <= pyaot_abi::MAX_REG_ARGS {
        for i in 0..n {
            m.load_slot(Reg::Arg(i as u8), obj(i));
        }
    } else {
        let t = Reg::Tmp(0);
        for i in 0..n {
            m.load_slot(t, obj(i));
            m.store_slot(t, i * word);
        }
        m.slot_address(Reg::Arg(0), 0);
    }
    m.call_symbol(&f.symbol);
    m.branch_cmp_imm(Cond::Eq, Reg::Ret, 0, fail);
    let ret = export.sig.ret;
    let done = m.new_label();
    if let Some(k) = kind(ret, word) {
        m.mov(Reg::Arg(1), Reg::Ret);
        m.mov_imm(Reg::Arg(0), ret as i64);
        m.slot_address(Reg::Arg(2), cell(ncells));
        m.call_symbol(RtFn::CffiUnbox.symbol());
        m.branch_cmp_imm(Cond::Eq, Reg::Ret, 0, fail);
        m.bind(done);
        m.c_cell_to_result(k, cell(ncells));
    } else {
        m.bind(done);
    }
    m.epilogue();
    // An exception: the failure value, the exception stays pending for C.
    m.bind(fail);
    if kind(ret, word).is_some() {
        store_cell_const(&mut m, cell(ncells), failure_bits(ret));
    }
    m.jump(done);
    let (bytes, relocs) = m.finish()?;
    Ok(super::Code {
        bytes,
        relocs,
        lines: Vec::new(),
        prologue_end,
        var_slots: Vec::new(),
        positions: Vec::new(),
        frame_positions: Vec::new(),
    })
}

/// Where the stack arguments of a call with this layout go, and the cell of each
/// value: (kind, cell index, location), stack locations first (see
/// [`MacroAssembler::c_cell_to_arg`]).
pub fn outgoing_order(kinds: &[CKind], locs: &[CLoc]) -> Vec<(CKind, u32, CLoc)> {
    let mut v: Vec<(CKind, u32, CLoc)> = kinds
        .iter()
        .zip(locs)
        .enumerate()
        .map(|(i, (k, l))| (*k, i as u32, *l))
        .collect();
    v.sort_by_key(|(_, _, l)| !matches!(l, CLoc::Stack(_)));
    v
}
