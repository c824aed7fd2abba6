//! Thumb-2: the encoder (`asm`) and the MacroAssembler (`masm`).

pub mod asm;
pub mod masm;

#[cfg(test)]
mod tests;
