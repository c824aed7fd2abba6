//! The object model: the word `Obj`, object headers, type objects with their slots,
//! the None/True/False singletons, and the generic operations every type answers
//! (repr, str, hash, ==, truth, len), dispatched through type slots like CPython's.

use crate::exc;
use pyaot_abi::CmpOp;

/// A Python value: a tagged small int (low bit 1) or a pointer to an object.
/// 0 is never an object: a function returning `Obj` returns 0 when it raised.
pub type Obj = usize;

/// The first word of every object.
#[repr(C)]
pub struct Header {
    /// The object's type.
    pub ob_type: &'static TypeObject,
}

/// Result of a comparison slot that does not handle the other operand: the caller
/// tries the reflected operation or raises TypeError, as CPython does.
pub const NOT_IMPLEMENTED: Obj = 4;

/// A type: its name, base, and the slots that implement generic operations.
/// Every slot returning `Obj` returns 0 with an exception pending on error.
#[repr(C)]
pub struct TypeObject {
    /// The header (every type's type is `type`).
    pub header: Header,
    /// `__name__`, as error messages print it.
    pub name: &'static str,
    /// The base type (`object` has none); used by isinstance and exception matching.
    pub base: Option<&'static TypeObject>,
    /// `repr(o)`: a new str.
    pub repr: Option<fn(Obj) -> Obj>,
    /// `str(o)`, when it differs from repr.
    pub str: Option<fn(Obj) -> Obj>,
    /// `hash(o)`; `None` slot means unhashable. Err = exception pending.
    pub hash: Option<fn(Obj) -> Result<isize, ()>>,
    /// Rich comparison `a op b` where `a` has this type: a bool object, or
    /// NOT_IMPLEMENTED when `b` is not handled.
    pub compare: Option<fn(Obj, Obj, CmpOp) -> Obj>,
    /// `bool(o)`; `None` slot: use `len`, else true.
    pub truth: Option<fn(Obj) -> Result<bool, ()>>,
    /// `len(o)`.
    pub len: Option<fn(Obj) -> Result<usize, ()>>,
    /// `o[k]`.
    pub getitem: Option<fn(Obj, Obj) -> Obj>,
    /// `o[k] = v`; returns None.
    pub setitem: Option<fn(Obj, Obj, Obj) -> Obj>,
    /// `x in o` (x is the second argument); a bool object.
    pub contains: Option<fn(Obj, Obj) -> Obj>,
    /// `iter(o)`.
    pub iter: Option<fn(Obj) -> Obj>,
    /// `next(o)` for iterators: an item, `pyaot_abi::ITER_DONE`, or 0.
    pub next: Option<fn(Obj) -> Obj>,
    /// Classes defined in Python: the namespace dict (0 for built-in types).
    pub dict: Obj,
    /// Classes defined in Python: the method resolution order, a tuple of classes
    /// starting with the class itself (0 for built-in types: their bases chain).
    pub mro: Obj,
    /// Byte offset of an instance's attribute dict (0: instances have none).
    pub dict_offset: usize,
    /// Classes defined in Python: the `__name__` str (`name` points into it).
    pub name_obj: Obj,
    /// The slots of types whose code is linked on demand (`bytes`, `bytearray`):
    /// their methods and operators, reached through the object rather than by name.
    pub ext: Option<&'static crate::typeext::TypeExt>,
    /// The methods of a built-in type (`o.name(...)`), reached through the object so
    /// that a method call links only the methods of types the program can make.
    pub methods: Option<&'static crate::methods::MethodTable>,
    /// Classes defined in Python that extend a built-in container (`dict`, `list`):
    /// that type, whose object layout their instances start with (src/subclass.rs).
    pub builtin_base: Option<&'static crate::subclass::Base>,
}

// SAFETY: type objects are immutable after construction.
unsafe impl Sync for TypeObject {}

impl TypeObject {
    /// A type with every slot empty; fill the ones it has with struct update syntax.
    pub const fn new(name: &'static str, base: Option<&'static TypeObject>) -> TypeObject {
        TypeObject {
            header: Header {
                ob_type: &TYPE_TYPE,
            },
            name,
            base,
            repr: None,
            str: None,
            hash: None,
            compare: None,
            truth: None,
            len: None,
            getitem: None,
            setitem: None,
            contains: None,
            iter: None,
            next: None,
            dict: 0,
            mro: 0,
            dict_offset: 0,
            name_obj: 0,
            ext: None,
            methods: None,
            builtin_base: None,
        }
    }

    /// Whether this class was defined in Python (its objects carry a namespace).
    pub fn is_heap_class(&self) -> bool {
        self.dict != 0
    }

    /// Whether this type is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &'static TypeObject) -> bool {
        if self.mro != 0 {
            return crate::tuple::items(self.mro).contains(&(other as *const TypeObject as Obj));
        }
        let mut t = Some(self);
        while let Some(ty) = t {
            if core::ptr::eq(ty, other) {
                return true;
            }
            t = ty.base;
        }
        false
    }
}

/// `type`: type objects are values too (`int`, `ValueError`).
pub static TYPE_TYPE: TypeObject = TypeObject {
    repr: Some(type_repr),
    hash: Some(identity_hash),
    ..TypeObject::new("type", Some(&TYPE_OBJECT))
};
/// `object`.
pub static TYPE_OBJECT: TypeObject = TypeObject::new("object", None);
/// `NoneType`.
pub static TYPE_NONE: TypeObject = TypeObject {
    repr: Some(none_repr),
    hash: Some(identity_hash),
    truth: Some(|_| Ok(false)),
    ..TypeObject::new("NoneType", Some(&TYPE_OBJECT))
};

/// An object with nothing but a header: None, True, False.
#[repr(C)]
pub struct Singleton {
    /// Its type.
    pub header: Header,
}

/// `None`.
#[export_name = "pyaot_None"]
pub static NONE_OBJ: Singleton = Singleton {
    header: Header {
        ob_type: &TYPE_NONE,
    },
};
/// `True`.
#[export_name = "pyaot_True"]
pub static TRUE_OBJ: Singleton = Singleton {
    header: Header {
        ob_type: &crate::int::TYPE_BOOL,
    },
};
/// `False`.
#[export_name = "pyaot_False"]
pub static FALSE_OBJ: Singleton = Singleton {
    header: Header {
        ob_type: &crate::int::TYPE_BOOL,
    },
};

/// The `None` object as a word.
#[inline]
pub fn none() -> Obj {
    &NONE_OBJ as *const Singleton as Obj
}

/// `True` as a word.
#[inline]
pub fn true_() -> Obj {
    &TRUE_OBJ as *const Singleton as Obj
}

/// `False` as a word.
#[inline]
pub fn false_() -> Obj {
    &FALSE_OBJ as *const Singleton as Obj
}

/// The bool object for `b`.
#[inline]
pub fn bool_obj(b: bool) -> Obj {
    if b {
        true_()
    } else {
        false_()
    }
}

/// The type of any value (small ints are `int`).
#[inline]
pub fn type_of(o: Obj) -> &'static TypeObject {
    if o & 1 == 1 {
        &crate::int::TYPE_INT
    } else {
        // SAFETY: every non-int Obj points to an object starting with a Header.
        unsafe { (*(o as *const Header)).ob_type }
    }
}

/// Whether `o`'s type is exactly `ty`.
#[inline]
pub fn is_type(o: Obj, ty: &'static TypeObject) -> bool {
    core::ptr::eq(type_of(o), ty)
}

/// `isinstance(o, ty)`.
pub fn is_instance(o: Obj, ty: &'static TypeObject) -> bool {
    type_of(o).is_subtype(ty)
}

/// Allocates a zeroed object of `size` bytes with type `ty`; 0 with MemoryError
/// pending when the heap is exhausted.
pub fn alloc_obj(ty: &'static TypeObject, size: usize) -> Obj {
    let p = crate::heap::alloc(size);
    if p.is_null() {
        return exc::memory_error();
    }
    // SAFETY: `p` is a fresh, zeroed, word-aligned block of `size` >= one word.
    unsafe { (*(p as *mut Header)).ob_type = ty };
    p as Obj
}

/// Reads the word at byte `offset` of object `o`.
///
/// # Safety
/// `o` must be an object with a word-sized field at `offset`.
#[inline]
pub unsafe fn field(o: Obj, offset: usize) -> usize {
    *((o + offset) as *const usize)
}

/// Writes the word at byte `offset` of object `o`.
///
/// # Safety
/// `o` must be a heap object with a word-sized field at `offset`.
#[inline]
pub unsafe fn set_field(o: Obj, offset: usize, v: usize) {
    *((o + offset) as *mut usize) = v
}

/// Size of a word in bytes.
pub const WORD: usize = core::mem::size_of::<usize>();

fn none_repr(_: Obj) -> Obj {
    crate::static_str!("None")
}

fn type_repr(t: Obj) -> Obj {
    // SAFETY: the repr slot of `type` only receives type objects.
    let t = unsafe { &*(t as *const TypeObject) };
    crate::str::format(format_args!(
        "<class '{}{}'>",
        module_prefix(t),
        crate::qualname::display(t)
    ))
}

/// A built-in type's `__name__`: its name without the module a dotted name starts
/// with (`struct.error` is `error`).
pub fn short_name(t: &TypeObject) -> &'static str {
    // A plain loop: `rsplit` would link a searcher into every program.
    match t.name.bytes().rposition(|c| c == b'.') {
        Some(i) => &t.name[i + 1..],
        None => t.name,
    }
}

/// `module.` for classes defined in Python (their `__module__`, as CPython's reprs
/// and tracebacks qualify them), nothing for built-in ones.
pub fn module_prefix(t: &TypeObject) -> ModulePrefix<'_> {
    ModulePrefix(t)
}

/// Displays a class's module prefix (see `module_prefix`).
pub struct ModulePrefix<'a>(&'a TypeObject);

impl core::fmt::Display for ModulePrefix<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if !self.0.is_heap_class() {
            return Ok(());
        }
        let key = crate::static_str!("__module__");
        match crate::dict::lookup(self.0.dict, key) {
            Ok(Some(m)) if crate::str::is_str(m) => write!(f, "{}.", crate::str::as_str(m)),
            _ => f.write_str("__main__."),
        }
    }
}

/// Hash by identity (the address), as `object.__hash__` does.
pub fn identity_hash(o: Obj) -> Result<isize, ()> {
    Ok((o >> 4) as isize)
}

/// `repr(o)`: a str object, or 0.
pub fn repr(o: Obj) -> Obj {
    let ty = type_of(o);
    match ty.repr {
        Some(f) => f(o),
        None => crate::str::format(format_args!("<{} object at {:#x}>", ty.name, o)),
    }
}

/// `str(o)`: a str object, or 0.
pub fn str_of(o: Obj) -> Obj {
    match type_of(o).str {
        Some(f) => f(o),
        None => repr(o),
    }
}

/// `hash(o)`; Err with TypeError pending for unhashable values.
pub fn hash(o: Obj) -> Result<isize, ()> {
    let ty = type_of(o);
    match ty.hash {
        Some(f) => f(o),
        None => {
            exc::type_error(format_args!("unhashable type: '{}'", ty.name));
            Err(())
        }
    }
}

/// Rich comparison, as the `pyaot_compare` entry point: tries `a`'s slot, then the
/// reflected one of `b`, then falls back to identity for == and !=.
pub fn compare(a: Obj, b: Obj, op: CmpOp) -> Obj {
    if let Some(f) = type_of(a).compare {
        let r = f(a, b, op);
        if r != NOT_IMPLEMENTED {
            return r;
        }
    }
    let reflected = match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    };
    if let Some(f) = type_of(b).compare {
        let r = f(b, a, reflected);
        if r != NOT_IMPLEMENTED {
            return r;
        }
    }
    match op {
        CmpOp::Eq => bool_obj(a == b),
        CmpOp::Ne => bool_obj(a != b),
        _ => {
            let sym = match op {
                CmpOp::Lt => "<",
                CmpOp::Le => "<=",
                CmpOp::Gt => ">",
                _ => ">=",
            };
            exc::type_error(format_args!(
                "'{}' not supported between instances of '{}' and '{}'",
                sym,
                type_of(a).name,
                type_of(b).name
            ))
        }
    }
}

/// `a == b` as a Rust bool; Err when the comparison raised.
pub fn eq(a: Obj, b: Obj) -> Result<bool, ()> {
    if a == b {
        // Identity implies equality for every type pyaot has, except float NaN,
        // which CPython's containers also treat as equal to itself.
        return Ok(true);
    }
    let r = compare(a, b, CmpOp::Eq);
    if r == 0 {
        return Err(());
    }
    is_true(r)
}

/// `bool(o)`; Err when it raised.
pub fn is_true(o: Obj) -> Result<bool, ()> {
    if o == true_() {
        return Ok(true);
    }
    if o == false_() || o == none() {
        return Ok(false);
    }
    if o & 1 == 1 {
        return Ok(o != 1);
    }
    let ty = type_of(o);
    if let Some(f) = ty.truth {
        return f(o);
    }
    if let Some(f) = ty.len {
        return f(o).map(|n| n != 0);
    }
    Ok(true)
}
