//! CPython's builtin names, and which of them pyaot provides.
//!
//! A name that no scope of a module binds resolves to CPython's builtins. When pyaot
//! lacks that builtin (`complex`, `help`, ...) the program would run into a
//! NameError that CPython never raises, so the checker rejects it at compile time
//! instead ("the builtin 'complex' is not supported yet"), as the project's rule for
//! unsupported features asks.

use super::program::Program;
use ruff_python_ast::visitor::{walk_expr, walk_pattern, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use std::collections::HashSet;

/// The names of CPython 3.11's `builtins` module that a program can use (the public
/// ones and the dunders programs name), as `dir(builtins)` lists them.
const CPYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__build_class__",
    "__debug__",
    "__import__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Whether pyaot provides builtin `name`: a runtime builtin function, a built-in
/// class, or one of the names the compiler handles itself.
pub fn is_pyaot_builtin(name: &str) -> bool {
    pyaot_abi::builtin_symbol(name).is_some()
        || pyaot_abi::builtin_type_index(name).is_some()
        || pyaot_abi::builtin_type_symbol(name).is_some()
        || matches!(name, "super" | "NotImplemented" | "Ellipsis" | "globals")
}

/// Whether `name` is one of CPython's builtins that pyaot does not provide.
pub fn is_missing_builtin(name: &str) -> bool {
    CPYTHON_BUILTINS.contains(&name) && !is_pyaot_builtin(name)
}

/// Every name some scope of module `index` binds: assignment and loop targets,
/// `del`, definitions, parameters, imports (`import *` by the names it brings),
/// `except ... as`, `with ... as`, walrus targets, comprehension variables and match
/// captures. Only names outside this set can reach the builtins.
pub fn bound_anywhere(program: &Program, index: usize) -> HashSet<String> {
    let mut v = AllBindings {
        program,
        index,
        out: HashSet::new(),
        depth: 0,
    };
    for s in &program.modules[index].ast.body {
        v.visit_stmt(s);
    }
    v.out
}

struct AllBindings<'p> {
    program: &'p Program,
    index: usize,
    out: HashSet<String>,
    /// Expression nesting: the walk stops below the checker's limit, which refuses
    /// deeper programs anyway, so that it cannot exhaust the compiler's stack.
    depth: u32,
}

impl AllBindings<'_> {
    fn add(&mut self, name: &str) {
        self.out.insert(name.to_string());
    }

    fn parameters(&mut self, p: &ast::Parameters) {
        for a in p.iter() {
            self.add(a.name().as_str());
        }
    }
}

impl<'a> Visitor<'a> for AllBindings<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.add(f.name.as_str());
                self.parameters(&f.parameters);
            }
            Stmt::ClassDef(c) => self.add(c.name.as_str()),
            Stmt::Import(i) => {
                for a in &i.names {
                    self.add(super::scope::import_binding(a));
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() != "*" {
                        self.add(a.asname.as_ref().unwrap_or(&a.name).as_str());
                        continue;
                    }
                    let names =
                        self.program
                            .star_import_names(self.index, i.module.as_deref(), i.level);
                    for n in names.into_iter().flatten() {
                        self.add(&n);
                    }
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.add(n.as_str());
                    }
                }
            }
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if !matches!(n.ctx, ExprContext::Load) => self.add(n.id.as_str()),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameters(p);
                }
            }
            _ => {}
        }
        if self.depth < super::check::MAX_EXPR_DEPTH {
            self.depth += 1;
            walk_expr(self, e);
            self.depth -= 1;
        }
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        if let Some(n) = super::pattern::own_binding(p) {
            self.add(n.id.as_str());
        }
        walk_pattern(self, p);
    }
}
