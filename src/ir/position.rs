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

use ruff_python_ast::Expr;
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

/// What CPython's anchors come from, as absolute byte offsets: the operands of a
/// binary operation, or the value and the slice of a subscript. CPython finds them by
/// parsing the range's text again; that text is exactly the node's, so its own
/// operands are the same (and re-parsing every operation was quadratic in a long
/// chain of them).
#[derive(Clone, Copy, Debug)]
pub enum Anchor {
    /// `left op right`: where `left` ends and `right` starts.
    BinOp(usize, usize),
    /// `value[slice]`: where `value` and `slice` end.
    Subscript(usize, usize),
}

/// The anchor of expression `e`, if CPython anchors its markers.
pub fn anchor_of(e: &Expr) -> Option<Anchor> {
    match e {
        Expr::BinOp(b) => Some(Anchor::BinOp(
            b.left.range().end().to_usize(),
            b.right.range().start().to_usize(),
        )),
        Expr::Subscript(sub) => Some(Anchor::Subscript(
            sub.value.range().end().to_usize(),
            sub.slice.range().end().to_usize(),
        )),
        _ => None,
    }
}

/// The anchors (left end, right start) in `segment` (a one-line range's bytes, which
/// start at offset `base` of the text), as `extract_anchors_from_expr` finds them.
fn anchors(s: &[u8], base: usize, anchor: Anchor) -> Option<(usize, usize)> {
    match anchor {
        Anchor::BinOp(left_end, right_start) => {
            let (left_end, right_start) = (left_end - base, right_start - base);
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
        Anchor::Subscript(value_end, slice_end) => {
            let len = s.len();
            let mut l = value_end - base;
            let mut r = slice_end - base + 1;
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
    }
}

/// Where each line of a text starts and whether it is ASCII (then byte offsets are
/// character offsets): made once per module, so a marker costs no scan of its line.
pub struct Lines {
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl Lines {
    /// The lines of `text`.
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        let mut ascii = vec![true];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                ascii.push(true);
            } else if !b.is_ascii() {
                *ascii.last_mut().unwrap_or(&mut true) = false;
            }
        }
        Lines { starts, ascii }
    }
}

/// Characters in the first `offset` bytes of `s`, fast when `s` is ASCII.
fn chars_in(s: &str, ascii: bool, offset: usize) -> usize {
    if ascii {
        offset.min(s.len() + 1)
    } else {
        chars_before(s, offset)
    }
}

/// The number of integers in `(a, b]`.
fn count(a: i64, b: i64) -> u32 {
    (b - a).max(0) as u32
}

/// The marker line for an instruction whose CPython location runs from byte `start`
/// to byte `end` of `text` (`end` may lie on a later line; `lines` indexes `text`),
/// the node there anchored by `anchor`, or None when CPython prints none.
pub fn marker(
    text: &str,
    lines: &Lines,
    start: usize,
    end: usize,
    anchor: Option<Anchor>,
) -> Option<Marker> {
    let k = lines.starts.partition_point(|&s| s <= start) - 1;
    let line_start = lines.starts[k];
    let line_end = lines.starts.get(k + 1).map_or(text.len(), |&n| n - 1);
    let ascii = lines.ascii[k];
    // Read as CPython reads it: universal newlines drop a `\r` before the `\n`.
    let raw = &text[line_start..line_end];
    let line = raw.strip_suffix('\r').unwrap_or(raw);
    let nchars = if ascii {
        line.len()
    } else {
        line.chars().count()
    };
    let start_offset = chars_in(line, ascii, start - line_start);
    let (end_offset, anchored) = if end <= line_end {
        let end_offset = chars_in(line, ascii, end - line_start);
        let segment = &text[start..end.max(start)];
        let anchored = anchor
            .and_then(|a| anchors(segment.as_bytes(), start, a))
            .map(|(l, r)| {
                (
                    chars_in(segment, ascii, l) + start_offset,
                    chars_in(segment, ascii, r) + start_offset,
                )
            });
        (end_offset, anchored)
    } else {
        // Highlighted up to the last non-blank character, found as CPython does:
        // scanning the UTF-8 bytes back from the line's length in characters.
        let b = line.as_bytes();
        let last = b[..nchars.min(b.len())].iter().rposition(|&c| !is_blank(c));
        (last.map_or(0, |i| i + 1), None)
    };
    let indent = line.bytes().take_while(|&c| is_blank(c)).count();
    if end_offset.wrapping_sub(start_offset) == nchars - indent && anchored.is_none() {
        return None;
    }
    // print_error_location_carets: the columns after the stripped indent (less the
    // four-space margin) up to the end; before the start a space, in the anchors'
    // range the secondary character, elsewhere the primary one.
    let first = indent as i64 - 4;
    let (start_offset, end_offset) = (start_offset as i64, end_offset as i64);
    let lo = first.max(start_offset);
    let mut m = Marker {
        spaces: count(first, start_offset.min(end_offset)),
        tildes_before: 0,
        carets: count(lo, end_offset),
        tildes_after: 0,
    };
    if let Some((l, r)) = anchored {
        let (l, r) = (l as i64, r as i64);
        m.tildes_before = count(lo, end_offset.min(l));
        m.carets = count(lo.max(l), end_offset.min(r));
        m.tildes_after = count(lo.max(r), end_offset);
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marker line as CPython prints it for the expression from `from` to the end
    /// of `to_end` (anchored as the expression that text parses as).
    fn render(text: &str, from: &str, to_end: &str) -> String {
        let start = text.find(from).unwrap();
        let end = text.find(to_end).unwrap() + to_end.len();
        let anchor = ruff_python_parser::parse_expression(&text[start..end])
            .ok()
            .and_then(|e| anchor_of(e.expr()))
            .map(|a| match a {
                Anchor::BinOp(l, r) => Anchor::BinOp(l + start, r + start),
                Anchor::Subscript(v, s) => Anchor::Subscript(v + start, s + start),
            });
        match marker(text, &Lines::new(text), start, end, anchor) {
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
