//! Runtime code linked only into programs that can reach it, through hooks the
//! compiler defines (`pyaot_abi::GENERATOR_HOOK`, `pyaot_abi::BUILTIN_KW_HOOKS`).
//!
//! (`pyaot_abi::STR_FORMAT_HOOKS` and `pyaot_abi::CLASS_KW_HOOKS` too.)
//!
//! `pyaot_call` and `pyaot_call_kw` serve every program, so naming generators or the
//! keyword entries of `round`, `sum`, `open` from them would link generators, float
//! and big-int arithmetic and file I/O into any program that calls a function
//! through a value. Instead each is reached through a hook: a word the compiler
//! defines (weak, holding the implementation's address) only in a program that
//! needs it. The runtime refers to the hooks weakly, from the table below (as
//! `str_hooks` does for str's Unicode-table methods), so without a definition the
//! table holds 0 and nothing is linked.

use crate::object::Obj;
use crate::weak_table::{same, weak_word_table};

// `pyaot_hooks`: one word per hook, its address or 0.
macro_rules! hook_table {
    ($($name:literal),*) => {
        weak_word_table!("pyaot_hooks", $($name),*);
        /// The hooks' symbols, in table order.
        const NAMES: &[&str] = &[$($name),*];
    };
}
// The generator hook, then each builtin's positional and keyword hooks
// (`pyaot_abi::BUILTIN_KW_HOOKS`'s order).
hook_table! {
    "pyaot_hook_gen_new",
    "pyaot_hook_pos_open", "pyaot_hook_kw_open",
    "pyaot_hook_pos_min", "pyaot_hook_kw_min",
    "pyaot_hook_pos_max", "pyaot_hook_kw_max",
    "pyaot_hook_pos_sum", "pyaot_hook_kw_sum",
    "pyaot_hook_pos_round", "pyaot_hook_kw_round",
    "pyaot_hook_pos_pow", "pyaot_hook_kw_pow",
    "pyaot_hook_pos_zip", "pyaot_hook_kw_zip",
    "pyaot_hook_pos_sorted", "pyaot_hook_kw_sorted",
    "pyaot_hook_pos_enumerate", "pyaot_hook_kw_enumerate",
    "pyaot_hook_str_format", "pyaot_hook_str_format_map",
    "pyaot_hook_class_kw_int", "pyaot_hook_class_kw_str", "pyaot_hook_class_kw_dict",
    "pyaot_hook_class_kw_property", "pyaot_hook_class_kw_enumerate", "pyaot_hook_class_kw_zip",
    "pyaot_hook_class_int", "pyaot_hook_class_range", "pyaot_hook_class_float",
    "pyaot_hook_float_methods", "pyaot_hook_int_methods", "pyaot_hook_tuple_methods",
    "pyaot_hook_range_methods", "pyaot_hook_slice_methods",
    "pyaot_hook_view_mapping", "pyaot_hook_dict_view_sets",
    "pyaot_hook_subclass_base",
    "pyaot_hook_random_seed_text"
}

extern "C" {
    static pyaot_hooks: [*const usize; NAMES.len()];
}

// The table is the ABI's hooks, in the same order.
const _: () = {
    let kw = pyaot_abi::BUILTIN_KW_HOOKS;
    let fmt = pyaot_abi::STR_FORMAT_HOOKS;
    let class = pyaot_abi::CLASS_KW_HOOKS;
    let pos = pyaot_abi::CLASS_HOOKS;
    let methods = pyaot_abi::METHOD_HOOKS;
    assert!(NAMES.len() == RANDOM_SEED + 1);
    assert!(same(NAMES[SUBCLASS], pyaot_abi::SUBCLASS_HOOK.0));
    assert!(same(NAMES[RANDOM_SEED], pyaot_abi::RANDOM_SEED_HOOK.1));
    let mut m = 0;
    while m < methods.len() {
        assert!(same(NAMES[METHODS + m], methods[m].1));
        m += 1;
    }
    let mut p = 0;
    while p < pos.len() {
        assert!(same(NAMES[CLASS + p], pos[p].1));
        p += 1;
    }
    let mut c = 0;
    while c < class.len() {
        assert!(same(NAMES[CLASS_KW + c], class[c].1));
        c += 1;
    }
    assert!(same(NAMES[FORMAT], fmt[0].1));
    assert!(same(NAMES[FORMAT + 1], fmt[1].1));
    assert!(same(NAMES[0], pyaot_abi::GENERATOR_HOOK.0));
    let mut i = 0;
    while i < kw.len() {
        assert!(same(NAMES[1 + 2 * i], kw[i].1));
        assert!(same(NAMES[2 + 2 * i], kw[i].2));
        i += 1;
    }
};

/// The index of the first str formatting hook.
const FORMAT: usize = 1 + 2 * pyaot_abi::BUILTIN_KW_HOOKS.len();

/// The index of the first class keyword-constructor hook.
const CLASS_KW: usize = FORMAT + pyaot_abi::STR_FORMAT_HOOKS.len();

/// The index of the first class constructor hook.
const CLASS: usize = CLASS_KW + pyaot_abi::CLASS_KW_HOOKS.len();

/// The index of the first method hook.
const METHODS: usize = CLASS + pyaot_abi::CLASS_HOOKS.len();

/// The index of the subclassing hook (`pyaot_abi::SUBCLASS_HOOK`).
const SUBCLASS: usize = METHODS + pyaot_abi::METHOD_HOOKS.len();

/// What classes extending built-in type `t` need (src/subclass.rs), when the
/// program can define such a class; None when `t` cannot be extended or the
/// program never names `dict`, `list` or `type` as a value.
pub fn subclass_base(
    t: &'static crate::object::TypeObject,
) -> Option<&'static crate::subclass::Base> {
    type F = extern "C" fn(&'static crate::object::TypeObject) -> *const crate::subclass::Base;
    match read(SUBCLASS) {
        0 => None,
        f => {
            // SAFETY: the hook holds `pyaot_subclass_base_for`'s address, of type `F`.
            let base = unsafe { core::mem::transmute::<usize, F>(f) }(t);
            // SAFETY: null or one of the static Bases.
            unsafe { base.as_ref() }
        }
    }
}

/// The index of the hook of `random.seed` with a str or bytes.
const RANDOM_SEED: usize = SUBCLASS + 1;

/// The address hook number `i` holds, or 0 when the program does not define it.
fn read(i: usize) -> usize {
    // SAFETY: the table is `NAMES.len()` words, each 0 or a hook's address; a hook is
    // one word holding an implementation's address.
    unsafe {
        let hook = core::ptr::read_volatile(&pyaot_hooks[i]);
        if hook.is_null() {
            0
        } else {
            *hook
        }
    }
}

/// What the generator hook points to (`pyaot_gen_new`).
type GenNew = extern "C" fn(Obj, *const Obj, usize) -> Obj;

/// A generator for a call of generator function `func` with its slots bound; None
/// when the program defines no generator function (so none can be called).
pub fn gen_new(func: Obj, slots: &[Obj]) -> Option<Obj> {
    match read(0) {
        0 => None,
        // SAFETY: the hook holds `pyaot_gen_new`'s address, of type `GenNew`.
        f => Some(unsafe { core::mem::transmute::<usize, GenNew>(f) }(
            func,
            slots.as_ptr(),
            slots.len(),
        )),
    }
}

/// The keyword entry of the builtin whose positional entry is at address `entry`,
/// when the program uses that builtin as a value (else it cannot be called here).
pub fn builtin_kw(entry: usize) -> Option<crate::builtins_kw::KwFn> {
    (0..pyaot_abi::BUILTIN_KW_HOOKS.len())
        .find(|&i| read(1 + 2 * i) == entry)
        .map(|i| read(2 + 2 * i))
        .filter(|&kw| kw != 0)
        // SAFETY: a keyword hook holds the address of a `KwFn` entry.
        .map(|kw| unsafe { core::mem::transmute::<usize, crate::builtins_kw::KwFn>(kw) })
}

/// Raised when a hooked part of the runtime is called in a program that does not
/// define its hook: only a name made at run time (from C) can get here, since the
/// compiler defines the hook of every method name a program spells.
fn not_linked(what: &str) -> Obj {
    crate::exc::runtime_error(format_args!(
        "{what} is not linked into this program (its name never appears in the Python source)"
    ))
}

/// `s.format(*pos, **kw)` through its hook.
pub fn str_format(s: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    type F = extern "C" fn(Obj, *const Obj, usize, Obj, *const Obj) -> Obj;
    match read(FORMAT) {
        0 => not_linked("str.format()"),
        f => {
            // SAFETY: the hook holds `pyaot_str_format`'s address, of type `F`.
            let f = unsafe { core::mem::transmute::<usize, F>(f) };
            f(s, pos.as_ptr(), pos.len(), kwnames, kwvals.as_ptr())
        }
    }
}

/// `s.format_map(mapping)` through its hook.
pub fn str_format_map(s: Obj, mapping: Obj) -> Obj {
    type F = extern "C" fn(Obj, Obj) -> Obj;
    match read(FORMAT + 1) {
        0 => not_linked("str.format_map()"),
        f => {
            // SAFETY: the hook holds `pyaot_str_format_map`'s address, of type `F`.
            let f = unsafe { core::mem::transmute::<usize, F>(f) };
            f(s, mapping)
        }
    }
}

/// `cls(*args, **kw)` for built-in class number `i` of `pyaot_abi::CLASS_KW_HOOKS`
/// (`int`, `str`, `dict`) through its hook (`a`: the positional values, then one
/// per name in the tuple `kwnames`).
pub fn class_kw(i: usize, a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    match read(CLASS_KW + i) {
        // Only a class reached without its name (`type(x)` from C) can get here.
        0 => crate::exc::runtime_error(format_args!(
            "{}() with keyword arguments is not linked into this program (the class is never used as a value in the Python source)",
            pyaot_abi::CLASS_KW_HOOKS[i].0
        )),
        f => {
            // SAFETY: a class hook holds the address of a `KwFn` entry.
            let entry = unsafe { core::mem::transmute::<usize, crate::builtins_kw::KwFn>(f) };
            entry(a, n, kwnames)
        }
    }
}

/// `cls(*args)` for built-in class number `i` of `pyaot_abi::CLASS_HOOKS` through
/// its hook.
pub fn class_new(i: usize, a: *const Obj, n: usize) -> Obj {
    match read(CLASS + i) {
        // Only a class reached without its name (`type(x)` from C) can get here.
        0 => crate::exc::runtime_error(format_args!(
            "{}() is not linked into this program (the class is never used as a value in the Python source)",
            pyaot_abi::CLASS_HOOKS[i].0
        )),
        f => {
            // SAFETY: a class hook holds the address of a builtin's entry.
            let entry = unsafe { core::mem::transmute::<usize, crate::func::BuiltinFn>(f) };
            entry(a, n)
        }
    }
}

/// `o.name(*args)` through method hook number `i` of `pyaot_abi::METHOD_HOOKS` (of
/// the type `what`); None when the hook's names do not include `name`.
pub fn method(i: usize, what: &str, o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    if !pyaot_abi::METHOD_HOOKS[i].0.contains(&name) {
        return None;
    }
    call(i, what, o, name, args)
}

/// `o.name(*args)` through method hook number `i`, for a `name` the hook's names do
/// not list (an operator the implementation also serves: the hook's names are
/// what a program must spell to make such objects).
pub fn call(i: usize, what: &str, o: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    type F = fn(Obj, &str, &[Obj]) -> Option<Obj>;
    match read(METHODS + i) {
        0 => Some(crate::exc::runtime_error(format_args!(
            "{what}.{name}() is not linked into this program (its name never appears in the Python source)"
        ))),
        f => {
            // SAFETY: a method hook holds the address of a function of type `F`.
            let f = unsafe { core::mem::transmute::<usize, F>(f) };
            f(o, name, args)
        }
    }
}

/// `random.seed(a)` for a str, bytes or bytearray `a` (generator state `state`)
/// through its hook, which links SHA-512.
pub fn random_seed_text(state: Obj, a: Obj) -> Obj {
    type F = extern "C" fn(Obj, Obj) -> Obj;
    match read(RANDOM_SEED) {
        0 => crate::exc::runtime_error(format_args!(
            "seeding with a str or bytes is not linked into this program (no module but random spells 'seed' or 'Random')"
        )),
        f => {
            // SAFETY: the hook holds `pyaot_random_seed_text`'s address, of type `F`.
            let f = unsafe { core::mem::transmute::<usize, F>(f) };
            f(state, a)
        }
    }
}
