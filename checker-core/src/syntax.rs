//! Lexing and parsing P source into an [`crate::ast::Program`], recovering from errors.

use crate::ast::Program;
use crate::diagnostic::Diagnostic;
use crate::source::SourceSet;

/// A parsed program and every syntax error found in it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses all files of `sources` (in order) into one program.
pub fn parse_program(_sources: &SourceSet) -> Parsed {
    Parsed::default() // placeholder until the parser lands
}
