//! `vars()` and `dir()` without arguments inside a function: CPython's `locals()`
//! of the frame, built at the call from the function's bound names (the compiler
//! knows them all). As in CPython (`PyFrame_FastToLocals`) each call refreshes one
//! dict per frame: bound names are set, unbound ones removed, other keys kept.

use super::*;
use ruff_python_ast::visitor::{walk_expr, Visitor};

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
        names.extend(others.clone().filter(|l| !sc.cells.contains(*l)).cloned());
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

/// Whether a method's body names `super` or `__class__` (nested functions
/// included), which gives its CPython frame the free variable `__class__`.
pub(super) fn names_class_cell(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl<'b> Visitor<'b> for Finder {
        fn visit_expr(&mut self, e: &'b Expr) {
            if let Expr::Name(n) = e {
                if matches!(n.id.as_str(), "super" | "__class__") {
                    self.0 = true;
                }
            }
            walk_expr(self, e);
        }
    }
    let mut f = Finder(false);
    for s in body {
        ruff_python_ast::visitor::walk_stmt(&mut f, s);
    }
    f.0
}
