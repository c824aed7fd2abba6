//! `vars()` and `dir()` without arguments inside a function: CPython's `locals()`
//! of the frame, built at the call from the function's bound names (the compiler
//! knows them all). As in CPython (`PyFrame_FastToLocals`) each call refreshes one
//! dict per frame: bound names are set, unbound ones removed, other keys kept.

use super::*;
use ruff_python_ast::visitor::{walk_expr, walk_pattern, walk_stmt, Visitor};

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// The frame's locals dict, refreshed (`vars()`), or the sorted list of its
    /// keys (`dir()`).
    pub(super) fn function_namespace(&mut self, dir: bool, line: u32) -> Var {
        // A var of the frame, which (as every word of a frame) starts 0: the dict
        // is made by the first call that runs.
        let d = match self.locals_dict {
            Some(d) => d,
            None => {
                let d = self.fresh(Ty::Obj);
                self.locals_dict = Some(d);
                d
            }
        };
        let zero = self.konst(Const::Zero);
        let missing = self.fresh(Ty::Raw);
        self.emit(Inst::Is {
            dst: missing,
            a: d,
            b: zero,
        });
        let (make, have) = (self.new_block(), self.new_block());
        self.terminate(Term::Branch {
            cond: missing,
            then: make,
            else_: have,
        });
        self.switch_to(make);
        let new = self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
        self.emit(Inst::Copy { dst: d, src: new });
        self.jump_and_switch(have);
        for (name, loc) in self.locals_in_order() {
            let value = match loc {
                Some(Loc::Var(v)) => v,
                Some(Loc::Cell(cell, _)) => {
                    // A cell is [type][value], the value 0 while unbound.
                    let dst = self.fresh(Ty::Obj);
                    self.emit(Inst::LoadField {
                        dst,
                        obj: cell,
                        field: 1,
                    });
                    dst
                }
                // A name declared global: not a local.
                Some(Loc::Module(_)) => continue,
                // `__class__` of a method that names `super` or `__class__`.
                None => {
                    let Some(slot) = self.super_slot else {
                        continue;
                    };
                    let dst = self.fresh(Ty::Obj);
                    let n = self.m.intern("__class__");
                    self.emit(Inst::LoadGlobal {
                        dst,
                        slot,
                        name: n,
                        line,
                    });
                    dst
                }
            };
            let unbound = self.fresh(Ty::Raw);
            self.emit(Inst::Is {
                dst: unbound,
                a: value,
                b: zero,
            });
            let (bind, unbind, next) = (self.new_block(), self.new_block(), self.new_block());
            self.terminate(Term::Branch {
                cond: unbound,
                then: unbind,
                else_: bind,
            });
            let key = self.m.intern(&name);
            self.switch_to(bind);
            let k = self.konst(Const::Str(key));
            self.call_rt(RtFn::SetItem, vec![d, k, value], line);
            self.terminate(Term::Jump(next));
            self.switch_to(unbind);
            let k = self.konst(Const::Str(key));
            let none = self.konst(Const::None);
            self.method_call(d, "pop", vec![k, none], line);
            self.jump_and_switch(next);
        }
        if !dir {
            return d;
        }
        let sorted = pyaot_abi::builtin_symbol("sorted").expect("sorted is a builtin");
        self.call_array(sorted, vec![], vec![d], 1, vec![], line)
    }

    /// The function's names in the order of CPython's `co_localsplusnames`: the
    /// parameters (positional, keyword-only, `*args`, `**kwargs`), the other plain
    /// locals, then the captured ones that are not parameters and the free
    /// variables, each of these two groups sorted (CPython's symbol tables give them
    /// that order). None as the place stands for `__class__`.
    fn locals_in_order(&mut self) -> Vec<(String, Option<Loc>)> {
        let sc = self.scope.clone().expect("a function scope");
        let n = sc.nargs;
        let star = usize::from(sc.vararg);
        let mut params: Vec<&String> = sc.params[..n].iter().collect();
        params.extend(&sc.params[n + star..n + star + sc.nkwonly]);
        params.extend(&sc.params[n..n + star]);
        params.extend(&sc.params[n + star + sc.nkwonly..]);
        let others = sc.locals[sc.params.len()..].iter();
        let mut names: Vec<String> = params.into_iter().cloned().collect();
        let mut plain: Vec<&String> = others.clone().filter(|l| !sc.cells.contains(*l)).collect();
        // By first mention in CPython's code generation (names it never mentions,
        // which cannot be bound, last).
        let order = &self.local_order;
        plain.sort_by_key(|l| order.iter().position(|n| n == *l).unwrap_or(usize::MAX));
        names.extend(plain.into_iter().cloned());
        let mut cells: Vec<String> = others.filter(|l| sc.cells.contains(*l)).cloned().collect();
        cells.sort();
        names.extend(cells);
        let mut frees = sc.frees.clone();
        if self.class_cell {
            frees.push("__class__".to_string());
        }
        frees.sort();
        names.extend(frees);
        names
            .into_iter()
            .map(|name| {
                let loc = if self.class_cell && name == "__class__" {
                    None
                } else {
                    Some(self.locate(&name))
                };
                (name, loc)
            })
            .collect()
    }
}

/// Whether a body names one of `names` (nested functions included): `super` or
/// `__class__` give a method's CPython frame the free variable `__class__`.
pub(super) fn mentions(body: &[Stmt], names: &[&str]) -> bool {
    struct Finder<'n>(&'n [&'n str], bool);
    impl<'b> Visitor<'b> for Finder<'_> {
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Name(n) = e {
                if self.0.contains(&n.id.as_str()) {
                    self.1 = true;
                }
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder(names, false);
    for s in body {
        walk_stmt(&mut f, s);
    }
    f.1
}

/// The names a function body mentions, in the order CPython 3.11's compiler first
/// emits them, which is the order of its `co_varnames` (and so of `locals()`) for
/// the plain locals: a value before the targets it is assigned to, a `try`'s
/// `else` before its handlers, a `def`'s or `class`'s name after its decorators,
/// defaults and bases, and of a comprehension only its first iterable.
pub(super) fn codegen_order(body: &[Stmt]) -> Vec<String> {
    struct Order(Vec<String>);
    impl Order {
        fn add(&mut self, name: &str) {
            if !self.0.iter().any(|n| n == name) {
                self.0.push(name.to_string());
            }
        }
        fn defaults(&mut self, p: &ast::Parameters) {
            let all = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
            for d in all.filter_map(|a| a.default.as_deref()) {
                self.visit_expr(d);
            }
        }
    }
    impl<'b> Visitor<'b> for Order {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::FunctionDef(f) => {
                    for d in &f.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                    self.defaults(&f.parameters);
                    self.add(f.name.as_str());
                }
                Stmt::ClassDef(c) => {
                    for d in &c.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                    if let Some(a) = &c.arguments {
                        self.visit_arguments(a);
                    }
                    self.add(c.name.as_str());
                }
                Stmt::Try(t) => {
                    self.visit_body(&t.body);
                    self.visit_body(&t.orelse);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        if let Some(ty) = &h.type_ {
                            self.visit_expr(ty);
                        }
                        if let Some(n) = &h.name {
                            self.add(n.as_str());
                        }
                        self.visit_body(&h.body);
                    }
                    self.visit_body(&t.finalbody);
                }
                Stmt::Import(i) => {
                    for a in &i.names {
                        self.add(crate::front::scope::import_binding(a));
                    }
                }
                Stmt::ImportFrom(i) => {
                    for a in &i.names {
                        self.add(a.asname.as_ref().unwrap_or(&a.name).as_str());
                    }
                }
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'b Expr) {
            match e {
                Expr::Name(n) => self.add(n.id.as_str()),
                Expr::Lambda(l) => {
                    if let Some(p) = &l.parameters {
                        self.defaults(p);
                    }
                }
                Expr::ListComp(ast::ExprListComp { generators, .. })
                | Expr::SetComp(ast::ExprSetComp { generators, .. })
                | Expr::Generator(ast::ExprGenerator { generators, .. })
                | Expr::DictComp(ast::ExprDictComp { generators, .. }) => {
                    if let Some(g) = generators.first() {
                        self.visit_expr(&g.iter);
                    }
                }
                _ => walk_expr(self, e),
            }
        }
        fn visit_pattern(&mut self, p: &'b ast::Pattern) {
            walk_pattern(self, p);
            if let Some(n) = crate::front::pattern::own_binding(p) {
                self.add(n.as_str());
            }
        }
    }
    let mut o = Order(Vec::new());
    o.visit_body(body);
    o.0
}
