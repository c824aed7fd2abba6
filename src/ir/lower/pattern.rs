//! Lowering `match` statements (PEP 634) as CPython 3.11 runs them.
//!
//! The subject is evaluated once into a var of its own. Each case tests its pattern
//! with branches to the case's failure block (the next case); on success it binds
//! the captured names, then tests the guard, then runs the body. As in CPython, a
//! pattern's captures live in temporaries until the whole pattern has matched, so
//! a case whose pattern fails binds nothing, while one whose guard fails keeps its
//! bindings.
//!
//! Literal and value patterns are inline comparisons (`subject == value`, a fused
//! compare-and-branch with the small-int fast path; `is` for None/True/False), so a
//! `match` on ints or strs costs what the `if`/`elif` chain does. Sequence, mapping
//! and class patterns ask the runtime (runtime-lib/src/matching.rs) the questions
//! CPython's MATCH_* instructions answer, then test the items inline. Everything
//! happens in CPython's order, which shows when `__eq__`, `__len__`, properties or
//! `get` have side effects.

use super::*;
use crate::front::pattern::{bound_names, is_star_wildcard, is_wildcard};
use ast::Pattern;

/// The names a pattern captured, with the vars holding their values until the
/// whole pattern has matched.
type Captures = Vec<(String, Var)>;

impl<'m, 'a> FnLowerer<'m, 'a> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> Result<()> {
        let value = self.expr(&m.subject)?;
        // A var of its own: a case may rebind the name the subject came from.
        let subject = self.fresh(Ty::Obj);
        self.emit(Inst::Copy {
            dst: subject,
            src: value,
        });
        let exit = self.new_block();
        for case in &m.cases {
            let fail = self.new_block();
            self.emit(Inst::Loc {
                line: self.line(&case.pattern),
            });
            let mut captures = Vec::new();
            self.pattern(subject, &case.pattern, fail, &mut captures)?;
            for (name, v) in captures {
                self.store_name(&name, v);
            }
            if let Some(g) = &case.guard {
                let body = self.new_block();
                let at = self.pos(last_compiled(&case.pattern));
                self.stmt_cond(at, g, body, fail)?;
                self.switch_to(body);
            }
            self.stmts(&case.body)?;
            self.terminate(Term::Jump(exit));
            self.switch_to(fail);
        }
        self.jump_and_switch(exit);
        Ok(())
    }

    /// Tests `subject` against `p`: branches to `fail` when it does not match and
    /// continues in a new current block when it does, with `p`'s captures added.
    fn pattern(
        &mut self,
        subject: Var,
        p: &Pattern,
        fail: BlockId,
        captures: &mut Captures,
    ) -> Result<()> {
        let line = self.pos(p);
        match p {
            Pattern::MatchValue(v) => {
                let value = self.expr(&v.value)?;
                let eq = self.fresh(Ty::Raw);
                self.emit(Inst::CompareRaw {
                    dst: eq,
                    op: CmpOp::Eq,
                    a: subject,
                    b: value,
                    line,
                });
                self.fail_unless(eq, fail);
            }
            Pattern::MatchSingleton(s) => {
                let value = self.konst(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::True,
                    ast::Singleton::False => Const::False,
                });
                let is = self.fresh(Ty::Raw);
                self.emit(Inst::Is {
                    dst: is,
                    a: subject,
                    b: value,
                });
                self.fail_unless(is, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(subject, inner, fail, captures)?;
                }
                if let Some(n) = &a.name {
                    captures.push((n.id.to_string(), subject));
                }
            }
            Pattern::MatchOr(o) => self.or_pattern(subject, &o.patterns, fail, captures)?,
            Pattern::MatchSequence(s) => {
                self.sequence_pattern(subject, &s.patterns, fail, captures, line)?
            }
            Pattern::MatchMapping(m) => self.mapping_pattern(subject, m, fail, captures, line)?,
            Pattern::MatchClass(c) => self.class_pattern(subject, c, fail, captures, line)?,
            // Only inside sequence patterns, which handle them.
            Pattern::MatchStar(_) => {
                return Err(self.internal(p, "star pattern outside a sequence"))
            }
        }
        Ok(())
    }

    /// Continues in a new block when the Raw `cond` is 1, else goes to `fail`.
    fn fail_unless(&mut self, cond: Var, fail: BlockId) {
        let ok = self.new_block();
        self.terminate(Term::Branch {
            cond,
            then: ok,
            else_: fail,
        });
        self.switch_to(ok);
    }

    /// Goes to `fail` when `v` is None (the runtime's "no match").
    fn fail_if_none(&mut self, v: Var, fail: BlockId) {
        let none = self.konst(Const::None);
        let is = self.fresh(Ty::Raw);
        self.emit(Inst::Is {
            dst: is,
            a: v,
            b: none,
        });
        let ok = self.new_block();
        self.terminate(Term::Branch {
            cond: is,
            then: fail,
            else_: ok,
        });
        self.switch_to(ok);
    }

    /// `a | b | c`: the alternatives in order, each from the subject; whichever
    /// matches copies its captures into vars shared by all (the front end checked
    /// they bind the same names).
    fn or_pattern(
        &mut self,
        subject: Var,
        alts: &[Pattern],
        fail: BlockId,
        captures: &mut Captures,
    ) -> Result<()> {
        let mut names = Vec::new();
        if let Some(first) = alts.first() {
            bound_names(first, &mut names);
        }
        let shared: Vec<Var> = names.iter().map(|_| self.fresh(Ty::Obj)).collect();
        let matched = self.new_block();
        for (i, alt) in alts.iter().enumerate() {
            let next = if i + 1 == alts.len() {
                fail
            } else {
                self.new_block()
            };
            let mut own = Vec::new();
            self.pattern(subject, alt, next, &mut own)?;
            for (name, v) in own {
                let k = names
                    .iter()
                    .position(|n| *n == name)
                    .ok_or_else(|| self.internal(alt, "alternatives binding different names"))?;
                self.emit(Inst::Copy {
                    dst: shared[k],
                    src: v,
                });
            }
            self.terminate(Term::Jump(matched));
            if next != fail {
                self.switch_to(next);
            }
        }
        self.switch_to(matched);
        captures.extend(names.into_iter().zip(shared));
        Ok(())
    }

    /// `[a, *rest, b]` / `(a, b)`: a sequence (not str) of the right length, then
    /// the items. CPython unpacks every item first (by iterating) and then matches
    /// them, but when the star is a wildcard it indexes each item it needs and
    /// matches it at once.
    fn sequence_pattern(
        &mut self,
        subject: Var,
        patterns: &[Pattern],
        fail: BlockId,
        captures: &mut Captures,
        line: u32,
    ) -> Result<()> {
        let size = patterns.len() as i64;
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        let len = self.call_rt(RtFn::MatchSequence, vec![subject], line);
        self.fail_if_none(len, fail);
        // Exactly `size` items, or at least the others when one is starred.
        let (op, want) = match star {
            None => (CmpOp::Eq, size),
            Some(_) => (CmpOp::Ge, size - 1),
        };
        let want = self.konst(Const::Int(want));
        let ok = self.fresh(Ty::Raw);
        self.emit(Inst::CompareWords {
            dst: ok,
            op,
            a: len,
            b: want,
        });
        self.fail_unless(ok, fail);
        if patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p))
        {
            return Ok(());
        }
        if let Some(star) = star.filter(|&k| is_star_wildcard(&patterns[k])) {
            for (i, p) in patterns.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                // Items after the star count from the end: len - (size - i), with
                // the length asked again each time, as CPython does.
                let index = if i < star {
                    self.konst(Const::Int(i as i64))
                } else {
                    let len = self.call_rt(RtFn::MatchSequence, vec![subject], line);
                    let back = self.konst(Const::Int(size - i as i64));
                    let dst = self.fresh(Ty::Obj);
                    self.emit(Inst::BinOp {
                        dst,
                        op: RtFn::Sub,
                        a: len,
                        b: back,
                        inplace: false,
                        line,
                    });
                    dst
                };
                let item = self.call_rt(RtFn::GetItem, vec![subject, index], line);
                self.pattern(item, p, fail, captures)?;
            }
            return Ok(());
        }
        let items: Vec<Var> = patterns.iter().map(|_| self.fresh(Ty::Obj)).collect();
        self.emit(Inst::Unpack {
            dsts: items.clone(),
            src: subject,
            star: star.map(|k| k as u32),
            line,
        });
        for (p, item) in patterns.iter().zip(items) {
            match p {
                // The starred name gets the list of the items between the others.
                Pattern::MatchStar(s) => {
                    if let Some(n) = &s.name {
                        captures.push((n.id.to_string(), item));
                    }
                }
                _ => self.pattern(item, p, fail, captures)?,
            }
        }
        Ok(())
    }

    /// `{"k": v, K.x: w, **rest}`: a mapping with at least as many items as keys,
    /// then the keys' values (evaluated after the mapping test, as CPython does),
    /// matched in order, then the rest as a new dict.
    fn mapping_pattern(
        &mut self,
        subject: Var,
        m: &ast::PatternMatchMapping,
        fail: BlockId,
        captures: &mut Captures,
        line: u32,
    ) -> Result<()> {
        let nkeys = self.konst(Const::Int(m.keys.len() as i64));
        let is = self.call_rt(RtFn::MatchMapping, vec![subject, nkeys], line);
        let yes = self.konst(Const::True);
        let ok = self.fresh(Ty::Raw);
        self.emit(Inst::Is {
            dst: ok,
            a: is,
            b: yes,
        });
        self.fail_unless(ok, fail);
        if m.keys.is_empty() && m.rest.is_none() {
            return Ok(());
        }
        let mut keys = Vec::new();
        for k in &m.keys {
            keys.push(self.expr(k)?);
        }
        let keys = if keys.is_empty() {
            self.konst(Const::Zero)
        } else {
            let n = keys.len() as u32;
            let keys = self.call_array(RtFn::BuildTuple.symbol(), vec![], keys, n, vec![], line);
            let values = self.call_rt(RtFn::MatchKeys, vec![subject, keys], line);
            self.fail_if_none(values, fail);
            for (i, p) in m.patterns.iter().enumerate() {
                let v = self.tuple_item(values, i);
                self.pattern(v, p, fail, captures)?;
            }
            keys
        };
        if let Some(rest) = &m.rest {
            let r = self.call_rt(RtFn::MatchRest, vec![subject, keys], line);
            captures.push((rest.id.to_string(), r));
        }
        Ok(())
    }

    /// `Point(x, y=0)`: the class is evaluated, the runtime tests isinstance and
    /// fetches every attribute (positional ones named by `__match_args__`), then the
    /// sub-patterns match them in order.
    fn class_pattern(
        &mut self,
        subject: Var,
        c: &ast::PatternMatchClass,
        fail: BlockId,
        captures: &mut Captures,
        line: u32,
    ) -> Result<()> {
        let cls = self.expr(&c.cls)?;
        let args = &c.arguments;
        let nargs = self.konst(Const::Int(args.patterns.len() as i64));
        let mut items = vec![cls];
        for k in &args.keywords {
            let name = self.m.intern(k.attr.id.as_str());
            items.push(self.konst(Const::Str(name)));
        }
        let n = items.len() as u32;
        let attrs = self.call_array(
            RtFn::MatchClass.symbol(),
            vec![subject, nargs],
            items,
            n,
            vec![],
            line,
        );
        self.fail_if_none(attrs, fail);
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for (i, p) in subs.enumerate() {
            if is_wildcard(p) {
                continue;
            }
            let v = self.tuple_item(attrs, i);
            self.pattern(v, p, fail, captures)?;
        }
        Ok(())
    }

    /// Item `i` of a tuple the runtime built (no bounds check needed).
    fn tuple_item(&mut self, t: Var, i: usize) -> Var {
        // Field indices are in words, whatever the word size.
        let items = pyaot_abi::layout::tuple_items(4) / 4;
        let dst = self.fresh(Ty::Obj);
        self.emit(Inst::LoadField {
            dst,
            obj: t,
            field: items + i as u32,
        });
        dst
    }
}

/// The last of `p`'s sub-patterns CPython's compiler compiles (`p` itself when it
/// compiles none): the compiler moves its location to each pattern it compiles and
/// leaves it there, so a guard's truth tests are located at that one. Wildcards it
/// skips (in class patterns, and in sequences with a `*_`) do not count.
fn last_compiled(p: &Pattern) -> &Pattern {
    let wild = |q: &Pattern| is_wildcard(q) || is_star_wildcard(q);
    let inner = match p {
        Pattern::MatchAs(a) => a.pattern.as_deref(),
        Pattern::MatchOr(o) => o.patterns.last(),
        Pattern::MatchMapping(m) => m.patterns.last(),
        Pattern::MatchSequence(s) if s.patterns.iter().all(wild) => None,
        Pattern::MatchSequence(s) if s.patterns.iter().any(is_star_wildcard) => {
            s.patterns.iter().filter(|q| !wild(q)).last()
        }
        Pattern::MatchSequence(s) => s.patterns.last(),
        Pattern::MatchClass(c) => c
            .arguments
            .patterns
            .iter()
            .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
            .filter(|q| !is_wildcard(q))
            .last(),
        _ => None,
    };
    inner.map_or(p, last_compiled)
}

#[cfg(test)]
mod tests {
    use crate::diag::SourceFile;

    fn ir_of(src: &str) -> String {
        let program =
            crate::front::parse("__main__", SourceFile::new("t.py", src.to_string())).unwrap();
        let m = super::super::lower_module(&program, 0, 64).unwrap();
        m.functions[1].to_string()
    }

    /// Literal cases are compare-and-branch chains, like `if`/`elif`: no runtime call.
    #[test]
    fn literal_cases_are_compare_and_branch() {
        let ir = ir_of(
            "def f(x):\n    match x:\n        case 0:\n            return 1\n        case 1 | 2:\n            return 2\n        case None:\n            return 3\n    return 4\n",
        );
        assert_eq!(ir.matches("compare_raw Eq").count(), 3, "{ir}");
        assert!(ir.contains(" is "), "{ir}");
        assert!(!ir.contains("call "), "{ir}");
    }

    /// Captures are stored only after the whole pattern matched.
    #[test]
    fn captures_are_stored_after_the_tests() {
        let ir = ir_of("def f(x):\n    match x:\n        case [a, 3]:\n            return a\n")
            .replace('\n', " ");
        let compare = ir.find("compare_raw Eq").expect("item test");
        let store = ir.find("v1 = v").expect("store of a");
        assert!(compare < store, "{ir}");
    }
}
