//! Classes defined in Python: building them (C3 method resolution order), instances
//! with attribute dicts, attribute access with CPython's lookup order (data
//! descriptors, instance dict, class attributes, `__getattr__`), bound methods,
//! `super`, `staticmethod`/`classmethod`/`property`, and the data-model methods
//! (`__repr__`, `__eq__`, `__len__`, ...) behind the type slots.

use crate::exc::{self, ExcObject, TYPE_BASE_EXCEPTION};
use crate::func::{pyaot_call, TYPE_FUNCTION};
use crate::object::{
    self, alloc_obj, false_, is_type, none, type_of, Header, Obj, TypeObject, NOT_IMPLEMENTED,
    TYPE_OBJECT, TYPE_TYPE, WORD,
};
use crate::types::{as_type, is_class};
use crate::{dict, list, str as pystr, tuple};
use pyaot_abi::{CmpOp, ITER_DONE};

/// The slots every class defined in Python gets: each looks up the matching
/// `__dunder__` method along the MRO.
const fn heap_class_template() -> TypeObject {
    TypeObject {
        repr: Some(slot_repr),
        str: Some(slot_str),
        hash: Some(slot_hash),
        compare: Some(slot_compare),
        truth: Some(slot_truth),
        len: Some(slot_len),
        getitem: Some(slot_getitem),
        setitem: Some(slot_setitem),
        contains: Some(slot_contains),
        iter: Some(slot_iter),
        next: Some(slot_next),
        ..TypeObject::new("<class>", Some(&TYPE_OBJECT))
    }
}

/// `(name, bases, namespace)`: the class a `class` statement defines.
#[no_mangle]
pub extern "C" fn pyaot_build_class(name: Obj, bases: Obj, ns: Obj) -> Obj {
    let object_only = [&TYPE_OBJECT as *const TypeObject as Obj];
    let bases: &[Obj] = if tuple::len(bases) == 0 {
        &object_only
    } else {
        tuple::items(bases)
    };
    for &b in bases {
        if !is_class(b) {
            return exc::type_error(format_args!("bases must be types"));
        }
        let bt = as_type(b);
        let ok = bt.is_heap_class()
            || core::ptr::eq(bt, &TYPE_OBJECT)
            || bt.is_subtype(&TYPE_BASE_EXCEPTION)
            || crate::hooks::subclass_base(bt).is_some();
        if !ok {
            return exc::type_error(format_args!(
                "subclassing the built-in type '{}' is not supported yet",
                bt.name
            ));
        }
    }
    let mro = match c3_mro(bases) {
        Ok(m) => m,
        Err(()) => return 0,
    };
    // Names the body unbound (`del x`, the end of `except E as x:`) hold 0 in the
    // namespace; they are not attributes of the class.
    if drop_unbound(ns).is_err() {
        return 0;
    }
    // type.__new__ takes `__qualname__` out of the namespace (the class keeps it
    // beside its TypeObject: `qualname.rs`) and gives a class without a docstring
    // `__doc__ = None`.
    let qualname = match dict::remove(ns, crate::static_str!("__qualname__")) {
        Ok(q) => q.filter(|&q| q != 0 && pystr::is_str(q)),
        Err(()) => return 0,
    };
    // The name messages print, when the compiler gives one (`collections.deque`).
    let tp_name = match dict::remove(ns, crate::static_str!(pyaot_abi::CLASS_TP_NAME)) {
        Ok(n) => n.filter(|&n| n != 0 && pystr::is_str(n)),
        Err(()) => return 0,
    };
    // type.__new__ makes a plain function `__new__` a staticmethod.
    let new_name = crate::static_str!("__new__");
    if let Ok(Some(f)) = dict::lookup(ns, new_name) {
        if f & 1 == 0 && is_type(f, &TYPE_FUNCTION) {
            let s = wrapper(&TYPE_STATICMETHOD, f);
            if s == 0 || dict::set(ns, new_name, s).is_err() {
                return 0;
            }
        }
    }
    let doc = crate::static_str!("__doc__");
    match dict::lookup(ns, doc) {
        Ok(Some(_)) => {}
        Ok(None) => {
            if dict::set(ns, doc, object::none()).is_err() {
                return 0;
            }
        }
        Err(()) => return 0,
    }
    let cls = alloc_obj(&TYPE_TYPE, crate::qualname::CLASS_SIZE);
    if cls == 0 {
        return 0;
    }
    let first = as_type(bases[0]);
    let exception = first.is_subtype(&TYPE_BASE_EXCEPTION)
        || bases
            .iter()
            .any(|&b| as_type(b).is_subtype(&TYPE_BASE_EXCEPTION));
    // The built-in container the bases extend: at most one, and not with an
    // exception (their objects' layouts differ).
    let mut builtin_base: Option<&'static crate::subclass::Base> = None;
    for &b in bases {
        let bt = as_type(b);
        let Some(c) = bt.builtin_base.or_else(|| crate::hooks::subclass_base(bt)) else {
            continue;
        };
        if exception || builtin_base.is_some_and(|x| !core::ptr::eq(x, c)) {
            return exc::type_error(format_args!(
                "multiple bases have instance lay-out conflict"
            ));
        }
        builtin_base = Some(c);
    }
    // The MRO tuple starts with the class itself: build it with a placeholder first.
    let full = tuple::alloc(list::len(mro) + 1);
    if full == 0 {
        return 0;
    }
    {
        let items = tuple::items_mut(full);
        items[0] = cls;
        items[1..].copy_from_slice(list::items(mro));
    }
    let mut t = heap_class_template();
    t.name = pystr::as_str(tp_name.unwrap_or(name));
    t.name_obj = name;
    t.base = Some(first);
    t.dict = ns;
    t.mro = full;
    // Instances: [type][dict], or an exception's or a container's fields then the
    // dict.
    t.dict_offset = if exception {
        core::mem::size_of::<ExcObject>()
    } else if let Some(b) = builtin_base {
        b.size
    } else {
        WORD
    };
    t.builtin_base = builtin_base;
    // The base's methods, for `o.keys` and `dir()`; calls reach them through
    // `subclass::call_method`, after the class's own.
    t.methods = builtin_base.and_then(|b| crate::methods::table(b.ty));
    // SAFETY: a fresh block of the size of a TypeObject; its header is already set.
    unsafe { core::ptr::write(cls as *mut TypeObject, t) };
    if let Some(q) = qualname {
        crate::qualname::set(as_type(cls), q);
    }
    // type.__new__ calls `__set_name__` on the namespace's values: properties keep
    // their attribute's name for their error messages.
    let named = crate::func::for_each(ns, |k| {
        if let Ok(Some(v)) = dict::lookup(ns, k) {
            // 0 is an unbound name (`except ... as e` unbinds e at the end).
            if v != 0 && v & 1 == 0 && is_type(v, &TYPE_PROPERTY) && pystr::is_str(k) {
                crate::property::set_name(v, k);
            }
        }
        Ok(())
    });
    if named.is_err() {
        return 0;
    }
    cls
}

/// The MRO of a class with these bases (without the class itself), by C3.
fn c3_mro(bases: &[Obj]) -> Result<Obj, ()> {
    // Sequences to merge: each base's MRO, then the bases themselves.
    let seqs = list::with_capacity(bases.len() + 1);
    if seqs == 0 {
        return Err(());
    }
    for &b in bases {
        let m = mro_list(as_type(b))?;
        list::push(seqs, m)?;
    }
    list::push(seqs, list::from_slice(bases))?;
    let out = list::with_capacity(4);
    if out == 0 {
        return Err(());
    }
    loop {
        let nonempty: usize = list::items(seqs)
            .iter()
            .filter(|&&s| list::len(s) > 0)
            .count();
        if nonempty == 0 {
            return Ok(out);
        }
        // The first head that is in no other sequence's tail.
        let mut chosen = 0;
        for &s in list::items(seqs) {
            let Some(head) = list::get(s, 0) else {
                continue;
            };
            let in_tail = list::items(seqs)
                .iter()
                .any(|&o| list::items(o).iter().skip(1).any(|&x| x == head));
            if !in_tail {
                chosen = head;
                break;
            }
        }
        if chosen == 0 {
            exc::type_error(format_args!(
                "Cannot create a consistent method resolution order (MRO)"
            ));
            return Err(());
        }
        list::push(out, chosen)?;
        for &s in list::items(seqs) {
            if list::get(s, 0) == Some(chosen) {
                let rest = list::from_slice(&list::items(s)[1..]);
                if rest == 0 {
                    return Err(());
                }
                list::replace_contents(s, list::items(rest))?;
            }
        }
    }
}

/// A class's MRO as a new list (built-in classes: their chain of bases).
fn mro_list(t: &'static TypeObject) -> Result<Obj, ()> {
    if t.mro != 0 {
        let l = list::from_slice(tuple::items(t.mro));
        return if l == 0 { Err(()) } else { Ok(l) };
    }
    let l = list::with_capacity(4);
    if l == 0 {
        return Err(());
    }
    let mut c = Some(t);
    while let Some(ty) = c {
        list::push(l, ty as *const TypeObject as Obj)?;
        c = ty.base;
    }
    Ok(l)
}

/// Looks `name` up along `t`'s MRO (classes defined in Python only), starting after
/// class `after` when given (for `super`).
fn lookup(t: &'static TypeObject, name: Obj, after: Option<Obj>) -> Result<Option<Obj>, ()> {
    if t.mro == 0 {
        return Ok(None);
    }
    let mut started = after.is_none();
    for &c in tuple::items(t.mro) {
        if !started {
            started = Some(c) == after;
            continue;
        }
        let ct = as_type(c);
        if ct.dict != 0 {
            if let Some(v) = dict::lookup(ct.dict, name)? {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

/// The attribute dict of an instance of a class defined in Python, made on first use.
fn instance_dict(o: Obj) -> Result<Obj, ()> {
    let t = type_of(o);
    if t.dict_offset == 0 || o & 1 == 1 {
        return Ok(0);
    }
    // SAFETY: instances of heap classes have a dict word at `dict_offset`.
    let d = unsafe { object::field(o, t.dict_offset) };
    if d != 0 {
        return Ok(d);
    }
    let d = dict::with_capacity(0);
    if d == 0 {
        return Err(());
    }
    // SAFETY: as above.
    unsafe { object::set_field(o, t.dict_offset, d) };
    Ok(d)
}

/// Calls a class defined in Python: a new instance, initialised by `__init__`.
pub fn construct(cls: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    let t = as_type(cls);
    // A class's own `__new__` makes the object (an implicit staticmethod taking the
    // class); as in CPython's type_call, `__init__` runs only when it returns an
    // instance of the class.
    let own_new = match lookup(t, crate::static_str!("__new__"), None) {
        Ok(v) => v,
        Err(()) => return 0,
    };
    let inst = match own_new {
        Some(f) => {
            let f = if is_type(f, &TYPE_STATICMETHOD) {
                wrapped(f)
            } else {
                f
            };
            let inst = call_with_self(f, cls, pos, kwnames, kwvals);
            if inst == 0 || !type_of(inst).is_subtype(t) {
                return inst;
            }
            inst
        }
        None => {
            let inst = new_instance(t, pos);
            if inst == 0 {
                return 0;
            }
            inst
        }
    };
    let t = type_of(inst);
    let init = match lookup(t, pystr_init(), None) {
        Ok(v) => v,
        Err(()) => return 0,
    };
    let Some(init) = init else {
        if let Some(b) = t.builtin_base {
            return match (b.init)(inst, pos, kwnames, kwvals) {
                0 => 0,
                _ => inst,
            };
        }
        // object.__init__ takes no arguments unless the class overrides __new__.
        let excess = !pos.is_empty() || !kwvals.is_empty();
        if excess && own_new.is_none() && !t.is_subtype(&TYPE_BASE_EXCEPTION) {
            return exc::type_error(format_args!("{}() takes no arguments", t.name));
        }
        return inst;
    };
    let r = call_with_self(init, inst, pos, kwnames, kwvals);
    if r == 0 {
        return 0;
    }
    if r != none() {
        return exc::type_error(format_args!(
            "__init__() should return None, not '{}'",
            type_of(r).name
        ));
    }
    inst
}

fn pystr_init() -> Obj {
    crate::static_str!("__init__")
}

/// A new instance of class `t` (defined in Python), as `object.__new__` and the
/// built-in bases' `__new__` make it: an exception keeps `args` (the
/// constructor's arguments), a dict or list starts empty.
fn new_instance(t: &'static TypeObject, args: &[Obj]) -> Obj {
    let inst = alloc_obj(t, t.dict_offset + WORD);
    if inst != 0 && t.is_subtype(&TYPE_BASE_EXCEPTION) && set_exception_args(inst, args) == 0 {
        return 0;
    }
    inst
}

/// `object.__new__(cls, *args)` (also reached as `super().__new__(cls, ...)`).
fn object_new(args: &[Obj]) -> Obj {
    let Some((&cls, rest)) = args.split_first() else {
        return exc::type_error(format_args!("object.__new__(): not enough arguments"));
    };
    if !is_class(cls) {
        return exc::type_error(format_args!(
            "object.__new__(X): X is not a type object ({})",
            type_of(cls).name
        ));
    }
    let t = as_type(cls);
    if !t.is_heap_class() {
        return exc::type_error(format_args!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name, t.name
        ));
    }
    let exception = t.is_subtype(&TYPE_BASE_EXCEPTION);
    if !rest.is_empty() && !exception && t.builtin_base.is_none() {
        // CPython's object_new: extra arguments are __init__'s to check, unless the
        // class overrides __new__ itself.
        if defines(t, crate::static_str!("__new__")) {
            return exc::type_error(format_args!(
                "object.__new__() takes exactly one argument (the type to instantiate)"
            ));
        }
        if !defines(t, pystr_init()) {
            return exc::type_error(format_args!("{}() takes no arguments", t.name));
        }
    }
    new_instance(t, rest)
}

/// Sets an exception's `args` from constructor arguments; returns 0 on error.
fn set_exception_args(e: Obj, a: &[Obj]) -> Obj {
    // SAFETY: `e` is an exception instance (ExcObject prefix).
    let eo = unsafe { &mut *(e as *mut ExcObject) };
    match a {
        [] => {
            eo.arg = 0;
            eo.args = 0;
        }
        [x] => {
            eo.arg = *x;
            eo.args = 0;
        }
        many => {
            let t = tuple::from_slice(many);
            if t == 0 {
                return 0;
            }
            eo.arg = 0;
            eo.args = t;
        }
    }
    none()
}

/// Calls `f(obj, *pos, **kw)`.
fn call_with_self(f: Obj, obj: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    let n = 1 + pos.len() + kwvals.len();
    if n > crate::call::MAX_SLOTS {
        return exc::type_error(format_args!("too many arguments"));
    }
    let mut a = [0 as Obj; crate::call::MAX_SLOTS];
    a[0] = obj;
    a[1..1 + pos.len()].copy_from_slice(pos);
    a[1 + pos.len()..n].copy_from_slice(kwvals);
    if kwnames == 0 {
        pyaot_call(f, a.as_ptr(), n)
    } else {
        crate::call::pyaot_call_kw(f, a.as_ptr(), n, kwnames)
    }
}

// ---- descriptors and bound methods ----

/// Removes the keys of class namespace `ns` whose value is 0 (unbound by the body).
fn drop_unbound(ns: Obj) -> Result<(), ()> {
    let keys = list::from_iter(ns);
    if keys == 0 {
        return Err(());
    }
    for &k in list::items(keys) {
        if dict::lookup(ns, k)? == Some(0) {
            dict::remove(ns, k)?;
        }
    }
    Ok(())
}

/// `staticmethod`.
pub static TYPE_STATICMETHOD: TypeObject = TypeObject::new("staticmethod", Some(&TYPE_OBJECT));
/// `classmethod`.
pub static TYPE_CLASSMETHOD: TypeObject = TypeObject::new("classmethod", Some(&TYPE_OBJECT));
/// `property`.
pub static TYPE_PROPERTY: TypeObject = TypeObject::new("property", Some(&TYPE_OBJECT));
/// A method bound to its object.
pub static TYPE_METHOD: TypeObject = TypeObject {
    repr: Some(method_repr),
    ..TypeObject::new("method", Some(&TYPE_OBJECT))
};
/// `super()`.
pub static TYPE_SUPER: TypeObject = TypeObject::new("super", Some(&TYPE_OBJECT));

/// A wrapper holding one function (staticmethod, classmethod).
#[repr(C)]
struct Wrapper {
    header: Header,
    func: Obj,
}

/// A bound method: `func` with `this` as its first argument. For `prop_action`
/// (property.setter and friends) `func` is the property and `this` says which.
#[repr(C)]
struct Method {
    header: Header,
    func: Obj,
    this: Obj,
}

#[repr(C)]
struct SuperObj {
    header: Header,
    cls: Obj,
    obj: Obj,
}

fn wrapper(ty: &'static TypeObject, func: Obj) -> Obj {
    let w = alloc_obj(ty, core::mem::size_of::<Wrapper>());
    if w != 0 {
        // SAFETY: fresh object.
        unsafe { (*(w as *mut Wrapper)).func = func };
    }
    w
}

fn wrapped(w: Obj) -> Obj {
    // SAFETY: staticmethod/classmethod objects are Wrappers.
    unsafe { (*(w as *const Wrapper)).func }
}

fn prop(p: Obj) -> &'static crate::property::Property {
    crate::property::fields(p)
}

/// A bound method object.
pub fn bind(func: Obj, this: Obj) -> Obj {
    let m = alloc_obj(&TYPE_METHOD, core::mem::size_of::<Method>());
    if m != 0 {
        // SAFETY: fresh object.
        unsafe {
            let mo = &mut *(m as *mut Method);
            mo.func = func;
            mo.this = this;
        }
    }
    m
}

/// The function and object of a bound method.
pub fn method_parts(m: Obj) -> (Obj, Obj) {
    // SAFETY: method objects.
    let mo = unsafe { &*(m as *const Method) };
    (mo.func, mo.this)
}

fn method_repr(m: Obj) -> Obj {
    let (f, this) = method_parts(m);
    let r = object::repr(this);
    if r == 0 {
        return 0;
    }
    let fname = if is_type(f, &TYPE_FUNCTION) {
        crate::func::name(f)
    } else {
        "?"
    };
    pystr::format(format_args!(
        "<bound method {} of {}>",
        fname,
        pystr::as_str(r)
    ))
}

/// Constructors of the descriptor classes, called through `types::construct`.
pub fn construct_builtin(ty: &'static TypeObject, a: &[Obj]) -> Option<Obj> {
    if core::ptr::eq(ty, &TYPE_STATICMETHOD) || core::ptr::eq(ty, &TYPE_CLASSMETHOD) {
        return Some(match a {
            [f] => wrapper(ty, *f),
            _ => exc::type_error(format_args!(
                "{} expected 1 argument, got {}",
                ty.name,
                a.len()
            )),
        });
    }
    if core::ptr::eq(ty, &TYPE_PROPERTY) {
        return Some(crate::property::construct(a));
    }
    None
}

/// What an attribute found on the class means for instance `obj` of class `t`.
fn bind_class_attr(v: Obj, obj: Obj, t: &'static TypeObject) -> Obj {
    if v & 1 == 1 {
        return v;
    }
    if is_type(v, &TYPE_FUNCTION) {
        return bind(v, obj);
    }
    if is_type(v, &TYPE_STATICMETHOD) {
        return wrapped(v);
    }
    if is_type(v, &TYPE_CLASSMETHOD) {
        return bind(wrapped(v), t as *const TypeObject as Obj);
    }
    if is_type(v, &TYPE_PROPERTY) {
        let p = prop(v);
        if p.fget == 0 {
            return crate::property::missing(v, t, "getter");
        }
        return pyaot_call(p.fget, &obj, 1);
    }
    v
}

fn no_attribute(obj: Obj, name: Obj) -> Obj {
    let n = pystr::as_str(name);
    if is_class(obj) {
        return exc::attribute_error(format_args!(
            "type object '{}' has no attribute '{}'",
            as_type(obj).name,
            n
        ));
    }
    exc::attribute_error(format_args!(
        "'{}' object has no attribute '{}'",
        type_of(obj).name,
        n
    ))
}

/// `obj.name`.
#[no_mangle]
pub extern "C" fn pyaot_getattr(obj: Obj, name: Obj) -> Obj {
    let n = pystr::as_str(name);
    if is_class(obj) {
        return class_getattr(obj, name);
    }
    if is_type(obj, &TYPE_SUPER) {
        return super_getattr(obj, name);
    }
    if crate::modules::is_module(obj) {
        return crate::modules::getattr(obj, name);
    }
    if is_type(obj, &TYPE_PROPERTY) {
        return crate::property::getattr(obj, n).unwrap_or_else(|| no_attribute(obj, name));
    }
    let t = type_of(obj);
    if !t.is_heap_class() {
        if let Some(v) = exception_attr(obj, t, n) {
            return v;
        }

        // Data attributes of generators, files and floats, through the type: naming
        // them here would link their code into every program that reads one.
        if let Some(f) = t.methods.and_then(|m| m.getattr) {
            if let Some(v) = f(obj, n) {
                return v;
            }
        }
        if is_type(obj, &TYPE_FUNCTION) {
            if let Some(v) = crate::func::getattr(obj, name) {
                return v;
            }
        }
        if n == "__class__" {
            return t as *const TypeObject as Obj;
        }
        if let Some(f) = t.ext.and_then(|x| x.getattr) {
            if let Some(v) = f(obj, n) {
                return v;
            }
        }
        // The numeric data attributes ints and floats have.
        if crate::int::is_int(obj) {
            match n {
                // `+obj` for an int (a bool becomes its int), without naming
                // `pyaot_pos`, which links float for `+x` of a float.
                "real" | "numerator" => {
                    return crate::int::value(obj).map_or(obj, pyaot_abi::tag_int)
                }
                "imag" => return pyaot_abi::tag_int(0),
                "denominator" => return pyaot_abi::tag_int(1),
                _ => {}
            }
        }
        if let Some(m) = crate::methods::bind(obj, name) {
            return m;
        }
        return no_attribute(obj, name);
    }
    let class_attr = match lookup(t, name, None) {
        Ok(v) => v,
        Err(()) => return 0,
    };
    // Data descriptors (properties) win over the instance dict.
    if let Some(v) = class_attr {
        if is_type(v, &TYPE_PROPERTY) {
            return bind_class_attr(v, obj, t);
        }
    }
    match instance_dict(obj) {
        Ok(0) => {}
        Ok(d) => match dict::lookup(d, name) {
            Ok(Some(v)) => return v,
            Ok(None) => {}
            Err(()) => return 0,
        },
        Err(()) => return 0,
    }
    if let Some(v) = class_attr {
        return bind_class_attr(v, obj, t);
    }
    match n {
        "__class__" => return t as *const TypeObject as Obj,
        "__dict__" => return instance_dict(obj).unwrap_or_default(),
        _ => {}
    }
    if let Some(v) = exception_attr(obj, t, n) {
        return v;
    }
    // The methods of the built-in container the class extends (`d.keys`).
    if t.builtin_base.is_some() {
        if let Some(m) = crate::methods::bind(obj, name) {
            return m;
        }
    }
    let getattr_name = crate::static_str!("__getattr__");
    match lookup(t, getattr_name, None) {
        Ok(Some(g)) => {
            let a = [obj, name];
            pyaot_call(g, a.as_ptr(), 2)
        }
        Ok(None) => no_attribute(obj, name),
        Err(()) => 0,
    }
}

/// The data attributes of built-in exceptions (`args`, `SystemExit.code`).
fn exception_attr(e: Obj, t: &'static TypeObject, name: &str) -> Option<Obj> {
    match name {
        "args" if t.is_subtype(&TYPE_BASE_EXCEPTION) => Some(exception_args(e)),
        "code" if t.is_subtype(&exc::TYPE_SYSTEM_EXIT) => Some(exc::exit_code(e)),
        "__context__" | "__cause__" | "__suppress_context__"
            if t.is_subtype(&TYPE_BASE_EXCEPTION) =>
        {
            crate::exc_chain::attr(e, name)
        }
        "errno" | "strerror" | "filename" if t.is_subtype(&crate::exc_types::TYPE_OS_ERROR) => {
            crate::exc_types::os_error_attr(e, name)
        }
        "value" if t.is_subtype(&exc::TYPE_STOP_ITERATION) => Some(exc::stop_iteration_value(e)),
        _ if t.is_subtype(&crate::codecs::TYPE_UNICODE_ERROR) => {
            crate::codecs::unicode_error_attr(e, name)
        }
        _ => None,
    }
}

fn exception_args(e: Obj) -> Obj {
    match (exc::arg_of(e), exc::args_of(e)) {
        (0, 0) => tuple::empty(),
        (0, t) => t,
        (a, _) => tuple::from_slice(&[a]),
    }
}

/// `object.__setattr__` and `object.__delattr__` as builtin function objects (made
/// when asked for); None for other names.
fn object_method(name: &str) -> Option<Obj> {
    extern "C" fn setattr(p: *const Obj, n: usize) -> Obj {
        match *tuple::word_slice(p, n) {
            [o, name, v] if pystr::is_str(name) => object_setattr(o, name, v),
            _ => exc::type_error(format_args!("expected 3 arguments, got {n}")),
        }
    }
    extern "C" fn delattr(p: *const Obj, n: usize) -> Obj {
        match *tuple::word_slice(p, n) {
            [o, name] if pystr::is_str(name) => object_delattr(o, name),
            _ => exc::type_error(format_args!("expected 2 arguments, got {n}")),
        }
    }
    extern "C" fn new(p: *const Obj, n: usize) -> Obj {
        object_new(tuple::word_slice(p, n))
    }
    match name {
        "__setattr__" => Some(crate::modules::function(name, setattr)),
        "__delattr__" => Some(crate::modules::function(name, delattr)),
        "__new__" => Some(crate::modules::function(name, new)),
        _ => None,
    }
}

fn class_getattr(cls: Obj, name: Obj) -> Obj {
    let t = as_type(cls);
    let n = pystr::as_str(name);
    if core::ptr::eq(t, &TYPE_OBJECT) {
        if let Some(f) = object_method(n) {
            return f;
        }
    }
    match n {
        "__qualname__" if t.is_heap_class() => {
            return crate::qualname::get(t).unwrap_or(t.name_obj);
        }
        "__name__" | "__qualname__" => {
            return if t.name_obj != 0 {
                t.name_obj
            } else {
                pystr::from_str(object::short_name(t))
            }
        }
        "__mro__" if t.mro != 0 => return t.mro,
        _ => {}
    }
    if !t.is_heap_class() {
        if let Some(d) = crate::methods::descriptor(t, name) {
            return d;
        }
        if let Some(m) = crate::methods::class_method(t, name) {
            return m;
        }
    }
    if t.is_heap_class() && n == "__dict__" {
        // CPython hands out a read-only view; this is the namespace itself.
        return t.dict;
    }
    if t.is_heap_class() && n == "__annotations__" {
        // A class without annotations gets an empty dict on first access (3.10+).
        match dict::lookup(t.dict, name) {
            Ok(Some(v)) => return v,
            Ok(None) => {
                let d = dict::with_capacity(0);
                if d == 0 || dict::set(t.dict, name, d).is_err() {
                    return 0;
                }
                return d;
            }
            Err(()) => return 0,
        }
    }
    match lookup(t, name, None) {
        Ok(Some(v)) => {
            if is_type(v, &TYPE_STATICMETHOD) {
                wrapped(v)
            } else if is_type(v, &TYPE_CLASSMETHOD) {
                bind(wrapped(v), cls)
            } else {
                v
            }
        }
        Ok(None) => match t
            .builtin_base
            .and_then(|b| crate::methods::descriptor(b.ty, name))
        {
            Some(d) => d,
            None => no_attribute(cls, name),
        },
        Err(()) => 0,
    }
}

/// `obj.name = value`.
#[no_mangle]
pub extern "C" fn pyaot_setattr(obj: Obj, name: Obj, value: Obj) -> Obj {
    if crate::modules::is_module(obj) {
        return match crate::modules::setattr(obj, name, value) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
    if is_class(obj) {
        let t = as_type(obj);
        if !t.is_heap_class() {
            return exc::type_error(format_args!(
                "cannot set '{}' attribute of immutable type '{}'",
                pystr::as_str(name),
                t.name
            ));
        }
        if matches!(pystr::as_str(name), "__name__" | "__qualname__") {
            if !pystr::is_str(value) {
                return exc::type_error(format_args!(
                    "can only assign string to {}.{}, not '{}'",
                    t.name,
                    pystr::as_str(name),
                    type_of(value).name
                ));
            }
            if pystr::as_str(name) == "__qualname__" {
                crate::qualname::set(t, value);
                return none();
            }
            // A class made by a function (collections.namedtuple) takes its name
            // after the fact. The str stays alive through `name_obj`.
            // SAFETY: a heap class is a heap object only its own code reads.
            unsafe {
                let tm = &mut *(obj as *mut TypeObject);
                tm.name_obj = value;
                tm.name = pystr::as_str(value);
            }
            return none();
        }
        return match dict::set(t.dict, name, value) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
    let t = type_of(obj);
    if !t.is_heap_class() {
        if is_type(obj, &TYPE_FUNCTION) {
            return crate::func::setattr(obj, name, value);
        }
        return exc::attribute_error(format_args!(
            "'{}' object has no attribute '{}'",
            t.name,
            pystr::as_str(name)
        ));
    }
    // A class's own `__setattr__` takes over (it reaches the default through
    // `object.__setattr__` or `super().__setattr__`).
    match lookup(t, crate::static_str!("__setattr__"), None) {
        Ok(Some(f)) => {
            let b = bind_class_attr(f, obj, t);
            if b == 0 {
                return 0;
            }
            let a = [name, value];
            let r = pyaot_call(b, a.as_ptr(), 2);
            return if r == 0 { 0 } else { none() };
        }
        Ok(None) => {}
        Err(()) => return 0,
    }
    object_setattr(obj, name, value)
}

/// `object.__setattr__(obj, name, value)`: properties, then the instance dict.
pub fn object_setattr(obj: Obj, name: Obj, value: Obj) -> Obj {
    let t = type_of(obj);
    if !t.is_heap_class() {
        return exc::attribute_error(format_args!(
            "'{}' object has no attribute '{}'",
            t.name,
            pystr::as_str(name)
        ));
    }
    match lookup(t, name, None) {
        Ok(Some(p)) if is_type(p, &TYPE_PROPERTY) => {
            let fset = prop(p).fset;
            if fset == 0 {
                return crate::property::missing(p, t, "setter");
            }
            let a = [obj, value];
            let r = pyaot_call(fset, a.as_ptr(), 2);
            return if r == 0 { 0 } else { none() };
        }
        Err(()) => return 0,
        _ => {}
    }
    match instance_dict(obj) {
        Ok(d) if d != 0 => match dict::set(d, name, value) {
            Ok(()) => none(),
            Err(()) => 0,
        },
        Ok(_) => exc::attribute_error(format_args!(
            "'{}' object has no attribute '{}'",
            t.name,
            pystr::as_str(name)
        )),
        Err(()) => 0,
    }
}

/// `del obj.name`.
#[no_mangle]
pub extern "C" fn pyaot_delattr(obj: Obj, name: Obj) -> Obj {
    let t = type_of(obj);
    if obj & 1 == 0 && t.is_heap_class() {
        match lookup(t, crate::static_str!("__delattr__"), None) {
            Ok(Some(f)) => {
                let b = bind_class_attr(f, obj, t);
                if b == 0 {
                    return 0;
                }
                let r = pyaot_call(b, &name, 1);
                return if r == 0 { 0 } else { none() };
            }
            Ok(None) => {}
            Err(()) => return 0,
        }
    }
    object_delattr(obj, name)
}

/// `object.__delattr__(obj, name)`.
pub fn object_delattr(obj: Obj, name: Obj) -> Obj {
    if crate::modules::is_module(obj) {
        return match crate::modules::delattr(obj, name) {
            Ok(()) => none(),
            Err(()) => 0,
        };
    }
    if is_class(obj) && as_type(obj).is_heap_class() {
        let t = as_type(obj);
        return match dict::lookup(t.dict, name) {
            Ok(Some(_)) => match dict::method(t.dict, "pop", &[name]) {
                Some(0) | None => 0,
                Some(_) => none(),
            },
            Ok(None) => exc::attribute_error(format_args!(
                "type object '{}' has no attribute '{}'",
                t.name,
                pystr::as_str(name)
            )),
            Err(()) => 0,
        };
    }
    let t = type_of(obj);
    if t.is_heap_class() {
        if let Ok(Some(p)) = lookup(t, name, None) {
            if is_type(p, &TYPE_PROPERTY) {
                let fdel = prop(p).fdel;
                if fdel == 0 {
                    return crate::property::missing(p, t, "deleter");
                }
                let r = pyaot_call(fdel, &obj, 1);
                return if r == 0 { 0 } else { none() };
            }
        }
        if let Ok(d) = instance_dict(obj) {
            if d != 0 && matches!(dict::lookup(d, name), Ok(Some(_))) {
                let r = dict::method(d, "pop", &[name]);
                return if r == Some(0) { 0 } else { none() };
            }
        }
    }
    no_attribute(obj, name)
}

/// `property.setter(f)` and friends: a new property with one function replaced.
pub static TYPE_PROPERTY_ACTION: TypeObject =
    TypeObject::new("builtin_function_or_method", Some(&TYPE_OBJECT));

/// `p.setter` (or `getter`, `deleter`, as the str `which` says) for property `p`.
pub fn bind_action(p: Obj, which: Obj) -> Obj {
    let m = alloc_obj(&TYPE_PROPERTY_ACTION, core::mem::size_of::<Method>());
    if m != 0 {
        // SAFETY: fresh object.
        unsafe {
            let mo = &mut *(m as *mut Method);
            mo.func = p;
            mo.this = which;
        }
    }
    m
}

/// Calls a bound method, a property action, or a super object's... whatever
/// `pyaot_call` does not know: None when `callable` is none of these.
pub fn call_special(callable: Obj, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    if callable & 1 == 1 {
        return None;
    }
    if let Some(r) = crate::methods::call(callable, args, kwnames, kwvals) {
        return Some(r);
    }
    if is_type(callable, &TYPE_METHOD) {
        let (f, this) = method_parts(callable);
        return Some(call_with_self(f, this, args, kwnames, kwvals));
    }
    if is_type(callable, &TYPE_PROPERTY_ACTION) {
        let (p, which) = method_parts(callable);
        return Some(crate::property::action(p, which, args));
    }
    if is_class(callable) && as_type(callable).is_heap_class() {
        return Some(construct(callable, args, kwnames, kwvals));
    }
    let t = type_of(callable);
    if t.is_heap_class() {
        let call = crate::static_str!("__call__");
        return Some(match lookup(t, call, None) {
            Ok(Some(f)) => call_with_self(f, callable, args, kwnames, kwvals),
            Ok(None) => exc::type_error(format_args!("'{}' object is not callable", t.name)),
            Err(()) => 0,
        });
    }
    None
}

/// `obj.name(*args)` when `obj` is an instance of a class defined in Python, a class,
/// or a super object; None for other objects.
pub fn call_method(obj: Obj, name: Obj, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    if obj & 1 == 1 {
        return None;
    }
    let t = type_of(obj);
    if is_type(obj, &TYPE_SUPER) {
        let so = unsafe { &*(obj as *const SuperObj) };
        let start = type_of_for_super(so.obj);
        return Some(match lookup(start, name, Some(so.cls)) {
            Ok(Some(f)) if is_type(f, &TYPE_FUNCTION) => {
                call_with_self(f, so.obj, args, kwnames, kwvals)
            }
            Ok(Some(other)) => {
                let b = bind_class_attr(other, so.obj, start);
                if b == 0 {
                    0
                } else {
                    call_value(b, args, kwnames, kwvals)
                }
            }
            Ok(None) => builtin_super_method(so, name, args, kwnames, kwvals),
            Err(()) => 0,
        });
    }
    if !t.is_heap_class() && !is_class(obj) {
        return None;
    }
    if is_class(obj) && as_type(obj).ext.is_some() {
        // `bytes.fromhex(...)`: positional then keyword values in one array.
        let names = if kwnames == 0 {
            &[][..]
        } else {
            tuple::items(kwnames)
        };
        let mut all = [0 as Obj; crate::call::MAX_SLOTS];
        let n = args.len() + kwvals.len();
        if n <= all.len() {
            all[..args.len()].copy_from_slice(args);
            all[args.len()..n].copy_from_slice(kwvals);
            let (t, name) = (as_type(obj), pystr::as_str(name));
            if let Some(r) = crate::typeext::call_class_method(t, name, &all[..n], names) {
                return Some(r);
            }
        }
    }
    if t.is_heap_class() {
        // A plain function on the class (not shadowed by the instance): call it with
        // the object, without making a bound method.
        let in_instance = match instance_dict(obj) {
            Ok(0) => false,
            Ok(d) => matches!(dict::lookup(d, name), Ok(Some(_))),
            Err(()) => return Some(0),
        };
        if !in_instance {
            match lookup(t, name, None) {
                Ok(Some(f)) if is_type(f, &TYPE_FUNCTION) => {
                    return Some(call_with_self(f, obj, args, kwnames, kwvals));
                }
                // Not the class's: the built-in container's method it extends.
                Ok(None) => {
                    if let Some(b) = t.builtin_base {
                        let n = pystr::as_str(name);
                        let r = (b.call_method)(obj, n, args, kwnames, kwvals);
                        if r.is_some() {
                            return r;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if is_class(obj) {
        if let Some(r) = call_container_class_method(as_type(obj), name, args, kwnames, kwvals) {
            return Some(r);
        }
    }
    if obj == &dict::TYPE_DICT as *const TypeObject as Obj {
        // `dict.fromkeys(...)`: a class method, not an attribute.
        let r = dict::class_method(pystr::as_str(name), args, kwnames);
        if r.is_some() {
            return r;
        }
    }
    if obj == &crate::str::TYPE_STR as *const TypeObject as Obj {
        // `str.maketrans(...)`, `str.upper(s)`: str's methods are not attributes.
        let r = crate::str_methods::unbound(pystr::as_str(name), args, kwnames, kwvals);
        if r.is_some() {
            return r;
        }
    }
    let v = pyaot_getattr(obj, name);
    if v == 0 {
        return Some(0);
    }
    Some(call_value(v, args, kwnames, kwvals))
}

/// `C.name(...)` where `C` is a built-in container or a class extending one:
/// `dict.__init__(self, ...)` and `list.append(self, x)` on an instance of a
/// subclass reach the base's own method (bypassing the subclass's), and
/// `C.fromkeys(...)` makes an instance of `C`. None for anything else.
fn call_container_class_method(
    c: &'static TypeObject,
    name: Obj,
    args: &[Obj],
    kwnames: Obj,
    kwvals: &[Obj],
) -> Option<Obj> {
    let n = pystr::as_str(name);
    if c.is_heap_class() {
        let b = c.builtin_base?;
        let is_dict = core::ptr::eq(b.ty, &dict::TYPE_DICT);
        if is_dict && n == "fromkeys" && matches!(lookup(c, name, None), Ok(None)) {
            return Some((b.fromkeys)(c as *const TypeObject as Obj, args));
        }
        return None;
    }
    let (&this, rest) = args.split_first()?;
    let b = crate::subclass::base_of(this)?;
    if !core::ptr::eq(b.ty, c) {
        return None;
    }
    (b.call_method)(this, n, rest, kwnames, kwvals)
}

/// Whether class `t` (defined in Python) or a class in its MRO defines `name`.
pub fn defines(t: &'static TypeObject, name: Obj) -> bool {
    matches!(lookup(t, name, None), Ok(Some(_)))
}

fn call_value(f: Obj, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    if kwnames == 0 {
        return pyaot_call(f, args.as_ptr(), args.len());
    }
    let mut a = [0 as Obj; crate::call::MAX_SLOTS];
    let n = args.len() + kwvals.len();
    if n > a.len() {
        return exc::type_error(format_args!("too many arguments"));
    }
    a[..args.len()].copy_from_slice(args);
    a[args.len()..n].copy_from_slice(kwvals);
    crate::call::pyaot_call_kw(f, a.as_ptr(), n, kwnames)
}

/// `super().name(...)` reaching a built-in class: `object.__init__` and
/// `BaseException.__init__` are the ones classes call.
fn builtin_super_method(
    so: &SuperObj,
    name: Obj,
    args: &[Obj],
    kwnames: Obj,
    kwvals: &[Obj],
) -> Obj {
    if let (Some(b), false) = (crate::subclass::base_of(so.obj), is_class(so.obj)) {
        let n = pystr::as_str(name);
        if let Some(r) = (b.call_method)(so.obj, n, args, kwnames, kwvals) {
            return r;
        }
    }
    if !kwvals.is_empty() {
        return exc::type_error(format_args!(
            "{}() takes no keyword arguments",
            pystr::as_str(name)
        ));
    }
    match pystr::as_str(name) {
        "__init__" if type_of(so.obj).is_subtype(&TYPE_BASE_EXCEPTION) => {
            set_exception_args(so.obj, args)
        }
        "__init__" => none(),
        "__new__" => object_new(args),
        "__setattr__" => match *args {
            [n, v] if pystr::is_str(n) => object_setattr(so.obj, n, v),
            _ => exc::type_error(format_args!("expected 2 arguments, got {}", args.len())),
        },
        "__delattr__" => match *args {
            [n] if pystr::is_str(n) => object_delattr(so.obj, n),
            _ => exc::type_error(format_args!("expected 1 argument, got {}", args.len())),
        },
        "__str__" | "__repr__" => {
            let t = type_of(so.obj);
            // The built-in behaviour, bypassing the class's own method.
            if t.is_subtype(&TYPE_BASE_EXCEPTION) {
                crate::exc::builtin_str(so.obj, pystr::as_str(name) == "__repr__")
            } else {
                default_repr(so.obj)
            }
        }
        _ => no_attribute(so.obj, name),
    }
}

fn type_of_for_super(o: Obj) -> &'static TypeObject {
    if is_class(o) {
        as_type(o)
    } else {
        type_of(o)
    }
}

/// `super(cls, obj)` (the compiler passes the method's class and first argument).
#[no_mangle]
pub extern "C" fn pyaot_super(cls: Obj, obj: Obj) -> Obj {
    let s = alloc_obj(&TYPE_SUPER, core::mem::size_of::<SuperObj>());
    if s != 0 {
        // SAFETY: fresh object.
        unsafe {
            let so = &mut *(s as *mut SuperObj);
            so.cls = cls;
            so.obj = obj;
        }
    }
    s
}

fn super_getattr(s: Obj, name: Obj) -> Obj {
    // SAFETY: super objects.
    let so = unsafe { &*(s as *const SuperObj) };
    let start = type_of_for_super(so.obj);
    match lookup(start, name, Some(so.cls)) {
        Ok(Some(v)) => bind_class_attr(v, so.obj, start),
        // `super().__setattr__(...)` reaching object's.
        Ok(None) if object_method(pystr::as_str(name)).is_some() => {
            let f = object_method(pystr::as_str(name)).unwrap_or(0);
            if f == 0 {
                return 0;
            }
            // `__new__` is a static method: the class is passed explicitly.
            if pystr::as_str(name) == "__new__" {
                return f;
            }
            bind(f, so.obj)
        }
        // A method of the built-in container the class extends
        // (`super().__init__(*args, **kw)`): calling it calls it on the super object,
        // which reaches the base's method.
        Ok(None) if crate::subclass::base_of(so.obj).is_some() && !is_class(so.obj) => {
            crate::methods::bound(s, name)
        }
        Ok(None) => exc::attribute_error(format_args!(
            "'super' object has no attribute '{}'",
            pystr::as_str(name)
        )),
        Err(()) => 0,
    }
}

// ---- slots of classes defined in Python ----

/// Calls dunder `name` of `o`'s class with `o` and `args`; None when not defined.
/// `o.name(*args)` when `o` is an instance of a class defined in Python whose MRO
/// defines `name` (a dunder such as `__reversed__`); None otherwise.
pub fn call_dunder_if_defined(o: Obj, name: Obj, args: &[Obj]) -> Option<Obj> {
    if o & 1 == 1 || !type_of(o).is_heap_class() {
        return None;
    }
    dunder(o, name, args)
}

fn dunder(o: Obj, name: Obj, args: &[Obj]) -> Option<Obj> {
    let t = type_of(o);
    match lookup(t, name, None) {
        Ok(Some(f)) => {
            let b = bind_class_attr(f, o, t);
            if b == 0 {
                return Some(0);
            }
            Some(pyaot_call(b, args.as_ptr(), args.len()))
        }
        Ok(None) => None,
        Err(()) => Some(0),
    }
}

fn default_repr(o: Obj) -> Obj {
    let t = type_of(o);
    pystr::format(format_args!(
        "<{}{} object at {:#x}>",
        object::module_prefix(t),
        crate::qualname::display(t),
        o
    ))
}

fn slot_repr(o: Obj) -> Obj {
    match dunder(o, crate::static_str!("__repr__"), &[]) {
        Some(r) => check_str(r, "__repr__"),
        None if type_of(o).is_subtype(&TYPE_BASE_EXCEPTION) => crate::exc::builtin_str(o, true),
        None => match crate::subclass::base_of(o).and_then(|b| b.ty.repr) {
            Some(f) => f(o),
            None => default_repr(o),
        },
    }
}

fn slot_str(o: Obj) -> Obj {
    match dunder(o, crate::static_str!("__str__"), &[]) {
        Some(r) => check_str(r, "__str__"),
        None if type_of(o).is_subtype(&TYPE_BASE_EXCEPTION) => {
            // An exception class may define only __repr__; str() of exceptions
            // ignores it, as in CPython, and uses its built-in base's
            // (`KeyError`'s repr of the key, `UnicodeDecodeError`'s message).
            let t = type_of(o);
            let builtin = if t.mro == 0 {
                None
            } else {
                tuple::items(t.mro)
                    .iter()
                    .map(|&c| as_type(c))
                    .find(|c| !c.is_heap_class())
            };
            match builtin.and_then(|b| b.str) {
                Some(f) => f(o),
                None => crate::exc::builtin_str(o, false),
            }
        }
        None => slot_repr(o),
    }
}

fn check_str(r: Obj, what: &str) -> Obj {
    if r == 0 || pystr::is_str(r) {
        return r;
    }
    exc::type_error(format_args!(
        "{} returned non-string (type {})",
        what,
        type_of(r).name
    ))
}

fn slot_hash(o: Obj) -> Result<isize, ()> {
    let t = type_of(o);
    let hash_name = crate::static_str!("__hash__");
    match lookup(t, hash_name, None)? {
        Some(h) if h == none() => {
            exc::type_error(format_args!("unhashable type: '{}'", t.name));
            Err(())
        }
        Some(_) => {
            let r = dunder(o, hash_name, &[]).unwrap_or(0);
            if r == 0 {
                return Err(());
            }
            crate::range::index_arg(r)
        }
        // A class that defines __eq__ and not __hash__ is unhashable.
        None if lookup(t, crate::static_str!("__eq__"), None)?.is_some() => {
            exc::type_error(format_args!("unhashable type: '{}'", t.name));
            Err(())
        }
        // A built-in container's: dicts and lists are unhashable.
        None if t.builtin_base.is_some() => match t.builtin_base.and_then(|b| b.ty.hash) {
            Some(f) => f(o),
            None => {
                exc::type_error(format_args!("unhashable type: '{}'", t.name));
                Err(())
            }
        },
        None => object::identity_hash(o),
    }
}

fn slot_compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    let name = match op {
        CmpOp::Lt => crate::static_str!("__lt__"),
        CmpOp::Le => crate::static_str!("__le__"),
        CmpOp::Eq => crate::static_str!("__eq__"),
        CmpOp::Ne => crate::static_str!("__ne__"),
        CmpOp::Gt => crate::static_str!("__gt__"),
        CmpOp::Ge => crate::static_str!("__ge__"),
    };
    match dunder(a, name, &[b]) {
        Some(r) if r == not_implemented() => NOT_IMPLEMENTED,
        Some(r) => r,
        // != falls back to the negation of __eq__, as object.__ne__ does (a built-in
        // container's own != comes first in the MRO of a class extending it).
        None if op == CmpOp::Ne && crate::subclass::base_of(a).is_none() => {
            match dunder(a, crate::static_str!("__eq__"), &[b]) {
                Some(0) => 0,
                Some(r) if r == not_implemented() => NOT_IMPLEMENTED,
                Some(r) => match object::is_true(r) {
                    Ok(t) => object::bool_obj(!t),
                    Err(()) => 0,
                },
                None => NOT_IMPLEMENTED,
            }
        }
        None => match crate::subclass::base_of(a) {
            Some(t) => crate::subclass::compare(t.ty, a, b, op),
            None => NOT_IMPLEMENTED,
        },
    }
}

/// The `NotImplemented` object user comparison methods may return.
#[export_name = "pyaot_NotImplemented"]
pub static NOT_IMPLEMENTED_OBJ: object::Singleton = object::Singleton {
    header: Header {
        ob_type: &TYPE_NOT_IMPLEMENTED,
    },
};

/// `NotImplementedType`.
pub static TYPE_NOT_IMPLEMENTED: TypeObject = TypeObject {
    repr: Some(|_| crate::static_str!("NotImplemented")),
    ..TypeObject::new("NotImplementedType", Some(&TYPE_OBJECT))
};

/// `Ellipsis` (`...`).
#[export_name = "pyaot_Ellipsis"]
pub static ELLIPSIS_OBJ: object::Singleton = object::Singleton {
    header: Header {
        ob_type: &TYPE_ELLIPSIS,
    },
};

/// `ellipsis`.
pub static TYPE_ELLIPSIS: TypeObject = TypeObject {
    repr: Some(|_| crate::static_str!("Ellipsis")),
    hash: Some(object::identity_hash),
    ..TypeObject::new("ellipsis", Some(&TYPE_OBJECT))
};

/// `NotImplemented` as a word.
pub fn not_implemented() -> Obj {
    &NOT_IMPLEMENTED_OBJ as *const object::Singleton as Obj
}

fn slot_truth(o: Obj) -> Result<bool, ()> {
    if let Some(r) = dunder(o, crate::static_str!("__bool__"), &[]) {
        if r == 0 {
            return Err(());
        }
        if !is_type(r, &crate::int::TYPE_BOOL) {
            exc::type_error(format_args!(
                "__bool__ should return bool, returned {}",
                type_of(r).name
            ));
            return Err(());
        }
        return Ok(r != false_());
    }
    match dunder(o, crate::static_str!("__len__"), &[]) {
        Some(r) => len_result(r).map(|n| n != 0),
        None => Ok(crate::subclass::base_of(o).is_none_or(|b| (b.len)(o) != 0)),
    }
}

fn len_result(r: Obj) -> Result<usize, ()> {
    if r == 0 {
        return Err(());
    }
    let n = crate::range::index_arg(r)?;
    if n < 0 {
        exc::value_error(format_args!("__len__() should return >= 0"));
        return Err(());
    }
    Ok(n as usize)
}

fn slot_len(o: Obj) -> Result<usize, ()> {
    match dunder(o, crate::static_str!("__len__"), &[]) {
        Some(r) => len_result(r),
        None if crate::subclass::base_of(o).is_some() => {
            Ok(crate::subclass::base_of(o).map_or(0, |b| (b.len)(o)))
        }
        None => {
            exc::type_error(format_args!(
                "object of type '{}' has no len()",
                type_of(o).name
            ));
            Err(())
        }
    }
}

fn slot_getitem(o: Obj, k: Obj) -> Obj {
    dunder(o, crate::static_str!("__getitem__"), &[k]).unwrap_or_else(|| {
        if let Some(b) = crate::subclass::base_of(o) {
            return (b.getitem)(o, k);
        }
        exc::type_error(format_args!(
            "'{}' object is not subscriptable",
            type_of(o).name
        ))
    })
}

fn slot_setitem(o: Obj, k: Obj, v: Obj) -> Obj {
    dunder(o, crate::static_str!("__setitem__"), &[k, v]).unwrap_or_else(|| {
        if let Some(b) = crate::subclass::base_of(o) {
            return (b.setitem)(o, k, v);
        }
        exc::type_error(format_args!(
            "'{}' object does not support item assignment",
            type_of(o).name
        ))
    })
}

/// `del o[k]` for instances of classes defined in Python.
pub fn delitem(o: Obj, k: Obj) -> Option<Obj> {
    if !type_of(o).is_heap_class() {
        return None;
    }
    Some(
        dunder(o, crate::static_str!("__delitem__"), &[k]).unwrap_or_else(|| {
            if let Some(b) = crate::subclass::base_of(o) {
                return (b.delitem)(o, k);
            }
            exc::type_error(format_args!(
                "'{}' object does not support item deletion",
                type_of(o).name
            ))
        }),
    )
}

fn slot_contains(o: Obj, x: Obj) -> Obj {
    if let Some(r) = dunder(o, crate::static_str!("__contains__"), &[x]) {
        if r == 0 {
            return 0;
        }
        return match object::is_true(r) {
            Ok(b) => object::bool_obj(b),
            Err(()) => 0,
        };
    }
    if let Some(f) = crate::subclass::base_of(o).and_then(|b| b.ty.contains) {
        return f(o, x);
    }
    // Else membership by iteration.
    let it = slot_iter(o);
    if it == 0 {
        return 0;
    }
    loop {
        match crate::func::pyaot_iter_next(it) {
            0 => return 0,
            ITER_DONE => return false_(),
            v => match object::eq(v, x) {
                Ok(true) => return object::true_(),
                Ok(false) => {}
                Err(()) => return 0,
            },
        }
    }
}

fn slot_iter(o: Obj) -> Obj {
    match dunder(o, crate::static_str!("__iter__"), &[]) {
        Some(r) => r,
        None if crate::subclass::base_of(o).is_some() => crate::subclass::base_of(o)
            .and_then(|b| b.ty.iter)
            .map_or(0, |f| f(o)),
        None => exc::type_error(format_args!("'{}' object is not iterable", type_of(o).name)),
    }
}

fn slot_next(o: Obj) -> Obj {
    match dunder(o, crate::static_str!("__next__"), &[]) {
        Some(0) if exc::pending_matches(&exc::TYPE_STOP_ITERATION) => {
            exc::take();
            ITER_DONE
        }
        Some(r) => r,
        None => exc::type_error(format_args!(
            "'{}' object is not an iterator",
            type_of(o).name
        )),
    }
}

/// A binary operator's dunder methods for instances of classes defined in Python:
/// `a.__op__(b)`, then `b.__rop__(a)`; None when neither operand's class defines
/// them (the caller raises its TypeError).
pub fn binop(a: Obj, b: Obj, name: &str) -> Option<Obj> {
    let heap = |o: Obj| o & 1 == 0 && type_of(o).is_heap_class();
    if !heap(a) && !heap(b) {
        return None;
    }
    let mut buf = [0u8; 16];
    let dunder_name = |prefix: &str, buf: &mut [u8; 16]| -> Obj {
        let n = 2 + prefix.len() + name.len() + 2;
        buf[..2].copy_from_slice(b"__");
        buf[2..2 + prefix.len()].copy_from_slice(prefix.as_bytes());
        buf[2 + prefix.len()..n - 2].copy_from_slice(name.as_bytes());
        buf[n - 2..n].copy_from_slice(b"__");
        pystr::from_bytes(&buf[..n])
    };
    if heap(a) {
        let m = dunder_name("", &mut buf);
        if m == 0 {
            return Some(0);
        }
        if let Some(r) = dunder(a, m, &[b]) {
            if r != not_implemented() {
                return Some(r);
            }
        }
    }
    if heap(b) {
        let m = dunder_name("r", &mut buf);
        if m == 0 {
            return Some(0);
        }
        if let Some(r) = dunder(b, m, &[a]) {
            if r != not_implemented() {
                return Some(r);
            }
        }
    }
    None
}

/// In-place operators (`a += b`): `a.__iadd__(b)` when defined, else None.
pub fn inplace(a: Obj, b: Obj, name: &str) -> Option<Obj> {
    if a & 1 == 1 || !type_of(a).is_heap_class() {
        return None;
    }
    let mut buf = [0u8; 16];
    let n = 3 + name.len() + 2;
    buf[..3].copy_from_slice(b"__i");
    buf[3..3 + name.len()].copy_from_slice(name.as_bytes());
    buf[n - 2..n].copy_from_slice(b"__");
    let m = pystr::from_bytes(&buf[..n]);
    if m == 0 {
        return Some(0);
    }
    match dunder(a, m, &[b]) {
        Some(r) if r == not_implemented() => None,
        other => other,
    }
}

/// Unary dunders (`-a` → `__neg__`) for instances of classes defined in Python.
pub fn unary(a: Obj, name: &'static str) -> Option<Obj> {
    if a & 1 == 1 || !type_of(a).is_heap_class() {
        return None;
    }
    let m = pystr::from_str(name);
    if m == 0 {
        return Some(0);
    }
    dunder(a, m, &[])
}

/// Used by `with`: calls `__enter__`/`__exit__`.
pub fn call_dunder(o: Obj, name: &'static str, args: &[Obj]) -> Obj {
    let m = pystr::from_str(name);
    if m == 0 {
        return 0;
    }
    match dunder(o, m, args) {
        Some(r) => r,
        None => exc::attribute_error(format_args!(
            "'{}' object has no attribute '{}'",
            type_of(o).name,
            name
        )),
    }
}

const _: () = assert!(core::mem::size_of::<Method>() == 3 * WORD);
