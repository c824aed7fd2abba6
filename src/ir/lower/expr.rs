//! Lowering expressions and conditions: constants, names, operators, comparisons
//! (raw when only tested), f-strings, comprehensions, subscripts and slices.

use super::*;

impl<'m, 'a> FnLowerer<'m, 'a> {
    /// The key of a subscript: a slice object for `a:b:c`, else the expression.
    pub(super) fn subscript_key(&mut self, key: &Expr) -> Result<Var> {
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

    /// Branches to `t` if `e` is true, else to `f`, without building bool objects
    /// where it can.
    pub(super) fn cond(&mut self, e: &Expr, t: BlockId, f: BlockId) -> Result<()> {
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
                let at = self.pos(e);
                let r = self.compare_raw(c.ops[0], a, b, at);
                // CPython's compiler moves its location to a comparison it tests
                // and leaves it there: later truth tests of the same condition
                // (`if a < b or c:`'s of c) are located at the comparison.
                self.truth_at = at;
                self.terminate(Term::Branch {
                    cond: r,
                    then: t,
                    else_: f,
                });
                Ok(())
            }
            Expr::If(i) => {
                // `if (a if b else c):` tests a or c, each where the statement's
                // own tests are.
                let (yes, no) = (self.new_block(), self.new_block());
                self.cond(&i.test, yes, no)?;
                self.switch_to(yes);
                self.cond(&i.body, t, f)?;
                self.switch_to(no);
                self.cond(&i.orelse, t, f)
            }
            _ => {
                let v = self.expr(e)?;
                if matches!(e, Expr::Compare(_)) {
                    // A chained comparison: as a single one, above.
                    self.truth_at = self.pos(e);
                }
                // In an expression, CPython locates the test at the whole expression
                // (a conditional expression, a comprehension); in a statement, at the
                // statement (`Self::stmt_cond`).
                let at = match self.truth_at {
                    0 => self.line(e),
                    at => at,
                };
                let r = self.truth(v, at);
                self.terminate(Term::Branch {
                    cond: r,
                    then: t,
                    else_: f,
                });
                Ok(())
            }
        }
    }

    /// [`Self::cond`] for the condition of a statement located at `at` (an `if`,
    /// `elif`, `while` or `assert` statement, all of it: CPython locates the truth
    /// tests of its condition there, whatever line the condition starts on).
    pub(super) fn stmt_cond(&mut self, at: u32, e: &Expr, t: BlockId, f: BlockId) -> Result<()> {
        let saved = std::mem::replace(&mut self.truth_at, at);
        let r = self.cond(e, t, f);
        self.truth_at = saved;
        r
    }

    pub(super) fn truth(&mut self, v: Var, line: u32) -> Var {
        let dst = self.fresh(Ty::Raw);
        self.emit(Inst::Truth { dst, src: v, line });
        dst
    }

    pub(super) fn not(&mut self, v: Var) -> Var {
        let dst = self.fresh(Ty::Raw);
        self.emit(Inst::Not { dst, src: v });
        dst
    }

    /// A comparison whose result is only tested: a Raw var.
    pub(super) fn compare_raw(&mut self, op: ast::CmpOp, a: Var, b: Var, line: u32) -> Var {
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
    pub(super) fn compare_value(&mut self, op: ast::CmpOp, a: Var, b: Var, line: u32) -> Var {
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

    pub(super) fn expr(&mut self, e: &Expr) -> Result<Var> {
        // What raises here is located at the whole expression, as in CPython.
        let line = self.pos_expr(e);
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
            Expr::BytesLiteral(b) => {
                let value: Vec<u8> = b.value.bytes().collect();
                let i = match self.m.bytes.iter().position(|x| *x == value) {
                    Some(i) => i,
                    None => {
                        self.m.bytes.push(value);
                        self.m.bytes.len() - 1
                    }
                };
                Ok(self.konst(Const::Bytes(i as u32)))
            }
            Expr::BooleanLiteral(b) => {
                Ok(self.konst(if b.value { Const::True } else { Const::False }))
            }
            Expr::NoneLiteral(_) => Ok(self.konst(Const::None)),
            Expr::EllipsisLiteral(_) => Ok(self.konst(Const::Data(pyaot_abi::sym::ELLIPSIS))),
            Expr::Name(n) => self.load_name(n.id.as_str(), e),
            Expr::BinOp(b) => {
                let a = self.expr(&b.left)?;
                let c = self.expr(&b.right)?;
                let dst = self.fresh(Ty::Obj);
                self.emit(Inst::BinOp {
                    inplace: false,
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
                    let t = self.truth(result, line);
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
                let saved = std::mem::replace(&mut self.truth_at, line);
                let r = self.cond(&i.test, t, f);
                self.truth_at = saved;
                r?;
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
                let at = match self.attr_start(e) {
                    Some(s) => self.pos_range(s, e.end().to_u32()),
                    None => line,
                };
                let dst = self.call_rt(RtFn::GetAttr, vec![obj, name], at);
                Ok(dst)
            }
            Expr::ListComp(lc) => {
                let result =
                    self.call_array(RtFn::BuildList.symbol(), vec![], vec![], 0, vec![], line);
                let key = funcscope::node_key(lc.range());
                self.comprehension(key, &lc.generators, ("<listcomp>", line), &mut |this| {
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
            Expr::Set(st) => self.build(&st.elts, RtFn::BuildSet, line),
            Expr::SetComp(sc) => {
                let result =
                    self.call_array(RtFn::BuildSet.symbol(), vec![], vec![], 0, vec![], line);
                let key = funcscope::node_key(sc.range());
                self.comprehension(key, &sc.generators, ("<setcomp>", line), &mut |this| {
                    let v = this.expr(&sc.elt)?;
                    this.call_rt(RtFn::SetAdd, vec![result, v], line);
                    Ok(())
                })?;
                Ok(result)
            }
            Expr::DictComp(dc) => {
                let result =
                    self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
                let key = funcscope::node_key(dc.range());
                self.comprehension(key, &dc.generators, ("<dictcomp>", line), &mut |this| {
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
            Expr::Generator(g) => {
                // The first iterable's iterator is made here, in the enclosing scope,
                // and passed to the generator expression's function.
                let first = g
                    .generators
                    .first()
                    .ok_or_else(|| self.internal(e, "generator expression without for"))?;
                let iterable = self.expr(&first.iter)?;
                let it = self.call_rt(RtFn::Iter, vec![iterable], self.genexp_pos(g));
                if self.is_fresh_generator(&first.iter) {
                    self.m.genexps_owning_iter.insert(FuncNode::Genexp(g).key());
                }
                let func = self.make_function(FuncNode::Genexp(g))?;
                Ok(self.call_generic(func, vec![it], line))
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.konst(Const::None),
                };
                Ok(self.call_rt(RtFn::Yield, vec![v], line))
            }
            Expr::YieldFrom(y) => {
                let v = self.expr(&y.value)?;
                Ok(self.call_rt(RtFn::YieldFrom, vec![v], line))
            }
            Expr::List(l) => self.build(&l.elts, RtFn::BuildList, line),
            Expr::Tuple(t) => self.build(&t.elts, RtFn::BuildTuple, line),
            Expr::Dict(d) if d.items.iter().any(|i| i.key.is_none()) => {
                // `{**a, k: v}`: built item by item, in order.
                let result =
                    self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
                for item in &d.items {
                    match &item.key {
                        Some(k) => {
                            let k = self.expr(k)?;
                            let v = self.expr(&item.value)?;
                            self.call_rt(RtFn::SetItem, vec![result, k, v], line);
                        }
                        None => {
                            let v = self.expr(&item.value)?;
                            self.call_rt(RtFn::DictMerge, vec![result, v], line);
                        }
                    }
                }
                Ok(result)
            }
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
                if let Some(bits) = self.mem_bits(&s.value) {
                    return self.mem_load(bits, &s.slice, line);
                }
                let obj = self.expr(&s.value)?;
                let key = self.subscript_key(&s.slice)?;
                let dst = self.call_rt(RtFn::GetItem, vec![obj, key], line);
                Ok(dst)
            }
            _ => Err(self.internal(e, "expression outside the checked subset")),
        }
    }

    /// An f-string: its pieces converted to strs and concatenated.
    pub(super) fn fstring(&mut self, f: &ast::ExprFString) -> Result<Var> {
        // CPython 3.11 locates the formatting of every piece at the whole f-string.
        let line = self.pos(f);
        let mut pieces = Vec::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(lit) => {
                    let i = self.m.intern(&lit.value);
                    pieces.push(self.konst(Const::Str(i)));
                }
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut pieces, line)?
                }
            }
        }
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

    pub(super) fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        pieces: &mut Vec<Var>,
        line: u32,
    ) -> Result<()> {
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(lit) => {
                    let i = self.m.intern(&lit.value);
                    pieces.push(self.konst(Const::Str(i)));
                }
                ast::InterpolatedStringElement::Interpolation(it) => {
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
                        ast::ConversionFlag::Repr => {
                            self.call_array("pyaot_builtin_repr", vec![], vec![v], 1, vec![], line)
                        }
                        ast::ConversionFlag::Ascii => {
                            self.call_array("pyaot_builtin_ascii", vec![], vec![v], 1, vec![], line)
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
                            self.fstring_elements(&spec.elements, &mut spec_pieces, line)?;
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

    /// The loops of a comprehension, innermost running `body`. Its variables are
    /// fresh vars, invisible outside it; the first iterable is evaluated in the
    /// enclosing scope, as in CPython.
    /// `key` is the comprehension's `funcscope::node_key`: its variables that nested
    /// functions capture get a cell each, made here, once.
    /// `name` is its frame's name in CPython (`<listcomp>`), `at` its position,
    /// where CPython locates its iterations and the call of its frame.
    pub(super) fn comprehension(
        &mut self,
        key: u64,
        gens: &[ast::Comprehension],
        (name, at): (&str, u32),
        body: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let mut cells = Vec::new();
        for g in gens {
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            for n in names {
                let captured = self.m.comprehension_cells.contains(&(key, n.clone()));
                if captured && !cells.iter().any(|(c, _)| *c == n) {
                    let zero = self.konst(Const::Zero);
                    let line = self.line(&g.target);
                    let cell = self.call_rt(RtFn::CellNew, vec![zero], line);
                    cells.push((n, cell));
                }
            }
        }
        let saved = std::mem::replace(&mut self.comprehension_cells, cells);
        let saved_at = std::mem::replace(&mut self.comp_at, at);
        // Its conditions' truth tests are located at it, as in CPython's own code
        // object for it.
        let saved_truth = std::mem::replace(&mut self.truth_at, at);
        // Its loops run in a frame of their own, as in CPython; the first iterable
        // is evaluated, and its iterator made, in the enclosing one.
        self.f.frames.push(crate::ir::InlineFrame {
            name: name.to_string(),
            line: self.pos_line_of(at),
            outer_pos: at,
            parent: self.frame,
        });
        let frame = self.f.frames.len() as u32 - 1;
        let outer = self.frame;
        self.entering_frame = Some(frame);
        let r = self.comprehension_with(gens, None, true, body);
        if r.is_ok() {
            // At the outermost loop's exit, back in the enclosing frame.
            self.call_rt(RtFn::FrameLeave, vec![], at);
        }
        self.entering_frame = None;
        self.frame = outer;
        self.comprehension_cells = saved;
        self.comp_at = saved_at;
        self.truth_at = saved_truth;
        r
    }

    /// The loops of `gens`, innermost running `body`. `first`: the iterator of the
    /// first loop, already made (a generator expression's parameter), else its
    /// iterable is evaluated here. `fresh_vars`: the targets are fresh vars (an
    /// inlined comprehension), else names of this function's scope (a generator
    /// expression's own function).
    pub(super) fn comprehension_with(
        &mut self,
        gens: &[ast::Comprehension],
        first: Option<Var>,
        fresh_vars: bool,
        body: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let Some((g, rest)) = gens.split_first() else {
            return body(self);
        };
        // CPython locates the iterations at the comprehension, but an inner loop's
        // at a comparison an earlier condition tested (see `cond`).
        let outermost = first.is_some() || self.entering_frame.is_some();
        let line = match self.comp_at {
            0 => self.line(&g.iter),
            at if outermost || self.truth_at == 0 => at,
            _ => self.truth_at,
        };
        let iterable = match first {
            Some(it) => it,
            None => self.expr(&g.iter)?,
        };
        let depth = self.comprehension_vars.len();
        if fresh_vars {
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            for n in names {
                let cell = self.comprehension_cells.iter().find(|(c, _)| *c == n);
                let (v, is_cell) = match cell {
                    Some(&(_, cell)) => (cell, true),
                    None => (self.fresh(Ty::Obj), false),
                };
                self.comprehension_vars.push((n, v, is_cell));
            }
        }
        let it = match first {
            Some(it) => it,
            None => self.call_rt(RtFn::Iter, vec![iterable], line),
        };
        // The loop's exit continues in the frame the iterator was made in.
        let exit = self.new_block();
        if let Some(frame) = self.entering_frame.take() {
            // CPython calls the comprehension's function here: its frame counts
            // toward the recursion limit until the loop's exit (or an exception
            // leaving it: the codegen's `leave_frame`) uncounts it.
            let at = self.f.frames[frame as usize].outer_pos;
            self.call_rt(RtFn::FrameEnter, vec![], at);
            self.frame = Some(frame);
        }
        let (head, item_block) = (self.new_block(), self.new_block());
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
            self.comprehension_with(rest, None, fresh_vars, body)
        })();
        self.comprehension_vars.truncate(depth);
        r?;
        self.terminate(Term::Jump(head));
        self.switch_to(exit);
        Ok(())
    }

    pub(super) fn build(&mut self, elts: &[Expr], func: RtFn, line: u32) -> Result<Var> {
        let items = elts
            .iter()
            .map(|e| self.expr(e))
            .collect::<Result<Vec<_>>>()?;
        let count = items.len() as u32;
        Ok(self.call_array(func.symbol(), vec![], items, count, vec![], line))
    }
}
