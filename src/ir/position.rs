//! The position-marker line CPython 3.11 prints under a traceback frame's source line
//! (`^^^^`, or `~~~^~~~` anchored at a binary operator or a subscript), computed at
//! compile time from the source range of the instruction that raised, so the runtime
//! only prints runs of characters.
//!
//! This follows CPython 3.11's `tb_displayline` (Python/traceback.c), which is what
//! prints an uncaught exception, quirks included: column offsets are UTF-8 byte
//! offsets converted to characters, except the end of a multi-line range, found by
//! scanning bytes back from the line's length in characters; the anchors come from parsing
//! the range's text again as a module; the markers are left out when they would
//! cover the whole stripped line.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// A marker line: `spaces` spaces (the four of the indent included), then
/// `tildes_before` `~`, `carets` `^` and `tildes_after` `~`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Marker {
    /// Spaces before the first marker character.
    pub spaces: u32,
    /// `~` before the carets (the left operand or the subscripted value).
    pub tildes_before: u32,
    /// `^` (the whole range when it has no anchors).
    pub carets: u32,
    /// `~` after the carets.
    pub tildes_after: u32,
}

/// Where an instruction that may raise is, as tracebacks print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Located {
    /// The source line.
    pub line: u32,
    /// The marker line under it, if any.
    pub marker: Option<Marker>,
    /// For a method call, the marker line when the method's lookup failed (CPython
    /// locates its LOAD_METHOD at the attribute, its CALL at the whole call).
    pub lookup: Option<Option<Marker>>,
}

/// CPython's `IS_WHITESPACE` in traceback.c.
fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == 0x0c
}

/// `_PyPegen_byte_offset_to_character_offset`: the characters in the first `offset`
/// bytes of `s` (an offset past the end counts the terminating NUL, as CPython does).
fn chars_before(s: &str, offset: usize) -> usize {
    let bytes = s.as_bytes();
    let offset = offset.min(bytes.len() + 1);
    let (within, nul) = if offset > bytes.len() {
        (bytes.len(), 1)
    } else {
        (offset, 0)
    };
    // A cut inside a character decodes (with "replace") to one character.
    String::from_utf8_lossy(&bytes[..within]).chars().count() + nul
}

/// The anchors (left end, right start) of a one-line range's text, as byte offsets
/// into `segment`, when it parses as a binary operation or a subscript
/// (`extract_anchors_from_line`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = ruff_python_parser::parse_module(segment)
        .ok()?
        .into_syntax();
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let s = segment.as_bytes();
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let (mut l, mut r) = (None, None);
            let mut i = left_end;
            while i < right_start {
                if is_blank(s[i]) {
                    i += 1;
                    continue;
                }
                l = Some(i);
                r = Some(i + 1);
                // A two-character operator (`//`, `**`, `<<`).
                if i + 1 < right_start && !is_blank(s[i + 1]) {
                    r = Some(i + 2);
                }
                // The `)` closing a parenthesised left operand is not the operator:
                // keep looking (CPython's anchors then may take the `(` after it).
                if i + 1 < right_start && s[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            Some((l?, r?))
        }
        Expr::Subscript(sub) => {
            let len = s.len();
            let mut l = sub.value.range().end().to_usize();
            let mut r = sub.slice.range().end().to_usize() + 1;
            while l < len && s[l] != b'[' {
                l += 1;
            }
            while r < len && s[r] != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The marker line for an instruction whose CPython location runs from byte `start`
/// to byte `end` of `text` (`end` may lie on a later line), or None when CPython
/// prints none.
pub fn marker(text: &str, start: usize, end: usize) -> Option<Marker> {
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    // Read as CPython reads it: universal newlines drop a `\r` before the `\n`.
    let line = text[line_start..line_end]
        .strip_suffix('\r')
        .unwrap_or(&text[line_start..line_end]);
    let start_col = start - line_start;
    let start_offset = chars_before(line, start_col);
    let (end_offset, anchored) = if end <= line_end {
        let end_offset = chars_before(line, end - line_start);
        let segment: String = line
            .chars()
            .skip(start_offset)
            .take(end_offset.saturating_sub(start_offset))
            .collect();
        let anchored = anchors(&segment).map(|(l, r)| {
            (
                chars_before(&segment, l) + start_offset,
                chars_before(&segment, r) + start_offset,
            )
        });
        (end_offset, anchored)
    } else {
        // Highlighted up to the last non-blank character, found as CPython does:
        // scanning the UTF-8 bytes back from the line's length in characters.
        let b = line.as_bytes();
        let n = line.chars().count().min(b.len());
        let last = b[..n].iter().rposition(|&c| !is_blank(c));
        (last.map_or(0, |i| i + 1), None)
    };
    let indent = line.bytes().take_while(|&c| is_blank(c)).count();
    let stripped_len = line.chars().count() - indent;
    if end_offset.wrapping_sub(start_offset) == stripped_len && anchored.is_none() {
        return None;
    }
    // print_error_location_carets: the columns after the stripped indent (less the
    // four-space margin) up to the end; before the start a space, in the anchors'
    // range the secondary character, elsewhere the primary one.
    let first = indent as i64 - 4;
    let (start_offset, end_offset) = (start_offset as i64, end_offset as i64);
    let mut m = Marker {
        spaces: 0,
        tildes_before: 0,
        carets: 0,
        tildes_after: 0,
    };
    for offset in first + 1..=end_offset {
        if offset <= start_offset {
            m.spaces += 1;
            continue;
        }
        match anchored {
            Some((l, r)) if (l as i64) < offset && offset <= r as i64 => m.carets += 1,
            Some((l, _)) if offset <= l as i64 => m.tildes_before += 1,
            Some(_) => m.tildes_after += 1,
            None => m.carets += 1,
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marker line as CPython prints it.
    fn render(text: &str, from: &str, to_end: &str) -> String {
        let start = text.find(from).unwrap();
        let end = text.find(to_end).unwrap() + to_end.len();
        match marker(text, start, end) {
            None => String::new(),
            Some(m) => format!(
                "{}{}{}{}",
                " ".repeat(m.spaces as usize),
                "~".repeat(m.tildes_before as usize),
                "^".repeat(m.carets as usize),
                "~".repeat(m.tildes_after as usize)
            ),
        }
    }

    #[test]
    fn markers_follow_cpython() {
        // Each expected line checked against python3.11 by hand.
        let src = "def f():\n    return (a)+(b)\n";
        assert_eq!(render(src, "(a)", "(b)"), "           ~~~^^~~");
        let src = "    return x [ 1 ]\n";
        assert_eq!(render(src, "x [", "1 ]"), "           ~~^^^^^");
        let src = "    d[1] = 2\n";
        assert_eq!(render(src, "d[", "1]"), "    ~^^^");
        let src = "x = a // b\n";
        assert_eq!(render(src, "a //", "b"), "        ~~^^~~");
        let src = "f(x)\n";
        assert_eq!(render(src, "f(x)", "f(x)"), "");
        let src = "y = f(x)\n";
        assert_eq!(render(src, "f(x)", "f(x)"), "        ^^^^");
        // Non-ASCII text before the range: characters, not bytes.
        let src = "s = 'é' + g(1)\n";
        assert_eq!(render(src, "g(1)", "g(1)"), "              ^^^^");
        // A range ending on a later line: up to the line's last non-blank byte.
        let src = "x = f(1,\n      2)\n";
        assert_eq!(render(src, "f(1", "2)"), "        ^^^^");
    }
}
