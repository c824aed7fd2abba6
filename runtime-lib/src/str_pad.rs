//! str's layout methods: center, ljust, rjust, zfill, expandtabs. Widths and
//! columns count code points, as CPython's do.

use crate::exc;
use crate::object::{type_of, Obj};
use crate::str::{alloc, as_bytes, as_str, char_len, data_mut, is_str, seal};
use crate::str_args::{bind, expected, index_arg, one_arg, CInt, Res};
use crate::str_builder::StrBuilder;
use crate::str_search::nonzero;

/// The fill character argument of center, ljust and rjust.
fn fillchar(a: Option<&Obj>) -> Res<char> {
    let Some(&f) = a else { return Ok(' ') };
    if !is_str(f) {
        exc::type_error(format_args!(
            "The fill character must be a unicode character, not {}",
            type_of(f).name
        ));
        return Err(());
    }
    let mut chars = as_str(f).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => {
            exc::type_error(format_args!(
                "The fill character must be exactly one character long"
            ));
            Err(())
        }
    }
}

/// `s` with `left` and `right` fill characters around it.
fn pad(s: Obj, left: usize, right: usize, fill: char) -> Res<Obj> {
    let b = as_bytes(s);
    let mut e = [0u8; 4];
    let f = fill.encode_utf8(&mut e).as_bytes();
    let total = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(f.len()))
        .and_then(|n| n.checked_add(b.len()))
        .filter(|&n| n < isize::MAX as usize / 2);
    let Some(total) = total else {
        exc::memory_error();
        return Err(());
    };
    let r = nonzero(alloc(total))?;
    let d = data_mut(r);
    if f.len() == 1 {
        d[..left].fill(f[0]);
        d[total - right..].fill(f[0]);
    } else {
        for chunk in d[..left * f.len()].chunks_exact_mut(f.len()) {
            chunk.copy_from_slice(f);
        }
        for chunk in d[total - right * f.len()..].chunks_exact_mut(f.len()) {
            chunk.copy_from_slice(f);
        }
    }
    let at = left * f.len();
    d[at..at + b.len()].copy_from_slice(b);
    Ok(seal(r))
}

/// `center`, `ljust`, `rjust`: `(width[, fillchar])`.
pub fn justify(s: Obj, name: &str, args: &[Obj]) -> Res<Obj> {
    expected(name, args, 1, 2)?;
    let width = index_arg(args[0], CInt::SSize)?;
    let fill = fillchar(args.get(1))?;
    let len = char_len(s) as isize;
    if width <= len {
        return Ok(s);
    }
    let marg = (width - len) as usize;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        // CPython's rounding: the odd character goes right, unless both the margin
        // and the width are odd.
        _ => marg / 2 + (marg & width as usize & 1),
    };
    pad(s, left, marg - left, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: Obj, args: &[Obj]) -> Res<Obj> {
    let width = index_arg(one_arg("zfill", args)?, CInt::SSize)?;
    let len = char_len(s) as isize;
    if width <= len {
        return Ok(s);
    }
    let fill = (width - len) as usize;
    let r = pad(s, fill, 0, '0')?;
    let d = data_mut(r);
    if matches!(d.get(fill), Some(b'+' | b'-')) {
        d[0] = d[fill];
        d[fill] = b'0';
    }
    Ok(r)
}

/// `s.expandtabs(tabsize=8)`.
pub fn expandtabs(s: Obj, args: &[Obj], kwnames: &[Obj], kwvals: &[Obj]) -> Res<Obj> {
    let [size] = bind("expandtabs", ["tabsize"], args, kwnames, kwvals)?;
    let size = match size {
        Some(t) => index_arg(t, CInt::Int)?,
        None => 8,
    };
    let t = as_str(s);
    if crate::str_search::memchr(b'\t', t.as_bytes()).is_none() {
        return Ok(s);
    }
    let mut out = StrBuilder::with_capacity(t.len() + 8 * size.clamp(0, 8) as usize)?;
    let mut col = 0usize;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    out.push_repeated(' ', n)?;
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push_char(c)?;
                col = 0;
            }
            _ => {
                out.push_char(c)?;
                col += 1;
            }
        }
    }
    nonzero(out.finish())
}
