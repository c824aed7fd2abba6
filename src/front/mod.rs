//! The front end: parse with ruff_python_parser, check the program stays within the
//! subset pyaot compiles, and resolve every name to a local, global or builtin.

pub mod check;
pub mod funcscope;
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
    check::check_module(&source, &ast)?;
    Ok(ParsedModule {
        name: name.to_string(),
        source,
        ast,
    })
}
