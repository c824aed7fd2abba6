//! The pyaot runtime: everything compiled Python code calls, `#![no_std]`, built as
//! `libpyaot_rt.a` once per target.
//!
//! Layers, bottom up:
//! - `port`: platform services (write bytes, exit, time, heap memory), `unix` on the
//!   host (libc) and `baremetal` on Cortex-M (UART + semihosting on mps2-an386);
//! - `heap`: object allocation;
//! - `entry`: `pyaot_main`, the stack limit and recursion depth (the bare-metal
//!   vector table and reset handler are in `port::startup`);
//! - the object model: `object` (headers, type objects, singletons), one file per type,
//!   `ops` (operators), `builtins`, `exc` (exceptions and tracebacks);
//! - `gen`: generators, each running its body on a stack of its own.
#![no_std]
// `Result<_, ()>` is the runtime's "an exception is pending" convention: the
// error value lives in the thread state, not in the Err.
#![allow(clippy::result_unit_err)]

pub mod entry;
pub mod gc;
pub mod heap;
pub mod port;

pub mod bigint;
pub mod builtins;
pub mod builtins_kw;
pub mod bytearray;
pub mod bytebuf;
pub mod bytes;
pub mod bytes_args;
pub mod bytes_ascii;
pub mod bytes_methods;
pub mod bytesformat;
pub mod call;
pub mod calliter;
pub mod capi;
pub mod cffi;
pub mod class;
pub mod classns;
pub mod codecs;
pub mod dict;
pub mod dir_tables;
pub mod exc;
pub mod exc_chain;
pub mod exc_pos;
pub mod exc_types;
pub mod fileio;
pub mod fileio_bin;
pub mod fileio_buf;
pub mod float;
pub mod float_fmt;
pub mod fmt;
pub mod format;
pub mod func;
pub mod gen;
pub mod hooks;
pub mod hyperbolic;
pub mod int;
pub mod intbytes;
pub mod introspect;
pub mod iterbuiltins;
pub mod list;
pub mod list_reviter;
pub mod matching;
pub mod mathmod;
pub mod mathnorm;
pub mod methods;
pub mod modns;
pub mod modules;
pub mod num_builtins;
pub mod num_methods;
pub mod numtext;
pub mod object;
pub mod ops;
pub mod print;
pub mod property;
pub mod qualname;
pub mod randmod;
pub mod randseed;
pub mod range;
pub mod range_big;
pub mod round;
pub mod set;
pub mod sha512;
pub mod slice;
pub mod slice_obj;
pub mod stdin;
pub mod str;
pub mod str_args;
pub mod str_builder;
pub mod str_case;
pub mod str_groups;
pub mod str_hooks;
pub mod str_methods;
pub mod str_pad;
pub mod str_predicates;
pub mod str_search;
pub mod str_split;
pub mod str_translate;
pub mod strformat;
pub mod structfmt;
pub mod structmod;
pub mod subclass;
pub mod subscript;
pub mod sysmod;
pub mod timemod;
pub mod tuple;
pub mod typeext;
pub mod types;
pub mod unicode;
pub mod unicode_tables;
pub mod weak_table;
pub mod with_enter;
