//! The subset check: every construct pyaot cannot compile yet is rejected here with
//! `<feature> is not supported yet` at its location, so later stages can assume the
//! subset and nothing is ever compiled to silently different behaviour. It also
//! reports the syntax errors CPython's compiler (not its parser) finds.

use super::{ModuleRef, Program};
use crate::diag::{Diagnostic, SourceFile};
use ruff_python_ast::{self as ast, Expr, Number, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashSet;

/// Most parameters a function may have (the runtime binds arguments in a fixed
/// array of this many slots, plus the hidden function object).
const MAX_PARAMETERS: usize = 63;

/// Whether a built-in class can be a base class: `object`, the exceptions, `dict`
/// and `list` (runtime-lib/src/subclass.rs). The other classes of
/// `pyaot_abi::BUILTIN_TYPES`, listed here, need their instance layout extended,
/// which pyaot cannot do yet (the runtime's `pyaot_build_class` refuses them too).
fn subclassable_builtin(name: &str) -> bool {
    const NOT_YET: &[&str] = &[
        "type",
        "int",
        "bool",
        "float",
        "str",
        "tuple",
        "range",
        "staticmethod",
        "classmethod",
        "property",
        "set",
        "frozenset",
        "bytes",
        "bytearray",
        "slice",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
    ];
    pyaot_abi::builtin_type_index(name).is_some() && !NOT_YET.contains(&name)
}

/// The keyword arguments `print` accepts in this version.
const PRINT_KEYWORDS: &[&str] = &["sep", "end", "file", "flush"];

/// Deepest expression nesting accepted. CPython refuses far shallower code ("too
/// many nested parentheses" at 200, RecursionError during compilation around 1000
/// unary operators); the limit only keeps pyaot's recursive passes within their stack.
pub const MAX_EXPR_DEPTH: u32 = 20_000;

struct Checker<'a> {
    src: &'a SourceFile,
    program: &'a Program,
    /// This module's index in `program`.
    module: usize,
    /// Depth of class and function bodies around the statement checked.
    nesting: u32,
    /// Source offsets of defs whose bodies are never compiled (`@extern` stubs,
    /// which only CPython runs).
    stubs: &'a [u32],
    in_function: bool,
    /// Inside a function's body, perhaps through class bodies nested in it.
    under_function: bool,
    loop_depth: u32,
    expr_depth: u32,
    /// Inside a comprehension's own scope (not its first iterable, which belongs to
    /// the enclosing scope): its kind, as CPython's SyntaxError for `yield` names it.
    comprehension: Option<&'static str>,
    /// Inside a generator expression's own scope.
    in_genexp: bool,
    /// Every name some scope of the module binds: the others resolve to builtins.
    bound: HashSet<String>,
}

type Result<T = ()> = std::result::Result<T, Diagnostic>;

/// Checks module `module` of a program (but the bodies of `@extern` stubs, which only
/// CPython runs).
pub fn check_module(program: &Program, module: usize) -> Result {
    let m = &program.modules[module];
    let stubs = m.interop.stub_offsets();
    let mut c = Checker {
        src: &m.source,
        program,
        module,
        nesting: 0,
        stubs: &stubs,
        in_function: false,
        under_function: false,
        loop_depth: 0,
        expr_depth: 0,
        comprehension: None,
        in_genexp: false,
        bound: super::builtin_names::bound_anywhere(program, module),
    };
    c.stmts(&m.ast.body)
}

impl Checker<'_> {
    fn unsupported(&self, node: &impl Ranged, feature: &str) -> Diagnostic {
        Diagnostic::at(
            self.src,
            node.start().to_u32(),
            format!("{feature} is not supported yet"),
        )
    }

    fn syntax(&self, node: &impl Ranged, msg: &str) -> Diagnostic {
        Diagnostic::at(
            self.src,
            node.start().to_u32(),
            format!("SyntaxError: {msg}"),
        )
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> Result {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !self.in_function {
                    return Err(self.syntax(s, "'return' outside function"));
                }
                r.value.as_deref().map_or(Ok(()), |v| self.expr(v))
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.del_target(t)),
            Stmt::TypeAlias(_) => Err(self.unsupported(s, "type alias")),
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.target(t)?;
                }
                self.expr(&a.value)
            }
            Stmt::AugAssign(a) => {
                match &*a.target {
                    Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => {
                        self.target(&a.target)?
                    }
                    _ => {
                        return Err(
                            self.unsupported(&*a.target, "augmented assignment to this target")
                        )
                    }
                }
                self.operator(&*a.value, a.op)?;
                self.expr(&a.value)
            }
            Stmt::AnnAssign(a) => {
                if !matches!(&*a.target, Expr::Name(_)) {
                    return Err(self.unsupported(&*a.target, "annotated assignment to this target"));
                }
                // A class body evaluates its annotations (`__annotations__`).
                if self.nesting > 0 && !self.in_function {
                    self.expr(&a.annotation)?;
                }
                a.value.as_deref().map_or(Ok(()), |v| self.expr(v))
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.unsupported(s, "async for"));
                }
                self.target(&f.target)?;
                self.expr(&f.iter)?;
                self.loop_body(&f.body)?;
                self.stmts(&f.orelse)
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.loop_body(&w.body)?;
                self.stmts(&w.orelse)
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.expr(t)?;
                    }
                    self.stmts(&clause.body)?;
                }
                Ok(())
            }
            Stmt::With(w) => {
                if w.is_async {
                    return Err(self.unsupported(s, "async with"));
                }
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(t) = &item.optional_vars {
                        self.target(t)?;
                    }
                }
                self.stmts(&w.body)
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                let src = self.src;
                for (i, case) in m.cases.iter().enumerate() {
                    // An irrefutable case must be guarded or last (CPython's rule).
                    let allow = case.guard.is_some() || i + 1 == m.cases.len();
                    super::pattern::check_case(src, case, allow, &mut |e| self.expr(e))?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(self.unsupported(s, "except*"));
                }
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                a.msg.as_deref().map_or(Ok(()), |m| self.expr(m))
            }
            // Program::load found every module imported; what is left to check is
            // the names taken from them.
            Stmt::Import(_) => Ok(()),
            Stmt::ImportFrom(i)
                if i.level == 0 && i.module.as_deref() == Some(super::interop::MODULE) =>
            {
                super::interop::check_from_import(self.src, i)
            }
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) => Ok(()),
            // A class body nested in a function may declare names nonlocal in
            // CPython; pyaot's class bodies store their names in the namespace.
            Stmt::Nonlocal(_) if !self.in_function && self.under_function => {
                Err(self.unsupported(s, "nonlocal in a class body"))
            }
            Stmt::Nonlocal(_) if !self.in_function => {
                Err(self.syntax(s, "nonlocal declaration not allowed at module level"))
            }
            Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) => Ok(()),
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.loop_depth == 0 {
                    let what = if matches!(s, Stmt::Break(_)) {
                        "break"
                    } else {
                        "continue"
                    };
                    let msg = if what == "break" {
                        "'break' outside loop".to_string()
                    } else {
                        "'continue' not properly in loop".to_string()
                    };
                    return Err(self.syntax(s, &msg));
                }
                Ok(())
            }
            Stmt::IpyEscapeCommand(_) => Err(self.syntax(s, "invalid syntax")),
        }
    }

    /// `from m import names`: a built-in module's names are known; `*` only at
    /// module level, and only with a literal `__all__` if the module sets one.
    fn import_from(&self, i: &ast::StmtImportFrom) -> Result {
        let name = self
            .program
            .absolute(self.module, i.module.as_deref(), i.level)
            .map_err(|msg| Diagnostic::at(self.src, i.start().to_u32(), msg))?;
        let module = self.program.lookup(&name).ok_or_else(|| {
            Diagnostic::plain(format!(
                "internal compiler error: module '{name}' not loaded"
            ))
        })?;
        for a in &i.names {
            let n = a.name.as_str();
            if n == "*" {
                if self.nesting > 0 {
                    return Err(self.syntax(a, "import * only allowed at module level"));
                }
                self.program
                    .star_names(module)
                    .map_err(|what| self.unsupported(a, &what))?;
                continue;
            }
            let known = match module {
                ModuleRef::Builtin(index) => pyaot_abi::BUILTIN_MODULE_NAMES[index].contains(&n),
                // pyaot's library modules name what they have: anything else is a
                // part of CPython's module not written yet.
                ModuleRef::User(i) if self.program.is_library(i) => {
                    self.program.binds(i, n)
                        || self.program.lookup(&format!("{name}.{n}")).is_some()
                }
                ModuleRef::User(_) => true,
            };
            if !known {
                return Err(self.unsupported(a, &format!("{name}.{n}")));
            }
        }
        Ok(())
    }

    fn loop_body(&mut self, body: &[Stmt]) -> Result {
        self.loop_depth += 1;
        let r = self.stmts(body);
        self.loop_depth -= 1;
        r
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> Result {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        if let Some(tp) = &c.type_params {
            return Err(self.unsupported(&**tp, "generic class"));
        }
        if let Some(args) = &c.arguments {
            for b in args.args.iter() {
                if matches!(b, Expr::Starred(_)) {
                    return Err(self.unsupported(b, "starred base classes"));
                }
                // Built-in types other than object and exceptions cannot be bases yet.
                if let Expr::Name(n) = b {
                    let name = n.id.as_str();
                    let builtin_class = pyaot_abi::builtin_type_index(name).is_some()
                        || pyaot_abi::builtin_type_symbol(name).is_some();
                    if !subclassable_builtin(name) && builtin_class {
                        return Err(
                            self.unsupported(b, &format!("subclassing the built-in type '{name}'"))
                        );
                    }
                }
                self.expr(b)?;
            }
            if let Some(k) = args.keywords.first() {
                return Err(self.unsupported(k, "class keyword arguments (metaclass=...)"));
            }
        }
        // The class body runs at definition time, like module code: `return` is not
        // allowed in it even inside a function.
        self.scope(false, |this| this.stmts(&c.body))
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> Result {
        if f.is_async {
            return Err(self.unsupported(f, "async function"));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        if let Some(tp) = &f.type_params {
            return Err(self.unsupported(&**tp, "generic function"));
        }
        self.parameters(&f.parameters)?;
        if self.stubs.contains(&f.start().to_u32()) {
            return Ok(());
        }
        self.scope(true, |this| this.stmts(&f.body))
    }

    /// Checks the body of a new scope: a function's (`function`) or a class's.
    fn scope(&mut self, function: bool, body: impl FnOnce(&mut Self) -> Result) -> Result {
        let saved = (
            self.in_function,
            self.under_function,
            self.loop_depth,
            self.comprehension,
            self.in_genexp,
        );
        self.in_function = function;
        self.under_function |= function;
        self.loop_depth = 0;
        self.comprehension = None;
        self.in_genexp = false;
        self.nesting += 1;
        let r = body(self);
        self.nesting -= 1;
        (
            self.in_function,
            self.under_function,
            self.loop_depth,
            self.comprehension,
            self.in_genexp,
        ) = saved;
        r
    }

    /// Parameters: defaults are expressions of the enclosing scope; names are unique.
    fn parameters(&mut self, p: &ast::Parameters) -> Result {
        let mut seen: Vec<&str> = Vec::new();
        let all = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
        for a in all {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
            let name = a.parameter.name.as_str();
            if seen.contains(&name) {
                return Err(self.syntax(
                    a,
                    &format!("duplicate argument '{name}' in function definition"),
                ));
            }
            seen.push(name);
        }
        for a in p.vararg.iter().chain(&p.kwarg) {
            let name = a.name.as_str();
            if seen.contains(&name) {
                return Err(self.syntax(
                    &**a,
                    &format!("duplicate argument '{name}' in function definition"),
                ));
            }
            seen.push(name);
        }
        if seen.len() > MAX_PARAMETERS {
            return Err(self.unsupported(
                p,
                &format!("a function with more than {MAX_PARAMETERS} parameters"),
            ));
        }
        Ok(())
    }

    /// An assignment target: a name, a subscript, or a tuple/list of names.
    fn target(&mut self, t: &Expr) -> Result {
        match t {
            Expr::Name(_) => Ok(()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(self.syntax(t, "multiple starred expressions in assignment"));
                }
                for e in elts {
                    match e {
                        Expr::Starred(st) => self.target(&st.value)?,
                        // Names, attributes, subscripts and nested tuples, recursively.
                        _ => self.target(e)?,
                    }
                }
                Ok(())
            }
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Starred(_) => {
                Err(self.syntax(t, "starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.syntax(t, "cannot assign to expression")),
        }
    }

    /// A comprehension of `kind` ("list comprehension", ...): its first iterable in
    /// the enclosing scope, the rest (and `rest`, its element) in its own.
    fn comprehension(
        &mut self,
        kind: &'static str,
        gens: &[ast::Comprehension],
        rest: impl FnOnce(&mut Self) -> Result,
    ) -> Result {
        let saved = (self.comprehension, self.in_genexp);
        let r = (|| {
            for (i, g) in gens.iter().enumerate() {
                if g.is_async {
                    return Err(self.unsupported(g, "async comprehension"));
                }
                if i == 0 {
                    self.expr(&g.iter)?;
                    self.comprehension = Some(kind);
                    self.in_genexp |= kind == "generator expression";
                } else {
                    self.expr(&g.iter)?;
                }
                self.target(&g.target)?;
                self.exprs(&g.ifs)?;
            }
            rest(self)
        })();
        (self.comprehension, self.in_genexp) = saved;
        r
    }

    /// A subscript's key: an expression, or a slice `a:b:c` of expressions.
    fn subscript_key(&mut self, key: &Expr) -> Result {
        match key {
            Expr::Slice(sl) => [&sl.lower, &sl.upper, &sl.step]
                .into_iter()
                .flatten()
                .try_for_each(|p| self.expr(p)),
            k => self.expr(k),
        }
    }

    fn del_target(&mut self, t: &Expr) -> Result {
        match t {
            Expr::Name(_) => Ok(()),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.del_target(e))
            }
            Expr::Attribute(a) => self.expr(&a.value),
            _ => Err(self.syntax(t, "cannot delete expression")),
        }
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result {
        for el in elements {
            if let ast::InterpolatedStringElement::Interpolation(it) = el {
                self.expr(&it.expression)?;
                if let Some(spec) = &it.format_spec {
                    if pyaot_abi::builtin_symbol("format").is_none() {
                        return Err(self.unsupported(&**spec, "format spec in an f-string"));
                    }
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn operator(&self, at: &impl Ranged, op: ast::Operator) -> Result {
        if op == ast::Operator::MatMult {
            return Err(self.unsupported(at, "the @ operator"));
        }
        Ok(())
    }

    fn exprs(&mut self, es: &[Expr]) -> Result {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &Expr) -> Result {
        if self.expr_depth >= MAX_EXPR_DEPTH {
            return Err(Diagnostic::at(
                self.src,
                e.start().to_u32(),
                format!("expression nested more than {MAX_EXPR_DEPTH} levels deep"),
            ));
        }
        self.expr_depth += 1;
        let r = self.expr_inner(e);
        self.expr_depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result {
        match e {
            Expr::BoolOp(b) => self.exprs(&b.values),
            // It would bind a variable of the function around the generator.
            Expr::Named(_) if self.in_genexp => {
                Err(self.unsupported(e, "an assignment expression in a generator expression"))
            }
            Expr::Named(n) => self.expr(&n.value),
            Expr::BinOp(b) => {
                self.operator(e, b.op)?;
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameters(p)?;
                }
                self.scope(true, |this| this.expr(&l.body))
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(st) => self.exprs(&st.elts),
            Expr::ListComp(lc) => {
                self.comprehension("list comprehension", &lc.generators, |this| {
                    this.expr(&lc.elt)
                })
            }
            Expr::SetComp(sc) => self.comprehension("set comprehension", &sc.generators, |this| {
                this.expr(&sc.elt)
            }),
            Expr::DictComp(dc) => {
                self.comprehension("dict comprehension", &dc.generators, |this| {
                    match &dc.key {
                        Some(k) => this.expr(k)?,
                        None => return Err(this.unsupported(&*dc.value, "dict unpacking (**)")),
                    }
                    this.expr(&dc.value)
                })
            }
            Expr::Generator(g) => {
                self.comprehension("generator expression", &g.generators, |this| {
                    this.expr(&g.elt)
                })
            }
            Expr::Await(_) => Err(self.unsupported(e, "await expression")),
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                if let Some(kind) = self.comprehension {
                    return Err(self.syntax(e, &format!("'yield' inside {kind}")));
                }
                if !self.in_function {
                    return Err(self.syntax(e, "'yield' outside function"));
                }
                match e {
                    Expr::Yield(y) => y.value.as_deref().map_or(Ok(()), |v| self.expr(v)),
                    Expr::YieldFrom(y) => self.expr(&y.value),
                    _ => Ok(()),
                }
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                self.exprs(&c.comparators)
            }
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => {
                for part in f.value.as_slice() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
                Ok(())
            }
            Expr::TString(_) => Err(self.unsupported(e, "template string")),
            Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => Ok(()),
            Expr::BytesLiteral(_) => Ok(()),
            Expr::NumberLiteral(n) => match n.value {
                Number::Complex { .. } => Err(self.unsupported(e, "complex number")),
                _ => Ok(()),
            },
            Expr::EllipsisLiteral(_) => Ok(()),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_key(&s.slice)
            }
            Expr::Starred(_) => Err(self.unsupported(e, "starred expression")),
            Expr::Name(n) => self.name_load(n),
            Expr::List(l) => self.exprs(&l.elts),
            Expr::Tuple(t) => self.exprs(&t.elts),
            Expr::Slice(_) => Err(self.unsupported(e, "slicing")),
            Expr::IpyEscapeCommand(_) => Err(self.syntax(e, "invalid syntax")),
        }
    }

    /// A name read as a value: a builtin pyaot lacks would be a NameError CPython
    /// never raises, so it is refused here, as is `super` other than called.
    fn name_load(&self, n: &ast::ExprName) -> Result {
        let id = n.id.as_str();
        if self.bound.contains(id) {
            return Ok(());
        }
        if id == "super" {
            return Err(self.unsupported(n, "super as a value"));
        }
        if super::builtin_names::is_missing_builtin(id) {
            return Err(self.unsupported(n, &format!("the builtin '{id}'")));
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> Result {
        match &*c.func {
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Name(n)
                if matches!(n.id.as_str(), "eval" | "exec" | "compile" | "memoryview") =>
            {
                return Err(self.unsupported(&*c.func, &format!("{}()", n.id)));
            }
            // `super()`: the call is the supported form, not the name.
            Expr::Name(n) if n.id.as_str() == "super" => {}
            f => self.expr(f)?,
        }
        for a in c.arguments.args.iter() {
            match a {
                Expr::Starred(st) => self.expr(&st.value)?,
                _ => self.expr(a)?,
            }
        }
        let is_print = matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "print");
        for k in &c.arguments.keywords {
            match &k.arg {
                None if is_print => {
                    return Err(self.unsupported(k, "argument unpacking with ** in print()"))
                }
                Some(name) if is_print && !PRINT_KEYWORDS.contains(&name.as_str()) => {
                    return Err(self.unsupported(k, &format!("print() keyword argument '{name}'")))
                }
                _ => {}
            }
            self.expr(&k.value)?;
        }
        if is_print
            && c.arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
        {
            return Err(self.unsupported(c, "argument unpacking with * in print()"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str) -> std::result::Result<(), String> {
        crate::front::parse("__main__", SourceFile::new("t.py", src.to_string()))
            .map(|_| ())
            .map_err(|d| d.to_string())
    }

    #[test]
    fn accepts_the_first_slice() {
        check("def f(a, b):\n    return a + b\nx = [1, 2.5, 'a']\nfor i in range(3):\n    print(f(i, 1), sep='')\n")
            .unwrap();
    }

    #[test]
    fn rejects_unsupported_constructs_at_their_location() {
        let e = check("x = 1\nclass A(tuple):\n    pass\n").unwrap_err();
        assert!(
            e.starts_with(
                "t.py:2:9: error: subclassing the built-in type 'tuple' is not supported yet"
            ),
            "{e}"
        );
        let e = check("y = 1\nmatch y:\n    case 1j:\n        pass\n").unwrap_err();
        assert!(
            e.starts_with("t.py:3:10: error: complex number is not supported yet"),
            "{e}"
        );
        let e = check("print(*xs)\n").unwrap_err();
        assert!(
            e.contains("argument unpacking with * in print() is not supported yet"),
            "{e}"
        );
    }

    #[test]
    fn reports_compiler_syntax_errors() {
        assert!(check("return 1\n")
            .unwrap_err()
            .contains("'return' outside function"));
        assert!(check("break\n")
            .unwrap_err()
            .contains("'break' outside loop"));
        assert!(check("yield 1\n")
            .unwrap_err()
            .contains("'yield' outside function"));
        assert!(check("def f():\n    return [(yield) for x in y]\n")
            .unwrap_err()
            .contains("'yield' inside list comprehension"));
        assert!(check("def f():\n    return (x for x in y if (yield))\n")
            .unwrap_err()
            .contains("'yield' inside generator expression"));
        check("def f():\n    return [x for x in (yield)]\n").unwrap();
        assert!(check("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n")
            .unwrap_err()
            .contains("t.py:2:10: error: SyntaxError: name capture 'x' makes remaining patterns unreachable"));
    }
}
