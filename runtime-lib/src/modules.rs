//! Module objects: the built-in modules (`pyaot_abi::BUILTIN_MODULES`), each made on
//! its first import and cached, with their attributes in a dict; and the program's
//! own modules, whose attributes are their globals: the compiled code keeps them in
//! a static array of slots, and the module object reads and writes those slots by
//! name (through the static descriptor the compiler emits), so `m.x` and the code of
//! `m` see the same variable. Attributes a module's code never binds go to the dict.

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

/// `[type][name: str][dict][descriptor or null][index: dict of slot numbers or 0]
/// [namespace view or 0]`.
#[repr(C)]
struct ModuleObj {
    header: Header,
    name: Obj,
    dict: Obj,
    /// A program module's descriptor; null for built-in modules.
    desc: *const ModuleDesc,
    /// Global name → its slot number (a small int), for a program module.
    index: Obj,
    /// A program module's `__dict__` (`modns.rs`), made on first use, so that
    /// `globals() is globals()` as in CPython.
    namespace: Obj,
}

/// The static descriptor of a program module (`pyaot_abi::layout::module_desc_size`).
#[repr(C)]
pub struct ModuleDesc {
    name: Obj,
    file: Obj,
    init: extern "C" fn() -> Obj,
    globals: *mut Obj,
    /// A tuple of the global slots' names, in slot order.
    names: Obj,
    /// Two writable words: the import state and the module object.
    state: *mut [Obj; 2],
    parent: *const ModuleDesc,
    is_package: usize,
}

const _: () = {
    let w = core::mem::size_of::<usize>() as u32;
    assert!(core::mem::size_of::<ModuleDesc>() as u32 == pyaot_abi::layout::module_desc_size(w));
};

/// Import states (the descriptor's first state word).
const NOT_IMPORTED: Obj = 0;
const RUNNING: Obj = 1;
const DONE: Obj = 2;

/// The marker `pyaot_import_star_name` returns for a name the module leaves unbound.
#[export_name = "pyaot_unbound"]
pub static UNBOUND: crate::object::Singleton = crate::object::Singleton {
    header: Header {
        ob_type: &TYPE_OBJECT,
    },
};

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
    module_obj(n, d, core::ptr::null(), 0)
}

fn module_obj(name: Obj, dict: Obj, desc: *const ModuleDesc, index: Obj) -> Obj {
    let m = alloc_obj(&TYPE_MODULE, core::mem::size_of::<ModuleObj>());
    if m != 0 {
        // SAFETY: a fresh module object.
        unsafe {
            let mo = &mut *(m as *mut ModuleObj);
            mo.name = name;
            mo.dict = dict;
            mo.desc = desc;
            mo.index = index;
        }
    }
    m
}

/// A fresh module object for a program module's descriptor: an empty attribute
/// dict and the index of its global names (name -> slot). 0 when out of memory.
fn program_module_obj(desc: &'static ModuleDesc) -> Obj {
    let names = crate::tuple::items(desc.names);
    let (d, index) = (dict::with_capacity(4), dict::with_capacity(names.len()));
    if d == 0 || index == 0 {
        return 0;
    }
    for (k, &n) in names.iter().enumerate() {
        if dict::set(index, n, pyaot_abi::tag_int(k as isize)).is_err() {
            return 0;
        }
    }
    module_obj(desc.name, d, desc, index)
}

fn desc_of(m: Obj) -> Option<&'static ModuleDesc> {
    // SAFETY: descriptors are static.
    unsafe { module(m).desc.as_ref() }
}

/// `(descriptor)`: imports a program module: the first time, makes its module object
/// and runs its body (a failed body leaves it not imported, as CPython drops it from
/// `sys.modules`); during its body (a circular import) and after, returns that
/// object. A package's module becomes an attribute of its package once loaded.
#[no_mangle]
pub extern "C" fn pyaot_import_module(desc: &'static ModuleDesc) -> Obj {
    // SAFETY: the state words are the descriptor's writable static.
    let state = unsafe { &mut *desc.state };
    if state[0] != NOT_IMPORTED {
        return state[1];
    }
    let m = program_module_obj(desc);
    if m == 0 {
        return 0;
    }
    *state = [RUNNING, m];
    if (desc.init)() == 0 {
        *state = [NOT_IMPORTED, 0];
        return 0;
    }
    state[0] = DONE;
    // SAFETY: descriptors are static.
    if let Some(parent) = unsafe { desc.parent.as_ref() } {
        // SAFETY: as above; the parent was imported first.
        let pm = unsafe { (*parent.state)[1] };
        let name = pystr::as_str(desc.name);
        let child = name.rsplit('.').next().unwrap_or(name);
        if pm != 0 && setattr(pm, pystr::from_str(child), m).is_err() {
            return 0;
        }
    }
    m
}

/// The slot of a program module's global `name`, if it has one.
fn slot(m: Obj, name: Obj) -> Result<Option<*mut Obj>, ()> {
    let (Some(desc), index) = (desc_of(m), module(m).index) else {
        return Ok(None);
    };
    Ok(dict::lookup(index, name)?.map(|k| {
        // SAFETY: the index holds slot numbers of the globals array.
        unsafe { desc.globals.add(pyaot_abi::untag_int(k) as usize) }
    }))
}

/// `m.name = value`.
pub fn setattr(m: Obj, name: Obj, value: Obj) -> Result<(), ()> {
    if name == 0 || value == 0 {
        return Err(());
    }
    match slot(m, name)? {
        // SAFETY: a slot of the module's globals array.
        Some(p) => unsafe { *p = value },
        None => dict::set(module(m).dict, name, value)?,
    }
    Ok(())
}

/// `del m.name`.
pub fn delattr(m: Obj, name: Obj) -> Result<(), ()> {
    if let Some(p) = slot(m, name)? {
        // SAFETY: a slot of the module's globals array.
        if unsafe { *p } != 0 {
            unsafe { *p = 0 };
            return Ok(());
        }
    } else if matches!(dict::lookup(module(m).dict, name), Ok(Some(_))) {
        return dict::method(module(m).dict, "pop", &[name]).map_or(Err(()), |r| {
            if r == 0 {
                Err(())
            } else {
                Ok(())
            }
        });
    }
    exc::attribute_error(format_args!(
        "module '{}' has no attribute '{}'",
        pystr::as_str(module(m).name),
        pystr::as_str(name)
    ));
    Err(())
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

/// Keyword signatures of module functions that accept keywords (the rest take
/// positional arguments only), registered when their module is made (their function
/// objects cannot exist before), so that calling with keywords does not link their
/// code (`math.isclose` linked float parsing and printing) into every program.
static MORE_KW_SPECS: Global<[Option<&'static KwSpec>; 4]> = Global::new([None; 4]);

/// Registers the keyword signature of a function of an on-demand module.
pub fn register_kw(spec: &'static KwSpec) {
    MORE_KW_SPECS.with(|t| {
        if !t.iter().flatten().any(|s| core::ptr::eq(*s, spec)) {
            if let Some(slot) = t.iter_mut().find(|s| s.is_none()) {
                *slot = Some(spec);
            }
        }
    });
}

/// Calls builtin function `b` with keyword arguments: binds them to its parameters
/// and calls its `bound` form. None when `b` takes no keywords.
pub fn call_kw(b: &BuiltinObj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    let registered = MORE_KW_SPECS.with(|t| *t);
    let spec = registered
        .iter()
        .flatten()
        .copied()
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
                "'{key}' is an invalid keyword argument for {fname}()"
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
        Some(&"time") => crate::timemod::create(),
        Some(&"_random") => crate::randmod::create(),
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

/// `(index, create)`: the built-in module `BUILTIN_MODULES[index]`, made by `create`
/// on first import (`pyaot_abi::BUILTIN_MODULE_CREATORS`: the compiler names the
/// creator, so programs that do not import the module do not link it).
#[no_mangle]
pub extern "C" fn pyaot_import_builtin_with(index: Obj, create: extern "C" fn() -> Obj) -> Obj {
    let index = pyaot_abi::untag_int(index) as usize;
    let cached = CACHE.with(|c| c.get(index).copied().unwrap_or(0));
    if cached != 0 {
        return cached;
    }
    let m = create();
    if m != 0 {
        CACHE.with(|c| c[index] = m);
    }
    m
}

/// `m.name`, or AttributeError as CPython words it for modules.
pub fn getattr(m: Obj, name: Obj) -> Obj {
    let mo = module(m);
    match slot(m, name) {
        // SAFETY: a slot of the module's globals array.
        Ok(Some(p)) if unsafe { *p } != 0 => return unsafe { *p },
        Ok(_) => {}
        Err(()) => return 0,
    }
    match dict::lookup(mo.dict, name) {
        Ok(Some(v)) => v,
        Ok(None) => match (pystr::as_str(name), desc_of(m)) {
            ("__name__", _) => mo.name,
            ("__file__", Some(d)) => d.file,
            ("__dict__", None) => mo.dict,
            // A program module's namespace is its globals array: a view of it.
            ("__dict__", Some(_)) => namespace_view(m),
            // SAFETY: the descriptor's state words.
            (n, Some(d)) if unsafe { (*d.state)[0] } == RUNNING => {
                exc::attribute_error(format_args!(
                    "partially initialized module '{}' has no attribute '{}' (most likely due \
                     to a circular import)",
                    pystr::as_str(mo.name),
                    n
                ))
            }
            (n, _) => exc::attribute_error(format_args!(
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
        let (n, mname) = (pystr::as_str(name), pystr::as_str(module(m).name));
        let Some(desc) = desc_of(m) else {
            return exc::raise_fmt(
                &exc::TYPE_IMPORT_ERROR,
                format_args!("cannot import name '{n}' from '{mname}' (unknown location)"),
            );
        };
        let file = pystr::as_str(desc.file);
        // SAFETY: the descriptor's state words.
        if unsafe { (*desc.state)[0] } == RUNNING {
            return exc::raise_fmt(
                &exc::TYPE_IMPORT_ERROR,
                format_args!(
                    "cannot import name '{n}' from partially initialized module '{mname}' \
                     (most likely due to a circular import) ({file})"
                ),
            );
        }
        return exc::raise_fmt(
            &exc::TYPE_IMPORT_ERROR,
            format_args!("cannot import name '{n}' from '{mname}' ({file})"),
        );
    }
    v
}

/// `(module, name: str)`: one name of `from module import *`: its value, or the
/// `UNBOUND` marker when the module has no such attribute.
#[no_mangle]
pub extern "C" fn pyaot_import_star_name(m: Obj, name: Obj) -> Obj {
    let v = getattr(m, name);
    if v == 0 && exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
        exc::take();
        return &UNBOUND as *const crate::object::Singleton as Obj;
    }
    v
}

fn module_repr(m: Obj) -> Obj {
    let name = pystr::as_str(module(m).name);
    match desc_of(m) {
        Some(d) => pystr::format(format_args!(
            "<module '{}' from '{}'>",
            name,
            pystr::as_str(d.file)
        )),
        None => pystr::format(format_args!("<module '{name}' (built-in)>")),
    }
}

/// The module object of a program module's descriptor, made now when its code asks
/// for it before anything imported it (`__main__`, whose body is already running).
pub fn of_descriptor(desc: &'static ModuleDesc) -> Obj {
    // SAFETY: the state words are the descriptor's writable static.
    let state = unsafe { &mut *desc.state };
    if state[1] != 0 {
        return state[1];
    }
    let m = program_module_obj(desc);
    if m != 0 {
        *state = [DONE, m];
    }
    m
}

/// Whether `name` is a global slot the compiler made for itself, not a Python name
/// (`super()`'s hidden class slots start with a character no identifier has).
fn is_internal_name(name: Obj) -> bool {
    pystr::as_str(name)
        .bytes()
        .next()
        .is_some_and(|c| !(c == b'_' || c.is_ascii_alphabetic() || c >= 0x80))
}

/// Module `m`'s namespace as a new dict, in CPython's order where pyaot has the
/// names: `__name__`, `__doc__`, `__file__` (program modules), the bound globals
/// in slot order, then attributes set from outside.
pub fn namespace_snapshot(m: Obj) -> Obj {
    let mo = module(m);
    let d = dict::with_capacity(16);
    if d == 0 || dict::set(d, crate::static_str!("__name__"), mo.name).is_err() {
        return 0;
    }
    if let Some(desc) = desc_of(m) {
        let ok = dict::set(d, crate::static_str!("__doc__"), crate::object::none()).is_ok()
            && dict::set(d, crate::static_str!("__file__"), desc.file).is_ok();
        if !ok {
            return 0;
        }
        for (k, &n) in crate::tuple::items(desc.names).iter().enumerate() {
            // SAFETY: slot `k` of the module's globals array.
            let v = unsafe { *desc.globals.add(k) };
            if v != 0 && !is_internal_name(n) && dict::set(d, n, v).is_err() {
                return 0;
            }
        }
    }
    if dict::update(d, mo.dict).is_err() {
        return 0;
    }
    d
}

/// `m.__dict__[name]`: Some(value), or None when the namespace lacks it.
pub fn namespace_get(m: Obj, name: Obj) -> Result<Option<Obj>, ()> {
    if !pystr::is_str(name) {
        return dict::lookup(module(m).dict, name);
    }
    if let Some(p) = slot(m, name)? {
        // SAFETY: a slot of the module's globals array.
        let v = unsafe { *p };
        return Ok((v != 0 && !is_internal_name(name)).then_some(v));
    }
    if let Some(v) = dict::lookup(module(m).dict, name)? {
        return Ok(Some(v));
    }
    Ok(match (pystr::as_str(name), desc_of(m)) {
        ("__name__", _) => Some(module(m).name),
        ("__doc__", Some(_)) => Some(crate::object::none()),
        ("__file__", Some(d)) => Some(d.file),
        _ => None,
    })
}

/// `m.__dict__[name] = value`: the global's slot when the module has one (so the
/// module's code sees it), else the attribute dict.
pub fn namespace_set(m: Obj, name: Obj, value: Obj) -> Result<(), ()> {
    if pystr::is_str(name) {
        if let Some(p) = slot(m, name)? {
            // SAFETY: a slot of the module's globals array.
            unsafe { *p = value };
            return Ok(());
        }
    }
    dict::set(module(m).dict, name, value)
}

/// What kind of module an object is, for `dir`.
pub enum Kind {
    /// A built-in module (`math`).
    Builtin,
    /// The program's main module.
    Main,
    /// A module of the program.
    Module,
    /// A package of the program (its `__init__.py`).
    Package,
}

/// What kind of module `m` is.
pub fn kind(m: Obj) -> Kind {
    match desc_of(m) {
        None => Kind::Builtin,
        Some(d) if d.is_package != 0 => Kind::Package,
        Some(d) if pystr::as_str(d.name) == "__main__" => Kind::Main,
        Some(_) => Kind::Module,
    }
}

/// The `__dict__` of program module `m`: its namespace view, the same object each
/// time.
pub fn namespace_view(m: Obj) -> Obj {
    let cached = module(m).namespace;
    if cached != 0 {
        return cached;
    }
    let v = crate::modns::new(m);
    // SAFETY: `m` is a module object; nothing else holds a reference into it.
    unsafe { (*(m as *mut ModuleObj)).namespace = v };
    v
}
