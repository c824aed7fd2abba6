//! The front end: parse with ruff_python_parser, check the program stays within the
//! subset pyaot compiles, and resolve every name to a local, global or builtin.

pub mod builtin_names;
pub mod check;
pub mod funcscope;
pub mod interop;
pub mod pattern;
pub mod program;
pub mod pylib;
pub mod scope;
pub mod stdlib;

pub use program::{ModuleRef, Program};

use crate::diag::{Diagnostic, SourceFile};
use ruff_python_ast::ModModule;

/// A parsed module.
pub struct ParsedModule {
    /// The module's name (`__main__` for the program's main file, dotted for a
    /// package's modules).
    pub name: String,
    /// Its source text and path (as diagnostics show it).
    pub source: SourceFile,
    /// The path tracebacks and `repr(module)` show: the main file as given, imported
    /// modules absolute (as CPython's `__file__`).
    pub file: String,
    /// Whether it is a package (`__init__.py`).
    pub is_package: bool,
    /// The syntax tree.
    pub ast: ModModule,
    /// What it takes from the compile-time module `pyaot` (C interop).
    pub interop: interop::Interop,
}

/// Loads the program whose main file is `main` (with text `text`) and every module it
/// imports (looked for beside it, then in `import_paths`), and checks each.
pub fn load_program(
    main: &std::path::Path,
    text: String,
    import_paths: &[std::path::PathBuf],
) -> Result<Program, Diagnostic> {
    let program = Program::load(main, text, import_paths)?;
    for i in 0..program.modules.len() {
        check::check_module(&program, i)?;
    }
    Ok(program)
}

/// Parses and checks a program of one module (no imports but built-in modules).
pub fn parse(name: &str, source: SourceFile) -> Result<Program, Diagnostic> {
    let file = source.path.clone();
    let program = Program::single(parse_syntax(name, source, file, false)?);
    check::check_module(&program, 0)?;
    Ok(program)
}

/// Parses a module (no checks).
pub fn parse_syntax(
    name: &str,
    source: SourceFile,
    file: String,
    is_package: bool,
) -> Result<ParsedModule, Diagnostic> {
    let ast = match ruff_python_parser::parse_module(&source.text) {
        Ok(parsed) => parsed.into_syntax(),
        Err(e) => {
            return Err(Diagnostic::at(
                &source,
                e.location.start().to_u32(),
                format!("invalid syntax: {}", e.error),
            ))
        }
    };
    // What comes from `pyaot` (C interop): the check skips the bodies of `@extern`
    // stubs, which only CPython runs.
    let interop = interop::Interop::analyze(&source, &ast.body)?;
    Ok(ParsedModule {
        name: name.to_string(),
        source,
        file,
        is_package,
        ast,
        interop,
    })
}
