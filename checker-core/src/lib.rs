//! Plait's checker library: the P language front end (and, as it grows, interpreter, explorer and traces).
//!
//! The pipeline, each phase collecting every problem as a [`Diagnostic`] instead of stopping at the first:
//!
//! ```text
//! SourceSet ─► syntax::parse_program ─► ast::Program + syntax diagnostics
//!           ─► typeck::typecheck     ─► typeck::TypedProgram (tests, symbols, types) + diagnostics
//! ```
//!
//! This crate is pure: no file system, clock, threads or wasm-bindgen. Hosts load files into a
//! [`SourceSet`] and render diagnostics at their edge ([`diagnostic::render_plain`]).

#![deny(clippy::unwrap_used)]

pub mod ast;
pub mod diagnostic;
pub mod explore;
pub mod ir;
pub mod runtime;
pub mod source;
pub mod share;
pub mod span;
pub mod syntax;
pub mod trace;
pub mod typeck;

pub use diagnostic::{Diagnostic, Severity};
pub use source::{SourceFile, SourceSet};
pub use span::{FileId, Ident, Span};

/// The result of the whole front end on a set of files.
#[derive(Debug)]
pub struct Compiled {
    /// Present when no error was found.
    pub program: Option<typeck::TypedProgram>,
    /// Every diagnostic, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses and type-checks a program. Type checking runs even when parsing reported errors (on the
/// recovered tree), so one run shows every problem; no program is returned if anything is wrong.
pub fn compile(sources: &SourceSet) -> Compiled {
    let parsed = syntax::parse_program(sources);
    let checked = typeck::typecheck(&parsed.program);
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(checked.diagnostics);
    diagnostic::sort(&mut diagnostics);
    diagnostics.dedup();
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    Compiled { program: if has_errors { None } else { checked.program }, diagnostics }
}
