//! The compile-time module `pyaot` (`runtime-lib/cpython/pyaot.py` is its pure-Python twin for
//! CPython): which names a module imports from it, the C signatures of its `@export`
//! and `@extern` functions (annotation → C type), and every check that keeps what
//! cannot cross to C out (an unsupported type, a missing annotation, `*args`, a
//! name C cannot spell).
//!
//! `pyaot` exists only at compile time: importing it binds nothing at run time, its
//! decorators are applied by the compiler, its types only appear in annotations, and
//! `mem8`/`mem16`/`mem32` are only subscripted. Any other use of its names is a
//! compile-time error (the lowering reports it), never a NameError at run time.

use crate::diag::{Diagnostic, SourceFile};
use pyaot_abi::CType;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

/// The module's name.
pub const MODULE: &str = "pyaot";

/// The module's type aliases and the C types they name.
pub const TYPES: &[(&str, CType)] = &[
    ("i8", CType::I8),
    ("i16", CType::I16),
    ("i32", CType::I32),
    ("i64", CType::I64),
    ("u8", CType::U8),
    ("u16", CType::U16),
    ("u32", CType::U32),
    ("u64", CType::U64),
    ("f32", CType::F32),
    ("f64", CType::F64),
];

/// The module's memory accessors and their access widths in bits.
pub const MEMS: &[(&str, u32)] = &[("mem8", 8), ("mem16", 16), ("mem32", 32)];

/// The module's decorators.
pub const DECORATORS: &[&str] = &["export", "extern"];

/// What a name of the `pyaot` module is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyaotName {
    /// `export`.
    Export,
    /// `extern`.
    Extern,
    /// A type alias (`u8`, `f64`, ...).
    Type(CType),
    /// `mem8`, `mem16` or `mem32`, with the width in bits.
    Mem(u32),
}

/// The `pyaot` name `name`, if the module defines it.
pub fn lookup(name: &str) -> Option<PyaotName> {
    match name {
        "export" => return Some(PyaotName::Export),
        "extern" => return Some(PyaotName::Extern),
        _ => {}
    }
    if let Some((_, t)) = TYPES.iter().find(|(n, _)| *n == name) {
        return Some(PyaotName::Type(*t));
    }
    MEMS.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bits)| PyaotName::Mem(*bits))
}

/// Which way a C function goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// `@export`: a Python function C calls.
    Export,
    /// `@extern`: a C function Python calls.
    Extern,
}

/// A parameter of a C function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CParam {
    /// The Python name.
    pub name: String,
    /// Its C type.
    pub ty: CType,
}

/// A module-level def marked `@export` or `@extern`.
#[derive(Clone, Debug)]
pub struct CFunction {
    /// The Python name, which is also the C symbol.
    pub name: String,
    /// Export or extern.
    pub direction: Direction,
    /// The parameters.
    pub params: Vec<CParam>,
    /// The result (`Void` for `-> None`).
    pub ret: CType,
    /// Source offset of the def (the key the lowering finds it by).
    pub offset: u32,
    /// Its line.
    pub line: u32,
    /// The def's signature as written (`add(a: int, b: int) -> int`), for the header.
    pub python: String,
}

/// What a module takes from `pyaot`.
#[derive(Debug, Default)]
pub struct Interop {
    /// Module-level names bound by `from pyaot import x [as y]`.
    names: HashMap<String, PyaotName>,
    /// Module-level names bound by `import pyaot [as p]`.
    modules: HashSet<String>,
    /// The `@export` and `@extern` functions, in source order.
    pub functions: Vec<CFunction>,
}

type Result<T> = std::result::Result<T, Diagnostic>;

/// `from pyaot import ...` for the subset check: every name must be one the module
/// defines, and `*` is refused.
pub fn check_from_import(src: &SourceFile, i: &ast::StmtImportFrom) -> Result<()> {
    for a in &i.names {
        let name = a.name.as_str();
        if name == "*" {
            return Err(Diagnostic::at(
                src,
                a.start().to_u32(),
                "from ... import * is not supported yet",
            ));
        }
        if lookup(name).is_none() {
            return Err(Diagnostic::at(
                src,
                a.start().to_u32(),
                format!("cannot import name '{name}' from 'pyaot'"),
            ));
        }
    }
    Ok(())
}

impl Interop {
    /// Finds what a module body imports from `pyaot` and the C signatures of its
    /// `@export`/`@extern` functions.
    pub fn analyze(src: &SourceFile, body: &[Stmt]) -> Result<Interop> {
        let mut it = Interop::default();
        // A module that never names `pyaot` has nothing to analyze; skipping it also
        // keeps the walks below (recursive, and run before the subset check caps
        // expression depth) away from pathologically deep code.
        if !src.text.contains(MODULE) {
            return Ok(it);
        }
        let a = Analyzer { src, body };
        // Imports of pyaot: only as statements of the module body itself.
        for s in body {
            match s {
                Stmt::Import(i) => {
                    for alias in i.names.iter().filter(|n| n.name.as_str() == MODULE) {
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        it.modules.insert(bound.to_string());
                    }
                }
                Stmt::ImportFrom(i) if is_pyaot_from(i) => {
                    for alias in &i.names {
                        // The subset check ran first: every name exists.
                        if let Some(p) = lookup(alias.name.as_str()) {
                            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                            it.names.insert(bound.to_string(), p);
                        }
                    }
                }
                _ => {}
            }
        }
        a.misplaced_imports(body, true)?;
        a.rebindings(&it, body)?;
        a.functions(&mut it, body)?;
        Ok(it)
    }

    /// Whether the module binds `name` (at module level) to something of `pyaot`.
    pub fn binds(&self, name: &str) -> bool {
        self.names.contains_key(name) || self.modules.contains(name)
    }

    /// What `e` names in `pyaot` — `u8`, `pyaot.u8`, an alias — assuming its names
    /// are the module-level ones (the caller checks they are not shadowed).
    pub fn resolve(&self, e: &Expr) -> Option<PyaotName> {
        match e {
            Expr::Name(n) => self.names.get(n.id.as_str()).copied(),
            Expr::Attribute(at) => match &*at.value {
                Expr::Name(m) if self.modules.contains(m.id.as_str()) => lookup(at.attr.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The name an expression `resolve`s through (`u8` in `u8`, `pyaot` in
    /// `pyaot.u8`), which must refer to the module-level binding.
    pub fn root_name(e: &Expr) -> Option<&str> {
        match e {
            Expr::Name(n) => Some(n.id.as_str()),
            Expr::Attribute(at) => match &*at.value {
                Expr::Name(m) => Some(m.id.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Source offsets of the `@extern` defs, whose bodies only CPython runs.
    pub fn stub_offsets(&self) -> Vec<u32> {
        self.functions
            .iter()
            .filter(|f| f.direction == Direction::Extern)
            .map(|f| f.offset)
            .collect()
    }

    /// The `@export`/`@extern` function defined at source offset `offset`.
    pub fn function_at(&self, offset: u32) -> Option<&CFunction> {
        self.functions.iter().find(|f| f.offset == offset)
    }
}

fn is_pyaot_from(i: &ast::StmtImportFrom) -> bool {
    i.level == 0 && i.module.as_ref().is_some_and(|m| m.as_str() == MODULE)
}

/// Identifiers a C or C++ compiler reads as something else (keywords, and the macros
/// and types the generated header's includes define).
const C_RESERVED: &[&str] = &[
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Bool",
    "_Complex",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
    "alignas",
    "alignof",
    "and",
    "and_eq",
    "asm",
    "auto",
    "bitand",
    "bitor",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "char16_t",
    "char32_t",
    "char8_t",
    "class",
    "co_await",
    "co_return",
    "co_yield",
    "compl",
    "concept",
    "const",
    "const_cast",
    "consteval",
    "constexpr",
    "constinit",
    "continue",
    "decltype",
    "default",
    "delete",
    "do",
    "double",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "int16_t",
    "int32_t",
    "int64_t",
    "int8_t",
    "intptr_t",
    "long",
    "main",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "nullptr",
    "NULL",
    "offsetof",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "ptrdiff_t",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "restrict",
    "return",
    "short",
    "signed",
    "size_t",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "template",
    "this",
    "thread_local",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "uint8_t",
    "uintptr_t",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "wchar_t",
    "while",
    "xor",
    "xor_eq",
];

/// Whether C and C++ can use `name` as an identifier of their own.
pub fn is_c_identifier(name: &str) -> bool {
    name.is_ascii() && !C_RESERVED.contains(&name) && !name.starts_with("__")
}

struct Analyzer<'s> {
    src: &'s SourceFile,
    /// The module body's statements, to tell them from nested ones.
    body: &'s [Stmt],
}

impl Analyzer<'_> {
    fn at(&self, node: &impl Ranged, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::at(self.src, node.start().to_u32(), msg)
    }

    fn unsupported(&self, node: &impl Ranged, feature: &str) -> Diagnostic {
        self.at(node, format!("{feature} is not supported yet"))
    }

    /// `import pyaot` anywhere but a statement of the module body.
    fn misplaced_imports(&self, body: &[Stmt], top: bool) -> Result<()> {
        for s in body {
            let imports_pyaot = match s {
                Stmt::Import(i) => i.names.iter().any(|n| n.name.as_str() == MODULE),
                Stmt::ImportFrom(i) => is_pyaot_from(i),
                _ => false,
            };
            if imports_pyaot && !top {
                return Err(self.unsupported(
                    s,
                    "importing pyaot anywhere but at the top level of the module",
                ));
            }
            for inner in nested_bodies(s) {
                self.misplaced_imports(inner, false)?;
            }
        }
        Ok(())
    }

    /// A name bound to `pyaot` must not be bound again: its meaning is fixed at
    /// compile time.
    fn rebindings(&self, it: &Interop, body: &[Stmt]) -> Result<()> {
        let mut bound_once = HashSet::new();
        for s in body {
            let is_pyaot_import = match s {
                Stmt::Import(i) => i.names.iter().any(|n| n.name.as_str() == MODULE),
                Stmt::ImportFrom(i) => is_pyaot_from(i),
                _ => false,
            };
            let mut names = Vec::new();
            super::scope::collect_bindings(std::slice::from_ref(s), &mut names, false);
            for n in names.iter().filter(|n| it.binds(n)) {
                if !is_pyaot_import || !bound_once.insert(n.clone()) {
                    return Err(self
                        .unsupported(s, &format!("rebinding '{n}', a name imported from pyaot,")));
                }
            }
        }
        for f in super::scope::module_defs(body) {
            let mut declared = HashSet::new();
            super::scope::collect_global_decls(&f.body, &mut declared);
            if let Some(n) = declared.iter().find(|n| it.binds(n)) {
                return Err(
                    self.unsupported(f, &format!("rebinding '{n}', a name imported from pyaot,"))
                );
            }
        }
        Ok(())
    }

    /// Finds every def and class decorated from `pyaot`; the module-level defs among
    /// them get their C signatures.
    fn functions(&self, it: &mut Interop, body: &[Stmt]) -> Result<()> {
        let mut found = Vec::new();
        self.decorated(it, body, &mut found)?;
        for f in found {
            let cf = self.signature(it, f)?;
            if it.functions.iter().any(|g| g.name == cf.name) {
                return Err(self.at(
                    &f.name,
                    format!(
                        "'{}' is marked for C twice (a C symbol is defined once)",
                        cf.name
                    ),
                ));
            }
            it.functions.push(cf);
        }
        Ok(())
    }

    fn decorated<'b>(
        &self,
        it: &Interop,
        body: &'b [Stmt],
        out: &mut Vec<&'b ast::StmtFunctionDef>,
    ) -> Result<()> {
        for s in body {
            let decorators: &[ast::Decorator] = match s {
                Stmt::FunctionDef(f) => &f.decorator_list,
                Stmt::ClassDef(c) => &c.decorator_list,
                _ => &[],
            };
            let pyaot = decorators
                .iter()
                .find_map(|d| match it.resolve(&d.expression) {
                    Some(p @ (PyaotName::Export | PyaotName::Extern)) => Some((d, p)),
                    _ => None,
                });
            if let Some((d, p)) = pyaot {
                let what = if p == PyaotName::Export {
                    "@export"
                } else {
                    "@extern"
                };
                let top = self.body.iter().any(|t| std::ptr::eq(t, s));
                match s {
                    Stmt::ClassDef(_) => {
                        return Err(self.unsupported(d, &format!("{what} on a class")))
                    }
                    Stmt::FunctionDef(_) if !top => {
                        return Err(self.unsupported(
                            d,
                            &format!(
                                "{what} on a function not defined at the top level of the module"
                            ),
                        ))
                    }
                    Stmt::FunctionDef(f) => {
                        if decorators.len() > 1 {
                            return Err(self.unsupported(
                                d,
                                &format!("{what} together with other decorators"),
                            ));
                        }
                        out.push(f);
                    }
                    _ => {}
                }
            }
            for inner in nested_bodies(s) {
                self.decorated(it, inner, out)?;
            }
        }
        Ok(())
    }

    /// The C signature of a def decorated with `@export` or `@extern`.
    fn signature(&self, it: &Interop, f: &ast::StmtFunctionDef) -> Result<CFunction> {
        let direction = match it.resolve(&f.decorator_list[0].expression) {
            Some(PyaotName::Extern) => Direction::Extern,
            _ => Direction::Export,
        };
        let what = match direction {
            Direction::Export => "@export",
            Direction::Extern => "@extern",
        };
        let name = f.name.as_str();
        if !is_c_identifier(name) {
            return Err(self.at(
                &f.name,
                format!("'{name}' cannot be the name of a C function (a C/C++ keyword, reserved or non-ASCII name)"),
            ));
        }
        if direction == Direction::Export && name.starts_with("pyaot_") {
            return Err(self.at(
                &f.name,
                format!("'{name}': names starting with 'pyaot_' belong to the runtime"),
            ));
        }
        let p = &f.parameters;
        if let Some(v) = &p.vararg {
            return Err(self.unsupported(&**v, &format!("*{} in a {what} function", v.name)));
        }
        if let Some(k) = &p.kwarg {
            return Err(self.unsupported(&**k, &format!("**{} in a {what} function", k.name)));
        }
        if let Some(k) = p.kwonlyargs.first() {
            return Err(self.unsupported(
                k,
                &format!(
                    "keyword-only parameter '{}' in a {what} function",
                    k.parameter.name
                ),
            ));
        }
        if p.posonlyargs.len() + p.args.len() > MAX_C_PARAMS {
            return Err(self.unsupported(
                &**p,
                &format!("a {what} function with more than {MAX_C_PARAMS} parameters"),
            ));
        }
        let mut params = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            let pname = a.parameter.name.as_str();
            let Some(ann) = &a.parameter.annotation else {
                return Err(self.at(
                    a,
                    format!("parameter '{pname}' of {what} function '{name}' needs a type annotation (the C type it crosses as)"),
                ));
            };
            let ty = self.ctype(it, ann, false)?;
            params.push(CParam {
                name: pname.to_string(),
                ty,
            });
        }
        let Some(ret) = &f.returns else {
            return Err(self.at(
                &f.name,
                format!("{what} function '{name}' needs a return annotation ('-> None' for none)"),
            ));
        };
        let ret = self.ctype(it, ret, true)?;
        let python = format!(
            "{}({}) -> {}",
            name,
            p.posonlyargs
                .iter()
                .chain(&p.args)
                .map(|a| self.src_text(&a.parameter))
                .collect::<Vec<_>>()
                .join(", "),
            f.returns
                .as_deref()
                .map(|r| self.src_text(r))
                .unwrap_or_default()
        );
        Ok(CFunction {
            name: name.to_string(),
            direction,
            params,
            ret,
            offset: f.start().to_u32(),
            line: self.src.line_of(f.start().to_u32()),
            python,
        })
    }

    fn src_text(&self, node: &impl Ranged) -> String {
        let r = node.range();
        self.src.text[r.start().to_usize()..r.end().to_usize()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The C type an annotation names.
    fn ctype(&self, it: &Interop, ann: &Expr, result: bool) -> Result<CType> {
        let bad = |msg: String| Err(self.at(ann, msg));
        if let Some(p) = it.resolve(ann) {
            return match p {
                PyaotName::Type(t) => Ok(t),
                _ => bad(format!(
                    "'{}' is not a type: a C function's annotations are int, float, bool, str, None, a pyaot type (i8 ... u64, f32, f64) or a class (an opaque pyaot_obj)",
                    self.src_text(ann)
                )),
            };
        }
        match ann {
            Expr::NoneLiteral(_) if result => Ok(CType::Void),
            Expr::NoneLiteral(_) => bad("None can only be the result of a C function (void)".into()),
            Expr::Name(n) => match n.id.as_str() {
                "int" => Ok(CType::Isize),
                "float" => Ok(CType::F64),
                "bool" => Ok(CType::Bool),
                "str" => Ok(CType::Str),
                // Pointer and length: they cannot come back as one C result.
                "bytes" if result => Err(self.unsupported(
                    ann,
                    "returning bytes to C (return an object for a pyaot_obj handle)",
                )),
                "bytes" => Ok(CType::Bytes),
                "bytearray" | "memoryview" => {
                    Err(self.unsupported(ann, &format!("passing {} to or from C", n.id)))
                }
                "object" | "list" | "dict" | "tuple" | "set" | "frozenset" => Ok(CType::Obj),
                other if self.defines_class(other) => Ok(CType::Obj),
                other => bad(format!(
                    "the annotation '{other}' cannot cross to C: use int, float, bool, str, None, a pyaot type (i8 ... u64, f32, f64) or a class (an opaque pyaot_obj)"
                )),
            },
            // `list[int]` is a list whatever its items: a handle.
            Expr::Subscript(s) => match &*s.value {
                Expr::Name(n)
                    if matches!(n.id.as_str(), "list" | "dict" | "tuple" | "set" | "frozenset") =>
                {
                    Ok(CType::Obj)
                }
                _ => bad(format!(
                    "the annotation '{}' cannot cross to C",
                    self.src_text(ann)
                )),
            },
            Expr::StringLiteral(_) => {
                Err(self.unsupported(ann, "a string annotation on a C function"))
            }
            _ => bad(format!(
                "the annotation '{}' cannot cross to C: use int, float, bool, str, None, a pyaot type (i8 ... u64, f32, f64) or a class (an opaque pyaot_obj)",
                self.src_text(ann)
            )),
        }
    }

    /// Whether the module body defines a class called `name` (at its top level).
    fn defines_class(&self, name: &str) -> bool {
        self.body
            .iter()
            .any(|s| matches!(s, Stmt::ClassDef(c) if c.name.as_str() == name))
    }
}

/// Most parameters an exported or external function may have.
pub const MAX_C_PARAMS: usize = 16;

/// The statement lists directly inside a statement (bodies of blocks, functions and
/// classes).
fn nested_bodies(s: &Stmt) -> Vec<&[Stmt]> {
    match s {
        Stmt::FunctionDef(f) => vec![&f.body[..]],
        Stmt::ClassDef(c) => vec![&c.body[..]],
        Stmt::If(i) => {
            let mut v = vec![&i.body[..]];
            v.extend(i.elif_else_clauses.iter().map(|c| &c.body[..]));
            v
        }
        Stmt::For(f) => vec![&f.body[..], &f.orelse[..]],
        Stmt::While(w) => vec![&w.body[..], &w.orelse[..]],
        Stmt::With(w) => vec![&w.body[..]],
        Stmt::Match(m) => m.cases.iter().map(|c| &c.body[..]).collect(),
        Stmt::Try(t) => {
            let mut v = vec![&t.body[..], &t.orelse[..], &t.finalbody[..]];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body[..]);
            }
            v
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(src: &str) -> std::result::Result<Interop, String> {
        let file = SourceFile::new("t.py", src.to_string());
        let m = ruff_python_parser::parse_module(src).unwrap().into_syntax();
        Interop::analyze(&file, &m.body).map_err(|d| d.to_string())
    }

    #[test]
    fn annotations_map_to_c_types() {
        let it = analyze(
            "import pyaot as p\nfrom pyaot import export, extern as ext, u8\nclass Box:\n    pass\n\
             @export\ndef f(a: int, b: float, c: bool, d: str, e: u8, g: p.i64, h: list[int], i: Box) -> None:\n    pass\n\
             @ext\ndef g() -> p.f32:\n    ...\n@export\ndef h(b: bytes) -> None:\n    pass\n",
        )
        .unwrap();
        let f = &it.functions[0];
        assert_eq!(f.direction, Direction::Export);
        let types: Vec<CType> = f.params.iter().map(|p| p.ty).collect();
        use CType::*;
        assert_eq!(types, vec![Isize, F64, Bool, Str, U8, I64, Obj, Obj]);
        assert_eq!(it.functions[2].params[0].ty, Bytes);
        assert_eq!(f.ret, Void);
        assert_eq!(it.functions[1].direction, Direction::Extern);
        assert_eq!(it.functions[1].ret, F32);
        assert_eq!(it.stub_offsets(), vec![it.functions[1].offset]);
        assert!(it.binds("p") && it.binds("ext") && !it.binds("export_"));
    }

    #[test]
    fn names_that_are_not_from_pyaot_mean_nothing() {
        // A local decorator called `export` is just a decorator.
        let it =
            analyze("def export(f):\n    return f\n@export\ndef f(x):\n    return x\n").unwrap();
        assert!(it.functions.is_empty());
        assert!(!it.binds("export"));
    }

    #[test]
    fn c_identifiers() {
        assert!(is_c_identifier("sensor_read"));
        for bad in ["int", "class", "main", "bool", "__x", "café"] {
            assert!(!is_c_identifier(bad), "{bad}");
        }
    }
}
