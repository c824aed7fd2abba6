//! `int` (small tagged ints; arbitrary precision comes later) and `bool`.
use crate::object::{TypeObject, TYPE_OBJECT};

/// `int`.
pub static TYPE_INT: TypeObject = TypeObject::new("int", Some(&TYPE_OBJECT));
/// `bool`.
pub static TYPE_BOOL: TypeObject = TypeObject::new("bool", Some(&TYPE_INT));
