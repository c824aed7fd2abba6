//! The target-independent IR (DESIGN §7): per function, basic blocks of instructions
//! on virtual registers ("vars"), each with a type. `lower` builds it from the front
//! end's checked tree; `codegen::lower` turns it into machine code for either ISA.
//!
//! Types are a small lattice kept per var: `Obj` (any Python value as a word) and
//! `Raw` (a machine 0/1 truth value that never escapes to Python). Narrower Python
//! types (int, float, ...) are for later type inference; today the fast paths test
//! tags at run time.

pub mod liveness;
pub mod lower;
pub mod position;
mod print;

pub use pyaot_abi::CType;
use pyaot_abi::{CmpOp, RtFn};

/// A virtual register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Var(pub u32);

/// A basic block of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId(pub u32);

/// The type of a var.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// A Python value (tagged small int or object pointer).
    Obj,
    /// A machine truth value, 0 or 1.
    Raw,
}

/// What the compiler knows of a var.
#[derive(Clone, Debug)]
pub struct VarInfo {
    /// Its type.
    pub ty: Ty,
    /// For named locals, the name: such vars start unbound (0) and reads check them.
    pub name: Option<String>,
}

/// A compile-time constant value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    /// A small int (fits the target's tagged range).
    Int(i64),
    /// None.
    None,
    /// True.
    True,
    /// False.
    False,
    /// The i-th str constant of the module.
    Str(u32),
    /// The i-th float constant of the module.
    Float(u32),
    /// The i-th big int constant of the module.
    BigInt(u32),
    /// The function object of the i-th function of the module.
    Func(u32),
    /// The builtin function object of `pyaot_abi::BUILTINS[i]` (a builtin used as a
    /// value).
    Builtin(u32),
    /// The built-in class `pyaot_abi::BUILTIN_TYPES[i]` (`int`, `ValueError`, ...).
    BuiltinType(u32),
    /// The address of a runtime data symbol (`NotImplemented`).
    Data(&'static str),
    /// The machine word 0 ("absent" for optional runtime arguments).
    Zero,
    /// The descriptor of the user module `Module::module_refs[i]` (`RtFn::ImportModule`).
    Module(u32),
    /// The i-th bytes constant of the module.
    Bytes(u32),
}

/// A binary operator, each with its runtime entry point as the slow path.
pub type BinOp = RtFn;

/// An instruction. Those with a `line` may raise: they are followed by a test of the
/// result and a branch to the error path, which records `line` in the traceback.
#[derive(Clone, Debug)]
pub enum Inst {
    /// A statement on source line `line` starts here (debug line tables, listings).
    Loc { line: u32 },
    /// dst = constant.
    Const { dst: Var, value: Const },
    /// dst = src.
    Copy { dst: Var, src: Var },
    /// dst = the word at word index `field` of object `obj` (closure cells).
    LoadField { dst: Var, obj: Var, field: u32 },
    /// dst = the value in `cell`; raises UnboundLocalError (or NameError for a free
    /// variable) naming str constant `name` when it is unbound.
    CellGet {
        dst: Var,
        cell: Var,
        name: u32,
        free: bool,
        line: u32,
    },
    /// The value in `cell` = src.
    CellSet { cell: Var, src: Var },
    /// Raises UnboundLocalError if the named local `var` is unbound.
    CheckBound { var: Var, name: u32, line: u32 },
    /// dst = global slot; NameError (named by str constant `name`) if unbound.
    LoadGlobal {
        dst: Var,
        slot: u32,
        name: u32,
        line: u32,
    },
    /// global slot = src.
    StoreGlobal { slot: u32, src: Var },
    /// dst = a op b (inline small-int paths for + - *; the runtime otherwise). With
    /// `inplace`, `a op= b`: the runtime may update `a` itself (lists, sets, classes'
    /// `__iop__`).
    BinOp {
        dst: Var,
        op: BinOp,
        a: Var,
        b: Var,
        inplace: bool,
        line: u32,
    },
    /// dst = op src for the unary operators (Neg, Pos, Invert).
    Unary {
        dst: Var,
        op: RtFn,
        src: Var,
        line: u32,
    },
    /// dst (Obj) = a op b as a Python value.
    Compare {
        dst: Var,
        op: CmpOp,
        a: Var,
        b: Var,
        line: u32,
    },
    /// dst (Raw) = truth of a op b.
    CompareRaw {
        dst: Var,
        op: CmpOp,
        a: Var,
        b: Var,
        line: u32,
    },
    /// dst (Raw) = a op b on words known to be small ints (range loops).
    CompareWords { dst: Var, op: CmpOp, a: Var, b: Var },
    /// dst (Raw) = a is b.
    Is { dst: Var, a: Var, b: Var },
    /// dst (Raw) = bool(src).
    Truth { dst: Var, src: Var, line: u32 },
    /// dst (Raw) = not src (Raw).
    Not { dst: Var, src: Var },
    /// dst (Obj) = True or False from src (Raw).
    BoxBool { dst: Var, src: Var },
    /// dst = runtime function applied to word arguments.
    CallRt {
        dst: Var,
        func: RtFn,
        args: Vec<Var>,
        line: u32,
    },
    /// dst = `symbol(before..., array*, count, after...)`: runtime calls that take an
    /// argument array (build_list, print, builtins, call, call_method). `count` is
    /// the number the callee expects (items, or pairs for build_dict).
    CallArray {
        dst: Var,
        symbol: String,
        before: Vec<Var>,
        array: Vec<Var>,
        count: u32,
        after: Vec<Var>,
        line: u32,
    },
    /// dst = call of the module's function `func` through `callee` (the loaded global):
    /// a direct call of its fast entry when `callee` still is that function, else the
    /// generic call.
    CallDirect {
        dst: Var,
        callee: Var,
        func: u32,
        args: Vec<Var>,
        line: u32,
    },
    /// dsts = the items of iterable `src`, which must have exactly dsts.len() items.
    /// With `star`, the target at that index is starred (`a, *b, c = src`): it gets a
    /// list of the items the others leave.
    Unpack {
        dsts: Vec<Var>,
        src: Var,
        star: Option<u32>,
        line: u32,
    },
    /// dst = the C function `symbol` called with `args` converted to the C types of
    /// `sig`, its result converted back (the body of an `@extern` function). The
    /// conversions raise OverflowError/TypeError/ValueError.
    CallC {
        dst: Var,
        symbol: String,
        sig: CSig,
        args: Vec<Var>,
        line: u32,
    },
    /// dst = the `bits`-wide unsigned value at `addr` (`pyaot.mem32[addr]`).
    MemLoad {
        dst: Var,
        bits: u32,
        addr: MemAddr,
        line: u32,
    },
    /// The `bits` at `addr` = value, which must be an int that fits them
    /// (`pyaot.mem32[addr] = value`).
    MemStore {
        bits: u32,
        addr: MemAddr,
        value: Var,
        line: u32,
    },
}

/// The C signature of an `@export` or `@extern` function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CSig {
    /// Parameter types.
    pub params: Vec<CType>,
    /// Result type (`CType::Void` for none).
    pub ret: CType,
}

/// The address of a `pyaot.mem8/16/32` access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemAddr {
    /// Known at compile time: in the address range and aligned to the access.
    Const(u64),
    /// A Python value, checked at run time.
    Var(Var),
}

/// A Python function exported to C (`@export`): C calls the symbol `c_name`, which
/// converts the arguments, calls function `func` and converts its result.
#[derive(Clone, Debug)]
pub struct Export {
    /// The C symbol (the Python name).
    pub c_name: String,
    /// Index of the Python function in `Module::functions`.
    pub func: u32,
    /// The C signature.
    pub sig: CSig,
    /// Parameter names, for the header.
    pub param_names: Vec<String>,
    /// The Python signature as written, for the header's comment.
    pub python: String,
    /// Line of the def.
    pub line: u32,
}

/// How a block ends.
#[derive(Clone, Debug)]
pub enum Term {
    /// Go to a block.
    Jump(BlockId),
    /// Go to `then` if cond (Raw) is 1, else to `else_`.
    Branch {
        cond: Var,
        then: BlockId,
        else_: BlockId,
    },
    /// Return a value.
    Return(Var),
    /// dst = next item of `iter`; to `body` if there was one, `done` if exhausted.
    IterNext {
        dst: Var,
        iter: Var,
        body: BlockId,
        done: BlockId,
        line: u32,
    },
    /// cur += step (small ints); to `next`, or to `overflow` when the sum leaves the
    /// small-int range (then it is past any range end too).
    RangeStep {
        cur: Var,
        step: Var,
        next: BlockId,
        overflow: BlockId,
    },
    /// Re-raises the caught exception (its traceback already holds this frame): to
    /// the block's handler, or out of the function.
    Reraise(Var),
    /// Never reached (after an instruction that always raises).
    Unreachable,
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Its instructions, in order.
    pub insts: Vec<Inst>,
    /// Its terminator.
    pub term: Term,
    /// Where an exception raised in this block goes: the landing pad of the innermost
    /// enclosing `try`, or none (out of the function).
    pub handler: Option<BlockId>,
    /// The inlined frame (`Function::frames`) its code runs in, if any.
    pub frame: Option<u32>,
}

/// A frame CPython has but pyaot inlines into its enclosing function: a list, set or
/// dict comprehension's. An exception leaving it adds a traceback entry for it (its
/// own FuncInfo), then one for the enclosing code at `outer_pos`.
#[derive(Clone, Debug)]
pub struct InlineFrame {
    /// Its name (`<listcomp>`), as tracebacks print it.
    pub name: String,
    /// The line it starts at.
    pub line: u32,
    /// The position id the enclosing code is at while the frame runs.
    pub outer_pos: u32,
    /// The inlined frame that encloses it, if any.
    pub parent: Option<u32>,
}

/// A compiled function (or a module's init function).
#[derive(Clone, Debug)]
pub struct Function {
    /// The Python name (`<module>` for a module body), as tracebacks print it.
    pub name: String,
    /// The qualified name (`Cls.method`, `outer.<locals>.inner`), as debuggers show it.
    pub qualname: String,
    /// Symbol of the fast entry.
    pub symbol: String,
    /// Symbol of the static function object (none for a module body).
    pub object_symbol: Option<String>,
    /// Symbol of the static FuncInfo (name, file, source) used by tracebacks.
    pub info_symbol: String,
    /// Number of fast-entry slots; they are vars 0..nslots (the first is the
    /// function object itself when `flags` has `FUNC_SELF`).
    pub nslots: u32,
    /// Parameter names in slot order, without the hidden function object.
    pub params: Vec<String>,
    /// Positional parameters.
    pub nargs: u32,
    /// Positional-only parameters.
    pub nposonly: u32,
    /// Keyword-only parameters.
    pub nkwonly: u32,
    /// `pyaot_abi::FUNC_*` flags.
    pub flags: u32,
    /// Every var's type and name.
    pub vars: Vec<VarInfo>,
    /// Blocks; the entry is block 0.
    pub blocks: Vec<Block>,
    /// Line of the `def` (or 1).
    pub line: u32,
    /// Its docstring (`__doc__`), if its body starts with one.
    pub doc: Option<String>,
    /// The frames inlined into it (comprehensions).
    pub frames: Vec<InlineFrame>,
}

/// A module's IR.
#[derive(Clone, Debug)]
pub struct Module {
    /// Module name (`__main__` for the main file).
    pub name: String,
    /// The file path tracebacks print (absolute, as CPython's `__file__`).
    pub path: String,
    /// The path as diagnostics and debug information name it (as the user gave it).
    pub debug_path: String,
    /// Whether it is a package's `__init__`.
    pub is_package: bool,
    /// The user modules its code imports, by name (`Const::Module` indexes them).
    pub module_refs: Vec<String>,
    /// The source text (tracebacks print lines of it).
    pub source: String,
    /// Global slot names.
    pub globals: Vec<String>,
    /// Symbol of the globals array.
    pub globals_symbol: String,
    /// Functions; index 0 is the module's init function.
    pub functions: Vec<Function>,
    /// str constants.
    pub strings: Vec<String>,
    /// float constants.
    pub floats: Vec<f64>,
    /// Big int constants: each object's words after its type pointer
    /// (`pyaot_abi::layout::bigint_*`).
    pub bigints: Vec<Vec<u64>>,
    /// Functions exported to C (`@export`).
    pub exports: Vec<Export>,
    /// bytes constants.
    pub bytes: Vec<Vec<u8>>,
    /// Positions with a marker line, indexed by a position id less [`POS_MARKED`].
    pub marked: Vec<position::Located>,
}

/// The `line` of an instruction that may raise is a position id: below this, a
/// source line whose frame prints no marker line; from it up,
/// `Module::marked[id - POS_MARKED]`.
pub const POS_MARKED: u32 = 1 << 24;

impl Module {
    /// The source line of position id `pos`.
    pub fn pos_line(&self, pos: u32) -> u32 {
        match pos.checked_sub(POS_MARKED) {
            Some(k) => self.marked[k as usize].line,
            None => pos,
        }
    }

    /// What position id `pos` stands for.
    pub fn pos_located(&self, pos: u32) -> position::Located {
        match pos.checked_sub(POS_MARKED) {
            Some(k) => self.marked[k as usize],
            None => position::Located {
                line: pos,
                marker: None,
                lookup: None,
            },
        }
    }
}

impl Function {
    /// The symbol of the FuncInfo of inlined frame `k`.
    pub fn frame_info_symbol(&self, k: u32) -> String {
        format!("{}.frame{k}", self.info_symbol)
    }

    /// The type of a var.
    pub fn ty(&self, v: Var) -> Ty {
        self.vars[v.0 as usize].ty
    }
}
