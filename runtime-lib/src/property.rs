//! `property` objects: `property(fget, fset, fdel, doc)` (positional or keyword),
//! their attributes `fget`, `fset`, `fdel`, `__doc__` (given, or the getter's
//! docstring), and `getter`/`setter`/`deleter`, which copy the property with one
//! function replaced, as CPython's `property_copy`. Attribute access through a
//! property is `class.rs`.

use crate::class::TYPE_PROPERTY;
use crate::exc;
use crate::object::{alloc_obj, none, Header, Obj};
use crate::str as pystr;

/// `[type][fget][fset][fdel][doc][doc came from the getter][name]`; a missing
/// function is 0, a missing doc None, the name 0 until the class statement that
/// holds the property names it (CPython's `__set_name__`).
#[repr(C)]
pub struct Property {
    header: Header,
    /// The getter, or 0.
    pub fget: Obj,
    /// The setter, or 0.
    pub fset: Obj,
    /// The deleter, or 0.
    pub fdel: Obj,
    doc: Obj,
    /// Whether `doc` is the getter's docstring (a copy with a new getter takes the
    /// new one's).
    getter_doc: bool,
    name: Obj,
}

/// A property object's fields.
pub fn fields(p: Obj) -> &'static Property {
    // SAFETY: only called on property objects.
    unsafe { &*(p as *const Property) }
}

/// `property(fget, fset, fdel, doc)`, each 0 (or None) when not given; without a
/// doc, the getter's `__doc__` (CPython's property_init).
pub fn new(fget: Obj, fset: Obj, fdel: Obj, doc: Obj) -> Obj {
    let f = |o: Obj| if o == none() { 0 } else { o };
    let (fget, fset, fdel) = (f(fget), f(fset), f(fdel));
    let mut doc = if doc == 0 { none() } else { doc };
    let mut getter_doc = false;
    if doc == none() && fget != 0 {
        let d = crate::class::pyaot_getattr(fget, crate::static_str!("__doc__"));
        if d == 0 {
            if !exc::pending_matches(&exc::TYPE_ATTRIBUTE_ERROR) {
                return 0;
            }
            exc::take();
        } else if d != none() {
            doc = d;
            getter_doc = true;
        }
    }
    let p = alloc_obj(&TYPE_PROPERTY, core::mem::size_of::<Property>());
    if p != 0 {
        // SAFETY: a fresh property object.
        let po = unsafe { &mut *(p as *mut Property) };
        (po.fget, po.fset, po.fdel) = (fget, fset, fdel);
        po.doc = doc;
        po.getter_doc = getter_doc;
    }
    p
}

/// `property(...)` with positional arguments only.
pub fn construct(a: &[Obj]) -> Obj {
    if a.len() > 4 {
        return exc::type_error(format_args!(
            "property() takes at most 4 arguments ({} given)",
            a.len()
        ));
    }
    let get = |i: usize| a.get(i).copied().unwrap_or(0);
    new(get(0), get(1), get(2), get(3))
}

/// `property(...)` with keyword arguments: `(args*, n, kwnames)`, the positional
/// values then one per name. Exported for its hook (`pyaot_abi::CLASS_KW_HOOKS`).
#[export_name = "pyaot_property_kw"]
pub extern "C" fn construct_kw(a: *const Obj, n: usize, kwnames: Obj) -> Obj {
    const NAMES: [&str; 4] = ["fget", "fset", "fdel", "doc"];
    let (pos, names, vals) = crate::iterbuiltins::split_kw(a, n, kwnames);
    if n > 4 {
        return exc::type_error(format_args!(
            "property() takes at most 4 arguments ({n} given)"
        ));
    }
    let mut slots = [0 as Obj; 4];
    slots[..pos.len()].copy_from_slice(pos);
    for (&k, &v) in names.iter().zip(vals) {
        let key = pystr::as_str(k);
        match NAMES.iter().position(|&p| p == key) {
            Some(i) if i < pos.len() => {
                return exc::type_error(format_args!(
                    "argument for property() given by name ('{key}') and position ({})",
                    i + 1
                ))
            }
            Some(i) => slots[i] = v,
            None => {
                return exc::type_error(format_args!(
                    "'{key}' is an invalid keyword argument for property()"
                ))
            }
        }
    }
    new(slots[0], slots[1], slots[2], slots[3])
}

/// The attributes of property `p`: `fget`, `fset`, `fdel`, `__doc__`, and the
/// bound `getter`/`setter`/`deleter`; None for other names.
pub fn getattr(p: Obj, name: &str) -> Option<Obj> {
    let po = fields(p);
    let or_none = |o: Obj| if o == 0 { none() } else { o };
    Some(match name {
        "fget" => or_none(po.fget),
        "fset" => or_none(po.fset),
        "fdel" => or_none(po.fdel),
        "__doc__" => po.doc,
        "setter" | "getter" | "deleter" => {
            let which = pystr::from_str(name);
            if which == 0 {
                return Some(0);
            }
            crate::class::bind_action(p, which)
        }
        _ => return None,
    })
}

/// Calls `p.getter(f)`, `p.setter(f)` or `p.deleter(f)` (`which` names it): a new
/// property with that function replaced (None keeps the old one).
pub fn action(p: Obj, which: Obj, args: &[Obj]) -> Obj {
    let which = pystr::as_str(which);
    let [f] = *args else {
        return exc::type_error(format_args!(
            "property.{which}() takes exactly one argument ({} given)",
            args.len()
        ));
    };
    let po = fields(p);
    let keep = |new: Obj, old: Obj| if new == none() { old } else { new };
    let (mut get, mut set, mut del) = (po.fget, po.fset, po.fdel);
    match which {
        "getter" => get = keep(f, get),
        "setter" => set = keep(f, set),
        _ => del = keep(f, del),
    }
    // A docstring taken from the old getter is taken again from the (new) getter.
    let doc = if po.getter_doc && get != 0 {
        none()
    } else {
        po.doc
    };
    let p2 = new(get, set, del, doc);
    if p2 != 0 {
        // SAFETY: a fresh property object; the copy keeps the name.
        unsafe { (*(p2 as *mut Property)).name = po.name };
    }
    p2
}

/// `p.__set_name__(owner, name)`: the attribute name error messages quote.
pub fn set_name(p: Obj, name: Obj) {
    // SAFETY: only called on property objects.
    unsafe { (*(p as *mut Property)).name = name };
}

/// AttributeError for a property of an object of class `owner` lacking the getter,
/// setter or deleter (`what`), as CPython 3.11 words it.
pub fn missing(p: Obj, owner: &crate::object::TypeObject, what: &str) -> Obj {
    let name = fields(p).name;
    if name == 0 {
        return exc::attribute_error(format_args!(
            "property of '{}' object has no {what}",
            crate::qualname::display(owner)
        ));
    }
    exc::attribute_error(format_args!(
        "property '{}' of '{}' object has no {what}",
        pystr::as_str(name),
        crate::qualname::display(owner)
    ))
}
