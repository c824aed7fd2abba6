//! Machine code generation: the shared code buffer and emitter interface, the shared
//! lowering of IR onto it, and one folder per ISA (encoder + emitter).

pub mod buffer;
pub mod masm;
pub mod thumb;
pub mod x64;

#[cfg(test)]
pub mod testutil;
