//! A program of several modules: starting from the main file, every `import` that
//! names a `.py` file (or a package's `__init__.py`) beside it or in a `-I` folder is
//! found, parsed and added, transitively, as CPython would find it with those
//! folders on `sys.path`, the main file's first. Built-in modules
//! (`pyaot_abi::BUILTIN_MODULES`) win over files.

use super::{parse_syntax, stdlib, ParsedModule};
use crate::diag::{Diagnostic, SourceFile};
use ruff_python_ast::visitor::{walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What an absolute module name refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleRef {
    /// `pyaot_abi::BUILTIN_MODULES[i]`.
    Builtin(usize),
    /// The program's i-th module.
    User(usize),
}

/// Every module of a program; index 0 is `__main__`.
pub struct Program {
    pub modules: Vec<ParsedModule>,
    by_name: HashMap<String, usize>,
    /// Where imports are looked up, in order: the main file's folder, then the `-I`
    /// folders; each as the user wrote it (for diagnostics) and absolute (for
    /// tracebacks).
    roots: Vec<(PathBuf, PathBuf)>,
}

impl Program {
    /// Loads the main file and every module it imports.
    pub fn load(
        main: &Path,
        text: String,
        import_paths: &[PathBuf],
    ) -> Result<Program, Diagnostic> {
        let shown_root = main.parent().map(Path::to_path_buf).unwrap_or_default();
        let absolute = |p: &Path| {
            std::fs::canonicalize(if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            })
            .unwrap_or_else(|_| p.to_path_buf())
        };
        let root = absolute(&shown_root);
        let mut roots = vec![(shown_root, root.clone())];
        roots.extend(import_paths.iter().map(|p| (p.clone(), absolute(p))));
        let source = SourceFile::new(main.display().to_string(), text);
        // Tracebacks show the main file's absolute path too, as CPython's do.
        let file = match main.file_name() {
            Some(f) => root.join(f).display().to_string(),
            None => main.display().to_string(),
        };
        let main = parse_syntax("__main__", source, file, false)?;
        let mut p = Program {
            modules: vec![main],
            by_name: HashMap::new(),
            roots,
        };
        // Breadth-first over import statements, in source order within a module.
        let mut next = 0;
        while next < p.modules.len() {
            for (at, name, level) in imports_of(&p.modules[next]) {
                p.require(next, at, name.as_deref(), level)?;
            }
            // `from package import name` may name a submodule file.
            for (module, level, names) in from_imports_of(&p.modules[next]) {
                let Ok(package) = p.absolute(next, module.as_deref(), level) else {
                    continue;
                };
                if let Some(ModuleRef::User(i)) = p.lookup(&package) {
                    if p.modules[i].is_package {
                        for name in names.iter().filter(|n| *n != "*") {
                            p.require_submodule(&package, name)?;
                        }
                    }
                }
            }
            next += 1;
        }
        Ok(p)
    }

    /// A program of just one module (unit tests).
    pub fn single(m: ParsedModule) -> Program {
        Program {
            modules: vec![m],
            by_name: HashMap::new(),
            roots: Vec::new(),
        }
    }

    /// The module an absolute name refers to, if the program has it.
    pub fn lookup(&self, name: &str) -> Option<ModuleRef> {
        if let Some(i) = pyaot_abi::builtin_module_index(name) {
            return Some(ModuleRef::Builtin(i));
        }
        self.by_name.get(name).map(|&i| ModuleRef::User(i))
    }

    /// The absolute name of `module` (None for `from . import x`) imported with
    /// `level` leading dots from module `from`; an error message when the dots climb
    /// out of every package.
    pub fn absolute(
        &self,
        from: usize,
        module: Option<&str>,
        level: u32,
    ) -> Result<String, String> {
        if level == 0 {
            return Ok(module.unwrap_or("").to_string());
        }
        let m = &self.modules[from];
        let mut package: Vec<&str> = if m.is_package {
            m.name.split('.').collect()
        } else {
            let mut parts: Vec<&str> = m.name.split('.').collect();
            parts.pop();
            parts
        };
        if m.name == "__main__" || package.is_empty() {
            return Err("attempted relative import with no known parent package".to_string());
        }
        for _ in 1..level {
            if package.pop().is_none() || package.is_empty() {
                return Err("attempted relative import beyond top-level package".to_string());
            }
        }
        let mut name = package.join(".");
        if let Some(m) = module {
            name.push('.');
            name.push_str(m);
        }
        Ok(name)
    }

    /// Makes sure every module `import` at offset `at` of module `from` needs is
    /// loaded: each prefix of a dotted name, and for `from m import x` the submodule
    /// `m.x` when it is a file.
    fn require(
        &mut self,
        from: usize,
        at: u32,
        module: Option<&str>,
        level: u32,
    ) -> Result<(), Diagnostic> {
        let name = self
            .absolute(from, module, level)
            .map_err(|msg| Diagnostic::at(&self.modules[from].source, at, msg))?;
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            if self.lookup(&prefix).is_some() {
                continue;
            }
            if !self.try_load(&prefix)? {
                return Err(self.missing(from, at, &prefix));
            }
        }
        Ok(())
    }

    /// Loads `from <package> import <name>`'s submodule if there is one.
    fn require_submodule(&mut self, package: &str, name: &str) -> Result<(), Diagnostic> {
        let full = format!("{package}.{name}");
        if self.lookup(&full).is_none() {
            self.try_load(&full)?;
        }
        Ok(())
    }

    /// Loads module `name` from its file; false when no file has it.
    fn try_load(&mut self, name: &str) -> Result<bool, Diagnostic> {
        let rel: PathBuf = name.split('.').collect();
        let (module, init) = (rel.with_extension("py"), rel.join("__init__.py"));
        // The first folder that has it, as a module file or a package.
        let found = self.roots.iter().find_map(|(shown, root)| {
            if root.join(&module).is_file() {
                Some((shown.join(&module), root.join(&module), false))
            } else if root.join(&init).is_file() {
                Some((shown.join(&init), root.join(&init), true))
            } else {
                None
            }
        });
        let Some((shown, absolute, is_package)) = found else {
            return self.try_load_library(name);
        };
        // A package's own modules live in its folder: only a package can have them.
        if let Some((parent, _)) = name.rsplit_once('.') {
            match self.by_name.get(parent) {
                Some(&i) if self.modules[i].is_package => {}
                _ => return Ok(false),
            }
        }
        let (shown, absolute) = (shown.display().to_string(), absolute.display().to_string());
        let text = std::fs::read_to_string(&absolute)
            .map_err(|e| Diagnostic::plain(format!("cannot read '{shown}': {e}")))?;
        let pm = parse_syntax(name, SourceFile::new(shown, text), absolute, is_package)?;
        self.by_name.insert(name.to_string(), self.modules.len());
        self.modules.push(pm);
        Ok(true)
    }

    /// Loads module `name` from pyaot's Python library; false when it has none.
    fn try_load_library(&mut self, name: &str) -> Result<bool, Diagnostic> {
        let Some(m) = super::pylib::find(name) else {
            return Ok(false);
        };
        let path = super::pylib::shown_path(name);
        let source = SourceFile::new(path.clone(), m.source.to_string());
        let pm = parse_syntax(name, source, path, false)?;
        self.by_name.insert(name.to_string(), self.modules.len());
        self.modules.push(pm);
        Ok(true)
    }

    fn missing(&self, from: usize, at: u32, name: &str) -> Diagnostic {
        let src = &self.modules[from].source;
        let top = name.split('.').next().unwrap_or(name);
        if stdlib::is_stdlib_module(top) {
            return Diagnostic::at(
                src,
                at,
                format!("the standard library module '{name}' is not supported yet"),
            );
        }
        Diagnostic::at(src, at, format!("no module named '{name}'"))
    }

    /// Whether module `i` comes from pyaot's Python library.
    pub fn is_library(&self, i: usize) -> bool {
        self.modules[i].source.path.starts_with("<pyaot>/")
    }

    /// Whether module `i` binds global `name` anywhere (assignments, defs, classes,
    /// imports, `global` declarations).
    pub fn binds(&self, i: usize, name: &str) -> bool {
        let body = &self.modules[i].ast.body;
        let mut names = Vec::new();
        super::scope::collect_bindings(body, &mut names, false);
        names.iter().any(|n| n == name)
            || super::scope::module_defs(body)
                .iter()
                .any(|f| f.name.as_str() == name)
    }

    /// The names `from <module> import *` with `level` dots binds in module `from`;
    /// None when the import does not resolve (the checker reports it).
    pub fn star_import_names(
        &self,
        from: usize,
        module: Option<&str>,
        level: u32,
    ) -> Option<Vec<String>> {
        let abs = self.absolute(from, module, level).ok()?;
        self.star_names(self.lookup(&abs)?).ok()
    }

    /// The names `from <module> import *` binds: `__all__` when the module sets it to
    /// a literal list or tuple of strs, else every global not starting with `_`.
    /// An error message when `__all__` is computed.
    pub fn star_names(&self, module: ModuleRef) -> Result<Vec<String>, String> {
        let i = match module {
            ModuleRef::Builtin(i) => {
                return Ok(pyaot_abi::BUILTIN_MODULE_NAMES[i]
                    .iter()
                    .filter(|n| !n.starts_with('_'))
                    .map(|n| n.to_string())
                    .collect())
            }
            ModuleRef::User(i) => i,
        };
        let m = &self.modules[i];
        for s in &m.ast.body {
            if let Stmt::Assign(a) = s {
                if matches!(&a.targets[..], [Expr::Name(n)] if n.id.as_str() == "__all__") {
                    return literal_strs(&a.value).ok_or_else(|| {
                        format!("from {} import * with a computed __all__", m.name)
                    });
                }
            }
        }
        let mut names = Vec::new();
        super::scope::collect_bindings(&m.ast.body, &mut names, false);
        for f in super::scope::module_defs(&m.ast.body) {
            let n = f.name.to_string();
            if !names.contains(&n) {
                names.push(n);
            }
        }
        names.retain(|n| !n.starts_with('_') && n != "*");
        Ok(names)
    }
}

/// The strs of a list or tuple display of str literals.
fn literal_strs(e: &Expr) -> Option<Vec<String>> {
    let elts = match e {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    elts.iter()
        .map(|e| match e {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        })
        .collect()
}

/// Every import statement's (offset, module name, level), anywhere in a module.
fn imports_of(m: &ParsedModule) -> Vec<(u32, Option<String>, u32)> {
    let mut out = Vec::new();
    // `pyaot` (C interop) exists at compile time only.
    let interop = |name: &str| name == super::interop::MODULE;
    each_import(&m.ast.body, &mut |s| match s {
        Stmt::Import(i) => {
            for a in i.names.iter().filter(|a| !interop(a.name.as_str())) {
                out.push((a.name.start().to_u32(), Some(a.name.to_string()), 0));
            }
        }
        Stmt::ImportFrom(i) if !(i.level == 0 && i.module.as_deref().is_some_and(interop)) => {
            let at = i.module.as_ref().map_or(i.start(), |m| m.start()).to_u32();
            out.push((at, i.module.as_ref().map(|m| m.to_string()), i.level));
        }
        _ => {}
    });
    out
}

/// Every `from m import names` statement's (module, level, names).
fn from_imports_of(m: &ParsedModule) -> Vec<(Option<String>, u32, Vec<String>)> {
    let mut out = Vec::new();
    each_import(&m.ast.body, &mut |s| {
        if let Stmt::ImportFrom(i) = s {
            if i.level == 0 && i.module.as_deref() == Some(super::interop::MODULE) {
                return;
            }
            let names = i.names.iter().map(|a| a.name.to_string()).collect();
            out.push((i.module.as_ref().map(|m| m.to_string()), i.level, names));
        }
    });
    out
}

fn each_import(body: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    struct Imports<'f>(&'f mut dyn FnMut(&Stmt));
    impl<'a> Visitor<'a> for Imports<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if matches!(s, Stmt::Import(_) | Stmt::ImportFrom(_)) {
                (self.0)(s);
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, _: &'a Expr) {}
    }
    let mut v = Imports(f);
    for s in body {
        v.visit_stmt(s);
    }
}
