//! str's methods by name: where compiled method calls on a str arrive (`s.name(...)`
//! with or without keyword arguments, and `str.name(s, ...)`), sent on to the
//! file of each group:
//!
//! | file              | methods                                                  |
//! |-------------------|----------------------------------------------------------|
//! | `str_search`      | find rfind index rindex count startswith endswith partition rpartition removeprefix removesuffix replace |
//! | `str_split`       | split rsplit splitlines join strip lstrip rstrip          |
//! | `str_pad`         | center ljust rjust zfill expandtabs                       |
//! | `str_translate`   | maketrans translate                                       |
//! | `strformat`       | format format_map                                         |
//! | `str_case`        | upper lower casefold capitalize title swapcase (hooked)   |
//! | `str_predicates`  | isspace isascii, and the other is... methods (hooked)     |
//!
//! "Hooked" methods read the Unicode tables and are reached through `str_hooks`,
//! so that only programs that name them link them. The others but isspace and
//! isascii are reached through `str_groups`, a hook per group of related methods,
//! for the same reason. `encode` is not here yet:
//! calling it raises AttributeError, as for any method str lacks.

use crate::object::{type_of, Obj};
use crate::str::is_str;
use crate::str_args::{no_args, one_arg, Res};
use crate::tuple;
use crate::{exc, str_groups, str_hooks, str_predicates};

/// The methods that take keyword arguments.
const TAKE_KEYWORDS: &[&str] = &["split", "rsplit", "splitlines", "expandtabs"];

/// Whether str has method `name` here: its method table's names (CPython 3.11's)
/// and the static `maketrans`, but `encode`, which goes through the bytes code
/// (`pyaot_call_bytes_method`).
fn is_method(name: &str) -> bool {
    name != "encode" && (name == "maketrans" || crate::methods::STR_METHODS.names.contains(&name))
}

/// `s.name(*args)`; `None` when str has no method `name`.
pub fn method(s: Obj, name: &str, args: &[Obj]) -> Option<Obj> {
    method_kw(s, name, args, 0, &[])
}

/// `s.name(*args, **kw)` with keyword names in the tuple `kwnames` (0 for none)
/// and their values in `kwvals`; `None` when str has no method `name`.
pub fn method_kw(s: Obj, name: &str, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    let kw = if kwnames == 0 {
        &[][..]
    } else {
        tuple::items(kwnames)
    };
    let r: Res<Obj> = match name {
        "format" => return Some(crate::hooks::str_format(s, args, kwnames, kwvals)),
        _ if !kw.is_empty() && !TAKE_KEYWORDS.contains(&name) => {
            if !is_method(name) {
                return None;
            }
            exc::type_error(format_args!("str.{}() takes no keyword arguments", name));
            Err(())
        }
        "format_map" => one_arg(name, args).map(|m| crate::hooks::str_format_map(s, m)),
        "isspace" => no_args(name, args).map(|_| str_predicates::isspace(s)),
        "isascii" => no_args(name, args).map(|_| str_predicates::isascii(s)),
        _ => match str_groups::call(s, name, args, kw, kwvals) {
            Some(r) => r,
            None => {
                let i = str_hooks::index(name)?;
                no_args(name, args).map(|_| str_hooks::call(s, i))
            }
        },
    };
    Some(r.unwrap_or(0))
}

/// `str.name(*args, **kw)`: the static `maketrans`, or a method called through the
/// class with the str first; `None` when str has no method `name`.
pub fn unbound(name: &str, args: &[Obj], kwnames: Obj, kwvals: &[Obj]) -> Option<Obj> {
    if name == "maketrans" {
        if kwnames != 0 && tuple::len(kwnames) != 0 {
            return Some(exc::type_error(format_args!(
                "str.maketrans() takes no keyword arguments"
            )));
        }
        return Some(str_groups::call(0, name, args, &[], &[]).map_or(0, |r| r.unwrap_or(0)));
    }
    if !is_method(name) {
        return None;
    }
    match args.first() {
        None => Some(exc::type_error(format_args!(
            "unbound method str.{}() needs an argument",
            name
        ))),
        Some(&s) if !is_str(s) => Some(exc::type_error(format_args!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            type_of(s).name
        ))),
        Some(&s) => method_kw(s, name, &args[1..], kwnames, kwvals),
    }
}
