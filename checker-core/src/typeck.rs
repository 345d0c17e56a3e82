//! Name resolution, type checking and P's static rules over a parsed program.
//!
//! The passes follow P's `TypeChecker/Analyzer.cs`, but every pass runs and every error is collected:
//!
//! 1. `declare`: every top-level name into its namespace (duplicates, foreign declarations), then event sets,
//!    receive/send sets, and the types of events, interfaces, params, fields and function signatures
//!    (`resolve` turns type expressions into [`types::Type`]).
//! 2. `machine`: states, handlers, start states, handler payload typing.
//! 3. `stmt` / `expr`: function bodies, recording each expression's type and each function's effects.
//! 4. `control_flow`: effect propagation through calls (specs, exit/`with` functions), creates inference.
//! 5. `modules` / `param_tests`: module expressions, tests, implementations, `DefaultImpl`, parametric tests.
//!
//! Every error is collected (P stops some passes at the first error); an expression whose operands already
//! failed gets [`types::Type::Error`], assignable everywhere, so one mistake is reported once. Error codes
//! are listed in [`error`].
//!
//! Decisions where P's compiler and a sensible checker part ways, or where the syntax tree cannot tell:
//! - PVerifier declarations (`pure`, `invariant`, `axiom`, `Lemma`, `Proof`, ...) are ignored, as P's checker
//!   backend emits nothing for them; calling a `pure` function, `assume`, and PVerifier expressions outside
//!   `foreach` invariants are errors (P's lowering has no case for them). P also type-checks invariant and
//!   axiom bodies, which the syntax tree does not keep, so a non-bool invariant is not reported.
//! - `hidee` follows the module-system rules; P 3.0 crashes on every well-formed `hidee` (it reads the module
//!   information before building it).
//! - `main M in m` is `m`: P has no visitor for it and ANTLR's default visit returns the inner module.
//! - `pairwise` is not range-checked by P, `(N wise)` is; the tree records both as `(N, span)`, so a
//!   `(2 wise)` written in exactly eight bytes is taken for `pairwise`.
//! - Two elements of one enum with the same value are an error (P silently drops the second one).
//! - Parametric tests expanding to more than 100,000 combinations are refused.

mod control_flow;
mod declare;
pub mod error;
mod expr;
mod machine;
mod modules;
mod param_tests;
mod resolve;
mod stmt;
mod suggest;
pub mod symbols;
pub mod types;

#[cfg(test)]
mod tests;

use crate::ast::{ParamValue, Program};
use crate::diagnostic::Diagnostic;
use error::TypeError;
use indexmap::IndexMap;
use symbols::{FunId, Symbols};
use types::Type;

/// A well-typed program, ready for lowering.
#[derive(Debug, Default)]
pub struct TypedProgram {
    /// Every test case, parametric tests expanded, in declaration order.
    pub tests: Vec<TestCase>,
    /// The parsed program the types below refer to.
    pub program: Program,
    /// The type of every expression, indexed by [`crate::ast::ExprId`] (`Type::Error` for expressions never
    /// checked, e.g. inside PVerifier declarations).
    pub expr_types: Vec<Type>,
    /// What each name and call expression refers to, indexed by [`crate::ast::ExprId`] (`None` for other
    /// expressions and unresolved names). Call *statements* have no id: resolve them as the checker does,
    /// a method of the current machine first, then a global function.
    pub resolved: Vec<Option<Resolved>>,
    /// The type of every parameter and local variable (functions, handlers, receive cases), keyed by the
    /// span of its name where it is declared.
    pub local_types: IndexMap<crate::span::Span, Type>,
    pub symbols: Symbols,
}

/// The declaration a name or call expression refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolved {
    /// A parameter or local of the enclosing function (or receive case).
    Local,
    /// A field of the enclosing machine.
    Field,
    /// A global test parameter.
    GlobalParam,
    EnumElem { enum_name: String, value: i64 },
    Event(String),
    Function(FunId),
}

/// The syntax node holding a function's parameters and body.
#[derive(Clone, Copy, Debug)]
pub enum FunNode<'a> {
    Decl(&'a crate::ast::FunDecl),
    Anon(&'a crate::ast::AnonHandler),
}

impl TypedProgram {
    /// The function a call by `name` means inside `machine` (or a global function): a method of the machine
    /// first, then a global function, as the checker resolved it. For call statements, which have no id.
    pub fn resolve_call(&self, machine: Option<&str>, name: &str) -> Option<FunId> {
        machine
            .and_then(|m| self.symbols.machines.get(m))
            .and_then(|m| m.methods.get(name))
            .or_else(|| self.symbols.global_funs.get(name))
            .copied()
    }

    /// The declaration or anonymous handler of a function, found by its span.
    pub fn fun_node(&self, id: FunId) -> Option<FunNode<'_>> {
        use crate::ast::{Handler, StateItem, TopDecl};
        let info = self.symbols.function(id)?;
        let anon = |h: &'_ Handler| -> bool { matches!(h, Handler::Anon(a) if a.span == info.span) };
        for decl in &self.program.decls {
            match decl {
                TopDecl::Fun(f) if !info.anonymous && f.name.span == info.span => return Some(FunNode::Decl(f)),
                TopDecl::Machine(m) => {
                    if let Some(f) = m.funs.iter().find(|f| !info.anonymous && f.name.span == info.span) {
                        return Some(FunNode::Decl(f));
                    }
                    for s in &m.states {
                        for item in &s.items {
                            let handler = match item {
                                StateItem::Entry { handler, .. }
                                | StateItem::Exit { handler, .. }
                                | StateItem::OnDo { handler, .. } => Some(handler),
                                StateItem::OnGoto { with, .. } => with.as_ref(),
                                _ => None,
                            };
                            if let Some(Handler::Anon(a)) = handler.filter(|h| anon(h)) {
                                return Some(FunNode::Anon(a));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// One runnable test case.
#[derive(Clone, Debug, PartialEq)]
pub struct TestCase {
    /// P's name for it (`tcFoo`, `tcFoo___p_1__q_true`, or `DefaultImpl`).
    pub name: String,
    /// The machine the test starts.
    pub main: String,
    /// Interface → machine bindings of the test's module.
    pub bindings: IndexMap<String, String>,
    /// Spec monitors attached with `assert ... in`, then every scenario monitor.
    pub monitors: Vec<String>,
    /// For each attached spec, the interfaces whose sends and announcements it observes (those of the
    /// module it was asserted on); scenarios, absent here, observe every machine.
    pub observed: IndexMap<String, Vec<String>>,
    /// Values of the global parameters for this case, in the test's parameter order.
    pub params: Vec<(String, ParamValue)>,
}

#[derive(Debug, Default)]
pub struct Checked {
    pub program: Option<TypedProgram>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Type-checks `program`, reporting every static error.
pub fn typecheck(program: &Program) -> Checked {
    let mut checker = Checker::new(program);
    checker.run();
    let Checker { syms, errors, expr_types, resolved, local_types, tests, .. } = checker;
    let diagnostics = errors.iter().map(TypeError::to_diagnostic).collect();
    Checked {
        program: Some(TypedProgram { tests, program: program.clone(), expr_types, resolved, local_types, symbols: syms }),
        diagnostics,
    }
}

/// Where the body of a function lives in the syntax tree.
#[derive(Clone, Copy)]
pub(crate) enum FunSource<'a> {
    Decl(&'a crate::ast::FunDecl),
    Anon(&'a crate::ast::AnonHandler),
}

/// The state shared by all passes.
pub(crate) struct Checker<'a> {
    pub(crate) program: &'a Program,
    pub(crate) syms: Symbols,
    /// Parallel to `syms.functions`.
    pub(crate) fun_src: Vec<FunSource<'a>>,
    pub(crate) errors: Vec<TypeError>,
    pub(crate) expr_types: Vec<Type>,
    pub(crate) resolved: Vec<Option<Resolved>>,
    pub(crate) local_types: IndexMap<crate::span::Span, Type>,
    pub(crate) tests: Vec<TestCase>,
    /// Typedef name → its definition, resolved lazily (cycle detection).
    pub(crate) typedef_src: IndexMap<String, &'a crate::ast::TypeDef>,
    pub(crate) typedef_resolving: Vec<String>,
    /// The machine whose declarations or bodies are being checked (for suggestions).
    pub(crate) context_machine: Option<String>,
}

impl<'a> Checker<'a> {
    fn new(program: &'a Program) -> Self {
        Checker {
            program,
            syms: Symbols::default(),
            fun_src: Vec::new(),
            errors: Vec::new(),
            expr_types: vec![Type::Error; program.expr_count as usize],
            resolved: vec![None; program.expr_count as usize],
            local_types: IndexMap::new(),
            tests: Vec::new(),
            typedef_src: IndexMap::new(),
            typedef_resolving: Vec::new(),
            context_machine: None,
        }
    }

    fn run(&mut self) {
        self.declare_all();
        self.check_machines();
        self.check_bodies();
        self.check_control_flow();
        self.check_modules_and_tests();
    }

    pub(crate) fn err(&mut self, e: TypeError) {
        self.errors.push(e);
    }

    pub(crate) fn add_function(&mut self, info: symbols::FunInfo, src: FunSource<'a>) -> FunId {
        let id = FunId(self.syms.functions.len());
        self.syms.functions.push(info);
        self.fun_src.push(src);
        id
    }

    pub(crate) fn fun_mut(&mut self, id: FunId) -> Option<&mut symbols::FunInfo> {
        self.syms.functions.get_mut(id.0)
    }

    pub(crate) fn resolve_expr(&mut self, id: crate::ast::ExprId, r: Resolved) {
        if let Some(slot) = self.resolved.get_mut(id.0 as usize) {
            *slot = Some(r);
        }
    }

    pub(crate) fn set_expr_type(&mut self, id: crate::ast::ExprId, ty: Type) {
        if let Some(slot) = self.expr_types.get_mut(id.0 as usize) {
            *slot = ty;
        }
    }
}
