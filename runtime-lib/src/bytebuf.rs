//! `ByteBuf`: a growable byte buffer on the heap for building bytes results whose
//! size is not known in advance (`bytes(iterable)`, `%` formatting, encoding).

use crate::exc;
use core::fmt::Write;

/// A growable byte buffer on the heap (a block the collector does not scan, kept
/// alive by this struct's pointer on the stack) for building results whose size is
/// not known in advance.
pub struct ByteBuf {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl Default for ByteBuf {
    fn default() -> Self {
        Self::new()
    }
}

impl ByteBuf {
    /// An empty buffer (allocates nothing yet).
    pub const fn new() -> ByteBuf {
        ByteBuf {
            ptr: core::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }

    /// Makes room for `extra` more bytes; Err with MemoryError pending.
    pub fn reserve(&mut self, extra: usize) -> Result<(), ()> {
        let Some(need) = self.len.checked_add(extra) else {
            exc::memory_error();
            return Err(());
        };
        if need <= self.cap {
            return Ok(());
        }
        let cap = need.max(self.cap * 2).max(16);
        if cap > isize::MAX as usize / 2 {
            exc::memory_error();
            return Err(());
        }
        // Only the first `len` bytes are ever read: no need to zero the block.
        let p = crate::heap::alloc_noscan_uninit(cap);
        if p.is_null() {
            exc::memory_error();
            return Err(());
        }
        if self.len > 0 {
            // SAFETY: both blocks hold at least `len` bytes and are distinct.
            unsafe { core::ptr::copy_nonoverlapping(self.ptr, p, self.len) };
        }
        self.ptr = p;
        self.cap = cap;
        Ok(())
    }

    /// Appends one byte.
    #[inline]
    pub fn push(&mut self, b: u8) -> Result<(), ()> {
        if self.len == self.cap {
            self.reserve(1)?;
        }
        // SAFETY: len < cap.
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
        Ok(())
    }

    /// Appends bytes.
    pub fn extend(&mut self, b: &[u8]) -> Result<(), ()> {
        if b.is_empty() {
            return Ok(());
        }
        self.reserve(b.len())?;
        // SAFETY: room for b.len() more bytes; `b` is never this buffer's spare room.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.ptr.add(self.len), b.len()) };
        self.len += b.len();
        Ok(())
    }

    /// Appends `n` copies of `b`.
    pub fn fill(&mut self, b: u8, n: usize) -> Result<(), ()> {
        self.reserve(n)?;
        for _ in 0..n {
            // SAFETY: reserved above.
            unsafe { *self.ptr.add(self.len) = b };
            self.len += 1;
        }
        Ok(())
    }

    /// The bytes so far.
    pub fn as_slice(&self) -> &[u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: the first `len` bytes of the block are written.
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The bytes so far, writable.
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: as `as_slice`.
        unsafe { core::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// Number of bytes so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Write for ByteBuf {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.extend(s.as_bytes()).map_err(|_| core::fmt::Error)
    }
}
