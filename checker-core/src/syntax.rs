//! Lexing and parsing P source into an [`crate::ast::Program`], recovering from errors.
//!
//! The grammar is P's own (`PLexer.g4` and `PParser.g4` of P 3.0): every keyword there is reserved here, and the
//! operator precedence is ANTLR's. The parser never stops at the first error: it reports every syntax error it
//! can tell apart from the ones before (`syntax/parser.rs` explains how it avoids cascades), and the tree it
//! returns holds `Error` nodes where input made no sense, so later phases can still check the rest.
//!
//! Source layout: `token` (token kinds), `lexer` (text to tokens), `parser` (machinery) with its rules in
//! `parser/{decl, stmt, expr, types, modules}.rs`, and [`error`] (every syntax error kind and its code).

pub mod error;
mod lexer;
mod parser;
mod token;

#[cfg(test)]
mod tests;

use crate::ast::Program;
use crate::diagnostic::Diagnostic;
use crate::source::SourceSet;
use error::SyntaxError;

/// A parsed program and every syntax error found in it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses all files of `sources` (in order) into one program; expression ids are unique across files.
pub fn parse_program(sources: &SourceSet) -> Parsed {
    let mut program = Program::default();
    let mut diagnostics = Vec::new();
    for (file, source) in sources.iter() {
        let lexed = lexer::lex(&source.text, file);
        let parser =
            parser::Parser::new(&source.text, file, lexed.tokens, program.expr_count, lexed.unterminated_comment);
        let (decls, parse_errors, next_expr) = parser.parse_file();
        program.decls.extend(decls);
        program.expr_count = next_expr;
        let mut errors: Vec<SyntaxError> = lexed.errors;
        errors.extend(parse_errors);
        errors.sort_by_key(|e| (e.span.start, e.span.end));
        diagnostics.extend(errors.iter().map(Diagnostic::from));
    }
    Parsed { program, diagnostics }
}
