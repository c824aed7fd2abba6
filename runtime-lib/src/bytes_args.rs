//! Argument checking for the methods of `bytes` and `bytearray` (and the codec
//! methods), in the several styles CPython 3.11 uses, each with its own wording:
//! no arguments, exactly one, a positional range (`center expected at least 1
//! argument, got 0`), the find family (`count() takes at least 1 argument (0
//! given)`), and Argument Clinic's keyword binding (`split()`, `decode()`).
//!
//! Every function takes the arguments as the method dispatch passes them:
//! positional values then one value per name in `kwnames`.

use crate::bytes::Kind;
use crate::exc;
use crate::object::Obj;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords(kind: &Kind, name: &str, kwnames: &[Obj]) -> Result<(), ()> {
    if kwnames.is_empty() {
        return Ok(());
    }
    exc::type_error(format_args!(
        "{}.{}() takes no keyword arguments",
        kind.name, name
    ));
    Err(())
}

/// A method without parameters (`upper()`).
pub fn no_args(kind: &Kind, name: &str, args: &[Obj], kwnames: &[Obj]) -> Result<(), ()> {
    no_keywords(kind, name, kwnames)?;
    if args.is_empty() {
        return Ok(());
    }
    exc::type_error(format_args!(
        "{}.{}() takes no arguments ({} given)",
        kind.name,
        name,
        args.len()
    ));
    Err(())
}

/// A method of one positional parameter (`join(iterable)`): the argument.
pub fn exactly_one(kind: &Kind, name: &str, args: &[Obj], kwnames: &[Obj]) -> Result<Obj, ()> {
    no_keywords(kind, name, kwnames)?;
    if let [x] = *args {
        return Ok(x);
    }
    exc::type_error(format_args!(
        "{}.{}() takes exactly one argument ({} given)",
        kind.name,
        name,
        args.len()
    ));
    Err(())
}

/// A method of `min..=max` positional-only parameters (`center(width, fill)`).
pub fn positional(
    kind: &Kind,
    name: &str,
    args: &[Obj],
    kwnames: &[Obj],
    min: usize,
    max: usize,
) -> Result<(), ()> {
    no_keywords(kind, name, kwnames)?;
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    if min == max {
        exc::type_error(format_args!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        ));
    } else if n < min {
        exc::type_error(format_args!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ));
    } else {
        exc::type_error(format_args!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ));
    }
    Err(())
}

/// The find family (`count(sub[, start[, end]])`, `startswith`, ...).
pub fn finds(kind: &Kind, name: &str, args: &[Obj], kwnames: &[Obj]) -> Result<(), ()> {
    no_keywords(kind, name, kwnames)?;
    match args.len() {
        0 => exc::type_error(format_args!("{name}() takes at least 1 argument (0 given)")),
        1..=3 => return Ok(()),
        n => exc::type_error(format_args!(
            "{name}() takes at most 3 arguments ({n} given)"
        )),
    };
    Err(())
}

/// An Argument Clinic signature: `params` in order, the first `posonly` of them
/// positional-only, the first `required` required, the first `maxpos` allowed by
/// position (the rest keyword-only).
pub struct Sig {
    /// The function's name (`split`).
    pub name: &'static str,
    /// Parameter names.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters are required.
    pub required: usize,
    /// How many leading parameters may be given by position.
    pub maxpos: usize,
}

/// Binds arguments to `sig`'s parameters: one word per parameter, 0 where not given.
/// Errors as CPython 3.11's `_PyArg_UnpackKeywords`.
pub fn bind<const N: usize>(sig: &Sig, args: &[Obj], kwnames: &[Obj]) -> Result<[Obj; N], ()> {
    debug_assert_eq!(sig.params.len(), N);
    let mut out = [0; N];
    bind_into(sig, args, kwnames, &mut out)?;
    Ok(out)
}

/// `bind` into `out` (one slot per parameter, zeroed): one copy of the code for
/// every arity.
#[inline(never)]
fn bind_into(sig: &Sig, args: &[Obj], kwnames: &[Obj], out: &mut [Obj]) -> Result<(), ()> {
    let fname = sig.name;
    let nkw = kwnames.len();
    let nargs = args.len() - nkw;
    let maxargs = sig.params.len();
    let minpos = sig.required.min(sig.maxpos);
    let minposonly = sig.posonly.min(minpos);
    if args.len() > maxargs {
        exc::type_error(format_args!(
            "{fname}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            args.len()
        ));
        return Err(());
    }
    if nargs > sig.maxpos {
        if sig.maxpos == 0 {
            exc::type_error(format_args!("{fname}() takes no positional arguments"));
        } else {
            exc::type_error(format_args!(
                "{fname}() takes {} {} positional argument{} ({nargs} given)",
                if minpos < sig.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.maxpos,
                plural(sig.maxpos)
            ));
        }
        return Err(());
    }
    if nargs < minposonly {
        exc::type_error(format_args!(
            "{fname}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < sig.maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minposonly)
        ));
        return Err(());
    }
    out[..nargs].copy_from_slice(&args[..nargs]);
    let find = |p: &str| {
        kwnames
            .iter()
            .position(|&k| crate::str::as_str(k) == p)
            .map(|k| args[nargs + k])
    };
    let mut left = nkw;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(sig.posonly)) {
        let v = if left > 0 { find(sig.params[i]) } else { None };
        match v {
            Some(v) => {
                *slot = v;
                left -= 1;
            }
            None if i < sig.required => {
                exc::type_error(format_args!(
                    "{fname}() missing required argument '{}' (pos {})",
                    sig.params[i],
                    i + 1
                ));
                return Err(());
            }
            None => {}
        }
    }
    if left > 0 {
        for i in sig.posonly..nargs {
            if find(sig.params[i]).is_some() {
                exc::type_error(format_args!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    sig.params[i],
                    i + 1
                ));
                return Err(());
            }
        }
        let unknown = kwnames
            .iter()
            .map(|&k| crate::str::as_str(k))
            .find(|k| !sig.params[sig.posonly..].contains(k))
            .unwrap_or("?");
        exc::type_error(format_args!(
            "'{unknown}' is an invalid keyword argument for {fname}()"
        ));
        return Err(());
    }
    Ok(())
}

/// An index-like int argument (`count`, `width`): TypeError for anything else.
pub fn index(o: Obj) -> Result<isize, ()> {
    crate::range::index_arg(o)
}

/// The optional `start, end` of the find family as a range of `len` bytes,
/// adjusted as CPython's `ADJUST_INDICES` (negative ones count from the end, `end`
/// is clipped to `len`); None when start lies past end, where nothing matches,
/// not even an empty needle.
pub fn span(args: &[Obj], len: usize) -> Result<Option<(usize, usize)>, ()> {
    let len = len as isize;
    let mut bounds = [0, len];
    for (k, &a) in args.iter().enumerate().take(2) {
        if a == crate::object::none() {
            continue;
        }
        let i = match crate::int::value(a) {
            Some(i) => i,
            // A big int: past either end.
            None if crate::int::is_int(a) => {
                let neg =
                    crate::object::compare(a, 1, pyaot_abi::CmpOp::Lt) == crate::object::true_();
                if neg {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                }
            }
            None => {
                exc::type_error(format_args!(
                    "slice indices must be integers or None or have an __index__ method"
                ));
                return Err(());
            }
        };
        bounds[k] = if i < 0 { (i + len).max(0) } else { i };
    }
    let (a, b) = (bounds[0], bounds[1].min(len));
    if a > b {
        return Ok(None);
    }
    Ok(Some((a as usize, b as usize)))
}
