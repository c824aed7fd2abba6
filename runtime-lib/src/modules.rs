//! Module objects and the built-in modules (`pyaot_abi::BUILTIN_MODULES`): each is
//! made on its first import and cached; attributes live in a dict.

use crate::exc;
use crate::func::{BuiltinObj, TYPE_BUILTIN};
use crate::object::{alloc_obj, type_of, Header, Obj, TypeObject, TYPE_OBJECT};
use crate::port::Global;
use crate::{dict, str as pystr};

/// `module`.
pub static TYPE_MODULE: TypeObject = TypeObject {
    repr: Some(module_repr),
    ..TypeObject::new("module", Some(&TYPE_OBJECT))
};

/// `[type][name: str][dict]`.
#[repr(C)]
struct ModuleObj {
    header: Header,
    name: Obj,
    dict: Obj,
}

fn module(m: Obj) -> &'static ModuleObj {
    // SAFETY: only called on module objects.
    unsafe { &*(m as *const ModuleObj) }
}

/// The built-in modules made so far, by `BUILTIN_MODULES` index (a static the
/// collector scans).
static CACHE: Global<[Obj; 8]> = Global::new([0; 8]);

/// Whether `o` is a module.
pub fn is_module(o: Obj) -> bool {
    o & 1 == 0 && core::ptr::eq(type_of(o), &TYPE_MODULE)
}

/// A new module with an empty namespace.
pub fn new_module(name: &str) -> Obj {
    let n = pystr::from_str(name);
    let d = dict::with_capacity(16);
    if n == 0 || d == 0 {
        return 0;
    }
    let m = alloc_obj(&TYPE_MODULE, core::mem::size_of::<ModuleObj>());
    if m != 0 {
        // SAFETY: a fresh module object.
        unsafe {
            let mo = &mut *(m as *mut ModuleObj);
            mo.name = n;
            mo.dict = d;
        }
    }
    m
}

/// Sets attribute `name` of module `m`.
pub fn set(m: Obj, name: &str, value: Obj) -> Result<(), ()> {
    if value == 0 {
        return Err(());
    }
    let k = pystr::from_str(name);
    if k == 0 {
        return Err(());
    }
    dict::set(module(m).dict, k, value)
}

/// A builtin function object (for a module attribute).
pub fn function(name: &str, entry: extern "C" fn(*const Obj, usize) -> Obj) -> Obj {
    let n = pystr::from_str(name);
    if n == 0 {
        return 0;
    }
    let f = alloc_obj(&TYPE_BUILTIN, core::mem::size_of::<BuiltinObj>());
    if f != 0 {
        // SAFETY: a fresh builtin function object.
        unsafe {
            let b = &mut *(f as *mut BuiltinObj);
            b.name = n;
            b.entry = entry;
        }
    }
    f
}

/// Sets builtin function attributes.
pub fn functions(
    m: Obj,
    list: &[(&str, extern "C" fn(*const Obj, usize) -> Obj)],
) -> Result<(), ()> {
    for &(name, entry) in list {
        set(m, name, function(name, entry))?;
    }
    Ok(())
}

/// The signature of a module function that takes keyword arguments: its parameter
/// names in order, of which the first `max_positional` may come by position.
pub struct KwSpec {
    /// The function's positional entry point, which identifies it.
    pub entry: extern "C" fn(*const Obj, usize) -> Obj,
    /// The function over its bound parameters, 0 for each one not given.
    pub bound: fn(&[Obj]) -> Obj,
    pub params: &'static [&'static str],
    pub max_positional: usize,
}

/// Module functions that accept keywords; the rest take positional arguments only.
static KW_SPECS: &[KwSpec] = &[crate::mathmod::ISCLOSE];

/// Calls builtin function `b` with keyword arguments: binds them to its parameters
/// and calls its `bound` form. None when `b` takes no keywords.
pub fn call_kw(b: &BuiltinObj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    let spec = KW_SPECS
        .iter()
        .find(|s| s.entry as usize == b.entry as usize)?;
    let fname = pystr::as_str(b.name);
    if pos.len() > spec.max_positional {
        return Some(exc::type_error(format_args!(
            "{fname}() takes exactly {} positional arguments ({} given)",
            spec.max_positional,
            pos.len()
        )));
    }
    let mut slots = [0 as Obj; 8];
    slots[..pos.len()].copy_from_slice(pos);
    for (i, &v) in kwvals.iter().enumerate() {
        let key = pystr::as_str(crate::tuple::items(kwnames)[i]);
        let Some(at) = spec.params.iter().position(|p| *p == key) else {
            return Some(exc::type_error(format_args!(
                "{fname}() got an unexpected keyword argument '{key}'"
            )));
        };
        if slots[at] != 0 {
            return Some(exc::type_error(format_args!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                at + 1
            )));
        }
        slots[at] = v;
    }
    Some((spec.bound)(&slots[..spec.params.len()]))
}

/// `(index)`: the built-in module `pyaot_abi::BUILTIN_MODULES[index]` (`index` a
/// small int), made on first import.
#[no_mangle]
pub extern "C" fn pyaot_import_builtin(index: Obj) -> Obj {
    let index = pyaot_abi::untag_int(index) as usize;
    let cached = CACHE.with(|c| c.get(index).copied().unwrap_or(0));
    if cached != 0 {
        return cached;
    }
    let m = match pyaot_abi::BUILTIN_MODULES.get(index) {
        Some(&"math") => crate::mathmod::create(),
        Some(&"sys") => crate::sysmod::create(),
        _ => {
            return exc::raise_fmt(
                &exc::TYPE_IMPORT_ERROR,
                format_args!("no built-in module number {index}"),
            )
        }
    };
    if m != 0 {
        CACHE.with(|c| c[index] = m);
    }
    m
}

/// `m.name`, or AttributeError as CPython words it for modules.
pub fn getattr(m: Obj, name: Obj) -> Obj {
    let mo = module(m);
    match dict::lookup(mo.dict, name) {
        Ok(Some(v)) => v,
        Ok(None) => match pystr::as_str(name) {
            "__name__" => mo.name,
            "__dict__" => mo.dict,
            n => exc::attribute_error(format_args!(
                "module '{}' has no attribute '{}'",
                pystr::as_str(mo.name),
                n
            )),
        },
        Err(()) => 0,
    }
}

/// `(module, name: str)`: `from module import name`.
#[no_mangle]
pub extern "C" fn pyaot_import_from(m: Obj, name: Obj) -> Obj {
    let v = getattr(m, name);
    if v == 0 && exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
        exc::take();
        return exc::raise_fmt(
            &exc::TYPE_IMPORT_ERROR,
            format_args!(
                "cannot import name '{}' from '{}' (unknown location)",
                pystr::as_str(name),
                pystr::as_str(module(m).name)
            ),
        );
    }
    v
}

fn module_repr(m: Obj) -> Obj {
    pystr::format(format_args!(
        "<module '{}' (built-in)>",
        pystr::as_str(module(m).name)
    ))
}
