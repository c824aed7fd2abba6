//! Lowering: the front end's checked tree → IR. Control flow becomes blocks, names
//! become vars (locals) or global slots, calls to known functions become guarded
//! direct calls, `for ... in range(...)` becomes a counting loop.
//!
//! The front end's subset check ran first, so a construct outside the subset here is
//! an internal error, not a user error.

use super::{Block, BlockId, Const, Function, Inst, Module, Term, Ty, Var, VarInfo};
use crate::diag::{Diagnostic, SourceFile};
use crate::front::funcscope::{self, FuncNode, FunctionScope, Place};
use crate::front::scope::{ModuleScope, NameRef};
use crate::front::ParsedModule;
use pyaot_abi::{CmpOp, RtFn};
use ruff_python_ast::{self as ast, Expr, Number, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

type Result<T> = std::result::Result<T, Diagnostic>;

/// Lowers a parsed module for a target whose words have `word_bits` bits.
pub fn lower_module(pm: &ParsedModule, word_bits: u32) -> Result<Module> {
    let name = &pm.name;
    let mut m = ModuleLowerer {
        src: &pm.source,
        scope: ModuleScope::analyze(&pm.ast.body),
        strings: Vec::new(),
        string_index: HashMap::new(),
        floats: Vec::new(),
        functions: Vec::new(),
        def_index: HashMap::new(),
        def_at: HashMap::new(),
        scopes: funcscope::analyze_module(&pm.ast.body),
        small_max: pyaot_abi::small_int_range(word_bits).1,
        word_bits,
        bigints: Vec::new(),
        module_name: name.clone(),
    };
    // Every module-level def gets its function index up front, so calls may precede
    // definitions. Index 0 is the module body.
    m.functions.push(None);
    let defs = crate::front::scope::module_defs(&pm.ast.body);
    for f in &defs {
        let idx = m.functions.len() as u32;
        m.functions.push(None);
        let sc = &m.scopes[&f.start().to_u32()];
        // Only a def with plain positional parameters and no closure can be called
        // straight through its fast entry.
        let simple = !sc.vararg
            && !sc.varkw
            && sc.nkwonly == 0
            && sc.frees.is_empty()
            && !has_defaults(&f.parameters);
        m.def_index
            .insert(f.name.to_string(), (idx, sc.nargs as u32, simple));
        m.def_at.insert(f.start().to_u32(), idx);
    }
    let body = FnLowerer::new(&mut m, "<module>", 0, None).lower_body(&pm.ast.body, 1)?;
    m.functions[0] = Some(body);
    // Function i + 1 is the i-th def.
    for f in &defs {
        let index = m.def_at[&f.start().to_u32()];
        m.lower_function(FuncNode::Def(f), index, None, None)?;
    }
    Ok(Module {
        name: name.clone(),
        path: pm.source.path.clone(),
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
    })
}

struct ModuleLowerer<'a> {
    src: &'a SourceFile,
    scope: ModuleScope,
    strings: Vec<String>,
    string_index: HashMap<String, u32>,
    floats: Vec<f64>,
    functions: Vec<Option<Function>>,
    /// Module-level def name → (function index, number of positional parameters,
    /// whether it can be called directly) of its last def (only used for names bound
    /// by a single def).
    def_index: HashMap<String, (u32, u32, bool)>,
    /// Scopes of every function and lambda, by `FuncNode::key`.
    scopes: HashMap<u32, FunctionScope>,
    /// Function index of each module-level def, by its source offset.
    def_at: HashMap<u32, u32>,
    small_max: i64,
    word_bits: u32,
    /// Big int literals: the words of each static object after its type.
    bigints: Vec<Vec<u64>>,
    module_name: String,
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
    /// Lowers a def or lambda into function `index`.
    fn lower_function(
        &mut self,
        node: FuncNode,
        index: u32,
        super_slot: Option<u32>,
        qualname: Option<String>,
    ) -> Result<()> {
        let scope = self.scopes[&node.key()].clone();
        let line = self.src.line_of(node.key());
        let f = match node {
            FuncNode::Def(f) => {
                let mut l = FnLowerer::new(self, f.name.as_str(), index, Some(scope));
                l.super_slot = super_slot;
                if let Some(q) = qualname.clone() {
                    l.f.qualname = q;
                }
                l.lower_body(&f.body, line)?
            }
            FuncNode::Lambda(l) => {
                let mut fl = FnLowerer::new(self, "<lambda>", index, Some(scope));
                if let Some(q) = qualname {
                    fl.f.qualname = q;
                }
                fl.lower_lambda(&l.body, line)?
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
}

/// A `finally` clause whose `try` encloses the code being lowered: every way out of
/// the `try` (return, break, continue) runs a copy of its body, as CPython does.
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
    /// Comprehension variables in scope, innermost last: they shadow everything.
    comprehension_vars: Vec<(String, Var)>,
    /// Class bodies being lowered, innermost last.
    classes: Vec<ClassCtx>,
    /// For a method: the global slot holding its class, for `super()`.
    super_slot: Option<u32>,
}

/// A class body being lowered: its names live in a namespace dict.
struct ClassCtx {
    ns: Var,
    /// Names the body assigns: reads of them look in the namespace.
    assigned: Vec<String>,
    /// The hidden global slot that will hold the class (for `super()` in methods).
    slot: u32,
    /// The class's qualified name, the prefix of its methods'.
    qualname: String,
}

impl<'m, 'a> FnLowerer<'m, 'a> {
    fn new(
        m: &'m mut ModuleLowerer<'a>,
        name: &str,
        index: u32,
        scope: Option<FunctionScope>,
    ) -> Self {
        let base = format!("pyaot.{}.{}.{}", m.module_name, name, index);
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
        };
        let mut l = FnLowerer {
            handlers: Vec::new(),
            handled: Vec::new(),
            finally: Vec::new(),
            comprehension_vars: Vec::new(),
            classes: Vec::new(),
            super_slot: None,
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

    fn internal(&self, node: &impl Ranged, what: &str) -> Diagnostic {
        Diagnostic::at(
            self.m.src,
            node.start().to_u32(),
            format!("internal compiler error: {what}"),
        )
    }

    /// Where a name lives here; module-level answers say global or builtin.
    fn resolve(&mut self, name: &str) -> NameRef {
        match self.locate(name) {
            Loc::Module(r) => r,
            // Anything in the function is "local" to the callers that ask this.
            _ => NameRef::Local(0),
        }
    }

    fn locate(&mut self, name: &str) -> Loc {
        if let Some((_, v)) = self
            .comprehension_vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
        {
            return Loc::Var(*v);
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

    fn stmts(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result<()> {
        let line = self.line(s);
        self.emit(Inst::Loc { line });
        match s {
            Stmt::FunctionDef(f) => {
                let decorators = self.decorators(&f.decorator_list)?;
                let obj = self.make_function(FuncNode::Def(f))?;
                let obj = self.apply_decorators(decorators, obj, self.line(s));
                self.store_name(f.name.as_str(), obj);
                Ok(())
            }
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Return(r) => {
                let v = match &r.value {
                    Some(e) => self.expr(e)?,
                    None => self.konst(Const::None),
                };
                if !self.finally.is_empty() {
                    // The value is computed before the finally clauses run.
                    let keep = self.fresh(Ty::Obj);
                    self.emit(Inst::Copy { dst: keep, src: v });
                    self.run_finally_clauses(0)?;
                    self.terminate(Term::Return(keep));
                    return Ok(());
                }
                self.terminate(Term::Return(v));
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Assert(a) => {
                let (ok, fail) = (self.new_block(), self.new_block());
                self.cond(&a.test, ok, fail)?;
                self.switch_to(fail);
                let msg = match &a.msg {
                    Some(m) => self.expr(m)?,
                    None => self.konst(Const::Zero),
                };
                let dst = self.fresh(Ty::Obj);
                let line = self.line(s);
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::AssertFail,
                    args: vec![msg],
                    line,
                });
                self.terminate(Term::Unreachable);
                self.switch_to(ok);
                Ok(())
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete(t)),
            Stmt::Assign(a) => self.assign(&a.targets, &a.value),
            Stmt::AnnAssign(a) => match &a.value {
                Some(v) => self.assign(std::slice::from_ref(&*a.target), v),
                None => Ok(()),
            },
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::Expr(e) => self.expr(&e.value).map(|_| ()),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Break(_) | Stmt::Continue(_) => {
                let Some(l) = self.loops.last() else {
                    return Err(self.internal(s, "loop exit outside loop"));
                };
                let t = if matches!(s, Stmt::Break(_)) {
                    l.brk
                } else {
                    l.cont
                };
                // Leaving `try` bodies inside the loop runs their finally clauses.
                let depth = self.loops.len();
                let first = self
                    .finally
                    .iter()
                    .position(|c| c.loops >= depth)
                    .unwrap_or(self.finally.len());
                self.run_finally_clauses(first)?;
                self.terminate(Term::Jump(t));
                Ok(())
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            _ => Err(self.internal(s, "statement outside the checked subset")),
        }
    }

    /// Lowers copies of the finally clauses `self.finally[first..]`, innermost first,
    /// each with the handlers, loops and finally clauses outside its own `try`.
    fn run_finally_clauses(&mut self, first: usize) -> Result<()> {
        let mut i = self.finally.len();
        while i > first {
            i -= 1;
            let ctx = &self.finally[i];
            let (body, h, l, c) = (ctx.body.clone(), ctx.handlers, ctx.loops, ctx.handled);
            let saved_handlers = self.handlers.split_off(h);
            let saved_loops = self.loops.split_off(l);
            let saved_handled = self.handled.split_off(c);
            let saved_finally = self.finally.split_off(i);
            let b = self.new_block();
            self.jump_and_switch(b);
            let r = match &body {
                FinallyBody::Stmts(stmts) => self.stmts(stmts),
                FinallyBody::WithExit(mgr, line) => {
                    self.with_exit_none(*mgr, *line);
                    Ok(())
                }
            };
            self.handlers.extend(saved_handlers);
            self.loops.extend(saved_loops);
            self.handled.extend(saved_handled);
            self.finally.extend(saved_finally);
            r?;
            // Code after the copy runs with the try's handler again.
            let back = self.new_block();
            self.jump_and_switch(back);
        }
        Ok(())
    }

    /// `try` with any of except / else / finally.
    fn try_stmt(&mut self, t: &ast::StmtTry) -> Result<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let pad = self.new_block();
        self.finally.push(FinallyCtx {
            body: FinallyBody::Stmts(t.finalbody.to_vec()),
            handlers: self.handlers.len(),
            loops: self.loops.len(),
            handled: self.handled.len(),
        });
        self.handlers.push(pad);
        let inner = self.new_block();
        self.jump_and_switch(inner);
        let r = self.try_except(t);
        self.handlers.pop();
        self.finally.pop();
        r?;
        // Normal completion: the finally body, then on.
        let normal = self.new_block();
        self.jump_and_switch(normal);
        self.stmts(&t.finalbody)?;
        let after = self.new_block();
        self.terminate(Term::Jump(after));
        // An exception: the finally body, then the exception again.
        self.switch_to(pad);
        let e = self.fetch_exception(self.line(t));
        self.stmts(&t.finalbody)?;
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    fn fetch_exception(&mut self, line: u32) -> Var {
        self.call_rt(RtFn::ExcFetch, vec![], line)
    }

    /// `try` / `except` / `else` (no finally).
    fn try_except(&mut self, t: &ast::StmtTry) -> Result<()> {
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            return self.stmts(&t.orelse);
        }
        let pad = self.new_block();
        let exit = self.new_block();
        self.handlers.push(pad);
        let body = self.new_block();
        self.jump_and_switch(body);
        let r = self.stmts(&t.body);
        self.handlers.pop();
        r?;
        // No exception: the else clause, outside the handlers' reach.
        let orelse = self.new_block();
        self.jump_and_switch(orelse);
        self.stmts(&t.orelse)?;
        self.terminate(Term::Jump(exit));
        self.switch_to(pad);
        let e = self.fetch_exception(self.line(t));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line(h);
            let (matched, next) = (self.new_block(), self.new_block());
            match &h.type_ {
                Some(ty) => {
                    let spec = self.expr(ty)?;
                    let m = self.call_rt(RtFn::ExcMatch, vec![e, spec], line);
                    let r = self.truth(m, line);
                    self.terminate(Term::Branch {
                        cond: r,
                        then: matched,
                        else_: next,
                    });
                }
                None => self.terminate(Term::Jump(matched)),
            }
            self.switch_to(matched);
            if let Some(name) = &h.name {
                self.store_name(name.as_str(), e);
            }
            self.handled.push(e);
            let r = self.stmts(&h.body);
            self.handled.pop();
            r?;
            if let Some(name) = &h.name {
                // CPython deletes the name at the end of the clause.
                let zero = self.konst(Const::Zero);
                self.store_name(name.as_str(), zero);
            }
            self.terminate(Term::Jump(exit));
            self.switch_to(next);
        }
        // No clause matched: the exception goes on.
        self.terminate(Term::Reraise(e));
        self.switch_to(exit);
        Ok(())
    }

    fn raise_stmt(&mut self, r: &ast::StmtRaise) -> Result<()> {
        let line = self.line(r);
        let dst = self.fresh(Ty::Obj);
        match (&r.exc, &r.cause) {
            (None, _) => match self.handled.last() {
                Some(&e) => {
                    self.terminate(Term::Reraise(e));
                    return Ok(());
                }
                None => {
                    let zero = self.konst(Const::Zero);
                    self.emit(Inst::CallRt {
                        dst,
                        func: RtFn::Reraise,
                        args: vec![zero],
                        line,
                    });
                }
            },
            (Some(x), None) => {
                let x = self.expr(x)?;
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::Raise,
                    args: vec![x],
                    line,
                });
            }
            (Some(x), Some(c)) => {
                let x = self.expr(x)?;
                let c = self.expr(c)?;
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::RaiseFrom,
                    args: vec![x, c],
                    line,
                });
            }
        }
        self.terminate(Term::Unreachable);
        Ok(())
    }

    fn delete(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => {
                // Reading it first raises NameError/UnboundLocalError as `del` does.
                self.load_name(n.id.as_str(), target)?;
                let zero = self.konst(Const::Zero);
                self.store_name(n.id.as_str(), zero);
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.fresh(Ty::Obj);
                let line = self.line(target);
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::DelItem,
                    args: vec![obj, key],
                    line,
                });
                Ok(())
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.m.intern(a.attr.as_str());
                let name = self.konst(Const::Str(name));
                let dst = self.fresh(Ty::Obj);
                let line = self.line(target);
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::DelAttr,
                    args: vec![obj, name],
                    line,
                });
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete(e))
            }
            _ => Err(self.internal(target, "del target outside the checked subset")),
        }
    }

    /// The key of a subscript: a slice object for `a:b:c`, else the expression.
    fn subscript_key(&mut self, key: &Expr) -> Result<Var> {
        let Expr::Slice(sl) = key else {
            return self.expr(key);
        };
        let part = |p: &Option<Box<Expr>>, this: &mut Self| -> Result<Var> {
            match p {
                Some(e) => this.expr(e),
                None => Ok(this.konst(Const::None)),
            }
        };
        let lower = part(&sl.lower, self)?;
        let upper = part(&sl.upper, self)?;
        let step = part(&sl.step, self)?;
        let dst = self.fresh(Ty::Obj);
        let line = self.line(key);
        self.emit(Inst::CallRt {
            dst,
            func: RtFn::BuildSlice,
            args: vec![lower, upper, step],
            line,
        });
        Ok(dst)
    }

    fn assign(&mut self, targets: &[Expr], value: &Expr) -> Result<()> {
        // `a, b = x, y` assigns without building a tuple; every value is evaluated
        // (and copied, since a value may be a local the assignment rebinds) first.
        if let [target] = targets {
            let telts = match target {
                Expr::Tuple(t) => Some(&t.elts),
                Expr::List(l) => Some(&l.elts),
                _ => None,
            };
            if let (Some(telts), Expr::Tuple(v)) = (telts, value) {
                if telts.len() == v.elts.len() {
                    let mut vals = Vec::new();
                    for e in &v.elts {
                        let x = self.expr(e)?;
                        let tmp = self.fresh(Ty::Obj);
                        self.emit(Inst::Copy { dst: tmp, src: x });
                        vals.push(tmp);
                    }
                    for (t, v) in telts.iter().zip(vals) {
                        self.assign_to(t, v)?;
                    }
                    return Ok(());
                }
            }
        }
        let v = self.expr(value)?;
        for t in targets {
            self.assign_to(t, v)?;
        }
        Ok(())
    }

    fn assign_to(&mut self, target: &Expr, v: Var) -> Result<()> {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str(), v);
                Ok(())
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.fresh(Ty::Obj);
                let line = self.line(target);
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::SetItem,
                    args: vec![obj, key, v],
                    line,
                });
                Ok(())
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.m.intern(a.attr.as_str());
                let name = self.konst(Const::Str(name));
                let dst = self.fresh(Ty::Obj);
                let line = self.line(target);
                self.emit(Inst::CallRt {
                    dst,
                    func: RtFn::SetAttr,
                    args: vec![obj, name, v],
                    line,
                });
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let dsts: Vec<Var> = elts.iter().map(|_| self.fresh(Ty::Obj)).collect();
                let line = self.line(target);
                self.emit(Inst::Unpack {
                    dsts: dsts.clone(),
                    src: v,
                    line,
                });
                for (e, d) in elts.iter().zip(dsts) {
                    self.assign_to(e, d)?;
                }
                Ok(())
            }
            _ => Err(self.internal(target, "assignment target outside the checked subset")),
        }
    }

    fn store_name(&mut self, name: &str, v: Var) {
        if let Some(ns) = self.classes.last().map(|c| c.ns) {
            if !self.comprehension_vars.iter().any(|(n, _)| n == name) {
                let key = self.m.intern(name);
                let key = self.konst(Const::Str(key));
                self.call_rt(RtFn::SetItem, vec![ns, key, v], self.f.line);
                return;
            }
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

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> Result<()> {
        let op = binop(a.op);
        let line = self.line(a);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), &a.target)?;
                let rhs = self.expr(&a.value)?;
                let dst = self.fresh(Ty::Obj);
                self.emit(Inst::BinOp {
                    dst,
                    op,
                    a: cur,
                    b: rhs,
                    line,
                });
                self.store_name(n.id.as_str(), dst);
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.read_modify_write(
                    obj,
                    key,
                    (RtFn::GetItem, RtFn::SetItem),
                    op,
                    &a.value,
                    line,
                )?;
            }
            Expr::Attribute(at) => {
                let obj = self.expr(&at.value)?;
                let name = self.m.intern(at.attr.as_str());
                let name = self.konst(Const::Str(name));
                self.read_modify_write(
                    obj,
                    name,
                    (RtFn::GetAttr, RtFn::SetAttr),
                    op,
                    &a.value,
                    line,
                )?;
            }
            other => return Err(self.internal(other, "augmented assignment target")),
        }
        Ok(())
    }

    /// `obj[key] op= value` or `obj.name op= value`: the container and key are
    /// evaluated once, then read, combined and written back.
    fn read_modify_write(
        &mut self,
        obj: Var,
        key: Var,
        (get, set): (RtFn, RtFn),
        op: RtFn,
        value: &Expr,
        line: u32,
    ) -> Result<()> {
        let cur = self.call_rt(get, vec![obj, key], line);
        let rhs = self.expr(value)?;
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::BinOp {
            dst,
            op,
            a: cur,
            b: rhs,
            line,
        });
        self.call_rt(set, vec![obj, key, dst], line);
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> Result<()> {
        let exit = self.new_block();
        let mut clauses: Vec<(Option<&Expr>, &[Stmt])> = vec![(Some(&*i.test), &i.body[..])];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body[..]));
        }
        for (test, body) in clauses {
            match test {
                Some(t) => {
                    let then = self.new_block();
                    let next = self.new_block();
                    self.cond(t, then, next)?;
                    self.switch_to(then);
                    self.stmts(body)?;
                    self.terminate(Term::Jump(exit));
                    self.switch_to(next);
                }
                None => self.stmts(body)?,
            }
        }
        self.jump_and_switch(exit);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<()> {
        let head = self.new_block();
        let body = self.new_block();
        let orelse = self.new_block();
        let exit = self.new_block();
        self.jump_and_switch(head);
        self.cond(&w.test, body, orelse)?;
        self.switch_to(body);
        self.loop_rest(&w.body, &w.orelse, head, orelse, exit)
    }

    /// The rest of a loop whose body block is current: the body (with `break` to
    /// `exit`, `continue` and the body's end to `cont`), then in `orelse` the else
    /// clause, reached when the loop ends without `break`; continues at `exit`.
    fn loop_rest(
        &mut self,
        body: &[Stmt],
        else_body: &[Stmt],
        cont: BlockId,
        orelse: BlockId,
        exit: BlockId,
    ) -> Result<()> {
        self.loops.push(LoopTargets { brk: exit, cont });
        self.stmts(body)?;
        self.loops.pop();
        self.terminate(Term::Jump(cont));
        self.switch_to(orelse);
        self.stmts(else_body)?;
        self.jump_and_switch(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<()> {
        if let Some((args, step)) = self.range_loop_args(&f.iter) {
            return self.for_range(f, args, step);
        }
        let iterable = self.expr(&f.iter)?;
        let it = self.fresh(Ty::Obj);
        let line = self.line(&*f.iter);
        self.emit(Inst::CallRt {
            dst: it,
            func: RtFn::Iter,
            args: vec![iterable],
            line,
        });
        let head = self.new_block();
        let body = self.new_block();
        let orelse = self.new_block();
        let exit = self.new_block();
        self.jump_and_switch(head);
        let item = self.fresh(Ty::Obj);
        self.terminate(Term::IterNext {
            dst: item,
            iter: it,
            body,
            done: orelse,
            line,
        });
        self.switch_to(body);
        self.assign_to(&f.target, item)?;
        self.loop_rest(&f.body, &f.orelse, head, orelse, exit)
    }

    /// For `for x in range(a[, b[, STEP]])` with the builtin range and a constant,
    /// non-zero step: the argument expressions and the step.
    fn range_loop_args<'e>(&mut self, iter: &'e Expr) -> Option<(&'e [Expr], i64)> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "range"
            || !c.arguments.keywords.is_empty()
            || self.resolve("range") != NameRef::Builtin
        {
            return None;
        }
        let args = &c.arguments.args[..];
        let step = match args.len() {
            1 | 2 => 1,
            3 => int_literal(&args[2])?,
            _ => return None,
        };
        let (min, max) = (-self.m.small_max - 1, self.m.small_max);
        if step == 0 || step < min || step > max {
            return None;
        }
        Some((args, step))
    }

    fn for_range(&mut self, f: &ast::StmtFor, args: &[Expr], step: i64) -> Result<()> {
        let line = self.line(&*f.iter);
        let mut checked = Vec::new();
        for a in &args[..args.len().min(2)] {
            let v = self.expr(a)?;
            let dst = self.call_rt(RtFn::RangeArg, vec![v], line);
            checked.push(dst);
        }
        let (start, stop) = if checked.len() == 1 {
            (self.konst(Const::Int(0)), checked[0])
        } else {
            (checked[0], checked[1])
        };
        let cur = self.fresh(Ty::Obj);
        self.emit(Inst::Copy {
            dst: cur,
            src: start,
        });
        let step_var = self.konst(Const::Int(step));
        let head = self.new_block();
        let body = self.new_block();
        let latch = self.new_block();
        let orelse = self.new_block();
        let exit = self.new_block();
        self.jump_and_switch(head);
        let c = self.fresh(Ty::Raw);
        let op = if step > 0 { CmpOp::Lt } else { CmpOp::Gt };
        self.emit(Inst::CompareWords {
            dst: c,
            op,
            a: cur,
            b: stop,
        });
        self.terminate(Term::Branch {
            cond: c,
            then: body,
            else_: orelse,
        });
        self.switch_to(body);
        let item = self.fresh(Ty::Obj);
        self.emit(Inst::Copy {
            dst: item,
            src: cur,
        });
        self.assign_to(&f.target, item)?;
        // The latch steps the counter; `continue` and the body's end go there.
        let body_end = self.cur;
        self.switch_to(latch);
        self.terminate(Term::RangeStep {
            cur,
            step: step_var,
            next: head,
            overflow: orelse,
        });
        self.switch_to(body_end);
        self.loop_rest(&f.body, &f.orelse, latch, orelse, exit)
    }

    // ---- conditions ----

    /// Branches to `t` if `e` is true, else to `f`, without building bool objects
    /// where it can.
    fn cond(&mut self, e: &Expr, t: BlockId, f: BlockId) -> Result<()> {
        match e {
            Expr::BoolOp(b) => {
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    if i == n - 1 {
                        return self.cond(v, t, f);
                    }
                    let next = self.new_block();
                    match b.op {
                        ast::BoolOp::And => self.cond(v, next, f)?,
                        ast::BoolOp::Or => self.cond(v, t, next)?,
                    }
                    self.switch_to(next);
                }
                Ok(())
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond(&u.operand, f, t),
            Expr::BooleanLiteral(b) => {
                self.terminate(Term::Jump(if b.value { t } else { f }));
                Ok(())
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                let a = self.expr(&c.left)?;
                let b = self.expr(&c.comparators[0])?;
                let r = self.compare_raw(c.ops[0], a, b, self.line(e));
                self.terminate(Term::Branch {
                    cond: r,
                    then: t,
                    else_: f,
                });
                Ok(())
            }
            _ => {
                let v = self.expr(e)?;
                let r = self.truth(v, self.line(e));
                self.terminate(Term::Branch {
                    cond: r,
                    then: t,
                    else_: f,
                });
                Ok(())
            }
        }
    }

    fn truth(&mut self, v: Var, line: u32) -> Var {
        let dst = self.fresh(Ty::Raw);
        self.emit(Inst::Truth { dst, src: v, line });
        dst
    }

    fn not(&mut self, v: Var) -> Var {
        let dst = self.fresh(Ty::Raw);
        self.emit(Inst::Not { dst, src: v });
        dst
    }

    /// A comparison whose result is only tested: a Raw var.
    fn compare_raw(&mut self, op: ast::CmpOp, a: Var, b: Var, line: u32) -> Var {
        let dst = self.fresh(Ty::Raw);
        match op {
            ast::CmpOp::Is | ast::CmpOp::IsNot => {
                self.emit(Inst::Is { dst, a, b });
                if op == ast::CmpOp::IsNot {
                    return self.not(dst);
                }
            }
            ast::CmpOp::In | ast::CmpOp::NotIn => {
                let obj = self.call_rt(RtFn::Contains, vec![a, b], line);
                self.emit(Inst::Truth {
                    dst,
                    src: obj,
                    line,
                });
                if op == ast::CmpOp::NotIn {
                    return self.not(dst);
                }
            }
            _ => self.emit(Inst::CompareRaw {
                dst,
                op: cmp_op(op),
                a,
                b,
                line,
            }),
        }
        dst
    }

    /// A comparison used as a value: an Obj var.
    fn compare_value(&mut self, op: ast::CmpOp, a: Var, b: Var, line: u32) -> Var {
        let dst = self.fresh(Ty::Obj);
        match op {
            ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn => {
                let r = self.compare_raw(op, a, b, line);
                self.emit(Inst::BoxBool { dst, src: r });
            }
            _ => self.emit(Inst::Compare {
                dst,
                op: cmp_op(op),
                a,
                b,
                line,
            }),
        }
        dst
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) -> Result<Var> {
        let line = self.line(e);
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => {
                    if let Some(v) = i.as_u64().filter(|&v| v <= self.m.small_max as u64) {
                        return Ok(self.konst(Const::Int(v as i64)));
                    }
                    // Beyond the small-int range: a static big int.
                    let text = i.to_string();
                    let words: Vec<u64> = pyaot_abi::bigint_static_words(&text, self.m.word_bits)
                        .ok_or_else(|| self.too_big(e, &text))?;
                    let k = self.m.bigints.len() as u32;
                    self.m.bigints.push(words);
                    Ok(self.konst(Const::BigInt(k)))
                }
                Number::Float(f) => {
                    let i = self.m.floats.len() as u32;
                    self.m.floats.push(*f);
                    Ok(self.konst(Const::Float(i)))
                }
                Number::Complex { .. } => Err(self.internal(e, "complex literal")),
            },
            Expr::StringLiteral(s) => {
                let i = self.m.intern(s.value.to_str());
                Ok(self.konst(Const::Str(i)))
            }
            Expr::BooleanLiteral(b) => {
                Ok(self.konst(if b.value { Const::True } else { Const::False }))
            }
            Expr::NoneLiteral(_) => Ok(self.konst(Const::None)),
            Expr::Name(n) => self.load_name(n.id.as_str(), e),
            Expr::BinOp(b) => {
                let a = self.expr(&b.left)?;
                let c = self.expr(&b.right)?;
                let dst = self.fresh(Ty::Obj);
                self.emit(Inst::BinOp {
                    dst,
                    op: binop(b.op),
                    a,
                    b: c,
                    line,
                });
                Ok(dst)
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub {
                    // `-N` is a constant, which also makes the most negative small int
                    // expressible.
                    if let Some(v) = int_literal(e) {
                        if v >= -self.m.small_max - 1 {
                            return Ok(self.konst(Const::Int(v)));
                        }
                    }
                }
                let src = self.expr(&u.operand)?;
                let dst = self.fresh(Ty::Obj);
                match u.op {
                    ast::UnaryOp::Not => {
                        let t = self.truth(src, line);
                        let n = self.not(t);
                        self.emit(Inst::BoxBool { dst, src: n });
                    }
                    ast::UnaryOp::USub => self.emit(Inst::Unary {
                        dst,
                        op: RtFn::Neg,
                        src,
                        line,
                    }),
                    ast::UnaryOp::UAdd => self.emit(Inst::Unary {
                        dst,
                        op: RtFn::Pos,
                        src,
                        line,
                    }),
                    ast::UnaryOp::Invert => self.emit(Inst::Unary {
                        dst,
                        op: RtFn::Invert,
                        src,
                        line,
                    }),
                }
                Ok(dst)
            }
            Expr::BoolOp(b) => {
                // `a and b` is a if a is false, else b (and the mirror for `or`).
                let result = self.fresh(Ty::Obj);
                let exit = self.new_block();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    let x = self.expr(v)?;
                    self.emit(Inst::Copy {
                        dst: result,
                        src: x,
                    });
                    if i == n - 1 {
                        break;
                    }
                    let next = self.new_block();
                    let t = self.truth(result, self.line(v));
                    let (then, else_) = match b.op {
                        ast::BoolOp::And => (next, exit),
                        ast::BoolOp::Or => (exit, next),
                    };
                    self.terminate(Term::Branch {
                        cond: t,
                        then,
                        else_,
                    });
                    self.switch_to(next);
                }
                self.jump_and_switch(exit);
                Ok(result)
            }
            Expr::If(i) => {
                let result = self.fresh(Ty::Obj);
                let (t, f, exit) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(&i.test, t, f)?;
                for (b, x) in [(t, &i.body), (f, &i.orelse)] {
                    self.switch_to(b);
                    let v = self.expr(x)?;
                    self.emit(Inst::Copy {
                        dst: result,
                        src: v,
                    });
                    self.terminate(Term::Jump(exit));
                }
                self.switch_to(exit);
                Ok(result)
            }
            Expr::Compare(c) => {
                let mut a = self.expr(&c.left)?;
                if c.ops.len() == 1 {
                    let b = self.expr(&c.comparators[0])?;
                    return Ok(self.compare_value(c.ops[0], a, b, line));
                }
                // a < b < c: each operand evaluated once; the value is the first false
                // comparison's result, or the last one's.
                let result = self.fresh(Ty::Obj);
                let exit = self.new_block();
                for (i, (op, x)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    let b = self.expr(x)?;
                    let r = self.compare_value(*op, a, b, line);
                    self.emit(Inst::Copy {
                        dst: result,
                        src: r,
                    });
                    if i == c.ops.len() - 1 {
                        break;
                    }
                    let next = self.new_block();
                    let t = self.truth(result, line);
                    self.terminate(Term::Branch {
                        cond: t,
                        then: next,
                        else_: exit,
                    });
                    self.switch_to(next);
                    a = b;
                }
                self.jump_and_switch(exit);
                Ok(result)
            }
            Expr::Call(c) => self.call(c),
            Expr::Named(n) => {
                let v = self.expr(&n.value)?;
                let Expr::Name(target) = &*n.target else {
                    return Err(self.internal(e, "walrus target"));
                };
                self.store_name(target.id.as_str(), v);
                Ok(v)
            }
            Expr::FString(f) => self.fstring(f),
            Expr::Lambda(l) => self.make_function(FuncNode::Lambda(l)),
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.m.intern(a.attr.as_str());
                let name = self.konst(Const::Str(name));
                let dst = self.call_rt(RtFn::GetAttr, vec![obj, name], line);
                Ok(dst)
            }
            Expr::ListComp(lc) => {
                let result =
                    self.call_array(RtFn::BuildList.symbol(), vec![], vec![], 0, vec![], line);
                self.comprehension(&lc.generators, &mut |this| {
                    let v = this.expr(&lc.elt)?;
                    let dst = this.fresh(Ty::Obj);
                    this.emit(Inst::CallRt {
                        dst,
                        func: RtFn::ListAppend,
                        args: vec![result, v],
                        line,
                    });
                    Ok(())
                })?;
                Ok(result)
            }
            Expr::DictComp(dc) => {
                let result =
                    self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
                self.comprehension(&dc.generators, &mut |this| {
                    let Some(key) = &dc.key else {
                        return Err(this.internal(e, "dict comprehension unpacking"));
                    };
                    let k = this.expr(key)?;
                    let v = this.expr(&dc.value)?;
                    let dst = this.fresh(Ty::Obj);
                    this.emit(Inst::CallRt {
                        dst,
                        func: RtFn::SetItem,
                        args: vec![result, k, v],
                        line,
                    });
                    Ok(())
                })?;
                Ok(result)
            }
            Expr::List(l) => self.build(&l.elts, RtFn::BuildList, line),
            Expr::Tuple(t) => self.build(&t.elts, RtFn::BuildTuple, line),
            Expr::Dict(d) => {
                let mut kv = Vec::new();
                for item in &d.items {
                    let k = item
                        .key
                        .as_ref()
                        .ok_or_else(|| self.internal(e, "dict unpacking"))?;
                    kv.push(self.expr(k)?);
                    kv.push(self.expr(&item.value)?);
                }
                // build_dict counts pairs, not words.
                let count = kv.len() as u32 / 2;
                Ok(self.call_array(RtFn::BuildDict.symbol(), vec![], kv, count, vec![], line))
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.call_rt(RtFn::GetItem, vec![obj, key], line);
                Ok(dst)
            }
            _ => Err(self.internal(e, "expression outside the checked subset")),
        }
    }

    /// An f-string: its pieces converted to strs and concatenated.
    fn fstring(&mut self, f: &ast::ExprFString) -> Result<Var> {
        let mut pieces = Vec::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(lit) => {
                    let i = self.m.intern(&lit.value);
                    pieces.push(self.konst(Const::Str(i)));
                }
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut pieces)?
                }
            }
        }
        let line = self.line(f);
        if pieces.len() == 1 {
            return Ok(pieces[0]);
        }
        let count = pieces.len() as u32;
        Ok(self.call_array(
            RtFn::StrConcat.symbol(),
            vec![],
            pieces,
            count,
            vec![],
            line,
        ))
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        pieces: &mut Vec<Var>,
    ) -> Result<()> {
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(lit) => {
                    let i = self.m.intern(&lit.value);
                    pieces.push(self.konst(Const::Str(i)));
                }
                ast::InterpolatedStringElement::Interpolation(it) => {
                    let line = self.line(it);
                    let mut conversion = it.conversion;
                    if let Some(d) = &it.debug_text {
                        // f"{x=}" prints the source text, then the repr by default.
                        let i = self.m.intern(d.as_str());
                        pieces.push(self.konst(Const::Str(i)));
                        if conversion == ast::ConversionFlag::None && it.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    let v = self.expr(&it.expression)?;
                    let v = match conversion {
                        ast::ConversionFlag::None => v,
                        ast::ConversionFlag::Str => {
                            self.call_array("pyaot_builtin_str", vec![], vec![v], 1, vec![], line)
                        }
                        ast::ConversionFlag::Repr | ast::ConversionFlag::Ascii => {
                            self.call_array("pyaot_builtin_repr", vec![], vec![v], 1, vec![], line)
                        }
                    };
                    let s = match &it.format_spec {
                        None => {
                            self.call_array("pyaot_builtin_str", vec![], vec![v], 1, vec![], line)
                        }
                        Some(spec) => {
                            let Some(format) = pyaot_abi::builtin_symbol("format") else {
                                return Err(Diagnostic::at(
                                    self.m.src,
                                    spec.start().to_u32(),
                                    "format specs in f-strings is not supported yet",
                                ));
                            };
                            let mut spec_pieces = Vec::new();
                            self.fstring_elements(&spec.elements, &mut spec_pieces)?;
                            let spec = match spec_pieces.len() {
                                0 => {
                                    let i = self.m.intern("");
                                    self.konst(Const::Str(i))
                                }
                                1 => spec_pieces[0],
                                n => self.call_array(
                                    RtFn::StrConcat.symbol(),
                                    vec![],
                                    spec_pieces,
                                    n as u32,
                                    vec![],
                                    line,
                                ),
                            };
                            self.call_array(format, vec![], vec![v, spec], 2, vec![], line)
                        }
                    };
                    pieces.push(s);
                }
            }
        }
        Ok(())
    }

    fn decorators(&mut self, list: &[ast::Decorator]) -> Result<Vec<Var>> {
        list.iter().map(|d| self.expr(&d.expression)).collect()
    }

    /// `@a @b def f` is `f = a(b(f))`: the innermost decorator applies first.
    fn apply_decorators(&mut self, decorators: Vec<Var>, mut obj: Var, line: u32) -> Var {
        for d in decorators.into_iter().rev() {
            obj = self.call_generic(d, vec![obj], line);
        }
        obj
    }

    /// What a function or class defined here gets before its name in its qualified
    /// name: `Cls.`, `outer.<locals>.`, or nothing at module level.
    fn qualname_prefix(&self) -> String {
        match self.classes.last() {
            Some(c) => format!("{}.", c.qualname),
            None if self.scope.is_some() => format!("{}.<locals>.", self.f.qualname),
            None => String::new(),
        }
    }

    /// `class C(bases): body`: the body runs with a namespace dict, then the class is
    /// built from it.
    fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<()> {
        let line = self.line(c);
        let decorators = self.decorators(&c.decorator_list)?;
        let mut bases = Vec::new();
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                bases.push(self.expr(b)?);
            }
        }
        let n = bases.len() as u32;
        let bases = self.call_array(RtFn::BuildTuple.symbol(), vec![], bases, n, vec![], line);
        let ns = self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
        let mut assigned = Vec::new();
        crate::front::scope::collect_bindings(&c.body, &mut assigned, false);
        let slot = self
            .m
            .scope
            .slot(&format!(".class.{}.{}", c.name, c.start().to_u32()));
        let qualname = format!("{}{}", self.qualname_prefix(), c.name);
        self.classes.push(ClassCtx {
            ns,
            assigned,
            slot,
            qualname,
        });
        let r = self.stmts(&c.body);
        self.classes.pop();
        r?;
        let name = self.m.intern(c.name.as_str());
        let name = self.konst(Const::Str(name));
        let cls = self.call_rt(RtFn::BuildClass, vec![name, bases, ns], line);
        self.emit(Inst::StoreGlobal { slot, src: cls });
        let cls = self.apply_decorators(decorators, cls, line);
        self.store_name(c.name.as_str(), cls);
        Ok(())
    }

    /// `with a as x, b as y: body` is nested single-item `with`s.
    fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> Result<()> {
        if item == w.items.len() {
            return self.stmts(&w.body);
        }
        let it = &w.items[item];
        let line = self.line(&it.context_expr);
        let mgr = self.expr(&it.context_expr)?;
        let enter = self.method_call(mgr, "__enter__", vec![], line);
        if let Some(target) = &it.optional_vars {
            self.assign_to(target, enter)?;
        }
        // The body runs like a try whose finally calls __exit__; an exception goes to
        // __exit__(type, value, traceback), which may swallow it.
        let pad = self.new_block();
        self.finally.push(FinallyCtx {
            body: FinallyBody::WithExit(mgr, line),
            handlers: self.handlers.len(),
            loops: self.loops.len(),
            handled: self.handled.len(),
        });
        self.handlers.push(pad);
        let inner = self.new_block();
        self.jump_and_switch(inner);
        let r = self.with_stmt(w, item + 1);
        self.handlers.pop();
        self.finally.pop();
        r?;
        let normal = self.new_block();
        self.jump_and_switch(normal);
        self.with_exit_none(mgr, line);
        let after = self.new_block();
        self.terminate(Term::Jump(after));
        self.switch_to(pad);
        let e = self.fetch_exception(line);
        let ty = self.call_array("pyaot_builtin_type", vec![], vec![e], 1, vec![], line);
        let none = self.konst(Const::None);
        let swallow = self.method_call(mgr, "__exit__", vec![ty, e, none], line);
        let t = self.truth(swallow, line);
        let reraise = self.new_block();
        self.terminate(Term::Branch {
            cond: t,
            then: after,
            else_: reraise,
        });
        self.switch_to(reraise);
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    fn with_exit_none(&mut self, mgr: Var, line: u32) {
        let none = self.konst(Const::None);
        self.method_call(mgr, "__exit__", vec![none, none, none], line);
    }

    /// Executes a `def` or `lambda`: its function object, with this execution's
    /// defaults and the cells it captures. Nested functions are lowered here.
    fn make_function(&mut self, node: FuncNode) -> Result<Var> {
        let key = node.key();
        let index = match self.m.def_at.get(&key) {
            Some(&i) => i,
            None => {
                let i = self.m.functions.len() as u32;
                self.m.functions.push(None);
                // A def directly in a class body is a method: super() finds its class.
                let super_slot = match (node, self.classes.last()) {
                    (FuncNode::Def(_), Some(c)) => Some(c.slot),
                    _ => None,
                };
                let name = match node {
                    FuncNode::Def(f) => f.name.as_str(),
                    FuncNode::Lambda(_) => "<lambda>",
                };
                let qualname = format!("{}{name}", self.qualname_prefix());
                self.m.lower_function(node, i, super_slot, Some(qualname))?;
                i
            }
        };
        let params = match node {
            FuncNode::Def(f) => Some(&*f.parameters),
            FuncNode::Lambda(l) => l.parameters.as_deref(),
        };
        let line = self.line_at(key);
        let (mut defaults, mut kw_defaults) = (Vec::new(), Vec::new());
        if let Some(p) = params {
            for a in p.posonlyargs.iter().chain(&p.args) {
                if let Some(d) = &a.default {
                    defaults.push(self.expr(d)?);
                }
            }
            for a in &p.kwonlyargs {
                if let Some(d) = &a.default {
                    let name = self.m.intern(a.parameter.name.as_str());
                    let name = self.konst(Const::Str(name));
                    kw_defaults.push(name);
                    kw_defaults.push(self.expr(d)?);
                }
            }
        }
        let frees = self.m.scopes[&key].frees.clone();
        let mut cells = Vec::new();
        for name in &frees {
            match self.locate(name) {
                Loc::Cell(v, _) => cells.push(v),
                _ => {
                    return Err(Diagnostic::at(
                        self.m.src,
                        key,
                        format!("internal compiler error: '{name}' is not a cell here"),
                    ))
                }
            }
        }
        let template = self.konst(Const::Func(index));
        if defaults.is_empty() && kw_defaults.is_empty() && cells.is_empty() {
            return Ok(template);
        }
        let d = self.tuple_or_zero(defaults, line);
        let kd = if kw_defaults.is_empty() {
            self.konst(Const::Zero)
        } else {
            let pairs = kw_defaults.len() as u32 / 2;
            self.call_array(
                RtFn::BuildDict.symbol(),
                vec![],
                kw_defaults,
                pairs,
                vec![],
                line,
            )
        };
        let clo = self.tuple_or_zero(cells, line);
        let dst = self.call_rt(RtFn::MakeFunction, vec![template, d, kd, clo], line);
        Ok(dst)
    }

    /// The loops of a comprehension, innermost running `body`. Its variables are
    /// fresh vars, invisible outside it; the first iterable is evaluated in the
    /// enclosing scope, as in CPython.
    fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        body: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let Some((g, rest)) = gens.split_first() else {
            return body(self);
        };
        let line = self.line(&g.iter);
        let iterable = self.expr(&g.iter)?;
        let depth = self.comprehension_vars.len();
        let mut names = Vec::new();
        target_names(&g.target, &mut names);
        for n in names {
            let v = self.fresh(Ty::Obj);
            self.comprehension_vars.push((n, v));
        }
        let it = self.call_rt(RtFn::Iter, vec![iterable], line);
        let (head, item_block, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.jump_and_switch(head);
        let item = self.fresh(Ty::Obj);
        self.terminate(Term::IterNext {
            dst: item,
            iter: it,
            body: item_block,
            done: exit,
            line,
        });
        self.switch_to(item_block);
        let r = (|| {
            self.assign_to(&g.target, item)?;
            for cond in &g.ifs {
                let pass = self.new_block();
                self.cond(cond, pass, head)?;
                self.switch_to(pass);
            }
            self.comprehension(rest, body)
        })();
        self.comprehension_vars.truncate(depth);
        r?;
        self.terminate(Term::Jump(head));
        self.switch_to(exit);
        Ok(())
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
        let line = self.line(at);
        if let Some(c) = self.classes.last() {
            if c.assigned.iter().any(|n| n == name)
                && !self.comprehension_vars.iter().any(|(n, _)| n == name)
            {
                let ns = c.ns;
                let key = self.m.intern(name);
                let key = self.konst(Const::Str(key));
                let dst = self.call_rt(RtFn::GetItem, vec![ns, key], line);
                return Ok(dst);
            }
        }
        if name == "NotImplemented" && self.resolve(name) == NameRef::Builtin {
            return Ok(self.konst(Const::Data(pyaot_abi::sym::NOT_IMPLEMENTED)));
        }
        let module_ref = match self.locate(name) {
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
                // Classes (`int`, `ValueError`) are their type objects; other builtins
                // are builtin function objects.
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

    fn build(&mut self, elts: &[Expr], func: RtFn, line: u32) -> Result<Var> {
        let items = elts
            .iter()
            .map(|e| self.expr(e))
            .collect::<Result<Vec<_>>>()?;
        let count = items.len() as u32;
        Ok(self.call_array(func.symbol(), vec![], items, count, vec![], line))
    }

    fn args(&mut self, c: &ast::ExprCall) -> Result<Vec<Var>> {
        c.arguments.args.iter().map(|a| self.expr(a)).collect()
    }

    /// Whether a call passes only positional arguments, none of them starred.
    fn is_plain_call(c: &ast::ExprCall) -> bool {
        c.arguments.keywords.is_empty()
            && !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
    }

    /// Whether a call unpacks arguments with `*` or `**`.
    fn is_unpacking_call(c: &ast::ExprCall) -> bool {
        c.arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none())
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result<Var> {
        let line = self.line(c);
        if let Some(v) = self.zero_arg_super(c)? {
            return Ok(v);
        }
        let plain = Self::is_plain_call(c);
        match &*c.func {
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.m.intern(a.attr.as_str());
                let name = self.konst(Const::Str(name));
                if plain {
                    let args = self.args(c)?;
                    let count = args.len() as u32;
                    return Ok(self.call_array(
                        RtFn::CallMethod.symbol(),
                        vec![obj, name],
                        args,
                        count,
                        vec![],
                        line,
                    ));
                }
                // obj first, then positional and keyword values; the names as a tuple.
                let (mut words, kwnames) = self.keyword_args(c, line)?;
                words.insert(0, obj);
                let count = words.len() as u32;
                return Ok(self.call_array(
                    RtFn::CallMethodKw.symbol(),
                    vec![name],
                    words,
                    count,
                    vec![kwnames],
                    line,
                ));
            }
            Expr::Name(n)
                if !plain
                    && !Self::is_unpacking_call(c)
                    && self.resolve(n.id.as_str()) == NameRef::Builtin =>
            {
                let name = n.id.as_str();
                if let Some((_, kw_symbol)) =
                    pyaot_abi::BUILTINS_KW.iter().find(|(b, _)| *b == name)
                {
                    let (words, kwnames) = self.keyword_args(c, line)?;
                    let count = words.len() as u32;
                    return Ok(self.call_array(
                        kw_symbol,
                        vec![],
                        words,
                        count,
                        vec![kwnames],
                        line,
                    ));
                }
                if name == "print" {
                    return self.call_builtin(c, name, line);
                }
            }
            Expr::Name(n) if plain => {
                let name = n.id.as_str();
                match self.resolve(name) {
                    NameRef::Builtin if pyaot_abi::builtin_symbol(name).is_some() => {
                        return self.call_builtin(c, name, line)
                    }
                    NameRef::Global(_) if self.m.scope.is_single_def(name) => {
                        let (func, nargs, simple) = self.m.def_index[name];
                        let callee = self.load_name(name, &c.func)?;
                        let args = self.args(c)?;
                        if !simple || args.len() as u32 != nargs {
                            // The runtime binds defaults or raises CPython's TypeError.
                            return Ok(self.call_generic(callee, args, line));
                        }
                        let dst = self.fresh(Ty::Obj);
                        self.emit(Inst::CallDirect {
                            dst,
                            callee,
                            func,
                            args,
                            line,
                        });
                        return Ok(dst);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let callee = self.expr(&c.func)?;
        if plain {
            let args = self.args(c)?;
            return Ok(self.call_generic(callee, args, line));
        }
        if Self::is_unpacking_call(c) {
            return self.call_unpacking(callee, c, line);
        }
        let (words, kwnames) = self.keyword_args(c, line)?;
        let count = words.len() as u32;
        Ok(self.call_array(
            RtFn::CallKw.symbol(),
            vec![callee],
            words,
            count,
            vec![kwnames],
            line,
        ))
    }

    /// `super()` in a method: `super(its class, its first argument)`.
    fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Result<Option<Var>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return Ok(None);
        }
        if self.resolve("super") != NameRef::Builtin {
            return Ok(None);
        }
        let first = self
            .scope
            .as_ref()
            .and_then(|sc| sc.params.first().cloned());
        let (Some(slot), Some(first)) = (self.super_slot, first) else {
            return Err(Diagnostic::at(
                self.m.src,
                c.start().to_u32(),
                "super() outside a method is not supported yet",
            ));
        };
        let line = self.line(c);
        let cls = self.fresh(Ty::Obj);
        let name = self.m.intern("__class__");
        self.emit(Inst::LoadGlobal {
            dst: cls,
            slot,
            name,
            line,
        });
        let obj = self.load_name(&first, &c.func)?;
        let dst = self.call_rt(RtFn::Super, vec![cls, obj], line);
        Ok(Some(dst))
    }

    /// Positional then keyword argument values, and the tuple of keyword names.
    fn keyword_args(&mut self, c: &ast::ExprCall, line: u32) -> Result<(Vec<Var>, Var)> {
        let mut words = self.args(c)?;
        let mut names = Vec::new();
        for k in &c.arguments.keywords {
            let Some(arg) = &k.arg else {
                return Err(self.internal(k, "** in a keyword call"));
            };
            words.push(self.expr(&k.value)?);
            let n = self.m.intern(arg.as_str());
            names.push(self.konst(Const::Str(n)));
        }
        let kwnames = self.tuple_or_zero(names, line);
        Ok((words, kwnames))
    }

    /// `f(a, *b, k=c, **d)`: a list of the positional arguments and a dict of the
    /// keyword ones, then `pyaot_call_ex`.
    fn call_unpacking(&mut self, callee: Var, c: &ast::ExprCall, line: u32) -> Result<Var> {
        let positional = self.call_array(RtFn::BuildList.symbol(), vec![], vec![], 0, vec![], line);
        for a in c.arguments.args.iter() {
            let (value, method) = match a {
                Expr::Starred(st) => (self.expr(&st.value)?, "extend"),
                other => (self.expr(other)?, "append"),
            };
            self.method_call(positional, method, vec![value], line);
        }
        let kwargs = if c.arguments.keywords.is_empty() {
            self.konst(Const::Zero)
        } else {
            let d = self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
            for k in &c.arguments.keywords {
                let value = self.expr(&k.value)?;
                match &k.arg {
                    Some(name) => {
                        let n = self.m.intern(name.as_str());
                        let key = self.konst(Const::Str(n));
                        self.call_rt(RtFn::SetItem, vec![d, key, value], line);
                    }
                    None => {
                        self.method_call(d, "update", vec![value], line);
                    }
                }
            }
            d
        };
        let dst = self.call_rt(RtFn::CallEx, vec![callee, positional, kwargs], line);
        Ok(dst)
    }

    fn method_call(&mut self, obj: Var, method: &str, args: Vec<Var>, line: u32) -> Var {
        let name = self.m.intern(method);
        let name = self.konst(Const::Str(name));
        let count = args.len() as u32;
        self.call_array(
            RtFn::CallMethod.symbol(),
            vec![obj, name],
            args,
            count,
            vec![],
            line,
        )
    }

    fn call_generic(&mut self, callee: Var, args: Vec<Var>, line: u32) -> Var {
        let count = args.len() as u32;
        self.call_array(RtFn::Call.symbol(), vec![callee], args, count, vec![], line)
    }

    fn call_builtin(&mut self, c: &ast::ExprCall, name: &str, line: u32) -> Result<Var> {
        let args = self.args(c)?;
        let count = args.len() as u32;
        if name == "print" {
            let (mut sep, mut end) = (None, None);
            for k in &c.arguments.keywords {
                let v = self.expr(&k.value)?;
                match k.arg.as_ref().map(|a| a.as_str()) {
                    Some("sep") => sep = Some(v),
                    Some("end") => end = Some(v),
                    _ => return Err(self.internal(k, "print keyword")),
                }
            }
            let sep = sep.unwrap_or_else(|| self.konst(Const::Zero));
            let end = end.unwrap_or_else(|| self.konst(Const::Zero));
            return Ok(self.call_array(
                RtFn::Print.symbol(),
                vec![],
                args,
                count,
                vec![sep, end],
                line,
            ));
        }
        let symbol =
            pyaot_abi::builtin_symbol(name).ok_or_else(|| self.internal(c, "unknown builtin"))?;
        Ok(self.call_array(symbol, vec![], args, count, vec![], line))
    }
}

/// The names an assignment target binds, in order.
fn target_names(t: &Expr, out: &mut Vec<String>) {
    match t {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().for_each(|e| target_names(e, out))
        }
        _ => {}
    }
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
        lower_module(&parsed, 64).unwrap()
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
        assert!(lower_module(&parsed, 64).unwrap().bigints.is_empty());
        assert_eq!(
            lower_module(&parsed, 32).unwrap().bigints,
            vec![vec![1, 2000000000]]
        );
        let huge = format!("x = {}\n", "9".repeat(4301));
        let parsed = crate::front::parse("__main__", SourceFile::new("t.py", huge)).unwrap();
        let e = lower_module(&parsed, 64).unwrap_err().to_string();
        assert!(
            e.contains(
                "Exceeds the limit (4300) for integer string conversion: value has 4301 digits"
            ),
            "{e}"
        );
    }
}
