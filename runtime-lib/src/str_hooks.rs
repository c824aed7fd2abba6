//! Linking str's Unicode-table methods only into programs that name them.
//!
//! Method calls are dispatched by name at run time, so a plain call from the
//! dispatch to `upper` would link the case tables into every program that calls any
//! method (a `list.append` would cost kilobytes of Cortex-M flash). Instead each
//! such method is reached through a hook: a word `pyaot_strhook_<name>` holding the
//! address of its implementation `pyaot_str_<name>` (`pyaot_abi::STR_UNICODE_METHODS`).
//! The compiler defines the hook (weak, so several objects may) in a program
//! that has the method's name among its str constants; the runtime only refers to
//! it weakly, from the table below, so without a definition the table holds 0 and
//! neither the implementation nor its tables are linked.

use crate::exc;
use crate::object::Obj;
use crate::weak_table::{same, weak_word_table};

// `pyaot_str_hooks`: one word per method, the address of its hook
// `pyaot_strhook_<name>` or 0.
macro_rules! hook_table {
    ($($name:literal),*) => {
        weak_word_table!("pyaot_str_hooks", $(concat!("pyaot_strhook_", $name)),*);
        /// The hooked methods' names.
        const NAMES: &[&str] = &[$($name),*];
    };
}
// The methods behind hooks (`pyaot_abi::STR_UNICODE_METHODS`'s order).
hook_table! {
    "upper",
    "lower",
    "casefold",
    "capitalize",
    "title",
    "swapcase",
    "isalpha",
    "isalnum",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isprintable",
    "isidentifier",
    "islower",
    "isupper",
    "istitle"
}

/// What a hook points to: the method of a str object, without arguments.
type Impl = extern "C" fn(Obj) -> Obj;

extern "C" {
    static pyaot_str_hooks: [*const Impl; NAMES.len()];
}

// The list above is the ABI's list, in the same order.
const _: () = {
    let abi = pyaot_abi::STR_UNICODE_METHODS;
    assert!(abi.len() == NAMES.len());
    let mut i = 0;
    while i < NAMES.len() {
        assert!(same(abi[i].0, NAMES[i]));
        i += 1;
    }
};

/// The position of method `name` among the hooked ones, if it is one.
pub fn index(name: &str) -> Option<usize> {
    NAMES.iter().position(|&n| n == name)
}

/// Calls hooked method number `i` (from `index`) of str `s`, which the caller
/// checked has no arguments.
pub fn call(s: Obj, i: usize) -> Obj {
    // SAFETY: the table is `NAMES.len()` words, each 0 or a hook's address; a hook
    // holds the address of a function of type `Impl`.
    let hook = unsafe { core::ptr::read_volatile(&pyaot_str_hooks[i]) };
    if hook.is_null() {
        // The compiler defines the hook of every method name a program spells, so
        // only a name made at run time (from C) can get here.
        return exc::runtime_error(format_args!(
            "str.{}() is not linked into this program (its name never appears in the Python source)",
            NAMES[i]
        ));
    }
    // SAFETY: as above.
    unsafe { (*hook)(s) }
}
