//! The pyaot runtime: everything compiled Python code calls, `#![no_std]`, built as
//! `libpyaot_rt.a` once per target.
//!
//! Layers, bottom up:
//! - `port`: platform services (write bytes, exit, time, heap memory), `unix` on the
//!   host (libc) and `baremetal` on Cortex-M (UART + semihosting on mps2-an386);
//! - `heap`: object allocation;
//! - `entry`: `pyaot_main`, the stack limit, the bare-metal reset handler;
//! - the object model: `object` (headers, type objects, singletons), one file per type,
//!   `ops` (operators), `builtins`, `exc` (exceptions and tracebacks).
#![no_std]

pub mod port;
pub mod heap;
pub mod entry;

pub mod object;
pub mod exc;
pub mod int;
pub mod float;
pub mod str;
pub mod tuple;
pub mod list;
pub mod dict;
pub mod range;
pub mod func;
pub mod ops;
pub mod subscript;
pub mod builtins;
pub mod print;
pub mod fmt;
