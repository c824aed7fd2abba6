//! Calls with more than positional arguments: binding keywords, defaults, `*args` and
//! `**kwargs` to a function's parameter slots with CPython's error messages; keyword
//! calls, `f(*a, **k)`, function objects made at `def` time (defaults, closures), and
//! cells for variables captured by nested functions.

use crate::exc;
use crate::func::{as_func, call_fast, FuncInfo, TYPE_FUNCTION};
use crate::object::{
    alloc_obj, is_type, none, type_of, Header, Obj, TypeObject, TYPE_OBJECT, WORD,
};
use crate::{dict, list, str as pystr, tuple};
use pyaot_abi::{FUNC_GENERATOR, FUNC_SELF, FUNC_VARARGS, FUNC_VARKW};

/// Most parameter slots a function may have (the compiler refuses more).
pub const MAX_SLOTS: usize = 64;

fn words<'a>(p: *const Obj, n: usize) -> &'a [Obj] {
    tuple::word_slice(p, n)
}

fn info_of(f: Obj) -> &'static FuncInfo {
    // SAFETY: function objects point to their static FuncInfo.
    unsafe { &*as_func(f).info }
}

/// The name binding errors give the function: CPython 3.11 words them with the
/// qualified name (`A.m() takes ...`, `outer.<locals>.inner() missing ...`).
fn name_of(f: Obj) -> &'static str {
    pystr::as_str(info_of(f).qualname)
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments.
fn list_names(names: &[Obj], w: &mut dyn core::fmt::Write) -> core::fmt::Result {
    for (i, &n) in names.iter().enumerate() {
        if i > 0 {
            let sep = match (names.len(), i == names.len() - 1) {
                (2, _) => " and ",
                (_, true) => ", and ",
                _ => ", ",
            };
            w.write_str(sep)?;
        }
        write!(w, "'{}'", pystr::as_str(n))?;
    }
    Ok(())
}

fn missing_error(f: Obj, names: &[Obj], kind: &str) -> Obj {
    let n = names.len();
    let s = pystr::build(|w| {
        write!(
            w,
            "{}() missing {} required {} argument{}: ",
            name_of(f),
            n,
            kind,
            if n == 1 { "" } else { "s" }
        )?;
        list_names(names, w)
    });
    if s == 0 {
        return 0;
    }
    exc::raise(&exc::TYPE_TYPE_ERROR, s)
}

/// Binds positional `pos` and keyword (`kwnames`, `kwvals`) arguments to `f`'s slots
/// and calls it.
pub fn bind_and_call(f: Obj, pos: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Obj {
    let fo = as_func(f);
    let info = info_of(f);
    let names = tuple::items(info.params);
    let (nargs, nkwonly) = (info.nargs, info.nkwonly);
    let varargs = info.flags & FUNC_VARARGS != 0;
    let varkw = info.flags & FUNC_VARKW != 0;
    let hidden = usize::from(info.flags & FUNC_SELF != 0);
    let nslots = fo.arity;
    if nslots > MAX_SLOTS {
        return exc::type_error(format_args!("{}() has too many parameters", name_of(f)));
    }
    let mut slots = [0 as Obj; MAX_SLOTS];
    if hidden == 1 {
        slots[0] = f;
    }
    // Slot indices of the parameter kinds, after the hidden self.
    let kwonly_at = hidden + nargs + usize::from(varargs);
    let varkw_at = kwonly_at + nkwonly;
    // Positional arguments.
    let given = pos.len();
    if given > nargs && !varargs {
        let ndefaults = if fo.defaults == 0 {
            0
        } else {
            tuple::len(fo.defaults)
        };
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let verb = if given == 1 { "was" } else { "were" };
        return if ndefaults > 0 {
            exc::type_error(format_args!(
                "{}() takes from {} to {} positional arguments but {} {} given",
                name_of(f),
                nargs - ndefaults,
                nargs,
                given,
                verb
            ))
        } else {
            exc::type_error(format_args!(
                "{}() takes {} positional argument{} but {} {} given",
                name_of(f),
                nargs,
                plural(nargs),
                given,
                verb
            ))
        };
    }
    for (i, &a) in pos.iter().take(nargs).enumerate() {
        slots[hidden + i] = a;
    }
    if varargs {
        let extra = if given > nargs {
            &pos[nargs..]
        } else {
            &[][..]
        };
        let t = tuple::from_slice(extra);
        if t == 0 {
            return 0;
        }
        slots[hidden + nargs] = t;
    }
    let kwdict = if varkw {
        let d = dict::with_capacity(0);
        if d == 0 {
            return 0;
        }
        slots[varkw_at] = d;
        d
    } else {
        0
    };
    // Keyword arguments.
    let kwn = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let mut posonly_as_kw: [Obj; 8] = [0; 8];
    let mut n_posonly_kw = 0;
    for (k, &kname) in kwn.iter().enumerate() {
        let value = kwvals[k];
        let key = pystr::as_str(kname);
        let found = names
            .iter()
            .enumerate()
            .filter(|&(i, _)| {
                i >= info.nposonly
                    && (i < nargs
                        || (i >= nargs + usize::from(varargs)
                            && i < nargs + usize::from(varargs) + nkwonly))
            })
            .find(|&(_, &n)| pystr::as_str(n) == key)
            .map(|(i, _)| hidden + i);
        match found {
            Some(slot) => {
                if slots[slot] != 0 {
                    return exc::type_error(format_args!(
                        "{}() got multiple values for argument '{}'",
                        name_of(f),
                        key
                    ));
                }
                slots[slot] = value;
            }
            None if varkw => {
                if dict::set(kwdict, kname, value).is_err() {
                    return 0;
                }
            }
            None => {
                let is_posonly = names[..info.nposonly]
                    .iter()
                    .any(|&n| pystr::as_str(n) == key);
                if is_posonly && n_posonly_kw < posonly_as_kw.len() {
                    posonly_as_kw[n_posonly_kw] = kname;
                    n_posonly_kw += 1;
                    continue;
                }
                return exc::type_error(format_args!(
                    "{}() got an unexpected keyword argument '{}'",
                    name_of(f),
                    key
                ));
            }
        }
    }
    if n_posonly_kw > 0 {
        let s = pystr::build(|w| {
            write!(
                w,
                "{}() got some positional-only arguments passed as keyword arguments: ",
                name_of(f)
            )?;
            let list = &posonly_as_kw[..n_posonly_kw];
            for (i, &n) in list.iter().enumerate() {
                if i > 0 {
                    w.write_str(", ")?;
                }
                write!(w, "'{}'", pystr::as_str(n))?;
            }
            Ok(())
        });
        return if s == 0 {
            0
        } else {
            exc::raise(&exc::TYPE_TYPE_ERROR, s)
        };
    }
    // Defaults, then what is still missing.
    let defaults = if fo.defaults == 0 {
        &[][..]
    } else {
        tuple::items(fo.defaults)
    };
    let first_default = nargs - defaults.len();
    let mut missing = [0 as Obj; MAX_SLOTS];
    let mut nmissing = 0;
    for i in 0..nargs {
        if slots[hidden + i] == 0 {
            if i >= first_default {
                slots[hidden + i] = defaults[i - first_default];
            } else {
                missing[nmissing] = names[i];
                nmissing += 1;
            }
        }
    }
    if nmissing > 0 {
        return missing_error(f, &missing[..nmissing], "positional");
    }
    for j in 0..nkwonly {
        let slot = kwonly_at + j;
        if slots[slot] == 0 {
            let pname = names[nargs + usize::from(varargs) + j];
            let d = if fo.kwdefaults == 0 {
                None
            } else {
                match dict::lookup(fo.kwdefaults, pname) {
                    Ok(v) => v,
                    Err(()) => return 0,
                }
            };
            match d {
                Some(v) => slots[slot] = v,
                None => {
                    missing[nmissing] = pname;
                    nmissing += 1;
                }
            }
        }
    }
    if nmissing > 0 {
        return missing_error(f, &missing[..nmissing], "keyword-only");
    }
    if info.flags & FUNC_GENERATOR != 0 {
        // The body runs when the generator is first resumed.
        return new_generator(f, &slots[..nslots]);
    }
    call_fast(fo, slots.as_ptr(), nslots)
}

/// A call with keyword arguments.
#[no_mangle]
pub extern "C" fn pyaot_call_kw(callable: Obj, args: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let all = words(args, n);
    let nk = if kwnames == 0 { 0 } else { tuple::len(kwnames) };
    let (pos, kwvals) = all.split_at(n - nk);
    if is_type(callable, &TYPE_FUNCTION) {
        return bind_and_call(callable, pos, kwnames, kwvals);
    }
    if nk == 0 {
        return crate::func::pyaot_call(callable, args, n);
    }
    if let Some(r) = crate::class::call_special(callable, pos, kwnames, kwvals) {
        return r;
    }
    if crate::types::is_class(callable) {
        if let Some(x) = crate::types::as_type(callable).ext {
            return (x.construct)(all, tuple::items(kwnames));
        }
    }
    let name = if crate::types::is_class(callable) {
        let t = crate::types::as_type(callable);
        if let Some(r) = crate::builtins_kw::call_class(t, args, n, kwnames) {
            return r;
        }
        t.name
    } else if is_type(callable, &crate::func::TYPE_BUILTIN) {
        // SAFETY: builtin objects have this layout.
        let b = unsafe { &*(callable as *const crate::func::BuiltinObj) };
        if let Some(kw) = crate::builtins_kw::for_builtin(b.entry) {
            return kw(args, n, kwnames);
        }
        if let Some(r) = crate::modules::call_kw(b, pos, kwnames, kwvals) {
            return r;
        }
        pystr::as_str(b.name)
    } else {
        return exc::type_error(format_args!(
            "'{}' object is not callable",
            type_of(callable).name
        ));
    };
    exc::type_error(format_args!("{}() takes no keyword arguments", name))
}

/// A generator for a call of generator function `f` with its bound `slots`, through
/// the hook the compiler defines in programs with generator functions (naming
/// `gen::new` would link generators into every program that calls a function).
pub fn new_generator(f: Obj, slots: &[Obj]) -> Obj {
    crate::hooks::gen_new(f, slots).unwrap_or_else(|| {
        // Only a generator function made outside this program (from C) gets here.
        exc::runtime_error(format_args!("generators are not linked into this program"))
    })
}

/// A method call with keyword arguments; `args[0]` is the object.
#[no_mangle]
pub extern "C" fn pyaot_call_method_kw(name: Obj, args: *const Obj, n: usize, kwnames: Obj) -> Obj {
    let all = words(args, n);
    let nk = if kwnames == 0 { 0 } else { tuple::len(kwnames) };
    if nk == 0 {
        return crate::func::pyaot_call_method(all[0], name, all[1..].as_ptr(), n - 1);
    }
    let obj = all[0];
    if crate::modules::is_module(obj) {
        // `module.f(..., k=v)`: the attribute, called like any callable.
        let f = crate::modules::getattr(obj, name);
        if f == 0 {
            return 0;
        }
        return pyaot_call_kw(f, all[1..].as_ptr(), n - 1, kwnames);
    }
    let (pos, kwvals) = all[1..].split_at(n - 1 - nk);
    if let Some(r) = crate::class::call_method(obj, name, pos, kwnames, kwvals) {
        return r;
    }
    let names = tuple::items(kwnames);
    if let Some(r) = crate::typeext::call_method(obj, pystr::as_str(name), &all[1..], names) {
        return r;
    }
    if let Some(kw) = crate::methods::table(type_of(obj)).and_then(|m| m.call_kw) {
        if let Some(r) = kw(obj, pystr::as_str(name), pos, kwnames, kwvals) {
            return r;
        }
    }
    if pystr::is_str(obj) {
        // Not a method of str: the AttributeError getattr words.
        let f = crate::class::pyaot_getattr(obj, name);
        if f == 0 {
            return 0;
        }
        return pyaot_call_kw(f, all[1..].as_ptr(), n - 1, kwnames);
    }
    exc::type_error(format_args!(
        "{}.{}() takes no keyword arguments",
        type_of(obj).name,
        pystr::as_str(name)
    ))
}

/// `f(*positional, **kwargs)`.
#[no_mangle]
pub extern "C" fn pyaot_call_ex(callable: Obj, positional: Obj, kwargs: Obj) -> Obj {
    let pos = list::from_iter(positional);
    if pos == 0 {
        return 0;
    }
    if kwargs == 0 || dict::len(kwargs) == 0 {
        let p = list::items(pos);
        return crate::func::pyaot_call(callable, p.as_ptr(), p.len());
    }
    if !crate::object::is_instance(kwargs, &dict::TYPE_DICT) {
        return exc::type_error(format_args!(
            "argument after ** must be a mapping, not {}",
            type_of(kwargs).name
        ));
    }
    // positional ++ keyword values, and the names as a tuple.
    let keys = list::from_iter(kwargs);
    if keys == 0 {
        return 0;
    }
    for &k in list::items(keys) {
        if !pystr::is_str(k) {
            return exc::type_error(format_args!("keywords must be strings"));
        }
        let v = match dict::lookup(kwargs, k) {
            Ok(Some(v)) => v,
            _ => return 0,
        };
        if list::push(pos, v).is_err() {
            return 0;
        }
    }
    let names = tuple::from_slice(list::items(keys));
    if names == 0 {
        return 0;
    }
    let all = list::items(pos);
    pyaot_call_kw(callable, all.as_ptr(), all.len(), names)
}

/// A function object for one execution of a `def`: the static template with this
/// execution's defaults and closure.
#[no_mangle]
pub extern "C" fn pyaot_make_function(
    template: Obj,
    defaults: Obj,
    kwdefaults: Obj,
    closure: Obj,
) -> Obj {
    let size = core::mem::size_of::<crate::func::FuncObj>();
    let f = alloc_obj(&TYPE_FUNCTION, size);
    if f == 0 {
        return 0;
    }
    // SAFETY: both are function objects of `size` bytes; `f` is fresh.
    unsafe {
        core::ptr::copy_nonoverlapping(template as *const u8, f as *mut u8, size);
        let fo = &mut *(f as *mut crate::func::FuncObj);
        fo.defaults = defaults;
        fo.kwdefaults = kwdefaults;
        fo.closure = closure;
    }
    f
}

/// `cell`: a variable shared between a function and the functions nested in it.
pub static TYPE_CELL: TypeObject = TypeObject::new("cell", Some(&TYPE_OBJECT));

/// A cell: `[type][value or 0 while unbound]`; compiled code reads and writes the
/// value word directly.
#[repr(C)]
pub struct CellObj {
    /// `cell`.
    pub header: Header,
    /// The variable's value, 0 while unbound.
    pub value: Obj,
}

const _: () = assert!(core::mem::size_of::<CellObj>() == 2 * WORD);

/// A new cell holding `value` (0: unbound).
#[no_mangle]
pub extern "C" fn pyaot_cell_new(value: Obj) -> Obj {
    let c = alloc_obj(&TYPE_CELL, core::mem::size_of::<CellObj>());
    if c != 0 {
        // SAFETY: a fresh cell.
        unsafe { (*(c as *mut CellObj)).value = value };
    }
    c
}

/// A free variable read before its enclosing function assigned it.
#[no_mangle]
pub extern "C" fn pyaot_free_unbound(name: Obj) -> Obj {
    exc::raise_fmt(
        &exc::TYPE_NAME_ERROR,
        format_args!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            pystr::as_str(name)
        ),
    )
}

/// `l.append(item)` as list comprehensions build their result.
#[no_mangle]
pub extern "C" fn pyaot_list_append(l: Obj, item: Obj) -> Obj {
    match list::push(l, item) {
        Ok(()) => none(),
        Err(()) => 0,
    }
}

/// `a, *b, c = seq`: `before` items, a list of the middle ones, `after` items.
///
/// # Safety
/// `out` must point to room for `before + 1 + after` words.
#[no_mangle]
pub unsafe extern "C" fn pyaot_unpack_ex(
    seq: Obj,
    before: usize,
    after: usize,
    out: *mut Obj,
) -> Obj {
    if type_of(seq).iter.is_none() {
        return exc::type_error(format_args!(
            "cannot unpack non-iterable {} object",
            type_of(seq).name
        ));
    }
    let items = list::from_iter(seq);
    if items == 0 {
        return 0;
    }
    let n = list::len(items);
    if n < before + after {
        return exc::value_error(format_args!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            n
        ));
    }
    let middle = list::from_slice(&list::items(items)[before..n - after]);
    if middle == 0 {
        return 0;
    }
    let all = list::items(items);
    // SAFETY: the caller passes room for before + 1 + after words.
    let out = unsafe { core::slice::from_raw_parts_mut(out, before + 1 + after) };
    out[..before].copy_from_slice(&all[..before]);
    out[before] = middle;
    out[before + 1..].copy_from_slice(&all[n - after..]);
    none()
}
