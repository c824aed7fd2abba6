//! pyaot: an ahead-of-time compiler from Python 3 to native code.
//!
//! The pipeline, one module per stage: `front` (parse, scopes, subset check) →
//! `ir` (typed IR and lowering) → `codegen` (shared lowering over the ISA emitters)
//! → `obj` (ELF objects) → `link` (the system linker), driven by `driver`.

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod front;
pub mod header;
pub mod ir;
pub mod link;
pub mod obj;
pub mod target;
