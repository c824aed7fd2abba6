//! Lowering `try`/`except`/`finally`, `raise` and `with`: landing pads, and `finally`
//! bodies copied onto every way out of a `try`, as CPython does.

use super::*;

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// Lowers copies of the finally clauses `self.finally[first..]`, innermost first,
    /// each with the handlers, loops and finally clauses outside its own `try`
    /// (without the generator drops of `for` loops when `continuing`).
    pub(super) fn run_finally_clauses(&mut self, first: usize, continuing: bool) -> Result<()> {
        let mut i = self.finally.len();
        while i > first {
            i -= 1;
            let ctx = &self.finally[i];
            if continuing && matches!(ctx.body, FinallyBody::DropGenerator(..)) {
                continue;
            }
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
                FinallyBody::DropGenerator(it, line) => {
                    self.call_rt(RtFn::GenDrop, vec![*it], *line);
                    Ok(())
                }
                FinallyBody::LeaveHandler => {
                    self.call_rt(RtFn::ExcLeave, vec![], 0);
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
    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry) -> Result<()> {
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
        self.handle_exception(e, self.line(t));
        self.exc_level += 1;
        let r = self.stmts(&t.finalbody);
        self.exc_level -= 1;
        r?;
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    pub(super) fn fetch_exception(&mut self, line: u32) -> Var {
        self.call_rt(RtFn::ExcFetch, vec![], line)
    }

    /// Tells the runtime a handler at the current level starts handling `e` (the
    /// `__context__` of what is raised meanwhile).
    fn handle_exception(&mut self, e: Var, line: u32) {
        let level = self.konst(Const::Int(self.exc_level as i64));
        self.call_rt(RtFn::ExcHandle, vec![e, level], line);
    }

    /// `try` / `except` / `else` (no finally).
    pub(super) fn try_except(&mut self, t: &ast::StmtTry) -> Result<()> {
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
            self.handle_exception(e, line);
            // break/continue/return out of the clause end its handling too.
            self.finally.push(FinallyCtx {
                body: FinallyBody::LeaveHandler,
                handlers: self.handlers.len(),
                loops: self.loops.len(),
                handled: self.handled.len(),
            });
            self.handled.push(e);
            self.exc_level += 1;
            let r = self.stmts(&h.body);
            self.exc_level -= 1;
            self.handled.pop();
            self.finally.pop();
            r?;
            self.call_rt(RtFn::ExcLeave, vec![], 0);
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

    pub(super) fn raise_stmt(&mut self, r: &ast::StmtRaise) -> Result<()> {
        let line = self.pos(r);
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

    /// `with a as x, b as y: body` is nested single-item `with`s.
    pub(super) fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> Result<()> {
        if item == w.items.len() {
            return self.stmts(&w.body);
        }
        let it = &w.items[item];
        let line = self.line(&it.context_expr);
        let mgr = self.expr(&it.context_expr)?;
        let enter = self.call_rt(RtFn::WithEnter, vec![mgr], line);
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
        self.handle_exception(e, line);
        self.exc_level += 1;
        let ty = self.call_array("pyaot_builtin_type", vec![], vec![e], 1, vec![], line);
        let none = self.konst(Const::None);
        let swallow = self.method_call(mgr, "__exit__", vec![ty, e, none], line);
        let t = self.truth(swallow, line);
        self.exc_level -= 1;
        let (swallowed, reraise) = (self.new_block(), self.new_block());
        self.terminate(Term::Branch {
            cond: t,
            then: swallowed,
            else_: reraise,
        });
        self.switch_to(swallowed);
        self.call_rt(RtFn::ExcLeave, vec![], 0);
        self.terminate(Term::Jump(after));
        self.switch_to(reraise);
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    pub(super) fn with_exit_none(&mut self, mgr: Var, line: u32) {
        let none = self.konst(Const::None);
        self.method_call(mgr, "__exit__", vec![none, none, none], line);
    }
}
