//! Name resolution, type checking and P's static rules over a parsed program.

use crate::ast::Program;
use crate::diagnostic::Diagnostic;

/// A well-typed program, ready for lowering.
#[derive(Debug, Default)]
pub struct TypedProgram {
    /// Every test case, parametric tests expanded, in declaration order.
    pub tests: Vec<TestCase>,
}

/// One runnable test case.
#[derive(Clone, Debug, PartialEq)]
pub struct TestCase {
    /// P's name for it (`tcFoo`, `tcFoo___p_1__q_True`, or `DefaultImpl`).
    pub name: String,
    /// The machine the test starts.
    pub main: String,
}

#[derive(Debug, Default)]
pub struct Checked {
    pub program: Option<TypedProgram>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Type-checks `program`, reporting every static error.
pub fn typecheck(_program: &Program) -> Checked {
    Checked { program: Some(TypedProgram::default()), diagnostics: Vec::new() } // placeholder
}
