//! Reading a function's position table (`pyaot_abi::layout::info_positions`): the
//! line and the marker line of each place in it that may raise, which tracebacks
//! print under the source line as CPython 3.11 does.

use crate::object::WORD;

/// The marker line under a source line: spaces, then `~`, `^`, `~` runs.
#[derive(Clone, Copy)]
pub struct Marker {
    /// Spaces first (the four-space indent included).
    pub spaces: usize,
    /// `~` before the carets.
    pub tildes_before: usize,
    /// `^`.
    pub carets: usize,
    /// `~` after the carets.
    pub tildes_after: usize,
}

/// One entry of a position table.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The source line.
    pub line: usize,
    /// The marker line, if CPython prints one.
    pub marker: Option<Marker>,
}

/// Reads unsigned LEB128 at `*p`, advancing it. Not inlined: one copy of the loop
/// keeps the reader small in flash.
///
/// # Safety
/// `*p` points into a well-formed table the compiler emitted.
#[inline(never)]
unsafe fn uleb(p: &mut *const u8) -> usize {
    let mut v = 0usize;
    let mut shift = 0;
    loop {
        let b = **p;
        *p = p.add(1);
        v |= ((b & 0x7f) as usize).wrapping_shl(shift);
        if b & 0x80 == 0 {
            return v;
        }
        shift += 7;
    }
}

/// The entry of the position table of FuncInfo `info` a traceback keeps as `pos`:
/// `(k + 1) * 2 + lookup` for entry `k`, where `lookup` picks a method call's
/// marker line for a failed lookup; 0 is `exc::NO_POS`.
pub fn entry(info: usize, pos: usize) -> Option<Entry> {
    if info == 0 || pos == crate::exc::NO_POS {
        return None;
    }
    let offset = pyaot_abi::layout::info_positions(WORD as u32) as usize;
    // SAFETY: `info` is a static FuncInfo emitted by the compiler.
    let mut p = unsafe { crate::object::field(info, offset) } as *const u8;
    if p.is_null() {
        return None;
    }
    // Each entry: the line (times 2, plus 1 with a lookup's marker line), then one
    // or two marker lines, each spaces + 1 (0: none) and three runs.
    let mut line = 0;
    let mut v = [0usize; 4];
    for _ in 0..pos >> 1 {
        // SAFETY: the table has an entry for every index compiled code passes.
        line = unsafe { uleb(&mut p) };
        for m in 0..1 + (line & 1) {
            let mut w = [0usize; 4];
            let mut j = 0;
            while j < 4 && (j == 0 || w[0] != 0) {
                // SAFETY: as above.
                w[j] = unsafe { uleb(&mut p) };
                j += 1;
            }
            // The lookup's marker line replaces the call's when it is wanted.
            if m == 0 || pos & 1 != 0 {
                v = w;
            }
        }
    }
    Some(Entry {
        line: line >> 1,
        marker: (v[0] != 0).then_some(Marker {
            spaces: v[0] - 1,
            tildes_before: v[1],
            carets: v[2],
            tildes_after: v[3],
        }),
    })
}
