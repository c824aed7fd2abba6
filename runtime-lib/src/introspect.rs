//! `vars`, `dir` and the module namespace (`globals()`, `vars()` and `dir()` with
//! no argument at module level, which the compiler turns into calls naming the
//! module's descriptor). `dir` lists what CPython 3.11 lists: for built-in types
//! the tables `dir_tables.rs` holds (measured from CPython), for classes defined in
//! Python their namespaces along the MRO, for instances their attributes too.

use crate::dir_tables::DIR_TABLE;
use crate::exc;
use crate::modules::{self, ModuleDesc};
use crate::object::{is_type, type_of, Obj, TypeObject, TYPE_TYPE};
use crate::{dict, func, list, str as pystr, tuple};

/// `vars([object])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_vars(a: *const Obj, n: usize) -> Obj {
    match *tuple::word_slice(a, n) {
        [o] => vars(o),
        [] => exc::type_error(format_args!(
            "vars() without arguments is not supported by pyaot when vars is called through a variable"
        )),
        _ => exc::type_error(format_args!("vars expected at most 1 argument, got {n}")),
    }
}

fn vars(o: Obj) -> Obj {
    let d = crate::class::pyaot_getattr(o, crate::static_str!("__dict__"));
    if d == 0 && exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
        exc::take();
        return exc::type_error(format_args!("vars() argument must have __dict__ attribute"));
    }
    d
}

/// `dir([object])`.
#[no_mangle]
pub extern "C" fn pyaot_builtin_dir(a: *const Obj, n: usize) -> Obj {
    match *tuple::word_slice(a, n) {
        [o] => dir(o),
        [] => exc::type_error(format_args!(
            "dir() without arguments is not supported by pyaot when dir is called through a variable"
        )),
        _ => exc::type_error(format_args!("dir expected at most 1 argument, got {n}")),
    }
}

/// `(descriptor)`: `globals()` (and `vars()` at module level): the namespace of the
/// program module whose descriptor this is, a live view of its globals.
#[no_mangle]
pub extern "C" fn pyaot_module_namespace(desc: &'static ModuleDesc) -> Obj {
    match modules::of_descriptor(desc) {
        0 => 0,
        m => modules::namespace_view(m),
    }
}

/// `(descriptor)`: `dir()` at module level.
#[no_mangle]
pub extern "C" fn pyaot_module_dir(desc: &'static ModuleDesc) -> Obj {
    match modules::of_descriptor(desc) {
        0 => 0,
        m => module_dir(m),
    }
}

/// Names collected for `dir`: a dict used as an ordered set.
struct Names(Obj);

impl Names {
    fn new() -> Result<Names, ()> {
        match dict::with_capacity(64) {
            0 => Err(()),
            d => Ok(Names(d)),
        }
    }

    fn add_str(&mut self, s: &str) -> Result<(), ()> {
        match pystr::from_str(s) {
            0 => Err(()),
            k => dict::set(self.0, k, crate::object::none()),
        }
    }

    /// Adds the keys of mapping `d` (a dict, or anything iterable).
    fn add_keys(&mut self, d: Obj) -> Result<(), ()> {
        func::for_each(d, |k| {
            if pystr::is_str(k) && pystr::as_str(k).starts_with("__pyaot") {
                // The runtime's own class attributes (`__pyaot_tpflags__`).
                return Ok(());
            }
            dict::set(self.0, k, crate::object::none())
        })
    }

    /// What CPython's dir lists for built-in type `t` (by name; a type the table
    /// lacks lists what its nearest listed base does).
    fn add_builtin(&mut self, mut t: &'static TypeObject) -> Result<(), ()> {
        let mut at = loop {
            if let Some(i) = DIR_TABLE.iter().position(|e| e.0 == t.name) {
                break i;
            }
            match t.base {
                Some(b) => t = b,
                None => break 0,
            }
        };
        loop {
            let (_, base, names) = DIR_TABLE[at];
            for n in names {
                self.add_str(n)?;
            }
            if base == usize::MAX {
                return Ok(());
            }
            at = base;
        }
    }

    /// The attributes of class `t` and its bases, as `dir(t)` lists them.
    fn add_class(&mut self, t: &'static TypeObject) -> Result<(), ()> {
        if t.mro == 0 {
            return self.add_builtin(t);
        }
        for &c in tuple::items(t.mro) {
            let ct = crate::types::as_type(c);
            if ct.is_heap_class() {
                // A class statement's namespace also has these in CPython.
                for n in ["__dict__", "__doc__", "__module__", "__weakref__"] {
                    self.add_str(n)?;
                }
                self.add_keys(ct.dict)?;
            } else {
                self.add_builtin(ct)?;
            }
        }
        Ok(())
    }

    /// The names, sorted.
    fn sorted(self) -> Obj {
        let l = list::from_iter(self.0);
        if l == 0 || list::sort_by(l, crate::object::none(), false).is_err() {
            return 0;
        }
        l
    }
}

fn dir(o: Obj) -> Obj {
    if modules::is_module(o) {
        return module_dir(o);
    }
    if let Some(r) = user_dir(o) {
        return r;
    }
    let Ok(mut names) = Names::new() else {
        return 0;
    };
    let r = if o & 1 == 0 && is_type(o, &TYPE_TYPE) {
        names.add_class(crate::types::as_type(o))
    } else {
        let t = type_of(o);
        let own = if t.is_heap_class() {
            crate::class::pyaot_getattr(o, crate::static_str!("__dict__"))
        } else {
            0
        };
        if own == 0 {
            exc::take();
        }
        (if own != 0 {
            names.add_keys(own)
        } else {
            Ok(())
        })
        .and_then(|()| names.add_class(t))
    };
    match r {
        Ok(()) => names.sorted(),
        Err(()) => 0,
    }
}

/// `dir(o)` through a `__dir__` a class defined in Python gives its instances.
fn user_dir(o: Obj) -> Option<Obj> {
    let t = type_of(o);
    if o & 1 == 1 || !t.is_heap_class() {
        return None;
    }
    let name = crate::static_str!("__dir__");
    let defined = tuple::items(t.mro).iter().any(|&c| {
        let ct = crate::types::as_type(c);
        ct.is_heap_class() && matches!(dict::lookup(ct.dict, name), Ok(Some(_)))
    });
    if !defined {
        return None;
    }
    let r = func::pyaot_call_method(o, name, core::ptr::null(), 0);
    if r == 0 {
        return Some(0);
    }
    let l = list::from_iter(r);
    if l == 0 || list::sort_by(l, crate::object::none(), false).is_err() {
        return Some(0);
    }
    Some(l)
}

/// `dir(m)` for a module: CPython's module attributes and the module's names.
fn module_dir(m: Obj) -> Obj {
    let Ok(mut names) = Names::new() else {
        return 0;
    };
    let dunders: &[&str] = match modules::kind(m) {
        modules::Kind::Builtin => &[
            "__doc__",
            "__loader__",
            "__name__",
            "__package__",
            "__spec__",
        ],
        modules::Kind::Main => &[
            "__annotations__",
            "__builtins__",
            "__cached__",
            "__doc__",
            "__file__",
            "__loader__",
            "__name__",
            "__package__",
            "__spec__",
        ],
        modules::Kind::Module => &[
            "__builtins__",
            "__cached__",
            "__doc__",
            "__file__",
            "__loader__",
            "__name__",
            "__package__",
            "__spec__",
        ],
        modules::Kind::Package => &[
            "__builtins__",
            "__cached__",
            "__doc__",
            "__file__",
            "__loader__",
            "__name__",
            "__package__",
            "__path__",
            "__spec__",
        ],
    };
    let ns = modules::namespace_snapshot(m);
    let ok = ns != 0
        && dunders.iter().try_for_each(|n| names.add_str(n)).is_ok()
        && names.add_keys(ns).is_ok();
    if ok {
        names.sorted()
    } else {
        0
    }
}
