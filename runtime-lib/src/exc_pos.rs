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

/// Reads unsigned LEB128 at `*p`, advancing it.
///
/// # Safety
/// `*p` points into a well-formed table the compiler emitted.
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

/// Entry `k` of the position table of FuncInfo `info`, if it has one.
pub fn entry(info: usize, k: usize) -> Option<Entry> {
    if info == 0 || k == crate::exc::NO_POS {
        return None;
    }
    let offset = pyaot_abi::layout::info_positions(WORD as u32) as usize;
    // SAFETY: `info` is a static FuncInfo emitted by the compiler.
    let table = unsafe { crate::object::field(info, offset) } as *const u8;
    if table.is_null() {
        return None;
    }
    let mut p = table;
    let mut e = Entry {
        line: 0,
        marker: None,
    };
    // SAFETY: the table has an entry for every index compiled code passes.
    unsafe {
        for _ in 0..=k {
            e.line = uleb(&mut p);
            let spaces = uleb(&mut p);
            e.marker = if spaces == 0 {
                None
            } else {
                Some(Marker {
                    spaces: spaces - 1,
                    tildes_before: uleb(&mut p),
                    carets: uleb(&mut p),
                    tildes_after: uleb(&mut p),
                })
            };
        }
    }
    Some(e)
}
