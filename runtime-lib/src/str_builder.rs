//! A growable byte buffer on the heap for building a str whose length is not known
//! in advance (case mappings that may lengthen text, `translate`, `expandtabs`).
//!
//! The buffer is a no-scan heap block that doubles when full; `finish` copies the
//! bytes into a str object of the exact size. Its pointer lives on the stack, which
//! the collector scans conservatively, so user code run in between (a `__getitem__`
//! of a translation table) cannot free it.

use crate::exc;
use crate::heap;
use crate::object::Obj;
use crate::str as pystr;

/// Bytes of UTF-8 text being built.
pub struct StrBuilder {
    ptr: *mut u8,
    cap: usize,
    len: usize,
}

impl StrBuilder {
    /// An empty builder with room for `cap` bytes; Err with MemoryError pending.
    pub fn with_capacity(cap: usize) -> Result<Self, ()> {
        let cap = cap.max(16);
        let ptr = heap::alloc_noscan(cap);
        if ptr.is_null() {
            exc::memory_error();
            return Err(());
        }
        Ok(StrBuilder { ptr, cap, len: 0 })
    }

    fn grow(&mut self, need: usize) -> Result<(), ()> {
        let Some(min) = self.len.checked_add(need) else {
            exc::memory_error();
            return Err(());
        };
        let cap = min.max(self.cap.saturating_mul(2));
        let p = heap::alloc_noscan(cap);
        if p.is_null() {
            exc::memory_error();
            return Err(());
        }
        // SAFETY: both blocks hold at least `len` bytes and do not overlap.
        unsafe { core::ptr::copy_nonoverlapping(self.ptr, p, self.len) };
        self.ptr = p;
        self.cap = cap;
        Ok(())
    }

    /// Appends bytes (whole UTF-8 sequences).
    #[inline]
    pub fn push_bytes(&mut self, b: &[u8]) -> Result<(), ()> {
        if self.cap - self.len < b.len() {
            self.grow(b.len())?;
        }
        // SAFETY: `cap - len >= b.len()` bytes are free after `len`.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.ptr.add(self.len), b.len()) };
        self.len += b.len();
        Ok(())
    }

    /// Appends text.
    #[inline]
    pub fn push_str(&mut self, s: &str) -> Result<(), ()> {
        self.push_bytes(s.as_bytes())
    }

    /// Appends one ASCII byte.
    #[inline(always)]
    pub fn push_ascii(&mut self, b: u8) -> Result<(), ()> {
        if self.len == self.cap {
            self.grow(1)?;
        }
        // SAFETY: one free byte at `len`.
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
        Ok(())
    }

    /// Appends one character.
    #[inline(always)]
    pub fn push_char(&mut self, c: char) -> Result<(), ()> {
        if self.cap - self.len < 4 {
            self.grow(4)?;
        }
        // Encoded in place: a copy through a temporary would cost a memcpy call.
        // SAFETY: at least 4 free bytes at `len`, enough for any character.
        let free = unsafe { core::slice::from_raw_parts_mut(self.ptr.add(self.len), 4) };
        self.len += c.encode_utf8(free).len();
        Ok(())
    }

    /// Appends `c` `n` times.
    pub fn push_repeated(&mut self, c: char, n: usize) -> Result<(), ()> {
        let mut b = [0u8; 4];
        let e = c.encode_utf8(&mut b).as_bytes();
        let Some(total) = e.len().checked_mul(n) else {
            exc::memory_error();
            return Err(());
        };
        if self.cap - self.len < total {
            self.grow(total)?;
        }
        for _ in 0..n {
            // SAFETY: room for `total` bytes was made above.
            unsafe { core::ptr::copy_nonoverlapping(e.as_ptr(), self.ptr.add(self.len), e.len()) };
            self.len += e.len();
        }
        Ok(())
    }

    /// The bytes so far.
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: the first `len` bytes are initialised.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// A str of the bytes built; 0 with MemoryError pending.
    pub fn finish(self) -> Obj {
        pystr::from_bytes(self.as_bytes())
    }
}
