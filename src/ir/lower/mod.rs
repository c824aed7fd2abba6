//! Lowering: the front end's checked tree → IR. Control flow becomes blocks, names
//! become vars (locals) or global slots, calls to known functions become guarded
//! direct calls, `for ... in range(...)` becomes a counting loop.
//!
//! The front end's subset check ran first, so a construct outside the subset here is
//! an internal error, not a user error.

mod call;
mod classns;
mod exc;
mod expr;
mod func;
mod import;
mod interop;
mod locals;
mod pattern;
mod stmt;

use super::{Block, BlockId, Const, Function, Inst, Module, Term, Ty, Var, VarInfo};
use crate::diag::{Diagnostic, SourceFile};
use crate::front::funcscope::{self, FuncNode, FunctionScope, Place};
use crate::front::scope::{ModuleScope, NameRef};
use crate::front::Program;
use crate::ir::position;
use classns::ClassPlace;
use pyaot_abi::{CmpOp, RtFn};
use ruff_python_ast::{self as ast, Expr, Number, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

type Result<T> = std::result::Result<T, Diagnostic>;

/// Lowers module `index` of a program for a target whose words have `word_bits` bits.
pub fn lower_module(program: &Program, index: usize, word_bits: u32) -> Result<Module> {
    let pm = &program.modules[index];
    let name = &pm.name;
    let stars = star_imports(program, index)?;
    let mut m = ModuleLowerer {
        src: &pm.source,
        program,
        index,
        module_refs: Vec::new(),
        scope: ModuleScope::analyze(&pm.ast.body, &stars),
        interop: &pm.interop,
        future_annotations: pm.ast.body.iter().any(|s| {
            matches!(s, Stmt::ImportFrom(i)
                if i.module.as_deref() == Some("__future__")
                    && i.names.iter().any(|a| a.name.as_str() == "annotations"))
        }),
        strings: Vec::new(),
        string_index: HashMap::new(),
        floats: Vec::new(),
        functions: Vec::new(),
        def_index: HashMap::new(),
        def_at: HashMap::new(),
        scopes: HashMap::new(),
        comprehension_cells: std::collections::HashSet::new(),
        generator_defs: std::collections::HashSet::new(),
        genexps_owning_iter: std::collections::HashSet::new(),
        small_max: pyaot_abi::small_int_range(word_bits).1,
        word_bits,
        bigints: Vec::new(),
        bytes: Vec::new(),
        module_name: name.clone(),
        marked: Default::default(),
        marked_ids: Default::default(),
        lines: position::Lines::new(&pm.source.text),
    };
    let scopes = funcscope::analyze_module(&pm.ast.body);
    m.scopes = scopes.functions;
    m.comprehension_cells = scopes.comprehension_cells;
    // Every module-level def gets its function index up front, so calls may precede
    // definitions. Index 0 is the module body.
    m.functions.push(None);
    let defs = crate::front::scope::module_defs(&pm.ast.body);
    for f in &defs {
        let idx = m.functions.len() as u32;
        m.functions.push(None);
        let sc = &m.scopes[&FuncNode::Def(f).key()];
        // Only a def with plain positional parameters and no closure can be called
        // straight through its fast entry; a generator function's call makes a
        // generator instead of running its body.
        let simple = !sc.vararg
            && !sc.varkw
            && sc.nkwonly == 0
            && sc.frees.is_empty()
            && !sc.generator
            && !has_defaults(&f.parameters);
        if sc.generator && f.decorator_list.is_empty() {
            m.generator_defs.insert(f.name.to_string());
        }
        m.def_index
            .insert(f.name.to_string(), (idx, sc.nargs as u32, simple));
        m.def_at.insert(FuncNode::Def(f).key(), idx);
    }
    let body = FnLowerer::new(&mut m, "<module>", 0, None).lower_body(&pm.ast.body, 1)?;
    m.functions[0] = Some(body);
    // Function i + 1 is the i-th def.
    for f in &defs {
        let index = m.def_at[&FuncNode::Def(f).key()];
        m.lower_function(FuncNode::Def(f), index, None, None)?;
    }
    let exports = m.exports();
    Ok(Module {
        name: name.clone(),
        path: pm.file.clone(),
        debug_path: pm.source.path.clone(),
        is_package: pm.is_package,
        module_refs: m.module_refs,
        source: pm.source.text.clone(),
        globals: m.scope.globals.clone(),
        globals_symbol: format!("pyaot.{name}.globals"),
        functions: m
            .functions
            .into_iter()
            .map(|f| f.expect("every function lowered"))
            .collect(),
        strings: m.strings,
        floats: m.floats,
        bigints: m.bigints,
        exports,
        bytes: m.bytes,
        marked: m.marked.into_inner(),
    })
}

/// The names each `from m import *` of a module's top level binds, by the
/// statement's offset.
fn star_imports(program: &Program, index: usize) -> Result<HashMap<u32, Vec<String>>> {
    let pm = &program.modules[index];
    let mut stars = HashMap::new();
    let mut bad = None;
    crate::front::scope::each_module_level_stmt(&pm.ast.body, &mut |s| {
        let Stmt::ImportFrom(i) = s else { return };
        if !i.names.iter().any(|a| a.name.as_str() == "*") {
            return;
        }
        match program.star_import_names(index, i.module.as_deref(), i.level) {
            Some(names) => {
                stars.insert(i.start().to_u32(), names);
            }
            None => bad = Some(i.start().to_u32()),
        }
    });
    match bad {
        Some(at) => Err(Diagnostic::at(
            &pm.source,
            at,
            "internal compiler error: an unchecked `import *`",
        )),
        None => Ok(stars),
    }
}

struct ModuleLowerer<'a> {
    src: &'a SourceFile,
    /// `from __future__ import annotations`: class-level annotations are stored as
    /// their source text instead of being evaluated.
    future_annotations: bool,
    program: &'a Program,
    /// This module's index in `program`.
    index: usize,
    /// The user modules this one imports (`Const::Module` indexes them), by name.
    module_refs: Vec<String>,
    /// What the module takes from `pyaot` (C interop).
    interop: &'a crate::front::interop::Interop,
    scope: ModuleScope,
    strings: Vec<String>,
    string_index: HashMap<String, u32>,
    floats: Vec<f64>,
    functions: Vec<Option<Function>>,
    /// Module-level def name → (function index, number of positional parameters,
    /// whether it can be called directly) of its last def (only used for names bound
    /// by a single def).
    def_index: HashMap<String, (u32, u32, bool)>,
    /// Scopes of every function, lambda and generator expression, by
    /// `FuncNode::key`.
    scopes: HashMap<u64, FunctionScope>,
    /// Function index of each module-level def, by its `FuncNode::key`.
    def_at: HashMap<u64, u32>,
    /// Variables of inlined comprehensions that nested functions capture:
    /// `(funcscope::node_key of the comprehension, name)`.
    comprehension_cells: std::collections::HashSet<(u64, String)>,
    /// Names of module-level, undecorated generator functions (a call of one, when
    /// the name is bound by that def alone, makes a generator nothing else refers to).
    generator_defs: std::collections::HashSet<String>,
    /// Generator expressions (by `FuncNode::key`) whose first iterable is a generator
    /// nothing else refers to: they close it when they end, as CPython's do when
    /// their frame goes.
    genexps_owning_iter: std::collections::HashSet<u64>,
    small_max: i64,
    word_bits: u32,
    /// Big int literals: the words of each static object after its type.
    bigints: Vec<Vec<u64>>,
    /// bytes literals (equal ones share one static object).
    bytes: Vec<Vec<u8>>,
    module_name: String,
    /// Positions with a marker line (`Module::marked`), and their ids.
    marked: std::cell::RefCell<Vec<crate::ir::position::Located>>,
    marked_ids: std::cell::RefCell<HashMap<crate::ir::position::Located, u32>>,
    /// The source's lines, for marker lines.
    lines: position::Lines,
}

/// The docstring a body starts with, if any.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether any parameter has a default value.
fn has_defaults(p: &ast::Parameters) -> bool {
    p.posonlyargs
        .iter()
        .chain(&p.args)
        .chain(&p.kwonlyargs)
        .any(|a| a.default.is_some())
}

impl ModuleLowerer<'_> {
    /// The `Const::Module` index of user module `name`.
    fn module_ref(&mut self, name: &str) -> u32 {
        if let Some(i) = self.module_refs.iter().position(|m| m == name) {
            return i as u32;
        }
        self.module_refs.push(name.to_string());
        (self.module_refs.len() - 1) as u32
    }

    /// Lowers a def, lambda or generator expression into function `index`.
    fn lower_function(
        &mut self,
        node: FuncNode,
        index: u32,
        super_slot: Option<u32>,
        qualname: Option<String>,
    ) -> Result<()> {
        let scope = self.scopes[&node.key()].clone();
        let line = self.src.line_of(node.offset());
        let f = match node {
            FuncNode::Def(f) => {
                let interop = self.interop;
                let mut l = FnLowerer::new(self, f.name.as_str(), index, Some(scope));
                l.super_slot = super_slot;
                l.class_cell =
                    super_slot.is_some() && locals::mentions(&f.body, &["super", "__class__"]);
                if locals::mentions(&f.body, &["vars", "dir"]) {
                    l.local_order = locals::codegen_order(&f.body);
                }
                if let Some(q) = qualname.clone() {
                    l.f.qualname = q;
                }
                l.f.doc = docstring(&f.body);
                match interop.function_at(node.offset()) {
                    Some(cf) if cf.direction == crate::front::interop::Direction::Extern => {
                        l.lower_extern(cf, line)?
                    }
                    _ => l.lower_body(&f.body, line)?,
                }
            }
            FuncNode::Lambda(l) => {
                let mut fl = FnLowerer::new(self, "<lambda>", index, Some(scope));
                if let Some(q) = qualname {
                    fl.f.qualname = q;
                }
                fl.lower_lambda(&l.body, line)?
            }
            FuncNode::Genexp(g) => {
                let mut fl = FnLowerer::new(self, "<genexpr>", index, Some(scope));
                if let Some(q) = qualname {
                    fl.f.qualname = q;
                }
                fl.lower_genexp(g, line)?
            }
        };
        self.functions[index as usize] = Some(f);
        Ok(())
    }

    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.string_index.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.to_string());
        self.string_index.insert(s.to_string(), i);
        i
    }
}

/// Where a name lives, for loads and stores.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Loc {
    /// A var of this function.
    Var(Var),
    /// A cell held in a var (captured local, or free variable when the flag is set).
    Cell(Var, bool),
    /// A global or a builtin.
    Module(NameRef),
}

/// Where `break` and `continue` go in the innermost loop.
struct LoopTargets {
    brk: BlockId,
    cont: BlockId,
}

/// What leaving a `try`/`with` early must run.
#[derive(Clone)]
enum FinallyBody {
    /// A `finally` clause's statements.
    Stmts(Vec<Stmt>),
    /// A `with` statement's `__exit__(None, None, None)` on this context manager.
    WithExit(Var, u32),
    /// A `for` loop's generator that nothing else refers to, left by `break` or
    /// `return`: closed (`pyaot_gen_drop`), as CPython's refcounting does. Not run by
    /// `continue`; an exception leaving the loop goes through a landing pad that
    /// does the same (`loop_rest`).
    DropGenerator(Var, u32),
    /// An `except` clause's body left by break/continue/return: the runtime's
    /// handled-exception stack is popped (`pyaot_exc_leave`).
    LeaveHandler,
}

/// A `finally` clause whose `try` encloses the code being lowered: every way out of
/// the `try` (return, break, continue) runs a copy of its body, as CPython does. Also
/// what a `for` loop over a fresh generator runs when left early.
struct FinallyCtx {
    body: FinallyBody,
    /// Depths of the handler, loop and caught-exception stacks outside the `try`.
    handlers: usize,
    loops: usize,
    handled: usize,
}

struct FnLowerer<'m, 'a> {
    m: &'m mut ModuleLowerer<'a>,
    f: Function,
    /// The position of the comprehension being lowered (0 outside one): CPython
    /// locates its iterations there.
    comp_at: u32,
    /// Where truth tests of conditions are located (0: the condition's line).
    truth_at: u32,
    /// The inlined frame (`Function::frames`) new blocks run in.
    frame: Option<u32>,
    /// A comprehension's frame, entered once its first iterator is made.
    entering_frame: Option<u32>,
    /// How many exception handlers (except clauses, finally/with exits run by an
    /// exception) enclose the code being lowered: their level for `pyaot_exc_handle`.
    exc_level: u32,
    /// Terminators as they are set; a block without one falls off the function.
    terms: Vec<Option<Term>>,
    cur: BlockId,
    scope: Option<FunctionScope>,
    loops: Vec<LoopTargets>,
    /// Landing pads of the enclosing `try` statements, innermost last: blocks made
    /// while one is active send their exceptions there.
    handlers: Vec<BlockId>,
    /// The exceptions being handled by enclosing `except` clauses (bare `raise`).
    handled: Vec<Var>,
    /// Enclosing `finally` clauses, innermost last.
    finally: Vec<FinallyCtx>,
    /// The cells of the comprehension being lowered (its captured variables).
    comprehension_cells: Vec<(String, Var)>,
    /// Comprehension variables in scope, innermost last: they shadow everything.
    /// The flag says the var holds a cell (a nested function captures it).
    comprehension_vars: Vec<(String, Var, bool)>,
    /// Class bodies being lowered, innermost last.
    classes: Vec<ClassCtx>,
    /// For a method: the global slot holding its class, for `super()`.
    super_slot: Option<u32>,
    /// Whether the method names `super` or `__class__`: its CPython frame then has
    /// `__class__` among its locals (`vars()`).
    class_cell: bool,
    /// The frame's dict of `vars()` in a function, once a call needs it.
    locals_dict: Option<Var>,
    /// A function calling `vars()` or `dir()`: its names in CPython's
    /// `co_varnames` order (`locals::codegen_order`).
    local_order: Vec<String>,
}

/// A class body being lowered: its names live in a namespace dict.
struct ClassCtx {
    ns: Var,
    /// Names the body assigns: reads of them look in the namespace.
    assigned: Vec<String>,
    /// Names the body declares `global`: they skip the namespace.
    globals: Vec<String>,
    /// Whether the body can put any name in the namespace (it calls `vars()`).
    open: bool,
    /// The hidden global slot that will hold the class (for `super()` in methods).
    slot: u32,
    /// The class's qualified name, the prefix of its methods'.
    qualname: String,
    /// Its `__annotations__` dict, when its body annotates names.
    annotations: Option<Var>,
}

impl<'m, 'a> FnLowerer<'m, 'a> {
    fn new(
        m: &'m mut ModuleLowerer<'a>,
        name: &str,
        index: u32,
        scope: Option<FunctionScope>,
    ) -> Self {
        let base = format!("pyaot.{}.{}.{}", m.module_name, index, name);
        let (symbol, object_symbol) = if index == 0 {
            let mut s = String::new();
            pyaot_abi::module_init_symbol(&m.module_name, &mut s).expect("formatting a symbol");
            (s, None)
        } else {
            (base.clone(), Some(format!("{base}.obj")))
        };
        // Vars: [function object, if it has a closure] [locals, parameters first]
        // [one per free variable, holding its cell].
        let mut vars = Vec::new();
        let (mut nslots, mut flags) = (0, 0);
        let (mut params, mut nargs, mut nposonly, mut nkwonly) = (Vec::new(), 0, 0, 0);
        if let Some(sc) = &scope {
            let hidden = !sc.frees.is_empty();
            if hidden {
                vars.push(VarInfo {
                    ty: Ty::Obj,
                    name: None,
                });
                flags |= pyaot_abi::FUNC_SELF as u32;
            }
            if sc.vararg {
                flags |= pyaot_abi::FUNC_VARARGS as u32;
            }
            if sc.varkw {
                flags |= pyaot_abi::FUNC_VARKW as u32;
            }
            if sc.generator {
                flags |= pyaot_abi::FUNC_GENERATOR as u32;
            }
            nslots = (hidden as usize + sc.nslots()) as u32;
            (params, nargs, nposonly, nkwonly) = (
                sc.params.clone(),
                sc.nargs as u32,
                sc.nposonly as u32,
                sc.nkwonly as u32,
            );
            for (i, l) in sc.locals.iter().enumerate() {
                // Parameters are always bound; other locals start unbound.
                let name = if i < sc.nslots() {
                    None
                } else {
                    Some(l.clone())
                };
                vars.push(VarInfo { ty: Ty::Obj, name });
            }
            vars.extend(sc.frees.iter().map(|_| VarInfo {
                ty: Ty::Obj,
                name: None,
            }));
        }
        let f = Function {
            name: name.to_string(),
            qualname: name.to_string(),
            symbol,
            object_symbol,
            info_symbol: format!("{base}.info"),
            nslots,
            params,
            nargs,
            nposonly,
            nkwonly,
            flags,
            vars,
            blocks: Vec::new(),
            line: 1,
            doc: None,
            frames: Vec::new(),
        };
        let mut l = FnLowerer {
            handlers: Vec::new(),
            handled: Vec::new(),
            finally: Vec::new(),
            comprehension_vars: Vec::new(),
            comprehension_cells: Vec::new(),
            comp_at: 0,
            truth_at: 0,
            frame: None,
            entering_frame: None,
            exc_level: 0,
            classes: Vec::new(),
            super_slot: None,
            class_cell: false,
            locals_dict: None,
            local_order: Vec::new(),
            m,
            f,
            terms: Vec::new(),
            cur: BlockId(0),
            scope,
            loops: Vec::new(),
        };
        l.cur = l.new_block();
        l
    }

    fn lower_body(mut self, body: &[Stmt], line: u32) -> Result<Function> {
        self.f.line = line;
        self.bind_cells(line);
        // The module's `__name__`, set before its body runs when its code can read
        // it (module objects answer `m.__name__` themselves).
        if self.scope.is_none() && self.m.src.text.contains("__name__") {
            let name = self.m.module_name.clone();
            let s = self.m.intern(&name);
            let v = self.konst(Const::Str(s));
            let slot = self.m.scope.slot("__name__");
            self.emit(Inst::StoreGlobal { slot, src: v });
        }
        self.stmts(body)?;
        self.finish()
    }

    /// A lambda: its body is the returned expression.
    fn lower_lambda(mut self, body: &Expr, line: u32) -> Result<Function> {
        self.f.line = line;
        self.bind_cells(line);
        let v = self.expr(body)?;
        self.terminate(Term::Return(v));
        self.finish()
    }

    /// A generator expression's function: the loops of its `for` clauses, the first
    /// over its parameter (the iterator the enclosing scope made), yielding its
    /// element. Its targets are locals of this function (cells when a nested
    /// scope captures them).
    fn lower_genexp(mut self, g: &ast::ExprGenerator, line: u32) -> Result<Function> {
        self.f.line = line;
        self.comp_at = self.genexp_pos(g);
        // Its conditions' truth tests are located at it too.
        self.truth_at = self.comp_at;
        self.bind_cells(line);
        let param = self.locate(funcscope::GENEXP_PARAM);
        let Loc::Var(it) = param else {
            return Err(self.internal(g, "generator expression parameter"));
        };
        let elt_line = self.line(&*g.elt);
        // Ending by an exception (close() included) drops a first iterator only it
        // refers to; ending normally, that iterator is exhausted already.
        let owns = self
            .m
            .genexps_owning_iter
            .contains(&FuncNode::Genexp(g).key());
        let pad = owns.then(|| {
            let pad = self.new_block();
            self.handlers.push(pad);
            let inside = self.new_block();
            self.jump_and_switch(inside);
            pad
        });
        self.comprehension_with(&g.generators, Some(it), false, &mut |this| {
            let v = this.expr(&g.elt)?;
            this.call_rt(RtFn::Yield, vec![v], elt_line);
            Ok(())
        })?;
        if let Some(pad) = pad {
            self.handlers.pop();
            let none = self.konst(Const::None);
            self.terminate(Term::Return(none));
            self.switch_to(pad);
            let e = self.fetch_exception(line);
            self.call_rt(RtFn::GenDrop, vec![it], line);
            self.terminate(Term::Reraise(e));
        }
        self.finish()
    }

    /// Index of a function's first local var (after the hidden function object).
    fn local_base(&self) -> u32 {
        match &self.scope {
            Some(sc) if !sc.frees.is_empty() => 1,
            _ => 0,
        }
    }

    /// At entry: captured locals move into cells (parameters keep their value), and
    /// free variables' cells come out of the closure.
    fn bind_cells(&mut self, line: u32) {
        let Some(sc) = self.scope.clone() else { return };
        let base = self.local_base();
        for (i, l) in sc.locals.iter().enumerate() {
            if sc.cells.contains(l) {
                let v = Var(base + i as u32);
                let init = if i < sc.nslots() {
                    v
                } else {
                    self.konst(Const::Zero)
                };
                self.emit(Inst::CallRt {
                    dst: v,
                    func: RtFn::CellNew,
                    args: vec![init],
                    line,
                });
            }
        }
        if !sc.frees.is_empty() {
            let closure = self.fresh(Ty::Obj);
            let word = |offset: u32| offset / 4;
            // Field indices in words (independent of the word size).
            let closure_field = word(pyaot_abi::layout::function_closure(4));
            let items_field = word(pyaot_abi::layout::tuple_items(4));
            self.emit(Inst::LoadField {
                dst: closure,
                obj: Var(0),
                field: closure_field,
            });
            let frees_base = base + sc.locals.len() as u32;
            for j in 0..sc.frees.len() as u32 {
                self.emit(Inst::LoadField {
                    dst: Var(frees_base + j),
                    obj: closure,
                    field: items_field + j,
                });
            }
        }
    }

    fn finish(mut self) -> Result<Function> {
        // Falling off the end returns None. Blocks left open (unreachable code after
        // return/break/continue) do the same.
        let open: Vec<usize> = (0..self.terms.len())
            .filter(|&b| self.terms[b].is_none())
            .collect();
        for b in open {
            self.cur = BlockId(b as u32);
            let none = self.konst(Const::None);
            self.terminate(Term::Return(none));
        }
        let terms = std::mem::take(&mut self.terms);
        for (b, t) in self.f.blocks.iter_mut().zip(terms) {
            b.term = t.expect("every block terminated");
        }
        Ok(self.f)
    }

    // ---- building blocks ----

    fn new_block(&mut self) -> BlockId {
        self.f.blocks.push(Block {
            insts: Vec::new(),
            term: Term::Jump(BlockId(0)),
            handler: self.handlers.last().copied(),
            frame: self.frame,
        });
        self.terms.push(None);
        BlockId(self.f.blocks.len() as u32 - 1)
    }

    fn fresh(&mut self, ty: Ty) -> Var {
        self.f.vars.push(VarInfo { ty, name: None });
        Var(self.f.vars.len() as u32 - 1)
    }

    fn emit(&mut self, inst: Inst) {
        if self.terms[self.cur.0 as usize].is_none() {
            self.f.blocks[self.cur.0 as usize].insts.push(inst);
        }
    }

    /// Ends the current block (code after a return or break lands in a terminated
    /// block and is dropped by `emit`).
    fn terminate(&mut self, t: Term) {
        let slot = &mut self.terms[self.cur.0 as usize];
        if slot.is_none() {
            *slot = Some(t);
        }
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }

    /// Ends the current block with a jump to `b` and continues in `b`.
    fn jump_and_switch(&mut self, b: BlockId) {
        self.terminate(Term::Jump(b));
        self.switch_to(b);
    }

    /// dst = a runtime entry point applied to word arguments (may raise).
    fn call_rt(&mut self, func: RtFn, args: Vec<Var>, line: u32) -> Var {
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::CallRt {
            dst,
            func,
            args,
            line,
        });
        dst
    }

    fn konst(&mut self, value: Const) -> Var {
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::Const { dst, value });
        dst
    }

    fn line(&self, node: &impl Ranged) -> u32 {
        self.m.src.line_of(node.start().to_u32())
    }

    /// The position id (`ir::POS_MARKED`) of an instruction CPython locates at
    /// `node`: its line, with the marker line CPython prints under it if any.
    fn pos(&self, node: &impl Ranged) -> u32 {
        self.pos_range(node.start().to_u32(), node.end().to_u32())
    }

    /// The position of a call: the whole call, but for a method call whose attribute
    /// spans lines, from the method's name (CPython's
    /// `update_start_location_to_match_attr`).
    fn call_pos(&self, c: &ast::ExprCall) -> u32 {
        let start = match self.attr_start(&c.func) {
            Some(s) => s,
            None => self.expr_start(&Expr::Call(c.clone())),
        };
        self.pos_range(start, c.end().to_u32())
    }

    /// The start of a multi-line attribute's name, where CPython starts its location
    /// (None for any other expression).
    fn attr_start(&self, e: &Expr) -> Option<u32> {
        if let Expr::Attribute(a) = e {
            let (start, end) = (a.start().to_u32(), a.end().to_u32());
            if self.m.src.line_of(start) != self.m.src.line_of(end) {
                return Some(end - a.attr.as_str().len() as u32);
            }
        }
        None
    }

    /// Where CPython's node for `e` starts. ruff starts a call, attribute or
    /// subscript at its parenthesised operand's contents; CPython at the operand's
    /// opening parenthesis.
    fn expr_start(&self, e: &Expr) -> u32 {
        let (inner, gap_end) = match e {
            Expr::Call(c) => (&*c.func, c.arguments.start()),
            Expr::Attribute(a) => (&*a.value, a.attr.start()),
            Expr::Subscript(s) => (&*s.value, s.slice.start()),
            _ => return e.start().to_u32(),
        };
        let text = self.m.src.text.as_bytes();
        let closing = text[inner.end().to_usize()..gap_end.to_usize()]
            .iter()
            .filter(|&&b| b == b')')
            .count();
        let mut start = self.expr_start(inner) as usize;
        for _ in 0..closing {
            match text[..start].iter().rposition(|b| !b.is_ascii_whitespace()) {
                Some(i) if text[i] == b'(' => start = i,
                _ => break,
            }
        }
        start as u32
    }

    /// The position of expression `e` (see [`Self::pos`]).
    fn pos_expr(&self, e: &Expr) -> u32 {
        self.pos_anchored(self.expr_start(e), e.end().to_u32(), position::anchor_of(e))
    }

    /// The position of a generator expression: CPython's node takes the parentheses
    /// of a call it is the only argument of.
    fn genexp_pos(&self, g: &ast::ExprGenerator) -> u32 {
        let (mut start, mut end) = (g.start().to_usize(), g.end().to_usize());
        if !g.parenthesized {
            let text = self.m.src.text.as_bytes();
            let before = text[..start].iter().rposition(|b| !b.is_ascii_whitespace());
            let after = text[end..].iter().position(|b| !b.is_ascii_whitespace());
            if let (Some(b), Some(a)) = (before, after) {
                if text[b] == b'(' && text[end + a] == b')' {
                    (start, end) = (b, end + a + 1);
                }
            }
        }
        self.pos_range(start as u32, end as u32)
    }

    /// [`Self::pos`] of the source range `start..end` (byte offsets).
    fn pos_range(&self, start: u32, end: u32) -> u32 {
        self.pos_anchored(start, end, None)
    }

    /// [`Self::pos_range`] of a node CPython anchors its markers in.
    fn pos_anchored(&self, start: u32, end: u32, anchor: Option<position::Anchor>) -> u32 {
        let text = &self.m.src.text;
        self.intern_pos(position::Located {
            line: self.m.src.line_of(start),
            marker: position::marker(text, &self.m.lines, start as usize, end as usize, anchor),
            lookup: None,
        })
    }

    /// The position id of `at`: its line when it has no marker lines.
    fn intern_pos(&self, at: crate::ir::position::Located) -> u32 {
        if at.marker.is_none() && at.lookup.is_none() {
            return at.line;
        }
        let mut ids = self.m.marked_ids.borrow_mut();
        *ids.entry(at).or_insert_with(|| {
            let mut marked = self.m.marked.borrow_mut();
            marked.push(at);
            crate::ir::POS_MARKED + marked.len() as u32 - 1
        })
    }

    /// The source line of position id `pos`.
    fn pos_line_of(&self, pos: u32) -> u32 {
        self.located(pos).line
    }

    /// What position id `pos` stands for.
    fn located(&self, pos: u32) -> crate::ir::position::Located {
        match pos.checked_sub(crate::ir::POS_MARKED) {
            Some(k) => self.m.marked.borrow()[k as usize],
            None => crate::ir::position::Located {
                line: pos,
                marker: None,
                lookup: None,
            },
        }
    }

    /// The position of a method call `c` of attribute `a`: the call's, with the
    /// attribute's for when the method's lookup fails (CPython locates LOAD_METHOD
    /// at the attribute).
    fn method_call_pos(&self, c: &ast::ExprCall, a: &Expr) -> u32 {
        let call = self.call_pos(c);
        let at = self.located(call);
        let attr = self.located(self.pos_expr(a));
        if at.marker == attr.marker {
            return call;
        }
        self.intern_pos(crate::ir::position::Located {
            lookup: Some(attr.marker),
            ..at
        })
    }

    fn internal(&self, node: &impl Ranged, what: &str) -> Diagnostic {
        Diagnostic::at(
            self.m.src,
            node.start().to_u32(),
            format!("internal compiler error: {what}"),
        )
    }

    /// Where a name lives here; module-level answers say global or builtin.
    fn resolve(&mut self, name: &str) -> NameRef {
        match self.class_place(name) {
            // The class binds it: nothing is known of it here. (A key set through
            // `vars()` goes unseen: `vars()` itself must stay the builtin here.)
            ClassPlace::Local => return NameRef::Local(0),
            ClassPlace::Global => return self.m.scope.resolve_module_level(name),
            ClassPlace::Maybe | ClassPlace::Outside => {}
        }
        match self.locate(name) {
            Loc::Module(r) => r,
            // Anything in the function is "local" to the callers that ask this.
            _ => NameRef::Local(0),
        }
    }

    fn locate(&mut self, name: &str) -> Loc {
        if let Some(&(_, v, cell)) = self
            .comprehension_vars
            .iter()
            .rev()
            .find(|(n, _, _)| n == name)
        {
            return if cell {
                Loc::Cell(v, false)
            } else {
                Loc::Var(v)
            };
        }
        let base = self.local_base();
        let Some(sc) = &self.scope else {
            return Loc::Module(self.m.scope.resolve_module_level(name));
        };
        match sc.resolve(&mut self.m.scope, name) {
            Place::Local(i) => Loc::Var(Var(base + i)),
            Place::CellLocal(i) => Loc::Cell(Var(base + i), false),
            Place::Free(j) => Loc::Cell(Var(base + sc.locals.len() as u32 + j), true),
            Place::Module(r) => Loc::Module(r),
        }
    }

    // ---- statements ----

    /// Unbinds `name` (`del name`, the end of `except ... as name`). In a class body
    /// the key leaves the namespace, as CPython's DELETE_NAME; the clause-end form
    /// binds None first, as CPython's `name = None; del name` does, so it cannot fail.
    fn unbind_name(&mut self, name: &str) {
        if let Some(ns) = self.class_store_ns(name) {
            let key = self.m.intern(name);
            let key = self.konst(Const::Str(key));
            let none = self.konst(Const::None);
            let line = self.f.line;
            self.call_rt(RtFn::SetItem, vec![ns, key, none], line);
            self.call_rt(RtFn::DelItem, vec![ns, key], line);
            return;
        }
        let zero = self.konst(Const::Zero);
        self.store_name(name, zero);
    }

    fn store_name(&mut self, name: &str, v: Var) {
        if let Some(ns) = self.class_store_ns(name) {
            let key = self.m.intern(name);
            let key = self.konst(Const::Str(key));
            self.call_rt(RtFn::SetItem, vec![ns, key, v], self.f.line);
            return;
        }
        if self.class_place(name) == ClassPlace::Global {
            let slot = self.m.scope.slot(name);
            self.emit(Inst::StoreGlobal { slot, src: v });
            return;
        }
        match self.locate(name) {
            Loc::Var(dst) => self.emit(Inst::Copy { dst, src: v }),
            Loc::Cell(cell, _) => self.emit(Inst::CellSet { cell, src: v }),
            // A name bound at module level (or declared global) is a global, never a
            // builtin: the scope analysis gave it a slot.
            Loc::Module(_) => {
                let slot = self.m.scope.slot(name);
                self.emit(Inst::StoreGlobal { slot, src: v })
            }
        }
    }

    fn tuple_or_zero(&mut self, items: Vec<Var>, line: u32) -> Var {
        if items.is_empty() {
            return self.konst(Const::Zero);
        }
        let n = items.len() as u32;
        self.call_array(RtFn::BuildTuple.symbol(), vec![], items, n, vec![], line)
    }

    fn line_at(&self, offset: u32) -> u32 {
        self.m.src.line_of(offset)
    }

    /// CPython refuses decimal literals longer than its conversion limit.
    fn too_big(&self, e: &Expr, text: &str) -> Diagnostic {
        let digits = text.chars().filter(char::is_ascii_digit).count();
        Diagnostic::at(
            self.m.src,
            e.start().to_u32(),
            format!(
                "SyntaxError: Exceeds the limit ({}) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                pyaot_abi::INT_MAX_STR_DIGITS,
                digits
            ),
        )
    }

    fn load_name(&mut self, name: &str, at: &Expr) -> Result<Var> {
        let line = self.pos(at);
        if let Some(v) = self.class_load(name, at, line)? {
            return Ok(v);
        }
        let loc = self.locate(name);
        self.load_located(name, at, line, loc)
    }

    /// Reads `name`, found at `loc`, for the expression `at` at position `line`.
    fn load_located(&mut self, name: &str, at: &Expr, line: u32, loc: Loc) -> Result<Var> {
        if loc == Loc::Module(NameRef::Builtin) {
            match name {
                "NotImplemented" => {
                    return Ok(self.konst(Const::Data(pyaot_abi::sym::NOT_IMPLEMENTED)))
                }
                "Ellipsis" => return Ok(self.konst(Const::Data(pyaot_abi::sym::ELLIPSIS))),
                _ => {}
            }
        }
        let module_ref = match loc {
            Loc::Cell(cell, free) => {
                let dst = self.fresh(Ty::Obj);
                let n = self.m.intern(name);
                self.emit(Inst::CellGet {
                    dst,
                    cell,
                    name: n,
                    free,
                    line,
                });
                return Ok(dst);
            }
            Loc::Var(v) => NameRef::Local(v.0),
            Loc::Module(r) => r,
        };
        match module_ref {
            NameRef::Local(i) => {
                let v = Var(i);
                if self.f.vars[i as usize].name.is_some() {
                    let n = self.m.intern(name);
                    self.emit(Inst::CheckBound {
                        var: v,
                        name: n,
                        line,
                    });
                }
                Ok(v)
            }
            NameRef::Global(slot) => {
                self.reject_pyaot_value(name, at)?;
                let dst = self.fresh(Ty::Obj);
                let n = self.m.intern(name);
                self.emit(Inst::LoadGlobal {
                    dst,
                    slot,
                    name: n,
                    line,
                });
                Ok(dst)
            }
            NameRef::Builtin => {
                if name == "globals" {
                    // It reads the namespace of the code calling it (see `namespace_call`).
                    return Err(Diagnostic::at(
                        self.m.src,
                        at.start().to_u32(),
                        "globals as a value is not supported yet",
                    ));
                }
                // Classes (`int`, `ValueError`) are their type objects; other builtins
                // are builtin function objects.
                if let Some(sym) = pyaot_abi::builtin_type_symbol(name) {
                    return Ok(self.konst(Const::Data(sym)));
                }
                if let Some(i) = pyaot_abi::builtin_type_index(name) {
                    return Ok(self.konst(Const::BuiltinType(i as u32)));
                }
                let i = pyaot_abi::BUILTINS
                    .iter()
                    .position(|(n, _)| *n == name)
                    .ok_or_else(|| self.internal(at, "unknown builtin"))?;
                Ok(self.konst(Const::Builtin(i as u32)))
            }
        }
    }

    fn call_array(
        &mut self,
        symbol: &str,
        before: Vec<Var>,
        array: Vec<Var>,
        count: u32,
        after: Vec<Var>,
        line: u32,
    ) -> Var {
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::CallArray {
            dst,
            symbol: symbol.to_string(),
            before,
            array,
            count,
            after,
            line,
        });
        dst
    }
}

/// The names an assignment target binds, in order.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    crate::front::scope::target_names(t, &mut |n| out.push(n.to_string()));
}

/// The value of an int literal, or of `-literal`.
fn int_literal(e: &Expr) -> Option<i64> {
    match e {
        Expr::NumberLiteral(ast::ExprNumberLiteral {
            value: Number::Int(i),
            ..
        }) => i.as_u64().and_then(|v| i64::try_from(v).ok()),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => int_literal(&u.operand).map(|v| -v),
        _ => None,
    }
}

fn binop(op: ast::Operator) -> RtFn {
    use ast::Operator as O;
    match op {
        O::Add => RtFn::Add,
        O::Sub => RtFn::Sub,
        O::Mult => RtFn::Mul,
        O::Div => RtFn::TrueDiv,
        O::FloorDiv => RtFn::FloorDiv,
        O::Mod => RtFn::Mod,
        O::Pow => RtFn::Pow,
        O::LShift => RtFn::LShift,
        O::RShift => RtFn::RShift,
        O::BitAnd => RtFn::BitAnd,
        O::BitOr => RtFn::BitOr,
        O::BitXor => RtFn::BitXor,
        // `@` is rejected by the subset check before lowering.
        O::MatMult => RtFn::Mul,
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Gt => CmpOp::Gt,
        // Is/In variants never reach here (compare_raw handles them).
        _ => CmpOp::Ge,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;

    fn lower(src: &str) -> Module {
        let parsed =
            crate::front::parse("__main__", SourceFile::new("t.py", src.to_string())).unwrap();
        lower_module(&parsed, 0, 64).unwrap()
    }

    /// The shapes the fast paths depend on: the comparison feeds a branch without a
    /// bool object, calls of the def are guarded direct calls.
    #[test]
    fn fib_lowers_to_raw_compare_and_direct_calls() {
        let m = lower(
            "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
        );
        let expected = "\
function fib (1 params):
  b0:
    # line 2
    v1 = int 2
    v2 = compare_raw Lt v0, v1
    branch v2, b2, b3
  b1:
    # line 4
    v3 = global[0]
    v4 = int 1
    v5 = Sub v0, v4
    v6 = call_direct #1 via v3 (v5)
    v7 = global[0]
    v8 = int 2
    v9 = Sub v0, v8
    v10 = call_direct #1 via v7 (v9)
    v11 = Add v6, v10
    return v11
  b2:
    # line 3
    return v0
  b3:
    jump b1
";
        assert_eq!(m.functions[1].to_string(), expected);
    }

    #[test]
    fn for_over_range_is_a_counting_loop() {
        let m = lower("for i in range(0, 10, 2):\n    pass\n");
        let text = m.functions[0].to_string();
        assert!(text.contains("compare_words Lt"), "{text}");
        assert!(text.contains("+= v"), "{text}");
        assert!(!text.contains("pyaot_iter"), "{text}");
        let m = lower("for i in range(10, 0, -1):\n    pass\n");
        assert!(m.functions[0].to_string().contains("compare_words Gt"));
    }

    #[test]
    fn a_rebound_def_is_called_generically() {
        let m = lower("def f():\n    return 1\nf = 2\nf()\n");
        let text = m.functions[0].to_string();
        assert!(
            !text.contains("call_direct") && text.contains("pyaot_call "),
            "{text}"
        );
    }

    #[test]
    fn tuple_swap_builds_no_tuple() {
        let m = lower("def f(a, b):\n    a, b = b, a\n    return a\n");
        let text = m.functions[1].to_string();
        assert!(
            !text.contains("build_tuple") && !text.contains("unpack"),
            "{text}"
        );
    }

    #[test]
    fn literals_beyond_small_ints_are_static_big_ints_per_target() {
        let src = SourceFile::new("t.py", "x = 2000000000\n".to_string());
        let parsed = crate::front::parse("__main__", src).unwrap();
        // Small on a 64-bit target, a big int on a 32-bit one.
        assert!(lower_module(&parsed, 0, 64).unwrap().bigints.is_empty());
        assert_eq!(
            lower_module(&parsed, 0, 32).unwrap().bigints,
            vec![vec![1, 2000000000]]
        );
        let huge = format!("x = {}\n", "9".repeat(4301));
        let parsed = crate::front::parse("__main__", SourceFile::new("t.py", huge)).unwrap();
        let e = lower_module(&parsed, 0, 64).unwrap_err().to_string();
        assert!(
            e.contains(
                "Exceeds the limit (4300) for integer string conversion: value has 4301 digits"
            ),
            "{e}"
        );
    }
}
