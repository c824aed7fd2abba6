//! `import` statements: built-in modules by their index, the program's own modules
//! through their static descriptors (`RtFn::ImportModule` runs a module's body the
//! first time), and `from m import *` over the names known at compile time.

use super::{FnLowerer, Result};
use crate::diag::Diagnostic;
use crate::front::ModuleRef;
use crate::ir::{Const, Inst, Term, Ty, Var};
use pyaot_abi::{sym, RtFn};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

impl FnLowerer<'_, '_> {
    /// `import a.b.c [as x], ...`: imports a, a.b, a.b.c in turn, binding `a` (or
    /// `x` to a.b.c).
    pub(super) fn import_stmt(&mut self, i: &ast::StmtImport, line: u32) -> Result<()> {
        for alias in &i.names {
            // `pyaot` (C interop) exists at compile time only.
            if alias.name.as_str() == crate::front::interop::MODULE {
                continue;
            }
            let (top, last) = self.import_chain(alias.name.as_str(), line)?;
            match &alias.asname {
                Some(x) => self.store_name(x.as_str(), last),
                None => {
                    let first = crate::front::scope::import_binding(alias);
                    self.store_name(first, top);
                }
            }
        }
        Ok(())
    }

    /// `from m import a, b as c` and `from m import *`.
    pub(super) fn import_from_stmt(&mut self, i: &ast::StmtImportFrom, line: u32) -> Result<()> {
        if i.level == 0 && i.module.as_deref() == Some(crate::front::interop::MODULE) {
            return Ok(());
        }
        let name = self
            .m
            .program
            .absolute(self.m.index, i.module.as_deref(), i.level)
            .map_err(|msg| Diagnostic::at(self.m.src, i.start().to_u32(), msg))?;
        let (_, m) = self.import_chain(&name, line)?;
        for alias in &i.names {
            let n = alias.name.as_str();
            if n == "*" {
                self.import_star(&name, m, line)?;
                continue;
            }
            let v = if self.is_submodule(&name, n) {
                self.import_one(&format!("{name}.{n}"), line)?
            } else {
                let s = self.m.intern(n);
                let s = self.konst(Const::Str(s));
                self.call_rt(RtFn::ImportFrom, vec![m, s], line)
            };
            self.store_name(alias.asname.as_ref().unwrap_or(&alias.name).as_str(), v);
        }
        Ok(())
    }

    /// Whether `from package import name` takes the submodule `package.name`: the
    /// program has that module and the package itself binds no global `name` (CPython
    /// imports the submodule only when the attribute is missing).
    fn is_submodule(&self, package: &str, name: &str) -> bool {
        let program = self.m.program;
        let full = format!("{package}.{name}");
        match (program.lookup(package), program.lookup(&full)) {
            (Some(ModuleRef::User(p)), Some(ModuleRef::User(_))) => {
                let mut bound = Vec::new();
                crate::front::scope::collect_bindings(
                    &program.modules[p].ast.body,
                    &mut bound,
                    false,
                );
                !bound.iter().any(|b| b == name)
                    && !crate::front::scope::module_defs(&program.modules[p].ast.body)
                        .iter()
                        .any(|f| f.name.as_str() == name)
            }
            _ => false,
        }
    }

    /// Imports every prefix of dotted `name`, parents first; returns the first and
    /// the last module.
    fn import_chain(&mut self, name: &str, line: u32) -> Result<(Var, Var)> {
        let mut prefix = String::new();
        let mut first = None;
        let mut last = None;
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let v = self.import_one(&prefix, line)?;
            first.get_or_insert(v);
            last = Some(v);
        }
        match (first, last) {
            (Some(f), Some(l)) => Ok((f, l)),
            _ => Err(Diagnostic::plain(
                "internal compiler error: an import of no module",
            )),
        }
    }

    /// The module object of absolute module `name`.
    fn import_one(&mut self, name: &str, line: u32) -> Result<Var> {
        match self.m.program.lookup(name) {
            Some(ModuleRef::Builtin(index)) => {
                // The runtime takes the raw index; the tagged constant is untagged there.
                let i = self.konst(Const::Int(index as i64));
                if let Some(create) = pyaot_abi::builtin_module_creator(name) {
                    let f = self.konst(Const::Data(create));
                    return Ok(self.call_rt(RtFn::ImportBuiltinWith, vec![i, f], line));
                }
                Ok(self.call_rt(RtFn::ImportBuiltin, vec![i], line))
            }
            Some(ModuleRef::User(_)) => {
                let r = self.m.module_ref(name);
                let d = self.konst(Const::Module(r));
                Ok(self.call_rt(RtFn::ImportModule, vec![d], line))
            }
            None => Err(Diagnostic::plain(format!(
                "internal compiler error: module '{name}' was not loaded"
            ))),
        }
    }

    /// `from m import *`: each name the module binds when the import runs.
    fn import_star(&mut self, name: &str, m: Var, line: u32) -> Result<()> {
        let program = self.m.program;
        let module = program.lookup(name).ok_or_else(|| {
            Diagnostic::plain(format!(
                "internal compiler error: module '{name}' was not loaded"
            ))
        })?;
        let names = program.star_names(module).map_err(Diagnostic::plain)?;
        let unbound = self.konst(Const::Data(sym::UNBOUND));
        for n in names {
            let s = self.m.intern(&n);
            let s = self.konst(Const::Str(s));
            let v = self.call_rt(RtFn::ImportStarName, vec![m, s], line);
            let missing = self.fresh(Ty::Raw);
            self.emit(Inst::Is {
                dst: missing,
                a: v,
                b: unbound,
            });
            let (bind, next) = (self.new_block(), self.new_block());
            self.terminate(Term::Branch {
                cond: missing,
                then: next,
                else_: bind,
            });
            self.switch_to(bind);
            self.store_name(&n, v);
            self.terminate(Term::Jump(next));
            self.switch_to(next);
        }
        Ok(())
    }
}
