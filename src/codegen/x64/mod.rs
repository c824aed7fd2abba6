//! x86-64: the encoder (`asm`) and the MacroAssembler (`masm`).

pub mod asm;
pub mod masm;

#[cfg(test)]
mod tests;
