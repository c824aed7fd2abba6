//! The front end: parse with ruff_python_parser, check the program stays within the
//! subset pyaot compiles, and resolve every name to a local, global or builtin.

pub mod check;
pub mod funcscope;
pub mod interop;
pub mod scope;
pub mod stdlib;

use crate::diag::{Diagnostic, SourceFile};
use ruff_python_ast::ModModule;

/// A parsed, checked module.
pub struct ParsedModule {
    /// The module's name (`__main__` for the program's main file).
    pub name: String,
    /// Its source text and path.
    pub source: SourceFile,
    /// The syntax tree.
    pub ast: ModModule,
    /// What it takes from the compile-time module `pyaot` (C interop).
    pub interop: interop::Interop,
}

/// Parses and checks a module.
pub fn parse(name: &str, source: SourceFile) -> Result<ParsedModule, Diagnostic> {
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
    // What comes from `pyaot` first: the bodies of `@extern` stubs are never compiled.
    let interop = interop::Interop::analyze(&source, &ast.body)?;
    check::check_module_with_stubs(&source, &ast, &interop.stub_offsets())?;
    Ok(ParsedModule {
        name: name.to_string(),
        source,
        ast,
        interop,
    })
}
