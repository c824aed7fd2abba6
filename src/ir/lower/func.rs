//! Lowering `def`, `lambda`, decorators and `class`: function objects with their
//! defaults and closures, class namespaces and qualified names.

use super::*;

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// Each decorator's value, with the position CPython locates its call at (the
    /// decorator expression).
    pub(super) fn decorators(&mut self, list: &[ast::Decorator]) -> Result<Vec<(Var, u32)>> {
        list.iter()
            .map(|d| Ok((self.expr(&d.expression)?, self.pos_expr(&d.expression))))
            .collect()
    }

    /// `@a @b def f` is `f = a(b(f))`: the innermost decorator applies first.
    pub(super) fn apply_decorators(&mut self, decorators: Vec<(Var, u32)>, mut obj: Var) -> Var {
        for (d, at) in decorators.into_iter().rev() {
            obj = self.call_generic(d, vec![obj], at);
        }
        obj
    }

    /// What a function or class defined here gets before its name in its qualified
    /// name: `Cls.`, `outer.<locals>.`, or nothing at module level.
    pub(super) fn qualname_prefix(&self) -> String {
        match self.classes.last() {
            Some(c) => format!("{}.", c.qualname),
            None if self.scope.is_some() => format!("{}.<locals>.", self.f.qualname),
            None => String::new(),
        }
    }

    /// `class C(bases): body`: the body runs with a namespace dict, then the class is
    /// built from it.
    pub(super) fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<()> {
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
        // CPython's class body starts with `__module__ = __name__`.
        let key = self.m.intern("__module__");
        let key = self.konst(Const::Str(key));
        let module = self.m.module_name.clone();
        let module = self.m.intern(&module);
        let module = self.konst(Const::Str(module));
        self.call_rt(RtFn::SetItem, vec![ns, key, module], line);
        // `__qualname__` next (the runtime takes it out again, as type.__new__ does).
        let qualname = format!("{}{}", self.qualname_prefix(), c.name);
        let key = self.m.intern("__qualname__");
        let key = self.konst(Const::Str(key));
        let q = self.m.intern(&qualname);
        let q = self.konst(Const::Str(q));
        self.call_rt(RtFn::SetItem, vec![ns, key, q], line);
        let top_level = self.classes.is_empty() && self.scope.is_none();
        let c_name = crate::front::pylib::c_type_name(&self.m.module_name, c.name.as_str())
            .filter(|_| top_level && self.m.program.is_library(self.m.index));
        if let Some(tp_name) = c_name {
            // A class CPython writes in C: its messages name it as CPython's do.
            let key = self.m.intern(pyaot_abi::CLASS_TP_NAME);
            let key = self.konst(Const::Str(key));
            let v = self.m.intern(tp_name);
            let v = self.konst(Const::Str(v));
            self.call_rt(RtFn::SetItem, vec![ns, key, v], line);
        }
        if let Some(doc) = docstring(&c.body) {
            // Then `__doc__`, when the body starts with a docstring.
            let key = self.m.intern("__doc__");
            let key = self.konst(Const::Str(key));
            let doc = self.m.intern(&doc);
            let doc = self.konst(Const::Str(doc));
            self.call_rt(RtFn::SetItem, vec![ns, key, doc], line);
        }
        let mut assigned = Vec::new();
        crate::front::scope::collect_bindings(&c.body, &mut assigned, false);
        let slot = self
            .m
            .scope
            .slot(&format!(".class.{}.{}", c.name, c.start().to_u32()));
        // A body that annotates names gets `__annotations__` first, as CPython's.
        let annotations = if class_annotates(&c.body) {
            let d = self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
            let key = self.m.intern("__annotations__");
            let key = self.konst(Const::Str(key));
            self.call_rt(RtFn::SetItem, vec![ns, key, d], line);
            Some(d)
        } else {
            None
        };
        let mut globals = std::collections::HashSet::new();
        crate::front::scope::collect_global_decls(&c.body, &mut globals);
        self.classes.push(ClassCtx {
            ns,
            assigned,
            globals: globals.into_iter().collect(),
            open: classns::class_body_is_open(&c.body),
            slot,
            qualname,
            annotations,
        });
        // The body runs in a frame of its own, as in CPython, which the enclosing code
        // runs at the class statement (from its `class` keyword, after decorators).
        let text = &self.m.src.text;
        let from = c
            .decorator_list
            .last()
            .map_or(c.start(), |d| d.end())
            .to_usize();
        let start = text[from..]
            .find("class")
            .map_or(c.start().to_usize(), |k| from + k);
        let outer_pos = self.pos_range(start as u32, c.end().to_u32());
        // Its frame counts toward the recursion limit while the body runs.
        self.call_rt(RtFn::FrameEnter, vec![], outer_pos);
        self.f.frames.push(crate::ir::InlineFrame {
            name: c.name.to_string(),
            line: self.m.src.line_of(start as u32),
            outer_pos,
            parent: self.frame,
        });
        let frame = self.f.frames.len() as u32 - 1;
        let outer = self.frame.replace(frame);
        let body = self.new_block();
        self.jump_and_switch(body);
        let r = self.stmts(&c.body);
        self.frame = outer;
        let after = self.new_block();
        self.jump_and_switch(after);
        self.classes.pop();
        r?;
        self.call_rt(RtFn::FrameLeave, vec![], outer_pos);
        let name = self.m.intern(c.name.as_str());
        let name = self.konst(Const::Str(name));
        let cls = self.call_rt(RtFn::BuildClass, vec![name, bases, ns], line);
        self.emit(Inst::StoreGlobal { slot, src: cls });
        let cls = self.apply_decorators(decorators, cls);
        self.store_name(c.name.as_str(), cls);
        Ok(())
    }

    /// `x: T [= v]` in a class body: after the assignment, `T` (evaluated, or its
    /// source text under `from __future__ import annotations`) goes into the class's
    /// `__annotations__`.
    pub(super) fn annotate(&mut self, a: &ast::StmtAnnAssign) -> Result<()> {
        let (Some(ann), Expr::Name(n)) =
            (self.classes.last().and_then(|c| c.annotations), &*a.target)
        else {
            return Ok(());
        };
        let line = self.line(a);
        let value = if self.m.future_annotations {
            let text = self.m.src.text[a.annotation.range()].to_string();
            let s = self.m.intern(&text);
            self.konst(Const::Str(s))
        } else {
            self.expr(&a.annotation)?
        };
        let key = self.m.intern(n.id.as_str());
        let key = self.konst(Const::Str(key));
        self.call_rt(RtFn::SetItem, vec![ann, key, value], line);
        Ok(())
    }

    /// Executes a `def` or `lambda`: its function object, with this execution's
    /// defaults and the cells it captures. Nested functions are lowered here.
    pub(super) fn make_function(&mut self, node: FuncNode) -> Result<Var> {
        let key = node.key();
        let offset = node.offset();
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
                    FuncNode::Genexp(_) => "<genexpr>",
                };
                let qualname = format!("{}{name}", self.qualname_prefix());
                self.m.lower_function(node, i, super_slot, Some(qualname))?;
                i
            }
        };
        let params = match node {
            FuncNode::Def(f) => Some(&*f.parameters),
            FuncNode::Lambda(l) => l.parameters.as_deref(),
            FuncNode::Genexp(_) => None,
        };
        let line = self.line_at(offset);
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
                        offset,
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
}

/// Whether a class body annotates a name (outside nested defs and classes).
fn class_annotates(body: &[Stmt]) -> bool {
    let mut found = false;
    crate::front::scope::each_module_level_stmt(body, &mut |s| {
        found |= matches!(s, Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Name(_)));
    });
    found
}
