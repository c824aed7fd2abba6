//! Lowering calls: builtins, guarded direct calls of module-level defs, keyword and
//! unpacking calls, method calls, `super()`.

use super::*;

impl<'m, 'a> FnLowerer<'m, 'a> {
    pub(super) fn args(&mut self, c: &ast::ExprCall) -> Result<Vec<Var>> {
        c.arguments.args.iter().map(|a| self.expr(a)).collect()
    }

    /// Whether a call passes only positional arguments, none of them starred.
    pub(super) fn is_plain_call(c: &ast::ExprCall) -> bool {
        c.arguments.keywords.is_empty()
            && !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
    }

    /// Whether a call unpacks arguments with `*` or `**`.
    pub(super) fn is_unpacking_call(c: &ast::ExprCall) -> bool {
        c.arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none())
    }

    pub(super) fn call(&mut self, c: &ast::ExprCall) -> Result<Var> {
        let line = self.call_pos(c);
        if let Some(v) = self.zero_arg_super(c)? {
            return Ok(v);
        }
        if let Some(v) = self.namespace_call(c)? {
            return Ok(v);
        }
        let plain = Self::is_plain_call(c);
        match &*c.func {
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = self.m.intern(a.attr.as_str());
                let name = self.konst(Const::Str(name));
                if Self::is_unpacking_call(c) {
                    // `obj.m(*a, **k)`: the attribute (a bound method), then the call.
                    let at = self.pos_expr(&c.func);
                    let callee = self.call_rt(RtFn::GetAttr, vec![obj, name], at);
                    return self.call_unpacking(callee, c, line);
                }
                // The method's lookup and its call fail at different positions.
                let line = self.method_call_pos(c, &c.func);
                // `s.encode()`, `n.to_bytes()`, `int.from_bytes()`: their own entry
                // point, so only programs naming them link the bytes code.
                let bytes_method = pyaot_abi::BYTES_METHODS.contains(&a.attr.as_str());
                if bytes_method && !Self::is_unpacking_call(c) {
                    let (mut words, kwnames) = self.keyword_args(c, line)?;
                    words.insert(0, obj);
                    let count = words.len() as u32;
                    return Ok(self.call_array(
                        RtFn::CallBytesMethod.symbol(),
                        vec![name],
                        words,
                        count,
                        vec![kwnames],
                        line,
                    ));
                }
                if plain {
                    let args = self.args(c)?;
                    let count = args.len() as u32;
                    return Ok(self.call_array(
                        RtFn::CallMethod.symbol(),
                        vec![obj, name],
                        args,
                        count,
                        vec![],
                        line,
                    ));
                }
                // obj first, then positional and keyword values; the names as a tuple.
                let (mut words, kwnames) = self.keyword_args(c, line)?;
                words.insert(0, obj);
                let count = words.len() as u32;
                return Ok(self.call_array(
                    RtFn::CallMethodKw.symbol(),
                    vec![name],
                    words,
                    count,
                    vec![kwnames],
                    line,
                ));
            }
            Expr::Name(n)
                if !plain
                    && !Self::is_unpacking_call(c)
                    && self.resolve(n.id.as_str()) == NameRef::Builtin =>
            {
                let name = n.id.as_str();
                if let Some((_, kw_symbol)) =
                    pyaot_abi::BUILTINS_KW.iter().find(|(b, _)| *b == name)
                {
                    let (words, kwnames) = self.keyword_args(c, line)?;
                    let count = words.len() as u32;
                    return Ok(self.call_array(
                        kw_symbol,
                        vec![],
                        words,
                        count,
                        vec![kwnames],
                        line,
                    ));
                }
                if name == "print" {
                    return self.call_builtin(c, name, line);
                }
            }
            Expr::Name(n) if plain => {
                let name = n.id.as_str();
                match self.resolve(name) {
                    NameRef::Builtin if pyaot_abi::builtin_symbol(name).is_some() => {
                        return self.call_builtin(c, name, line)
                    }
                    NameRef::Global(_) if self.m.scope.is_single_def(name) => {
                        let (func, nargs, simple) = self.m.def_index[name];
                        let callee = self.load_name(name, &c.func)?;
                        let args = self.args(c)?;
                        if !simple || args.len() as u32 != nargs {
                            // The runtime binds defaults or raises CPython's TypeError.
                            return Ok(self.call_generic(callee, args, line));
                        }
                        let dst = self.fresh(Ty::Obj);
                        self.emit(Inst::CallDirect {
                            dst,
                            callee,
                            func,
                            args,
                            line,
                        });
                        return Ok(dst);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let callee = self.expr(&c.func)?;
        if plain {
            let args = self.args(c)?;
            return Ok(self.call_generic(callee, args, line));
        }
        if Self::is_unpacking_call(c) {
            return self.call_unpacking(callee, c, line);
        }
        let (words, kwnames) = self.keyword_args(c, line)?;
        let count = words.len() as u32;
        Ok(self.call_array(
            RtFn::CallKw.symbol(),
            vec![callee],
            words,
            count,
            vec![kwnames],
            line,
        ))
    }

    /// `super()` in a method: `super(its class, its first argument)`.
    pub(super) fn zero_arg_super(&mut self, c: &ast::ExprCall) -> Result<Option<Var>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return Ok(None);
        }
        if self.resolve("super") != NameRef::Builtin {
            return Ok(None);
        }
        let first = self
            .scope
            .as_ref()
            .and_then(|sc| sc.params.first().cloned());
        let (Some(slot), Some(first)) = (self.super_slot, first) else {
            return Err(Diagnostic::at(
                self.m.src,
                c.start().to_u32(),
                "super() outside a method is not supported yet",
            ));
        };
        let line = self.line(c);
        let cls = self.fresh(Ty::Obj);
        let name = self.m.intern("__class__");
        self.emit(Inst::LoadGlobal {
            dst: cls,
            slot,
            name,
            line,
        });
        let obj = self.load_name(&first, &c.func)?;
        let dst = self.call_rt(RtFn::Super, vec![cls, obj], line);
        Ok(Some(dst))
    }

    /// `globals()`, and `vars()` and `dir()` without arguments: the namespace they
    /// read is known here (the module's, through its descriptor, or the class
    /// body's); inside a function they are built from its bound locals
    /// (`function_namespace`).
    pub(super) fn namespace_call(&mut self, c: &ast::ExprCall) -> Result<Option<Var>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        let name = n.id.as_str();
        if !matches!(name, "globals" | "vars" | "dir") || self.resolve(name) != NameRef::Builtin {
            return Ok(None);
        }
        let at = c.start().to_u32();
        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            if name == "globals" {
                return Err(Diagnostic::at(
                    self.m.src,
                    at,
                    "globals() with arguments is not supported yet",
                ));
            }
            return Ok(None);
        }
        let line = self.line(c);
        if name != "globals" {
            // CPython runs a comprehension in a frame of its own; pyaot inlines
            // list, set and dict comprehensions, so their locals are not separate.
            if !self.comprehension_vars.is_empty() {
                return Err(Diagnostic::at(
                    self.m.src,
                    at,
                    format!(
                        "{name}() without arguments inside a comprehension is not supported yet"
                    ),
                ));
            }
            if let Some(ns) = self.classes.last().map(|k| k.ns) {
                if name == "vars" {
                    return Ok(Some(ns));
                }
                // dir() in a class body: the namespace's names, sorted.
                let sorted = pyaot_abi::builtin_symbol("sorted").expect("sorted is a builtin");
                return Ok(Some(self.call_array(
                    sorted,
                    vec![],
                    vec![ns],
                    1,
                    vec![],
                    line,
                )));
            }
            if self.scope.is_some() {
                return Ok(Some(self.function_namespace(name == "dir", line)));
            }
        }
        let module = self.m.module_name.clone();
        let i = self.m.module_ref(&module);
        let desc = self.konst(Const::Module(i));
        let rt = if name == "dir" {
            RtFn::ModuleDir
        } else {
            RtFn::ModuleNamespace
        };
        Ok(Some(self.call_rt(rt, vec![desc], line)))
    }

    /// Positional then keyword argument values, and the tuple of keyword names.
    pub(super) fn keyword_args(&mut self, c: &ast::ExprCall, line: u32) -> Result<(Vec<Var>, Var)> {
        let mut words = self.args(c)?;
        let mut names = Vec::new();
        for k in &c.arguments.keywords {
            let Some(arg) = &k.arg else {
                return Err(self.internal(k, "** in a keyword call"));
            };
            words.push(self.expr(&k.value)?);
            let n = self.m.intern(arg.as_str());
            names.push(self.konst(Const::Str(n)));
        }
        let kwnames = self.tuple_or_zero(names, line);
        Ok((words, kwnames))
    }

    /// `f(a, *b, k=c, **d)`: a list of the positional arguments and a dict of the
    /// keyword ones, then `pyaot_call_ex`.
    pub(super) fn call_unpacking(
        &mut self,
        callee: Var,
        c: &ast::ExprCall,
        line: u32,
    ) -> Result<Var> {
        let positional = self.call_array(RtFn::BuildList.symbol(), vec![], vec![], 0, vec![], line);
        for a in c.arguments.args.iter() {
            let (value, method) = match a {
                Expr::Starred(st) => (self.expr(&st.value)?, "extend"),
                other => (self.expr(other)?, "append"),
            };
            self.method_call(positional, method, vec![value], line);
        }
        let kwargs = if c.arguments.keywords.is_empty() {
            self.konst(Const::Zero)
        } else {
            let d = self.call_array(RtFn::BuildDict.symbol(), vec![], vec![], 0, vec![], line);
            for k in &c.arguments.keywords {
                let value = self.expr(&k.value)?;
                match &k.arg {
                    Some(name) => {
                        let n = self.m.intern(name.as_str());
                        let key = self.konst(Const::Str(n));
                        self.call_rt(RtFn::SetItem, vec![d, key, value], line);
                    }
                    None => {
                        self.method_call(d, "update", vec![value], line);
                    }
                }
            }
            d
        };
        let dst = self.call_rt(RtFn::CallEx, vec![callee, positional, kwargs], line);
        Ok(dst)
    }

    pub(super) fn method_call(&mut self, obj: Var, method: &str, args: Vec<Var>, line: u32) -> Var {
        let name = self.m.intern(method);
        let name = self.konst(Const::Str(name));
        let count = args.len() as u32;
        self.call_array(
            RtFn::CallMethod.symbol(),
            vec![obj, name],
            args,
            count,
            vec![],
            line,
        )
    }

    pub(super) fn call_generic(&mut self, callee: Var, args: Vec<Var>, line: u32) -> Var {
        let count = args.len() as u32;
        self.call_array(RtFn::Call.symbol(), vec![callee], args, count, vec![], line)
    }

    pub(super) fn call_builtin(&mut self, c: &ast::ExprCall, name: &str, line: u32) -> Result<Var> {
        let args = self.args(c)?;
        let count = args.len() as u32;
        if name == "print" {
            let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
            for k in &c.arguments.keywords {
                let v = self.expr(&k.value)?;
                match k.arg.as_ref().map(|a| a.as_str()) {
                    Some("sep") => sep = Some(v),
                    Some("end") => end = Some(v),
                    Some("file") => file = Some(v),
                    Some("flush") => flush = Some(v),
                    _ => return Err(self.internal(k, "print keyword")),
                }
            }
            let sep = sep.unwrap_or_else(|| self.konst(Const::Zero));
            let end = end.unwrap_or_else(|| self.konst(Const::Zero));
            if file.is_none() && flush.is_none() {
                return Ok(self.call_array(
                    RtFn::Print.symbol(),
                    vec![],
                    args,
                    count,
                    vec![sep, end],
                    line,
                ));
            }
            // The rarer form: file and flush travel at the front of the array.
            let file = file.unwrap_or_else(|| self.konst(Const::Zero));
            let flush = flush.unwrap_or_else(|| self.konst(Const::Zero));
            let array = [file, flush].into_iter().chain(args).collect();
            return Ok(self.call_array(
                RtFn::PrintFile.symbol(),
                vec![],
                array,
                count + 2,
                vec![sep, end],
                line,
            ));
        }
        let symbol =
            pyaot_abi::builtin_symbol(name).ok_or_else(|| self.internal(c, "unknown builtin"))?;
        let dst = self.call_array(symbol, vec![], args.clone(), count, vec![], line);
        // any(), all() and next() may leave a generator argument suspended; when
        // nothing else refers to it, CPython closes it as the call's temporary goes.
        if matches!(name, "any" | "all" | "next") {
            if let (Some(arg), Some(&it)) = (c.arguments.args.first(), args.first()) {
                if self.is_fresh_generator(arg) {
                    self.call_rt(RtFn::GenDrop, vec![it], line);
                }
            }
        }
        Ok(dst)
    }
}
