//! Exceptions: the pending-exception state, exception types, raising helpers,
//! tracebacks. (Skeleton: the runtime helper fills it in.)
use crate::object::Obj;

/// Raises MemoryError; returns 0.
pub fn memory_error() -> Obj {
    0
}

/// Raises TypeError with a formatted message; returns 0.
pub fn type_error(_msg: core::fmt::Arguments) -> Obj {
    0
}
