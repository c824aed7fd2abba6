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
        v |= ((b & 0x7f) as usize) << shift;
        if b & 0x80 == 0 {
            return v;
        }
        shift += 7;
    }
}

/// Entry `pos - 1` of the position table of FuncInfo `info`, if it has one (`pos`
/// is 1-based, as tracebacks keep it: 0 is `exc::NO_POS`).
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
    // The line, spaces + 1 (0: no marker line), then the three runs.
    let mut v = [0usize; 5];
    for _ in 0..pos {
        let mut j = 0;
        while j < 5 && (j < 2 || v[1] != 0) {
            // SAFETY: the table has an entry for every index compiled code passes.
            v[j] = unsafe { uleb(&mut p) };
            j += 1;
        }
    }
    Some(Entry {
        line: v[0],
        marker: (v[1] != 0).then_some(Marker {
            spaces: v[1] - 1,
            tildes_before: v[2],
            carets: v[3],
            tildes_after: v[4],
        }),
    })
}
