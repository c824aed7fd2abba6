//! Linking str's methods group by group, only into programs that spell a name of the
//! group (`pyaot_abi::STR_METHOD_GROUPS`).
//!
//! `str_methods::method_kw` dispatches by name at run time; calling each method
//! from there would link every one of them (splitting, searching, padding,
//! translating: some 30 KiB of Cortex-M flash) into any program that calls any
//! method, a `list.append` included. Each group is reached instead through a hook,
//! a word the compiler defines (weak, holding the address of the group's function
//! below) when some module has one of the group's names among its str constants;
//! the runtime refers to the hooks weakly, from the table below, as `str_hooks`
//! does for the Unicode-table methods.

use crate::exc;
use crate::object::Obj;
use crate::str_args::Res;
use crate::weak_table::weak_word_table;
use crate::{str_pad, str_search, str_split, str_translate};

// `pyaot_str_group_hooks`: one word per group, the address of its hook or 0.
macro_rules! hook_table {
    ($($hook:literal),*) => {
        weak_word_table!("pyaot_str_group_hooks", $($hook),*);
        /// The groups' hook symbols, in table order.
        const HOOKS: &[&str] = &[$($hook),*];
    };
}
// `pyaot_abi::STR_METHOD_GROUPS`'s order.
hook_table! {
    "pyaot_strhook_split",
    "pyaot_strhook_join",
    "pyaot_strhook_strip",
    "pyaot_strhook_find",
    "pyaot_strhook_affix",
    "pyaot_strhook_replace",
    "pyaot_strhook_pad",
    "pyaot_strhook_translate"
}

/// What a hook points to: the group's methods of str `s` (0 for the static
/// `maketrans`), dispatched by `name`. Rust's ABI: only this crate calls them.
type Group = fn(s: Obj, name: &str, args: &[Obj], kw: &[Obj], kwvals: &[Obj]) -> Res<Obj>;

extern "C" {
    static pyaot_str_group_hooks: [*const usize; HOOKS.len()];
}

// The table is the ABI's, in the same order.
const _: () = {
    let abi = pyaot_abi::STR_METHOD_GROUPS;
    assert!(abi.len() == HOOKS.len());
    let mut i = 0;
    while i < HOOKS.len() {
        assert!(crate::weak_table::same(abi[i].1, HOOKS[i]));
        i += 1;
    }
};

/// The group of method `name`, if a hooked group has it.
fn group_of(name: &str) -> Option<usize> {
    pyaot_abi::STR_METHOD_GROUPS
        .iter()
        .position(|(names, _, _)| names.contains(&name))
}

/// `s.name(*args, **kw)` for a method of a hooked group; None when no group has
/// `name`. The caller checked that only methods taking keywords get any.
pub fn call(s: Obj, name: &str, args: &[Obj], kw: &[Obj], kwvals: &[Obj]) -> Option<Res<Obj>> {
    let i = group_of(name)?;
    // SAFETY: the table is `HOOKS.len()` words, each 0 or a hook's address; a hook
    // holds the address of a function of type `Group`.
    let hook = unsafe { core::ptr::read_volatile(&pyaot_str_group_hooks[i]) };
    if hook.is_null() {
        // The compiler defines the hook of every group whose name a program spells,
        // so only a name made at run time (from C) can get here.
        exc::runtime_error(format_args!(
            "str.{name}() is not linked into this program (its name never appears in the Python source)"
        ));
        return Some(Err(()));
    }
    // SAFETY: as above.
    let f = unsafe { core::mem::transmute::<usize, Group>(*hook) };
    Some(f(s, name, args, kw, kwvals))
}

/// split, rsplit, splitlines.
#[no_mangle]
pub fn pyaot_str_split_methods(s: Obj, name: &str, a: &[Obj], kw: &[Obj], kv: &[Obj]) -> Res<Obj> {
    match name {
        "split" => str_split::split(s, a, kw, kv),
        "rsplit" => str_split::rsplit(s, a, kw, kv),
        _ => str_split::splitlines(s, a, kw, kv),
    }
}

/// join.
#[no_mangle]
pub fn pyaot_str_join_method(s: Obj, _: &str, a: &[Obj], _: &[Obj], _: &[Obj]) -> Res<Obj> {
    str_split::join(s, a)
}

/// strip, lstrip, rstrip.
#[no_mangle]
pub fn pyaot_str_strip_methods(s: Obj, name: &str, a: &[Obj], _: &[Obj], _: &[Obj]) -> Res<Obj> {
    str_split::strip(s, name, a)
}

/// find, rfind, index, rindex, count.
#[no_mangle]
pub fn pyaot_str_find_methods(s: Obj, name: &str, a: &[Obj], _: &[Obj], _: &[Obj]) -> Res<Obj> {
    match name {
        "count" => str_search::count_method(s, a),
        _ => str_search::find_method(s, name, a),
    }
}

/// startswith, endswith, removeprefix, removesuffix.
#[no_mangle]
pub fn pyaot_str_affix_methods(s: Obj, name: &str, a: &[Obj], _: &[Obj], _: &[Obj]) -> Res<Obj> {
    match name {
        "startswith" | "endswith" => str_search::starts_ends(s, name, a),
        _ => str_search::remove_affix(s, name, a),
    }
}

/// replace, partition, rpartition.
#[no_mangle]
pub fn pyaot_str_replace_methods(s: Obj, name: &str, a: &[Obj], _: &[Obj], _: &[Obj]) -> Res<Obj> {
    match name {
        "replace" => str_search::replace(s, a),
        _ => str_search::partition(s, name, a),
    }
}

/// center, ljust, rjust, zfill, expandtabs.
#[no_mangle]
pub fn pyaot_str_pad_methods(s: Obj, name: &str, a: &[Obj], kw: &[Obj], kv: &[Obj]) -> Res<Obj> {
    match name {
        "zfill" => str_pad::zfill(s, a),
        "expandtabs" => str_pad::expandtabs(s, a, kw, kv),
        _ => str_pad::justify(s, name, a),
    }
}

/// translate, and the static maketrans (`s` 0).
#[no_mangle]
pub fn pyaot_str_translate_methods(
    s: Obj,
    name: &str,
    a: &[Obj],
    _: &[Obj],
    _: &[Obj],
) -> Res<Obj> {
    match name {
        "maketrans" => str_translate::maketrans(a),
        _ => str_translate::translate(s, a),
    }
}
