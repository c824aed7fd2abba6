//! `str`. (Skeleton.)
use crate::object::Obj;

/// A str object for a Rust string.
pub fn from_static(_s: &'static str) -> Obj {
    0
}

/// A str object from formatting arguments.
pub fn format(_args: core::fmt::Arguments) -> Obj {
    0
}
