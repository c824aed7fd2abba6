//! Object memory. (Skeleton.)

/// Allocates `size` zeroed bytes, 8-aligned; null when the heap is exhausted.
pub fn alloc(_size: usize) -> *mut u8 {
    core::ptr::null_mut()
}
