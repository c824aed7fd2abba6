//! Lowering statements: assignments, `del`, `if`, loops (the counting loop of
//! `for ... in range(...)` included).

use super::*;

impl<'m, 'a> FnLowerer<'m, 'a> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> Result<()> {
        let line = self.line(s);
        self.emit(Inst::Loc { line });
        match s {
            Stmt::FunctionDef(f) => {
                // `@export`/`@extern` are applied by the compiler, not at run time.
                let decorators = match self.m.interop.function_at(f.start().to_u32()) {
                    Some(_) => Vec::new(),
                    None => self.decorators(&f.decorator_list)?,
                };
                let obj = self.make_function(FuncNode::Def(f))?;
                let obj = self.apply_decorators(decorators, obj);
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
                    self.run_finally_clauses(0, false)?;
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
                self.stmt_cond(self.pos(a), &a.test, ok, fail)?;
                self.switch_to(fail);
                let msg = match &a.msg {
                    Some(m) => self.expr(m)?,
                    None => self.konst(Const::Zero),
                };
                let dst = self.fresh(Ty::Obj);
                // CPython locates the failure at the test.
                let line = self.pos_expr(&a.test);
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
            Stmt::Import(i) => self.import_stmt(i, self.line(s)),
            Stmt::ImportFrom(i) => self.import_from_stmt(i, self.line(s)),
            Stmt::Assign(a) => self.assign(&a.targets, &a.value),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.assign(std::slice::from_ref(&*a.target), v)?;
                }
                self.annotate(a)
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::Expr(e) => self.expr(&e.value).map(|_| ()),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Match(m) => self.match_stmt(m),
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
                self.run_finally_clauses(first, matches!(s, Stmt::Continue(_)))?;
                self.terminate(Term::Jump(t));
                Ok(())
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            _ => Err(self.internal(s, "statement outside the checked subset")),
        }
    }

    pub(super) fn delete(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => {
                if self.class_delete(n.id.as_str(), target) {
                    return Ok(());
                }
                // Reading it first raises NameError/UnboundLocalError as `del` does.
                self.load_name(n.id.as_str(), target)?;
                self.unbind_name(n.id.as_str());
                Ok(())
            }
            Expr::Subscript(s) => {
                if self.mem_bits(&s.value).is_some() {
                    return Err(self.mem_delete(target));
                }
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.fresh(Ty::Obj);
                let line = self.pos_expr(target);
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
                let line = self.pos_expr(target);
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

    pub(super) fn assign(&mut self, targets: &[Expr], value: &Expr) -> Result<()> {
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

    pub(super) fn assign_to(&mut self, target: &Expr, v: Var) -> Result<()> {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str(), v);
                Ok(())
            }
            Expr::Subscript(s) => {
                if let Some(bits) = self.mem_bits(&s.value) {
                    let line = self.pos_expr(target);
                    return self.mem_store(bits, &s.slice, v, line);
                }
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.fresh(Ty::Obj);
                let line = self.pos_expr(target);
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
                let line = self.pos_expr(target);
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
                let line = self.pos_expr(target);
                let star = elts
                    .iter()
                    .position(|e| matches!(e, Expr::Starred(_)))
                    .map(|k| k as u32);
                self.emit(Inst::Unpack {
                    dsts: dsts.clone(),
                    src: v,
                    star,
                    line,
                });
                for (e, d) in elts.iter().zip(dsts) {
                    let e = match e {
                        Expr::Starred(st) => &*st.value,
                        other => other,
                    };
                    self.assign_to(e, d)?;
                }
                Ok(())
            }
            _ => Err(self.internal(target, "assignment target outside the checked subset")),
        }
    }

    /// `cur op= value`, the value evaluated after the target was read (as CPython
    /// does): the in-place result, for the caller to store back.
    pub(super) fn inplace_op(
        &mut self,
        cur: Var,
        op: crate::ir::BinOp,
        value: &Expr,
        line: u32,
    ) -> Result<Var> {
        let rhs = self.expr(value)?;
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::BinOp {
            dst,
            op,
            a: cur,
            b: rhs,
            inplace: true,
            line,
        });
        Ok(dst)
    }

    pub(super) fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> Result<()> {
        let op = binop(a.op);
        // The operation is located at the whole statement, reading and writing the
        // target at the target.
        let line = self.pos(a);
        let at = self.pos_expr(&a.target);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str(), &a.target)?;
                let dst = self.inplace_op(cur, op, &a.value, line)?;
                self.store_name(n.id.as_str(), dst);
            }
            Expr::Subscript(s) => {
                if let Some(bits) = self.mem_bits(&s.value) {
                    return self.mem_aug_assign(bits, &s.slice, op, &a.value, line);
                }
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                self.read_modify_write(
                    obj,
                    key,
                    (RtFn::GetItem, RtFn::SetItem),
                    op,
                    &a.value,
                    (at, line),
                )?;
            }
            Expr::Attribute(attr) => {
                let obj = self.expr(&attr.value)?;
                let name = self.m.intern(attr.attr.as_str());
                let name = self.konst(Const::Str(name));
                self.read_modify_write(
                    obj,
                    name,
                    (RtFn::GetAttr, RtFn::SetAttr),
                    op,
                    &a.value,
                    (at, line),
                )?;
            }
            other => return Err(self.internal(other, "augmented assignment target")),
        }
        Ok(())
    }

    /// `obj[key] op= value` or `obj.name op= value`: the container and key are
    /// evaluated once, then read, combined and written back. `at` locates the read
    /// and the write, `line` the operation.
    pub(super) fn read_modify_write(
        &mut self,
        obj: Var,
        key: Var,
        (get, set): (RtFn, RtFn),
        op: RtFn,
        value: &Expr,
        (at, line): (u32, u32),
    ) -> Result<()> {
        let cur = self.call_rt(get, vec![obj, key], at);
        let dst = self.inplace_op(cur, op, value, line)?;
        self.call_rt(set, vec![obj, key, dst], at);
        Ok(())
    }

    pub(super) fn if_stmt(&mut self, i: &ast::StmtIf) -> Result<()> {
        let exit = self.new_block();
        let mut clauses: Vec<(Option<&Expr>, &[Stmt])> = vec![(Some(&*i.test), &i.body[..])];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body[..]));
        }
        // Each clause's tests are located at it, to the end of the statement (an
        // `elif` is an `if` statement nested in the `else` of the one before).
        let mut starts = vec![i.start()];
        starts.extend(i.elif_else_clauses.iter().map(|c| c.start()));
        for ((test, body), start) in clauses.into_iter().zip(starts) {
            match test {
                Some(t) => {
                    let then = self.new_block();
                    let next = self.new_block();
                    let at = self.pos_range(start.to_u32(), i.end().to_u32());
                    self.stmt_cond(at, t, then, next)?;
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

    pub(super) fn while_stmt(&mut self, w: &ast::StmtWhile) -> Result<()> {
        let head = self.new_block();
        let body = self.new_block();
        let orelse = self.new_block();
        let exit = self.new_block();
        self.jump_and_switch(head);
        self.stmt_cond(self.pos(w), &w.test, body, orelse)?;
        self.switch_to(body);
        self.loop_rest(&w.body, &w.orelse, head, orelse, exit, None)
    }

    /// The rest of a loop whose body block is current: the body (with `break` to
    /// `exit`, `continue` and the body's end to `cont`), then in `orelse` the else
    /// clause, reached when the loop ends without `break`; continues at `exit`.
    /// `drop`: a generator nothing else refers to, closed when the body leaves the
    /// loop by `break` or `return`.
    pub(super) fn loop_rest(
        &mut self,
        body: &[Stmt],
        else_body: &[Stmt],
        cont: BlockId,
        orelse: BlockId,
        exit: BlockId,
        drop: Option<(Var, u32)>,
    ) -> Result<()> {
        self.loops.push(LoopTargets { brk: exit, cont });
        // Leaving by break or return drops the generator (a copy of the drop on each
        // way out, like a finally clause); so does an exception (a landing pad that
        // drops it and raises again).
        let pad = drop.map(|(it, line)| {
            self.finally.push(FinallyCtx {
                body: FinallyBody::DropGenerator(it, line),
                handlers: self.handlers.len(),
                loops: self.loops.len(),
                handled: self.handled.len(),
            });
            let pad = self.new_block();
            self.handlers.push(pad);
            let inside = self.new_block();
            self.jump_and_switch(inside);
            pad
        });
        let r = self.stmts(body);
        if let (Some(pad), Some((it, line))) = (pad, drop) {
            self.handlers.pop();
            self.finally.pop();
            self.terminate(Term::Jump(cont));
            self.switch_to(pad);
            let e = self.fetch_exception(line);
            self.call_rt(RtFn::GenDrop, vec![it], line);
            self.terminate(Term::Reraise(e));
        }
        r?;
        self.loops.pop();
        self.terminate(Term::Jump(cont));
        self.switch_to(orelse);
        self.stmts(else_body)?;
        self.jump_and_switch(exit);
        Ok(())
    }

    pub(super) fn for_stmt(&mut self, f: &ast::StmtFor) -> Result<()> {
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
        let drop = self.is_fresh_generator(&f.iter).then_some((it, line));
        self.loop_rest(&f.body, &f.orelse, head, orelse, exit, drop)
    }

    /// Whether `e` makes a generator nothing else can refer to: a generator
    /// expression, or a call of a module-level generator function (undecorated, its
    /// name bound by that def alone). A `for` loop over it closes it when left early,
    /// as CPython's refcounting does; a generator also stored elsewhere must not be
    /// closed.
    pub(super) fn is_fresh_generator(&mut self, e: &Expr) -> bool {
        if matches!(e, Expr::Generator(_)) {
            return true;
        }
        let Expr::Call(c) = e else { return false };
        let Expr::Name(n) = &*c.func else {
            return false;
        };
        let name = n.id.as_str();
        matches!(self.resolve(name), NameRef::Global(_))
            && self.m.scope.is_single_def(name)
            && self.m.generator_defs.contains(name)
    }

    /// For `for x in range(a[, b[, STEP]])` with the builtin range and a constant,
    /// non-zero step: the argument expressions and the step.
    pub(super) fn range_loop_args<'e>(&mut self, iter: &'e Expr) -> Option<(&'e [Expr], i64)> {
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

    pub(super) fn for_range(&mut self, f: &ast::StmtFor, args: &[Expr], step: i64) -> Result<()> {
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
        // A big-int bound cannot be counted in a word: then the loop iterates the
        // range object instead, through the same body.
        let big_iter = self.call_rt(RtFn::RangeLoopIter, vec![start, stop, step_var], line);
        let none = self.konst(Const::None);
        let counting = self.fresh(Ty::Raw);
        self.emit(Inst::CompareWords {
            dst: counting,
            op: CmpOp::Eq,
            a: big_iter,
            b: none,
        });
        let head = self.new_block();
        let iter_head = self.new_block();
        let body = self.new_block();
        let count_body = self.new_block();
        let latch = self.new_block();
        let step_block = self.new_block();
        let orelse = self.new_block();
        let exit = self.new_block();
        self.terminate(Term::Branch {
            cond: counting,
            then: head,
            else_: iter_head,
        });
        self.switch_to(head);
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
            then: count_body,
            else_: orelse,
        });
        let item = self.fresh(Ty::Obj);
        self.switch_to(count_body);
        self.emit(Inst::Copy {
            dst: item,
            src: cur,
        });
        self.jump_and_switch(body);
        self.switch_to(iter_head);
        self.terminate(Term::IterNext {
            dst: item,
            iter: big_iter,
            body,
            done: orelse,
            line,
        });
        self.switch_to(body);
        self.assign_to(&f.target, item)?;
        // The latch steps the counter (or goes back to the iterator); `continue`
        // and the body's end go there.
        let body_end = self.cur;
        self.switch_to(latch);
        self.terminate(Term::Branch {
            cond: counting,
            then: step_block,
            else_: iter_head,
        });
        self.switch_to(step_block);
        self.terminate(Term::RangeStep {
            cur,
            step: step_var,
            next: head,
            overflow: orelse,
        });
        self.switch_to(body_end);
        self.loop_rest(&f.body, &f.orelse, latch, orelse, exit, None)
    }

    // ---- conditions ----
}
