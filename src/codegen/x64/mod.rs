//! x86-64: the encoder (`asm`), the MacroAssembler (`masm`) and the C calling
//! convention (`abi`).

pub mod abi;
pub mod asm;
pub mod masm;

#[cfg(test)]
mod tests;
