//! Names in class bodies, as CPython runs them: a load looks in the class
//! namespace, then in the globals and builtins (LOAD_NAME), or in the enclosing
//! function for a name the class does not bind (LOAD_CLASSDEREF); `del` removes the
//! key and raises NameError when there is none (DELETE_NAME); names declared
//! `global` in the body skip the namespace.

use super::*;

/// Where a name used in the code being lowered lives, as far as a class body is
/// concerned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ClassPlace {
    /// Not in a class body's own scope (outside any, or inside a comprehension,
    /// whose scope does not see the class's): resolved as usual.
    Outside,
    /// Declared `global` in the body: the module's global.
    Global,
    /// Bound by the body: the namespace, then the globals and builtins.
    Local,
    /// Not bound by the body but possibly in its namespace (`__module__`, a key set
    /// through `vars()`): the namespace, then wherever it lives outside the class.
    Maybe,
}

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// Where `name` lives for the innermost class body being lowered.
    pub(super) fn class_place(&self, name: &str) -> ClassPlace {
        let Some(c) = self.classes.last() else {
            return ClassPlace::Outside;
        };
        if !self.comprehension_vars.is_empty() {
            return ClassPlace::Outside;
        }
        if c.globals.iter().any(|n| n == name) {
            ClassPlace::Global
        } else if c.assigned.iter().any(|n| n == name) {
            ClassPlace::Local
        } else if c.open || matches!(name, "__module__" | "__qualname__" | "__doc__") {
            // The keys the class statement itself puts there (`__annotations__` is
            // assigned by the annotations, which the body's bindings list).
            ClassPlace::Maybe
        } else {
            ClassPlace::Outside
        }
    }

    /// A class body's read of `name` (for expression `at`, at position `line`), or
    /// None when the name is resolved as outside a class.
    pub(super) fn class_load(&mut self, name: &str, at: &Expr, line: u32) -> Result<Option<Var>> {
        let fallback = match self.class_place(name) {
            ClassPlace::Outside => return Ok(None),
            ClassPlace::Global => {
                let r = self.m.scope.resolve_module_level(name);
                return self.load_located(name, at, line, Loc::Module(r)).map(Some);
            }
            ClassPlace::Local => Loc::Module(self.m.scope.resolve_module_level(name)),
            ClassPlace::Maybe => self.locate(name),
        };
        let ns = self.classes.last().map(|c| c.ns).unwrap_or(Var(0));
        let key = self.m.intern(name);
        let key = self.konst(Const::Str(key));
        let found = self.call_rt(RtFn::ClassNsLookup, vec![ns, key], line);
        let unbound = self.konst(Const::Data(pyaot_abi::sym::UNBOUND));
        let missing = self.fresh(Ty::Raw);
        self.emit(Inst::Is {
            dst: missing,
            a: found,
            b: unbound,
        });
        let dst = self.fresh(Ty::Obj);
        let (outside, join) = (self.new_block(), self.new_block());
        let here = self.new_block();
        self.terminate(Term::Branch {
            cond: missing,
            then: outside,
            else_: here,
        });
        self.switch_to(here);
        self.emit(Inst::Copy { dst, src: found });
        self.terminate(Term::Jump(join));
        self.switch_to(outside);
        let v = self.load_located(name, at, line, fallback)?;
        self.emit(Inst::Copy { dst, src: v });
        self.terminate(Term::Jump(join));
        self.switch_to(join);
        Ok(Some(dst))
    }

    /// `del name` in a class body: the key leaves the namespace (NameError when it
    /// is not there, whatever the globals hold). False when `name` is not the
    /// class's to delete.
    pub(super) fn class_delete(&mut self, name: &str, at: &Expr) -> bool {
        if !matches!(
            self.class_place(name),
            ClassPlace::Local | ClassPlace::Maybe
        ) {
            return false;
        }
        let ns = self.classes.last().map(|c| c.ns).unwrap_or(Var(0));
        let line = self.pos(at);
        let key = self.m.intern(name);
        let key = self.konst(Const::Str(key));
        self.call_rt(RtFn::ClassNsDelete, vec![ns, key], line);
        true
    }

    /// The namespace a class body stores `name` in, or None when the store goes to
    /// a variable or a global.
    pub(super) fn class_store_ns(&self, name: &str) -> Option<Var> {
        match self.class_place(name) {
            ClassPlace::Local | ClassPlace::Maybe => self.classes.last().map(|c| c.ns),
            ClassPlace::Global | ClassPlace::Outside => None,
        }
    }
}

/// Whether a class body (outside nested functions and classes) calls `vars`: its
/// namespace may then get any key.
pub(super) fn class_body_is_open(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Name(n) if n.id.as_str() == "vars" => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}
