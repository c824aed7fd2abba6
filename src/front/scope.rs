//! Scope analysis: which names are a function's locals, which are module globals, and
//! which refer to builtins, following CPython's rules (a name bound anywhere in a
//! function body is local to it unless declared `global`).

use ruff_python_ast::visitor::{walk_expr, walk_pattern, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

/// What a name refers to at one place in the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRef {
    /// A local variable of the current function: index into its locals.
    Local(u32),
    /// A module global: index of its slot.
    Global(u32),
    /// A builtin (not shadowed by any module global).
    Builtin,
}

/// The module's globals: one slot each, in order of first binding.
#[derive(Default)]
pub struct ModuleScope {
    /// Slot names.
    pub globals: Vec<String>,
    index: HashMap<String, u32>,
    /// How many module-level `def`s bind each name (a name bound by exactly one def and
    /// nothing else can be called directly; see `ir::lower`).
    def_count: HashMap<String, u32>,
    /// Names bound by anything other than a module-level def.
    other_bindings: HashSet<String>,
}

impl ModuleScope {
    /// Collects the globals bound by a module body and by `global` declarations;
    /// `stars` has the names each `from m import *` binds, by statement offset.
    pub fn analyze(body: &[Stmt], stars: &HashMap<u32, Vec<String>>) -> ModuleScope {
        let mut s = ModuleScope::default();
        let mut bound = Vec::new();
        let mut v = Bindings {
            out: &mut bound,
            defs: true,
            stars: Some(stars),
        };
        for st in body {
            v.visit_stmt(st);
        }
        for name in bound {
            s.slot(&name);
            s.other_bindings.insert(name);
        }
        for f in module_defs(body) {
            {
                *s.def_count.entry(f.name.to_string()).or_default() += 1;
                s.slot(f.name.as_str());
                let mut declared = HashSet::new();
                collect_global_decls(&f.body, &mut declared);
                let mut inner = Vec::new();
                collect_bindings(&f.body, &mut inner, false);
                for n in inner.into_iter().filter(|n| declared.contains(n)) {
                    s.slot(&n);
                    s.other_bindings.insert(n);
                }
                for n in declared {
                    s.slot(&n);
                }
            }
        }
        s
    }

    /// The slot of a global, allocated on first use (a name that is never bound still
    /// gets a slot: reading it raises NameError at run time, as in CPython).
    pub fn slot(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.globals.len() as u32;
        self.globals.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    /// Whether the module binds `name` anywhere.
    pub fn is_bound(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    /// Whether `name` is bound only by a single module-level `def`, so a call through
    /// it can go straight to that function (behind a guard that the global still holds
    /// it, which keeps the call right even if the binding changes at run time).
    pub fn is_single_def(&self, name: &str) -> bool {
        self.def_count.get(name) == Some(&1) && !self.other_bindings.contains(name)
    }

    /// Resolves a name used at module level.
    pub fn resolve_module_level(&mut self, name: &str) -> NameRef {
        if !self.is_bound(name) && super::builtin_names::is_pyaot_builtin(name) {
            return NameRef::Builtin;
        }
        NameRef::Global(self.slot(name))
    }
}

/// The `def`s of a module body, also those inside its if/for/while/try blocks (not
/// those inside functions), in source order.
pub fn module_defs(body: &[Stmt]) -> Vec<&ast::StmtFunctionDef> {
    struct Defs<'a>(Vec<&'a ast::StmtFunctionDef>);
    impl<'a> Visitor<'a> for Defs<'a> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(f) => self.0.push(f),
                Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut v = Defs(Vec::new());
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}

/// Calls `f` on every statement of a module's top level, also those nested in its
/// if/for/while/try/with blocks (not in functions or classes).
pub fn each_module_level_stmt(body: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    struct Top<'f>(&'f mut dyn FnMut(&Stmt));
    impl<'a> Visitor<'a> for Top<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            (self.0)(s);
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut v = Top(f);
    for s in body {
        v.visit_stmt(s);
    }
}

/// Names declared `global` anywhere in a function body (not in nested functions).
pub(crate) fn collect_global_decls(body: &[Stmt], out: &mut HashSet<String>) {
    struct Globals<'o>(&'o mut HashSet<String>);
    impl<'a> Visitor<'a> for Globals<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Global(g) => self.0.extend(g.names.iter().map(|n| n.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut v = Globals(out);
    for s in body {
        v.visit_stmt(s);
    }
}

/// Names bound in a body — by assignments, loops, `with ... as`, `except ... as`, `del`, the walrus
/// operator — not descending into function definitions (`defs` says whether a `def`
/// itself counts as a binding; ModuleScope counts defs separately).
pub(crate) fn collect_bindings(body: &[Stmt], out: &mut Vec<String>, defs: bool) {
    let mut v = Bindings {
        out,
        defs,
        stars: None,
    };
    for s in body {
        v.visit_stmt(s);
    }
}

struct Bindings<'o> {
    out: &'o mut Vec<String>,
    defs: bool,
    /// The names of `from m import *` statements (module level only).
    stars: Option<&'o HashMap<u32, Vec<String>>>,
}

impl Bindings<'_> {
    fn add(&mut self, n: &str) {
        if !self.out.iter().any(|o| o == n) {
            self.out.push(n.to_string());
        }
    }

    fn targets(&mut self, t: &Expr) {
        let mut names = Vec::new();
        target_names(t, &mut |n| names.push(n.to_string()));
        for n in names {
            self.add(&n);
        }
    }
}

impl<'a> Visitor<'a> for Bindings<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            // A nested def binds its name in this scope; its body is another scope.
            Stmt::FunctionDef(f) => {
                if !self.defs {
                    self.add(f.name.as_str());
                }
                return;
            }
            Stmt::ClassDef(c) => {
                self.add(c.name.as_str());
                return;
            }
            Stmt::Assign(a) => a.targets.iter().for_each(|t| self.targets(t)),
            Stmt::AugAssign(a) => self.targets(&a.target),
            Stmt::AnnAssign(a) => self.targets(&a.target),
            Stmt::For(f) => self.targets(&f.target),
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.targets(t)),
            Stmt::With(w) => w
                .items
                .iter()
                .filter_map(|item| item.optional_vars.as_deref())
                .for_each(|t| self.targets(t)),
            Stmt::Import(i) => {
                for a in &i.names {
                    self.add(import_binding(a));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        let names = self.stars.and_then(|s| s.get(&i.start().to_u32()));
                        for n in names.into_iter().flatten() {
                            self.add(n);
                        }
                        continue;
                    }
                    self.add(a.asname.as_ref().unwrap_or(&a.name).as_str());
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.add(n.as_str());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        // `case x`, `... as x`, `*x` and `**x` bind x (front/pattern.rs).
        if let Some(n) = super::pattern::own_binding(p) {
            self.add(n.id.as_str());
        }
        walk_pattern(self, p);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Named(n) => self.targets(&n.target),
            // Their own scopes.
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_) => return,
            _ => {}
        }
        walk_expr(self, e);
    }
}

/// The name an `import` alias binds: `import a.b` binds `a`, `import a as x` binds
/// `x`.
pub(crate) fn import_binding(a: &ast::Alias) -> &str {
    match &a.asname {
        Some(n) => n.as_str(),
        None => a.name.as_str().split('.').next().unwrap_or(""),
    }
}

/// Calls `f` for each name an assignment target binds.
pub(crate) fn target_names(t: &Expr, f: &mut dyn FnMut(&str)) {
    match t {
        Expr::Name(n) => f(n.id.as_str()),
        Expr::Starred(s) => target_names(&s.value, f),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            for e in elts {
                target_names(e, f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(src: &str) -> ast::ModModule {
        ruff_python_parser::parse_module(src).unwrap().into_syntax()
    }

    #[test]
    fn a_global_shadows_a_builtin_and_rebinding_defeats_direct_calls() {
        let m = module("def len(x):\n    return 0\ndef f():\n    return 1\nf = 3\n");
        let mut ms = ModuleScope::analyze(&m.body, &HashMap::new());
        assert!(matches!(ms.resolve_module_level("len"), NameRef::Global(_)));
        assert!(ms.is_single_def("len"));
        assert!(!ms.is_single_def("f"));
    }
}
