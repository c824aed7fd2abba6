//! The ABI between code compiled by pyaot and its runtime (libpyaot_rt.a).
//!
//! This crate is the one place where object layouts, symbol names and runtime entry
//! points are spelled. The compiler uses it to emit static objects and calls; the
//! runtime uses it to define them. Neither side writes a symbol name or a field offset
//! by hand, so the two cannot drift apart (MicroPython's `mp_fun_table` idea).
//!
//! # Values
//! A Python value is one machine word (`Obj`):
//! - low bit 1: a small int, value = word >> 1 (arithmetic shift); 63-bit on x86-64,
//!   31-bit on Thumb;
//! - low bit 0: a pointer to a heap or static object whose first word points to its
//!   type object. Objects are word-aligned, so pointer values 0 and [`ITER_DONE`] are
//!   never objects: 0 means "an exception is pending", `ITER_DONE` "iterator exhausted".
#![no_std]

mod bigint_literal;
pub use bigint_literal::{bigint_static_words, INT_MAX_STR_DIGITS};
mod cffi;
pub use cffi::{CType, CELL_BYTES};

/// The value a runtime call returns when it raised: the exception is pending in the
/// runtime's thread state.
pub const ERROR: usize = 0;

/// What `pyaot_iter_next` returns when the iterator is exhausted (no exception pending).
/// Never a valid object pointer: objects are word-aligned.
pub const ITER_DONE: usize = 2;

/// Tags a small int. The caller guarantees `v` fits the target's small-int range.
pub const fn tag_int(v: isize) -> usize {
    ((v as usize) << 1) | 1
}

/// The value of a tagged small int.
pub const fn untag_int(w: usize) -> isize {
    (w as isize) >> 1
}

/// Whether a word is a tagged small int.
pub const fn is_small_int(w: usize) -> bool {
    w & 1 == 1
}

/// The inclusive range of small ints for a target whose word has `word_bits` bits.
pub const fn small_int_range(word_bits: u32) -> (i64, i64) {
    let max = (1i64 << (word_bits - 2)) - 1;
    (-max - 1, max)
}

/// Field offsets of the objects the compiler emits statically or reads inline, in
/// bytes, given the target's word size in bytes. Every object starts with its type.
pub mod layout {
    /// Offset of the type pointer in every object.
    pub const OB_TYPE: u32 = 0;

    /// `float`: `[type][pad on 32-bit][f64]`; the double is 8-aligned on both targets.
    pub const fn float_value(_word: u32) -> u32 {
        8
    }
    /// Size of a float object.
    pub const fn float_size(_word: u32) -> u32 {
        16
    }

    /// `str`: `[type][hash][len in code points][len in bytes][UTF-8 bytes, NUL]`.
    pub const fn str_hash(word: u32) -> u32 {
        word
    }
    /// Offset of a str's length in code points.
    pub const fn str_len(word: u32) -> u32 {
        2 * word
    }
    /// Offset of a str's length in bytes.
    pub const fn str_nbytes(word: u32) -> u32 {
        3 * word
    }
    /// Offset of a str's first byte of UTF-8 data (followed by a NUL terminator).
    pub const fn str_data(word: u32) -> u32 {
        4 * word
    }

    /// `tuple`: `[type][len][items...]`.
    pub const fn tuple_len(word: u32) -> u32 {
        word
    }
    /// Offset of a tuple's first item.
    pub const fn tuple_items(word: u32) -> u32 {
        2 * word
    }

    /// `function` (a module-level `def`): `[type][info*][arity][fast entry]`.
    ///
    /// The fast entry is a C-ABI function taking the positional arguments in
    /// registers when `arity <= MAX_REG_ARGS`, else one pointer to an array of them.
    pub const fn function_info(word: u32) -> u32 {
        word
    }
    /// Offset of a function's number of fast-entry slots: its parameters in order
    /// (positional, `*args` tuple, keyword-only, `**kwargs` dict), preceded by the
    /// function object itself when the function has a closure (`FUNC_SELF`).
    pub const fn function_arity(word: u32) -> u32 {
        2 * word
    }
    /// Offset of a function's fast entry point.
    pub const fn function_fast(word: u32) -> u32 {
        3 * word
    }
    /// Offset of the defaults of the last positional parameters (a tuple, or 0).
    pub const fn function_defaults(word: u32) -> u32 {
        4 * word
    }
    /// Offset of the keyword-only parameters' defaults (a dict, or 0).
    pub const fn function_kwdefaults(word: u32) -> u32 {
        5 * word
    }
    /// Offset of the closure: a tuple of cells for the free variables, or 0.
    pub const fn function_closure(word: u32) -> u32 {
        6 * word
    }
    /// Size of a function object.
    pub const fn function_size(word: u32) -> u32 {
        7 * word
    }

    /// `builtin_function_or_method` (a builtin used as a value):
    /// `[type][name: str][entry]`, the entry being the builtin's
    /// `Obj f(const Obj *args, usize n)`.
    pub const fn builtin_name(word: u32) -> u32 {
        word
    }
    /// Offset of a builtin's entry point.
    pub const fn builtin_entry(word: u32) -> u32 {
        2 * word
    }
    /// Size of a builtin function object.
    pub const fn builtin_size(word: u32) -> u32 {
        3 * word
    }

    /// The static descriptor of an imported module (not an object), one word each:
    /// `[name: str][file: str][init fn][globals array][global names: tuple of str]
    /// [state: 2 writable words (0 not imported, 1 running, 2 done; the module
    /// object)][parent package's descriptor or 0][1 if a package]`.
    pub const fn module_desc_size(word: u32) -> u32 {
        8 * word
    }

    /// `FuncInfo` (static, not an object): `[name: str][file: str][source: str or 0]`,
    /// used by tracebacks. `source` is the whole module text, so the runtime can print
    /// the source line under each frame as CPython does.
    pub const fn info_name(_word: u32) -> u32 {
        0
    }
    /// Offset of the file name.
    pub const fn info_file(word: u32) -> u32 {
        word
    }
    /// Offset of the module source text.
    pub const fn info_source(word: u32) -> u32 {
        2 * word
    }
    /// Offset of the parameter names in slot order (a tuple of strs; no hidden self).
    pub const fn info_params(word: u32) -> u32 {
        3 * word
    }
    /// Offset of the number of positional parameters (positional-only included).
    pub const fn info_nargs(word: u32) -> u32 {
        4 * word
    }
    /// Offset of the number of positional-only parameters.
    pub const fn info_nposonly(word: u32) -> u32 {
        5 * word
    }
    /// Offset of the number of keyword-only parameters.
    pub const fn info_nkwonly(word: u32) -> u32 {
        6 * word
    }
    /// Offset of the `FUNC_*` flags.
    pub const fn info_flags(word: u32) -> u32 {
        7 * word
    }
    /// Offset of the qualified name (`outer.<locals>.inner`, `C.m`), a str: what
    /// reprs of generators print.
    pub const fn info_qualname(word: u32) -> u32 {
        8 * word
    }
    /// Offset of the line of the `def` (or `lambda`, or generator expression).
    pub const fn info_line(word: u32) -> u32 {
        9 * word
    }
    /// Offset of the name of the module that defines it, a str (`__module__`).
    pub const fn info_module(word: u32) -> u32 {
        10 * word
    }
    /// Offset of its docstring, a str, or None (`__doc__`).
    pub const fn info_doc(word: u32) -> u32 {
        11 * word
    }
    /// Offset of its position table (bytes), or 0 when nothing in it raises. Entry
    /// `k` is what `pyaot_traceback_add(info, k)` reports, in unsigned LEB128s: the
    /// line times 2, plus 1 for a method call; then 0 for no marker line, or the
    /// marker line CPython 3.11 prints under the source line as four counts:
    /// spaces + 1, `~`, `^`, `~`; for a method call, a second marker line (the same
    /// way) for when the method's lookup raised AttributeError.
    pub const fn info_positions(word: u32) -> u32 {
        12 * word
    }
    /// Size of a FuncInfo.
    pub const fn info_size(word: u32) -> u32 {
        13 * word
    }

    /// A big int (an `int` beyond the small-int range):
    /// `[type = int][size][limbs...]`. `size` is a signed word: the number of limbs,
    /// negative for a negative value (CPython's `ob_size`). Limbs are unsigned
    /// machine words, least significant first, the top one nonzero. A big int never
    /// holds a value that fits a small int (the runtime's fast paths rely on it).
    pub const fn bigint_size(word: u32) -> u32 {
        word
    }
    /// Offset of a big int's first (least significant) limb.
    pub const fn bigint_limbs(word: u32) -> u32 {
        2 * word
    }
    /// Bits per limb: one machine word.
    pub const fn bigint_limb_bits(word: u32) -> u32 {
        8 * word
    }
    /// Size of a big int object with `nlimbs` limbs.
    pub const fn bigint_object_size(word: u32, nlimbs: u32) -> u32 {
        (2 + nlimbs) * word
    }

    /// `bytes`: `[type][hash][len][bytes...]`. The hash is `crate::bytes_hash` of the
    /// contents (precomputed in static bytes; `usize::MAX` in a heap object until
    /// first asked for).
    pub const fn bytes_hash(word: u32) -> u32 {
        word
    }
    /// Offset of a bytes object's length.
    pub const fn bytes_len(word: u32) -> u32 {
        2 * word
    }
    /// Offset of a bytes object's first byte.
    pub const fn bytes_data(word: u32) -> u32 {
        3 * word
    }
}

/// CPython's default recursion limit (`sys.getrecursionlimit()`): the depth of
/// Python frames, the module's own included, beyond which a call raises RecursionError.
pub const RECURSION_LIMIT: i32 = 1000;

/// FuncInfo flag: the function takes `*args`.
pub const FUNC_VARARGS: usize = 1;
/// FuncInfo flag: the function takes `**kwargs`.
pub const FUNC_VARKW: usize = 2;
/// FuncInfo flag: the fast entry's first slot is the function object (for its closure).
pub const FUNC_SELF: usize = 4;
/// FuncInfo flag: a generator function. A call binds the arguments and returns a
/// generator object; the fast entry is the generator's body, which the runtime runs
/// on the generator's own stack (never called directly by compiled code).
pub const FUNC_GENERATOR: usize = 8;

/// Functions with at most this many positional parameters take them in registers
/// (both ABIs pass four words in registers); above it, the fast entry takes one
/// pointer to an array of arguments.
pub const MAX_REG_ARGS: usize = 4;

/// Data symbols the runtime defines and compiled code references.
pub mod sym {
    /// `None`.
    pub const NONE: &str = "pyaot_None";
    /// `True`.
    pub const TRUE: &str = "pyaot_True";
    /// `False`.
    pub const FALSE: &str = "pyaot_False";
    /// Type object of `int` (the type of static big ints, `layout::bigint_*`).
    pub const TYPE_INT: &str = "pyaot_type_int";
    /// Type object of `float`.
    pub const TYPE_FLOAT: &str = "pyaot_type_float";
    /// Type object of `str`.
    pub const TYPE_STR: &str = "pyaot_type_str";
    /// Type object of `tuple`.
    pub const TYPE_TUPLE: &str = "pyaot_type_tuple";
    /// Type object of `function`.
    pub const TYPE_FUNCTION: &str = "pyaot_type_function";
    /// Type object of builtin functions used as values.
    pub const TYPE_BUILTIN: &str = "pyaot_type_builtin";
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: &str = "pyaot_NotImplemented";
    /// A static marker `RtFn::ImportStarName` returns for a name its module lacks.
    pub const UNBOUND: &str = "pyaot_unbound";
    /// The `Ellipsis` object (`...`).
    pub const ELLIPSIS: &str = "pyaot_Ellipsis";
    /// The runtime's table of pointers to the type objects of `BUILTIN_TYPES`.
    pub const BUILTIN_TYPES: &str = "pyaot_builtin_types";
    /// A word holding the lowest stack address compiled code may use; prologues
    /// compare the stack pointer with it and raise RecursionError below it.
    pub const STACK_LIMIT: &str = "pyaot_stack_limit";
    /// A word counting the compiled Python frames on the stack; prologues raise
    /// RecursionError when it passes [`crate::RECURSION_LIMIT`], as CPython does.
    pub const RECURSION_DEPTH: &str = "pyaot_recursion_depth";
    /// The C entry point the runtime provides to run a program:
    /// `int pyaot_main(int argc, char **argv, Obj (*init)(void))`.
    pub const MAIN: &str = "pyaot_main";
    /// A word (`size_t`, read-only) holding the heap size compiled into the program,
    /// in bytes; 0 for the runtime's default. The runtime defines it weakly as 0, so a
    /// strong definition from the compiler (`--heap-size`) or a C program wins. Host:
    /// the heap limit, unless `PYAOT_HEAP_LIMIT` overrides it at run time; bare
    /// metal: caps the heap region the linker script (or `pyaot_heap_init`) gives.
    pub const HEAP_SIZE_DEFAULT: &str = "pyaot_heap_size_default";
    /// Type object of `bytes` (the type of static bytes, `layout::bytes_*`).
    pub const TYPE_BYTES: &str = "pyaot_type_bytes";
    /// Type object of `bytearray`.
    pub const TYPE_BYTEARRAY: &str = "pyaot_type_bytearray";
}

/// Parses a size in bytes as `PYAOT_HEAP_LIMIT` spells it: decimal digits, then
/// optionally `K`, `M` or `G` (binary multiples, either case, optionally followed by
/// `B` or `iB`). None for anything else, or a size that does not fit 64 bits.
pub fn parse_size(text: &[u8]) -> Option<u64> {
    let digits = text.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let mut n: u64 = 0;
    for &c in &text[..digits] {
        n = n.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    let (shift, unit) = match text[digits..].split_first() {
        None => (0, &[][..]),
        Some((c, rest)) => match c.to_ascii_uppercase() {
            b'K' => (10, rest),
            b'M' => (20, rest),
            b'G' => (30, rest),
            b'B' if rest.is_empty() => (0, rest),
            _ => return None,
        },
    };
    if !(unit.is_empty() || unit.eq_ignore_ascii_case(b"B") || unit.eq_ignore_ascii_case(b"iB")) {
        return None;
    }
    if shift > 0 && n > u64::MAX >> shift {
        return None;
    }
    Some(n << shift)
}

/// Symbol of the init function of a module (it runs the module body, returns None or
/// 0 when an exception escaped): `pyaot_init_<name>`, a package's module `a.b` as
/// `pyaot_init_a__b` so that C can name it.
pub fn module_init_symbol(module: &str, out: &mut impl core::fmt::Write) -> core::fmt::Result {
    out.write_str("pyaot_init_")?;
    for (i, part) in module.split('.').enumerate() {
        if i > 0 {
            out.write_str("__")?;
        }
        out.write_str(part)?;
    }
    Ok(())
}

/// Symbol of the static descriptor of an imported module (`RtFn::ImportModule`'s
/// argument; layout in `layout::module_desc_*`).
pub fn module_desc_symbol(module: &str, out: &mut impl core::fmt::Write) -> core::fmt::Result {
    write!(out, "pyaot.{module}.module")
}

/// Comparison operators, as passed to `pyaot_compare`.
#[repr(usize)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CmpOp {
    /// Decodes the operator a runtime call received.
    pub fn from_usize(v: usize) -> Option<CmpOp> {
        Some(match v {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }
}

macro_rules! runtime_functions {
    ($($(#[$doc:meta])* $variant:ident = $sym:literal, $nargs:literal;)*) => {
        /// The runtime's entry points that compiled code calls. Each takes and returns
        /// machine words; a returned 0 means an exception is pending (except where the
        /// doc says otherwise).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RtFn { $($(#[$doc])* $variant,)* }

        impl RtFn {
            /// Every entry point, for checks that the runtime defines them all.
            pub const ALL: &'static [RtFn] = &[$(RtFn::$variant,)*];
            /// The linker symbol.
            pub const fn symbol(self) -> &'static str {
                match self { $(RtFn::$variant => $sym,)* }
            }
            /// Number of word arguments.
            pub const fn nargs(self) -> usize {
                match self { $(RtFn::$variant => $nargs,)* }
            }
        }
    };
}

runtime_functions! {
    /// `(a, b)`: `a + b`.
    Add = "pyaot_add", 2;
    /// `(a, b)`: `a - b`.
    Sub = "pyaot_sub", 2;
    /// `(a, b)`: `a * b`.
    Mul = "pyaot_mul", 2;
    /// `(a, b)`: `a / b`.
    TrueDiv = "pyaot_truediv", 2;
    /// `(a, b)`: `a // b`.
    FloorDiv = "pyaot_floordiv", 2;
    /// `(a, b)`: `a % b`.
    Mod = "pyaot_mod", 2;
    /// `(a, b)`: `a ** b`.
    Pow = "pyaot_pow", 2;
    /// `(a, b)`: `a << b`.
    LShift = "pyaot_lshift", 2;
    /// `(a, b)`: `a >> b`.
    RShift = "pyaot_rshift", 2;
    /// `(a, b)`: `a & b`.
    BitAnd = "pyaot_bitand", 2;
    /// `(a, b)`: `a | b`.
    BitOr = "pyaot_bitor", 2;
    /// `(a, b)`: `a ^ b`.
    BitXor = "pyaot_bitxor", 2;
    /// `(a)`: `-a`.
    Neg = "pyaot_neg", 1;
    /// `(a)`: `+a`.
    Pos = "pyaot_pos", 1;
    /// `(a)`: `~a`.
    Invert = "pyaot_invert", 1;
    /// `(a, b, op: CmpOp)`: rich comparison, returns the result object.
    Compare = "pyaot_compare", 3;
    /// `(item, container)`: `item in container`, returns True or False.
    Contains = "pyaot_contains", 2;
    /// `(a)`: `bool(a)` as True or False.
    IsTrue = "pyaot_is_true", 1;
    /// `(obj, key)`: `obj[key]`.
    GetItem = "pyaot_getitem", 2;
    /// `(obj, key, value)`: `obj[key] = value`, returns None.
    SetItem = "pyaot_setitem", 3;
    /// `(items*, n)`: a new list.
    BuildList = "pyaot_build_list", 2;
    /// `(items*, n)`: a new tuple.
    BuildTuple = "pyaot_build_tuple", 2;
    /// `(keys_and_values*, npairs)`: a new dict from alternating keys and values.
    BuildDict = "pyaot_build_dict", 2;
    /// `(callable, args*, n)`: call with positional arguments.
    Call = "pyaot_call", 3;
    /// `(obj, name: str, args*, n)`: `obj.name(*args)`.
    CallMethod = "pyaot_call_method", 4;
    /// `(args*, n, sep, end)`: `print(*args, sep=sep, end=end)`; sep/end 0 = default.
    Print = "pyaot_print", 4;
    PrintFile = "pyaot_print_file", 4;
    /// `(obj)`: `iter(obj)`.
    Iter = "pyaot_iter", 1;
    /// `(iterator)`: the next item, or `ITER_DONE`.
    IterNext = "pyaot_iter_next", 1;
    /// `(obj)`: checks an argument of a `for ... in range(...)` loop the compiler
    /// turned into a counting loop: returns it if it is a small int, else raises
    /// TypeError (or OverflowError) as `range()` would.
    RangeArg = "pyaot_range_arg", 1;
    /// `(name: str)`: raises NameError for an unbound global.
    NameError = "pyaot_name_error", 1;
    /// `(name: str)`: raises UnboundLocalError for a local read before assignment.
    UnboundLocal = "pyaot_unbound_local", 1;
    /// `()`: raises RecursionError (stack limit reached in a prologue).
    RecursionError = "pyaot_recursion_error", 0;
    /// `(func, nargs)`: raises TypeError for a call with the wrong number of arguments.
    ArgCountError = "pyaot_arg_count_error", 2;
    /// `(seq, n, out*)`: unpacks an iterable of exactly `n` items into `out`
    /// (`a, b = seq`); returns None.
    Unpack = "pyaot_unpack_sequence", 3;
    /// `(callable, args*, n, kwnames)`: a call with keywords: `args` holds the
    /// positional arguments then one value per name in the tuple `kwnames`; `n` counts
    /// them all.
    CallKw = "pyaot_call_kw", 4;
    /// `(name, args*, n, kwnames)`: `args[0].name(...)`, the other words as for
    /// `CallKw` (`n` counts the object too; kwnames may be 0).
    CallMethodKw = "pyaot_call_method_kw", 4;
    /// `(callable, positional, kwargs)`: `f(*positional, **kwargs)`; positional is any
    /// iterable, kwargs a dict or 0.
    CallEx = "pyaot_call_ex", 3;
    /// `(template, defaults, kwdefaults, closure)`: a new function object from a
    /// static one, with the defaults/closure of this `def` execution (0 for none).
    MakeFunction = "pyaot_make_function", 4;
    /// `(obj, name: str)`: `obj.name`.
    GetAttr = "pyaot_getattr", 2;
    /// `(obj, name: str, value)`: `obj.name = value`; returns None.
    SetAttr = "pyaot_setattr", 3;
    /// `(obj, name: str)`: `del obj.name`; returns None.
    DelAttr = "pyaot_delattr", 2;
    /// `(name: str, bases: tuple, namespace: dict)`: the class a `class` statement
    /// defines.
    BuildClass = "pyaot_build_class", 3;
    /// `(cls, obj)`: `super()` in a method of class `cls` whose first argument is obj.
    Super = "pyaot_super", 2;
    /// `(index)`: imports built-in module `BUILTIN_MODULES[index]` (made once).
    ImportBuiltin = "pyaot_import_builtin", 1;
    /// `(module, name: str)`: `from module import name` (ImportError if missing).
    ImportFrom = "pyaot_import_from", 2;
    /// `(descriptor)`: imports a module of the program (runs its body the first
    /// time) and returns its module object.
    ImportModule = "pyaot_import_module", 1;
    /// `(module, name: str)`: one name of `from module import *`; the word at
    /// `sym::UNBOUND` when the module leaves it unbound (the name is then skipped).
    ImportStarName = "pyaot_import_star_name", 2;
    /// `(items*, n)`: a set display `{a, b}`.
    BuildSet = "pyaot_build_set", 2;
    /// `(set, item)`: `set.add(item)` for set comprehensions; returns None.
    SetAdd = "pyaot_set_add", 2;
    /// `(a, b, op)`: `a op= b`, `op` indexing `INPLACE_OPS`: lists extend and sets
    /// update in place, classes' `__iop__` methods run; else `a op b`.
    Inplace = "pyaot_inplace", 3;
    /// `(list, item)`: `list.append(item)` for comprehensions; returns None.
    ListAppend = "pyaot_list_append", 2;
    /// `(value or 0)`: a new cell (a variable captured by a nested function).
    CellNew = "pyaot_cell_new", 1;
    /// `(name: str)`: raises NameError for a free variable read before assignment.
    FreeUnbound = "pyaot_free_unbound", 1;
    /// `()`: takes the pending exception for an `except`/`finally` landing pad.
    ExcFetch = "pyaot_exc_fetch", 0;
    /// `(exc, type_or_tuple)`: whether `exc` matches an `except` clause's classes;
    /// True/False, or 0 (TypeError) when they are not exception classes.
    ExcMatch = "pyaot_exc_match", 2;
    /// `(exc)`: `raise exc` (an instance, or a class to instantiate); returns 0.
    Raise = "pyaot_raise", 1;
    /// `(exc, cause)`: `raise exc from cause`; returns 0.
    RaiseFrom = "pyaot_raise_from", 2;
    /// `(exc or 0)`: re-raises a caught exception keeping its traceback (bare
    /// `raise`, or the end of a `finally`); 0 raises "No active exception".
    Reraise = "pyaot_reraise", 1;
    /// `(msg or 0)`: raises AssertionError.
    AssertFail = "pyaot_assert_fail", 1;
    /// `(obj, key)`: `del obj[key]`; returns None.
    DelItem = "pyaot_delitem", 2;
    /// `(start, stop, step)`: a slice object (None for an omitted part).
    BuildSlice = "pyaot_build_slice", 3;
    /// `(strs*, n)`: the concatenation of n str objects (f-strings).
    StrConcat = "pyaot_str_concat", 2;
    /// `(seq, before, after, out*)`: `a, *b, c = seq` with `before` targets before the
    /// starred one and `after` after it: `out` gets before + 1 + after words, the
    /// starred one a new list; returns None.
    UnpackEx = "pyaot_unpack_ex", 4;
    /// `(info: *const FuncInfo, k)`: appends a frame to the pending traceback, at
    /// entry `k` of the function's position table (`layout::info_positions`).
    /// Returns nothing meaningful.
    TracebackAdd = "pyaot_traceback_add", 2;
    /// `(value, spec: str)`: `format(value, spec)`, the format-spec mini-language for
    /// ints, floats and strs (f-string replacement fields with a spec); a new str.
    Format = "pyaot_format", 2;
    /// `(value)`: `yield value` in a generator's body: suspends the generator, and
    /// returns the value sent in when it is resumed (None for `next()`), or 0 with
    /// the exception pending that `throw()` or `close()` raised at the `yield`.
    Yield = "pyaot_yield", 1;
    /// `(iterable)`: `yield from iterable` in a generator's body: delegates to its
    /// iterator (next, send, throw, close) and returns the value it returned (a
    /// sub-generator's `return` value, else None).
    YieldFrom = "pyaot_yield_from", 1;
    /// `(iterator)`: a `for` loop over a generator nothing else refers to (a call of a
    /// generator function) left early by `break` or `return`: closes the generator,
    /// as CPython does when its last reference goes. Errors are reported on stderr
    /// ("Exception ignored in: ...") and not raised; returns None.
    GenDrop = "pyaot_gen_drop", 1;
    /// `(dict, mapping)`: `**mapping` in a dict display; returns None.
    DictMerge = "pyaot_dict_merge", 2;
    /// `(exception, level)`: a handler at nesting `level` of this frame (an `except`
    /// clause, or a `finally`/`with` exit run by an exception) starts handling the
    /// exception: it becomes the `__context__` of exceptions raised meanwhile.
    ExcHandle = "pyaot_exc_handle", 2;
    /// `()`: the innermost handler finished normally (or by break/continue/return).
    ExcLeave = "pyaot_exc_leave", 0;
    /// `(ctype: CType, cell*)`: the Python object for the C value of type `ctype` in
    /// the cell (`CType` explains cells): an argument of an `@export` function or the
    /// result of an `@extern` one.
    CffiBox = "pyaot_cffi_box", 2;
    /// `(ctype: CType, obj, cell*)`: converts `obj` to C type `ctype` into the cell
    /// (OverflowError, TypeError, ValueError like CPython's conversions); returns 1,
    /// or 0 when it raised.
    CffiUnbox = "pyaot_cffi_unbox", 3;
    /// `()`: clears the pending exception (an `@export` function's entry: the C
    /// caller then finds only the exception of this call); returns nothing meaningful.
    ErrClear = "pyaot_err_clear", 0;
    /// `(obj, width_bits, cell*)`: the address `obj` names for `pyaot.mem8/16/32` into
    /// the cell (a machine word): an int from 0 to the largest address, aligned to
    /// the access width; returns 1, or 0 when it raised.
    MemAddress = "pyaot_mem_address", 3;
    /// `(name, args*, n, kwnames)`: `args[0].name(...)` for the method names in
    /// [`BYTES_METHODS`], the other words as for `CallMethodKw` (kwnames may be 0).
    CallBytesMethod = "pyaot_call_bytes_method", 4;
    /// `(index, create)`: imports built-in module `BUILTIN_MODULES[index]` (made once,
    /// by `create`, the symbol `builtin_module_creator` names): modules whose code
    /// only programs importing them link.
    ImportBuiltinWith = "pyaot_import_builtin_with", 2;
    /// `(subject)`: a `match` sequence pattern's test (CPython's MATCH_SEQUENCE and
    /// GET_LEN): `len(subject)` when the subject is a sequence (list, tuple, range,
    /// or a class flagged in `__pyaot_tpflags__`, as `collections.deque`), else None.
    MatchSequence = "pyaot_match_sequence", 1;
    /// `(subject, nkeys: small int)`: a mapping pattern's test (MATCH_MAPPING): True
    /// when the subject is a mapping (a dict, or a class flagged in
    /// `__pyaot_tpflags__`) with at least `nkeys` items (its length asked only when
    /// `nkeys` > 0), else False.
    MatchMapping = "pyaot_match_mapping", 2;
    /// `(subject, keys: tuple)`: MATCH_KEYS: a tuple of the keys' values (a dict's
    /// items, else `subject.get(key, sentinel)`), or None when a key is missing;
    /// ValueError when a key repeats.
    MatchKeys = "pyaot_match_keys", 2;
    /// `(subject, keys: tuple or 0)`: a mapping pattern's `**rest`: a new dict of the
    /// subject's items (`dict.update`) without the keys.
    MatchRest = "pyaot_match_rest", 2;
    /// `(subject, nargs: small int, items*, n)`: MATCH_CLASS for the class `items[0]`
    /// with `nargs` positional sub-patterns and the keyword sub-patterns named by the
    /// strs `items[1..n]`: None when the subject is no instance or lacks an
    /// attribute, else a tuple of the attributes (positional ones through
    /// `__match_args__`, or the subject itself for int, str, list, ...). TypeError
    /// as CPython's for a bad class or `__match_args__`.
    MatchClass = "pyaot_match_class", 4;
    /// `(descriptor)`: `globals()` (and `vars()` at module level) in the module with
    /// this descriptor: a live mapping over its globals.
    ModuleNamespace = "pyaot_module_namespace", 1;
    /// `(descriptor)`: `dir()` at module level: the sorted names of the module.
    ModuleDir = "pyaot_module_dir", 1;
    /// `(start, stop, step)`: before the counting loop of `for x in range(...)`, with
    /// bounds checked by `RangeArg`: None when both bounds are small ints (count),
    /// else an iterator over the range (a bound is a big int: iterate it instead).
    RangeLoopIter = "pyaot_range_loop_iter", 3;
    /// `(manager)`: the start of a `with` item: `manager.__enter__()`, after checking
    /// that the manager has both `__enter__` and `__exit__` (CPython's "does not
    /// support the context manager protocol" TypeErrors otherwise).
    WithEnter = "pyaot_with_enter", 1;
    /// `(namespace: dict, name: str)`: a class body's read of a name it may hold
    /// (CPython's LOAD_NAME): its value, or the word at `sym::UNBOUND` when the
    /// namespace has no such key (the compiled code then looks outside the class).
    ClassNsLookup = "pyaot_class_ns_lookup", 2;
    /// `(namespace: dict, name: str)`: `del name` in a class body (DELETE_NAME):
    /// removes the key, NameError when there is none; returns None.
    ClassNsDelete = "pyaot_class_ns_delete", 2;
    /// `()`: an inlined frame (a list, set or dict comprehension's, a class body's)
    /// starts: it counts toward `RECURSION_LIMIT` as a function's frame does;
    /// RecursionError (and not counted) past it. Returns None.
    FrameEnter = "pyaot_frame_enter", 0;
    /// `()`: an inlined frame ends (normally, or by an exception leaving it);
    /// returns None.
    FrameLeave = "pyaot_frame_leave", 0;
}

/// Built-in functions callable by name. Each is `Obj f(const Obj *args, usize n)`,
/// checks its own argument count and raises TypeError like CPython.
pub const BUILTINS: &[(&str, &str)] = &[
    ("print", "pyaot_builtin_print"),
    ("len", "pyaot_builtin_len"),
    ("range", "pyaot_builtin_range"),
    ("str", "pyaot_builtin_str"),
    ("repr", "pyaot_builtin_repr"),
    ("int", "pyaot_builtin_int"),
    ("float", "pyaot_builtin_float"),
    ("bool", "pyaot_builtin_bool"),
    ("abs", "pyaot_builtin_abs"),
    ("min", "pyaot_builtin_min"),
    ("max", "pyaot_builtin_max"),
    ("sum", "pyaot_builtin_sum"),
    ("list", "pyaot_builtin_list"),
    ("tuple", "pyaot_builtin_tuple"),
    ("dict", "pyaot_builtin_dict"),
    ("chr", "pyaot_builtin_chr"),
    ("ord", "pyaot_builtin_ord"),
    ("hash", "pyaot_builtin_hash"),
    ("isinstance", "pyaot_builtin_isinstance"),
    ("issubclass", "pyaot_builtin_issubclass"),
    ("type", "pyaot_builtin_type"),
    ("round", "pyaot_builtin_round"),
    ("divmod", "pyaot_builtin_divmod"),
    ("pow", "pyaot_builtin_pow"),
    ("bin", "pyaot_builtin_bin"),
    ("oct", "pyaot_builtin_oct"),
    ("hex", "pyaot_builtin_hex"),
    ("format", "pyaot_builtin_format"),
    ("iter", "pyaot_builtin_iter"),
    ("next", "pyaot_builtin_next"),
    ("enumerate", "pyaot_builtin_enumerate"),
    ("zip", "pyaot_builtin_zip"),
    ("map", "pyaot_builtin_map"),
    ("filter", "pyaot_builtin_filter"),
    ("reversed", "pyaot_builtin_reversed"),
    ("sorted", "pyaot_builtin_sorted"),
    ("any", "pyaot_builtin_any"),
    ("all", "pyaot_builtin_all"),
    ("getattr", "pyaot_builtin_getattr"),
    ("setattr", "pyaot_builtin_setattr"),
    ("hasattr", "pyaot_builtin_hasattr"),
    ("callable", "pyaot_builtin_callable"),
    ("id", "pyaot_builtin_id"),
    ("input", "pyaot_builtin_input"),
    ("open", "pyaot_builtin_open"),
    ("delattr", "pyaot_builtin_delattr"),
    ("bytes", "pyaot_builtin_bytes"),
    ("bytearray", "pyaot_builtin_bytearray"),
    ("vars", "pyaot_builtin_vars"),
    ("dir", "pyaot_builtin_dir"),
    ("exit", "pyaot_builtin_exit"),
    ("quit", "pyaot_builtin_exit"),
    ("ascii", "pyaot_builtin_ascii"),
];

/// Built-in classes usable as values (`isinstance(x, int)`, `except ValueError`),
/// in the order of the runtime's table `sym::BUILTIN_TYPES` of type-object pointers.
pub const BUILTIN_TYPES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "range",
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "TypeError",
    "ValueError",
    "NameError",
    "UnboundLocalError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "MemoryError",
    "AttributeError",
    "StopIteration",
    "AssertionError",
    "staticmethod",
    "classmethod",
    "property",
    "set",
    "frozenset",
    "SystemExit",
    "ImportError",
    "ModuleNotFoundError",
    "GeneratorExit",
    "OSError",
    "EnvironmentError",
    "IOError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "EOFError",
    "KeyboardInterrupt",
    "BufferError",
    "FloatingPointError",
    "ReferenceError",
    "SystemError",
    "StopAsyncIteration",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
    "UnicodeError",
    "UnicodeEncodeError",
    "UnicodeDecodeError",
    "slice",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
];

/// Built-in classes compiled code names by their own type-object symbol rather than
/// through the `BUILTIN_TYPES` table: their code (methods, operators) hangs off the
/// type object, so a program links it only when it names the class or makes one of
/// its objects (a literal, a call), not whenever it uses the table (`except E:`).
pub const BUILTIN_TYPE_SYMBOLS: &[(&str, &str)] = &[
    ("bytes", sym::TYPE_BYTES),
    ("bytearray", sym::TYPE_BYTEARRAY),
];

/// The type-object symbol of a built-in class in [`BUILTIN_TYPE_SYMBOLS`].
pub fn builtin_type_symbol(name: &str) -> Option<&'static str> {
    BUILTIN_TYPE_SYMBOLS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// Method names whose built-in implementations make or read bytes objects on types
/// that are always linked (`str.encode`, `int.to_bytes`, `int.from_bytes`): calls of
/// a method of one of these names go through `RtFn::CallBytesMethod`, so the bytes
/// code is linked only into programs that name one of them.
pub const BYTES_METHODS: &[&str] = &["encode", "to_bytes", "from_bytes"];

/// Built-in modules, as `import` names them; the index is `RtFn::ImportBuiltin`'s
/// argument.
pub const BUILTIN_MODULES: &[&str] = &["math", "sys", "time", "_random", "struct"];

/// The names each built-in module defines (by `BUILTIN_MODULES` index): `from m
/// import x` of any other name is a compile-time error. The runtime defines exactly
/// these (tests/abi.rs imports every one).
pub const BUILTIN_MODULE_NAMES: &[&[&str]] = &[
    &[
        "acos",
        "acosh",
        "asin",
        "asinh",
        "atan",
        "atan2",
        "atanh",
        "ceil",
        "comb",
        "copysign",
        "cos",
        "cosh",
        "degrees",
        "e",
        "exp",
        "exp2",
        "expm1",
        "fabs",
        "factorial",
        "floor",
        "fmod",
        "frexp",
        "fsum",
        "gcd",
        "hypot",
        "inf",
        "isclose",
        "isfinite",
        "isinf",
        "isnan",
        "isqrt",
        "lcm",
        "ldexp",
        "log",
        "log10",
        "log1p",
        "log2",
        "modf",
        "nan",
        "nextafter",
        "perm",
        "pi",
        "pow",
        "prod",
        "radians",
        "remainder",
        "sin",
        "sinh",
        "sqrt",
        "tan",
        "tanh",
        "tau",
        "trunc",
        "ulp",
        "dist",
    ],
    &[
        "argv",
        "byteorder",
        "exit",
        "implementation",
        "maxsize",
        "platform",
        "stderr",
        "stdout",
    ],
    &[
        "monotonic",
        "monotonic_ns",
        "perf_counter",
        "perf_counter_ns",
        "process_time",
        "process_time_ns",
        "sleep",
        "time",
        "time_ns",
    ],
    &[
        "entropy",
        "getrandbits",
        "getstate",
        "new",
        "random",
        "seed",
        "setstate",
    ],
    &[
        "Struct",
        "calcsize",
        "error",
        "iter_unpack",
        "pack",
        "pack_into",
        "unpack",
        "unpack_from",
    ],
];

/// Built-in modules imported through `RtFn::ImportBuiltinWith`: the symbol of the
/// runtime function (`Obj f(void)`) that makes each one, so that only programs
/// importing it link its code.
pub const BUILTIN_MODULE_CREATORS: &[(&str, &str)] = &[("struct", "pyaot_module_struct")];

/// The creator symbol of a built-in module in [`BUILTIN_MODULE_CREATORS`].
pub fn builtin_module_creator(name: &str) -> Option<&'static str> {
    BUILTIN_MODULE_CREATORS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
}

/// The index of a built-in module.
pub fn builtin_module_index(name: &str) -> Option<usize> {
    BUILTIN_MODULES.iter().position(|m| *m == name)
}

/// The operators of `RtFn::Inplace`, by index: `+ - * / // % ** << >> & | ^`.
pub const INPLACE_OPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
];

/// The index of a built-in class in `BUILTIN_TYPES`.
pub fn builtin_type_index(name: &str) -> Option<usize> {
    BUILTIN_TYPES.iter().position(|n| *n == name)
}

/// Built-in functions that take keyword arguments: their entry for keyword calls,
/// `Obj f(const Obj *args, usize n, tuple kwnames)`, where `args` holds the
/// positional arguments then one value per name.
pub const BUILTINS_KW: &[(&str, &str)] = &[
    ("sorted", "pyaot_builtin_sorted_kw"),
    ("enumerate", "pyaot_builtin_enumerate_kw"),
    ("min", "pyaot_builtin_min_kw"),
    ("max", "pyaot_builtin_max_kw"),
    ("sum", "pyaot_builtin_sum_kw"),
    ("round", "pyaot_builtin_round_kw"),
    ("pow", "pyaot_builtin_pow_kw"),
    ("zip", "pyaot_builtin_zip_kw"),
    ("int", "pyaot_builtin_int_kw"),
    ("str", "pyaot_builtin_str_kw"),
    ("dict", "pyaot_builtin_dict_kw"),
    ("open", "pyaot_builtin_open_kw"),
    ("bytes", "pyaot_builtin_bytes_kw"),
    ("bytearray", "pyaot_builtin_bytearray_kw"),
];

/// The symbol of a built-in function, if `name` is one.
pub fn builtin_symbol(name: &str) -> Option<&'static str> {
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Hash of a str's UTF-8 bytes (FNV-1a, folded to the word size). Static strs carry it
/// precomputed because they live in read-only memory. CPython randomises str hashes,
/// so no program can depend on the values. Never returns `usize::MAX` (-1).
pub fn str_hash(bytes: &[u8], word_bits: u32) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let h = if word_bits == 32 {
        (h ^ (h >> 32)) & 0xffff_ffff
    } else {
        h
    };
    let minus_one = if word_bits == 32 {
        0xffff_ffff
    } else {
        u64::MAX
    };
    if h == minus_one {
        h - 1
    } else {
        h
    }
}

/// Hash of a bytes object's contents: the str hash of the same bytes, so that
/// `hash(b'abc') == hash('abc')` as in CPython. Static bytes carry it precomputed.
pub fn bytes_hash(bytes: &[u8], word_bits: u32) -> u64 {
    str_hash(bytes, word_bits)
}
/// The str methods that read the runtime's Unicode tables, which are linked only into
/// programs that may call them: (method name, hook symbol, implementation symbol).
/// The runtime refers to each hook weakly and reads it as 0 when no object defines
/// it; the compiler defines it (weak, holding the implementation's address) in a
/// program that has the method's name among its str constants. Each implementation
/// is `Obj f(Obj s)`: the method of str `s`, without arguments.
pub const STR_UNICODE_METHODS: &[(&str, &str, &str)] = &[
    ("upper", "pyaot_strhook_upper", "pyaot_str_upper"),
    ("lower", "pyaot_strhook_lower", "pyaot_str_lower"),
    ("casefold", "pyaot_strhook_casefold", "pyaot_str_casefold"),
    (
        "capitalize",
        "pyaot_strhook_capitalize",
        "pyaot_str_capitalize",
    ),
    ("title", "pyaot_strhook_title", "pyaot_str_title"),
    ("swapcase", "pyaot_strhook_swapcase", "pyaot_str_swapcase"),
    ("isalpha", "pyaot_strhook_isalpha", "pyaot_str_isalpha"),
    ("isalnum", "pyaot_strhook_isalnum", "pyaot_str_isalnum"),
    (
        "isdecimal",
        "pyaot_strhook_isdecimal",
        "pyaot_str_isdecimal",
    ),
    ("isdigit", "pyaot_strhook_isdigit", "pyaot_str_isdigit"),
    (
        "isnumeric",
        "pyaot_strhook_isnumeric",
        "pyaot_str_isnumeric",
    ),
    (
        "isprintable",
        "pyaot_strhook_isprintable",
        "pyaot_str_isprintable",
    ),
    (
        "isidentifier",
        "pyaot_strhook_isidentifier",
        "pyaot_str_isidentifier",
    ),
    ("islower", "pyaot_strhook_islower", "pyaot_str_islower"),
    ("isupper", "pyaot_strhook_isupper", "pyaot_str_isupper"),
    ("istitle", "pyaot_strhook_istitle", "pyaot_str_istitle"),
];

/// The hook through which the runtime makes a generator (`pyaot_call` of a generator
/// function): (hook symbol, implementation symbol). The compiler defines the hook
/// (weak, holding the implementation's address) in a program that defines a
/// generator function, so programs without generators link none of their code. The
/// implementation is `Obj f(Obj func, const Obj *slots, usize n)`.
pub const GENERATOR_HOOK: (&str, &str) = ("pyaot_hook_gen_new", "pyaot_gen_new");

/// Builtins whose keyword entry a call through a value reaches (`f = max; f(xs,
/// key=g)`): (positional entry, its hook, keyword entry's hook, keyword entry). The
/// compiler defines both hooks (as for `GENERATOR_HOOK`) in a program that uses the
/// builtin as a value; the runtime refers to them weakly, so a program that never
/// does links none of these entries through `pyaot_call_kw`.
pub const BUILTIN_KW_HOOKS: &[(&str, &str, &str, &str)] = &[
    (
        "pyaot_builtin_open",
        "pyaot_hook_pos_open",
        "pyaot_hook_kw_open",
        "pyaot_builtin_open_kw",
    ),
    (
        "pyaot_builtin_min",
        "pyaot_hook_pos_min",
        "pyaot_hook_kw_min",
        "pyaot_builtin_min_kw",
    ),
    (
        "pyaot_builtin_max",
        "pyaot_hook_pos_max",
        "pyaot_hook_kw_max",
        "pyaot_builtin_max_kw",
    ),
    (
        "pyaot_builtin_sum",
        "pyaot_hook_pos_sum",
        "pyaot_hook_kw_sum",
        "pyaot_builtin_sum_kw",
    ),
    (
        "pyaot_builtin_round",
        "pyaot_hook_pos_round",
        "pyaot_hook_kw_round",
        "pyaot_builtin_round_kw",
    ),
    (
        "pyaot_builtin_pow",
        "pyaot_hook_pos_pow",
        "pyaot_hook_kw_pow",
        "pyaot_builtin_pow_kw",
    ),
    (
        "pyaot_builtin_zip",
        "pyaot_hook_pos_zip",
        "pyaot_hook_kw_zip",
        "pyaot_builtin_zip_kw",
    ),
    (
        "pyaot_builtin_sorted",
        "pyaot_hook_pos_sorted",
        "pyaot_hook_kw_sorted",
        "pyaot_builtin_sorted_kw",
    ),
    (
        "pyaot_builtin_enumerate",
        "pyaot_hook_pos_enumerate",
        "pyaot_hook_kw_enumerate",
        "pyaot_builtin_enumerate_kw",
    ),
];

/// str's formatting methods, which link the format-spec mini-language (float
/// formatting included) and so are reached through hooks, as `STR_UNICODE_METHODS`
/// are: (method name, hook symbol, implementation symbol). `format` is
/// `Obj f(Obj s, const Obj *pos, usize npos, Obj kwnames, const Obj *kwvals)`,
/// `format_map` is `Obj f(Obj s, Obj mapping)`.
pub const STR_FORMAT_HOOKS: &[(&str, &str, &str)] = &[
    ("format", "pyaot_hook_str_format", "pyaot_str_format"),
    (
        "format_map",
        "pyaot_hook_str_format_map",
        "pyaot_str_format_map",
    ),
];

/// str's other methods, in groups linked only into programs that spell one of the
/// group's names (the dispatch by name would otherwise link them all into any
/// program calling any method): (method names, hook symbol, implementation
/// symbol), hooks as in `STR_UNICODE_METHODS`. Each implementation is a Rust
/// function of the runtime, `fn(s, name, args, kwnames, kwvals) -> Result<Obj, ()>`
/// (`maketrans` gets `s` 0), so only the runtime calls it.
pub const STR_METHOD_GROUPS: &[(&[&str], &str, &str)] = &[
    (
        &["split", "rsplit", "splitlines"],
        "pyaot_strhook_split",
        "pyaot_str_split_methods",
    ),
    (&["join"], "pyaot_strhook_join", "pyaot_str_join_method"),
    (
        &["strip", "lstrip", "rstrip"],
        "pyaot_strhook_strip",
        "pyaot_str_strip_methods",
    ),
    (
        &["find", "rfind", "index", "rindex", "count"],
        "pyaot_strhook_find",
        "pyaot_str_find_methods",
    ),
    (
        &["startswith", "endswith", "removeprefix", "removesuffix"],
        "pyaot_strhook_affix",
        "pyaot_str_affix_methods",
    ),
    (
        &["replace", "partition", "rpartition"],
        "pyaot_strhook_replace",
        "pyaot_str_replace_methods",
    ),
    (
        &["center", "ljust", "rjust", "zfill", "expandtabs"],
        "pyaot_strhook_pad",
        "pyaot_str_pad_methods",
    ),
    (
        &["translate", "maketrans"],
        "pyaot_strhook_translate",
        "pyaot_str_translate_methods",
    ),
];

/// The keyword constructors of built-in classes, reached when a class called as a
/// value gets keywords (`f = int; f("17", base=8)`; a direct call names its entry):
/// (class name as in `BUILTIN_TYPES`, hook symbol, keyword entry). The compiler
/// defines a class's hook (weak, holding the entry's address) in a program that
/// uses the class, or `type`, as a value, so that calling with keywords does not
/// link int parsing with bases, codecs and dict's keyword form into every program.
pub const CLASS_KW_HOOKS: &[(&str, &str, &str)] = &[
    ("int", "pyaot_hook_class_kw_int", "pyaot_builtin_int_kw"),
    ("str", "pyaot_hook_class_kw_str", "pyaot_builtin_str_kw"),
    ("dict", "pyaot_hook_class_kw_dict", "pyaot_builtin_dict_kw"),
    (
        "property",
        "pyaot_hook_class_kw_property",
        "pyaot_property_kw",
    ),
    (
        "enumerate",
        "pyaot_hook_class_kw_enumerate",
        "pyaot_builtin_enumerate_kw",
    ),
    ("zip", "pyaot_hook_class_kw_zip", "pyaot_builtin_zip_kw"),
];

/// The positional constructors of built-in classes whose code is large (int and
/// float parsing, range), reached when a class called as a value (a direct call names its entry):
/// (class name as in `BUILTIN_TYPES`, hook symbol, entry), defined as
/// `CLASS_KW_HOOKS`'s are.
pub const CLASS_HOOKS: &[(&str, &str, &str)] = &[
    ("int", "pyaot_hook_class_int", "pyaot_builtin_int"),
    ("range", "pyaot_hook_class_range", "pyaot_builtin_range"),
    ("float", "pyaot_hook_class_float", "pyaot_builtin_float"),
];

/// Methods of built-in types whose type objects most programs link (float by any
/// arithmetic, int, tuple):
/// (method names, hook symbol, implementation symbol), linked only into programs
/// that spell one of the names, hooks as in `STR_METHOD_GROUPS`. Each
/// implementation is a Rust function of the runtime, `fn(o, name, args) ->
/// Option<Obj>`.
pub const METHOD_HOOKS: &[(&[&str], &str, &str)] = &[
    (
        &["as_integer_ratio", "conjugate", "hex", "is_integer"],
        "pyaot_hook_float_methods",
        "pyaot_float_methods",
    ),
    (
        &["as_integer_ratio", "bit_count", "bit_length", "conjugate"],
        "pyaot_hook_int_methods",
        "pyaot_int_methods",
    ),
    (
        &["count", "index"],
        "pyaot_hook_tuple_methods",
        "pyaot_tuple_methods",
    ),
    (
        &["count", "index"],
        "pyaot_hook_range_methods",
        "pyaot_range_methods",
    ),
    (
        &["indices"],
        "pyaot_hook_slice_methods",
        "pyaot_slice_methods",
    ),
    (
        &["mapping"],
        "pyaot_hook_view_mapping",
        "pyaot_view_mapping",
    ),
    (
        &["keys", "items", "isdisjoint"],
        "pyaot_hook_dict_view_sets",
        "pyaot_dict_view_sets",
    ),
];

/// The hook of `random.seed` with a str, bytes or bytearray, which links SHA-512
/// (CPython's version-2 seeding hashes the seed): (names, hook symbol,
/// implementation symbol). The compiler defines it in a program with the library's
/// `random` when a module other than it spells one of the names (an object for C:
/// always); the implementation is
/// `Obj f(Obj state, Obj seed)`.
pub const RANDOM_SEED_HOOK: (&[&str], &str, &str) = (
    &["seed", "Random"],
    "pyaot_hook_random_seed_text",
    "pyaot_random_seed_text",
);

/// The namespace key through which the compiler gives a class of pyaot's Python
/// library the name CPython's messages print for it when CPython implements it in C
/// (`collections.deque`); `pyaot_build_class` takes it out of the namespace.
pub const CLASS_TP_NAME: &str = "__pyaot_tpname__";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagging_round_trips() {
        for v in [-5isize, 0, 1, 123456] {
            assert_eq!(untag_int(tag_int(v)), v);
            assert!(is_small_int(tag_int(v)));
        }
        assert!(!is_small_int(ITER_DONE));
    }

    #[test]
    fn small_int_ranges() {
        assert_eq!(small_int_range(32), (-(1 << 30), (1 << 30) - 1));
        assert_eq!(small_int_range(64), (-(1 << 62), (1 << 62) - 1));
    }

    #[test]
    fn str_hash_is_stable_and_never_minus_one() {
        assert_eq!(str_hash(b"abc", 64), str_hash(b"abc", 64));
        assert_ne!(str_hash(b"abc", 64), str_hash(b"abd", 64));
        assert!(str_hash(b"abc", 32) <= 0xffff_ffff);
    }
}

/// The hook through which `pyaot_build_class` reaches the code that lets a class
/// extend `dict` or `list` (runtime-lib/src/subclass.rs): (hook symbol,
/// implementation symbol). The compiler defines it, as `GENERATOR_HOOK`, in a
/// program that uses `dict`, `list` or `type` as a value (a class statement naming
/// one as a base does), so other programs with classes link none of it. The
/// implementation is `const Base *f(const TypeObject *t)`, null when `t` cannot be
/// extended.
pub const SUBCLASS_HOOK: (&str, &str) = ("pyaot_hook_subclass_base", "pyaot_subclass_base_for");
