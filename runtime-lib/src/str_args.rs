//! Arguments of str's methods, checked and converted with CPython's error messages.
//!
//! CPython parses str methods' arguments four ways, each with its own wording of
//! "wrong number of arguments", and the tests compare messages; the helpers are
//! named after them: `no_args` (METH_NOARGS), `one_arg` (METH_O), `expected`
//! (clinic's positional-only check: "center expected at least 1 argument, got 0"),
//! `takes` (the older "find() takes at least 1 argument (0 given)") and `bind`
//! (clinic with keywords: split, rsplit, splitlines, expandtabs).

use crate::exc;
use crate::object::{none, type_of, Obj};
use crate::str::{as_str, is_str};

/// An argument error is pending.
pub type Res<T> = Result<T, ()>;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `str.upper()` and the other methods without parameters.
pub fn no_args(name: &str, args: &[Obj]) -> Res<()> {
    if args.is_empty() {
        return Ok(());
    }
    exc::type_error(format_args!(
        "str.{}() takes no arguments ({} given)",
        name,
        args.len()
    ));
    Err(())
}

/// `str.join(x)` and the other methods of exactly one positional parameter.
pub fn one_arg(name: &str, args: &[Obj]) -> Res<Obj> {
    if args.len() == 1 {
        return Ok(args[0]);
    }
    exc::type_error(format_args!(
        "str.{}() takes exactly one argument ({} given)",
        name,
        args.len()
    ));
    Err(())
}

/// Argument clinic's positional-only count check (center, ljust, rjust, strip,
/// lstrip, rstrip, replace, maketrans).
pub fn expected(name: &str, args: &[Obj], min: usize, max: usize) -> Res<()> {
    let n = args.len();
    if n < min {
        exc::type_error(format_args!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        ));
        return Err(());
    }
    if n > max {
        exc::type_error(format_args!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        ));
        return Err(());
    }
    Ok(())
}

/// The count check of find, rfind, index, rindex, count, startswith and endswith.
pub fn takes(name: &str, args: &[Obj], min: usize, max: usize) -> Res<()> {
    let n = args.len();
    let (what, k) = if n < min {
        ("least", min)
    } else if n > max {
        ("most", max)
    } else {
        return Ok(());
    };
    exc::type_error(format_args!(
        "{}() takes at {} {} argument{} ({} given)",
        name,
        what,
        k,
        plural(k),
        n
    ));
    Err(())
}

/// Binds positional `args` and keyword arguments to `params` as argument clinic
/// does for a method whose parameters may all be given by name; `None` for a
/// parameter not given.
pub fn bind<const N: usize>(
    name: &str,
    params: [&str; N],
    args: &[Obj],
    kwnames: &[Obj],
    kwvals: &[Obj],
) -> Res<[Option<Obj>; N]> {
    let (npos, nkw) = (args.len(), kwnames.len());
    if npos + nkw > N {
        exc::type_error(format_args!(
            "{}() takes at most {} {}argument{} ({} given)",
            name,
            N,
            if npos == 0 { "keyword " } else { "" },
            plural(N),
            npos + nkw
        ));
        return Err(());
    }
    let mut out = [None; N];
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    let find = |p: &str| kwnames.iter().position(|&k| as_str(k) == p);
    let mut left = nkw;
    for i in npos..N {
        if let Some(k) = find(params[i]) {
            out[i] = Some(kwvals[k]);
            left -= 1;
        }
    }
    if left > 0 {
        for (i, p) in params.iter().enumerate().take(npos) {
            if find(p).is_some() {
                exc::type_error(format_args!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    p,
                    i + 1
                ));
                return Err(());
            }
        }
        if let Some(&k) = kwnames.iter().find(|&&k| !params.contains(&as_str(k))) {
            exc::type_error(format_args!(
                "'{}' is an invalid keyword argument for {}()",
                as_str(k),
                name
            ));
            return Err(());
        }
    }
    Ok(out)
}

/// How argument clinic's "argument 1 must be str, not X" names an argument's type:
/// None by itself, anything else by its type's name.
pub fn clinic_type_name(o: Obj) -> &'static str {
    if o == none() {
        "None"
    } else {
        type_of(o).name
    }
}

/// A str argument: "must be str, not int".
pub fn str_arg(o: Obj) -> Res<Obj> {
    if is_str(o) {
        return Ok(o);
    }
    exc::type_error(format_args!("must be str, not {}", type_of(o).name));
    Err(())
}

/// An int argument CPython converts to the C integer type `c_type`: TypeError for a
/// non-int, OverflowError past the type's range, in CPython's words.
pub fn index_arg(o: Obj, c_type: CInt) -> Res<isize> {
    let v = match crate::int::value(o) {
        Some(v) => Some(v as i128),
        None if crate::int::is_int(o) => crate::bigint::to_i128(o),
        None => {
            exc::type_error(format_args!(
                "'{}' object cannot be interpreted as an integer",
                type_of(o).name
            ));
            return Err(());
        }
    };
    let (lo, hi, cname) = match c_type {
        CInt::Int => (i32::MIN as i128, i32::MAX as i128, "int"),
        CInt::SSize => (isize::MIN as i128, isize::MAX as i128, "ssize_t"),
    };
    match v {
        Some(v) if (lo..=hi).contains(&v) => Ok(v as isize),
        _ => {
            exc::overflow_error(format_args!(
                "Python int too large to convert to C {}",
                cname
            ));
            Err(())
        }
    }
}

/// The C integer type an argument converts to (its range and its error's name).
#[derive(Clone, Copy)]
pub enum CInt {
    /// `int`: tabsize, keepends.
    Int,
    /// `Py_ssize_t`: widths, counts, maxsplit.
    SSize,
}

/// An optional slice bound (`start`/`end` of find and friends): None for an omitted
/// or None argument; ints beyond the word range clamp, as CPython's
/// `_PyEval_SliceIndex` does.
pub fn slice_bound(o: Option<Obj>) -> Res<Option<isize>> {
    let Some(o) = o.filter(|&o| o != none()) else {
        return Ok(None);
    };
    if let Some(v) = crate::int::value(o) {
        return Ok(Some(v));
    }
    if crate::int::is_int(o) {
        return Ok(Some(match crate::bigint::to_i128(o) {
            Some(v) => v.clamp(isize::MIN as i128, isize::MAX as i128) as isize,
            None if crate::bigint::is_negative(o) => isize::MIN,
            None => isize::MAX,
        }));
    }
    exc::type_error(format_args!(
        "slice indices must be integers or None or have an __index__ method"
    ));
    Err(())
}

/// `start, end` (both optional) as a code-point range of a str of `len` code
/// points, adjusted as CPython's `ADJUST_INDICES`: negative values count from the
/// end, `end` is clipped to `len`; `start` may stay past `end` (callers decide what
/// an empty or inverted range means).
pub fn adjust(start: Option<Obj>, end: Option<Obj>, len: usize) -> Res<(usize, usize)> {
    let len = len as isize;
    let fix = |v: isize| {
        if v < 0 {
            v.saturating_add(len).max(0)
        } else {
            v
        }
    };
    let s = fix(slice_bound(start)?.unwrap_or(0));
    let e = fix(slice_bound(end)?.unwrap_or(len)).min(len);
    Ok((s as usize, e as usize))
}
